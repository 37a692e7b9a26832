"""Named actors the stage dropped or misnamed (issue 16, round 21, actnamed21).

- A bloc of states named with 'the' and a capital ('the West', 'the Global South'; lexicon bloc_names.txt,
  mentions/blocs.py) where it acts or is acted on is a group of no country and no sector; not the front of a
  longer name ('the West Bank', 'the West African bloc') nor a region of a country or a place one lives in.
- A known name listed with accents ('elPeriódico') is recorded as the story writes it when the story writes it
  only without them (actors._as_written); a story that writes the accents keeps them.

Sentences written for these tests; the names a careful coder records were written down before the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name", [
    ("Sanctions imposed by the West have hurt the Russian economy, the minister said.", "the West"),
    ("The Kremlin accused the West of arming Ukraine.", "the West"),
    ("Putin has long shown hostility toward the West in his speeches.", "the West"),
    ("The West must do more to help, the president told reporters.", "the West"),
    ("The West's support for Kyiv has waned, Russian officials said.", "the West"),
    ("It will be hard for the West to draw Moscow away from Beijing.", "the West"),
    ("Leaders from the Global South demanded debt relief at the summit.", "the Global South"),
])
def test_a_bloc_is_a_group_of_no_country(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"
    assert actors[name].country is None
    assert actors[name].sector is None


@pytest.mark.parametrize("text", [
    "Israeli troops raided a town in the West Bank on Monday.",  # a longer name
    "The West African bloc suspended Niger.",  # a longer name
    "Farmers in the West of the country harvested early this year.",  # a region of a country
    "He grew up in the West before moving to New York.",  # where one lives
    "Storms moved across the west of the state overnight.",  # a direction, lower case
    "Western-backed forces took the town.",  # no bloc named
])
def test_no_bloc(process, text) -> None:
    actors = _actors(process, text)
    assert not any(n in ("the West", "West", "the Global South") for n in actors), sorted(actors)


@pytest.mark.parametrize("text, name, not_name", [
    ("A judge ordered the arrest of the elPeriodico founder. Reporters at elPeriodico said they would appeal.",
     "elPeriodico", "elPeriódico"),  # the story writes no accent
    ("Reporters at elPeriódico said the paper would close.", "elPeriódico", "elPeriodico"),  # the story's accent kept
])
def test_a_known_name_as_written(process, text, name, not_name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert not_name not in actors
    assert actors[name].sector == "MED"


@pytest.mark.parametrize("text, name, not_names", [
    # the tagger reads the name across the bracket: the name is its words
    ('"We spoke with [Prime Minister Keir] Starmer about it," the envoy said.', "Keir Starmer", ["Keir] Starmer"]),
    ('"Voters backed [the Labour] Party in May," she said.', "Labour Party", ["Labour] Party"]),
    # the tagger splits the name at the bracket: a known person's whole name, the later surname joined to it
    ('"Ishiba will keep to the course of [his predecessor Fumio] Kishida on trade," the analyst said. '
     "Kishida left office in October.", "Fumio Kishida", ["Fumio", "Kishida"]),
])
def test_a_name_an_editors_bracket_splits(process, text, name, not_names) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert not any(n in actors for n in not_names), sorted(actors)


@pytest.mark.parametrize("text", [
    '"The report [on Monday] Congress received was late," she said.',  # no name inside the bracket
    '"They flew from [the town of] Kabul to Doha," he said.',
])
def test_no_name_across_a_bracket(process, text) -> None:
    actors = _actors(process, text)
    assert not any("]" in n or n.startswith(("Monday", "Of ")) for n in actors), sorted(actors)
