"""Round 15 (peoples): one reader of a group named as an ethnic people (``stages/actors/peoples``).

The walk over a name (``people_name``) sorts its words into a people's words and other words, leaving out the
words that stand around a people's name (``ethnic_filler_words.txt``) and the marker words
(``ethnic_marker_words.txt``: 'ethnic', 'minority'), and says whether a marker word is there. Both the home
state of such a group (``ethnic_home``) and its sector (``names_a_people``, CVL) read that one walk. The names
and sentences here are our own."""
from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from .actor_helpers import named_actor


def _actor(name: str, kind: str = "group"):
    return SimpleNamespace(name=name, kind=kind, mentions=[SimpleNamespace(start=0, end=len(name))])


def test_walk_sorts_a_names_words() -> None:
    from eventwire.stages.actors.peoples import people_name

    name = people_name("members of the ethnic Hazara minority")
    assert name.peoples == ("Hazara",) and name.others == () and name.marked
    name = people_name("Uyghur rights activists")
    assert name.peoples == ("Uyghur",) and name.others == ("rights", "activists") and not name.marked
    assert people_name("the Rohingya community").marked is False


def test_marker_words_are_data_and_defined_once() -> None:
    from eventwire.lexicon import words

    markers, filler = words("ethnic_marker_words.txt"), words("ethnic_filler_words.txt")
    assert {"ethnic", "minority"} <= markers
    assert not markers & filler  # each word in one list


@pytest.mark.parametrize("name,kind,home", [
    ("Uyghurs", "group", "CHN"),
    ("ethnic Rohingya", "group", "MMR"),
    ("members of the Uyghur community", "group", "CHN"),
    ("Kurds", "group", None),                       # a people of several states
    ("Uyghur activists", "group", None),            # a group of another noun
    ("World Uyghur Congress", "organization", None),
    ("Uyghur", "organization", None),               # a body the tagger cut from 'Uyghur lawyers'
    ("Uyghurs", "organization", "CHN"),
])
def test_home_of_a_people(name, kind, home) -> None:
    from eventwire.stages.actors.peoples import ethnic_home

    doc = SimpleNamespace(text=name)
    assert ethnic_home(doc, _actor(name, kind)) == home


@pytest.mark.parametrize("name,kind,civilians", [
    ("Hazaras", "group", True),
    ("Uyghur", "organization", False),              # a bare singular body, no marker
    ("ethnic Uyghur", "organization", True),        # ... with a marker
    ("the Shan ethnic minority", "group", True),    # a marker around a capitalised word the table lacks
    ("the ethnic minority", "group", False),        # nothing but the words around a people
    ("Uyghur Human Rights Project", "organization", False),
    ("the Shan ethnic minority leaders", "group", False),
])
def test_sector_reader_of_a_people(name, kind, civilians) -> None:
    from eventwire.stages.actors.peoples import names_a_people

    assert names_a_people(_actor(name, kind)) is civilians


def test_sector_reads_peoples_at_module_top() -> None:
    """No cycle: the sector module imports the people's reader when it loads, before ``national`` is loaded."""
    code = ("import sys, eventwire.stages.actors.sector as s; "
            "assert s.names_a_people.__module__ == 'eventwire.stages.actors.peoples'; "
            "import eventwire.stages.actors.peoples as p; assert s.names_a_people is p.names_a_people")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


ROWS = [
    ("a people held abroad", "Uyghurs held in Thailand began a hunger strike on Thursday, their lawyers said.",
     "Uyghurs", "CVL", "CHN"),
    ("a people marked 'ethnic' abroad", "Ethnic Uyghurs living in Turkey protested outside the Chinese consulate on "
     "Friday.", "Ethnic Uyghurs", "CVL", "CHN"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    from eventwire.record import Article

    return {text: pipeline.extract(Article(text=text, published="2025-03-01")) for text in {r[1] for r in ROWS}}


@pytest.mark.parametrize("kind,text,name,sector,country", ROWS, ids=[r[0] for r in ROWS])
def test_people_in_a_story(records, kind, text, name, sector, country) -> None:
    actors = records[text].actors
    hit = named_actor(actors, name)
    assert hit is not None, (kind, [(a.name, a.sector, a.country) for a in actors])
    assert (hit.sector, hit.country) == (sector, country), (kind, [(a.name, a.sector, a.country) for a in actors])
