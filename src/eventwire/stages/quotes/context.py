"""Sentences outside the quotes: where sentences begin, what surrounds each quote in its sentence, and the
per-article context the speaker rules share."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Token

from ...document import Document
from ..attribution import cue_words
from .marks import Piece


# a sentence's end (its marks, closing quotation marks, the space after them, before a capital or a number) or a
# line break; a word of single letters with dots ("U.S", "p.m"), which a full stop does not end a sentence after
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"“”’'»)]*(\s+)(?=[\"“‘'«(]?[A-Z0-9])|\n\s*")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_MASKED = str.maketrans(".!?", "xxx")


def _masked(text: str, pieces: list[Piece]) -> str:
    """The text with every full stop, "!" and "?" inside a top-level quoted piece (but its last character) as
    "x": each run of such pieces' characters is translated at once rather than character by character."""
    ranges = sorted((p.start, p.end - 1) for p in pieces if p.nested_in is None and p.end - 1 > p.start)
    if not ranges:
        return text
    parts, done = [], 0
    for start, end in ranges:
        start = max(start, done)  # (pieces that overlap: what is masked already stays so)
        if end <= start:
            continue
        parts += (text[done:start], text[start:end].translate(_MASKED))
        done = end
    parts.append(text[done:])
    return "".join(parts)


def boundaries(text: str, pieces: list[Piece]) -> list[int]:
    """Offsets where sentences begin, ignoring full stops inside quoted words (but not at their end)."""
    flat = _masked(text, pieces)
    abbrevs = cue_words().abbreviations
    starts = [0]
    for m in _SENTENCE_BREAK.finditer(flat):
        w = flat[max(flat.rfind(" ", 0, m.start()), flat.rfind("\n", 0, m.start())) + 1:m.start() + 1]
        w = w.rstrip(".").lower()
        if "\n" not in m.group(0) and (w in abbrevs or _INITIALS.fullmatch(w)):
            continue
        starts.append(m.end())
    return sorted(set(starts))


@dataclass
class Frame:
    """What surrounds a piece in its sentence: the words before it and after it, outside quotes."""

    prefix: tuple[int, int]
    tail: tuple[int, int]
    sentence: int


def frames(text: str, pieces: list[Piece], starts: list[int]) -> list[Frame]:
    tops = [p for p in pieces if p.nested_in is None]
    out = []
    for p in pieces:
        n = bisect_right(starts, p.open_at) - 1
        if p.nested_in is not None or p.close_at is None:
            out.append(Frame((starts[n], p.open_at), (p.end, p.end), n))
            continue
        n_end = bisect_right(starts, p.close_at) - 1
        s_end = starts[n_end + 1] if n_end + 1 < len(starts) else len(text)
        closes = [q.close_at + 1 for q in tops if q.close_at is not None and starts[n] <= q.close_at < p.open_at]
        opens = [q.open_at for q in tops if p.close_at < q.open_at < s_end]
        out.append(Frame((max([starts[n], *closes]), p.open_at), (p.close_at + 1, min([s_end, *opens])), n))
    return out


# ---- speakers of quoted words -----------------------------------------------------------------

@dataclass
class Context:
    """What the resolving functions share for one article."""

    doc: Document
    pieces: list[Piece]
    frames: list[Frame]
    starts: list[int]
    own: set[str]
    kinds: dict[str, str]
    token_starts: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # tokens a quote took as its cue or relay

    def tokens(self, span: tuple[int, int]) -> list[Token]:
        assert self.doc.nlp is not None
        lo = bisect_right(self.token_starts, span[0] - 1)
        hi = bisect_right(self.token_starts, span[1] - 1)
        return [t for t in self.doc.tokens()[lo:hi] if not t.is_space and not self.quoted(t.idx)]  # (made once)

    def quoted(self, offset: int) -> bool:
        n = bisect_right(self.top_starts, offset) - 1
        return n >= 0 and offset < self.top_ends[n]

    def __post_init__(self) -> None:
        tops = [p for p in self.pieces if p.nested_in is None]
        self.top_starts = [p.start for p in tops]
        self.top_ends = [p.end for p in tops]

    def sentence(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def word_before(self, p: Piece) -> str | None:
        """The word right before a quote's opening mark, lower-cased (within 20 characters): the noun or cue that
        may say the quoted words are a term or a label ('the term “X”', 'so-called “X”'), not someone's speech."""
        before = self.doc.text[max(0, p.open_at - 20):p.open_at].lower().split()
        return before[-1] if before else None
