"""Measures of states (issue 15, round 10): bans, tariffs, sanctions and restrictions imposed, kept, eased and
lifted, with whom they fall on. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _of(events, kind):
    return [e for e in events if e[0] == kind]


# ---- whom a measure falls on: every party coordinated in its phrase ------------------------------------

@pytest.mark.parametrize("text, doer, targets", [
    ("Germany banned imports of poultry from Poland, Hungary and Romania.", "Germany",
     {"Poland", "Hungary", "Romania"}),
    ("Japan imposed new curbs on exports to Iran and Syria in May.", "Japan", {"Iran", "Syria"}),
    ("Italy tightened its restrictions on travel from Brazil, Peru and Chile.", "Italy", {"Brazil", "Peru", "Chile"}),
])
def test_a_measure_falls_on_every_party_coordinated_in_its_phrase(process, text, doer, targets) -> None:
    found = _of(named_events(process, text), "COERCE")
    hit = {e[2][0] for e in found if e[1] == [doer] and e[2]}
    assert targets <= hit, found


# ---- a reduced relative names the measure's maker --------------------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("Exporters have learned to live with restrictions imposed by Japan.", "Japan"),
    ("The archive holds hundreds of songs banned by the Taliban.", "Taliban"),
    ("Firms struggled under the curbs imposed by Hungary during the pandemic.", "Hungary"),
])
def test_a_measure_in_a_reduced_relative_stands_with_its_named_maker(process, text, doer) -> None:
    found = _of(named_events(process, text), "COERCE")
    assert any(e[1] == [doer] for e in found), found


def test_a_gift_in_a_reduced_relative_is_no_measure(process) -> None:
    found = named_events(process, "Each painting donated by the Ford Foundation hangs in the east wing.")
    assert not _of(found, "AID"), found


# ---- a measure eased, put off or dropped ---------------------------------------------------------------

@pytest.mark.parametrize("text, doer, target", [
    ("The White House paused the tariffs on Mexico for a month.", "White House", "Mexico"),
    ("Hungary suspended its tariffs on Ukrainian grain.", "Hungary", "Ukraine"),
    ("Washington exempted Canada from the new tariffs.", "United States", "Canada"),
    ("Beijing lowered tariffs on American soybeans last week.", "China", "United States"),
])
def test_a_measure_eased_or_put_off_is_a_retreat_on_whom_it_fell(process, text, doer, target) -> None:
    found = _of(named_events(process, text), "RETREAT")
    assert ("RETREAT", [doer], [target]) in found, found


@pytest.mark.parametrize("text", [
    "The airline suspended flights to Tehran after the storm.",
    "The bakery lowered its prices on bread last week.",
])
def test_suspending_or_lowering_what_is_no_measure_codes_no_retreat(process, text) -> None:
    assert not _of(named_events(process, text), "RETREAT")


def test_an_easing_refused_is_the_refusal_only(process) -> None:
    found = named_events(process, "Turkey refused to lower its tariffs on Greek olive oil.")
    assert not _of(found, "RETREAT") and _of(found, "REJECT"), found


def test_an_easing_asked_for_is_the_request_only(process) -> None:
    # the parser hangs "to lower ..." on "calling" as an adverbial clause after the long "on" phrase
    text = "Kenyan traders are calling on officials at home and in Uganda to lower the tariffs on Ugandan sugar."
    found = named_events(process, text)
    assert not _of(found, "CONCEDE") and not _of(found, "RETREAT"), found


# ---- a standing measure whose maker a modifier names ----------------------------------------------------

@pytest.mark.parametrize("text, doer, target", [
    ("Chinese sanctions against Lithuanian firms remain in force.", "China", "Lithuanian firms"),
    ("The Russian ban on Georgian wine ended in 2013.", "Russia", "Georgia"),
    ("Farmers say Canadian tariffs on American dairy hurt them.", "Canada", "United States"),
])
def test_a_standing_measure_with_its_maker_and_target_named_is_coded(process, text, doer, target) -> None:
    found = _of(named_events(process, text), "COERCE")
    assert any(e[1] == [doer] and e[2] == [target] for e in found), found


@pytest.mark.parametrize("text", [
    "The U.S. tariffs took effect on Tuesday.",
    "Its tariffs on copper have not changed in years.",
])
def test_a_standing_measure_without_maker_or_target_codes_nothing(process, text) -> None:
    assert not _of(named_events(process, text), "COERCE")
