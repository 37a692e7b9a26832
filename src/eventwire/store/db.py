"""The embedded SQLite store: numbered migrations, WAL, one transaction per article.

Saving an article deletes whatever was stored under its id and writes the new record in the same
transaction, so re-ingesting updates in place and a crash leaves either the old record or the new one.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from .. import settings
from ..ingest.dates import published_day
from ..ingest.outlets import outlet_from_url
from . import incidents

MIGRATIONS = "migrations"


class StoreError(RuntimeError):
    """The database cannot be opened or is not an eventwire store."""


def _migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every migration file, in order: 0001_initial.sql -> (1, 'initial', ...)."""
    found = []
    for item in resources.files("eventwire.store").joinpath(MIGRATIONS).iterdir():
        if item.name.endswith(".sql") and item.name[:4].isdigit():
            found.append((int(item.name[:4]), item.name[5:-4], item.read_text(encoding="utf-8")))
    return sorted(found)


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open (and for writing, create and migrate) a store."""
    path = Path(path)
    try:
        if readonly:
            if not path.exists():
                raise StoreError(f"{path}: no such database")
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {settings.DB_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            _patiently(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            conn.execute("PRAGMA synchronous = NORMAL")
            _patiently(lambda: migrate(conn))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open as an eventwire database ({exc})") from None
    return conn


def _patiently(step):
    """Run ``step``, retrying while another process holds the database: SQLite does not call the busy
    handler for every lock taken while a new database is set up (switching to WAL, the first migration),
    so two processes opening a new store at once can see "database is locked" before the busy timeout."""
    deadline = time.monotonic() + settings.DB_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def schema_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                 " applied_at TEXT NOT NULL)")
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database, each in its own transaction."""
    current = schema_version(conn)
    for number, name, sql in _migrations():
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= number:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            if number in AFTER_MIGRATION:
                AFTER_MIGRATION[number](conn)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, _now()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = number
    return current


def _statements(sql: str) -> Iterator[str]:
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf
            buf = ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_record(conn: sqlite3.Connection, record: dict[str, Any], source: str | None = None) -> bool:
    """Store one eventwire/1 record atomically, replacing an earlier version with the same article id,
    and group its events into incidents in the same transaction.

    Returns True when the article was new, False when it replaced (or equalled) a stored one.
    """
    art = record["article"]
    conn.execute("BEGIN IMMEDIATE")
    try:
        existed = conn.execute("SELECT 1 FROM articles WHERE id = ?", (art["id"],)).fetchone() is not None
        before = incidents.incidents_of_article(conn, art["id"])
        if existed:
            add_actor_totals(conn, actor_contributions(conn, art["id"]), -1)
            add_place_totals(conn, place_contributions(conn, art["id"]), -1)
        conn.execute("DELETE FROM articles WHERE id = ?", (art["id"],))
        _insert_article(conn, record, source)
        _insert_items(conn, record)
        incidents.group_article(conn, art["id"], before)
        add_actor_totals(conn, actor_contributions(conn, art["id"]), +1)
        add_place_totals(conn, place_contributions(conn, art["id"]), +1)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return not existed


def _insert_article(conn: sqlite3.Connection, record: dict[str, Any], source: str | None) -> None:
    art = record["article"]
    day = published_day(art.get("published"))
    conn.execute(
        "INSERT INTO articles (id, title, url, outlet, authors, published, day, language, text, source,"
        " content_hash, record, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (art["id"], art.get("title"), art.get("url"), art.get("outlet") or outlet_from_url(art.get("url")),
         json.dumps(art.get("authors") or []),
         art.get("published"), day.isoformat() if day else None, art.get("language"), art["text"], source,
         content_hash(art["text"]), json.dumps(record, ensure_ascii=False), _now()))


def _insert_items(conn: sqlite3.Connection, record: dict[str, Any]) -> None:
    aid = record["article"]["id"]
    conn.executemany(
        "INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(aid, a["id"], a["name"], a["kind"], a.get("country"), a.get("sector"), a.get("code"), a.get("role"),
          json.dumps(a["mentions"], ensure_ascii=False), len(a["mentions"])) for a in record["actors"]])
    conn.executemany(
        "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(aid, q["id"], q["text"], q["start"], q["end"], q["kind"], q.get("speaker"), q.get("speaker_text"),
          q.get("cue"), json.dumps(q.get("via") or [])) for q in record["quotes"]])
    conn.executemany(
        "INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(aid, t["id"], t["text"], t["start"], t["end"], t.get("value"), t.get("mod"),
          *((t.get("interval") or [None, None])[:2]), t.get("anchor"), t.get("type")) for t in record["times"]])
    conn.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(aid, p["id"], p["text"], p["start"], p["end"], p.get("name"), p.get("geonameid"), p.get("country"),
          p.get("lat"), p.get("lon"), p.get("feature")) for p in record["places"]])
    _insert_events(conn, record)


def _insert_events(conn: sqlite3.Connection, record: dict[str, Any]) -> None:
    aid = record["article"]["id"]
    first_day = {t["id"]: (t.get("interval") or [None])[0] for t in record["times"]}
    art_day = published_day(record["article"].get("published"))
    rows, links = [], []
    for e in record["events"]:
        day = first_day.get(e.get("time")) or (art_day.isoformat() if art_day else None)
        rows.append((aid, e["id"], e["type"], e.get("mode"), e.get("cameo"), json.dumps(e["source"]),
                     json.dumps(e["target"]), e.get("time"), e.get("place"), e["status"],
                     json.dumps(e.get("according_to") or []), e["sentence"]["start"], e["sentence"]["end"],
                     e["trigger"]["text"], e["trigger"]["start"], e["trigger"]["end"], e.get("rule"),
                     e.get("confidence"), day))
        for role in ("source", "target", "according_to"):
            links.extend((aid, e["id"], role, actor) for actor in e.get(role) or [])
    conn.executemany(f"INSERT INTO events VALUES ({','.join('?' * 19)})", rows)
    conn.executemany("INSERT INTO event_actors VALUES (?,?,?,?)", links)


# ---- summary tables (issue 20): kept current here so that listings never regroup the store ----------

ActorKey = tuple[str, str, str, str, str]  # name, kind, country, sector, code ('' for none)


def actor_contributions(conn: sqlite3.Connection, article_id: str | None = None) -> dict[ActorKey, list[int]]:
    """What stored articles (one, or all when ``article_id`` is None) add to ``actor_totals``: per actor
    identity, [articles, mentions, events as source, as target, as reporter, quotes spoken]. Events are
    counted once per identity even when two of an article's actors share it."""
    where, params = ("WHERE article_id = ?", [article_id]) if article_id is not None else ("", [])
    identity: dict[tuple[str, str], ActorKey] = {}
    mentions: dict[tuple[str, ActorKey], int] = {}
    for r in conn.execute(f"SELECT article_id, id, name, kind, country, sector, code, n_mentions FROM actors {where}",
                          params):
        key = (r[2], r[3], r[4] or "", r[5] or "", r[6] or "")
        identity[(r[0], r[1])] = key
        mentions[(r[0], key)] = mentions.get((r[0], key), 0) + r[7]
    roles: dict[tuple[str, ActorKey, str], set[str]] = {}
    for art, event, role, actor in conn.execute(
            f"SELECT article_id, event_id, role, actor_id FROM event_actors {where}", params):
        key = identity.get((art, actor))
        if key is not None:
            roles.setdefault((art, key, role), set()).add(event)
    spoken: dict[tuple[str, ActorKey], int] = {}
    for art, speaker in conn.execute(
            f"SELECT article_id, speaker FROM quotes {where}{' AND' if where else ' WHERE'} speaker IS NOT NULL",
            params):
        key = identity.get((art, speaker))
        if key is not None:
            spoken[(art, key)] = spoken.get((art, key), 0) + 1
    totals: dict[ActorKey, list[int]] = {}
    for (art, key), n in mentions.items():
        row = totals.setdefault(key, [0, 0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += n
        for i, role in enumerate(("source", "target", "according_to"), 2):
            row[i] += len(roles.get((art, key, role), ()))
        row[5] += spoken.get((art, key), 0)
    return totals


def add_actor_totals(conn: sqlite3.Connection, found: dict[ActorKey, list[int]], sign: int) -> None:
    """Add (sign=+1) or take away (sign=-1) contributions; identities left in no article are removed."""
    conn.executemany(
        "INSERT INTO actor_totals VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (name, kind, country, sector, code)"
        " DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions,"
        " as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target,"
        " as_reporter = as_reporter + excluded.as_reporter, quotes = quotes + excluded.quotes",
        [(*key, *(sign * v for v in values)) for key, values in found.items()])
    if sign < 0:
        conn.executemany("DELETE FROM actor_totals WHERE name = ? AND kind = ? AND country = ? AND sector = ?"
                         " AND code = ? AND articles <= 0", list(found))


PlaceKey = tuple[str, str, str, float, float]  # name, country, feature ('' for none), lat, lon rounded to 3


def place_contributions(conn: sqlite3.Connection, article_id: str | None = None) -> dict[PlaceKey, list[int]]:
    """What stored articles (one, or all) add to ``place_totals``: per map point [mentions, articles, events]."""
    where, params = ("AND p.article_id = ?", [article_id]) if article_id is not None else ("", [])
    per_article: dict[tuple[str, PlaceKey], list[int]] = {}
    for art, name, country, feature, lat, lon, events in conn.execute(
            "SELECT p.article_id, p.name, p.country, p.feature, ROUND(p.lat, 3), ROUND(p.lon, 3),"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = p.article_id AND e.place = p.id)"
            f" FROM places p WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL AND p.name IS NOT NULL {where}", params):
        row = per_article.setdefault((art, (name, country or "", feature or "", lat, lon)), [0, 0])
        row[0] += 1
        row[1] += events
    totals: dict[PlaceKey, list[int]] = {}
    for (_, key), (mentions, events) in per_article.items():
        row = totals.setdefault(key, [0, 0, 0])
        row[0] += mentions
        row[1] += 1
        row[2] += events
    return totals


def add_place_totals(conn: sqlite3.Connection, found: dict[PlaceKey, list[int]], sign: int) -> None:
    conn.executemany(
        "INSERT INTO place_totals VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (name, country, feature, lat, lon)"
        " DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles,"
        " events = events + excluded.events", [(*key, *(sign * v for v in values)) for key, values in found.items()])
    if sign < 0:
        conn.executemany("DELETE FROM place_totals WHERE name = ? AND country = ? AND feature = ? AND lat = ?"
                         " AND lon = ? AND articles <= 0", list(found))


def rebuild_actor_totals(conn: sqlite3.Connection) -> int:
    """Recount ``actor_totals`` from the stored actors (after the migration that adds it, or after rows
    were written around ``save_record``). Runs inside the caller's transaction; returns the identities."""
    conn.execute("DELETE FROM actor_totals")
    found = actor_contributions(conn)
    add_actor_totals(conn, found, +1)
    return len(found)


def rebuild_place_totals(conn: sqlite3.Connection) -> int:
    """Recount ``place_totals`` from the stored places; returns the number of map points."""
    conn.execute("DELETE FROM place_totals")
    found = place_contributions(conn)
    add_place_totals(conn, found, +1)
    return len(found)


def rebuild_totals(conn: sqlite3.Connection) -> None:
    """Both summaries kept by ``save_record`` (the incident summary and event names keep themselves)."""
    rebuild_actor_totals(conn)
    rebuild_place_totals(conn)


AFTER_MIGRATION = {5: rebuild_actor_totals, 6: rebuild_place_totals}


def stored_ids(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT id FROM articles")}


def load_record(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    return json.loads(row[0]) if row else None
