"""The SQLite store on a real database file: migrations, atomic replace, queries, injection strings."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from eventwire.store import Filters, connect, counts, load_record, run_query, save_record, schema_version
from eventwire.store.db import _migrations


def _record(article_id: str = "art1", text: str = "Kim met Trump in Singapore on June 12.", n_events: int = 1) -> dict:
    return {
        "schema": "eventwire/1",
        "article": {"id": article_id, "title": "Summit", "url": None, "outlet": "Wire", "authors": [],
                    "published": "2018-06-13", "language": "en", "text": text},
        "actors": [
            {"id": "a1", "name": "Kim Jong-un", "kind": "person", "country": "PRK", "sector": "GOV", "code": "PRKGOV",
             "mentions": [{"start": 0, "end": 3, "text": "Kim"}]},
            {"id": "a2", "name": "Donald Trump", "kind": "person", "country": "USA", "sector": "GOV", "code": "USAGOV",
             "mentions": [{"start": 8, "end": 13, "text": "Trump"}]},
        ],
        "quotes": [],
        "times": [{"id": "t1", "text": "June 12", "start": 30, "end": 37, "value": "2018-06-12", "mod": None,
                   "interval": ["2018-06-12", "2018-06-12"], "anchor": "published"}],
        "places": [{"id": "p1", "text": "Singapore", "start": 17, "end": 26, "name": "Singapore", "geonameid": 1880252,
                    "country": "SG", "lat": 1.29, "lon": 103.85, "feature": "city"}],
        "events": [{"id": f"e{i + 1}", "type": "CONSULT", "mode": None, "cameo": "040", "source": ["a1"], "target": ["a2"],
                    "time": "t1", "place": "p1", "status": "asserted", "according_to": [],
                    "sentence": {"start": 0, "end": 38}, "trigger": {"text": "met", "start": 4, "end": 7},
                    "rule": "verb:meet", "confidence": 0.8} for i in range(n_events)],
    }


def test_migrations_are_numbered_and_applied_once(tmp_path: Path) -> None:
    numbers = [n for n, _, _ in _migrations()]
    assert numbers == list(range(1, len(numbers) + 1))
    conn = connect(tmp_path / "s.db")
    assert schema_version(conn) == numbers[-1]
    conn.close()
    conn = connect(tmp_path / "s.db")
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(numbers)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_save_is_idempotent_and_replaces_in_place(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    assert save_record(conn, _record(n_events=2)) is True
    assert save_record(conn, _record(n_events=1)) is False
    assert counts(conn) == {"actors": 2, "articles": 1, "quotes": 0, "times": 1, "places": 1, "events": 1}
    assert conn.execute("SELECT COUNT(*) FROM event_actors").fetchone()[0] == 2
    assert load_record(conn, "art1")["events"][0]["rule"] == "verb:meet"


def test_failed_save_leaves_the_old_record(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    save_record(conn, _record())
    broken = _record()
    broken["events"][0]["sentence"] = None  # fails half-way through the insert
    with pytest.raises(TypeError):
        save_record(conn, broken)
    assert counts(conn)["events"] == 1 and load_record(conn, "art1") == _record()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_queries_filter(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    save_record(conn, _record())
    save_record(conn, {**_record("art2", "Other text."), "events": []})
    assert [r["name"] for r in run_query(conn, "actors", Filters(country="prk"))] == ["Kim Jong-un"]
    assert run_query(conn, "actors", Filters(name="trump"))[0]["articles"] == 2
    events = run_query(conn, "events", Filters(name="Kim", type="consult"))
    assert [(e["source"], e["target"], e["time"], e["place"], e["day"]) for e in events] == [
        ("Kim Jong-un", "Donald Trump", "2018-06-12", "Singapore", "2018-06-12")]
    assert run_query(conn, "events", Filters(since="2018-06-13")) == []
    assert run_query(conn, "events", Filters(country="USA", until="2018-06-12"))[0]["id"] == "e1"
    assert run_query(conn, "places", Filters(country="SG"))[0]["geonameid"] == 1880252


@pytest.mark.parametrize("evil", ["' OR 1=1 --", "%", "_", "\"; DROP TABLE articles; --", "\\"])
def test_filters_are_parameters_not_sql(tmp_path: Path, evil: str) -> None:
    conn = connect(tmp_path / "s.db")
    save_record(conn, _record())
    for table in ("actors", "articles", "quotes", "times", "places", "events"):
        assert run_query(conn, table, Filters(name=evil, text=evil, country=evil, type=evil, article=evil)) == []
    assert counts(conn)["articles"] == 1


def test_readonly_connection_cannot_write(tmp_path: Path) -> None:
    save_record(connect(tmp_path / "s.db"), _record())
    ro = connect(tmp_path / "s.db", readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM articles")
    assert json.loads(ro.execute("SELECT authors FROM articles").fetchone()[0]) == []
