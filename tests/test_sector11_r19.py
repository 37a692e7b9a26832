"""Round 19, sector11: two classes of actor sector read from the text alone.

- A state's department named by its field and the country's name, with no head word ('Statistics Canada',
  'Health Canada'): the state's (GOV), and so are the people who speak for it; a firm, a sports body or a
  charity named with a country keeps its own sector (``state_field_names.txt``, ``ActorWords.org_kind``).
- A person the story names as holding a state's power ('X's military regime', 'the dictatorship of General
  X') is a ruler (GOV), whatever rank the title gives; a regime-change plan, the rule of law, an opposition
  leader's government keep theirs (``ruler_nouns.txt``, ``sector_text.rulers``).
- A state's guard force named by what it guards ('the National Guard', 'the Republican Guard') is an armed force
  (MIL), not the civil society a two-word name defaults to (``org_words.tsv``).
- The head of a college or university ('university president X', 'the president of the college') is a civilian,
  not a head of state; a minister of education and a president visiting a university keep GOV (``title_kinds.tsv``).

Sentences written for these tests (names invented).
"""
from __future__ import annotations

import pytest

from eventwire.record import Actor
from eventwire.stages.actors.words import actor_words


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2024-05-10T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    ("Statistics Canada said on Tuesday that unemployment rose to 7 percent in April.", "Statistics Canada", "GOV"),
    ("Transport Canada said the airline would be fined for the delays.", "Transport Canada", "GOV"),
    ("Figures from Statistics South Africa showed the economy shrank in the first quarter.",
     "Statistics South Africa", "GOV"),
])
def test_a_department_named_by_field_and_country_is_the_states(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Air Canada said it would cancel 40 flights because of the strike.", "Air Canada", "BUS"),
    ("Hockey Canada apologised to the players on Monday.", "Hockey Canada", "CVL"),
    ("Radio Canada reported that the minister would resign.", "Radio Canada", "MED"),
])
def test_other_bodies_named_with_a_country_keep_their_sector(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


def test_field_and_country_reading_needs_the_whole_front_to_be_a_field() -> None:
    w = actor_words()
    assert w.org_kind("Statistics Canada")[1] == "GOV"
    assert w.org_kind("Environment and Climate Change Canada")[1] == "GOV"
    assert w.org_kind("Maple Health Canada")[1] != "GOV"  # a front that is no field
    assert w.org_kind("Statistics")[1] is None  # no country


@pytest.mark.parametrize("text, name", [
    ("Under the long dictatorship of army general Anastasio Ruiz, the press was silenced.", "Anastasio Ruiz"),
    ("Thousands were jailed during Colonel Ibrahim Tande's military regime in the 1980s.", "Ibrahim Tande"),
    ("Schools were centralized under the regime of military general Hadi Suryo from 1967 to 1998.", "Hadi Suryo"),
])
def test_a_person_holding_a_regime_is_a_ruler(process, text, name) -> None:
    assert _actors(process, text)[name].sector == "GOV"


@pytest.mark.parametrize("text, name, sector", [
    ("General Marco Feld said the army would withdraw from the border on Friday.", "Marco Feld", "MIL"),
    ("Analyst Tomas Brenner said Hadi's regime change plan had no support in Congress.", "Tomas Brenner", "CVL"),
    ("Lawyer Anna Roth said the rule of law had collapsed in the capital.", "Anna Roth", "CVL"),
    ("Opposition leader Ruth Kana said her government would free political prisoners.", "Ruth Kana", "OPP"),
])
def test_no_regime_no_ruler(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("The National Guard was deployed to the capital on Sunday.", "National Guard"),
    ("Soldiers of the Republican Guard surrounded the palace.", "Republican Guard"),
    ("The Presidential Guard arrested the president on Wednesday.", "Presidential Guard"),
])
def test_a_guard_force_of_the_state_is_armed(process, text, name) -> None:
    assert _actors(process, text)[name].sector == "MIL"


@pytest.mark.parametrize("text, name, sector", [
    ("University president Helen Marsh said classes would resume on Monday.", "Helen Marsh", "CVL"),
    ("The college president, Ruth Bell, announced the new scholarships.", "Ruth Bell", "CVL"),
    ("College president Ruth Bell announced the new scholarships.", "Ruth Bell", "CVL"),
    ("Education Minister Paul Rono said the university would reopen.", "Paul Rono", "GOV"),
    ("President Samia Hassan spoke at the university on Monday.", "Samia Hassan", "GOV"),
])
def test_the_head_of_a_university_is_a_civilian(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector
