"""What each page shows, as plain data: the JSON twins return these dicts, the templates draw them."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from urllib.parse import quote

from ..ingest.outlets import outlet_from_url
from ..store import Filters, counts, run_query
from ..store import analytics, incidents as incident_store, queries
from . import charts
from .dates import precision, span_label
from .errors import ApiError
from .highlight import record_marks, speaker_classes, token


def page_rows(rows: list[dict[str, Any]], f: Filters) -> tuple[list[dict[str, Any]], bool]:
    """Rows fetched with limit + 1: the page itself and whether there is a next page."""
    return rows[: f.limit], len(rows) > f.limit


def _plus_one(f: Filters) -> Filters:
    return Filters(**{**asdict(f), "limit": f.limit + 1})


FILTER_KEYS = ("name", "country", "type", "status", "since", "until", "article", "text", "source", "target",
               "place", "sort")


def filters_dict(f: Filters, **extra: Any) -> dict[str, Any]:
    return {k: v for k, v in {**{k: getattr(f, k) for k in FILTER_KEYS}, **extra}.items() if v is not None}


def listing(rows: list[dict[str, Any]], f: Filters, total: int | None = None, **extra: Any) -> dict[str, Any]:
    """A page of a list: its rows, where it starts, whether more follow and how many match in all."""
    page, more = page_rows(rows, f)
    return {"filters": filters_dict(f, **extra), "limit": f.limit, "offset": f.offset, "more": more,
            "total": total, "rows": page}


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    everything = Filters(limit=10)
    first, last = analytics.days_range(conn)
    series = analytics.timeseries(conn, Filters())
    chart_first, chart_last, outside = charts.data_span(series, analytics.publication_range(conn))
    return {"counts": counts(conn), "first_day": first, "last_day": last,
            "by_type": analytics.type_counts(conn, Filters()),
            "by_status": analytics.type_counts(conn, Filters(), "status"),
            "chart_span": [chart_first, chart_last], "outside_span": outside,
            "timeseries": charts.bucketed(series, chart_first, chart_last),
            "top_actors": actors(conn, everything)["rows"], "top_dyads": analytics.dyads(conn, everything)}


def _with_when(row: dict[str, Any]) -> dict[str, Any]:
    """The event's time at the precision it was given (a year, a month, a day), else its report's day."""
    if row.get("time_first"):
        row["when"] = span_label(row["time_first"], row.get("time_last"))
        row["when_precision"] = precision(row["time_first"], row.get("time_last"))
    else:
        row["when"] = row.get("day") or ""
        row["when_precision"] = "reported" if row.get("day") else ""
    return row


def events(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    rows = [_with_when(r) for r in queries.query_events(conn, _plus_one(f))]
    return listing(rows, f, queries.count_events(conn, f))


def timeseries(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return {"filters": filters_dict(f), "rows": analytics.timeseries(conn, f)}


def dyads(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(analytics.dyads(conn, _plus_one(f)), f)


def quotes(conn: sqlite3.Connection, f: Filters, via: str | None, outlet: str | None) -> dict[str, Any]:
    rows = analytics.quotes(conn, _plus_one(f), via=via, outlet=outlet)
    return listing(rows, f, queries.count_quotes(conn, f, via=via, outlet=outlet), via=via, outlet=outlet)


def _actor_row(row: dict[str, Any]) -> dict[str, Any]:
    row["events"] = {"source": row.pop("as_source"), "target": row.pop("as_target"),
                     "according_to": row.pop("as_reporter")}
    return row


def actors(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    rows = [_actor_row(r) for r in run_query(conn, "actors", _plus_one(f))]
    return listing(rows, f, queries.count_actors(conn, f))


def places(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(analytics.map_points(conn, _plus_one(f)), f)


def articles(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(run_query(conn, "articles", _plus_one(f)), f, queries.count_articles(conn, f))


def _with_days(row: dict[str, Any]) -> dict[str, Any]:
    row["days"] = span_label(row.get("first_day"), row.get("last_day"))
    row["days_precision"] = precision(row.get("first_day"), row.get("last_day"))
    return row


def incidents(conn: sqlite3.Connection, f: Filters, conflicts: bool) -> dict[str, Any]:
    rows = [_with_days(r) for r in queries.query_incidents(conn, _plus_one(f), conflicts)]
    return listing(rows, f, queries.count_incidents(conn, f, conflicts), conflicts=conflicts or None)


def incident(conn: sqlite3.Connection, incident_id: int) -> dict[str, Any]:
    """One incident: its summary and every claim about it (who asserts, reports, plans or denies it), each
    with the report's headline, outlet (from its URL when the input named none) and sentence."""
    row = conn.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise ApiError(404, "no such incident", "incident_id")
    found = incident_store.claims(conn, incident_id)
    found["incident"] = _with_days({k: row[k] for k in row.keys() if k not in ("sources", "targets")})
    evidence = {(r["article_id"], r["id"]): dict(r) for r in conn.execute(
        "SELECT e.article_id, e.id, ar.url, ar.day,"
        " substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,"
        " e.trigger_start - e.sentence_start AS trigger_at, e.trigger_end - e.trigger_start AS trigger_len"
        " FROM incident_members m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
        " JOIN articles ar ON ar.id = e.article_id WHERE m.incident_id = ?", (incident_id,))}
    for claim in found["claims"]:
        more = evidence.get((claim["article_id"], claim["event_id"]), {})
        claim["outlet"] = claim.get("outlet") or outlet_from_url(more.get("url"))
        if claim["claimant"] == claim["article_id"]:  # no reporter and no outlet named: say where it was read
            claim["claimant"] = claim["outlet"] or "(unnamed outlet)"
        claim.update(day=more.get("day"), sentence=more.get("sentence"), trigger_at=more.get("trigger_at"),
                     trigger_len=more.get("trigger_len"))
    for key in ("claimed_by", "disputed_by"):
        names = {c["claimant"] for c in found["claims"]
                 if (c["status"] in incident_store.CLAIMING if key == "claimed_by" else
                     c["status"] in incident_store.DISPUTING)}
        found[key] = sorted(names)
    return found


def article_json(conn: sqlite3.Connection, article_id: str) -> str:
    """The stored eventwire/1 record, as stored (JSON text)."""
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise ApiError(404, "no such article", "article_id")
    return row[0]


def actor(conn: sqlite3.Connection, name: str, f: Filters) -> dict[str, Any]:
    summary = analytics.actor_summary(conn, name)
    if summary is None:
        raise ApiError(404, "no such actor", "name")
    return {"actor": summary, "similar": analytics.similar_names(conn, name),
            "as_source": analytics.actor_events(conn, name, "source", f),
            "as_target": analytics.actor_events(conn, name, "target", f),
            "quotes": analytics.quotes(conn, Filters(limit=f.limit), speaker=name),
            "network": analytics.actor_network(conn, name)}


def search(conn: sqlite3.Connection, text: str, limit: int = 10) -> dict[str, Any]:
    """The search box: actor names, article titles and quoted words holding ``text``, a few of each with
    how many there are in all and the list that shows them all."""
    few = Filters(name=text, limit=limit)
    found_actors = [_actor_row(r) for r in run_query(conn, "actors", few)]
    titles = queries.query_titles(conn, text, limit)
    said = analytics.quotes(conn, Filters(text=text, limit=limit))
    return {"q": text,
            "actors": {"total": queries.count_actors(conn, few), "rows": found_actors,
                       "all": f"/actors?name={quote(text)}"},
            "articles": {"total": queries.count_titles(conn, text), "rows": titles,
                         "all": f"/articles?text={quote(text)}"},
            "quotes": {"total": queries.count_quotes(conn, Filters(text=text)), "rows": said,
                       "all": f"/quotes?text={quote(text)}"}}


def article_page(conn: sqlite3.Connection, article_id: str, event: str | None) -> dict[str, Any]:
    """The record, its highlight marks, the side-panel items and which tokens to light up."""
    record = json.loads(article_json(conn, article_id))
    lit: list[str] = []
    if event and any(str(e.get("id")) == event for e in record.get("events", [])):
        lit = [token("event", event), token("sent", event)]
    return {"record": record, "marks": record_marks(record), "lit": lit, "items": side_items(record)}


def _names(record: dict[str, Any], ids: list[str] | None) -> str:
    by_id = {a["id"]: a["name"] for a in record.get("actors", [])}
    return "; ".join(by_id.get(i, str(i)) for i in ids or []) or "?"


def side_items(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The panel beside the text: one entry per item, each naming the DOM tokens it lights up."""
    colours = speaker_classes(record)
    return {
        "events": [_event_item(record, e) for e in record.get("events", [])],
        "actors": [{"targets": token("actor", a["id"]), "label": a["name"], "href": "/actors/" + quote(a["name"], safe=""),
                    "detail": f"{a.get('kind')} {a.get('country') or ''} · {len(a.get('mentions', []))}×"}
                   for a in record.get("actors", [])],
        "quotes": [{"targets": token("quote", q["id"]), "label": _names(record, [q["speaker"]]) if q.get("speaker")
                    else (q.get("speaker_text") or "(unknown)"), "detail": _short(q["text"]),
                    "css": colours.get(q.get("speaker"), "spk-x")} for q in record.get("quotes", [])],
        "times": [{"targets": token("time", t["id"]), "label": t["text"], "detail": t.get("value") or ""}
                  for t in record.get("times", [])],
        "places": [{"targets": token("place", p["id"]), "label": p["text"],
                    "detail": f"{p.get('name') or ''} {p.get('country') or ''}"} for p in record.get("places", [])],
    }


def _event_item(record: dict[str, Any], e: dict[str, Any]) -> dict[str, Any]:
    return {"targets": f"{token('event', e['id'])} {token('sent', e['id'])}", "id": e["id"],
            "label": f"{e['type']}: {_names(record, e.get('source'))} → {_names(record, e.get('target'))}",
            "detail": f"«{e['trigger']['text']}» · {e.get('status')}", "colour": charts.type_colour(e["type"])}


def _short(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"

