"""Meetings and intents to meet (issue 15, round 6): talks told with their other side only, as the subject of
what a party says, are the speaker's side's; an infinitive under a possessed noun ("my willingness to travel",
"Modi's plan to visit") is done by the possessor; willingness, readiness and availability to meet are an
expressed intent (AGREE 036). Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _meetings(events):
    return [e for e in events if e[0] in ("CONSULT", "AGREE")]


@pytest.mark.parametrize("text, side, other", [
    ("Egypt said Sunday that negotiations with the International Monetary Fund were progressing well.",
     "Egypt", "International Monetary Fund"),
    ("Kenya says talks with Somalia on the maritime border have stalled.", "Kenya", "Somalia"),
    ("\"Talks with the rebels will continue,\" Colombian President Gustavo Petro said.", "Gustavo Petro", "rebels"),
    ("Ghana said on Friday that discussions with the World Bank to secure budget support are going well and "
     "the loan \"is close.\"", "Ghana", "World Bank"),
])
def test_talks_told_by_a_party_are_its_own(process, text, side, other) -> None:
    found = _meetings(named_events(process, text))
    assert any(e[0] == "CONSULT" and side in e[1] and other in e[2] for e in found), found


@pytest.mark.parametrize("text", [
    "Analysts say talks with Iran have stalled.",  # commentators hold no talks
    "Economists said negotiations with the International Monetary Fund were slow.",
])
def test_talks_told_by_commentators_are_not_theirs(process, text) -> None:
    found = _meetings(named_events(process, text))
    assert not any(e[1] for e in found), found


def test_talks_a_party_says_must_go_on_are_its_demand_not_talks_held(process) -> None:
    found = named_events(process, "German Chancellor Olaf Scholz said talks with China must continue.")
    assert not any(e[0] == "CONSULT" for e in found), found


@pytest.mark.parametrize("text, doer, place", [
    ("\"I reiterate my willingness to travel to Afghanistan,\" said Richard Bennett, the U.N. rapporteur.",
     "Richard Bennett", "Afghanistan"),
    ("Indian Prime Minister Narendra Modi confirmed his readiness to visit China next month.",
     "Narendra Modi", "China"),
])
def test_willingness_to_visit_is_an_intent_of_the_possessor(process, text, doer, place) -> None:
    found = _meetings(named_events(process, text))
    assert ("AGREE", [doer], [place]) in found, found


def test_a_possessed_plan_to_visit_is_the_possessors_visit(process) -> None:
    found = _meetings(named_events(process, "The Kremlin criticised Japan's plan to visit Taiwan."))
    assert any(e[0] == "CONSULT" and e[1] == ["Japan"] and e[2] == ["Taiwan"] for e in found), found


@pytest.mark.parametrize("text, host, body", [
    ("Chinese President Xi Jinping met this week with heads of private companies from the car and chip "
     "industries.", "Xi Jinping", "private companies"),
    ("Chinese Premier Li Qiang hosted heads of private companies in Beijing.", "Li Qiang", "private companies"),
    ("Saudi Crown Prince Mohammed bin Salman held talks with heads of U.S. technology companies.",
     "Mohammed bin Salman", "technology companies"),
])
def test_members_named_only_by_their_body_stand_for_it(process, text, host, body) -> None:
    found = _meetings(named_events(process, text))
    assert any(e[0] == "CONSULT" and e[1] == [host] and body in (e[2][0] or "") for e in found if e[2]), found


def test_one_head_of_a_body_is_a_person_not_the_body(process) -> None:
    found = named_events(process, "Kenyan President William Ruto met with the head of the International Monetary "
                                  "Fund on Monday.")
    assert not any(e[2] == ["International Monetary Fund"] for e in found), found
