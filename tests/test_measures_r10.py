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
