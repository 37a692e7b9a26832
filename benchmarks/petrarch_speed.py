#!/usr/bin/env python3
"""Speed of the PETRARCH dictionary coder with PETRARCH2's production dictionaries.

Dictionaries: ``<repo>/../shared/eval/petrarch2-dictionaries/`` found through its ``PETR_config.ini``
(three actor files, agents, the CAMEO verb file, discards), as ``eventwire extract --dictionaries DIR``
finds them. Corpus: the 75 VOA stories (``<repo>/../shared/corpus/voa/``).

Two figures, both excluding start-up (model and dictionary loading are timed apart):

* coder: milliseconds per article of ``DictionaryCoder.codings`` alone, on documents parsed beforehand
  (goal: at most 30 ms per article), wall-clock and CPU time of this process (on a loaded machine the CPU
  time is the steadier figure);
* extract: articles per second of ``Pipeline(dictionaries=...).run`` over the corpus, every stage
  included, as ``eventwire extract FILE --dictionaries DIR`` runs (goal: at least 20 articles/s).

The same run also times the extract pipeline without dictionaries, so the cost of the coder can be read
as a ratio measured under the same load. Goals are reported, not asserted.

Usage::

    .venv/bin/python benchmarks/petrarch_speed.py            # prints a small table
    .venv/bin/python benchmarks/petrarch_speed.py --json speed.json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DICTIONARIES = REPO.parent / "shared" / "eval" / "petrarch2-dictionaries"
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
GOALS = {"coder_ms_per_article": 30.0, "extract_articles_per_s": 20.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    for path in (DICTIONARIES, VOA):
        if not path.exists():
            sys.exit(f"{path}: not found (the shared evaluation data is needed)")

    from eventwire.dictionaries import load_dictionaries
    from eventwire.dictionaries.config import dictionary_files
    from eventwire.ingest import IngestError, read_inputs
    from eventwire.pipeline import Pipeline
    from eventwire.stages.dictionary_coding import DictionaryCoder

    articles = [a for a in read_inputs([str(VOA)]) if not isinstance(a, IngestError)]
    t0 = time.perf_counter()
    dicts = load_dictionaries(**dictionary_files(str(DICTIONARIES)))
    load_s = time.perf_counter() - t0

    plain = Pipeline(None)
    t0 = time.perf_counter()
    plain_records = [o for o in plain.run(articles)]
    plain_s = time.perf_counter() - t0

    coded = Pipeline(None, dictionaries=dicts)
    t0 = time.perf_counter()
    outcomes = [o for o in coded.run(articles)]
    extract_s = time.perf_counter() - t0

    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import parse

    docs = list(parse((Document(Article(text=a.text, published=a.published)) for a in articles), coded.nlp))
    coder = DictionaryCoder(dicts)
    t0, c0 = time.perf_counter(), time.process_time()
    codings = sum(len(coder.codings(d)) for d in docs)
    coder_s, coder_cpu_s = time.perf_counter() - t0, time.process_time() - c0

    n = len(articles)
    figures = {
        "articles": n, "dictionary_load_s": round(load_s, 2), "dictionary_warnings": len(dicts.warnings),
        "codings": codings, "events": sum(len(o.record.events) for o in outcomes if o.record),
        "coder_ms_per_article": round(1000 * coder_s / n, 1),
        "coder_cpu_ms_per_article": round(1000 * coder_cpu_s / n, 1),
        "extract_articles_per_s": round(n / extract_s, 1),
        "extract_without_dictionaries_articles_per_s": round(n / plain_s, 1),
        "extract_time_ratio_with_vs_without": round(extract_s / plain_s, 2),
        "failures": sum(1 for o in outcomes if o.error) + sum(1 for o in plain_records if o.error),
    }
    for name, goal in GOALS.items():
        value = figures[name]
        met = value <= goal if name.endswith("per_article") else value >= goal
        print(f"{name:<45} {value:>8}  (goal {'<=' if name.endswith('per_article') else '>='} {goal}: "
              f"{'met' if met else 'NOT met'})")
    for name in ("coder_cpu_ms_per_article", "articles", "dictionary_load_s", "dictionary_warnings", "codings", "events",
                 "extract_without_dictionaries_articles_per_s", "extract_time_ratio_with_vs_without", "failures"):
        print(f"{name:<45} {figures[name]:>8}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
