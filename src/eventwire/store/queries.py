"""Read-side queries over the store, shared by the CLI and the HTTP API. Every value is a parameter."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

TABLES = ("actors", "articles", "quotes", "times", "places", "events")


@dataclass
class Filters:
    """What the user asked for; empty fields do not filter."""

    name: str | None = None        # actor name (substring, any case); for events: source or target
    country: str | None = None     # ISO alpha-3 for actors/events/quotes, alpha-2 for places
    type: str | None = None        # actor kind, PLOVER type, quote kind, TIMEX3 type or place feature
    status: str | None = None      # event status
    since: str | None = None       # YYYY-MM-DD, inclusive
    until: str | None = None       # YYYY-MM-DD, inclusive
    article: str | None = None     # article id
    text: str | None = None        # substring of titles, quote text, event triggers
    limit: int = 50
    offset: int = 0


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _dates(where: _Where, column: str, f: Filters) -> None:
    if f.since:
        where.add(f"{column} >= ?", f.since)
    if f.until:
        where.add(f"{column} <= ?", f.until)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(sql, params)]


def _page(f: Filters) -> tuple[str, list[Any]]:
    return " LIMIT ? OFFSET ?", [int(f.limit), int(f.offset)]


def query_actors(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Actors across articles, one row per (name, kind, country, sector), with article and mention counts."""
    w = _Where()
    if f.name:
        w.add("ac.name LIKE ? ESCAPE '\\'", _like(f.name))
    if f.country:
        w.add("ac.country = ?", f.country.upper())
    if f.type:
        w.add("ac.kind = ?", f.type.lower())
    if f.article:
        w.add("ac.article_id = ?", f.article)
    _dates(w, "ar.day", f)
    page, extra = _page(f)
    sql = ("SELECT ac.name, ac.kind, ac.country, ac.sector, ac.code, COUNT(DISTINCT ac.article_id) AS articles,"
           " SUM(ac.n_mentions) AS mentions FROM actors ac JOIN articles ar ON ar.id = ac.article_id" + w.sql() +
           " GROUP BY ac.name, ac.kind, ac.country, ac.sector, ac.code ORDER BY mentions DESC, ac.name" + page)
    return _rows(conn, sql, w.params + extra)


def query_articles(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = _Where()
    if f.text:
        w.add("(ar.title LIKE ? ESCAPE '\\' OR ar.text LIKE ? ESCAPE '\\')", _like(f.text), _like(f.text))
    if f.article:
        w.add("ar.id = ?", f.article)
    if f.name:
        w.add("EXISTS (SELECT 1 FROM actors ac WHERE ac.article_id = ar.id AND ac.name LIKE ? ESCAPE '\\')",
              _like(f.name))
    _dates(w, "ar.day", f)
    page, extra = _page(f)
    sql = ("SELECT ar.id, ar.day, ar.title, ar.outlet, ar.url,"
           " (SELECT COUNT(*) FROM actors x WHERE x.article_id = ar.id) AS actors,"
           " (SELECT COUNT(*) FROM quotes x WHERE x.article_id = ar.id) AS quotes,"
           " (SELECT COUNT(*) FROM events x WHERE x.article_id = ar.id) AS events"
           " FROM articles ar" + w.sql() + " ORDER BY ar.day DESC, ar.id" + page)
    return _rows(conn, sql, w.params + extra)


def quote_where(f: Filters, via: str | None = None, outlet: str | None = None,
                speaker: str | None = None) -> _Where:
    """The conditions that pick quotes by speaker (substring, or exact ``speaker``), speaker country, kind,
    quoted text, article, relay (``via`` actor name), article outlet and day."""
    w = _Where()
    if speaker:
        w.add("sp.name = ?", speaker)
    if f.name:
        w.add("sp.name LIKE ? ESCAPE '\\'", _like(f.name))
    if f.country:
        w.add("sp.country = ?", f.country.upper())
    if f.type:
        w.add("q.kind = ?", f.type.lower())
    if f.text:
        w.add("q.text LIKE ? ESCAPE '\\'", _like(f.text))
    if f.article:
        w.add("q.article_id = ?", f.article)
    if via:
        w.add("EXISTS (SELECT 1 FROM json_each(q.via) j JOIN actors v ON v.article_id = q.article_id"
              " AND v.id = j.value WHERE v.name LIKE ? ESCAPE '\\')", _like(via))
    if outlet:
        w.add("ar.outlet LIKE ? ESCAPE '\\'", _like(outlet))
    _dates(w, "ar.day", f)
    return w


QUOTE_FROM = (" (SELECT group_concat(v.name, ' > ') FROM json_each(q.via) j JOIN actors v"
              "  ON v.article_id = q.article_id AND v.id = j.value) AS via"
              " FROM quotes q JOIN articles ar ON ar.id = q.article_id"
              " LEFT JOIN actors sp ON sp.article_id = q.article_id AND sp.id = q.speaker")


def query_quotes(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = quote_where(f)
    page, extra = _page(f)
    sql = ("SELECT q.article_id, q.id, ar.day, sp.name AS speaker, q.kind, q.cue, q.text," + QUOTE_FROM + w.sql() +
           " ORDER BY ar.day DESC, q.article_id, q.start" + page)
    return _rows(conn, sql, w.params + extra)


def query_times(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = _Where()
    if f.type:
        w.add("t.type = ?", f.type.upper())
    if f.text:
        w.add("t.text LIKE ? ESCAPE '\\'", _like(f.text))
    if f.article:
        w.add("t.article_id = ?", f.article)
    _dates(w, "t.first_day", f)
    page, extra = _page(f)
    sql = ("SELECT t.article_id, t.id, t.text, t.value, t.mod, t.first_day, t.last_day, t.anchor, t.type"
           " FROM times t" + w.sql() + " ORDER BY t.first_day, t.article_id, t.start" + page)
    return _rows(conn, sql, w.params + extra)


def query_places(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = _Where()
    if f.name:
        w.add("(p.name LIKE ? ESCAPE '\\' OR p.text LIKE ? ESCAPE '\\')", _like(f.name), _like(f.name))
    if f.country:
        w.add("p.country = ?", f.country.upper())
    if f.type:
        w.add("p.feature = ?", f.type.lower())
    if f.article:
        w.add("p.article_id = ?", f.article)
    _dates(w, "ar.day", f)
    page, extra = _page(f)
    sql = ("SELECT p.name, p.geonameid, p.country, p.feature, p.lat, p.lon, COUNT(*) AS mentions,"
           " COUNT(DISTINCT p.article_id) AS articles FROM places p JOIN articles ar ON ar.id = p.article_id" +
           w.sql() + " GROUP BY p.name, p.geonameid, p.country, p.feature, p.lat, p.lon"
           " ORDER BY mentions DESC, p.name" + page)
    return _rows(conn, sql, w.params + extra)


def _names(role: str) -> str:
    return (f"(SELECT group_concat(a.name, '; ') FROM event_actors l JOIN actors a ON a.article_id = l.article_id"
            f" AND a.id = l.actor_id WHERE l.article_id = e.article_id AND l.event_id = e.id AND l.role = '{role}')")


def event_where(f: Filters) -> _Where:
    """The conditions that pick events by actor name or country (as source or target), type, status,
    trigger text, article and day; shared by the event list and the aggregates over the same events."""
    w = _Where()
    if f.name or f.country:
        sub = ("EXISTS (SELECT 1 FROM event_actors l JOIN actors a ON a.article_id = l.article_id AND a.id = l.actor_id"
               " WHERE l.article_id = e.article_id AND l.event_id = e.id AND l.role IN ('source', 'target')")
        params: list[Any] = []
        if f.name:
            sub += " AND a.name LIKE ? ESCAPE '\\'"
            params.append(_like(f.name))
        if f.country:
            sub += " AND a.country = ?"
            params.append(f.country.upper())
        w.add(sub + ")", *params)
    if f.type:
        w.add("e.type = ?", f.type.upper())
    if f.status:
        w.add("e.status = ?", f.status.lower())
    if f.text:
        w.add("e.trigger_text LIKE ? ESCAPE '\\'", _like(f.text))
    if f.article:
        w.add("e.article_id = ?", f.article)
    _dates(w, "e.day", f)
    return w


def query_events(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = event_where(f)
    page, extra = _page(f)
    sql = ("SELECT e.article_id, e.id, e.day, e.type, e.cameo, " + _names("source") + " AS source, " +
           _names("target") + " AS target, e.status, " + _names("according_to") + " AS according_to,"
           " e.trigger_text AS trigger, t.value AS time, p.name AS place, e.rule, e.confidence,"
           " (SELECT m.incident_id FROM incident_members m WHERE m.article_id = e.article_id AND m.event_id = e.id)"
           " AS incident"
           " FROM events e LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time"
           " LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place" + w.sql() +
           " ORDER BY e.day, e.article_id, e.trigger_start" + page)
    return _rows(conn, sql, w.params + extra)


QUERIES = {
    "actors": query_actors, "articles": query_articles, "quotes": query_quotes,
    "times": query_times, "places": query_places, "events": query_events,
}


def run_query(conn: sqlite3.Connection, table: str, f: Filters) -> list[dict[str, Any]]:
    if table not in QUERIES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return QUERIES[table](conn, f)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
