#!/usr/bin/env python3
"""Load on `eventwire serve`: throughput and p50/p95 latency per endpoint, on loopback only.

The store: ``--db FILE`` (used as is, read-only), else one built under benchmarks/results/: the project's
examples and the VOA stories (``../shared/corpus/voa/``, when present) through the pipeline, then every
article copied under new ids with SQL until the store holds at least ``--min-events`` events.

The server runs in its own process (``python -m eventwire.cli serve`` on 127.0.0.1, a free port); the load
generator is asyncio + httpx in this process: for each endpoint, a short warm-up, then ``--requests``
requests fired at once (``--concurrency`` connections at most), each bounded by ``--timeout`` seconds.
"cold ms" is the first request to an endpoint, before the server's result cache holds its answer.

Usage::

    .venv/bin/python benchmarks/serve_load.py                       # build the store, 200 requests/endpoint
    .venv/bin/python benchmarks/serve_load.py --db big.db --requests 200 --json results/serve.json
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
RESULTS = REPO / "benchmarks" / "results"
COPY_MARK = "~copy"
HOST = "127.0.0.1"


# ---- the store ----

def ingest(db: Path) -> None:
    """The examples (and VOA stories when present) through the real pipeline into a fresh store."""
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Pipeline
    from eventwire.store import connect, save_record

    inputs = [str(REPO / "examples")] + ([str(VOA)] if VOA.exists() else [])
    pipeline = Pipeline()
    conn = connect(db)
    for article in read_inputs(inputs):
        save_record(conn, pipeline.extract(article).to_dict(), article.source)
    conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def multiply(db: Path, min_events: int) -> int:
    """Copy every original article (and its items) under new ids until there are >= min_events events."""
    conn = sqlite3.connect(db)
    base = conn.execute(f"SELECT COUNT(*) FROM events WHERE article_id NOT LIKE '%{COPY_MARK}%'").fetchone()[0]
    have = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    if base == 0:
        raise SystemExit("the pipeline produced no events; cannot multiply an empty store")
    copies = max(0, math.ceil(min_events / base) - math.ceil(have / base))
    start = math.ceil(have / base)
    with conn:
        for k in range(start, start + copies):
            _copy_once(conn, f"{COPY_MARK}{k}")
    total = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return total


def _copy_once(conn: sqlite3.Connection, suffix: str) -> None:
    original = f"NOT LIKE '%{COPY_MARK}%'"
    for table in ("articles", "actors", "quotes", "times", "places", "events", "event_actors"):
        cols = _columns(conn, table)
        key = "id" if table == "articles" else "article_id"
        exprs = [f"{c} || :s" if c == key else c for c in cols]
        if table == "articles":
            exprs = ["json_set(record, '$.article.id', id || :s)" if c == "record" else e for c, e in zip(cols, exprs)]
        conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table}"
                     f" WHERE {key} {original}", {"s": suffix})


def build_store(path: Path, min_events: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        t0 = time.perf_counter()
        ingest(path)
        print(f"ingested into {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    t0 = time.perf_counter()
    total = multiply(path, min_events)
    print(f"store has {total} events (multiplied in {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return path


# ---- the server ----

def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--host", HOST, "--port", str(port),
           "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/openapi.json", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


# ---- the load ----

@dataclass
class Result:
    endpoint: str
    requests: int
    ok: int
    errors: int
    seconds: float
    cold_ms: float
    rps: float
    p50_ms: float
    p95_ms: float
    max_ms: float


def endpoints(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    article = conn.execute("SELECT article_id, id FROM events ORDER BY article_id LIMIT 1").fetchone()
    actor = conn.execute("SELECT a.name FROM event_actors l JOIN actors a ON a.article_id = l.article_id"
                         " AND a.id = l.actor_id GROUP BY a.name ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    day = conn.execute("SELECT MIN(day), MAX(day) FROM events").fetchone()
    conn.close()
    aid, eid = (httpx.URL("/x/" + article[0]).raw_path.decode()[3:], article[1]) if article else ("none", "e1")
    name = httpx.URL("/x/" + (actor[0] if actor else "none")).raw_path.decode()[3:]
    year = (day[1] or "2020")[:4]
    return [
        "/api/overview", "/api/events?limit=50", "/api/events?limit=500&offset=1000", "/api/events?type=CONSULT",
        f"/api/events?actor={name}", f"/api/events?since={year}-01-01&until={year}-12-31", "/api/timeseries",
        "/api/dyads?limit=100", "/api/quotes?text=the", "/api/actors?limit=100", "/api/places?limit=200",
        f"/api/actors/{name}", f"/api/articles/{aid}", "/", "/events", f"/articles/{aid}?event={eid}", "/map",
    ]


async def _one(client: httpx.AsyncClient, path: str, timeout: float) -> tuple[float, bool]:
    t0 = time.perf_counter()
    try:
        response = await asyncio.wait_for(client.get(path), timeout)
        ok = response.status_code == 200
    except (httpx.HTTPError, asyncio.TimeoutError):
        ok = False
    return time.perf_counter() - t0, ok


async def hammer(base: str, path: str, n: int, concurrency: int, timeout: float) -> Result:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout, trust_env=False) as client:
        cold, _ = await _one(client, path, timeout)  # the first request: nothing cached yet
        for _ in range(2):
            await _one(client, path, timeout)
        t0 = time.perf_counter()
        done = await asyncio.gather(*(_one(client, path, timeout) for _ in range(n)))
        wall = time.perf_counter() - t0
    times = sorted(t * 1000 for t, _ in done)
    ok = sum(1 for _, good in done if good)
    return Result(path, n, ok, n - ok, round(wall, 3), round(cold * 1000, 1), round(ok / wall, 1),
                  round(statistics.median(times), 1),
                  round(times[max(0, math.ceil(0.95 * n) - 1)], 1), round(times[-1], 1))


def table(results: list[Result]) -> str:
    head = (f"{'endpoint':<44} {'ok':>5} {'err':>4} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
            f" {'cold ms':>8}")
    lines = [head, "-" * len(head)]
    lines += [f"{r.endpoint[:44]:<44} {r.ok:>5} {r.errors:>4} {r.rps:>8.1f} {r.p50_ms:>8.1f} {r.p95_ms:>8.1f}"
              f" {r.max_ms:>8.1f} {r.cold_ms:>8.1f}" for r in results]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="an existing store to serve (default: build one)")
    ap.add_argument("--build", type=Path, default=RESULTS / "serve-load.db", help="where to build the store")
    ap.add_argument("--min-events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint, fired at once")
    ap.add_argument("--concurrency", type=int, default=200, help="most connections open at once")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per request")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    db = args.db or build_store(args.build, args.min_events)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    sizes = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "quotes")}
    conn.close()
    port = free_port()
    server = start_server(db, port)
    try:
        results = [asyncio.run(hammer(f"http://{HOST}:{port}", path, args.requests, args.concurrency, args.timeout))
                   for path in endpoints(db)]
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"eventwire serve load: {sizes}, {args.requests} concurrent requests per endpoint, "
          f"{os.cpu_count()} CPU(s), Python {platform.python_version()}")
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"store": sizes, "results": [asdict(r) for r in results]}, indent=1))


if __name__ == "__main__":
    main()
