"""Gazetteer and places-stage speed: index build, index load, resolver memory, per-toponym time, the
stage's share of parse time and the whole process's memory.

Usage: .venv/bin/python benchmarks/places_speed.py [--articles N]
Builds a fresh index in a temporary directory (the real cache is left alone), loads it in a new process,
then runs the places stage over the seed article and N VOA stories from ../shared (parsed beforehand and
timed apart, so the stage's cost can be set against spaCy's). Prints a table; goals: load < 1 s, resolver
memory < 150 MB, places at most 10% of parse time, the whole process (spaCy model, gazetteer, stage)
under 600 MB resident at its peak.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LOAD_GOAL_S = 1.0
MEMORY_GOAL_MB = 150.0
SHARE_OF_PARSE_GOAL = 0.10
PROCESS_GOAL_MB = 600.0


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # kilobytes on Linux


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def time_build(cache: Path) -> tuple[float, Path, float]:
    """(seconds, index path, peak resident MB) of building the index, in a fresh interpreter: a build
    happens once per machine and version, so its memory is not charged to the extracting process."""
    from eventwire import gazetteer

    os.environ["EVENTWIRE_CACHE"] = str(cache)
    path = gazetteer.index_path()
    code = ("import resource, time, pathlib; from eventwire import gazetteer; t = time.perf_counter(); "
            f"gazetteer.build(pathlib.Path({str(path)!r})); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, peak = out.stdout.split()
    return float(seconds), path, float(peak)


def time_load_in_new_process(path: Path) -> float:
    """Import + open + first lookup, in a fresh interpreter (what a CLI run pays)."""
    code = ("import time, pathlib; t = time.perf_counter(); from eventwire import gazetteer; "
            f"g = gazetteer.load(pathlib.Path({str(path)!r})); g.lookup('Moscow'); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def texts(n: int) -> list[str]:
    out = []
    seed = SHARED / "corpus" / "seed" / "putin-kim-2018-06-04.txt"
    if seed.exists():
        out.append(seed.read_text(encoding="utf-8"))
    voa = SHARED / "corpus" / "voa" / "voa_stories.jsonl"
    if voa.exists():
        with voa.open(encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line, _ in zip(f, range(n))]
    return out or ["Lavrov visited Pyongyang. Talks in Beijing and Dalian, China, followed."]


def parsed_docs(n: int) -> tuple[list, float]:
    """Parsed articles with their actors (the stage before places that it reads), and the seconds spaCy
    took to parse them (model loading not counted)."""
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages import actors, nlp

    model = nlp.load_model(None)
    t = time.perf_counter()
    docs = list(nlp.parse((Document(Article(text=t)) for t in texts(n)), model))
    parse_s = time.perf_counter() - t
    for doc in docs:
        actors.run(doc)
    return docs, parse_s


def time_stage(docs: list, path: Path) -> tuple[float, int, float, float, float]:
    """(seconds per toponym, toponyms, resolver memory by tracemalloc MB, RSS growth MB, stage seconds)."""
    from eventwire import gazetteer
    from eventwire.stages import places

    gazetteer._loaded.clear()
    gazetteer._default.clear()
    rss0 = rss_mb()
    tracemalloc.start()
    gazetteer.load(path)
    for doc in docs:  # memory pass (tracemalloc slows Python down: not timed)
        places.run(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_growth = rss_mb() - rss0
    gazetteer._loaded.clear()
    gazetteer._default.clear()
    gazetteer.key.cache_clear()
    gazetteer.load(path)  # timed pass, from a cold lookup cache
    t = time.perf_counter()
    count = 0
    for doc in docs:
        places.run(doc)
        count += len(doc.places)
    elapsed = time.perf_counter() - t
    return elapsed / max(count, 1), count, peak / 1e6, rss_growth, elapsed


def time_lookups(path: Path) -> float:
    """Seconds per cold lookup (a name not yet in the per-process cache)."""
    from eventwire import gazetteer

    gazetteer._loaded.clear()
    gaz = gazetteer.load(path)
    names = ["Moscow", "Pyongyang", "Springfield", "Peking", "Kharkiv", "Nowhere Town", "Rome", "Idaho",
             "Georgia", "Dalian", "Sydney", "Victoria", "Lagos", "Quebec", "Aleppo", "Yangon"] * 1
    t = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    return (time.perf_counter() - t) / len(names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20, help="VOA stories to run the stage over")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build_s, path, build_mb = time_build(Path(tmp))
        size_mb = path.stat().st_size / 1e6
        load_s = time_load_in_new_process(path)
        lookup_s = time_lookups(path)
        docs, parse_s = parsed_docs(args.articles)
        per_toponym_s, count, traced_mb, rss_growth_mb, stage_s = time_stage(docs, path)
        share = stage_s / parse_s
        process_mb = peak_rss_mb()
    rows = [
        ("index build (cities500, countries, states, continents, subdivisions, features)", f"{build_s:.2f} s", ""),
        ("index build, peak resident memory (its own process, once per version)", f"{build_mb:.0f} MB", ""),
        ("index file size", f"{size_mb:.1f} MB", ""),
        ("index load, new process (import + open + 1st lookup)", f"{load_s * 1000:.0f} ms",
         "ok" if load_s < LOAD_GOAL_S else f"over {LOAD_GOAL_S} s"),
        ("gazetteer lookup, cold", f"{lookup_s * 1e6:.0f} us", ""),
        (f"places stage per toponym ({count} toponyms, {len(docs)} articles)", f"{per_toponym_s * 1e6:.0f} us", ""),
        ("resolver memory, Python heap peak (tracemalloc)", f"{traced_mb:.1f} MB",
         "ok" if traced_mb < MEMORY_GOAL_MB else f"over {MEMORY_GOAL_MB} MB"),
        ("resolver memory, RSS growth (incl. SQLite page cache)", f"{rss_growth_mb:.1f} MB",
         "ok" if rss_growth_mb < MEMORY_GOAL_MB else f"over {MEMORY_GOAL_MB} MB"),
        (f"places stage / spaCy parse time (same {len(docs)} articles, one run)", f"{share:.1%}",
         "ok" if share <= SHARE_OF_PARSE_GOAL else f"over {SHARE_OF_PARSE_GOAL:.0%}"),
        ("extracting process, peak resident memory (model + index + stage)", f"{process_mb:.0f} MB",
         "ok" if process_mb < PROCESS_GOAL_MB else f"over {PROCESS_GOAL_MB:.0f} MB"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  goal")
    print("-" * (width + 20))
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:>10}  {goal}")


if __name__ == "__main__":
    main()
