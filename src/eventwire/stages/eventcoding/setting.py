"""When and where: the time and place expressions attached to an event's predicate."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .triggers import Candidate


class Located(Protocol):
    id: str
    start: int
    end: int


def _tok_at(sent: SpacySpan, offset: int) -> Token | None:
    return next((t for t in sent if t.idx <= offset < t.idx + len(t)), None)


_PASS = frozenset({"pobj", "compound", "nummod", "amod", "appos", "conj", "det", "nmod", "quantmod"})
_INTO = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl", "dative", "pcomp"})


def _attached(tok: Token, pred: Token, steps: int = 5) -> bool:
    """Whether a time or place word hangs from ``pred`` as an adverbial ("last week", "in Singapore"),
    not as part of an argument ("canceling the June 12 summit")."""
    t = tok
    for _ in range(steps):
        if t.head.i == pred.i:
            return t.dep_ in _INTO
        if t.dep_ not in _PASS and t.dep_ not in ("prep",) or t.head.i == t.i:
            return False
        t = t.head
    return False


def _inside(item: Located, tok: Token) -> bool:
    last = tok.right_edge
    return tok.left_edge.idx <= item.start < last.idx + len(last)


def attach(items: Sequence[Located], cand: Candidate) -> tuple[str | None, bool]:
    """The expression attached to the trigger, else to its anchor verb, else in the trigger's subtree,
    else the one nearest the trigger in its sentence; never one from another sentence. The flag says
    whether it hangs from the predicate itself."""
    sent = cand.trigger.sent
    here = [x for x in items if sent.start_char <= x.start < sent.end_char]
    if not here:
        return None, False
    toks = {x.id: _tok_at(sent, x.start) for x in here}
    preds = [p for p in (cand.trigger, cand.anchor) if p is not None]
    for pred in preds:
        hit = [x for x in here if toks[x.id] is not None and _attached(toks[x.id], pred)]
        if hit:
            return _nearest(hit, cand.trigger.idx), True
    for pred in preds:
        hit = [x for x in here if _inside(x, pred)]
        if hit:
            return _nearest(hit, cand.trigger.idx), False
    return _nearest(here, cand.trigger.idx), False


def _nearest(items: Sequence[Located], offset: int) -> str:
    return min(items, key=lambda x: abs(x.start - offset)).id
