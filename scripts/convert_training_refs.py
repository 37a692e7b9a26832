#!/usr/bin/env python3
"""Turn the labelled training sentences into references into ../shared (run once, kept for the record).

Earlier rows of ``src/eventwire/training/event_sentences.jsonl`` carried the sentence's text. Sources and licences
of those texts, which stay where they live:

- ``voa:`` — Voice of America stories, ``../shared/corpus/voa/voa_stories.jsonl`` (public domain; the story's
  ``text`` field);
- ``gum:`` — GUM news documents, ``../shared/eval/gum-news/xml/`` (English Wikinews, CC BY 2.5, Wikinews
  contributors; GUM's LICENSE.txt), the text rebuilt from GUM's tokens by ``scripts/build_fresh_set.py``'s
  ``gum_articles`` (through ``eventwire.training.sentences``, which imports it).

Each row keeps ``story``, ``label``, ``labeller``, ``date``; gains ``start``/``end``, the sentence's character
offsets into the story's text; ``source``/``target`` keep their offsets *relative to the sentence* and lose their
``text``; the row's ``text`` is dropped. The sentence is looked for in its story from where the previous row of
the same story ended (rows are in reading order), then anywhere in the story; every converted row is checked to
resolve to exactly the old text and its spans to their old texts, and a row that cannot be found is reported and
the conversion fails (exit 1) without writing.

Usage: python scripts/convert_training_refs.py [--data FILE] [--out FILE] [--shared DIR]
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire.training.sentences import DATA, read_rows, resolve, story_texts  # noqa: E402

KEYS = ("story", "start", "end", "label", "source", "target", "labeller", "date")
_ENTITY = re.compile(r"&#?\w+;")


def _letters(text: str) -> tuple[str, list[int]]:
    """``text`` without white space and with HTML entities read, and for each kept character its offset in
    ``text`` (the characters of an entity all point at its ``&``)."""
    out, where, i = [], [], 0
    while i < len(text):
        m = _ENTITY.match(text, i)
        if m and html.unescape(m.group()) != m.group():
            for ch in html.unescape(m.group()):
                out.append(ch)
                where.append(i)
            i = m.end()
            continue
        if not text[i].isspace():
            out.append(text[i])
            where.append(i)
        i += 1
    return "".join(out), where


def _locate(sentence: str, whole: str, after: int) -> tuple[int, int, list[int] | None] | None:
    """(start, end, map) of ``sentence`` in ``whole``: found as it is (map None), else found with white space
    and HTML entities set aside (map: the offset in ``whole`` of each of the sentence's kept characters)."""
    for origin in (after, 0):
        start = whole.find(sentence, origin)
        if start >= 0:
            return start, start + len(sentence), None
    letters, _ = _letters(sentence)
    pool, where = _letters(whole)
    if not letters:
        return None
    first = next((k for k, w in enumerate(where) if w >= after), len(where))
    for origin in (first, 0):
        k = pool.find(letters, origin)
        if k >= 0:
            return where[k], where[k + len(letters) - 1] + 1, where[k:k + len(letters)]
    return None


def _span(span: dict, sentence: str, start: int, mapped: list[int]) -> dict:
    """A span of the old sentence moved onto the sentence as the story's text spaces it (offsets relative to
    the new sentence)."""
    _, where = _letters(sentence)
    inside = [k for k, w in enumerate(where) if span["start"] <= w < span["end"]]
    return {"start": mapped[inside[0]] - start, "end": mapped[inside[-1]] + 1 - start}


def convert(rows: list[dict], texts: dict[str, str]) -> tuple[list[dict], list[str], list[int]]:
    """(converted rows, problems, numbers of the rows whose sentence the story's text spaces differently); a row
    already converted (no ``text``) is kept as it is."""
    out, problems, respaced, after = [], [], [], {}
    for n, row in enumerate(rows, 1):
        if "text" not in row:
            out.append(row)
            continue
        story, sentence = row["story"], row["text"]
        whole = texts.get(story)
        if whole is None:
            problems.append(f"row {n}: story {story} not in ../shared")
            continue
        found = _locate(sentence, whole, after.get(story, 0))
        if found is None:
            problems.append(f"row {n}: sentence not found in {story}")
            continue
        start, end, mapped = found
        after[story] = end
        new = {"story": story, "start": start, "end": end, "label": row["label"]}
        for part in ("source", "target"):
            span = row[part]
            if span is None:
                new[part] = None
            elif mapped is None:
                new[part] = {"start": span["start"], "end": span["end"]}
            else:
                new[part] = _span(span, sentence, start, mapped)
        new.update(labeller=row["labeller"], date=row["date"])
        back = resolve(new, texts)
        if mapped is None:  # the same text, character for character
            assert back["text"] == sentence, (n, story)
            for part in ("source", "target"):
                assert (back[part] or {}).get("text") == (row[part] or {}).get("text"), (n, part)
        else:  # the same characters, spaced as the story's text spaces them
            respaced.append(n)
            assert _letters(back["text"])[0] == _letters(sentence)[0], (n, story)
            for part in ("source", "target"):
                if row[part] is not None:
                    assert _letters(back[part]["text"])[0] == _letters(row[part]["text"])[0], (n, part)
        out.append({k: new[k] for k in KEYS})
    return out, problems, respaced


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=None, help="default: rewrite --data in place")
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder (default: ../shared)")
    args = ap.parse_args(argv)
    rows = read_rows(args.data)
    out, problems, respaced = convert(rows, story_texts(args.shared))
    for p in problems:
        print(p, file=sys.stderr)
    if respaced:
        print(f"{len(respaced)} rows resolve to their old sentence spaced differently (the same characters; "
              f"HTML entities read): rows {', '.join(map(str, respaced))}", file=sys.stderr)
    if problems:
        return 1
    (args.out or args.data).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                       encoding="utf-8")
    print(f"{len(out)} rows written as references to {args.out or args.data}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
