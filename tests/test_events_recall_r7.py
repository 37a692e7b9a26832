"""Triggers read on news the rules were not written for (issue 15, round 7, RECALL). Sentences written for
these tests.

- Winning a vote or a match ("defeated") is no event (eventcoding/filters.py reads a contest's result).
"""
from __future__ import annotations

import pytest

from .event_helpers import named_events


@pytest.mark.parametrize("text", [
    "Portugal defeated Ghana 2-1 on Sunday in the group stage.",
    "The mayor of Lyon defeated the incumbent senator by 3,000 votes.",
    "Germany's Social Democrats defeated the Christian Democrats in the state election.",
])
def test_winning_a_match_or_a_vote_is_no_event(process, text) -> None:
    found = named_events(process, text)
    assert not any(e[0] in ("ASSAULT", "ACCUSE") for e in found), found
