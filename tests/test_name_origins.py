"""A person's country from the language of the name (round 14): the training script, the shipped model, and
the actors stage's use of it as the last, weakest evidence. Every name and sentence here is invented."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import settings
from eventwire.stages.actors.name_language import language_country
from eventwire.stages.actors.name_origins import Model, features, load, name_ratios
from .file_helpers import load_file

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train_name_origins.py"
MODEL = ROOT / "src" / "eventwire" / "models" / "name_origins.json"


def _script():
    return load_file(SCRIPT)



def test_training_rows_are_people_not_bodies():
    rows = _script().persons()
    names = {name for name, _ in rows}
    assert len(rows) > 15000
    assert not any(word in name.split() for name in names for word in ("Party", "Council", "Brigade", "Army"))
    assert all(len(country) == 3 and country.isupper() for _, country in rows)


def test_training_script_is_reproducible_on_a_slice(tmp_path):
    train = _script()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train.main(["--limit", "2000", "--no-eval", "--out", str(first)]) == 0
    assert train.main(["--limit", "2000", "--no-eval", "--out", str(second)]) == 0
    assert first.read_text() == second.read_text()  # the same rows give the same model
    model = Model.from_dict(json.loads(first.read_text()))
    assert model.meta["trained_on"] == 2000 and model.counts and sum(model.names) == 2000


def test_retraining_reproduces_the_shipped_model(tmp_path):
    """The shipped model is what the script fits from the lexicons as they are, at the setting it chose
    (the comparison of the other settings is left out here for time: only the held-out reports differ)."""
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    meta = shipped["meta"]
    out = tmp_path / "name_origins.json"
    chosen = f"{meta['min_count']},{meta['alpha']},{meta['min_cell']}"
    assert _script().main(["--out", str(out), "--settings", chosen]) == 0
    again = json.loads(out.read_text(encoding="utf-8"))
    for key in ("countries", "names", "totals", "counts", "alpha", "temperature"):
        assert again[key] == shipped[key], key
    assert again["meta"]["held_out"][0] in meta["held_out"]


def test_shipped_model_is_small_and_says_where_its_data_came_from():
    assert MODEL.stat().st_size < 2_000_000
    meta = load().meta
    assert "Phoenix" in meta["data"] and "MIT" in meta["licence"] and meta["seed"] == _script().SEED
    assert meta["held_out"] and all(0.3 < r["top1"] < 1 and r["pairwise"] > 0.9 for r in meta["held_out"])


def test_features_fold_accents_and_mark_the_family_name():
    assert features("José Núñez") == features("Jose Nunez")
    assert "L:nunez" in features("Jose Nunez") and "G:jose" in features("Jose Nunez")


@pytest.mark.parametrize("name, right, other", [
    ("Haruto Sakamoto", "JPN", "USA"),
    ("Nguyen Thi Lan", "VNM", "CHN"),
    ("Wolfgang Schreiber", "DEU", "USA"),
    ("Gholamreza Hosseinzadeh", "IRN", "IRQ"),
])
def test_clear_names_speak_for_their_language_country(name, right, other):
    assert language_country(name, {right, other}) == right


@pytest.mark.parametrize("name, countries", [
    ("Haruto Sakamoto", {"KEN", "BRA"}),  # the name's language is no state of the story's
    ("Michael Johnson", {"USA", "GBR"}),  # English is many states' language
    ("Maria Gonzalez", {"MEX", "ESP", "COL"}),
])
def test_no_country_where_the_name_does_not_decide(name, countries):
    assert language_country(name, countries) is None


def test_ratios_are_only_for_the_countries_asked():
    assert set(name_ratios("Haruto Sakamoto", {"JPN", "XXX"})) == {"JPN"}


def _person(doc, name):
    return next(a for a in doc.actors if a.kind == "person" and a.name == name)


STORY = ("Japan and the United States agreed on Monday to expand joint air defence drills, officials in Tokyo "
         "and Washington said. {who} told reporters the step was overdue.")


def test_think_tank_analyst_with_a_japanese_name_is_japanese(process):
    # written before the run: a careful coder gives the analyst JPN, not the think tank's USA
    doc = process(STORY.format(who="Haruto Sakamoto, a senior fellow at the Brookings Institution,"),
                  published="2025-03-01", until="actors")
    assert _person(doc, "Haruto Sakamoto").country == "JPN"


def test_an_indian_name_at_an_australian_think_tank_in_a_story_of_india(process):
    # the gold gives a think tank's expert the expert's own nationality; the name is the reader's clue
    doc = process("Rajiv Menon of the Lowy Institute said India would not take sides.", until="actors")
    assert _person(doc, "Rajiv Menon").country == "IND"


def test_a_kenyan_name_at_a_think_tank_of_no_known_country_in_a_kenyan_story(process, monkeypatch):
    text = ("NAIROBI — Riot police broke up a march of traders in Eldoret on Tuesday. \"They were never heard,\" "
            "said Joseph Mwangi, an analyst at the Meridian Policy Institute. County officials defended the police.")
    assert _person(process(text, published="2025-03-01", until="actors"), "Joseph Mwangi").country == "KEN"
    monkeypatch.setattr(settings, "NAME_ORIGINS", False)  # the setting alone does not place an analyst
    assert _person(process(text, published="2025-03-01", until="actors"), "Joseph Mwangi").country is None


def test_an_american_name_at_the_same_think_tank_keeps_its_country(process):
    doc = process(STORY.format(who="Emily Carter, a senior fellow at the Brookings Institution,"),
                  published="2025-03-01", until="actors")
    assert _person(doc, "Emily Carter").country == "USA"


def test_a_state_body_s_spokesman_keeps_the_state(process):
    doc = process(STORY.format(who="Kenji Morimoto, a spokesman for the U.S. State Department,"),
                  published="2025-03-01", until="actors")
    assert _person(doc, "Kenji Morimoto").country == "USA"


def test_staff_of_an_international_body_get_no_country(process):
    doc = process(STORY.format(who="Yumiko Takahashi, a spokeswoman for the United Nations refugee agency,"),
                  published="2025-03-01", until="actors")
    assert _person(doc, "Yumiko Takahashi").country is None


def test_a_name_of_no_story_country_gets_none(process):
    text = ("Kenya and Tanzania signed a pact on cross-border trade on Friday, officials in Nairobi said. "
            "Haruto Sakamoto, a trader, said the pact would cut waiting times.")
    doc = process(text, published="2025-03-01", until="actors")
    assert _person(doc, "Haruto Sakamoto").country in (None, "KEN", "TZA")  # never JPN: the story names no Japan


def test_a_slavic_name_in_a_story_of_ukraine_and_russia(process):
    text = ("Talks between Ukraine and Russia on a prisoner exchange stalled again this week, mediators said. "
            "Bohdan Kravchenko, an economist, said the delay hurt both sides.")
    doc = process(text, published="2025-03-01", until="actors")
    assert _person(doc, "Bohdan Kravchenko").country in (None, "UKR")  # a Ukrainian name: never Russia


def test_model_off_gives_no_country_from_a_name(process, monkeypatch):
    monkeypatch.setattr(settings, "NAME_ORIGINS", False)
    doc = process(STORY.format(who="Haruto Sakamoto, a senior fellow at the Brookings Institution,"),
                  published="2025-03-01", until="actors")
    assert _person(doc, "Haruto Sakamoto").country == "USA"
