"""An actor's country from its context (issue 16, round 13): an ethnic people's home state
(``ethnic_homes.tsv``), a state body placed by its own sentence ('in the custody of the Department of
Immigration'), a national office placed by its own phrase ('police in Thailand'), a group named by a court
title placed by the story's one court, and, in a story with no setting, the national offices and bodies
placed by the state the story leads with (``national.lead_state``); never international bodies, NGOs or
commentators. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _run(process, text: str):
    return process(text, published="2025-03-01", until="actors")


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in _run(process, text).actors}


def _countries(actors: dict[str, Actor]) -> dict[str, tuple]:
    return {a.name: (a.country, a.sector) for a in actors.values()}


# --- an ethnic people's home state -----------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Police in Thailand detained 12 Uyghurs near the Malaysian border on Sunday, a local official said. "
     "The Uyghurs had crossed from Laos.", "Uyghurs", "CHN"),
    ("Turkish police said 20 ethnic Uyghurs were found in a truck in Istanbul on Sunday.", "Uyghurs", "CHN"),
])
def test_an_ethnic_people_takes_its_home_state_not_where_it_is(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert actors[name].country == country, _countries(actors)


@pytest.mark.parametrize("text, name", [
    # a body with the people's word in its name
    ("The World Uyghur Congress, a group based in Munich, criticised the deportations on Monday.",
     "World Uyghur Congress"),
    # one person of the people, who lives elsewhere
    ("Tenzin Dorje, an ethnic Tibetan living in Canada, said he feared for his family.", "Tenzin Dorje"),
])
def test_names_with_a_peoples_word_that_are_not_the_people_keep_other_evidence(process, text, name) -> None:
    actors = _actors(process, text)
    assert actors[name].country != "CHN", _countries(actors)


def test_a_group_of_another_noun_is_not_the_people(process) -> None:
    actors = _actors(process, "Uyghur activists protested outside the embassy on Friday, holding banners.")
    assert all(a.country != "CHN" for a in actors.values()), _countries(actors)


# --- a state body or a national office placed by its own sentence or phrase --------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Four fishermen remain in Malaysia in the custody of the Department of Immigration, their lawyer said "
     "on Tuesday.", "Department of Immigration", "MYS"),
])
def test_a_state_body_or_office_takes_the_state_its_own_words_place_it_in(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert actors[name].country == country, _countries(actors)


def test_a_group_named_by_a_court_title_takes_the_one_court_of_the_story(process) -> None:
    actors = _actors(process, "Prosecutors said the man had planned the attack for months. He appeared before "
                              "a court in Lyon on Monday, where a Spanish witness spoke against him.")
    assert actors["Prosecutors"].country == "FRA", _countries(actors)


# --- the state a story without a setting leads with ---------------------------------------------------

_LEAD = ("Opposition lawmakers on Tuesday accused the government of hiding the cost of a new railway. "
         "The line, built by a Chinese firm, links the Kenyan coast with Uganda. Kenya borrowed heavily from "
         "China for the project, and officials in Beijing say the loans will be repaid. Uganda and Tanzania plan "
         "similar lines, and Tanzanian engineers visited Kenya last month. The Ministry of Transport said the "
         "figures would be published. Kenya's treasury said payments were on time. A World Bank economist said "
         "such loans carry risks for Uganda and Tanzania. Human Rights Watch said the evictions along the line "
         "broke the law. Protests were held in Kenya on Monday, and police fired tear gas.")


def test_national_offices_take_the_state_a_story_without_setting_leads_with(process) -> None:
    doc = _run(process, _LEAD)
    actors = {a.name: a for a in doc.actors}
    assert doc.setting is None and doc.leading_state == "KEN"  # (several states: no setting)
    for name in ("Opposition lawmakers", "Ministry of Transport", "police"):
        assert actors[name].country == "KEN", _countries(actors)
    for name in ("World Bank", "Human Rights Watch"):  # international bodies and NGOs never
        assert actors[name].country is None, _countries(actors)


def test_a_story_split_between_two_states_leads_with_none(process) -> None:
    doc = _run(process, "Opposition lawmakers on Tuesday accused the government of hiding the cost of a new "
                        "railway. Kenya and Uganda signed the deal in March. Kenya says the line will open in "
                        "2027; Uganda says 2028. Trucks wait for days in Uganda and in Kenya at the border with "
                        "Tanzania.")
    actors = {a.name: a for a in doc.actors}
    assert doc.leading_state is None and actors["Opposition lawmakers"].country is None, _countries(actors)
