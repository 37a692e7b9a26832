"""Read-side queries over the store, shared by the CLI and the HTTP API. Every value is a parameter."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..ingest.outlets import outlet_from_url
from ..names import name_key

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
    sort: str | None = None        # a key of the list's SORTS (each list has its default)
    place: str | None = None       # events: at this place (exact resolved name)
    source: str | None = None      # events: this actor (exact name) among the sources
    target: str | None = None      # events: this actor (exact name) among the targets


def order_by(sorts: dict[str, str], f: Filters) -> str:
    """The ORDER BY of a list for ``f.sort`` (its first sort when none); an unknown sort is an error."""
    key = f.sort or next(iter(sorts))
    if key not in sorts:
        raise ValueError(f"unknown sort {key!r}; choose one of {', '.join(sorts)}")
    return " ORDER BY " + sorts[key]


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


# every sort ends on the whole actor key, so rows that tie (two actors of one name, kind or country apart) come in
# the same order from any store of the same records
_TOTALS_ORDER = "t.name, t.kind, t.country, t.sector, t.code"
ACTOR_SORTS = {"mentions": f"t.mentions DESC, {_TOTALS_ORDER}", "articles": f"t.articles DESC, {_TOTALS_ORDER}",
               "events": f"t.as_source + t.as_target DESC, {_TOTALS_ORDER}", "name": _TOTALS_ORDER}
ACTOR_COLUMNS = ("t.name, t.kind, NULLIF(t.country, '') AS country, NULLIF(t.sector, '') AS sector,"
                 " NULLIF(t.code, '') AS code, t.articles, t.mentions, t.as_source, t.as_target, t.as_reporter,"
                 " t.quotes")


def actor_where(f: Filters, alias: str = "t") -> _Where:
    """Conditions on actor rows under ``alias`` (``actor_totals t``, one row per actor identity, or ``actors
    ac``): name substring, country, kind."""
    w = _Where()
    if f.name:
        w.add(f"{alias}.name LIKE ? ESCAPE '\\'", _like(f.name))
    if f.country:
        w.add(f"{alias}.country = ?", f.country.upper())
    if f.type:
        w.add(f"{alias}.kind = ?", f.type.lower())
    return w


def query_actors(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Actors across articles, one row per (name, kind, country, sector), with article, mention, event and
    quote counts: read from the ``actor_totals`` summary, or counted from the articles of a day range or
    of one article when those filters are given."""
    if f.since or f.until or f.article:
        return _query_actors_counted(conn, f)
    w = actor_where(f)
    page, extra = _page(f)
    sql = f"SELECT {ACTOR_COLUMNS} FROM actor_totals t" + w.sql() + order_by(ACTOR_SORTS, f) + page
    return _rows(conn, sql, w.params + extra)


def count_actors(conn: sqlite3.Connection, f: Filters) -> int | None:
    """How many rows ``query_actors`` has in all (None when the filters need a count over articles)."""
    if f.since or f.until or f.article:
        return None
    w = actor_where(f)
    return conn.execute("SELECT COUNT(*) FROM actor_totals t" + w.sql(), w.params).fetchone()[0]


# the same orders over the columns counted by _query_actors_counted
_GROUP_ORDER = "ac.name, ac.kind, ac.country, ac.sector, ac.code"
_COUNTED_SORTS = {"mentions": f"mentions DESC, {_GROUP_ORDER}", "articles": f"articles DESC, {_GROUP_ORDER}",
                  "events": f"as_source + as_target DESC, {_GROUP_ORDER}", "name": _GROUP_ORDER}


def _query_actors_counted(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    w = actor_where(f, "ac")
    if f.article:
        w.add("ac.article_id = ?", f.article)
    _dates(w, "ar.day", f)
    page, extra = _page(f)
    role = ("(SELECT COUNT(DISTINCT l.event_id) FROM event_actors l WHERE l.article_id = ac.article_id"
            " AND l.actor_id = ac.id AND l.role = '{}')")
    sql = ("SELECT ac.name, ac.kind, ac.country, ac.sector, ac.code, COUNT(DISTINCT ac.article_id) AS articles,"
           f" SUM(ac.n_mentions) AS mentions, SUM({role.format('source')}) AS as_source,"
           f" SUM({role.format('target')}) AS as_target, SUM({role.format('according_to')}) AS as_reporter,"
           " SUM((SELECT COUNT(*) FROM quotes q WHERE q.article_id = ac.article_id AND q.speaker = ac.id)) AS quotes"
           " FROM actors ac JOIN articles ar ON ar.id = ac.article_id" + w.sql() +
           " GROUP BY ac.name, ac.kind, ac.country, ac.sector, ac.code" + order_by(_COUNTED_SORTS, f) + page)
    return _rows(conn, sql, w.params + extra)


ARTICLE_SORTS = {"day": "ar.day DESC, ar.id", "oldest": "ar.day, ar.id", "title": "ar.title, ar.id"}


def article_where(f: Filters) -> _Where:
    w = _Where()
    if f.text:
        w.add("(ar.title LIKE ? ESCAPE '\\' OR ar.text LIKE ? ESCAPE '\\')", _like(f.text), _like(f.text))
    if f.article:
        w.add("ar.id = ?", f.article)
    if f.name:
        w.add("ar.id IN (SELECT ac.article_id FROM actors ac WHERE ac.name IN"
              " (SELECT t.name FROM actor_totals t WHERE t.name LIKE ? ESCAPE '\\'))", _like(f.name))
    _dates(w, "ar.day", f)
    return w


def query_articles(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Articles (newest first by default) with their item counts; the page is picked before counting."""
    w = article_where(f)
    page, extra = _page(f)
    order = order_by(ARTICLE_SORTS, f)
    sql = ("WITH pick AS (SELECT ar.id FROM articles ar" + w.sql() + order + page + ")"
           " SELECT ar.id, ar.day, ar.title, ar.outlet, ar.url,"
           " (SELECT COUNT(*) FROM actors x WHERE x.article_id = ar.id) AS actors,"
           " (SELECT COUNT(*) FROM quotes x WHERE x.article_id = ar.id) AS quotes,"
           " (SELECT COUNT(*) FROM events x WHERE x.article_id = ar.id) AS events"
           " FROM pick JOIN articles ar ON ar.id = pick.id" + order)
    return with_outlets(_rows(conn, sql, w.params + extra))


def count_articles(conn: sqlite3.Connection, f: Filters) -> int:
    w = article_where(f)
    return conn.execute("SELECT COUNT(*) FROM articles ar" + w.sql(), w.params).fetchone()[0]


def query_titles(conn: sqlite3.Connection, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """Articles whose headline holds ``text`` (any case), newest first."""
    return with_outlets(_rows(conn, "SELECT ar.id, ar.day, ar.title, ar.outlet, ar.url FROM articles ar"
                                    " WHERE ar.title LIKE ? ESCAPE '\\' ORDER BY ar.day DESC, ar.id LIMIT ?",
                              [_like(text), int(limit)]))


def count_titles(conn: sqlite3.Connection, text: str) -> int:
    return conn.execute("SELECT COUNT(*) FROM articles ar WHERE ar.title LIKE ? ESCAPE '\\'",
                        [_like(text)]).fetchone()[0]


def with_outlets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose article has no outlet get the one its URL names (stores ingested before outlets were
    read from URLs)."""
    for row in rows:
        if not row.get("outlet") and row.get("url"):
            row["outlet"] = outlet_from_url(row["url"])
    return rows


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


QUOTE_SORTS = {"day": "ar.day DESC, q.article_id, q.start", "oldest": "ar.day, q.article_id, q.start"}
QUOTE_FROM = (" FROM quotes q JOIN articles ar ON ar.id = q.article_id"
              " LEFT JOIN actors sp ON sp.article_id = q.article_id AND sp.id = q.speaker")


def query_quotes(conn: sqlite3.Connection, f: Filters, via: str | None = None, outlet: str | None = None,
                 speaker: str | None = None) -> list[dict[str, Any]]:
    """Quotes (newest first) by the conditions of ``quote_where``, with the speaker, the relays (via), the
    article's headline and outlet; the page is picked before the relays are named."""
    w = quote_where(f, via, outlet, speaker)
    page, extra = _page(f)
    order = order_by(QUOTE_SORTS, f)
    sql = ("WITH pick AS (SELECT q.article_id, q.id" + QUOTE_FROM + w.sql() + order + page + ")"
           " SELECT q.article_id, q.id, ar.day, sp.name AS speaker, q.speaker_text, q.kind, q.cue, q.text, q.start,"
           " q.end,"
           " (SELECT group_concat(v.name, ' > ') FROM json_each(q.via) j JOIN actors v"
           "  ON v.article_id = q.article_id AND v.id = j.value) AS via,"
           " ar.title, ar.outlet, ar.url FROM pick JOIN quotes q ON q.article_id = pick.article_id AND q.id = pick.id"
           " JOIN articles ar ON ar.id = q.article_id"
           " LEFT JOIN actors sp ON sp.article_id = q.article_id AND sp.id = q.speaker" + order)
    return with_outlets(_rows(conn, sql, w.params + extra))


def count_quotes(conn: sqlite3.Connection, f: Filters, via: str | None = None, outlet: str | None = None,
                 speaker: str | None = None) -> int:
    w = quote_where(f, via, outlet, speaker)
    return conn.execute("SELECT COUNT(*)" + QUOTE_FROM + w.sql(), w.params).fetchone()[0]


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
           " ORDER BY mentions DESC, p.name, p.geonameid, p.country, p.feature, p.lat, p.lon" + page)
    return _rows(conn, sql, w.params + extra)


def names_of(role: str) -> str:
    """SQL for the names (joined by '; ') of the actors in one role of the event ``e``."""
    if role not in ("source", "target", "according_to"):
        raise ValueError(f"unknown role {role!r}")
    return (f"(SELECT group_concat(a.name, '; ') FROM event_actors l JOIN actors a ON a.article_id = l.article_id"
            f" AND a.id = l.actor_id WHERE l.article_id = e.article_id AND l.event_id = e.id AND l.role = '{role}')")


def _events_of_actors(actor_condition: str, roles: str) -> str:
    return ("(e.article_id, e.id) IN (SELECT n.article_id, n.event_id FROM event_names n"
            f" WHERE {actor_condition} AND n.role IN ({roles}))")


def event_where(f: Filters) -> _Where:
    """The conditions that pick events by actor name or country (as source or target), exact source or
    target name, type, status, trigger text, article, place and day; shared by the event list and the
    aggregates over the same events. Names are read from ``event_names`` (one row per event and taking
    part actor), a name substring is first matched on the distinct names of ``actor_totals``."""
    w = _Where()
    if f.name or f.country:
        conditions, params = [], []
        if f.name:
            conditions.append("n.name IN (SELECT t.name FROM actor_totals t WHERE t.name LIKE ? ESCAPE '\\')")
            params.append(_like(f.name))
        if f.country:
            conditions.append("n.country = ?")
            params.append(f.country.upper())
        w.add(_events_of_actors(" AND ".join(conditions), "'source', 'target'"), *params)
    if f.source:
        w.add(_events_of_actors("n.name = ?", "'source'"), f.source)
    if f.target:
        w.add(_events_of_actors("n.name = ?", "'target'"), f.target)
    if f.place:
        w.add("(e.article_id, e.place) IN (SELECT p.article_id, p.id FROM places p WHERE p.name = ?)", f.place)
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


EVENT_SORTS = {"day": "e.day DESC, e.article_id, e.trigger_start, e.id",
               "confidence": "e.confidence DESC, e.day DESC, e.article_id, e.trigger_start, e.id",
               "reports": "i.reports DESC, e.day DESC, e.article_id, e.trigger_start, e.id",
               "oldest": "e.day, e.article_id, e.trigger_start, e.id"}
_INCIDENT_OF_EVENT = (" LEFT JOIN incident_members m ON m.article_id = e.article_id AND m.event_id = e.id"
                      " LEFT JOIN incidents i ON i.id = m.incident_id")


def query_events(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """Events (newest first by default) with their evidence: the article's headline, outlet and day, the
    sentence holding the trigger (``trigger_at``/``trigger_len`` place the trigger inside it), the
    names on each side, the time as written and resolved, the place and the incident.

    The page's keys are picked first, over the indexes of the sort; names, texts and incidents are
    joined for those rows only, so a page costs the same at any offset."""
    w = event_where(f)
    page, extra = _page(f)
    order = order_by(EVENT_SORTS, f)
    joins = _INCIDENT_OF_EVENT if f.sort == "reports" else ""
    sql = ("WITH pick AS (SELECT e.article_id, e.id FROM events e" + joins + w.sql() + order + page + ")"
           " SELECT e.article_id, e.id, e.day, e.type, e.cameo, " + names_of("source") + " AS source, " +
           names_of("target") + " AS target, e.status, " + names_of("according_to") + " AS according_to,"
           " e.trigger_text AS trigger, t.text AS time_text, t.value AS time, t.first_day AS time_first,"
           " t.last_day AS time_last, p.name AS place, p.country AS place_country, e.rule, e.confidence,"
           " m.incident_id AS incident, i.reports AS reports, ar.title, ar.outlet, ar.url, ar.day AS published,"
           " substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,"
           " e.trigger_start - e.sentence_start AS trigger_at, e.trigger_end - e.trigger_start AS trigger_len"
           " FROM pick JOIN events e ON e.article_id = pick.article_id AND e.id = pick.id"
           " JOIN articles ar ON ar.id = e.article_id"
           " LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time"
           " LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place" + _INCIDENT_OF_EVENT + order)
    return with_outlets(_rows(conn, sql, w.params + extra))


def count_events(conn: sqlite3.Connection, f: Filters) -> int:
    w = event_where(f)
    return conn.execute("SELECT COUNT(*) FROM events e" + w.sql(), w.params).fetchone()[0]


INCIDENT_SORTS = {"reports": "i.reports DESC, i.first_day, i.id", "day": "i.first_day DESC, i.id DESC",
                  "oldest": "i.first_day, i.id"}


def incident_where(f: Filters, conflicts: bool = False) -> _Where:
    """Incidents by participant (name substring), type, day range and whether they are disputed."""
    w = _Where()
    if f.type:
        w.add("i.type = ?", f.type.upper())
    if f.name:
        like = "name:%" + name_key(f.name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        w.add("(EXISTS (SELECT 1 FROM json_each(i.sources) j WHERE j.value LIKE ? ESCAPE '\\')"
              " OR EXISTS (SELECT 1 FROM json_each(i.targets) j WHERE j.value LIKE ? ESCAPE '\\'))", like, like)
    if f.since:
        w.add("i.last_day >= ?", f.since)
    if f.until:
        w.add("i.first_day <= ?", f.until)
    if conflicts:
        w.add("i.id IN (SELECT s.incident_id FROM incident_summary s WHERE s.conflict = 1)")
    return w


def query_incidents(conn: sqlite3.Connection, f: Filters, conflicts: bool = False) -> list[dict[str, Any]]:
    """Incidents (most reports first by default) with whether they are disputed and which outlets report
    them, read from ``incident_summary``; the page is picked first."""
    w = incident_where(f, conflicts)
    page, extra = _page(f)
    order = order_by(INCIDENT_SORTS, f)
    sql = ("WITH pick AS (SELECT i.id FROM incidents i" + w.sql() + order + page + ")"
           " SELECT i.id, i.label, i.type, i.first_day, i.last_day, i.spread_days, i.place, i.place_country,"
           " i.earliest_report, i.reports, i.articles, COALESCE(s.conflict, 0) AS conflict,"
           " COALESCE(s.claimed, 0) AS claimed, COALESCE(s.disputed, 0) AS disputed, s.outlets"
           " FROM pick JOIN incidents i ON i.id = pick.id LEFT JOIN incident_summary s ON s.incident_id = i.id"
           + order)
    rows = _rows(conn, sql, w.params + extra)
    for row in rows:
        row["conflict"] = bool(row["conflict"])
    return rows


def count_incidents(conn: sqlite3.Connection, f: Filters, conflicts: bool = False) -> int:
    w = incident_where(f, conflicts)
    return conn.execute("SELECT COUNT(*) FROM incidents i" + w.sql(), w.params).fetchone()[0]


QUERIES = {
    "actors": query_actors, "articles": query_articles, "quotes": query_quotes,
    "times": query_times, "places": query_places, "events": query_events,
}


def run_query(conn: sqlite3.Connection, table: str, f: Filters) -> list[dict[str, Any]]:
    if table not in QUERIES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if f.sort and table in ("times", "places"):
        raise ValueError(f"{table} have one order (times by day, places by mentions); no sort to choose")
    return QUERIES[table](conn, f)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
