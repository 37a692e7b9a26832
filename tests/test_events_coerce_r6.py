"""Coercion by states, courts and armed bodies (issue 15, round 6): restrictions and bans imposed on nobody
the story names as an actor, bars "from" an activity, and deeds whose subject is a court or police told
without a name (the state they act for is the doer). Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _coerce(events):
    return [e for e in events if e[0] == "COERCE"]


@pytest.mark.parametrize("text, doer", [
    ("The Taliban imposed new limits on music in public places.", "Taliban"),
    ("Beijing has imposed tight controls on online games for children.", "China"),
    ("Myanmar's military government imposed a ban on public gatherings last week.", "Myanmar"),
    ("Hungary will impose new curbs on foreign funding of charities.", "Hungary"),
])
def test_a_restriction_imposed_on_no_named_party_stands_without_a_target(process, text, doer) -> None:
    found = _coerce(named_events(process, text))
    assert any(doer in e[1][0] for e in found if e[1]), found


def test_a_restriction_on_a_named_party_keeps_it_as_target(process) -> None:
    found = _coerce(named_events(process, "The European Union imposed new restrictions on Belarus in June."))
    assert ("COERCE", ["European Union"], ["Belarus"]) in found, found


@pytest.mark.parametrize("text, doer", [
    ("Afghan authorities have barred girls from attending secondary school.", "Afghan authorities"),
    ("Russia barred the British reporter from entering the country.", "Russia"),
    ("Nigeria's electoral commission barred three candidates from running in the vote.", "Nigeria"),
])
def test_barring_people_from_an_activity_is_a_ban(process, text, doer) -> None:
    found = _coerce(named_events(process, text))
    assert any(doer in e[1][0] for e in found if e[1]), found


def test_what_a_ban_bars_people_from_is_not_its_target(process) -> None:
    text = "Iranian authorities barred women from working for aid groups, including the United Nations."
    found = _coerce(named_events(process, text))
    assert found and all(e[2] != ["United Nations"] for e in found), found


def test_a_bar_in_another_sense_codes_nothing(process) -> None:
    assert not _coerce(named_events(process, "Protesters gathered outside a bar in Tbilisi on Friday."))


@pytest.mark.parametrize("text, doer, target", [
    ("Kenyan police detained the activist Boniface Mwangi in Nairobi. A court later sentenced Mwangi to two years "
     "in prison.", "Kenya", "Boniface Mwangi"),
    ("Law enforcement in Haiti charged Jimmy Cherizier with murder.", "Haiti", "Jimmy Cherizier"),
])  # (an unnamed court that is the subject is an actor of its own since round 13: tests/test_leftovers_r13.py)
def test_an_unnamed_court_or_police_acts_for_its_state(process, text, doer, target) -> None:
    found = _coerce(named_events(process, text))
    assert any(e[1] == [doer] and e[2] == [target] for e in found) or \
        any(e[2] == [target] and e[1] and doer in e[1][0] for e in found), found


def test_an_unnamed_court_acting_on_a_thing_names_no_state(process) -> None:
    found = named_events(process, "In Brazil, a court fined the mining company for the dam collapse.")
    assert not _coerce(found), found


@pytest.mark.parametrize("text, doer, target", [
    ("The veteran Peter Mwale was expelled from the African National Congress on Friday.",
     "African National Congress", "Peter Mwale"),
    ("Two Russian diplomats were expelled from Poland on Monday.", "Poland", "Two Russian diplomats"),
])
def test_an_expulsion_without_its_agent_is_done_by_the_body_or_country_left(process, text, doer, target) -> None:
    found = [e for e in named_events(process, text) if e[0] in ("SANCTION", "COERCE")]
    assert any(e[1] == [doer] and e[2] == [target] for e in found), found


def test_an_expulsion_from_a_place_that_is_no_actor_names_no_doer(process) -> None:
    found = named_events(process, "The student was expelled from school in Lagos last year.")
    assert not [e for e in found if e[0] in ("SANCTION", "COERCE")], found


@pytest.mark.parametrize("text, doer, held", [
    ("Cambodian blogger Sok Vanna had been in pretrial detention since early May.", "Cambodia", "Sok Vanna"),
    ("Zimbabwean union organiser Tendai Moyo has been in custody for three weeks.", "Zimbabwe", "Tendai Moyo"),
    ("Nelson Mandela spent 27 years in prison in South Africa.", "South Africa", "Nelson Mandela"),
])
def test_someone_told_as_held_in_custody_is_held_by_the_state(process, text, doer, held) -> None:
    assert ("COERCE", [doer], [held]) in named_events(process, text)


@pytest.mark.parametrize("text", [
    "The former minister Paul Okello died in prison in Uganda.",
    "In Uganda, 1,500 prisoners were in detention last year.",
    "Ugandan lawyer Sarah Kato said he should never have been in prison.",
    "Kenyan opposition leader Raila Odinga held talks in Nairobi with Ugandan officials.",
])
def test_other_mentions_of_prison_hold_nobody(process, text) -> None:
    assert not _coerce(named_events(process, text))


def test_the_victims_a_deeds_reason_names_are_not_its_doer(process) -> None:
    text = "Colombian smuggler Luis Parra was detained on Monday over the killing of two policemen."
    found = _coerce(named_events(process, text))
    assert found and all(e[1] != ["policemen"] for e in found), found


def test_police_named_before_an_agentless_arrest_still_made_it(process) -> None:
    text = "Police raided the camp in Kenya on Monday. The activist Boniface Mwangi was arrested."
    assert ("COERCE", ["Police"], ["Boniface Mwangi"]) in named_events(process, text)
