"""A 'without' phrase negates only what it holds (round 11, issue 15): "held talks without reaching a deal" tells
talks that happened and a deal that did not; "left without meeting the minister" tells a meeting that did not
happen. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status as coded

HAPPENED = [  # (text, type of the event that happened)
    ("Kenya and Tanzania held talks on Monday without reaching a deal.", "CONSULT"),
    ("The talks between Ghana and Togo ended on Friday without an agreement.", "CONSULT"),
    ("Peru met Chile in Lima on Tuesday but the meeting closed without a joint statement.", "CONSULT"),
    ("Ethiopia accused Eritrea of sabotage without offering any evidence.", "ACCUSE"),
]


@pytest.mark.parametrize("text,kind", HAPPENED)
def test_an_event_outside_the_without_phrase_keeps_its_status(process, text, kind):
    rows = coded(process, text)
    assert any(r[0] == kind and r[4] == "asserted" for r in rows), rows
    assert not any(r[0] == kind and r[4] == "negated" for r in rows), rows


NOT_HAPPENED = [  # the event is the one inside the phrase
    ("Kenya and Tanzania held talks on Monday without reaching a deal.", "AGREE"),
    ("The Sudanese envoy left Cairo without meeting Egypt's foreign minister Ahmed Salem.", "CONSULT"),
]


@pytest.mark.parametrize("text,kind", NOT_HAPPENED)
def test_the_event_inside_the_without_phrase_is_negated(process, text, kind):
    """Negated, and as a contact that did not take place not recorded (round 14, filters.unrecorded): read
    as happened, it would be there, asserted."""
    rows = coded(process, text)
    assert not any(r[0] == kind for r in rows), rows
