"""Parties the actors stage named by no name (issue 16, round 20): states named by what they are ('Arab states',
'Gulf states', 'Western powers': 'party' nouns of group_nouns.tsv, as 'countries' and 'nations', named where
their members take part in an event; several states, so GOV and of no one country: several_states_nouns.txt), and legislators named by the house they sit in ('members of parliament':
mentions/group_mentions._house_after). Sentences written for these tests; the names a careful coder records were
written down before the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name", [
    ("Arab states condemned the raid on the mosque in Jerusalem.", "Arab states"),
    ("Western states have accused Russia of war crimes in Ukraine.", "Western states"),
    ("Several Gulf states pledged aid to Sudan after the floods.", "Gulf states"),
    ("Western powers imposed new sanctions on Iran.", "Western powers"),
    ("European powers urged Iran to return to the talks in Vienna.", "European powers"),
    ("Europe's top military powers met in Paris on Wednesday.", "Europe's top military powers"),  # states: GOV,
    # not MIL, and of no one country (not the meeting's France); named with the continent that owns them (round
    # 23, actleft23: group_mentions.region_possessor, as the gold names such a set)
])
def test_states_named_by_what_they_are(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"
    assert actors[name].sector == "GOV"
    assert actors[name].country is None  # many states: no one country


@pytest.mark.parametrize("text, not_a_name", [
    ("Many states face rising debt, the IMF said.", "states"),  # states at large, no event of theirs
    ("The two states signed a trade deal in Nairobi.", "states"),  # the two just named: a reference back
    ("Kano and Kaduna states have suffered worst from the floods in Nigeria.", "states"),  # a country's regions
    ("Southern states passed laws that segregated schools.", "Southern states"),  # no event their act codes
    ("The parliament gave the president of Peru emergency powers.", "emergency powers"),  # authority, no states
    ("The new law grants police sweeping powers in Hong Kong.", "sweeping powers"),
    ("The court limited the powers of the governor in Lagos, Nigeria.", "powers"),
])
def test_states_that_name_no_party(process, text, not_a_name) -> None:
    assert not_a_name not in _actors(process, text)


@pytest.mark.parametrize("text, name, country", [
    ("Several members of parliament walked out of the session in Lusaka, Zambia.", "members of parliament", "ZMB"),
    ("Members of parliament accused the prime minister of Nepal of lying.", "Members of parliament", "NPL"),
    ("Opposition members of parliament were expelled from the chamber in Harare, Zimbabwe.",
     "Opposition members of parliament", "ZWE"),
])
def test_members_of_parliament(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"
    assert actors[name].sector == "LEG"  # legislators, whichever side of the house they sit on
    assert actors[name].country == country


@pytest.mark.parametrize("text, not_a_name", [
    ("A member of parliament from Kisumu was arrested by police in Kenya.", "member of parliament"),  # one person
    ("Members of the ruling party in Tanzania rejected the report.", "Members of the ruling party"),  # no house
    ("Members of Congress urged the president to veto the bill.", "Members of Congress"),  # the house named acts
])
def test_members_not_of_an_unnamed_house(process, text, not_a_name) -> None:
    assert not_a_name not in _actors(process, text)


def test_members_of_congress_act_as_congress(process) -> None:
    actors = _actors(process, "Members of Congress urged the president to veto the bill.")
    assert "Congress" in actors, sorted(actors)
