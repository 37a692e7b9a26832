"""Nominal events on news the rules were not written for (issue 15, round 5): acts done to someone named by
their possessor or "of" phrase, meetings told as a time or setting phrase, and reactions received "from"
someone. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


_events = named_events


# ---- acts done to someone: the possessor is the patient; the doer is named, near, or the setting's state ----

@pytest.mark.parametrize("text, event", [
    ("The arrest of the opposition leader Tundu Lissu by Tanzanian police sparked protests.",
     ("COERCE", ["Tanzanian police"], ["Tundu Lissu"])),
    ("Cambodia has tightened its grip on the press. Mech Dara's arrest drew international condemnation.",
     ("COERCE", ["Cambodia"], ["Mech Dara"])),
    ("Zimbabwe's government denied the charges. Rights organizations have condemned the arrest of the "
     "journalist Blessed Mhlanga.", ("COERCE", ["Zimbabwe"], ["Blessed Mhlanga"])),
])
def test_an_act_done_to_someone_has_its_patient_as_target(process, text, event) -> None:
    assert event in _events(process, text)


def test_the_possessor_of_an_act_done_with_an_of_phrase_is_its_doer(process) -> None:
    events = _events(process, "Iran's release of the British sailors ended the standoff.")
    assert ("RETREAT", ["Iran"], ["United Kingdom"]) in events


def test_a_patient_is_never_the_doer_of_the_act_done_to_it(process) -> None:
    events = _events(process, "Guatemala's courts are slow. Jose Zamora's detention was ruled arbitrary.")
    assert not any(e[0] == "COERCE" and "Jose Zamora" in e[1] for e in events), events


def test_a_judge_near_an_arrest_did_not_make_it(process) -> None:
    events = _events(process, "Magistrate Gibson Mandaza denied bail to the journalist Blessed Mhlanga in Harare. "
                              "Zimbabwe's police defended Mhlanga's arrest.")
    assert ("COERCE", ["Zimbabwe's police"], ["Blessed Mhlanga"]) in events, events
    assert not any(e[0] == "COERCE" and "Magistrate Gibson Mandaza" in e[1] for e in events), events


def test_no_state_is_guessed_between_two_equally_named_countries(process) -> None:
    events = _events(process, "Kenya and Uganda share a border. Okiya Omtatah's arrest drew protests.")
    assert not any(e[0] == "COERCE" for e in events), events


# ---- meetings told as a time or setting phrase of a clause -------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kenyan Governor Anne Waiguru, after talks earlier this month with delegates from Human "
     "Rights Watch, told officials to draft new rules.", "Anne Waiguru", "Human Rights Watch"),
    ("President William Ruto, after a meeting last week with leaders from the African Union, told ministers to "
     "prepare a plan.", "William Ruto", "African Union"),
    ("Kenyan President William Ruto told Joe Biden in phone conversations last week that he opposed the plan.",
     "William Ruto", "Joe Biden"),
    ("Following talks with Ghana's President John Mahama, Kenyan President William Ruto said his country would "
     "send more teachers.", "William Ruto", "John Mahama"),
])
def test_a_meeting_in_an_adjunct_phrase_is_the_clause_subjects(process, text, source, target) -> None:
    assert ("CONSULT", [source], [target]) in _events(process, text)


def test_a_victim_killed_in_an_attack_is_no_party_to_a_meeting(process) -> None:
    events = _events(process, "Two Chinese soldiers were killed in an attack near the border on Monday.")
    assert not any(e[0] == "CONSULT" for e in events), events


# ---- reactions received from someone ---------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Kenya's decision drew condemnation from the African Union.", ("ACCUSE", ["African Union"], ["Kenya"])),
    ("The proposal by France met with criticism from the European Union.",
     ("ACCUSE", ["European Union"], ["France"])),
    ("Egypt received praise from the United States for its mediation.", ("SUPPORT", ["United States"], ["Egypt"])),
    ("The Brazilian plan met with opposition from Argentina.", ("REJECT", ["Argentina"], ["Brazil"])),
])
def test_a_reaction_received_from_someone_is_theirs(process, text, event) -> None:
    assert event in _events(process, text)


def test_a_reaction_whose_receiver_is_nobody_is_no_event(process) -> None:
    events = _events(process, "The plan faced strong opposition from Germany.")
    assert not any(e[0] == "REJECT" for e in events), events


def test_the_opposition_party_is_no_event(process) -> None:
    events = _events(process, "The opposition from the north won 20 seats in Kenya's parliament.")
    assert not any(e[0] == "REJECT" for e in events), events


def test_an_arrest_a_light_verb_orders_is_its_subjects(process) -> None:
    events = _events(process, "Tanzania has jailed many critics. Tanzanian prosecutors on Monday ordered the arrest "
                              "of the opposition leader Tundu Lissu.")
    assert ("COERCE", ["Tanzanian prosecutors"], ["Tundu Lissu"]) in events, events
    # "jailed many critics" is Tanzania's own deed (critics are a group actor); the ordered arrest is not
    assert not any(e[0] == "COERCE" and e[1] == ["Tanzania"] and "Tundu Lissu" in e[2] for e in events), events


@pytest.mark.parametrize("text, pairs", [
    ("A 2019 agreement among Kenya, Somalia and Ethiopia allowed refugees to return.",
     {("Kenya", "Somalia"), ("Kenya", "Ethiopia")}),
    ("Talks among Egypt, Sudan and Ethiopia over the dam stalled again.", {("Egypt", "Sudan"), ("Egypt", "Ethiopia")}),
])
def test_a_joint_deed_among_several_pairs_them(process, text, pairs) -> None:
    found = {(e[1][0], e[2][0]) for e in _events(process, text) if e[1] and e[2]}
    assert pairs <= found, found


# ---- restrictions and punitive measures laid on someone ---------------------------------------------------

@pytest.mark.parametrize("text, event", [
    # unspecified punitive measures against a named state reduce relations with it, SANCTION 160 since round 17
    # (evtypes, requirement named:against); the maker and the party stay as they were
    ("China's punitive measures against Australia hurt exporters.", ("SANCTION", ["China"], ["Australia"])),
    ("Italy has imposed new restrictions on flights from India.", ("COERCE", ["Italy"], ["India"])),
    # (women of a country are not its state: "curbs on Afghan women" names no country, test_events_wrongparts_r7)
    ("The Taliban's strict curbs on Afghan officials drew criticism.", ("COERCE", ["Taliban"], ["Afghan officials"])),
])
def test_a_measure_whose_maker_is_named_is_coercion(process, text, event) -> None:
    assert event in _events(process, text)


@pytest.mark.parametrize("text", [
    "Restrictions on travel from India hurt the economy.",
    "Security measures against terrorism were discussed in Kenya.",
])
def test_a_measure_nobody_is_named_as_making_is_no_event(process, text) -> None:
    assert not any(e[0] == "COERCE" for e in _events(process, text))
