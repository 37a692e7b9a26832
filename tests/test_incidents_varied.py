"""Incident grouping on a third hand-written set (tests/data/incidents_varied, see its README): 17 short
articles, five happenings each told by 2-4 outlets in different shapes (title only, the capital for the
government, the country, a noun, the passive, planned before and done after, a denial), and two near-misses
that must stay apart. The gold was written before the set was ever run.

Scored here: pairwise precision and recall of "same incident" between reports of different articles (over
the stored events that pair with a gold event), the conflicts listed, and the near-misses. The floors are the
figures measured when the set was scored (see docs/incidents.md); reports the events stage does not extract
lower coverage, not the pairwise figures.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.incidents import format_incidents, load_gold, pair_article, stored_events
from eventwire.store import connect, save_record
from eventwire.store.incidents import list_incidents

from .incident_helpers import ingest_set, score_set
from .test_incidents import _actor, _article, _event, _members, _time

DATA = Path(__file__).parent / "data" / "incidents_varied"
GOLD = load_gold(DATA / "gold.json")

# measured on this set (docs/incidents.md, "A third set"); a change to grouping must not lower them
FLOORS = {"pairwise_precision": 1.0, "pairwise_recall": 1.0, "coverage": 0.76}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_set(DATA, tmp_path_factory.mktemp("varied") / "varied.db")


@pytest.fixture(scope="module")
def scored(store: Path) -> dict[str, Any]:
    return score_set(DATA, store)


def labelled_events(db: Path, gold: dict[str, Any] = GOLD) -> dict[str, tuple[str, str, Any]]:
    """Stored event key -> (article, gold incident label, stored incident) for every stored event of a set
    that pairs with a gold event (as ``evaluate_incidents`` pairs them)."""
    conn = connect(db, readonly=True)
    try:
        out: dict[str, tuple[str, str, Any]] = {}
        for article_id, golds in gold["articles"].items():
            events = stored_events(conn, article_id)
            paired = pair_article(events, golds, gold.get("aliases", {}))
            for event in events:
                if event.key in paired:
                    out[event.key] = (article_id, golds[paired[event.key]]["incident"],
                                      event.incident if event.incident is not None else "alone:" + event.key)
        return out
    finally:
        conn.close()


def pairwise(labelled: dict[str, tuple[str, str, Any]]) -> dict[str, float]:
    """Precision and recall of "same incident" over pairs of reports from different articles."""
    same_pred = same_gold = both = 0
    for (art_a, gold_a, pred_a), (art_b, gold_b, pred_b) in combinations(labelled.values(), 2):
        if art_a == art_b:
            continue
        same_pred += pred_a == pred_b
        same_gold += gold_a == gold_b
        both += pred_a == pred_b and gold_a == gold_b
    return {"pairwise_precision": both / same_pred if same_pred else 1.0,
            "pairwise_recall": both / same_gold if same_gold else 1.0,
            "pairs_predicted": same_pred, "pairs_gold": same_gold}


def test_pairwise_grouping_keeps_its_floors(store: Path, scored: dict[str, Any]) -> None:
    figures = pairwise(labelled_events(store))
    assert figures["pairs_gold"] >= 4, figures  # enough cross-article reports are paired to measure anything
    assert figures["pairwise_precision"] >= FLOORS["pairwise_precision"], (figures, format_incidents(scored))
    assert figures["pairwise_recall"] >= FLOORS["pairwise_recall"], (figures, format_incidents(scored))
    assert scored["coverage"] >= FLOORS["coverage"], format_incidents(scored)


def test_near_misses_stay_apart(store: Path) -> None:
    """The stored events of the gold type in the articles that report one near-miss never share an incident
    with those of the other (by article and type, so a misnamed participant cannot hide a wrong join)."""
    conn = connect(store, readonly=True)
    try:
        def incidents_of(label: str) -> set[Any]:
            found: set[Any] = set()
            for article_id, golds in GOLD["articles"].items():
                types = {g["type"] for g in golds if g["incident"] == label}
                found |= {e.incident for e in stored_events(conn, article_id) if e.type in types and e.incident}
            return found

        checked = 0
        for first, second in GOLD["near_misses"]:
            mine, theirs = incidents_of(first), incidents_of(second)
            assert not mine & theirs, (first, second, mine, theirs)
            checked += bool(mine and theirs)
        assert checked == len(GOLD["near_misses"])  # each near-miss has stored events on both sides
    finally:
        conn.close()


def test_conflicts_are_the_disputed_happenings(store: Path) -> None:
    labelled = labelled_events(store)
    conn = connect(store, readonly=True)
    try:
        listed = {row["id"] for row in list_incidents(conn, conflicts_only=True, limit=1000)}
    finally:
        conn.close()
    by_incident: dict[Any, set[str]] = {}
    for _article, label, incident in labelled.values():
        by_incident.setdefault(incident, set()).add(label)
    # no listed conflict may hold a happening nobody disputes
    for incident in listed:
        assert by_incident.get(incident, set()) <= set(GOLD["conflicts"]), (incident, by_incident.get(incident))
    # every disputed happening is listed: the denial ("denied that its national security adviser had met
    # ...") is coded as the meeting, denied, whose doer is the office of the state 'its' stands for
    disputed = {by for by, labels in by_incident.items() if labels & set(GOLD["conflicts"])}
    assert disputed and disputed <= listed, (disputed, listed)


def test_the_set_is_short_news_in_many_shapes() -> None:
    articles = [json.loads(line) for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(a["id"] for a in articles) == sorted(GOLD["articles"]) and 14 <= len(articles) <= 18
    assert all(a["outlet"] and re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"]) for a in articles)
    assert all(3 <= len(re.findall(r"[.!?]\"?(?:\s|$)", a["text"])) <= 8 for a in articles)
    outlets = {a["id"]: a["outlet"] for a in articles}
    told_by: dict[str, set[str]] = {}
    for article_id, golds in GOLD["articles"].items():
        for g in golds:
            if not g.get("optional"):
                told_by.setdefault(g["incident"], set()).add(outlets[article_id])
    assert Counter(len(o) >= 2 for o in told_by.values())[True] >= 5, told_by


# ---- the grouping rules these shapes asked for, on records of our own --------------------------------

def _span(tid: str, first: str, last: str) -> dict:
    return {**_time(tid, first), "interval": [first, last]}


def test_a_country_named_whole_meets_its_head_of_state_whatever_sector_the_person_got(tmp_path: Path) -> None:
    """"Kenya and Tanzania held a summit on June 3" and "Odera met Rweyemamu in Arusha on Tuesday" (the
    Tanzanian left unplaced, as the actors stage may leave a head of state it does not know)."""
    conn = connect(tmp_path / "s.db")
    save_record(conn, _article("r1", "2025-06-03", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")],
                               [_actor("a1", "Jane Odera", country="KEN", sector="GOV"),
                                _actor("a2", "Asha Rweyemamu", country="TZA", sector="CVL")],
                               [_time("t1", "2025-06-03")]))
    save_record(conn, _article("r2", "2025-06-09", [_event("e1", "CONSULT", ["a2"], ["a1"], time="t1")],
                               [_actor("a1", "Kenya", "country", "KEN"), _actor("a2", "Tanzania", "country", "TZA")],
                               [_time("t1", "2025-06-03")]))
    save_record(conn, _article("r3", "2025-06-04", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")],
                               [_actor("a1", "Kenyan army", "organization", "KEN", "MIL"),
                                _actor("a2", "Tanzania", "country", "TZA")],
                               [_time("t1", "2025-06-03")]))
    assert _members(conn) == {frozenset({"r1/e1", "r2/e1", "r3/e1"})}


def test_a_country_is_not_its_rebels_lawmakers_or_protesters(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    chad = _actor("a2", "Chad", "country", "TCD")
    day = [_time("t1", "2025-06-05")]
    save_record(conn, _article("r1", "2025-06-05", [_event("e1", "ACCUSE", ["a1"], ["a2"], time="t1")],
                               [_actor("a1", "Sudan", "country", "SDN"), chad], day))
    for aid, actor in [("r2", _actor("a1", "Yasir Idris", country="SDN", sector="REB")),
                       ("r3", _actor("a1", "Mona Hamid", country="SDN", sector="LEG")),
                       ("r4", _actor("a1", "students", "group", "SDN", "CVL"))]:
        save_record(conn, _article(aid, "2025-06-05", [_event("e1", "ACCUSE", ["a1"], ["a2"], time="t1")],
                                   [actor, chad], day))
    assert len(_members(conn)) == 4


def test_two_parts_of_one_state_or_two_private_people_are_not_one_actor(tmp_path: Path) -> None:
    """Country alone never joins two parts of a state (the army and the police), and two private people of
    one country are two people even on the same day: "police held Ana Ruiz" and "police held Luis Paz"."""
    conn = connect(tmp_path / "s.db")
    day = [_time("t1", "2025-06-05")]
    police = _actor("a1", "police", "group", "PER", "COP")
    save_record(conn, _article("r1", "2025-06-05", [_event("e1", "COERCE", ["a1"], ["a2"], time="t1")],
                               [police, _actor("a2", "Ana Ruiz", country="PER", sector="CVL")], day))
    save_record(conn, _article("r2", "2025-06-05", [_event("e1", "COERCE", ["a1"], ["a2"], time="t1")],
                               [police, _actor("a2", "Luis Paz", country="PER", sector="CVL")], day))
    save_record(conn, _article("r3", "2025-06-05", [_event("e1", "ASSAULT", ["a1"], ["a2"], time="t1")],
                               [_actor("a1", "Peruvian army", "organization", "PER", "MIL"),
                                _actor("a2", "Ecuador", "country", "ECU")], day))
    save_record(conn, _article("r4", "2025-06-05", [_event("e1", "ASSAULT", ["a1"], ["a2"], time="t1")],
                               [_actor("a1", "Peruvian police", "organization", "PER", "COP"),
                                _actor("a2", "Ecuador", "country", "ECU")], day))
    assert len(_members(conn)) == 4


def test_a_report_dated_to_a_week_matches_by_country_and_sector_a_month_does_not(tmp_path: Path) -> None:
    """"Warsaw expelled two of its diplomats last week" (a week, the diplomats unnamed) joins "Poland expelled
    two Belarusian diplomats on Wednesday"; the same said of "last month" needs names on both sides."""
    conn = connect(tmp_path / "s.db")
    poland = _actor("a1", "Poland", "country", "POL")
    save_record(conn, _article("r1", "2025-06-11", [_event("e1", "SANCTION", ["a1"], ["a2"], time="t1")],
                               [poland, _actor("a2", "two Belarusian diplomats", "group", "BLR", "GOV")],
                               [_time("t1", "2025-06-11")]))
    save_record(conn, _article("r2", "2025-06-16", [_event("e1", "SANCTION", ["a1"], ["a2"], time="t1")],
                               [poland, _actor("a2", "diplomats", "group", "BLR", "GOV")],
                               [_span("t1", "2025-06-09", "2025-06-15")]))
    save_record(conn, _article("r3", "2025-07-02", [_event("e1", "SANCTION", ["a1"], ["a2"], time="t1")],
                               [poland, _actor("a2", "Belarusian envoys", "group", "BLR", "GOV")],
                               [_span("t1", "2025-06-01", "2025-06-30")]))
    assert _members(conn) == {frozenset({"r1/e1", "r2/e1"}), frozenset({"r3/e1"})}


def test_a_negation_is_no_conflict_in_either_listing(tmp_path: Path) -> None:
    """"The envoy met the minister on Monday" and "the envoy has not met the minister since May": a negation
    disputes no one's claim, for ``query incidents --conflicts`` as for ``query claims``; a denial does."""
    from eventwire.store.incidents import claims

    conn = connect(tmp_path / "s.db")
    people = [_actor("a1", "Rui Costa", country="PRT", sector="GOV"), _actor("a2", "Lena Sorensen", country="DNK", sector="GOV")]
    day = [_time("t1", "2025-06-02")]
    save_record(conn, _article("r1", "2025-06-02", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], people, day))
    save_record(conn, _article("r2", "2025-06-03", [_event("e1", "CONSULT", ["a1"], ["a2"], "negated", time="t1")],
                               people, day))
    (row,) = list_incidents(conn)
    assert row["reports"] == 2 and row["conflict"] == 0 and list_incidents(conn, conflicts_only=True) == []
    assert claims(conn, row["id"])["conflict"] is False
    save_record(conn, _article("r3", "2025-06-03", [_event("e1", "CONSULT", ["a1"], ["a2"], "denied", time="t1")],
                               people, day))
    (row,) = list_incidents(conn, conflicts_only=True)
    assert row["conflict"] == 1 and claims(conn, row["id"])["conflict"] is True


def _place(pid: str, text: str, start: int, country: str) -> dict:
    return {"id": pid, "text": text, "start": start, "end": start + len(text), "name": text.title(), "geonameid": None,
            "country": country, "lat": None, "lon": None, "feature": "P.PPLC"}


def test_a_dateline_is_where_the_report_was_filed_not_where_the_event_was(tmp_path: Path) -> None:
    """"BEIJING - China accused the Philippines on Tuesday ..." and "MANILA - China accused the Philippines on
    Tuesday ...": the datelines differ, the accusation is one; a place in the text itself still counts."""
    conn = connect(tmp_path / "s.db")
    people = [_actor("a1", "China", "country", "CHN"), _actor("a2", "Philippines", "country", "PHL")]
    day = [_time("t1", "2025-06-17")]

    def filed(aid: str, text: str, place: dict) -> None:
        event = {**_event("e1", "ACCUSE", ["a1"], ["a2"], time="t1"), "place": place["id"]}
        record = _article(aid, "2025-06-17", [event], people, day)
        record["article"]["text"] = text
        record["places"] = [place]
        save_record(conn, record)

    filed("r1", "BEIJING - China accused the Philippines on Tuesday of ramming a coast guard ship.",
          _place("p1", "BEIJING", 0, "CN"))
    filed("r2", "MANILA - China accused the Philippines on Tuesday of ramming a coast guard ship.",
          _place("p1", "MANILA", 0, "PH"))
    # the same words with the place in the text: a claim about where it happened, which contradicts
    filed("r3", "China accused the Philippines on Tuesday in Hanoi of ramming a coast guard ship.",
          _place("p1", "Hanoi", 47, "VN"))
    assert _members(conn) == {frozenset({"r1/e1", "r2/e1"}), frozenset({"r3/e1"})}


def test_an_undated_denial_naming_the_parties_by_description_disputes_the_claim(tmp_path: Path) -> None:
    """"Reports said Omar Farouk met Taliban officials in Doha on Saturday" and, on Monday, "Pakistan denied
    that its security adviser had met Taliban representatives": one incident, a conflict. The same undated
    words as a claim (not a denial) still need the names."""
    claim = _article("r1", "2025-06-15", [_event("e1", "CONSULT", ["a1"], ["a2"], "reported", time="t1")],
                     [_actor("a1", "Omar Farouk", country="PAK", sector="GOV"),
                      _actor("a2", "Taliban officials", "group", "AFG", "GOV")], [_time("t1", "2025-06-14")])
    described = [_actor("a1", "security adviser", country="PAK", sector="GOV"),
                 _actor("a2", "Taliban representatives", "group", "AFG", "GOV")]
    found = {}
    for status in ("denied", "asserted"):
        conn = connect(tmp_path / f"{status}.db")
        save_record(conn, claim)
        save_record(conn, _article("r2", "2025-06-16", [_event("e1", "CONSULT", ["a1"], ["a2"], status)], described))
        found[status] = (_members(conn), len(list_incidents(conn, conflicts_only=True)))
    assert found["denied"] == ({frozenset({"r1/e1", "r2/e1"})}, 1)
    assert found["asserted"] == ({frozenset({"r1/e1"}), frozenset({"r2/e1"})}, 0)
