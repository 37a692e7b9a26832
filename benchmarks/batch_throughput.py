#!/usr/bin/env python3
"""Batch throughput and memory: `eventwire batch` on 1 and 2 workers against bare spaCy and in-process extract.

Corpus: the VOA stories (``<repo>/../shared/corpus/voa/``) repeated until there are ``--articles`` of them
(default 1,000); each copy gets a new id (``<id>-r<k>``). Every run sees the same articles:

* bare spaCy: plain ``spacy.load(<model>)`` (no eventwire components), ``nlp.pipe`` with eventwire's batch size;
* extract: ``Pipeline().run`` in this process, as ``eventwire extract`` runs it (model loaded before the clock);
* batch N: the command ``eventwire batch CORPUS --out DIR --workers N --shard-words W`` in a new process. Its
  wall clock is the whole command: interpreter start, imports, cluster start, model load and warm-up in
  every worker, the shards, and shutting the cluster down. "start-up" is the part of it not spent running
  shards (wall clock minus the time from "workers ready" to the end, both from the command's summary).
  Peak RSS per worker is the largest ``ru_maxrss`` of a worker process (the manifest reports it per
  shard); "RSS after" is the resident size after the worker's last shard (after garbage collection),
  which shows whether a worker grows from shard to shard. "CPU ms per article" (the workers' CPU time in
  shard tasks, from the manifest) tells contention apart from work: when more workers make each one
  slower, constant CPU per article means waiting (shared cores, memory bandwidth), rising CPU per
  article means the work itself grew (allocator, caches).
* "modelled wall s": what the run would take with its cores to itself, from figures load hardly changes:
  start-up (the shortest of the batch runs: workers start in parallel), then the busiest worker's CPU
  seconds in shard tasks (so the tail, when one worker still runs
  and the other idles, counts), plus the client process's CPU (its scheduler and nannies, the manifest)
  divided over the cores when the workers fill them (the command prints it). On a shared machine the
  wall-clock speedup is noise; the modelled one is the figure to compare between commits.
* ``--memory``: what holds a worker's memory, measured step by step in a fresh process (RSS after each
  import and load, then the peak and the resident size while shards run).

Goals (reported, not asserted): extract >= 0.8 x bare spaCy (words/s); 2 workers >= 1.85 x 1 worker in
wall-clock terms including start-up; peak RSS per worker <= 500 MB. Timings are only meaningful on a
quiet machine (the load average is printed); memory figures hardly depend on load.

Usage::

    .venv/bin/python benchmarks/batch_throughput.py                       # 1,000 articles, ~5 min on 2 quiet cores
    .venv/bin/python benchmarks/batch_throughput.py --articles 300 --skip-single --json batch.json
    .venv/bin/python benchmarks/batch_throughput.py --memory --articles 300   # only the memory breakdown
    .venv/bin/python benchmarks/batch_throughput.py --workers 1,2,4,8,16 --articles 2250   # a bigger machine
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
GOALS = {"extract_vs_bare": 0.8, "speedup_2_vs_1": 1.85, "worker_mb": 500}
SHARD_WORDS = 10_000  # ~15 VOA stories, ~2 s of one core: 1,000 articles make ~67 shards, a short tail


# ---- corpus ------------------------------------------------------------------------------------

def corpus_lines(count: int) -> list[str]:
    """``count`` VOA stories as JSON Lines, repeated with distinct ids."""
    if not VOA.is_file():
        sys.exit(f"{VOA}: not found (the VOA corpus is needed)")
    base = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = []
    for n in range(count):
        story = dict(base[n % len(base)])
        story["id"] = f"{story['id']}-r{n // len(base)}"
        lines.append(json.dumps(story, ensure_ascii=False) + "\n")
    return lines


def read_articles(path: Path) -> list[Any]:
    from eventwire.ingest import IngestError, read_inputs

    return [a for a in read_inputs([str(path)]) if not isinstance(a, IngestError)]


def row(name: str, seconds: float, articles: int, words: int, **extra: Any) -> dict[str, Any]:
    return {"run": name, "seconds": round(seconds, 1), "articles": articles,
            "articles_s": round(articles / seconds, 2), "words_s": round(words / seconds), **extra}


# ---- in-process runs ---------------------------------------------------------------------------

def time_bare(path: Path, words: int) -> dict[str, Any]:
    import spacy

    from eventwire import settings
    from eventwire.stages.nlp import load_model

    meta = load_model().meta
    nlp = spacy.load(f"{meta['lang']}_{meta['name']}")
    nlp.max_length = settings.MAX_TEXT_CHARS + 1
    texts = [a.text for a in read_articles(path)]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.NLP_BATCH_SIZE):
        pass
    return row("bare spaCy nlp.pipe (1 process)", time.perf_counter() - started, len(texts), words)


def time_extract(path: Path, words: int) -> dict[str, Any]:
    from eventwire.pipeline import Pipeline

    articles = read_articles(path)
    pipeline = Pipeline()
    started = time.perf_counter()
    done = sum(1 for o in pipeline.run(articles) if o.record is not None)
    return row("extract (Pipeline.run, 1 process)", time.perf_counter() - started, done, words)


# ---- the batch command -------------------------------------------------------------------------

_DONE = re.compile(r"(\d+) article\(s\) in ([\d.]+) s")
_READY = re.compile(r"workers ready .* after ([\d.]+) s")
_CLIENT_CPU = re.compile(r"client process CPU .*: ([\d.]+) s")


def add_startup(rows: dict[str, dict[str, Any]]) -> None:
    """Add the shortest start-up of the batch runs to each one's modelled wall clock: workers start in parallel,
    so on free cores every run starts up alike (3.1 s for 1 and for 2 workers on a quiet 2-core VM), and the
    shortest is the one load disturbed least."""
    batches = [r for r in rows.values() if "modelled_s" in r]
    if batches:
        startup = min(r["startup_s"] for r in batches)
        for r in batches:
            r["modelled_s"] = round(r["modelled_s"] + startup, 1)


def modelled_wall(startup: float, worker_cpu: dict[str, float], client_cpu: float, cores: int) -> float:
    """The wall clock the run would take on ``cores`` free cores, from CPU figures that load hardly changes:
    its start-up, then the busiest worker's CPU in shard tasks, plus the client process's CPU (scheduler,
    nannies, manifest) shared out over the cores when the workers already fill them. The busiest worker
    includes the tail (its last shards while another worker idles)."""
    busiest = max(worker_cpu.values())
    share = client_cpu / cores if len(worker_cpu) >= cores else 0.0
    return startup + busiest + share


def time_batch(path: Path, workers: int, shard_words: int, words: int) -> dict[str, Any]:
    """The whole ``eventwire batch`` command, timed from outside."""
    out = Path(tempfile.mkdtemp(prefix=f"batch{workers}-", dir=path.parent))
    cmd = [sys.executable, "-m", "eventwire.cli", "batch", str(path), "--out", str(out), "--workers", str(workers),
           "--shard-words", str(shard_words)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    articles, seconds = _DONE.search(done.stderr).groups()
    ready = float(_READY.search(done.stderr).group(1))
    running = float(seconds) - ready
    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    peak: dict[str, float] = defaultdict(float)
    last: dict[str, float] = {}
    for e in entries:  # manifest lines come in the order the shards finished
        peak[e["worker"]] = max(peak[e["worker"]], e.get("peak_rss_mb") or 0)
        last[e["worker"]] = e.get("rss_mb") or 0
    cpu_per_article = sum(e.get("cpu_seconds") or 0 for e in entries) / max(int(articles), 1)
    worker_cpu: dict[str, float] = defaultdict(float)
    for e in entries:
        worker_cpu[e["worker"]] += e.get("cpu_seconds") or 0
    client_cpu = float(_CLIENT_CPU.search(done.stderr).group(1))
    model = modelled_wall(0.0, worker_cpu, client_cpu, os.cpu_count() or 1)  # start-up added in add_startup
    return row(f"batch, {workers} worker(s)", wall, int(articles), words, workers=workers, shards=len(entries),
               cpu_ms_per_article=round(1000 * cpu_per_article), client_cpu_s=round(client_cpu, 1),
               worker_cpu_s=sorted(round(c, 1) for c in worker_cpu.values()), modelled_s=round(model, 1),
               startup_s=round(wall - running, 1), running_s=round(running, 1),
               running_articles_s=round(int(articles) / running, 2), peak_worker_mb=round(max(peak.values())),
               rss_after_mb=round(max(last.values())), failed=sum(e["status"] != "done" for e in entries))


# ---- memory breakdown (in a fresh process) -----------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS")) / 1024


def memory_steps(path: Path, shard_words: int) -> list[tuple[str, float]]:
    """RSS after each step a worker takes (run as ``--memory-child`` in a process of its own)."""
    import gc
    import resource

    steps = [("Python interpreter", _rss_mb())]
    import distributed  # noqa: F401

    steps.append(("+ Dask distributed imported", _rss_mb()))
    import eventwire.batch  # noqa: F401
    import eventwire.export  # noqa: F401 - pyarrow, which a shard task imports
    import eventwire.pipeline  # noqa: F401

    steps.append(("+ spaCy, pyarrow and eventwire imported", _rss_mb()))
    from eventwire.stages.nlp import load_model

    load_model(None)
    steps.append(("+ spaCy model loaded (weights, vocab, string store)", _rss_mb()))
    from eventwire.batch import plan_shards, process_shard, warm_up

    warm_up(None)
    steps.append(("+ pipeline built and warmed up (lexicon tables, gazetteer index, derived word sets)", _rss_mb()))
    shards, _ = plan_shards([str(path)], shard_words, "words")
    out = tempfile.mkdtemp(prefix="memory-", dir=path.parent)
    process_shard(shards[0], out)
    steps.append(("after the first shard (garbage collected)", _rss_mb()))
    for shard in shards[1:]:
        process_shard(shard, out)
    gc.collect()
    steps.append((f"after {len(shards)} shards (garbage collected)", _rss_mb()))
    steps.append(("peak while running shards (ru_maxrss)", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    return steps + caches()


def deep_mb(obj: Any) -> float:
    """Bytes of ``obj`` and everything it holds (containers, dataclass fields), each object counted once."""
    seen: set[int] = set()
    todo, total = [obj], 0
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo.extend(item)
        elif hasattr(item, "__dict__"):
            todo.append(vars(item))
    return total / 2**20


def caches() -> list[tuple[str, float]]:
    """Caches that grow with the variety of the text (not with the number of articles): their size now."""
    from eventwire import gazetteer
    from eventwire.stages.nlp import load_model

    out = []
    if gazetteer._default:  # noqa: SLF001 - measuring, not using
        cache = gazetteer._default[0]._cache  # noqa: SLF001
        out.append((f"cache: gazetteer lookups ({len(cache):,} names)", deep_mb(cache)))
    nlp = load_model(None)
    if "lemmatizer" in nlp.pipe_names:
        cache = nlp.get_pipe("lemmatizer").cache
        out.append((f"cache: spaCy lemmatizer ({len(cache):,} forms)", deep_mb(cache)))
    out.append((f"spaCy string store ({len(nlp.vocab.strings):,} strings; grows until settings.BATCH_PERMANENT_WORDS "
                f"new words, then memory zones keep it flat)", 0.0))
    return out


def memory_table(path: Path, shard_words: int) -> list[tuple[str, float]]:
    cmd = [sys.executable, __file__, "--memory-child", str(path), "--shard-words", str(shard_words)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"memory breakdown failed:\n{done.stderr[-3000:]}")
    return [tuple(step) for step in json.loads(done.stdout.splitlines()[-1])]


def print_memory(steps: list[tuple[str, float]]) -> None:
    print("| step (one worker process, no Dask worker around it) | RSS | added |\n|---|---:|---:|")
    before = 0.0
    for name, mb in steps:
        if name.startswith(("cache", "spaCy string")):
            print(f"| {name} | {mb:.1f} MB (Python objects) | |")
            continue
        added = f"{mb - before:+.0f} MB" if not name.startswith("peak") else ""
        print(f"| {name} | {mb:.0f} MB | {added} |")
        before = mb if not name.startswith("peak") else before
    print()


# ---- report ------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    import dask
    import spacy

    from eventwire.stages.nlp import load_model

    meta = load_model().meta
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": f"{mem_kb / 2**20:.1f} GiB",
            "python": platform.python_version(), "spacy": spacy.__version__, "dask": dask.__version__,
            "model": f"{meta['name']}-{meta['version']}", "commit": commit + (" + uncommitted changes" if dirty else ""),
            "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def table(rows: list[dict[str, Any]]) -> str:
    base = next((r for r in rows if r.get("workers") == 1), None)
    lines = ["| run | articles | wall s | start-up s | articles/s (wall) | speedup (wall) | articles/s running "
             "| speedup (running) | CPU ms per article | client CPU s | modelled wall s | speedup (modelled) "
             "| peak RSS per worker | RSS after last shard |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if "workers" in r:
            up = (f"{r['articles_s'] / base['articles_s']:.2f}", f"{r['running_articles_s'] / base['running_articles_s']:.2f}",
                  f"{base['modelled_s'] / r['modelled_s']:.2f}") if base else ("", "", "")
            lines.append(f"| {r['run']} | {r['articles']:,} | {r['seconds']} | {r['startup_s']} | {r['articles_s']} | "
                         f"{up[0]} | {r['running_articles_s']} | {up[1]} | {r['cpu_ms_per_article']} | "
                         f"{r['client_cpu_s']} | {r['modelled_s']} | {up[2]} | {r['peak_worker_mb']} MB | "
                         f"{r['rss_after_mb']} MB |")
        else:
            lines.append(f"| {r['run']} | {r['articles']:,} | {r['seconds']} | | {r['articles_s']} | | | | | | | | | |")
    return "\n".join(lines)


def goals(rows: dict[str, dict[str, Any]]) -> list[str]:
    mark = lambda ok: "met" if ok else "NOT MET"  # noqa: E731
    out = []
    if "extract" in rows and "bare" in rows:
        ratio = rows["extract"]["words_s"] / rows["bare"]["words_s"]
        out.append(f"extract / bare spaCy = {ratio:.2f} (goal >= {GOALS['extract_vs_bare']}): "
                   f"{mark(ratio >= GOALS['extract_vs_bare'])}")
    if "batch1" in rows and "batch2" in rows:
        speedup = rows["batch1"]["seconds"] / rows["batch2"]["seconds"]
        out.append(f"batch 2 workers / 1 worker, wall clock with start-up = {speedup:.2f}x "
                   f"(goal >= {GOALS['speedup_2_vs_1']}): {mark(speedup >= GOALS['speedup_2_vs_1'])}")
        modelled = rows["batch1"]["modelled_s"] / rows["batch2"]["modelled_s"]
        out.append(f"the same modelled from CPU figures (start-up + busiest worker's shard CPU + client CPU / cores; "
                   f"what a quiet machine would give) = {modelled:.2f}x")
    batches = [r for r in rows.values() if "peak_worker_mb" in r]
    if batches:
        peak = max(r["peak_worker_mb"] for r in batches)
        out.append(f"peak RSS per worker = {peak} MB (goal <= {GOALS['worker_mb']} MB): "
                   f"{mark(peak <= GOALS['worker_mb'])}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", default="1,2", help="worker counts of the batch runs (comma-separated)")
    ap.add_argument("--shard-words", type=int, default=SHARD_WORDS, help="shard size for the batch runs (words)")
    ap.add_argument("--skip-single", action="store_true", help="skip the bare spaCy and extract runs")
    ap.add_argument("--memory", action="store_true", help="only the memory breakdown of one worker")
    ap.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    if args.memory_child:
        print(json.dumps(memory_steps(args.memory_child, args.shard_words)))
        return
    lines = corpus_lines(args.articles)
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    load_start = load_average()
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        if args.memory:
            print_memory(memory_table(path, args.shard_words))
            return
        runs: dict[str, Any] = {}
        if not args.skip_single:
            runs = {"bare": lambda: time_bare(path, words), "extract": lambda: time_extract(path, words)}
        for n in (int(w) for w in args.workers.split(",")):
            runs[f"batch{n}"] = lambda n=n: time_batch(path, n, args.shard_words, words)
        rows: dict[str, dict[str, Any]] = {}
        for name, run in runs.items():
            rows[name] = run()
            print(f"# {rows[name]}", file=sys.stderr, flush=True)
        memory = memory_table(path, args.shard_words)
    add_startup(rows)
    info = {**machine(), "load_average": f"{load_start} at start, {load_average()} at end (1/5/15 min)"}
    print("\n".join(f"- {k}: {v}" for k, v in info.items()))
    print(f"- corpus: VOA stories repeated to {len(lines):,} articles, {words:,} words; "
          f"shards of {args.shard_words:,} words\n")
    print(table(list(rows.values())) + "\n")
    print_memory(memory)
    print("\n".join(f"- {g}" for g in goals(rows)))
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "rows": rows, "memory": memory, "goals": goals(rows)},
                                        indent=1))


if __name__ == "__main__":
    main()
