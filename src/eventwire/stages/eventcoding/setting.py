"""When and where: the time and place expressions attached to an event's predicate."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Protocol

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...document import sentence_of, tokens_of
from .tree import CLAUSE_EDGES
from .triggers import ORDERING_PREPOSITIONS, Candidate
from .words import cues


class Located(Protocol):
    id: str
    start: int
    end: int


def _tok_at(sent: SpacySpan, offset: int) -> Token | None:
    """The sentence's token whose characters hold ``offset``: the last one starting at or before it, found by
    halving among the parse's tokens made once (``tokens_of``) instead of making each word of the sentence."""
    tokens = tokens_of(sent.doc)
    at = bisect_right(tokens, offset, sent.start, sent.end, key=_IDX) - 1
    t = tokens[at] if at >= sent.start else None
    return t if t is not None and offset < t.idx + len(t) else None


_IDX = attrgetter("idx")


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


def _nested_duration(item: Located, tok: Token) -> bool:
    """A duration inside a noun phrase is no time of the event: "for the first time in a year"."""
    if getattr(item, "type", "") != "DURATION":
        return False
    t = tok
    for _ in range(4):
        if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX"):
            return False
        if t.head.pos_ in ("NOUN", "PROPN") and t.dep_ == "prep" or t.dep_ == "pobj" and t.head.head.pos_ == "NOUN":
            return True
        t = t.head
    return False


def _governed(tok: Token, pred: Token) -> bool:
    """Whether ``tok`` lies in ``pred``'s subtree without entering another clause on the way up."""
    t = tok
    while t.i != pred.i:
        if t.dep_ in CLAUSE_EDGES or t.head.i == t.i:
            return False
        t = t.head
    return True


def attach(items: Sequence[Located], cand: Candidate) -> tuple[str | None, bool]:
    """The expression attached to the trigger or its anchor verb as an adverbial, else one inside their
    own clause, else one attached to the sentence's main verb, else none; never one from another clause of
    the sentence nor another sentence. The flag says whether it hangs from the predicate itself."""
    sent = sentence_of(cand.trigger)
    here = [x for x in items if sent.start_char <= x.start < sent.end_char]
    toks = {x.id: _tok_at(sent, x.start) for x in here}
    here = [x for x in here if toks[x.id] is not None and not _nested_duration(x, toks[x.id])]
    if not here:
        return None, False
    preds = [p for p in (cand.trigger, cand.anchor) if p is not None]
    for pred in preds:
        hit = [x for x in here if _attached(toks[x.id], pred)]
        if hit:
            return _nearest(hit, cand.trigger.idx), True
    for pred in preds:
        hit = [x for x in here if _governed(toks[x.id], pred)]
        if hit:
            return _nearest(hit, cand.trigger.idx), False
    if sent.root.lemma_.lower() in cues("speech") and all(p.i != sent.root.i for p in preds):
        return None, False  # "X signed the deal, officials said on Wednesday": the day of the saying
    if _before_or_after(cand.trigger, sent.root):
        return None, False  # "on Thursday, two days after the talks": Thursday is not the talks' day
    hit = [x for x in here if _attached(toks[x.id], sent.root)]
    return (_nearest(hit, cand.trigger.idx), False) if hit else (None, False)


def _before_or_after(tok: Token, root: Token) -> bool:
    """Whether ``tok`` hangs from the sentence's main verb through a preposition of time ("after the talks",
    "since the coup", "before the vote"): the main clause's time then lies before or after it, not on it."""
    t = tok
    for _ in range(8):
        if t.i == root.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ORDERING_PREPOSITIONS:
            return True
        t = t.head
    return False


def _nearest(items: Sequence[Located], offset: int) -> str:
    """The nearest expression, a point in time before a duration ("on Sunday for the first time in a year")."""
    return min(items, key=lambda x: (getattr(x, "type", "") == "DURATION", abs(x.start - offset))).id
