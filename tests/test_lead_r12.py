"""Round 12, the lead's own classes (sentences and records written for these tests): an event told in a phrase
of time after or before the main clause does not take the main clause's day, and one report that fits two
incidents shows they are one happening."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.store import connect, save_record

from .test_incidents import _actor, _article, _event, _members, _time


@pytest.mark.parametrize("text, trigger", [
    ("Trucks were still waiting at the border on Friday, three days after the talks between Kenya and Uganda.", "talks"),
    ("Prices rose sharply on Monday, a week after the Australian sanctions on Iran.", "sanctions"),
    ("On Wednesday, two days before its summit with Japan, China released a statement.", "summit"),
    ("Protesters gathered in the capital on Sunday, a day after the arrest of Ousmane Sonko by Senegalese police.",
     "arrest"),
])
def test_an_event_in_a_phrase_of_time_does_not_take_the_main_clauses_day(process, text: str, trigger: str) -> None:
    doc = process(text, "2025-06-06")
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert all(e.time is None for e in found), [(e.trigger.text, e.time) for e in found]


def test_an_event_the_time_phrase_hangs_from_keeps_its_day(process) -> None:
    doc = process("Ghana held talks with Togo on Friday, three days after the border closed.", "2025-06-06")
    (talks,) = [e for e in doc.events if e.trigger.text == "talks"]
    (friday,) = [t for t in doc.times if t.text == "Friday"]
    assert talks.time == friday.id


def test_one_report_that_fits_two_incidents_joins_them(tmp_path: Path) -> None:
    """Two presidents met on 3 June (named); an undated report of talks between the two countries makes an
    incident of its own (an undated report needs names); a dated report by the countries' names fits both."""
    conn = connect(tmp_path / "s.db")
    people = [_actor("a1", "Ama Mensah", country="GHA", sector="GOV"), _actor("a2", "Kofi Dogbe", country="TGO", sector="GOV")]
    states = [_actor("a1", "Ghana", "country", "GHA"), _actor("a2", "Togo", "country", "TGO")]
    save_record(conn, _article("r1", "2025-06-03", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], people,
                               [_time("t1", "2025-06-03")]))
    save_record(conn, _article("r2", "2025-06-05", [_event("e1", "CONSULT", ["a1"], ["a2"])], states))
    assert _members(conn) == {frozenset({"r1/e1"}), frozenset({"r2/e1"})}
    save_record(conn, _article("r3", "2025-06-09", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], states,
                               [_time("t1", "2025-06-03")]))
    assert _members(conn) == {frozenset({"r1/e1", "r2/e1", "r3/e1"})}


def test_a_report_fitting_two_incidents_far_apart_joins_only_one(tmp_path: Path) -> None:
    """Incidents whose days, joined, would stretch beyond the longer of them plus the slack stay apart."""
    conn = connect(tmp_path / "s.db")
    states = [_actor("a1", "Ghana", "country", "GHA"), _actor("a2", "Togo", "country", "TGO")]
    month = {"id": "t1", "text": "x", "start": 0, "end": 1, "value": "2025-06", "mod": None,
             "interval": ["2025-06-01", "2025-06-30"], "anchor": "published"}
    save_record(conn, _article("r1", "2025-06-02", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], states,
                               [_time("t1", "2025-06-02")]))
    save_record(conn, _article("r2", "2025-06-29", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], states,
                               [_time("t1", "2025-06-29")]))
    assert len(_members(conn)) == 2
    save_record(conn, _article("r3", "2025-07-01", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], states,
                               [month]))
    assert len(_members(conn)) >= 2
