"""Quote marks paired by what stands on either side of them (straight, curly, single, nested; apostrophes told
apart by the letters around them). A quote left open recovers at the end of its paragraph, or where a new
opening mark starts the next paragraph of the same quote."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..attribution import Clause

_DOUBLE = '"“”«»„'
_SINGLE = "'‘’"
_MARKS = re.compile(r"[\"“”«»„'‘’\n]")
_OPEN_BEFORE = set("([{—–-/") | set(_DOUBLE) | set(_SINGLE)
_CLOSE_AFTER = set(".,;:!?)]}—–-…") | set(_DOUBLE) | set(_SINGLE)
_MAX_UNCLOSED = 600


@dataclass
class Piece:
    """Words between a pair of quote marks (offsets without the marks)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: never closed (recovered at a paragraph end or a new opening mark)
    outer_open: int | None = None  # nested: the opening mark of the enclosing quote
    nested_in: int | None = None  # nested: index of the enclosing piece in the sorted list
    continues: bool = False  # the same quote goes on in the next piece (next paragraph)
    continued: bool = False  # this piece goes on from the previous one
    kind: str = "direct"
    clause: Clause | None = None



def _spaced(text: str, i: int) -> bool:
    """A mark with white space on both sides (text tokenised word by word): its glyph and its neighbours
    do not tell its side; whether a quote is open does."""
    return 0 < i < len(text) - 1 and text[i - 1] in " \t" and text[i + 1] in " \t"


def mark_side(text: str, i: int) -> str | None:
    """'open', 'close' or None (cannot tell), from the characters around the mark at ``i``."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opens = (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    if opens != closes:
        return "open" if opens else "close"
    if text[i] in "“«„‘":
        return "open"
    if text[i] in "”»’":
        return "close"
    return None


def is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isalnum() and nxt.isalnum()) or (text[i] == "’" and not prev.isalnum() and nxt.isdigit())


def _single_closer(text: str, i: int) -> bool:
    """A matching closing single mark follows within the paragraph, before any double mark."""
    for j in range(i + 1, min(len(text), i + 300)):
        ch = text[j]
        if ch == "\n" or ch in _DOUBLE:
            return False
        if ch in "’'" and not is_apostrophe(text, j) and mark_side(text, j) == "close":
            return True
    return False


@dataclass
class _Open:
    kind: str  # "d" (double) or "s" (single)
    at: int
    outer: int | None = None  # for a single inside a double: the double's opening mark
    continued: bool = False


class MarkScanner:
    """Pairs quote marks in one pass over the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []
        self.stack: list[_Open] = []
        self.goes_on = False  # the last piece continues: the next opening mark continues it

    def scan(self) -> list[Piece]:
        for m in _MARKS.finditer(self.text):
            i = m.start()
            ch = self.text[i]
            if ch == "\n":
                self.paragraph_end(i)
            elif ch in _DOUBLE:
                self.double(i)
            elif not is_apostrophe(self.text, i):
                self.single(i)
        self.paragraph_end(len(self.text))
        return self.pieces

    def open_double(self, i: int) -> None:
        self.stack.append(_Open("d", i, continued=self.goes_on))
        self.goes_on = False

    def record(self, o: _Open, end: int, close_at: int | None, continues: bool = False) -> None:
        self.pieces.append(Piece(o.at + 1, end, o.at, close_at, o.outer, continued=o.continued,
                                 continues=continues))
        self.goes_on = continues

    def double(self, i: int) -> None:
        side = mark_side(self.text, i)
        if _spaced(self.text, i):  # 'the " new plan " was', 'end of it. “ Next': a mark between spaces
            side = "close" if self.stack else "open"  # closes an open quote (whatever its glyph), else opens
        if side is None:
            return
        while self.stack and self.stack[-1].kind == "s":
            self.stack.pop()  # a single quote left open inside: drop it
        if not self.stack:
            if side == "open":
                self.open_double(i)
            return
        if side == "close":
            self.record(self.stack.pop(), i, i)
        else:
            self.reopen(i)

    def reopen(self, i: int) -> None:
        """An opening mark while a quote is open: a new paragraph of the same quote, or a stray mark."""
        o = self.stack.pop()
        before = self.text[o.at + 1:i].rstrip()
        self.goes_on = False
        if before and before[-1] in ".!?…,;:" and len(before) <= _MAX_UNCLOSED:
            self.record(o, o.at + 1 + len(before), None, continues=True)
        self.open_double(i)

    def single(self, i: int) -> None:
        side = mark_side(self.text, i)
        ch = self.text[i]
        if self.stack and self.stack[-1].kind == "s":
            if side == "close" or (ch in "’'" and side != "open"):
                self.record(self.stack.pop(), i, i)
            return
        if side != "open" or ch == "’":
            return
        if self.stack:
            self.stack.append(_Open("s", i, outer=self.stack[-1].at))
        elif _single_closer(self.text, i):
            self.stack.append(_Open("s", i))

    def paragraph_end(self, i: int) -> None:
        while self.stack and self.stack[-1].kind == "s":
            self.stack.pop()
        if not self.stack:
            return  # a blank line keeps what the paragraph before it said about continuing
        o = self.stack.pop()
        body = self.text[o.at + 1:i].rstrip()
        rest = re.match(r"\s*", self.text[i:])
        j = i + (rest.end() if rest else 0)
        goes_on = j < len(self.text) and self.text[j] in _DOUBLE and mark_side(self.text, j) == "open"
        self.goes_on = False
        if body and len(body) <= _MAX_UNCLOSED and (goes_on or body[-1] in ".!?…"):
            self.record(o, o.at + 1 + len(body), None, continues=goes_on)


def find_pieces(text: str) -> list[Piece]:
    """Every quoted span in text order; nested ones point at their enclosing piece."""
    pieces = sorted((p for p in MarkScanner(text).scan() if text[p.start:p.end].strip()), key=lambda p: p.start)
    for p in pieces:  # a spaced mark leaves white space inside the quote: the words begin and end at letters
        p.start += len(text[p.start:p.end]) - len(text[p.start:p.end].lstrip())
        p.end -= len(text[p.start:p.end]) - len(text[p.start:p.end].rstrip())
    where = {p.open_at: n for n, p in enumerate(pieces) if p.outer_open is None}
    for p in pieces:
        if p.outer_open is not None:
            p.nested_in = where.get(p.outer_open)
            if p.nested_in is None:
                p.outer_open = None  # its enclosing quote was not kept: stands alone
    return pieces
