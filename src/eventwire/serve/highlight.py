"""Article text with its extracted items highlighted from their offsets.

The text is cut at every item boundary; each piece is HTML-escaped on its own and wrapped in one
``<span>`` that lists the items covering it (``data-ids="actor-a1 quote-q2"``), so overlapping items
need no nesting and no article-derived character ever reaches the page unescaped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable

from markupsafe import Markup

SPEAKER_COLOURS = 8
_TOKEN_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str        # actor | quote | time | place | trigger | sentence
    token: str       # e.g. "actor-a1", "event-e3", "sent-e3"
    css: str = ""    # extra classes, e.g. "spk-2"


def token(kind: str, item_id: Any) -> str:
    """A safe DOM token for an item: the kind and the id with anything unusual replaced."""
    return f"{kind}-{_TOKEN_UNSAFE.sub('_', str(item_id))[:40]}"


def speaker_classes(record: dict[str, Any]) -> dict[str | None, str]:
    """One colour class per quoted speaker, in order of first quote; unknown speakers share one."""
    classes: dict[str | None, str] = {None: "spk-x"}
    for q in record.get("quotes", []):
        sp = q.get("speaker")
        if sp not in classes:
            classes[sp] = f"spk-{(len(classes) - 1) % SPEAKER_COLOURS}"
    return classes


def record_marks(record: dict[str, Any]) -> list[Mark]:
    """Every highlightable span of a record: actor mentions, quotes, times, places, event triggers and sentences."""
    colours = speaker_classes(record)
    marks = [Mark(m["start"], m["end"], "actor", token("actor", a["id"]))
             for a in record.get("actors", []) for m in a.get("mentions", [])]
    marks += [Mark(q["start"], q["end"], "quote", token("quote", q["id"]), colours.get(q.get("speaker"), "spk-x"))
              for q in record.get("quotes", [])]
    marks += [Mark(t["start"], t["end"], "time", token("time", t["id"])) for t in record.get("times", [])]
    marks += [Mark(p["start"], p["end"], "place", token("place", p["id"])) for p in record.get("places", [])]
    for e in record.get("events", []):
        marks.append(Mark(e["trigger"]["start"], e["trigger"]["end"], "trigger", token("event", e["id"])))
        marks.append(Mark(e["sentence"]["start"], e["sentence"]["end"], "sentence", token("sent", e["id"])))
    return marks


def _valid(marks: Iterable[Mark], size: int) -> list[Mark]:
    return [m for m in marks if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= size]


def segments(text: str, marks: Iterable[Mark]) -> list[tuple[str, list[Mark]]]:
    """The text cut at every boundary, each piece with the marks covering it (in a stable order)."""
    marks = _valid(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        pieces.append((text[a:b], list(active)))
    return pieces


def _span(piece: str, covering: list[Mark], lit: set[str]) -> str:
    if not covering:
        return escape(piece)
    kinds = sorted({f"m-{m.kind}" for m in covering} | {m.css for m in covering if m.css})
    tokens = [m.token for m in covering]
    if lit.intersection(tokens):
        kinds.append("hl")
    return (f'<span class="m {escape(" ".join(kinds))}" data-ids="{escape(" ".join(tokens))}">'
            f"{escape(piece)}</span>")


def highlight(text: str, marks: Iterable[Mark], lit: Iterable[str] = ()) -> Markup:
    """The text as HTML: every piece escaped; pieces covered by a token in ``lit`` get the ``hl`` class."""
    lit_set = set(lit)
    return Markup("".join(_span(piece, covering, lit_set) for piece, covering in segments(text, marks)))
