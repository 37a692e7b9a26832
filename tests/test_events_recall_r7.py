"""Triggers read on news the rules were not written for (issue 15, round 7, RECALL). Sentences written for
these tests, in several shapes each.

- A stance said aloud: a verb of expression (express, voice, raise, share, reiterate, air, register, convey,
  tweet) whose object is a noun of concern, support or opposition is that stance toward whom its phrase or
  "that" clause names; with nobody named, no event.
"""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _has(found, kind, source, target) -> bool:
    return any(e[0] == kind and source in e[1] and target in e[2] for e in found)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Japan and Australia voiced alarm over North Korea's missile launches on Tuesday.",
     "ACCUSE", "Japan", "North Korea"),
    ("The German foreign ministry expressed concern about Hungary's new media law.",
     "ACCUSE", "German foreign ministry", "Hungary"),
    ("U.S. Senator Marco Rubio raised concerns that China would use the port for military purposes.",
     "ACCUSE", "Marco Rubio", "China"),
    ("Protesters expressed anger at the police on Sunday.", "ACCUSE", "Protesters", "police"),
    ("President William Ruto expressed solidarity with Somalia after the bombing.",
     "SUPPORT", "William Ruto", "Somalia"),
    ("Finland reiterated its support for Ukraine.", "SUPPORT", "Finland", "Ukraine"),
    ("Brazil registered objections to Argentina's tariff plan at the meeting.", "REJECT", "Brazil", "Argentina"),
    ("Beijing expressed strong opposition to the U.S. arms sale to Taiwan.", "REJECT", "China", "United States"),
])
def test_a_stance_said_aloud_is_an_event_toward_whom_it_names(process, text, kind, source, target) -> None:
    found = named_events(process, text)
    assert _has(found, kind, source, target), found


@pytest.mark.parametrize("text", [
    "The ambassador expressed concern.",  # nobody named: no event
    "Doctors raised concerns about the spread of measles in the region.",  # a thing with no owner
    "The company expressed confidence in its new phone.",
    "Finland raised the price of electricity.",  # no stance noun
])
def test_a_stance_toward_no_one_named_is_no_event(process, text) -> None:
    found = named_events(process, text)
    assert not any(e[0] in ("ACCUSE", "SUPPORT", "REJECT") for e in found), found


@pytest.mark.parametrize("text", [
    "Sweden defeated South Korea 1-0 on Monday in the World Cup.",
    "The mayor of Lyon defeated the incumbent senator by 3,000 votes.",
    "Germany's Social Democrats defeated the Christian Democrats in the state election.",
])
def test_winning_a_match_or_a_vote_is_no_event(process, text) -> None:
    found = named_events(process, text)
    assert not any(e[0] in ("ASSAULT", "ACCUSE") for e in found), found
