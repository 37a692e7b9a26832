#!/usr/bin/env python3
"""Build the "fresh" reading set of the seventh round: 44 news texts no rule was read off, as JSON Lines for
``eventwire extract``.

Sources, read from where they live (nothing is copied into the repository):

- the 24 news documents of GUM (``../shared/eval/gum-news/xml/``): English Wikinews articles, licence CC BY 2.5
  (Wikinews contributors; GUM's LICENSE.txt). The text is rebuilt from GUM's tokens, so spacing around
  punctuation may differ slightly from the original article; the publication day is GUM's ``dateCreated``;
- the 20 TempEval-3 platinum texts (``../shared/eval/te3-platinum/*.tml``): AP, CNN, WSJ, BBC and NYT articles
  of March 2013, publisher text made available for research; their TimeML tags are stripped and the
  document creation time gives the publication day. Read them; do not copy their sentences into the
  repository (tests, lexicons, comments).

Usage::

    python scripts/build_fresh_set.py > fresh.jsonl
    eventwire extract --format jsonl fresh.jsonl > fresh-records.jsonl
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
_BLOCK_STARTS = ("<p", "<head", "<list", "<item", "<caption")
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", ")", "]", "%", "’s"}


def _join(tokens: list[str]) -> str:
    """One block's tokens as running text: no space before closing punctuation, inside a pair of double
    quotation marks, or around a hyphen glued to a word."""
    out, quoted = "", False
    for tok in tokens:
        if not out:
            out, quoted = tok, tok == '"'
        elif tok == '"':
            out += tok if quoted else " " + tok
            quoted = not quoted
        elif tok in _NO_SPACE_BEFORE or out.endswith(("(", "[", "$")) or (out.endswith('"') and quoted) \
                or tok == "-" or (out.endswith("-") and not out.endswith(" -")):
            out += tok
        else:
            out += " " + tok
    return out


def gum_articles(folder: Path) -> list[dict]:
    found = []
    for path in sorted(folder.glob("*.xml")):
        source = path.read_text(encoding="utf-8")
        first = source.split("\n", 1)[0]

        def attribute(name: str) -> str:
            m = re.search(name + r'="([^"]*)"', first)
            return html.unescape(m.group(1)) if m else ""
        blocks: list[list[str]] = []
        current: list[str] = []
        for line in source.split("\n"):
            if line.startswith(_BLOCK_STARTS) and current:
                blocks.append(current)
                current = []
            if "\t" in line:  # a token line: the word is its first column
                current.append(html.unescape(line.split("\t", 1)[0]))
        if current:
            blocks.append(current)
        found.append({"id": attribute("id"), "title": attribute("title"),
                      "published": attribute("dateCreated") + "T12:00:00Z",
                      "text": "\n\n".join(_join(b) for b in blocks)})
    return found


def timeml_articles(folder: Path) -> list[dict]:
    found = []
    for path in sorted(folder.glob("*.tml")):
        source = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
        if body is None:
            print(f"{path}: no <TEXT> element, skipped", file=sys.stderr)
            continue
        created = re.search(r"<DCT>.*?value=\"([^\"]+)\"", source, re.S)
        found.append({"id": path.stem, "published": (created.group(1)[:10] if created else "2013-03-20") + "T12:00:00Z",
                      "text": html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip()})
    return found


def fresh_articles(shared: Path) -> list[dict] | None:
    """The 44 texts, GUM's first, as dicts (id, title, published, text); None, with a message on stderr, when
    ``shared`` holds no GUM news or TempEval-3 platinum."""
    gum, te3 = shared / "eval" / "gum-news" / "xml", shared / "eval" / "te3-platinum"
    if not gum.is_dir() or not te3.is_dir():
        print(f"{shared}: GUM news or TempEval-3 platinum not found", file=sys.stderr)
        return None
    return gum_articles(gum) + timeml_articles(te3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default: ../shared)")
    args = parser.parse_args()
    articles = fresh_articles(args.shared)
    if articles is None:
        return 2
    for article in articles:
        print(json.dumps(article, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
