"""Round 21, actcountry21: actors left without a country where a reader gives one, on sentences written for
these tests (expected countries written before the runs).

- A story of one state (``setting._places_only_of``): when every actor with a country points to one state, at
  least three times, and every place the parser tags is that state's, the story is set there, and its local
  actors (a judge, regulators) take it. Negative rows: a place of no one state ('Europe') or a second state
  named keeps the story without a setting, and the judge without a country.
- A group of bodies shown by examples (``outsiders._examples_country``) is read again once the examples have
  their countries (``setting_steps.place_settled``): a firm the lexicons know by another spelling ('I.B.M.')
  gets its country after the first reading. Negative row: examples of two states give none.
- In a story with no one setting, a state group named by its noun alone ('Authorities', 'police') takes the
  one state of the state bodies its sentence, else the sentence before it in the paragraph, names
  (``setting_steps._follow_acting_state``). Negative rows: bodies of two states, or a sentence that names
  another country, give none.
"""
from __future__ import annotations

import pytest

from .actor_helpers import country_of_exact as _country


_ONE_STATE = (
    "Former French Prime Minister Edouard Balladur was told on Tuesday that he will face a formal inquiry "
    "into payments made to his campaign. Mr. Balladur's lawyer, Pierre Dubois, a French attorney, called the "
    "decision unfair and said the judge had ignored the evidence. The judge has not commented. Mr. Balladur, "
    "who left office long ago, denies any wrongdoing.")


def test_story_of_one_state_sets_its_judge(process) -> None:
    assert _country(process, _ONE_STATE, "the judge") == "FRA"


@pytest.mark.parametrize("extra", [
    " The case has been followed closely across Europe.",   # a place of no one state
    " Prosecutors in Belgium have opened a case of their own.",  # a second state
])
def test_story_reaching_past_its_state_sets_nothing(process, extra) -> None:
    assert _country(process, _ONE_STATE + extra, "the judge") is None


def test_story_of_one_state_places_its_regulators(process) -> None:
    text = ("Health insurers told brokers this week that premiums will rise sharply under the new health law. "
            "The U.S. Department of Health said the law would help millions, and a U.S. senator, Ann Miles, "
            "agreed. Carriers must send their new rates to regulators before the autumn.")
    assert _country(process, text, "regulators") == "USA"


@pytest.mark.parametrize("text,name,expected", [
    ("Engineers at companies like I.B.M. and Hewlett-Packard have been building faster chips. Analysts in "
     "Canada doubt the machines will sell.", "companies", "USA"),
    ("Engineers at companies such as Toyota and Volkswagen have cut output this year. Analysts in Canada "
     "expect more cuts.", "companies", None),  # examples of two states
])
def test_examples_read_again_once_they_have_countries(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


_ACTING = "Attacks by militants have risen across North Africa and the Sahel, and Spain and France are on alert. "


@pytest.mark.parametrize("text,name,expected", [
    (_ACTING + "On Monday, the Moroccan interior ministry dismantled a cell planning bombings. Authorities said "
     "the men had bought explosives online.", "Authorities", "MAR"),
    (_ACTING + "The Algerian army said on Monday it had seized weapons near the border, and police later "
     "arrested two men.", "police", "DZA"),  # the same sentence
    ("Fighting spread along the border between Sudan and Chad. The Sudanese army and Chadian police both sent "
     "reinforcements. Officials said dozens had died.", "Officials", None),  # bodies of two states
    ("Trade talks between Japan and Brazil resumed in Geneva. The Japanese trade ministry offered new terms to "
     "Brazil. Officials said the talks would go on.", "Officials", None),  # another country named
])
def test_state_group_follows_the_acting_state(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected
