#!/usr/bin/env python3
"""Incident update cost: how long grouping one more article takes in a store with >= 10,000 events.

Builds a store from the VOA stories (``../shared/corpus/voa/voa_stories.jsonl``, else ``examples/``):
the stories go through the real pipeline once, then their records are stored again and again under new
article ids with every date moved ``--shift-days`` further on per copy, until the store holds at least
``--events`` events. Each copy is saved with ``save_record``, so the incidents table is filled by the
same incremental grouping a real ingest uses (same actors recur copy after copy, on other days).

Then, for a few probe articles, it times

* ``group_article``: the grouping step alone, run again for an article already stored, inside a
  transaction that is rolled back (the store is unchanged);
* ``save_record``: the whole store of one more article (delete + insert + grouping, one transaction),
  under a fresh id, on a day inside the store's span.

Probes: a typical article (the median number of events), the article with the most events, and an
article joining a "hot" incident that ``--hot`` earlier reports already belong to (a story every outlet
carries). Goal: well under a second each. The goal is reported, never asserted.

Usage::

    .venv/bin/python benchmarks/incident_update.py                        # temporary store
    .venv/bin/python benchmarks/incident_update.py --db /tmp/inc-bench.db  # keep (and reuse) the store
"""
from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from eventwire.ingest import IngestError, read_inputs
from eventwire.ingest.dates import published_day
from eventwire.store import connect, save_record
from eventwire.store import incidents

REPO = Path(__file__).resolve().parent.parent
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
EXAMPLES = REPO / "examples"
GOAL_SECONDS = 1.0
HOT_SHIFT_DAYS = -3650  # the hot incident lies ten years before the copies, apart from them
Record = dict[str, Any]


# ---- records ------------------------------------------------------------------------------------

def corpus() -> tuple[str, list[str]]:
    if VOA.exists():
        return "VOA stories", [str(VOA)]
    return "examples/", [str(EXAMPLES)]


def extract(paths: list[str]) -> list[Record]:
    from eventwire.pipeline import Pipeline

    articles = [a for a in read_inputs(paths) if not isinstance(a, IngestError)]
    return [o.record.to_dict() for o in Pipeline().run(articles) if o.record is not None]


def _shift_day(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except ValueError:
        return value


def shifted(record: Record, new_id: str, days: int) -> Record:
    """The record under another id with its publication date and every time interval moved ``days`` on."""
    out = copy.deepcopy(record)
    out["article"]["id"] = new_id
    out["article"]["published"] = _shift_day(out["article"].get("published"), days)
    for t in out["times"]:
        if t.get("interval"):
            t["interval"] = [_shift_day(d, days) for d in t["interval"]]
        t["value"] = _shift_day(t.get("value"), days) if (t.get("value") or "")[:4].isdigit() else t.get("value")
    return out


# ---- building the store -------------------------------------------------------------------------

def counts(conn: Any) -> dict[str, int]:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {"articles": one("SELECT COUNT(*) FROM articles"), "events": one("SELECT COUNT(*) FROM events"),
            "incidents": one("SELECT COUNT(*) FROM incidents"),
            "largest incident": one("SELECT COALESCE(MAX(reports), 0) FROM incidents")}


def build(conn: Any, records: list[Record], events_wanted: int, shift_days: int) -> float:
    """Store copies of the records until the store has ``events_wanted`` events; returns seconds spent."""
    per_copy = max(1, sum(len(r["events"]) for r in records))
    started, k = time.perf_counter(), counts(conn)["articles"] // max(1, len(records))
    while counts(conn)["events"] < events_wanted:
        for r in records:
            save_record(conn, shifted(r, f"{r['article']['id']}~{k}", k * shift_days))
        k += 1
        print(f"  copy {k}: {k * per_copy} events", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return time.perf_counter() - started


def add_hot_incident(conn: Any, record: Record, reports: int) -> None:
    """``reports`` copies of one article on one day: a single incident with that many members."""
    for i in range(reports):
        save_record(conn, shifted(record, f"hot~{i}", HOT_SHIFT_DAYS))


# ---- timing -------------------------------------------------------------------------------------

def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def time_grouping(conn: Any, article_id: str, repeat: int) -> list[float]:
    def once() -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            incidents.group_article(conn, article_id, incidents.incidents_of_article(conn, article_id))
        finally:
            conn.execute("ROLLBACK")
    return timed(once, repeat)


def time_saving(conn: Any, record: Record, tag: str, days: int, repeat: int) -> list[float]:
    """Store the record under fresh ids, ``days`` on: each run is one more report of the same events."""
    serial = iter(range(repeat))
    return timed(lambda: save_record(conn, shifted(record, f"{tag}~probe{next(serial)}", days)), repeat)


def probes(records: list[Record]) -> list[tuple[str, Record, str, int]]:
    """(label, record, stored id to regroup, day shift) for a typical article and the busiest one."""
    by_events = sorted(records, key=lambda r: len(r["events"]))
    typical, busiest = by_events[len(by_events) // 2], by_events[-1]
    return [(f"typical article ({len(typical['events'])} events)", typical, typical["article"]["id"] + "~0", 0),
            (f"busiest article ({len(busiest['events'])} events)", busiest, busiest["article"]["id"] + "~0", 0)]


def row(label: str, group: list[float], save: list[float]) -> str:
    ms = lambda xs: f"{statistics.median(xs) * 1000:8.1f} {max(xs) * 1000:8.1f}"  # noqa: E731
    return f"{label:<40} {ms(group)}   {ms(save)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="store to build (or reuse when it already has enough events); default: temporary")
    ap.add_argument("--events", type=int, default=10_000, help="events the store must hold (default 10000)")
    ap.add_argument("--shift-days", type=int, default=14, help="days between copies of the corpus (default 14)")
    ap.add_argument("--hot", type=int, default=200, help="reports already in the hot incident (default 200)")
    ap.add_argument("--repeat", type=int, default=20, help="timed runs per probe (default 20)")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    name, paths = corpus()
    print(f"corpus: {name}; store: {db}", file=sys.stderr)
    records = [r for r in extract(paths) if r["events"]]
    conn = connect(db)
    took = build(conn, records, args.events, args.shift_days)
    hot = probes(records)[0][1]
    if conn.execute("SELECT COUNT(*) FROM articles WHERE id LIKE 'hot~%'").fetchone()[0] < args.hot:
        add_hot_incident(conn, hot, args.hot)
    stats = counts(conn)
    print(f"store: {stats['articles']:,} articles, {stats['events']:,} events, {stats['incidents']:,} incidents,"
          f" largest incident {stats['largest incident']} reports; built in {took:.1f} s")
    print(f"{'probe':<40} {'group_article ms':>17}   {'save_record ms':>17}")
    print(f"{'':<40} {'median':>8} {'max':>8}   {'median':>8} {'max':>8}")
    worst = 0.0
    cases = probes(records) + [(f"joins a {args.hot}-report incident", hot, "hot~0", HOT_SHIFT_DAYS)]
    for label, record, stored, days in cases:
        group = time_grouping(conn, stored, args.repeat)
        save = time_saving(conn, record, stored.split("~")[0], days, args.repeat)
        worst = max(worst, statistics.median(save))
        print(row(label, group, save))
    verdict = "met" if worst < GOAL_SECONDS else "NOT met"
    print(f"goal: save_record well under {GOAL_SECONDS:.0f} s per article -> {verdict}"
          f" (worst median {worst * 1000:.1f} ms)")
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
