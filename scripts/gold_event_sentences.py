"""Training rows for the event-sentence model read off the development gold (round 22).

For each development story (the seed S, A, C, D, G; never B's events, which are read by aggregate only, and
never a held-back story: ``eventwire.training.sentences.HELD_BACK``) the story's text is cut into the
pipeline's spaCy sentences; a sentence that holds the start of a gold event's ``evidence`` takes that event's
PLOVER type (several: the type of most required events, then of most events, then the first in the text), a
sentence with no gold event is ``NONE`` with weight ``NONE_WEIGHT`` (gold records a story's central events, not
every act: a sentence it leaves out is less surely eventless than one an engineer read and labelled NONE).
Stories the hand-labelled rows already cover (``voa:<id>`` in event_sentences.jsonl) are left to those rows.

Writes references, not text: ``story`` is ``repo:<path of the .txt under the checkout>`` or
``shared:<path under ../shared>``, with the sentence's ``start``/``end`` into that file's text; ``source`` and
``target`` are the first mention in the sentence of the gold actor's name or an alias (offsets relative to the
sentence) or null.

Usage: python scripts/gold_event_sentences.py [--out FILE] [--shared DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventwire" / "training" / "gold_event_sentences.jsonl"
NONE_WEIGHT = 0.5
A_IDS = ("6203336", "7686618", "8006503", "8007271", "8008079", "8009495", "8010418")
REPO_SETS = ("tests/data/voa_check_gold", "tests/data/voa_fresh_gold", "tests/data/voa_g_gold")
LABELLER = "scripts/gold_event_sentences.py, from development gold"


def gold_files(shared: Path) -> list[tuple[str, Path]]:
    """(reference prefix, gold file) of every development story whose events may be read."""
    from eventwire.training.sentences import HELD_BACK

    out = [("shared:corpus/seed/", p) for p in sorted((shared / "corpus" / "seed").glob("*.gold.json"))]
    out += [("shared:corpus/voa-gold/", shared / "corpus" / "voa-gold" / f"{i}.gold.json") for i in A_IDS]
    for folder in REPO_SETS:
        out += [(f"repo:{folder}/", p) for p in sorted((ROOT / folder).glob("*.gold.json"))]
    return [(pre, p) for pre, p in out if p.name.split(".")[0] not in HELD_BACK]


def find(text: str, phrase: str, start: int = 0) -> int:
    """Where ``phrase`` begins in ``text`` (spacing and quote marks loosely), or -1."""
    at = text.find(phrase, start)
    if at >= 0 or not phrase.strip():
        return at
    words = [re.escape(w) for w in re.split(r"\s+", phrase.strip())]
    pattern = r"\s+".join(words).replace("’", "['’]").replace("\\'", "['’]")
    m = re.search(pattern, text[start:])
    return start + m.start() if m else -1


def mention(sentence: str, names: list[str]) -> dict | None:
    best = None
    for name in names:
        if len(name) < 2:
            continue
        at = find(sentence, name)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, at + len(name))
    return {"start": best[0], "end": best[1]} if best else None


def rows_of(prefix: str, gold_path: Path, nlp) -> tuple[list[dict], int]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_file = gold_path.parent / gold["article"]["text_file"]
    text = text_file.read_text(encoding="utf-8")
    names = {a["name"]: [a["name"], *a.get("aliases", [])] for a in gold.get("actors", [])}
    sents = [(s.start_char, s.end_char) for s in nlp(text).sents if s.text.strip()]
    held: dict[int, list[tuple[int, dict]]] = {}
    lost = 0
    for ev in gold.get("events", []):
        at = find(text, ev.get("evidence") or "")
        k = next((n for n, (a, b) in enumerate(sents) if a <= at < b), None) if at >= 0 else None
        if k is None:
            lost += 1
            continue
        held.setdefault(k, []).append((at, ev))
    story = prefix + text_file.name
    out = []
    for k, (a, b) in enumerate(sents):
        # trim the sentence's outer spaces so that the row is a sentence, not a padded slice
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        sentence = text[a:b]
        evs = sorted(held.get(k, []), key=lambda x: x[0])
        if not evs:
            out.append({"story": story, "start": a, "end": b, "label": "NONE", "source": None, "target": None,
                        "weight": NONE_WEIGHT, "labeller": LABELLER, "date": "2026-12-06"})
            continue
        required = Counter(e["type"] for _, e in evs if not e.get("optional"))
        every = Counter(e["type"] for _, e in evs)
        order = [e["type"] for _, e in evs]
        label = max(every, key=lambda t: (required[t], every[t], -order.index(t)))
        ev = next(e for _, e in evs if e["type"] == label)
        src = mention(sentence, names.get(ev.get("source") or "", [ev.get("source") or ""]))
        tgt = mention(sentence, names.get(ev.get("target") or "", [ev.get("target") or ""]))
        out.append({"story": story, "start": a, "end": b, "label": label, "source": src, "target": tgt,
                    "weight": 1.0, "labeller": LABELLER, "date": "2026-12-06"})
    return out, lost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    from eventwire.stages.nlp import load_model
    from eventwire.training.sentences import read_rows

    labelled = {r["story"].split(":", 1)[1] for r in read_rows() if r["story"].startswith("voa:")}
    nlp = load_model()
    rows, lost, skipped = [], 0, 0
    for prefix, path in gold_files(args.shared.resolve()):
        if path.name.split(".")[0] in labelled:
            skipped += 1
            continue
        got, missing = rows_of(prefix, path, nlp)
        rows += got
        lost += missing
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} sentences of {len({r['story'] for r in rows})} stories "
          f"({dict(Counter(r['label'] for r in rows))}); {skipped} stories left to the hand-labelled rows; "
          f"{lost} gold events whose evidence was not found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
