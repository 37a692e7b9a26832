"""Aggregates over the store for the web views: event time series, actor pairs (dyads), actor detail,
quotes by relay or outlet, map points. Every value is a parameter; filters reuse ``queries.Filters``."""
from __future__ import annotations

import sqlite3
from typing import Any

from .queries import Filters, _dates, _like, _rows, _Where, event_where, names_of, query_quotes


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


def actor_summary(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """One actor (exact name) across articles: kinds, countries, codes, article/mention/quote/event counts,
    summed over its identities in ``actor_totals``; ``identities`` > 1 warns that one name covers several
    kinds or countries."""
    row = conn.execute(
        "SELECT SUM(articles) AS articles, SUM(mentions) AS mentions, group_concat(DISTINCT kind) AS kinds,"
        " group_concat(DISTINCT NULLIF(country, '')) AS countries,"
        " group_concat(DISTINCT NULLIF(sector, '')) AS sectors, group_concat(DISTINCT NULLIF(code, '')) AS codes,"
        " SUM(quotes) AS quotes, SUM(as_source) AS s, SUM(as_target) AS t, SUM(as_reporter) AS r,"
        " COUNT(*) AS identities FROM actor_totals WHERE name = ?", (name,)).fetchone()
    if not row or not row["articles"]:
        return None
    summary = {k: row[k] for k in ("articles", "mentions", "kinds", "countries", "sectors", "codes", "quotes",
                                   "identities")}
    return {"name": name, **summary, "events": {"source": row["s"], "target": row["t"], "according_to": row["r"]}}


def similar_names(conn: sqlite3.Connection, name: str, limit: int = 8) -> list[dict[str, Any]]:
    """Other stored names that may be the same actor: one holds the other as a run of whole words
    ('Trump', 'Donald Trump'), or they differ only in case, hyphens or spaces ('Kim Jong-Un', 'Kim Jong Un')."""
    folded = _fold(name)
    words = folded.split()
    if len(folded) < 3 or not words:
        return []
    rows = conn.execute(
        "SELECT name, SUM(mentions) AS mentions, SUM(articles) AS articles FROM actor_totals"
        " WHERE name <> ? AND (name LIKE ? ESCAPE '\\' OR ? LIKE '%' || name || '%') GROUP BY name"
        " ORDER BY mentions DESC LIMIT 500", (name, _like(words[-1]), name)).fetchall()
    found = []
    for r in rows:
        other = _fold(r["name"])
        if other == folded or _words_within(other, folded) or _words_within(folded, other):
            found.append({"name": r["name"], "mentions": r["mentions"], "articles": r["articles"]})
    return found[:limit]


def _fold(name: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in name.casefold()).split())


def _words_within(short: str, long: str) -> bool:
    """The words of ``short`` (a name of 3 letters or more) appear in ``long`` as a run of whole words."""
    return len(short) >= 3 and short != long and f" {short} " in f" {long} "


def actor_events(conn: sqlite3.Connection, name: str, role: str, f: Filters) -> list[dict[str, Any]]:
    """Events where the actor (exact name) is the source or the target, with the names on both sides and
    the sentence, newest first; the page is picked before names are joined."""
    if role not in ("source", "target", "according_to"):
        raise ValueError(f"unknown role {role!r}")
    w = event_where(f)
    w.add("(e.article_id, e.id) IN (SELECT n.article_id, n.event_id FROM event_names n"
          " WHERE n.name = ? AND n.role = ?)", name, role)
    order = " ORDER BY e.day DESC, e.article_id, e.trigger_start, e.id"
    sql = ("WITH pick AS (SELECT e.article_id, e.id FROM events e" + w.sql() + order + " LIMIT ? OFFSET ?)"
           " SELECT e.article_id, e.id, e.day, e.type, e.status, e.confidence, e.trigger_text AS trigger, ar.title,"
           f" ar.outlet, ar.url, {names_of('source')} AS source, {names_of('target')} AS target,"
           " substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,"
           " e.trigger_start - e.sentence_start AS trigger_at, e.trigger_end - e.trigger_start AS trigger_len"
           " FROM pick JOIN events e ON e.article_id = pick.article_id AND e.id = pick.id"
           " JOIN articles ar ON ar.id = e.article_id" + order)
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


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
    """Quotes by relay (``via`` actor name), article outlet or exact speaker name: ``queries.query_quotes``."""
    return query_quotes(conn, f, via=via, outlet=outlet, speaker=speaker)


def map_points(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Places with coordinates, one point per (name, country, feature, lat, lon), with mention, article
    and event counts, most mentioned first: read from ``place_totals``, or counted from the place mentions
    when the filter needs them (a name matched against the words as written, a day range)."""
    if f.name or f.since or f.until:
        return _map_points_counted(conn, f)
    w = _Where()
    if f.country:
        w.add("t.country = ?", f.country.upper())
    if f.type:
        w.add("t.feature = ?", f.type.lower())
    sql = ("SELECT t.name, NULLIF(t.country, '') AS country, NULLIF(t.feature, '') AS feature, t.lat, t.lon,"
           " t.mentions, t.articles, t.events FROM place_totals t" + w.sql() +
           " ORDER BY t.mentions DESC, t.name, t.lat, t.lon LIMIT ? OFFSET ?")
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


def _map_points_counted(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = _Where()
    w.add("p.lat IS NOT NULL AND p.lon IS NOT NULL AND p.name IS NOT NULL")
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
           " ORDER BY mentions DESC, p.name, lat, lon LIMIT ? OFFSET ?")
    return _rows(conn, sql, w.params + [int(f.limit), int(f.offset)])


def publication_range(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """The first and last publication day of the stored articles."""
    row = conn.execute("SELECT MIN(day), MAX(day) FROM articles").fetchone()
    return row[0], row[1]


def days_range(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    row = conn.execute("SELECT MIN(day), MAX(day) FROM events").fetchone()
    return row[0], row[1]
