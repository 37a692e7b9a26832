"""Deeds of custody told in the passive without their agent (issue 15, round 9): a release answers whoever
held the person before, and an arrest in a story that names no state is the one police force the story
names. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _of(events, kind):
    return [e for e in events if e[0] == kind]


@pytest.mark.parametrize("text, person", [
    ("Police in Kenya arrested the activist Boniface Mwangi in Nairobi in July. Mwangi spent four weeks in a "
     "cell. He was released on Friday.", "Boniface Mwangi"),
    ("Ugandan police detained the singer Robert Kyagulanyi after the rally. The government says he broke the law. "
     "Kyagulanyi was finally released in December, his lawyers said.", "Robert Kyagulanyi"),
    ("Iran detained the British aid worker Nazanin Zaghari in 2016. Her family campaigned for years. "
     "She was released in March and flew home.", "Nazanin Zaghari"),
])
def test_a_release_told_without_its_agent_answers_the_earlier_captor(process, text, person) -> None:
    events = named_events(process, text)
    captors = [e[1] for e in _of(events, "COERCE") if e[2] == [person] and e[1]]
    assert captors, events
    assert any(e[2] == [person] and e[1] == captors[0] for e in _of(events, "RETREAT")), events


@pytest.mark.parametrize("text", [
    "More than forty passengers were released on Sunday, officials in Nigeria said.",
    "The blogger Ihar Losik wrote about the election. He was released from the hospital on Monday.",
])
def test_a_release_of_people_nobody_was_told_to_hold_codes_no_doer(process, text) -> None:
    found = _of(named_events(process, text), "RETREAT")
    assert not [e for e in found if e[1]], found


def test_a_release_that_did_not_happen_codes_nothing(process) -> None:
    text = "Police in Kenya arrested the activist Boniface Mwangi in Nairobi. He was not released on Friday."
    found = _of(named_events(process, text), "RETREAT")
    assert not found, found


@pytest.mark.parametrize("text, person", [
    ("Police in the city searched the offices of the charity for six hours. Many papers were taken away. "
     "Staff members watched from the street. Its director, Mary Okafor, was arrested on Tuesday.",
     "Mary Okafor"),
    ("The Springfield Police Department opened an inquiry into the fire last month. Neighbours described loud "
     "arguments. A week later, the landlord John Peters was detained at his home.", "John Peters"),
])
def test_an_arrest_where_no_state_is_named_is_the_one_police_force_of_the_story(process, text, person) -> None:
    found = _of(named_events(process, text), "COERCE")
    assert any(e[2] == [person] and e[1] and "police" in e[1][0].lower() for e in found), found


def test_two_police_forces_leave_an_agentless_arrest_without_a_doer(process) -> None:
    text = ("The city police and the state police both searched the office of the charity last month. Staff "
            "watched from the street. Staff spoke to reporters later. Its director, Mary Okafor, was arrested on "
            "Tuesday.")
    found = _of(named_events(process, text), "COERCE")
    assert not [e for e in found if e[2] == ["Mary Okafor"] and e[1]], found


@pytest.mark.parametrize("text, kind, doer", [
    ("The opposition party was barred from holding rallies in the capital by Zambia's electoral commission.",
     "COERCE", "Zambia"),
    ("Georgia was threatened with new sanctions by the European Union in May.", "THREATEN", "European Union"),
    ("The Muslim Brotherhood was listed as a terrorist organization in 2013 by Egypt.", "SANCTION", "Egypt"),
])
def test_an_agent_the_parser_hung_on_a_complement_is_the_passive_verbs(process, text, kind, doer) -> None:
    found = _of(named_events(process, text), kind)
    assert any(e[1] and doer in e[1][0] for e in found), found


@pytest.mark.parametrize("text, not_doer", [
    ("The newspaper was banned over remarks by Hun Sen about the border.", "Hun Sen"),
    ("Six students were arrested at a rally organized by the Civic Party.", "Civic Party"),
])
def test_a_by_phrase_of_a_remark_or_another_clause_is_not_the_agent(process, text, not_doer) -> None:
    found = named_events(process, text)
    assert not [e for e in found if e[1] and not_doer in e[1][0] and e[0] in ("COERCE", "SANCTION")], found


@pytest.mark.parametrize("text, kind, doer, target", [
    ("Hezbollah is a party that is now designated as a terrorist group by the European Union.", "SANCTION",
     "European Union", "Hezbollah"),
    ("The Muslim Brotherhood is a movement that was banned by Egypt in 2013.", "COERCE", "Egypt",
     "Muslim Brotherhood"),
])
def test_a_passive_relative_on_a_copulas_noun_is_done_to_the_copulas_subject(process, text, kind, doer,
                                                                             target) -> None:
    found = _of(named_events(process, text), kind)
    assert any(e[1] and doer in e[1][0] and e[2] and target in e[2][0] for e in found), found
