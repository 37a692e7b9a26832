"""Reader for PETRARCH/TABARI actor dictionaries.

An entry is a name line, optional ``+SYNONYM`` lines, and code blocks ``[CODE]`` on the name line or on
indented lines below it. A code block may carry a date restriction: ``[HOB <950601]`` (before),
``[HOBREB >990816]`` (after), ``[HOBGOV 19950601-19990815]`` (between, inclusive); dates are YYMMDD
(years below 30 are 20xx) or YYYYMMDD. ``[ELR/GAL]`` gives several actors at once; ``[---]`` none.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .common import CODE_RE, Line, Reader, phrase_words
from .model import ActorEntry, DatedCode

BLOCK_RE = re.compile(
    r"^\s*(?P<code>[A-Za-z][A-Za-z0-9/]*|[-+#]{3})\s*"
    r"(?:(?P<op>[<>])\s*(?P<day>\d{6}|\d{8})|(?<=\s)(?P<start>\d{6}|\d{8})\s*-\s*(?P<end>\d{6}|\d{8}))?\s*$")


def read_actors(path: str) -> tuple[list[ActorEntry], list[str]]:
    reader = Reader(path)
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for line in reader.lines():
        stripped = line.text.strip()
        if stripped.startswith("["):
            if current is None:
                reader.warn(line.number, "code block before any actor name")
                continue
            current.codes += _blocks(reader, line, stripped)
        elif stripped.startswith("+"):
            if current is None:
                reader.warn(line.number, f"synonym {stripped!r} before any actor name")
                continue
            words = phrase_words(stripped[1:].split("[", 1)[0])
            if words:
                current.names.append(words)
            current.codes += _blocks(reader, line, stripped[1:]) if "[" in stripped else []
        else:
            _close(reader, current, entries)
            words = phrase_words(stripped.split("[", 1)[0])
            current = ActorEntry(names=[words], line=line.number) if words else None
            if current is None:
                reader.warn(line.number, f"no actor name in {stripped!r}")
            elif "[" in stripped:
                current.codes += _blocks(reader, line, stripped)
    _close(reader, current, entries)
    return entries, reader.warnings


def _close(reader: Reader, entry: ActorEntry | None, entries: list[ActorEntry]) -> None:
    if entry is None:
        return
    if not entry.codes:
        reader.warn(entry.line, f"actor {' '.join(entry.names[0])!r} has no code")
        return
    entries.append(entry)


def _blocks(reader: Reader, line: Line, text: str) -> list[DatedCode]:
    if text.count("[") != text.count("]"):
        reader.warn(line.number, f"unbalanced brackets in {text.strip()!r}")
        return []
    out = []
    for body in CODE_RE.findall(text):
        block = parse_block(body)
        if block is None:
            reader.warn(line.number, f"bad code block [{body}]")
        else:
            out.append(block)
    return out


def parse_block(body: str) -> DatedCode | None:
    """``HOB <950601`` and the like as a DatedCode; None when malformed."""
    m = BLOCK_RE.match(body)
    if m is None:
        return None
    codes = tuple(c.upper() for c in m.group("code").split("/") if c)
    try:
        if m.group("op") == "<":
            return DatedCode(codes, end=to_date(m.group("day")) - timedelta(days=1))
        if m.group("op") == ">":
            return DatedCode(codes, start=to_date(m.group("day")) + timedelta(days=1))
        if m.group("start"):
            return DatedCode(codes, start=to_date(m.group("start")), end=to_date(m.group("end")))
    except ValueError:
        return None
    return DatedCode(codes)


def to_date(text: str) -> date:
    """YYMMDD (years below 30 are 20xx) or YYYYMMDD."""
    if len(text) == 6:
        yy = int(text[:2])
        return date(2000 + yy if yy < 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
