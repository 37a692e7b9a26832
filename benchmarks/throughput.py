#!/usr/bin/env python3
"""Throughput: words per second of bare spaCy against the full eventwire extraction, per-stage times.

Both sides parse the same articles with the same model, in the same batches, in one process:

* bare spaCy: the plain ``spacy.load(<model>)`` pipeline (no eventwire components), ``nlp.pipe``;
* eventwire: ``Pipeline().run(...)`` as ``eventwire extract`` does it (spaCy + the paragraph and entity
  fences + every stage in ``pipeline.STAGES`` + building the record). Its spaCy pipeline runs the model's
  attribute ruler and lemmatizer as the stand-ins of ``stages/nlp/fast_components.py`` (the same
  annotations, in about a fifth of the time), so its parse is itself faster than bare spaCy's.

How it is kept fair and steady on a shared machine:

* **Same batches.** eventwire parses in batches bounded by ``settings.NLP_BATCH_WORDS`` words as well as
  ``NLP_BATCH_SIZE`` articles (to bound memory); bare spaCy is given exactly those batches
  (``--bare-batches articles`` gives it plain ``NLP_BATCH_SIZE``-article batches instead, the larger and
  slightly faster batches, for comparison).
* **Interleaved.** The articles are cut into chunks of ``NLP_BATCH_SIZE``; each chunk is run by bare spaCy
  and by eventwire one after the other (the order alternating from chunk to chunk), and each side's
  times are summed. Other work on the machine then slows both sides alike, instead of whichever whole
  pass it happened to overlap (four runs of the earlier one-pass-then-the-other method gave 0.74-0.81).
* **Warm on both sides.** One untimed pass over every article first, on both sides: spaCy's tokenizer and
  lemmatizer caches (on the VOA stories the lemmatizer took 0.77 s CPU on its first pass, 0.17 s on the
  next) and the stages' lazily loaded tables are then warm, as in a long run, and no side pays a cold
  start the other does not.
* **Several passes.** ``--repeat N`` timed passes; the ratio of each pass is reported and the median is the
  figure (with the range), rather than the best of each side taken from different passes.

CPU seconds (``time.process_time``) are reported beside wall-clock seconds: on a busy machine they are
the steadier figure. The garbage collector's time on each side is measured with ``gc.callbacks``.

Each stage function is wrapped in a timer, so the time spent in actors, quotes, times, places and events
is reported as a share of the bare spaCy parse time. "document tables" is the pipeline's step right after
the parse that makes the parse's tables every stage reads (``Document.build_tables``: token strings, word
indexes, sentences, entities, heads and children); until round 20 the actors stage, which read them first,
was charged for them (about a tenth of its time). Goals: eventwire/bare >= 0.8 (issue 21), quotes <= 10%,
events <= 15%. The goals are only reported, never asserted.

Corpus: the VOA stories in ``<repo>/../shared/corpus/voa/`` when present, else the articles in
``<repo>/examples/``, else the seed article (``<repo>/../shared/corpus/seed/``) repeated, else a short
built-in sample repeated. The table says which one was used.

Usage::

    .venv/bin/python benchmarks/throughput.py                     # warm-up pass, then 3 interleaved passes
    .venv/bin/python benchmarks/throughput.py --repeat 5 --limit 40 --json throughput.json
"""
from __future__ import annotations

import argparse
import gc
import json
import statistics
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
from eventwire.stages import nlp as nlp_stage

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
VOA_DIR = SHARED / "voa"
SEED = SHARED / "seed" / "putin-kim-2018-06-04.txt"
EXAMPLES = REPO / "examples"
COPIES = 40  # how often a single article is repeated when nothing larger is available
BATCH_SIZE = settings.NLP_BATCH_SIZE  # articles per interleaved chunk (and per batch with --bare-batches articles)
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


class GcClock:
    """Seconds and collections of Python's garbage collector, charged to whichever side is running."""

    def __init__(self) -> None:
        self.side: str | None = None
        self.seconds: dict[str, float] = {}
        self.collections: dict[str, int] = {}
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if self.side is None:
            return
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds[self.side] = self.seconds.get(self.side, 0.0) + time.process_time() - self._started
            self.collections[self.side] = self.collections.get(self.side, 0) + 1

    def reset(self) -> None:
        self.seconds.clear()
        self.collections.clear()


@dataclass
class Pass:
    """One timed pass over every article: each side's summed time, the stages' times, GC per side."""

    bare: Span = field(default_factory=Span)
    full: Span = field(default_factory=Span)
    stages: dict[str, Span] = field(default_factory=dict)
    gc_seconds: dict[str, float] = field(default_factory=dict)
    gc_collections: dict[str, int] = field(default_factory=dict)
    errors: int = 0

    @property
    def ratio(self) -> float:
        return self.bare.wall / self.full.wall

    @property
    def cpu_ratio(self) -> float:
        return self.bare.cpu / self.full.cpu


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


def chunks(articles: list[Article]) -> list[list[Article]]:
    """The articles in runs of ``BATCH_SIZE``: the unit of interleaving."""
    return [articles[i:i + BATCH_SIZE] for i in range(0, len(articles), BATCH_SIZE)]


def bare_batches(chunk: list[Article], mode: str) -> list[list[str]]:
    """The texts bare spaCy parses, batch by batch: eventwire's own batches of ``chunk`` ("same"), or the
    whole chunk as one batch ("articles")."""
    if mode == "articles":
        return [[a.text for a in chunk]]
    return [[d.text for d in group] for group in nlp_stage.batches(Document(a) for a in chunk)]


def run_bare(nlp: Language, batches: list[list[str]]) -> Span:
    start = now()
    for texts in batches:
        for _ in nlp.pipe(texts, batch_size=len(texts)):
            pass
    return now() - start


def run_eventwire(pipe: pipeline.Pipeline, chunk: list[Article]) -> tuple[Span, int]:
    start = now()
    errors = sum(1 for outcome in pipe.run(chunk) if outcome.error)
    return now() - start, errors


def timed_pass(bare_nlp: Language, pipe: pipeline.Pipeline, timers: list[StageTimer], articles: list[Article],
               mode: str, clock: GcClock) -> Pass:
    """Every chunk through both sides, the side going first alternating from chunk to chunk."""
    for timer in timers:
        timer.spent = Span()
    clock.reset()
    result = Pass()
    for n, chunk in enumerate(chunks(articles)):
        batches = bare_batches(chunk, mode)
        for side in (("bare", "full") if n % 2 == 0 else ("full", "bare")):
            clock.side = side
            if side == "bare":
                result.bare = result.bare + run_bare(bare_nlp, batches)
            else:
                spent, errors = run_eventwire(pipe, chunk)
                result.full = result.full + spent
                result.errors += errors
            clock.side = None
    result.stages = {t.name: t.spent for t in timers}
    result.gc_seconds, result.gc_collections = dict(clock.seconds), dict(clock.collections)
    return result


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


def median_pass(passes: list[Pass]) -> Pass:
    """The pass whose ratio is the median one (the lower middle one for an even number)."""
    ranked = sorted(passes, key=lambda p: p.ratio)
    return ranked[(len(ranked) - 1) // 2]


def summary(label: str, articles: list[Article], passes: list[Pass], meta: dict[str, Any]) -> dict[str, Any]:
    words = word_count(articles)
    mid = median_pass(passes)
    rest = mid.full - sum(mid.stages.values(), Span())
    ratios = [p.ratio for p in passes]
    cpu_ratios = [p.cpu_ratio for p in passes]
    return {"corpus": label, "articles": len(articles), "words": words, **meta,
            "bare": run_summary(mid.bare, words),
            "eventwire": {**run_summary(mid.full, words), "errors": mid.errors},
            "ratio": statistics.median(ratios), "cpu_ratio": statistics.median(cpu_ratios),
            "ratios": ratios, "cpu_ratios": cpu_ratios,
            "gc_seconds": mid.gc_seconds, "gc_collections": mid.gc_collections,
            "stages": {name: share(spent, mid.bare) for name, spent in mid.stages.items()},
            "rest": share(rest, mid.bare)}


def print_runs(r: dict[str, Any]) -> None:
    corpus = r["corpus"].split()[0]
    print(f"\n{'run':<10} {'corpus':<9} {'articles':>8} {'words':>8} {'seconds':>8} {'words/s':>8}"
          f" {'CPU s':>7} {'CPU words/s':>11} {'GC s':>6}")
    for key, side in (("bare", "bare"), ("eventwire", "full")):
        run = r[key]
        print(f"{key:<10} {corpus:<9} {r['articles']:>8} {r['words']:>8,} {run['seconds']:>8.2f}"
              f" {run['words_per_s']:>8,.0f} {run['cpu_seconds']:>7.2f} {run['cpu_words_per_s']:>11,.0f}"
              f" {r['gc_seconds'].get(side, 0.0):>6.3f}")
    passes = ", ".join(f"{w:.3f}/{c:.3f}" for w, c in zip(r["ratios"], r["cpu_ratios"]))
    print(f"\nratio eventwire/bare words/s, median of {len(r['ratios'])} passes: {r['ratio']:.3f} wall, "
          f"{r['cpu_ratio']:.3f} CPU  ({goal_note(r['ratio'], GOALS['ratio'], True)})")
    print(f"each pass (wall/CPU): {passes}; range {min(r['ratios']):.3f}-{max(r['ratios']):.3f} wall, "
          f"{min(r['cpu_ratios']):.3f}-{max(r['cpu_ratios']):.3f} CPU")


def print_stages(r: dict[str, Any]) -> None:
    print(f"\n{'stage (median pass)':<34} {'seconds':>8} {'% of bare':>9} {'CPU s':>7} {'CPU %':>7}")
    rows = [*r["stages"].items(), ("(rest: spaCy + fences + records)", r["rest"])]
    for name, s in rows:
        note = f"  ({goal_note(s['pct_of_bare'], GOALS[name], False, '%')})" if name in GOALS else ""
        print(f"{name:<34} {s['seconds']:>8.3f} {s['pct_of_bare']:>8.1f}% {s['cpu_seconds']:>7.3f}"
              f" {s['cpu_pct_of_bare']:>6.1f}%{note}")


def print_report(r: dict[str, Any]) -> None:
    print(f"corpus: {r['corpus']}; model {r['model']}, spaCy {r['spacy']}, Python {r['python']}; bare spaCy "
          f"batches: {r['bare_batches']}; chunks of {r['batch_size']} articles interleaved; {r['repeat']} timed "
          f"passes after a warm-up pass; load average {r['load_average']}")
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

BARE_BATCHES = {"same": "eventwire's own (word-bounded) batches",
                "articles": f"{BATCH_SIZE} articles per batch (not eventwire's batches)"}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=3, help="timed passes; the median ratio is the figure")
    p.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    p.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    p.add_argument("--model", default=None, help="spaCy model name (default: what eventwire picks)")
    p.add_argument("--bare-batches", choices=sorted(BARE_BATCHES), default="same",
                   help="same: bare spaCy parses eventwire's batches (default); articles: plain "
                        f"{BATCH_SIZE}-article batches")
    return p.parse_args(argv)


def measure(args: argparse.Namespace, articles: list[Article]) -> tuple[list[Pass], Language]:
    bare_nlp = load_bare(args.model)
    timers = [StageTimer(name, func) for name, func in pipeline.STAGES]
    pipe = pipeline.Pipeline(args.model, stages=tuple((t.name, t) for t in timers))
    clock = GcClock()
    timed_pass(bare_nlp, pipe, timers, articles, args.bare_batches, clock)  # warm-up, not reported
    passes = [timed_pass(bare_nlp, pipe, timers, articles, args.bare_batches, clock)
              for _ in range(max(1, args.repeat))]
    return passes, bare_nlp


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    load_start = load_average()
    label, articles = load_corpus()
    articles = articles[:args.limit] if args.limit else articles
    passes, nlp = measure(args, articles)
    meta = {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}", "spacy": spacy.__version__,
            "python": platform.python_version(), "batch_size": BATCH_SIZE, "repeat": len(passes),
            "bare_batches": BARE_BATCHES[args.bare_batches],
            "load_average": f"{load_start} at start, {load_average()} at end (1/5/15 min)"}
    result = summary(label, articles, passes, meta)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
