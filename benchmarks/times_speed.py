"""Average milliseconds per time expression for the times stage alone (parsing excluded); goal < 1 ms.
Also the times stage's time as a share of the parse time of the same articles; goal < 5%.

Usage: .venv/bin/python benchmarks/times_speed.py [N_ARTICLES]   (reads ../shared/corpus/voa when present,
else the seed article, else a built-in paragraph)
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire.document import Document
from eventwire.record import Article
from eventwire.stages import times
from eventwire.stages.nlp import load_model, parse

SHARED = Path(__file__).resolve().parents[2] / "shared"
FALLBACK = ("Putin said on Monday that the summit set for June 12 would go ahead. Lavrov visited Pyongyang "
            "last week, a little less than three months before the forum in September. ") * 20


def articles(limit: int) -> list[Article]:
    voa = SHARED / "corpus" / "voa" / "voa_stories.jsonl"
    if voa.exists():
        rows = [json.loads(line) for line in voa.read_text(encoding="utf-8").splitlines()[:limit]]
        return [Article(text=r["text"], published=(r.get("published") or "")[:10] or None) for r in rows]
    seed = SHARED / "corpus" / "seed" / "putin-kim-2018-06-04.txt"
    text = seed.read_text(encoding="utf-8") if seed.exists() else FALLBACK
    return [Article(text=text, published="2018-06-04")]


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 75
    nlp = load_model()
    texts = articles(limit)
    list(parse([Document(texts[0])], nlp))  # warm the model
    parse_started = time.perf_counter()
    docs = list(parse([Document(a) for a in texts], nlp))
    parse_elapsed = time.perf_counter() - parse_started
    times.run(docs[0])  # warm the word lists and regexes
    count, started = 0, time.perf_counter()
    for doc in docs:
        times.run(doc)
        count += len(doc.times)
    elapsed = time.perf_counter() - started
    print(f"times stage: {len(docs)} articles, {count} expressions, "
          f"{1000 * elapsed / max(count, 1):.3f} ms per expression (goal < 1 ms), "
          f"{100 * elapsed / parse_elapsed:.1f}% of the parse time (goal < 5%)")


if __name__ == "__main__":
    main()
