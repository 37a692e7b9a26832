"""Incidents: grouping stored events across articles, incrementally, and claims with conflicts."""
from __future__ import annotations

from pathlib import Path

from eventwire.store import connect, save_record
from eventwire.store.incidents import claims, list_incidents, regroup_all


def _article(aid: str, published: str, events: list[dict], actors: list[dict], times: list[dict] = (),
             outlet: str = "Wire") -> dict:
    return {"schema": "eventwire/1",
            "article": {"id": aid, "title": aid, "url": None, "outlet": outlet, "authors": [], "published": published,
                        "language": "en", "text": "x" * 200},
            "actors": [{"mentions": [], "code": None, **a} for a in actors], "quotes": [], "times": list(times),
            "places": [], "events": events}


def _actor(aid: str, name: str, kind: str = "person", country: str | None = None, sector: str | None = None) -> dict:
    return {"id": aid, "name": name, "kind": kind, "country": country, "sector": sector}


def _event(eid: str, type_: str, source: list[str], target: list[str], status: str = "asserted",
           time: str | None = None, according_to: list[str] = ()) -> dict:
    return {"id": eid, "type": type_, "mode": None, "cameo": None, "source": source, "target": target, "time": time,
            "place": None, "status": status, "according_to": list(according_to), "sentence": {"start": 0, "end": 10},
            "trigger": {"text": "x", "start": 0, "end": 1}, "rule": "test", "confidence": 0.5}


def _time(tid: str, day: str) -> dict:
    return {"id": tid, "text": "x", "start": 0, "end": 1, "value": day, "mod": None, "interval": [day, day],
            "anchor": "published"}


def _members(conn) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for iid, art, ev in conn.execute("SELECT incident_id, article_id, event_id FROM incident_members"):
        groups.setdefault(iid, set()).add(f"{art}/{ev}")
    return {frozenset(g) for g in groups.values()}


def test_same_meeting_from_three_outlets_is_one_incident(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    kim, trump = _actor("a1", "Kim Jong-un", country="PRK", sector="GOV"), _actor("a2", "Donald Trump", country="USA", sector="GOV")
    save_record(conn, _article("r1", "2018-06-12", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], [kim, trump],
                               [_time("t1", "2018-06-12")]))
    # the other side first, a day later, undated: still the same meeting
    save_record(conn, _article("r2", "2018-06-13", [_event("e1", "CONSULT", ["a2"], ["a1"])], [kim, trump]))
    # named differently but the same government: country and sector match
    save_record(conn, _article("r3", "2018-06-12", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")],
                               [_actor("a1", "North Korea", "country", "PRK"), _actor("a2", "Trump", country="USA", sector="GOV")],
                               [_time("t1", "2018-06-12")]))
    assert _members(conn) == {frozenset({"r1/e1", "r2/e1", "r3/e1"})}
    (row,) = list_incidents(conn)
    assert (row["reports"], row["articles"], row["earliest_report"]) == (3, 3, "2018-06-12")


def test_same_actors_weeks_apart_are_two_incidents(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    a, b = _actor("a1", "Olaf Berg", country="DEU", sector="GOV"), _actor("a2", "Ines Roy", country="FRA", sector="GOV")
    save_record(conn, _article("r1", "2024-03-02", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], [a, b],
                               [_time("t1", "2024-03-01")]))
    save_record(conn, _article("r2", "2024-04-20", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], [a, b],
                               [_time("t1", "2024-04-19")]))
    save_record(conn, _article("r3", "2024-03-02", [_event("e1", "ACCUSE", ["a1"], ["a2"])], [a, b]))
    assert len(_members(conn)) == 3


def test_denial_is_a_conflict_and_reingest_keeps_groups(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    putin, kim = _actor("a1", "Vladimir Putin", country="RUS", sector="GOV"), _actor("a2", "Kim Jong-un", country="PRK", sector="GOV")
    kremlin = _actor("a3", "Kremlin", "organization", "RUS", "GOV")
    media = _actor("a3", "Yonhap", "media", "KOR", "MED")
    save_record(conn, _article("r1", "2018-06-04", [_event("e1", "CONSULT", ["a1"], ["a2"], "reported", according_to=["a3"])],
                               [putin, kim, media], outlet="Daily"))
    save_record(conn, _article("r2", "2018-06-05", [_event("e1", "CONSULT", ["a1"], ["a2"], "denied", according_to=["a3"])],
                               [putin, kim, kremlin], outlet="Wire"))
    (row,) = list_incidents(conn)
    assert row["conflict"] == 1
    found = claims(conn, row["id"])
    assert found["conflict"] and found["disputed_by"] == ["Kremlin"] and found["claimed_by"] == ["Yonhap"]
    assert list_incidents(conn, conflicts_only=True)[0]["id"] == row["id"]
    before = _members(conn)
    save_record(conn, _article("r2", "2018-06-05", [_event("e1", "CONSULT", ["a1"], ["a2"], "denied", according_to=["a3"])],
                               [putin, kim, kremlin], outlet="Wire"))
    assert _members(conn) == before
    assert regroup_all(conn) == 1 and _members(conn) == before


def test_removing_an_articles_events_empties_its_incident(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    a, b = _actor("a1", "Olaf Berg", country="DEU", sector="GOV"), _actor("a2", "Ines Roy", country="FRA", sector="GOV")
    save_record(conn, _article("r1", "2024-03-02", [_event("e1", "ACCUSE", ["a1"], ["a2"])], [a, b]))
    save_record(conn, _article("r1", "2024-03-02", [], [a, b]))
    assert conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == 0


def test_name_filter_matches_any_part_of_a_name(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    a, b = _actor("a1", "Nikos Pappas", country="GRC", sector="GOV"), _actor("a2", "Selin Arslan", country="TUR", sector="GOV")
    save_record(conn, _article("r1", "2024-03-04", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")], [a, b],
                               [_time("t1", "2024-03-04")]))
    assert len(list_incidents(conn, name="Pappas")) == 1 and len(list_incidents(conn, name="arslan")) == 1
    assert list_incidents(conn, name="Nobody") == []


def test_government_actors_need_a_shared_name_unless_dated_to_the_day(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    state = _actor("a1", "State Department", "organization", "USA", "GOV")
    envoy = _actor("a1", "Ann Lowe", country="USA", sector="GOV")
    iran = _actor("a2", "Iran", "country", "IRN")
    save_record(conn, _article("r1", "2024-03-04", [_event("e1", "REQUEST", ["a1"], ["a2"])], [state, iran]))
    save_record(conn, _article("r2", "2024-03-05", [_event("e1", "REQUEST", ["a1"], ["a2"])], [envoy, iran]))
    assert len(_members(conn)) == 2


def test_reingest_keeps_incident_ids(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    a = _actor("a1", "Olaf Berg", country="DEU", sector="GOV")
    record = _article("r1", "2024-03-02", [_event("e1", "REJECT", ["a1"], [])], [a])  # undated, no target
    save_record(conn, record)
    first = conn.execute("SELECT incident_id FROM incident_members").fetchall()
    save_record(conn, record)
    assert conn.execute("SELECT incident_id FROM incident_members").fetchall() == first
    assert conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == 1


def test_events_dated_only_by_year_do_not_chain_across_years(tmp_path: Path) -> None:
    """A year-long report overlaps the next year's within the slack; joining them would stretch the incident
    to two years, then three: each year stays its own incident, while two reports of one year still join."""
    conn = connect(tmp_path / "s.db")
    a, b = _actor("a1", "Olaf Berg", country="DEU", sector="GOV"), _actor("a2", "Ines Roy", country="FRA", sector="GOV")

    def year(tid: str, y: int) -> dict:
        return {**_time(tid, str(y)), "interval": [f"{y}-01-01", f"{y}-12-31"]}

    for i, y in enumerate((2011, 2012, 2013, 2012)):
        save_record(conn, _article(f"r{i}", f"{y + 1}-03-01", [_event("e1", "CONSULT", ["a1"], ["a2"], time="t1")],
                                   [a, b], [year("t1", y)]))
    assert _members(conn) == {frozenset({"r0/e1"}), frozenset({"r1/e1", "r3/e1"}), frozenset({"r2/e1"})}
