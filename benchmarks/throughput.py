#!/usr/bin/env python3
"""Throughput: words per second of bare spaCy against the full eventwire extraction, per-stage times.

Both runs parse the same articles with the same model and batch size:

* bare spaCy: the plain ``spacy.load(<model>)`` pipeline (no eventwire components), ``nlp.pipe``;
* eventwire: ``Pipeline().run(...)`` as ``eventwire extract`` does it (spaCy + the paragraph and entity
  fences + every stage in ``pipeline.STAGES`` + building the record).

Each stage function is wrapped in a timer, so the time spent in actors, quotes, times, places and events
is reported as a share of the bare spaCy parse time. Goals: eventwire/bare >= 0.8 (issue 21), quotes <= 10%,
events <= 15%. The goals are only reported, never asserted. eventwire parses in batches bounded by
``settings.NLP_BATCH_WORDS`` as well as ``NLP_BATCH_SIZE``; bare spaCy gets the plain ``batch_size``.

Corpus: the VOA stories in ``<repo>/../shared/corpus/voa/`` when present, else the articles in
``<repo>/examples/``, else the seed article (``<repo>/../shared/corpus/seed/``) repeated, else a short
built-in sample repeated. The table says which one was used.

Usage::

    .venv/bin/python benchmarks/throughput.py                     # one timed pass after a warm-up
    .venv/bin/python benchmarks/throughput.py --repeat 3 --limit 40 --json throughput.json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import spacy
from spacy.language import Language

from eventwire import pipeline, settings
from eventwire.document import Document
from eventwire.ingest import IngestError, read_inputs
from eventwire.record import Article

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
VOA_DIR = SHARED / "voa"
SEED = SHARED / "seed" / "putin-kim-2018-06-04.txt"
EXAMPLES = REPO / "examples"
COPIES = 40  # how often a single article is repeated when nothing larger is available
WARMUP_ARTICLES = 8
BATCH_SIZE = settings.NLP_BATCH_SIZE  # what eventwire's nlp stage uses; bare spaCy gets the same
GOALS = {"ratio": 0.8, "quotes": 10.0, "events": 15.0}
SAMPLE = (
    "GENEVA - Delegates from the two governments met on Tuesday for a second round of talks, the\n"
    "foreign ministry said in a statement. \"We expect progress on the border question,\" the chief\n"
    "negotiator told reporters outside the hall. Officials in the capital accused the other side of\n"
    "delaying an agreement on prisoners, while the United Nations urged both to resume the ceasefire\n"
    "that collapsed last month near the northern city of Mosul.\n"
)


# ---- corpus ------------------------------------------------------------------------------------

def read_articles(paths: list[str]) -> list[Article]:
    return [item for item in read_inputs(paths) if not isinstance(item, IngestError)]


def repeated(text: str, source: str) -> list[Article]:
    return [Article(text=text, source=f"{source}#{n}") for n in range(COPIES)]


def load_corpus() -> tuple[str, list[Article]]:
    """The articles to time and a label saying where they came from."""
    voa = sorted(str(p) for p in VOA_DIR.glob("*.jsonl")) if VOA_DIR.is_dir() else []
    if voa and (articles := read_articles(voa)):
        return "VOA stories (../shared/corpus/voa)", articles
    if EXAMPLES.is_dir() and (articles := read_articles([str(EXAMPLES)])):
        return "project examples/ (VOA corpus not found)", articles
    if SEED.is_file():
        return f"seed article x{COPIES} (VOA corpus and examples/ not found)", repeated(
            SEED.read_text(encoding="utf-8"), str(SEED))
    return f"built-in sample x{COPIES} (no corpus found)", repeated(SAMPLE, "sample")


def word_count(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


# ---- timing ------------------------------------------------------------------------------------

@dataclass
class Span:
    """Wall-clock seconds (time.perf_counter) and this process's CPU seconds (time.process_time)."""

    wall: float = 0.0
    cpu: float = 0.0

    def __add__(self, other: Span) -> Span:
        return Span(self.wall + other.wall, self.cpu + other.cpu)

    def __sub__(self, other: Span) -> Span:
        return Span(self.wall - other.wall, self.cpu - other.cpu)


def now() -> Span:
    return Span(time.perf_counter(), time.process_time())


@dataclass
class StageTimer:
    """A stage function that adds its own run time to ``spent``."""

    name: str
    func: Callable[[Document], None]
    spent: Span = field(default_factory=Span)

    def __call__(self, doc: Document) -> None:
        start = now()
        try:
            self.func(doc)
        finally:
            self.spent = self.spent + (now() - start)


@dataclass
class Pass:
    spent: Span
    stages: dict[str, Span] = field(default_factory=dict)
    errors: int = 0


def model_candidates(model: str | None) -> tuple[str, ...]:
    return (model,) if model else settings.MODEL_CANDIDATES


def load_bare(model: str | None) -> Language:
    """The plain spaCy pipeline eventwire would pick, without the eventwire components."""
    for name in model_candidates(model):
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    sys.exit(f"no spaCy model could be loaded (tried {', '.join(model_candidates(model))})")


def time_bare(nlp: Language, articles: list[Article]) -> Pass:
    texts = [a.text for a in articles]
    start = now()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return Pass(now() - start)


def time_eventwire(pipe: pipeline.Pipeline, timers: list[StageTimer], articles: list[Article]) -> Pass:
    for timer in timers:
        timer.spent = Span()
    start = now()
    errors = sum(1 for outcome in pipe.run(articles) if outcome.error)
    spent = now() - start
    return Pass(spent, {t.name: t.spent for t in timers}, errors)


# ---- report ------------------------------------------------------------------------------------

def goal_note(value: float, goal: float, higher_is_better: bool, unit: str = "") -> str:
    met = value >= goal if higher_is_better else value <= goal
    sign = ">=" if higher_is_better else "<="
    return f"goal {sign} {goal:g}{unit}: {'met' if met else 'NOT MET'}"


def share(part: Span, bare: Span) -> dict[str, float]:
    return {"seconds": part.wall, "cpu_seconds": part.cpu,
            "pct_of_bare": 100 * part.wall / bare.wall, "cpu_pct_of_bare": 100 * part.cpu / bare.cpu}


def run_summary(spent: Span, words: int) -> dict[str, float]:
    return {"seconds": spent.wall, "cpu_seconds": spent.cpu,
            "words_per_s": words / spent.wall, "cpu_words_per_s": words / spent.cpu}


def summary(label: str, articles: list[Article], bare: Pass, full: Pass, meta: dict[str, Any]) -> dict[str, Any]:
    words = word_count(articles)
    rest = full.spent - sum(full.stages.values(), Span())
    return {"corpus": label, "articles": len(articles), "words": words, **meta,
            "bare": run_summary(bare.spent, words),
            "eventwire": {**run_summary(full.spent, words), "errors": full.errors},
            "ratio": bare.spent.wall / full.spent.wall, "cpu_ratio": bare.spent.cpu / full.spent.cpu,
            "stages": {name: share(spent, bare.spent) for name, spent in full.stages.items()},
            "rest": share(rest, bare.spent)}


def print_runs(r: dict[str, Any]) -> None:
    corpus = r["corpus"].split()[0]
    print(f"\n{'run':<10} {'corpus':<9} {'articles':>8} {'words':>8} {'seconds':>8} {'words/s':>8}"
          f" {'CPU s':>7} {'CPU words/s':>11}")
    for key in ("bare", "eventwire"):
        run = r[key]
        print(f"{key:<10} {corpus:<9} {r['articles']:>8} {r['words']:>8,} {run['seconds']:>8.2f}"
              f" {run['words_per_s']:>8,.0f} {run['cpu_seconds']:>7.2f} {run['cpu_words_per_s']:>11,.0f}")
    print(f"\nratio eventwire/bare words/s: {r['ratio']:.2f} wall, {r['cpu_ratio']:.2f} CPU"
          f"  ({goal_note(r['ratio'], GOALS['ratio'], True)})")


def print_stages(r: dict[str, Any]) -> None:
    print(f"\n{'stage':<34} {'seconds':>8} {'% of bare':>9} {'CPU s':>7} {'CPU %':>7}")
    rows = [*r["stages"].items(), ("(rest: spaCy + fences + records)", r["rest"])]
    for name, s in rows:
        note = f"  ({goal_note(s['pct_of_bare'], GOALS[name], False, '%')})" if name in GOALS else ""
        print(f"{name:<34} {s['seconds']:>8.3f} {s['pct_of_bare']:>8.1f}% {s['cpu_seconds']:>7.3f}"
              f" {s['cpu_pct_of_bare']:>6.1f}%{note}")


def print_report(r: dict[str, Any]) -> None:
    print(f"corpus: {r['corpus']}; model {r['model']}, spaCy {r['spacy']}, Python {r['python']}, "
          f"batch size {r['batch_size']}, best of {r['repeat']}; load average {r['load_average']}")
    print_runs(r)
    print_stages(r)
    print("(% of bare: share of the bare spaCy parse time; CPU columns use time.process_time and are "
          "the steadier figure on a busy machine)")
    if r["eventwire"]["errors"]:
        print(f"note: {r['eventwire']['errors']} article(s) failed in a stage (timed up to the failure)")


def load_average() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# ---- main --------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=1, help="timed passes of each run; the best is kept")
    p.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    p.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    p.add_argument("--model", default=None, help="spaCy model name (default: what eventwire picks)")
    return p.parse_args(argv)


def measure(args: argparse.Namespace, articles: list[Article]) -> tuple[Pass, Pass, Language]:
    bare_nlp = load_bare(args.model)
    timers = [StageTimer(name, func) for name, func in pipeline.STAGES]
    pipe = pipeline.Pipeline(args.model, stages=tuple((t.name, t) for t in timers))
    warm = articles[:WARMUP_ARTICLES]
    time_bare(bare_nlp, warm)
    time_eventwire(pipe, timers, warm)
    bare_runs: list[Pass] = []
    full_runs: list[Pass] = []
    for _ in range(max(1, args.repeat)):
        bare_runs.append(time_bare(bare_nlp, articles))
        full_runs.append(time_eventwire(pipe, timers, articles))
    best = min(bare_runs, key=lambda p: p.spent.wall), min(full_runs, key=lambda p: p.spent.wall)
    return best[0], best[1], bare_nlp


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    load_start = load_average()
    label, articles = load_corpus()
    articles = articles[:args.limit] if args.limit else articles
    bare, full, nlp = measure(args, articles)
    meta = {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}", "spacy": spacy.__version__,
            "python": platform.python_version(), "batch_size": BATCH_SIZE, "repeat": max(1, args.repeat),
            "load_average": f"{load_start} at start, {load_average()} at end (1/5/15 min)"}
    result = summary(label, articles, bare, full, meta)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
