"""What each page shows, as plain data: the JSON twins return these dicts, the templates draw them."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from ..store import Filters, counts, run_query
from ..store import analytics, incidents as incident_store
from . import charts
from .errors import ApiError
from .highlight import record_marks, speaker_classes, token


def page_rows(rows: list[dict[str, Any]], f: Filters) -> tuple[list[dict[str, Any]], bool]:
    """Rows fetched with limit + 1: the page itself and whether there is a next page."""
    return rows[: f.limit], len(rows) > f.limit


def _plus_one(f: Filters) -> Filters:
    return Filters(**{**asdict(f), "limit": f.limit + 1})


def filters_dict(f: Filters, **extra: Any) -> dict[str, Any]:
    keys = ("name", "country", "type", "status", "since", "until", "article", "text")
    return {k: v for k, v in {**{k: getattr(f, k) for k in keys}, **extra}.items() if v is not None}


def listing(rows: list[dict[str, Any]], f: Filters, **extra: Any) -> dict[str, Any]:
    page, more = page_rows(rows, f)
    return {"filters": filters_dict(f, **extra), "limit": f.limit, "offset": f.offset, "more": more, "rows": page}


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    everything = Filters(limit=10)
    actors = run_query(conn, "actors", everything)
    events = analytics.actor_event_counts(conn, [a["name"] for a in actors])
    for a in actors:
        a["events"] = events.get(a["name"], {})
    first, last = analytics.days_range(conn)
    return {"counts": counts(conn), "first_day": first, "last_day": last,
            "by_type": analytics.type_counts(conn, Filters()),
            "by_status": analytics.type_counts(conn, Filters(), "status"),
            "timeseries": analytics.timeseries(conn, Filters()),
            "top_actors": actors, "top_dyads": analytics.dyads(conn, everything)}


def events(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(run_query(conn, "events", _plus_one(f)), f)


def timeseries(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return {"filters": filters_dict(f), "rows": analytics.timeseries(conn, f)}


def dyads(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(analytics.dyads(conn, _plus_one(f)), f)


def quotes(conn: sqlite3.Connection, f: Filters, via: str | None, outlet: str | None) -> dict[str, Any]:
    rows = analytics.quotes(conn, _plus_one(f), via=via, outlet=outlet)
    return listing(rows, f, via=via, outlet=outlet)


def actors(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    data = listing(run_query(conn, "actors", _plus_one(f)), f)
    events = analytics.actor_event_counts(conn, sorted({a["name"] for a in data["rows"]}))
    for a in data["rows"]:
        a["events"] = events.get(a["name"], {})
    return data


def places(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(analytics.map_points(conn, _plus_one(f)), f)


def articles(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    return listing(run_query(conn, "articles", _plus_one(f)), f)


def incidents(conn: sqlite3.Connection, f: Filters, conflicts: bool) -> dict[str, Any]:
    rows = incident_store.list_incidents(conn, f.name, f.type, f.since, f.until, conflicts, f.limit + 1, f.offset)
    return listing(rows, f, conflicts=conflicts or None)


def incident(conn: sqlite3.Connection, incident_id: int) -> dict[str, Any]:
    """One incident: its summary and every claim about it (who asserts, reports, plans or denies it)."""
    row = conn.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise ApiError(404, "no such incident", "incident_id")
    found = incident_store.claims(conn, incident_id)
    found["incident"] = {k: row[k] for k in row.keys() if k not in ("sources", "targets")}
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
    return {"actor": summary,
            "as_source": analytics.actor_events(conn, name, "source", f),
            "as_target": analytics.actor_events(conn, name, "target", f),
            "quotes": analytics.quotes(conn, Filters(limit=f.limit), speaker=name),
            "network": analytics.actor_network(conn, name)}


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
        "actors": [{"targets": token("actor", a["id"]), "label": a["name"],
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

