"""Aggregates over the store for the web views: event time series, actor pairs (dyads), actor detail,
quotes by relay or outlet, map points. Every value is a parameter; filters reuse ``queries.Filters``."""
from __future__ import annotations

import sqlite3
from typing import Any

from .queries import QUOTE_FROM, Filters, _dates, _like, _rows, _Where, event_where, quote_where

def count_events(conn: sqlite3.Connection, f: Filters) -> int:
    w = event_where(f)
    return conn.execute("SELECT COUNT(*) FROM events e" + w.sql(), w.params).fetchone()[0]


def timeseries(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Event counts per (day, PLOVER type), days in order; events without a day are left out."""
    w = event_where(f)
    w.add("e.day IS NOT NULL")
    sql = ("SELECT e.day, e.type, COUNT(*) AS events FROM events e" + w.sql() +
           " GROUP BY e.day, e.type ORDER BY e.day, e.type")
    return _rows(conn, sql, w.params)


def type_counts(conn: sqlite3.Connection, f: Filters, column: str = "type") -> list[dict[str, Any]]:
    """Event counts per PLOVER type (column='type') or per status (column='status')."""
    if column not in ("type", "status"):
        raise ValueError(f"cannot count events by {column!r}")
    w = event_where(f)
    sql = (f"SELECT e.{column} AS {column}, COUNT(*) AS events FROM events e" + w.sql() +
           f" GROUP BY e.{column} ORDER BY events DESC, e.{column}")
    return _rows(conn, sql, w.params)


def dyads(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Source -> target actor-name pairs with their event counts, most frequent first."""
    w = event_where(f)
    sql = ("SELECT s.name AS source, t.name AS target, COUNT(*) AS events,"
           " group_concat(DISTINCT e.type) AS types"
           " FROM events e"
           " JOIN event_actors ls ON ls.article_id = e.article_id AND ls.event_id = e.id AND ls.role = 'source'"
           " JOIN event_actors lt ON lt.article_id = e.article_id AND lt.event_id = e.id AND lt.role = 'target'"
           " JOIN actors s ON s.article_id = ls.article_id AND s.id = ls.actor_id"
           " JOIN actors t ON t.article_id = lt.article_id AND t.id = lt.actor_id" + w.sql() +
           " GROUP BY s.name, t.name ORDER BY events DESC, s.name, t.name LIMIT ? OFFSET ?")
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


def actor_event_counts(conn: sqlite3.Connection, names: list[str]) -> dict[str, dict[str, int]]:
    """For each actor name: how many events it is the source, target or reporter of."""
    if not names:
        return {}
    marks = ",".join("?" * len(names))
    sql = ("SELECT a.name, l.role, COUNT(DISTINCT l.article_id || '/' || l.event_id) AS n FROM event_actors l"
           " JOIN actors a ON a.article_id = l.article_id AND a.id = l.actor_id"
           f" WHERE a.name IN ({marks}) GROUP BY a.name, l.role")
    found: dict[str, dict[str, int]] = {n: {"source": 0, "target": 0, "according_to": 0} for n in names}
    for row in conn.execute(sql, names):
        found[row["name"]][row["role"]] = row["n"]
    return found


def actor_summary(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """One actor (exact name) across articles: kinds, countries, codes, article/mention/quote counts."""
    row = conn.execute(
        "SELECT COUNT(DISTINCT article_id) AS articles, SUM(n_mentions) AS mentions,"
        " group_concat(DISTINCT kind) AS kinds, group_concat(DISTINCT country) AS countries,"
        " group_concat(DISTINCT sector) AS sectors, group_concat(DISTINCT code) AS codes"
        " FROM actors WHERE name = ?", (name,)).fetchone()
    if not row or not row["articles"]:
        return None
    summary = {"name": name, **dict(row)}
    summary["events"] = actor_event_counts(conn, [name])[name]
    summary["quotes"] = conn.execute(
        "SELECT COUNT(*) FROM quotes q JOIN actors a ON a.article_id = q.article_id AND a.id = q.speaker"
        " WHERE a.name = ?", (name,)).fetchone()[0]
    return summary


def actor_events(conn: sqlite3.Connection, name: str, role: str, f: Filters) -> list[dict[str, Any]]:
    """Events where the actor (exact name) is the source or the target, with the names on both sides."""
    if role not in ("source", "target", "according_to"):
        raise ValueError(f"unknown role {role!r}")
    w = event_where(f)
    w.add("EXISTS (SELECT 1 FROM event_actors l JOIN actors a ON a.article_id = l.article_id AND a.id = l.actor_id"
          " WHERE l.article_id = e.article_id AND l.event_id = e.id AND l.role = ? AND a.name = ?)", role, name)
    sql = ("SELECT e.article_id, e.id, e.day, e.type, e.status, e.trigger_text AS trigger, ar.title,"
           f" {_names('source')} AS source, {_names('target')} AS target"
           " FROM events e JOIN articles ar ON ar.id = e.article_id" + w.sql() +
           " ORDER BY e.day DESC, e.article_id, e.trigger_start LIMIT ? OFFSET ?")
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


def _names(role: str) -> str:
    return ("(SELECT group_concat(a.name, '; ') FROM event_actors l JOIN actors a ON a.article_id = l.article_id"
            " AND a.id = l.actor_id WHERE l.article_id = e.article_id AND l.event_id = e.id"
            f" AND l.role = '{role}')")


def actor_network(conn: sqlite3.Connection, name: str, limit: int = 25) -> list[dict[str, Any]]:
    """Who the actor acts on (direction 'out') and who acts on it ('in'), with event counts."""
    sql = ("SELECT CASE WHEN s.name = ? THEN 'out' ELSE 'in' END AS direction,"
           " CASE WHEN s.name = ? THEN t.name ELSE s.name END AS other, COUNT(*) AS events,"
           " group_concat(DISTINCT e.type) AS types"
           " FROM events e"
           " JOIN event_actors ls ON ls.article_id = e.article_id AND ls.event_id = e.id AND ls.role = 'source'"
           " JOIN event_actors lt ON lt.article_id = e.article_id AND lt.event_id = e.id AND lt.role = 'target'"
           " JOIN actors s ON s.article_id = ls.article_id AND s.id = ls.actor_id"
           " JOIN actors t ON t.article_id = lt.article_id AND t.id = lt.actor_id"
           " WHERE (s.name = ? OR t.name = ?) AND s.name <> t.name"
           " GROUP BY direction, other ORDER BY events DESC, other LIMIT ?")
    return _rows(conn, sql, [name, name, name, name, int(limit)])


def quotes(conn: sqlite3.Connection, f: Filters, via: str | None = None, outlet: str | None = None,
           speaker: str | None = None) -> list[dict[str, Any]]:
    """Quotes like ``queries.query_quotes``, also by relay (``via`` actor name), article outlet or exact
    speaker name, with the outlet and offsets."""
    w = quote_where(f, via, outlet, speaker)
    sql = ("SELECT q.article_id, q.id, ar.day, ar.outlet, sp.name AS speaker, q.kind, q.cue, q.text, q.start, q.end,"
           + QUOTE_FROM + w.sql() + " ORDER BY ar.day DESC, q.article_id, q.start LIMIT ? OFFSET ?")
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


def map_points(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Places with coordinates, one point per (name, lat, lon), with mention, article and event counts."""
    w = _Where()
    w.add("p.lat IS NOT NULL AND p.lon IS NOT NULL")
    if f.country:
        w.add("p.country = ?", f.country.upper())
    if f.type:
        w.add("p.feature = ?", f.type.lower())
    if f.name:
        w.add("(p.name LIKE ? ESCAPE '\\' OR p.text LIKE ? ESCAPE '\\')", _like(f.name), _like(f.name))
    _dates(w, "ar.day", f)
    sql = ("SELECT p.name, p.country, p.feature, ROUND(p.lat, 3) AS lat, ROUND(p.lon, 3) AS lon,"
           " COUNT(*) AS mentions, COUNT(DISTINCT p.article_id) AS articles,"
           " SUM((SELECT COUNT(*) FROM events e WHERE e.article_id = p.article_id AND e.place = p.id)) AS events"
           " FROM places p JOIN articles ar ON ar.id = p.article_id" + w.sql() +
           " GROUP BY p.name, p.country, p.feature, ROUND(p.lat, 3), ROUND(p.lon, 3)"
           " ORDER BY mentions DESC, p.name LIMIT ? OFFSET ?")
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


def days_range(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    row = conn.execute("SELECT MIN(day), MAX(day) FROM events").fetchone()
    return row[0], row[1]
