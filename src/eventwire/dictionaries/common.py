"""Shared line handling for the PETRARCH/TABARI dictionary formats.

All four formats share the same surface: ``#`` starts a comment, ``<!-- ... -->`` (possibly over several
lines) and any other line starting with ``<`` are comments, blank lines separate nothing. Problems are
collected as "FILE:LINE: problem" warnings and reading goes on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

CODE_RE = re.compile(r"\[([^\[\]]*)\]")


class DictionaryError(OSError):
    """A dictionary file could not be opened or decoded."""


@dataclass
class Line:
    number: int
    text: str  # comment-free, right-stripped; leading whitespace kept
    raw: str


@dataclass
class Reader:
    """The comment-free lines of one dictionary file, and the warnings raised while reading it."""

    path: str
    warnings: list[str] = field(default_factory=list)

    def warn(self, number: int, problem: str) -> None:
        self.warnings.append(f"{self.path}:{number}: {problem}")

    def lines(self) -> Iterator[Line]:
        try:
            text = Path(self.path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise DictionaryError(f"{self.path}: cannot read dictionary: {exc.strerror or exc}") from None
        in_comment = False
        for number, raw in enumerate(text.splitlines(), 1):
            line, in_comment = strip_comments(raw, in_comment)
            if line.strip():
                yield Line(number, line.rstrip(), raw)


def strip_comments(raw: str, in_comment: bool) -> tuple[str, bool]:
    """The line without ``<!-- -->`` parts and ``#`` comments; whether a ``<!--`` block stays open."""
    line = raw
    if in_comment:
        end = line.find("-->")
        if end < 0:
            return "", True
        line = line[end + 3:]
    while "<!--" in line:
        start = line.find("<!--")
        end = line.find("-->", start)
        if end < 0:
            return line[:start], True
        line = line[:start] + line[end + 3:]
    if line.lstrip().startswith("<"):  # "<! -- ... -->" and other markup lines
        return "", False
    return _before_hash(line), False


def _before_hash(line: str) -> str:
    """The line up to its first ``#`` outside square brackets (``[###]`` is a code, not a comment)."""
    depth = 0
    for i, ch in enumerate(line):
        depth += ch == "["
        depth -= ch == "]" and depth > 0
        if ch == "#" and depth == 0:
            return line[:i]
    return line


def phrase_words(text: str) -> tuple[str, ...]:
    """Upper-cased words of a dictionary phrase; ``_`` and spaces both separate words."""
    return tuple(w for w in re.split(r"[\s_]+", text.strip().upper()) if w)


def phrase_gaps(text: str) -> tuple[int, ...]:
    """Positions of the words of a dictionary phrase that may come after other words: PETRARCH joins words
    with ``_`` when they must be consecutive and with a space when words may come between them
    (``ITHILEN TELEVISION`` matches "Ithilen state-run television")."""
    out, n = [], 0
    for chunk in text.strip().upper().split():
        parts = [w for w in chunk.split("_") if w]
        if parts and n:
            out.append(n)
        n += len(parts)
    return tuple(out)
