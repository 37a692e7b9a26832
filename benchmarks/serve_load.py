#!/usr/bin/env python3
"""Load on `eventwire serve` with distinct (uncached) URLs, beside Datasette serving the same SQLite file.

The store: ``--db FILE`` (used as is), else one built at ``--build``: the project's examples and the VOA
stories (``../shared/corpus/voa/``, when present) go through the pipeline once (records kept beside the
store), then the records are written again through the real store API (``save_record``: summaries and
incident grouping included) under distinct ids and years (copy k moves every date k years on, so copies
form incidents of their own), until the store holds ``--min-events`` events. Every fifth copy has an id
holding "/" (as free-form JSONL ids do).

Each server runs in its own process(es) on 127.0.0.1. For each kind of request the script fires
``--requests`` distinct URLs (different offsets, filters, sorts: none is answered from a result cache)
with at most ``--concurrency`` in flight, and reports latency (p50, p95), throughput and the server's
CPU time per request, read from /proc for the server process and its workers before and after.

Datasette (``pip install -e .[bench]``) serves the same file; its rows are the closest equivalents: a
table view with the same filter and sort, and ``?sql=`` pages at the same offsets (its table view pages
with keyset tokens, not offsets). It is left out when not installed or with ``--no-datasette``.

Usage::

    .venv/bin/python benchmarks/serve_load.py                              # build the store, 200 URLs/kind
    .venv/bin/python benchmarks/serve_load.py --db big.db --workers 2 --json /tmp/serve.json
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote, urlencode

import httpx

REPO = Path(__file__).resolve().parent.parent
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
RESULTS = REPO / "benchmarks" / "results"
HOST = "127.0.0.1"
CLOCK = os.sysconf("SC_CLK_TCK")


# ---- the store ----

def base_records(cache: Path) -> list[dict[str, Any]]:
    """The examples (and VOA stories when present) through the real pipeline, cached as JSON Lines."""
    if cache.exists():
        return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines() if line.strip()]
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Pipeline

    inputs = [str(REPO / "examples")] + ([str(VOA)] if VOA.exists() else [])
    pipeline = Pipeline()
    records = [pipeline.extract(article).to_dict() for article in read_inputs(inputs)]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def _shift_day(value: str | None, years: int) -> str | None:
    if not value or len(value) < 4 or not value[:4].isdigit():
        return value
    year = int(value[:4]) + years
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            d = date.fromisoformat(value[:10])
        except ValueError:
            return f"{year:04d}{value[4:]}"
        d = d.replace(year=year, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)
        return d.isoformat() + value[10:]
    return f"{year:04d}{value[4:]}"


def copy_record(record: dict[str, Any], k: int) -> dict[str, Any]:
    """Copy k of a record: a new id (with '/' in every fifth copy), every date moved k years on."""
    out = json.loads(json.dumps(record))
    art = out["article"]
    art["id"] = f"copy/{k}/{art['id']}" if k % 5 == 4 else f"{art['id']}~{k}"
    art["published"] = _shift_day(art.get("published"), k)
    for t in out.get("times", []):
        t["value"] = _shift_day(t.get("value"), k)
        if t.get("interval"):
            t["interval"] = [_shift_day(d, k) for d in t["interval"]]
    return out


def build_store(path: Path, min_events: int) -> Path:
    from eventwire.store import connect, save_record

    records = base_records(path.with_suffix(".records.jsonl"))
    per_copy = sum(len(r["events"]) for r in records)
    if per_copy == 0:
        raise SystemExit("the pipeline produced no events; cannot build a store")
    conn = connect(path)
    have = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    k = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] // max(len(records), 1)
    t0 = time.perf_counter()
    while have < min_events:
        for record in records:
            save_record(conn, copy_record(record, k), "benchmark")
        have = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        k += 1
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    print(f"store {path}: {have} events ({k} copies of {len(records)} records; {time.perf_counter() - t0:.0f} s)",
          file=sys.stderr)
    return path


# ---- servers ----

def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_until_up(proc: subprocess.Popen, url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(url, timeout=2, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"server did not answer {url} within {seconds:.0f} s")


def start_eventwire(db: Path, port: int, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--host", HOST, "--port", str(port),
           "--log-level", "warning", "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until_up(proc, f"http://{HOST}:{port}/api/openapi.json")
    return proc


def datasette_command() -> list[str] | None:
    beside = Path(sys.executable).with_name("datasette")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("datasette")
    return [found] if found else None


def start_datasette(db: Path, port: int) -> subprocess.Popen:
    cmd = datasette_command() + ["serve", str(db), "--host", HOST, "--port", str(port),
                                 "--setting", "sql_time_limit_ms", "20000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until_up(proc, f"http://{HOST}:{port}/-/versions.json")
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def process_tree(pid: int) -> list[int]:
    """The process and every descendant (uvicorn workers are children of the supervisor)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process tree so far."""
    total = 0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / CLOCK


# ---- the load ----

@dataclass
class Result:
    server: str
    kind: str
    example: str
    requests: int
    ok: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    cpu_ms_per_request: float


async def _fire(base: str, paths: list[str], concurrency: int, timeout: float) -> list[tuple[float, bool]]:
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout, trust_env=False) as client:
        async def one(path: str) -> tuple[float, bool]:
            async with gate:
                t0 = time.perf_counter()
                try:
                    ok = (await client.get(path)).status_code == 200
                except httpx.HTTPError:
                    ok = False
                return time.perf_counter() - t0, ok

        return await asyncio.gather(*(one(p) for p in paths))


def measure(server: str, kind: str, base: str, pid: int, paths: list[str], concurrency: int,
            timeout: float) -> Result:
    cpu0, t0 = cpu_seconds(pid), time.perf_counter()
    done = asyncio.run(_fire(base, paths, concurrency, timeout))
    wall, cpu = time.perf_counter() - t0, cpu_seconds(pid) - cpu0
    times = sorted(t * 1000 for t, _ in done)
    ok = sum(1 for _, good in done if good)
    return Result(server, kind, paths[len(paths) // 2][:70], len(paths), ok, round(wall, 2), round(ok / wall, 1),
                  round(statistics.median(times), 1), round(times[max(0, math.ceil(0.95 * len(times)) - 1)], 1),
                  round(1000 * cpu / len(paths), 2))


def store_facts(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    facts: dict[str, Any] = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                             for t in ("articles", "events", "actors", "incidents", "actor_totals")}
    facts["types"] = [r[0] for r in conn.execute("SELECT type FROM events GROUP BY type ORDER BY COUNT(*) DESC")]
    facts["names"] = [r[0] for r in conn.execute(
        "SELECT name FROM actor_totals GROUP BY name ORDER BY SUM(as_source + as_target) DESC LIMIT 60")]
    facts["days"] = [r[0] for r in conn.execute("SELECT DISTINCT day FROM events WHERE day IS NOT NULL ORDER BY day")]
    conn.close()
    return facts


def offsets(total: int, n: int, rng: random.Random, page: int = 50) -> list[int]:
    """n distinct offsets spread over the whole list (first and last pages included)."""
    top = max(total - page, 0)
    if top < n:
        return list(range(top + 1))
    inner = rng.sample(range(1, top), n - 2)
    return [0, top] + inner


def eventwire_urls(facts: dict[str, Any], n: int, rng: random.Random) -> dict[str, list[str]]:
    names, types, days = facts["names"], facts["types"], facts["days"]
    spread = lambda xs: sorted(xs, key=lambda _: rng.random())  # noqa: E731
    return {
        "events page, any offset": [f"/api/events?offset={o}" for o in spread(offsets(facts["events"], n, rng))],
        "events by actor (+offset)": [
            f"/api/events?{urlencode({'actor': names[i % len(names)], 'offset': 50 * (i // len(names))})}"
            for i in range(n)],
        "events by type and day": [
            f"/api/events?{urlencode({'type': types[i % len(types)], 'since': days[rng.randrange(len(days))]})}"
            for i in range(n)],
        "actors page, any offset": [f"/api/actors?offset={o}" for o in spread(offsets(facts["actor_totals"], n, rng))],
        "incidents page, any offset": [f"/api/incidents?offset={o}"
                                       for o in spread(offsets(facts["incidents"], n, rng))],
    }


def datasette_urls(db: Path, facts: dict[str, Any], n: int, rng: random.Random) -> dict[str, list[str]]:
    name, types, days = db.stem, facts["types"], facts["days"]

    def sql(text: str) -> str:
        return f"/{name}.json?" + urlencode({"sql": text, "_shape": "objects"})

    return {
        "events page, any offset": [sql(f"select * from events order by day desc, article_id, trigger_start"
                                        f" limit 50 offset {o}") for o in offsets(facts["events"], n, rng)],
        "events by type and day": [
            f"/{name}/events.json?" + urlencode({"type": types[i % len(types)],
                                                  "day__gte": days[rng.randrange(len(days))],
                                                  "_sort_desc": "day", "_size": 50}) for i in range(n)],
        "actors page, any offset": [sql(f"select * from actor_totals order by mentions desc, name limit 50 offset {o}")
                                    for o in offsets(facts["actor_totals"], n, rng)],
        "incidents page, any offset": [sql(f"select * from incidents order by reports desc, first_day, id"
                                           f" limit 50 offset {o}") for o in offsets(facts["incidents"], n, rng)],
    }


def table(results: list[Result]) -> str:
    head = (f"{'server':<10} {'requests (distinct URLs)':<28} {'ok':>5} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8}"
            f" {'CPU ms/req':>11}")
    lines = [head, "-" * len(head)]
    for r in sorted(results, key=lambda r: (r.kind, r.server != "eventwire")):
        lines.append(f"{r.server:<10} {r.kind[:28]:<28} {r.ok:>5} {r.rps:>7.1f} {r.p50_ms:>8.1f} {r.p95_ms:>8.1f}"
                     f" {r.cpu_ms_per_request:>11.2f}")
    return "\n".join(lines)


def run(label: str, start: Callable[[int], subprocess.Popen], urls: dict[str, list[str]], args: argparse.Namespace
        ) -> list[Result]:
    port = free_port()
    proc = start(port)
    base = f"http://{HOST}:{port}"
    try:
        asyncio.run(_fire(base, ["/" if label == "eventwire" else "/-/versions.json"] * 4, 2, args.timeout))
        return [measure(label, kind, base, proc.pid, paths, args.concurrency, args.timeout)
                for kind, paths in urls.items()]
    finally:
        stop(proc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="an existing store to serve (default: build one)")
    ap.add_argument("--build", type=Path, default=RESULTS / "serve_load.db", help="where to build the store")
    ap.add_argument("--min-events", type=int, default=8_500)
    ap.add_argument("--requests", type=int, default=200, help="distinct URLs per kind of request")
    ap.add_argument("--concurrency", type=int, default=8, help="requests in flight at once")
    ap.add_argument("--workers", type=int, default=2, help="eventwire serve --workers")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per request")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--no-datasette", action="store_true", help="leave Datasette out")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    db = args.db or build_store(args.build, args.min_events)
    facts = store_facts(db)
    load_before = os.getloadavg()
    results = run("eventwire", lambda port: start_eventwire(db, port, args.workers),
                  eventwire_urls(facts, args.requests, random.Random(args.seed)), args)
    if not args.no_datasette and datasette_command():
        results += run("datasette", lambda port: start_datasette(db, port),
                       datasette_urls(db, facts, args.requests, random.Random(args.seed)), args)
    elif not args.no_datasette:
        print("datasette is not installed (pip install -e .[bench]); its rows are left out", file=sys.stderr)
    sizes = {k: v for k, v in facts.items() if isinstance(v, int)}
    print(f"serve load, distinct URLs: {sizes}; {args.requests} URLs per kind, concurrency {args.concurrency},"
          f" eventwire --workers {args.workers}; {os.cpu_count()} CPU(s), Python {platform.python_version()};"
          f" load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after (other work inflates latency,"
          " not CPU per request)")
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"store": sizes, "load_average": [load_before[0], os.getloadavg()[0]],
                                         "results": [asdict(r) for r in results]}, indent=1))


if __name__ == "__main__":
    main()
