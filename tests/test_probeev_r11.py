"""Threats told as the deed their maker says it will do (issue 15, round 11, probes of plain news sentences):
"X threatened to V ..." is a threat by X even when the deed names no party the text makes an actor of; a threat
made to someone the text names but makes no actor of is still left out. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status, named_events


def _threats(events):
    return [e for e in events if e[0] == "THREATEN"]


# ---- "threatened to V": an infinitive deed, no direct object -------------------------------------------------

@pytest.mark.parametrize("text, maker", [
    ("Iran threatened on Sunday to close the Strait of Hormuz.", "Iran"),
    ("North Korea is threatening to conduct another nuclear test.", "North Korea"),
    ("Venezuela has threatened to seize the disputed oil fields.", "Venezuela"),
    ("Hamas threatened to execute the remaining captives.", "Hamas"),
])
def test_a_threat_to_do_a_deed_is_coded_without_a_target(process, text, maker) -> None:
    found = _threats(named_events(process, text))
    assert [maker] in [e[1] for e in found], named_events(process, text)


def test_a_threat_to_do_a_deed_to_a_party_keeps_that_party(process) -> None:
    found = _threats(named_events(process, "Turkey has threatened to block Sweden's membership of NATO."))
    assert any(e[1] == ["Turkey"] and "Sweden" in e[2] for e in found), found


def test_a_threat_naming_an_unnamed_addressee_stays_out(process) -> None:
    # the one threatened is there ("the smaller states"), but no actor: left out as before
    found = _threats(named_events(process, "China threatened the smaller states with trade penalties."))
    assert found == [], found
