#!/usr/bin/env python3
"""Batch throughput: articles/s and words/s of bare spaCy, single-process extract and batch on 1 and 2 workers.

Corpus: the VOA stories (``<repo>/../shared/corpus/voa/``) repeated until there are ``--articles`` of them
(default 2,000); each copy gets a new id (``<id>-r<k>``). All four runs see the same articles:

* bare spaCy: plain ``spacy.load(<model>)`` (no eventwire components), ``nlp.pipe`` with eventwire's batch size;
* extract: ``Pipeline().run`` in this process, as ``eventwire extract`` runs it;
* batch N: ``run_batch`` on a local cluster of N single-threaded worker processes; the clock starts once the
  workers have loaded the model (cluster start-up is reported apart), and peak RSS per worker comes from
  the manifest (``ru_maxrss`` of the worker process).

Goals (reported, not asserted): extract >= 0.7 x bare spaCy; 2 workers >= 1.7 x 1 worker; < 600 MB per worker.

Usage::

    .venv/bin/python benchmarks/batch_throughput.py                 # 2,000 articles, prints a Markdown table
    .venv/bin/python benchmarks/batch_throughput.py --articles 300 --json batch.json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy

from eventwire import settings
from eventwire.batch import BatchJob, PipelinePlugin, dask_client, run_batch
from eventwire.ingest import IngestError, read_inputs
from eventwire.pipeline import Pipeline
from eventwire.record import Article
from eventwire.stages.nlp import load_model

REPO = Path(__file__).resolve().parent.parent
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
GOALS = {"extract_vs_bare": 0.7, "speedup_2_vs_1": 1.7, "worker_mb": 600}


def corpus(count: int) -> list[Article]:
    base = [a for a in read_inputs([str(VOA)]) if not isinstance(a, IngestError)]
    if not base:
        sys.exit(f"{VOA}: no articles (the VOA corpus is needed)")
    out = []
    for n in range(count):
        a = base[n % len(base)]
        out.append(Article(text=a.text, id=f"{a.id}-r{n // len(base)}", title=a.title, url=a.url, outlet=a.outlet,
                           authors=list(a.authors), published=a.published, source=a.source))
    return out


def write_corpus(articles: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")


def row(name: str, seconds: float, articles: int, words: int, **extra: Any) -> dict[str, Any]:
    return {"run": name, "seconds": round(seconds, 1), "articles": articles, "articles_s": round(articles / seconds, 2),
            "words_s": round(words / seconds), **extra}


def time_bare(articles: list[Article], words: int) -> dict[str, Any]:
    nlp = spacy.load(load_model().meta["lang"] + "_" + load_model().meta["name"])
    nlp.max_length = settings.MAX_TEXT_CHARS + 1
    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=settings.NLP_BATCH_SIZE):
        pass
    return row("bare spaCy nlp.pipe", time.perf_counter() - started, len(articles), words)


def time_extract(articles: list[Article], words: int) -> dict[str, Any]:
    pipeline = Pipeline()
    started = time.perf_counter()
    done = sum(1 for o in pipeline.run(articles) if o.record is not None)
    return row("extract (Pipeline.run, 1 process)", time.perf_counter() - started, done, words)


def time_batch(path: Path, workers: int, shard_bytes: int, words: int) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix=f"batch{workers}-", dir=path.parent))
    started = time.perf_counter()
    with dask_client(workers) as client:
        client.register_plugin(PipelinePlugin(None))  # model loaded in every worker before the clock starts
        startup = time.perf_counter() - started
        started = time.perf_counter()
        summary = run_batch(BatchJob([str(path)], out, shard_bytes=shard_bytes), client=client)
        seconds = time.perf_counter() - started
    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    peak = max(e.get("peak_rss_mb") or 0 for e in entries)
    return row(f"batch, {workers} worker(s)", seconds, summary.articles, words, shards=summary.shards,
               startup_s=round(startup, 1), peak_worker_mb=peak, failed_shards=summary.failed)


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    import dask
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": f"{mem_kb / 2**20:.1f} GiB",
            "python": platform.python_version(), "spacy": spacy.__version__, "dask": dask.__version__,
            "model": load_model().meta["name"] + "-" + load_model().meta["version"],
            "commit": commit + (" + uncommitted changes" if _dirty() else ""),
            "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def _dirty() -> bool:
    return bool(subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip())


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| run | articles | seconds | articles/s | words/s | peak RSS per worker |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        peak = f"{r['peak_worker_mb']:.0f} MB" if "peak_worker_mb" in r else ""
        lines.append(f"| {r['run']} | {r['articles']} | {r['seconds']} | {r['articles_s']} | {r['words_s']:,} | {peak} |")
    return "\n".join(lines)


def goals(rows: dict[str, dict[str, Any]]) -> list[str]:
    ratio = rows["extract"]["words_s"] / rows["bare"]["words_s"]
    speedup = rows["batch2"]["words_s"] / rows["batch1"]["words_s"]
    peak = max(rows["batch1"]["peak_worker_mb"], rows["batch2"]["peak_worker_mb"])
    mark = lambda ok: "met" if ok else "MISSED"  # noqa: E731
    return [f"extract / bare spaCy = {ratio:.2f} (goal >= {GOALS['extract_vs_bare']}): {mark(ratio >= 0.7)}",
            f"batch 2 workers / 1 worker = {speedup:.2f}x (goal >= {GOALS['speedup_2_vs_1']}): {mark(speedup >= 1.7)}",
            f"peak RSS per worker = {peak:.0f} MB (goal < {GOALS['worker_mb']} MB): {mark(peak < 600)}"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--shard-mb", type=float, default=0.25, help="shard size for the batch runs (MB)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write_corpus(articles, path)
        rows: dict[str, dict[str, Any]] = {}
        runs = {"bare": lambda: time_bare(articles, words), "extract": lambda: time_extract(articles, words),
                **{f"batch{n}": (lambda n=n: time_batch(path, n, int(args.shard_mb * 2**20), words)) for n in (1, 2)}}
        for name, run in runs.items():
            rows[name] = run()
            print(f"# {rows[name]}", file=sys.stderr, flush=True)
    info = machine()
    print("\n".join(f"- {k}: {v}" for k, v in info.items()))
    print(f"- corpus: VOA stories repeated to {len(articles)} articles, {words:,} words; "
          f"shards of {args.shard_mb} MB ({rows['batch1']['shards']} shards)\n")
    print(table(list(rows.values())) + "\n")
    print("\n".join(f"- {g}" for g in goals(rows)))
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "rows": rows, "goals": goals(rows)}, indent=1))


if __name__ == "__main__":
    main()
