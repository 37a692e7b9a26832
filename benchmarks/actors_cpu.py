#!/usr/bin/env python3
"""CPU time of the actors stage alone, in-process: parse a set of articles once, then run the actors stage
over fresh Documents of those parses several times and report the least CPU time (``time.process_time``,
steadier than wall time on a shared machine). ``--profile`` adds a cProfile of one more pass (by tottime and
cumtime). A digest of the actors every pass found is printed, so that a change that alters them shows.

Usage::

    python benchmarks/actors_cpu.py FILE.jsonl [--repeat 3] [--profile N]
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import pstats
import time

from eventwire import pipeline
from eventwire.document import Document
from eventwire.ingest import IngestError, read_inputs
from eventwire.stages import actors
from eventwire.stages import nlp as nlp_stage


def digest(doc: Document) -> str:
    parts = [f"{a.id}|{a.name}|{a.kind}|{a.country}|{a.sector}|{a.code}|{a.role}|{[(m.start, m.end) for m in a.mentions]}"
             for a in doc.actors]
    parts.append(repr(sorted(doc._actor_at.items())))
    parts.append(repr(sorted(doc._actors_at.items())))
    parts.append(f"{doc.setting}|{doc.leading_state}")
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, help="print the N top lines of a cProfile pass")
    ap.add_argument("--dump", help="with --profile: write the profile's stats to this file")
    ap.add_argument("--callers", nargs="*", default=[], help="with --profile: who calls these functions")
    args = ap.parse_args()
    pipe = pipeline.Pipeline()
    articles = [a for a in read_inputs(args.inputs) if not isinstance(a, IngestError)]
    parsed = [d.nlp for d in nlp_stage.parse((Document(a) for a in articles), pipe.nlp)]

    def one_pass(prof: cProfile.Profile | None = None) -> tuple[float, str]:
        total = 0.0
        h = hashlib.sha1()
        for article, sdoc in zip(articles, parsed):
            doc = Document(article)
            doc.nlp = sdoc
            doc.build_tables()
            t0 = time.process_time()
            if prof is not None:
                prof.enable()
            actors.run(doc)
            if prof is not None:
                prof.disable()
            total += time.process_time() - t0
            h.update(digest(doc).encode())
        return total, h.hexdigest()

    one_pass()  # warm (lazily loaded tables)
    times = []
    digests = set()
    for _ in range(args.repeat):
        gc.collect()
        t, d = one_pass()
        times.append(t)
        digests.add(d)
    print(f"actors CPU over {len(articles)} articles: min {min(times):.3f} s  all "
          + " ".join(f"{t:.3f}" for t in times) + f"  digest {','.join(sorted(digests))[:12]}")
    if args.profile:
        prof = cProfile.Profile(time.process_time)
        one_pass(prof)
        if args.dump:
            prof.dump_stats(args.dump)
        for key in ("tottime", "cumtime"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats(key).print_stats(args.profile)
            print(out.getvalue())
        for name in args.callers:
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_callers(name)
            print(out.getvalue())


if __name__ == "__main__":
    main()
