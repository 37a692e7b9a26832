"""Participants a reader finds outside the trigger's own phrase (issue 15, FRAMES): a country told by a
description ("the island nation", "the North African country", "the Communist leadership"), the doer of an
attack whose victims are told in an agentless passive after it, a nationality that only describes a named
person, and the accuser a rejection's own adjunct names. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


@pytest.mark.parametrize("text, event", [
    # the description names a continent: the country of the pair on it, not the one named last
    ("Indonesia and Australia held joint drills last week. On Friday the Southeast Asian nation accused "
     "Canberra of spying.", ("ACCUSE", ["Indonesia"], ["Australia"])),
    ("Mexico and Spain signed a fisheries pact. Days later the European country accused Mexico of breaking it.",
     ("ACCUSE", ["Spain"], ["Mexico"])),
    # no continent: the country mentioned most in reach, an owner in the description's own sentence aside
    ("The Japanese premier flew to Fiji on Sunday for a visit to Fiji and its leaders. Fiji hopes the trip "
     "brings investment to the country. Japan's envoy will strengthen Japan's relations with the "
     "island nation.", ("SUPPORT", ["Japan"], ["Fiji"])),
])
def test_a_described_country_is_the_country_it_describes(process, text, event) -> None:
    assert event in named_events(process, text)


def test_a_described_leadership_is_not_the_speakers_own_country(process) -> None:
    text = ("Vietnam and China have quarrelled over the islands since 1974. Vietnam has protested every "
            "Chinese patrol. In May Vietnamese Foreign Minister Bui Thanh Son called on the Communist leadership "
            "to withdraw the ships.")
    events = named_events(process, text)
    asked = [e for e in events if e[0] == "REQUEST"]
    assert asked and asked[0][2] == ["China"], events


def test_a_description_with_nobody_in_reach_names_nobody(process) -> None:
    events = named_events(process, "Officials said the North African country would tighten its borders. "
                                   "Analysts expect the landlocked country to protest.")
    assert not any(e[1] or e[2] for e in events if e[0] in ("PROTEST", "COERCE")), events


def test_a_description_on_another_continent_is_not_the_country_named_last(process) -> None:
    events = named_events(process, "Brazil and Portugal signed a trade pact in May. In June the South "
                                   "American country accused Lisbon of delaying it.")
    assert ("ACCUSE", ["Brazil"], ["Portugal"]) in events, events
    assert not any(e[0] == "ACCUSE" and e[1] == ["Portugal"] for e in events), events


def test_a_plural_description_is_not_one_country(process) -> None:
    events = named_events(process, "Kenya hosted the summit. Delegates said the poorer countries would "
                                   "reject the plan.")
    assert not any(e[0] == "REJECT" and e[1] == ["Kenya"] for e in events), events


@pytest.mark.parametrize("text, doer, victims", [
    ("Gunmen from the Islamic State stormed a police post in Diffa on Monday. Two police officers were "
     "killed.", "Gunmen", "police officers"),
    ("Houthi rebels fired missiles at a Saudi air base on Friday. Seven Saudi soldiers were wounded, the "
     "coalition said.", "Houthis", "Saudi soldiers"),
])
def test_victims_of_an_attack_told_just_before_are_its_doers_victims(process, text, doer, victims) -> None:
    events = named_events(process, text)
    harmed = [e for e in events if e[0] == "ASSAULT" and e[2] == [victims]]
    assert harmed and harmed[0][1] == [doer], events


def test_victims_told_without_an_attack_before_them_have_no_doer(process) -> None:
    events = named_events(process, "The minister visited Diffa on Monday. Two police officers were killed.")
    assert not any(e[0] == "ASSAULT" for e in events), events


def test_victims_told_as_not_harmed_are_no_event(process) -> None:
    events = named_events(process, "Gunmen from the Islamic State stormed a police post in Diffa on Monday. "
                                   "No police officers were killed.")
    assert not any(e[0] == "ASSAULT" and e[2] == ["police officers"] for e in events), events


def test_an_attack_too_far_back_does_not_reach(process) -> None:
    events = named_events(process, "Gunmen from the Islamic State stormed a police post in Diffa on Monday. "
                                   "The town had been calm for months. Traders reopened the market on Tuesday. "
                                   "Schools stayed shut all week. Two police officers were killed on Friday.")
    assert not any(e[0] == "ASSAULT" and e[2] == ["police officers"] for e in events), events


def test_a_nationality_describing_a_named_person_is_no_second_participant(process) -> None:
    events = named_events(process, "Algerian novelist and French citizen Boualem Sansal, who has criticized "
                                   "the government for years, was arrested in Algiers.")
    assert ("COERCE", ["Algeria"], ["Boualem Sansal"]) in events, events
    events = named_events(process, "Police detained Syrian refugee and German resident Anas Modamani on Monday.")
    assert [e for e in events if e[0] == "COERCE"] == [("COERCE", ["Police"], ["Anas Modamani"])], events


@pytest.mark.parametrize("text, event", [
    ("Estonia accused a Russian spy plane of entering its airspace.", ("ACCUSE", ["Estonia"], ["Russia"])),
    ("Canada imposed tariffs on Chinese steel on Friday.", ("COERCE", ["Canada"], ["China"])),
    ("Thailand imposed a ban on Chinese tourists on Monday.", ("COERCE", ["Thailand"], ["China"])),
])
def test_a_nationality_on_the_states_people_still_names_the_country(process, text, event) -> None:
    assert event in named_events(process, text)


@pytest.mark.parametrize("text, event", [
    ("The Kenyan government rejected the charges while responding to a report by Human Rights Watch.",
     ("REJECT", ["Kenya"], ["Human Rights Watch"])),
    ("Ethiopia denied the allegations while criticizing Amnesty International for its report.",
     ("REJECT", ["Ethiopia"], ["Amnesty International"])),
])
def test_a_rejection_answers_whom_its_own_adjunct_names(process, text, event) -> None:
    assert event in named_events(process, text)


def test_an_adjunct_that_answers_nobody_names_no_accuser(process) -> None:
    events = named_events(process, "Ethiopia denied the allegations while visiting Amnesty International's "
                                   "office in Nairobi.")
    assert not any(e[0] == "REJECT" and e[2] == ["Amnesty International"] for e in events), events
