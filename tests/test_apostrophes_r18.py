"""A contraction with a curly apostrophe is the same cue as with a straight one (round 18, lead): "we’ll"
is "we'll" for the status of a deed (eventcoding/status._kinds), so a hoped or announced deed is planned or a
threat whichever apostrophe the outlet types. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_full


@pytest.mark.parametrize("straight", [
    "\u201cWe'll arrest the smugglers,\u201d the general said.",
    "\u201cWe hope we'll detain the gang leaders soon,\u201d the interior minister told reporters.",
    "\u201cWe'll release the prisoners next week,\u201d the interior minister said.",
])
def test_a_curly_apostrophe_codes_as_a_straight_one(process, straight):
    curly = straight.replace("'", "\u2019")
    assert coded_full(process, curly) == coded_full(process, straight)


def test_a_hoped_deed_in_a_quote_is_planned(process):
    text = "\u201cWe hope we\u2019ll round up the smuggling gangs\u201d before the border reopens, the minister said."
    statuses = {e[0]: e[4] for e in coded_full(process, text)}
    assert statuses.get("COERCE") == "planned"
