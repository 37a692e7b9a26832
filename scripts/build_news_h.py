#!/usr/bin/env python3
"""Lay out gold set H (``tests/data/news_h_gold/``) or I (``--gold tests/data/news_i_gold``) for scoring: each gold
file beside its article text.

Set H is 28 news texts that live in ``../shared/eval`` and are not copied into the repository: 8 English
Wikinews articles of GUM (text CC BY 2.5, Wikinews contributors) and the 20 TempEval-3 platinum articles
(AP, CNN, WSJ, BBC, NYT, March 2013; publisher text made available for research). The repository holds only
the hand annotations (eventwire-gold/1, ``text_file: <id>.txt``); this script rebuilds each text exactly as
``scripts/build_fresh_set.py`` does and writes ``OUTDIR/<id>.txt`` next to a copy of ``<id>.gold.json``, so
that ``eventwire eval OUTDIR/*.gold.json`` and ``../shared/tools/score.py`` can read them. Set I is the 16 other
GUM Wikinews texts, laid out the same way.

Usage::

    python scripts/build_news_h.py OUTDIR
    eventwire eval --text-only OUTDIR/*.gold.json
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_fresh_set import SHARED, fresh_articles  # noqa: E402

GOLD = HERE.parent / "tests" / "data" / "news_h_gold"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder to write texts and gold files into")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default: ../shared)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the gold folder (default: tests/data/news_h_gold)")
    args = parser.parse_args()
    articles = fresh_articles(args.shared)
    if articles is None:
        return 2
    texts = {a["id"]: a["text"] for a in articles}
    golds = sorted(args.gold.glob("*.gold.json"))
    args.outdir.mkdir(parents=True, exist_ok=True)
    missing = 0
    for gold in golds:
        story = gold.name[: -len(".gold.json")]
        if story not in texts:
            print(f"{gold}: no text named {story} in {args.shared / 'eval'}", file=sys.stderr)
            missing += 1
            continue
        (args.outdir / f"{story}.txt").write_text(texts[story], encoding="utf-8")
        shutil.copyfile(gold, args.outdir / gold.name)
    print(f"{len(golds) - missing} gold files laid out in {args.outdir}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
