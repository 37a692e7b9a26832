#!/usr/bin/env python3
"""Cost of the learned event-sentence model (issue 15): CPU time of the learned step of the events stage
(features, the model, and the participants of what it finds) as a share of the spaCy parse, with
``settings.LEARNED_EVENTS`` on. Goal: a few percent (<= 3 %); reported, never asserted.

CPU time (``time.process_time``) of one pass after a warm-up, so other work on the machine disturbs it less
than wall time. Corpus: ``--input`` (JSON Lines stories), else the VOA stories in ``<repo>/../shared/corpus/voa/``
when present, else the articles in ``<repo>/examples/``; the held-back stories
(``eventwire.training.sentences.HELD_BACK``) are always left out, never run.

Usage::

    .venv/bin/python benchmarks/learned_events.py [--limit N] [--input STORIES.jsonl]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventwire import settings
from eventwire.document import Document
from eventwire.ingest import read_inputs
from eventwire.pipeline import Pipeline
from eventwire.stages import events
from eventwire.stages.eventcoding import learned
from eventwire.stages.nlp import parse

ROOT = Path(__file__).resolve().parent.parent
VOA = ROOT.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="at most this many articles")
    ap.add_argument("--input", default=None, help="a JSON Lines file of stories (id, text, day)")
    args = ap.parse_args()
    from eventwire.training.sentences import HELD_BACK

    paths = [args.input] if args.input else [str(VOA)] if VOA.exists() \
        else sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
    articles = [a for a in read_inputs(paths) if str(getattr(a, "id", "")) not in HELD_BACK][: args.limit]
    settings.LEARNED_EVENTS = True
    pipe = Pipeline()
    spent = {"parse": 0.0, "events": 0.0, "learned": 0.0}
    found = 0
    own = learned.events

    def timed(doc, coded, code):
        started = time.process_time()
        out = list(own(doc, coded, code))
        spent["learned"] += time.process_time() - started
        return out

    events.learned.events = timed
    try:
        for article in articles:
            started = time.process_time()
            doc = next(parse([Document(article)], pipe.nlp))
            spent["parse"] += time.process_time() - started
            for name, stage in pipe.stages:
                started = time.process_time()
                stage(doc)
                if name == "events":
                    spent["events"] += time.process_time() - started
            found += sum(1 for ev in doc.events if ev.rule.startswith("learned:"))
    finally:
        events.learned.events = own
    print(json.dumps({"articles": len(articles), "corpus": paths[0] if paths else None, "learned_events": found,
                      "cpu_s": {k: round(v, 2) for k, v in spent.items()},
                      "learned_share_of_parse": round(spent["learned"] / spent["parse"], 4),
                      "events_share_of_parse": round(spent["events"] / spent["parse"], 4)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
