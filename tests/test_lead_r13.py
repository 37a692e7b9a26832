"""Round 13, the lead's own classes (each with sentences written for the test)."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict:
    return {a.name: a for a in process(text, published="2025-03-10T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    # members of a legislature are LEG on either side of the house; other opposition groups are OPP
    ("Opposition lawmakers walked out of the chamber in protest on Tuesday.", "Opposition lawmakers", "LEG"),
    ("Opposition MPs boycotted the budget vote.", "Opposition MPs", "LEG"),
    ("Opposition supporters marched through the capital on Tuesday.", "Opposition supporters", "OPP"),
    ("Lina Haddad, an opposition legislator and vice-chair of the budget panel, said the plan would fail.",
     "Lina Haddad", "LEG"),
    ("Lina Haddad, the opposition spokeswoman on finance, said the plan would fail.", "Lina Haddad", "OPP"),
])
def test_opposition_lawmakers_sit_in_the_legislature(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


_LEDE = ("{subject} has earned $3 million from fishing permits this year, the most since 2015. Permits are sold in "
         "villages along the lake, and {country} officials say the money goes to schools. \"We sold out in weeks,\" "
         "said Joseph Tembo, a boat owner. The {country} cabinet expects more sales next year. Neighbouring states "
         "have asked for talks. \"Our fishermen depend on it,\" said Grace Phiri, who sells nets.")


def _setting(process, text: str) -> str | None:
    return process(text, published="2025-03-10T00:00:00Z", until="actors").setting


@pytest.mark.parametrize("subject, country, expected", [
    # a story without its headline: the country that is the subject of its opening sentence is where it is set
    ("Malawi", "Malawi", "MWI"),
    ("Malawi's government", "Malawi", "MWI"),
    # a demonym before a noun in the subject, or no country subject at all, says nothing by itself
    ("A Malawian fishing cooperative", "Malawi", None),
    ("The cooperative", "Malawi", None),
])
def test_the_opening_sentence_subject_sets_a_headless_story(process, subject, country, expected) -> None:
    assert _setting(process, _LEDE.format(subject=subject, country=country)) == expected


@pytest.mark.parametrize("text, name, sector", [
    # a person's team is named with him; 'defense' before it is his defence in court, not an army
    ("Carlos Ruiz's defense team said the ruling was unjust.", "Carlos Ruiz's defense team", "CVL"),
    ("Carlos Ruiz's legal team appealed the ruling.", "Carlos Ruiz's legal team", "CVL"),
])
def test_a_persons_defense_team_is_no_army(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector
