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


# ---- summary tables (issue 20): kept current at ingest, equal to a recount ----------------------------

def _totals(conn: sqlite3.Connection) -> dict[tuple, tuple]:
    return {tuple(r[:5]): tuple(r[5:]) for r in conn.execute("SELECT * FROM actor_totals")}


def _recount(conn: sqlite3.Connection) -> dict[tuple, tuple]:
    """actor_totals counted from scratch by a plain grouped query (independent of db.py's arithmetic)."""
    rows = conn.execute(
        "SELECT a.name, a.kind, COALESCE(a.country, ''), COALESCE(a.sector, ''), COALESCE(a.code, ''),"
        " COUNT(DISTINCT a.article_id), SUM(a.n_mentions),"
        " (SELECT COUNT(DISTINCT l.article_id || '/' || l.event_id) FROM event_actors l JOIN actors b"
        "   ON b.article_id = l.article_id AND b.id = l.actor_id WHERE l.role = 'source' AND b.name = a.name"
        "   AND b.kind = a.kind AND COALESCE(b.country, '') = COALESCE(a.country, '')"
        "   AND COALESCE(b.sector, '') = COALESCE(a.sector, '') AND COALESCE(b.code, '') = COALESCE(a.code, '')),"
        " (SELECT COUNT(DISTINCT l.article_id || '/' || l.event_id) FROM event_actors l JOIN actors b"
        "   ON b.article_id = l.article_id AND b.id = l.actor_id WHERE l.role = 'target' AND b.name = a.name"
        "   AND b.kind = a.kind AND COALESCE(b.country, '') = COALESCE(a.country, '')"
        "   AND COALESCE(b.sector, '') = COALESCE(a.sector, '') AND COALESCE(b.code, '') = COALESCE(a.code, '')),"
        " (SELECT COUNT(DISTINCT l.article_id || '/' || l.event_id) FROM event_actors l JOIN actors b"
        "   ON b.article_id = l.article_id AND b.id = l.actor_id WHERE l.role = 'according_to' AND b.name = a.name"
        "   AND b.kind = a.kind AND COALESCE(b.country, '') = COALESCE(a.country, '')"
        "   AND COALESCE(b.sector, '') = COALESCE(a.sector, '') AND COALESCE(b.code, '') = COALESCE(a.code, '')),"
        " (SELECT COUNT(*) FROM quotes q JOIN actors b ON b.article_id = q.article_id AND b.id = q.speaker"
        "   WHERE b.name = a.name AND b.kind = a.kind AND COALESCE(b.country, '') = COALESCE(a.country, ''))"
        " FROM actors a GROUP BY 1, 2, 3, 4, 5").fetchall()
    return {tuple(r[:5]): tuple(r[5:]) for r in rows}


def _summary_record(article_id: str, source: str, target: str, status: str, outlet: str | None,
                    url: str | None = None, speaker_quote: bool = False) -> dict:
    rec = _record(article_id)
    rec["article"].update(outlet=outlet, url=url)
    rec["actors"][0]["name"], rec["actors"][1]["name"] = source, target
    rec["events"][0]["status"] = status
    if speaker_quote:
        rec["quotes"] = [{"id": "q1", "text": "Kim", "start": 0, "end": 3, "kind": "direct", "speaker": "a2",
                          "speaker_text": "Trump", "cue": "said", "via": []}]
    return rec


def test_actor_totals_follow_saves_and_replacements(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    save_record(conn, _summary_record("one", "Ann", "Bob", "asserted", "Wire", speaker_quote=True))
    save_record(conn, _summary_record("two", "Ann", "Cyd", "reported", "Post"))
    assert _totals(conn) == _recount(conn)
    ann = [v for k, v in _totals(conn).items() if k[0] == "Ann"]
    assert ann == [(2, 2, 2, 0, 0, 0)]  # 2 articles, 2 mentions, source of 2 events
    save_record(conn, _summary_record("two", "Dee", "Cyd", "reported", "Post"))  # replaced: Ann leaves "two"
    assert _totals(conn) == _recount(conn)
    assert [v for k, v in _totals(conn).items() if k[0] == "Ann"] == [(1, 1, 1, 0, 0, 0)]
    save_record(conn, _summary_record("one", "Eve", "Bob", "asserted", "Wire"))  # Ann is in no article now
    assert not [k for k in _totals(conn) if k[0] == "Ann"]
    assert _totals(conn) == _recount(conn)
    conn.execute("DELETE FROM actor_totals")
    from eventwire.store.db import rebuild_actor_totals
    rebuild_actor_totals(conn)
    assert _totals(conn) == _recount(conn)


def test_incident_summary_matches_the_claims(tmp_path: Path) -> None:
    from eventwire.store.incidents import claims, regroup_all

    conn = connect(tmp_path / "s.db")
    save_record(conn, _summary_record("a", "Kim Jong-un", "Donald Trump", "asserted", "Wire"))
    save_record(conn, _summary_record("b", "Kim Jong-un", "Donald Trump", "denied", None,
                                      url="https://www.example-news.org/2018/06/x.html"))
    save_record(conn, _summary_record("c", "Kim Jong-un", "Donald Trump", "reported", "Post"))

    def check() -> None:
        summary = {r[0]: r for r in conn.execute("SELECT incident_id, conflict, outlets FROM incident_summary")}
        ids = [r[0] for r in conn.execute("SELECT id FROM incidents")]
        assert sorted(summary) == sorted(ids) and ids
        for i in ids:
            assert bool(summary[i][1]) == claims(conn, i)["conflict"]

    check()
    (conflict, outlets), = conn.execute("SELECT conflict, outlets FROM incident_summary").fetchall()
    assert conflict == 1 and outlets == "Post, Wire, example-news.org"  # b names no outlet: its URL's domain
    save_record(conn, _summary_record("b", "Kim Jong-un", "Donald Trump", "asserted", "Wire"))  # denial withdrawn
    check()
    assert conn.execute("SELECT conflict FROM incident_summary").fetchone()[0] == 0
    regroup_all(conn)
    check()


def test_outlet_from_the_url_when_the_input_names_none() -> None:
    from eventwire.ingest.jsonl import article_from_item
    from eventwire.ingest.outlets import outlet_from_url

    assert outlet_from_url("https://www.voanews.com/a/some-story/8011117.html") == "voanews.com"
    assert outlet_from_url("http://news.bbc.co.uk/2/hi/europe/1.stm") == "bbc.co.uk"
    assert outlet_from_url("HTTPS://Edition.CNN.com/2024/01/01/x") == "cnn.com"
    assert outlet_from_url("javascript:alert(1)") is None and outlet_from_url(None) is None
    assert outlet_from_url("not a url at all") is None
    named = article_from_item({"text": "x", "url": "https://www.reuters.com/a", "outlet": "Reuters"}, "t:1")
    unnamed = article_from_item({"text": "x", "url": "https://www.reuters.com/a"}, "t:2")
    bare = article_from_item({"text": "x"}, "t:3")
    assert (named.outlet, unnamed.outlet, bare.outlet) == ("Reuters", "reuters.com", None)


def test_query_command_sorts_and_lists_incidents(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    db = tmp_path / "s.db"
    conn = connect(db)
    save_record(conn, _summary_record("a", "Ann", "Bob", "asserted", "Wire"))
    later = _summary_record("b", "Ann", "Bob", "denied", "Post")
    later["article"]["published"] = "2018-07-01"
    later["times"][0].update(value="2018-06-30", interval=["2018-06-30", "2018-06-30"])
    save_record(conn, later)
    conn.close()
    run = CliRunner().invoke
    newest = json.loads(run(main, ["query", "events", "--db", str(db), "--format", "json"]).output)
    oldest = json.loads(run(main, ["query", "events", "--db", str(db), "--format", "json", "--sort", "oldest"]).output)
    assert [e["article_id"] for e in newest] == ["b", "a"] and [e["article_id"] for e in oldest] == ["a", "b"]
    assert run(main, ["query", "events", "--db", str(db), "--sort", "colour"]).exit_code == 2
    incidents = json.loads(run(main, ["query", "incidents", "--db", str(db), "--format", "json"]).output)
    assert incidents and {"outlets", "conflict", "reports"} <= set(incidents[0])


def test_actors_from_the_summary_equal_actors_counted_over_a_day_range(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    save_record(conn, _summary_record("one", "Ann", "Bob", "asserted", "Wire", speaker_quote=True))
    save_record(conn, _summary_record("two", "Ann", "Cyd", "reported", "Post"))
    for sort in ("mentions", "articles", "events", "name"):
        summary = run_query(conn, "actors", Filters(limit=100, sort=sort))
        counted = run_query(conn, "actors", Filters(limit=100, sort=sort, since="1900-01-01"))
        assert summary == counted and len(summary) == 3
    assert run_query(conn, "actors", Filters(since="2019-01-01")) == []


def test_place_totals_equal_places_counted_over_a_day_range(tmp_path: Path) -> None:
    from eventwire.store.analytics import map_points
    from eventwire.store.db import rebuild_totals

    conn = connect(tmp_path / "s.db")
    save_record(conn, _summary_record("one", "Ann", "Bob", "asserted", "Wire"))
    two = _summary_record("two", "Ann", "Cyd", "reported", "Post")
    two["places"].append({"id": "p2", "text": "Paris", "start": 0, "end": 3, "name": "Paris", "geonameid": 2988507,
                          "country": "FR", "lat": 48.85341, "lon": 2.3488, "feature": "city"})
    save_record(conn, two)
    summary = map_points(conn, Filters(limit=100))
    assert summary == map_points(conn, Filters(limit=100, since="1900-01-01"))
    assert [(p["name"], p["mentions"], p["articles"], p["events"]) for p in summary] == [
        ("Singapore", 2, 2, 2), ("Paris", 1, 1, 0)]
    save_record(conn, _summary_record("two", "Ann", "Cyd", "reported", "Post"))  # Paris gone with the new version
    assert [p["name"] for p in map_points(conn, Filters(limit=100))] == ["Singapore"]
    assert map_points(conn, Filters(limit=100)) == map_points(conn, Filters(limit=100, since="1900-01-01"))
    before = map_points(conn, Filters(limit=100))
    conn.execute("DELETE FROM place_totals")
    rebuild_totals(conn)
    assert map_points(conn, Filters(limit=100)) == before
    assert map_points(conn, Filters(country="fr")) == [] and len(map_points(conn, Filters(country="sg"))) == 1
