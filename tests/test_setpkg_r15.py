"""Round 15, setpkg: the story's setting readers live in ``stages/actors/setting.py`` and the place words and
place names they share with ``country`` in ``stages/actors/places.py``. Each module imports first in a fresh
interpreter (a cycle of top-level imports fails only for the module imported first), the opening's reader
binds the shared words at the top instead of importing ``country`` on each call, and every reader holds the
defining module's own objects (no second copy of a word set)."""
from __future__ import annotations

import subprocess
import sys
from importlib import import_module

import pytest

MODULES = ["places", "setting", "lede_setting", "country", "own_place", "mentions", "name_language", "national"]
# each module of the mentions package imports first too (no cycle among them or with the actors modules)
MODULES += [f"mentions.{m}" for m in ("candidates", "titles", "media", "state_bodies", "sources", "surnames", "people",
                                    "org_entities", "countries", "nationals", "group_mentions", "repeats")]
# and each module of the country package (no cycle among them or with the actors modules)
COUNTRY_MODULES = ["phrase", "work_titles", "body_home", "outlet_staff", "employers", "commentators", "person_home",
                   "person_origin", "courts", "outsiders", "sentence_places", "parties", "placed_by_setting",
                   "setting_steps", "fill"]
MODULES += [f"country.{m}" for m in COUNTRY_MODULES]


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_first(module):
    done = subprocess.run([sys.executable, "-c", f"import eventwire.stages.actors.{module}"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def _mod(name):
    return import_module(f"eventwire.stages.actors.{name}")


def test_shared_words_are_one_definition():
    places, setting, lede = _mod("places"), _mod("setting"), _mod("lede_setting")
    country = _mod("country.sentence_places")  # (the country package's reader of a sentence's places)
    assert lede.where_object is places.where_object and lede.goal_object is places.goal_object
    assert lede.quoted_at is places.quoted_at and country.quoted_at is places.quoted_at
    assert setting.named_where is places.named_where and country.where_word is places.where_word
    assert country._MOTION is places._MOTION and country._alpha3 is places._alpha3
    assert setting.lede_setting is lede.lede_setting and setting.leading is lede.leading
    assert _mod("country.fill").story_setting is setting.story_setting
    assert _mod("country.setting_steps").dateline_country is setting.dateline_country
    assert _mod("own_place")._alpha3 is places._alpha3
    assert _mod("mentions.people").region_country is places.region_country
    assert _mod("name_language").state_counts is setting.state_counts


def test_country_no_longer_defines_the_setting_readers():
    """The readers are defined once, in ``setting`` and ``places``: the country package only imports them."""
    for country in [_mod("country")] + [_mod(f"country.{m}") for m in COUNTRY_MODULES]:
        for name in ("story_setting", "dateline_country", "towns_countries", "state_counts", "countries_as_places"):
            assert getattr(_mod("setting"), name).__module__ == "eventwire.stages.actors.setting", name
            assert not hasattr(country, name) or \
                getattr(country, name).__module__ == "eventwire.stages.actors.setting", (country, name)
        for name in ("place_country", "province_of_note", "region_country", "_alpha3", "quoted_at"):
            assert getattr(_mod("places"), name).__module__ == "eventwire.stages.actors.places", name
            assert not hasattr(country, name) or \
                not getattr(country, name).__module__.startswith("eventwire.stages.actors.country"), (country, name)


def test_the_headline_country_reads_the_moved_pattern():
    """The headline reader, with the words that put a country aside, in its new place: one country named
    as the subject of a headline is its country; one named after 'to' or 'from' is none, and two named
    side by side are none."""
    from eventwire.stages.actors.words import actor_words

    setting = _mod("setting")
    w = actor_words()
    assert setting._one_country_named(w, "Ghana raises fuel prices again") == "GHA"
    assert setting._one_country_named(w, "Ferry with 200 aboard sails to Ghana") is None
    assert setting._one_country_named(w, "Ghana, Togo sign border pact") is None
