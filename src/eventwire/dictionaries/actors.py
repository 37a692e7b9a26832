"""Reader for PETRARCH/TABARI actor dictionaries.

An entry is a name line, optional ``+SYNONYM`` lines, and code blocks ``[CODE]`` on the name line or on
indented lines below it. Name lines without a code that follow one another before any code share the codes
that come after them (PETRARCH's rule: ``IVO_JOSIPOVIC_`` / ``PRESIDENT_JOSIPOVIC_`` / ``<tab>[HRVGOV
>20120219]`` is one actor with two names). A code block may carry a date restriction: ``[HOB <950601]``
(before), ``[HOBREB >990816]`` (after), ``[HOBGOV 19950601-19990815]`` (between, inclusive). Dates are read
as PETRARCH reads them: a digit string of at most 7 characters is YYMMDD (years up to 30 are 20xx), a longer
one YYYYMMDD from its first 8 digits. ``[ELR/GAL]`` gives several actors at once; ``[---]`` none.

Malformed blocks warn with what was kept: a date with trailing digits (``>201005011``) is read from its
first digits; a date without ``<``, ``>`` or ``-`` (``[MNEGOV 20121204]``) leaves the code unrestricted, as
in PETRARCH; an impossible date or an interval ending before it starts drops the block.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .common import CODE_RE, Line, Reader, phrase_gaps, phrase_words
from .model import ActorEntry, DatedCode

CODE_WORD = re.compile(r"^(?:[A-Za-z][A-Za-z0-9/]*|[-+#]{3})$")
DIGITS = re.compile(r"\d+")


class DateProblem(ValueError):
    pass


def read_actors(path: str) -> tuple[list[ActorEntry], list[str]]:
    reader = Reader(path)
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for line in reader.lines():
        stripped = _before_semicolon(line.text.strip())
        if not stripped:
            continue
        if stripped.startswith("["):
            if current is None:
                reader.warn(line.number, f"code block {stripped!r} before any actor name: not used")
                continue
            current.codes += _blocks(reader, line, stripped)
        elif stripped.startswith("+"):
            if current is None:
                reader.warn(line.number, f"synonym {stripped!r} before any actor name: not used")
                continue
            words = phrase_words(stripped[1:].split("[", 1)[0])
            if words:
                current.names.append(words)
                _gaps(current, words, stripped[1:].split("[", 1)[0])
            current.codes += _blocks(reader, line, stripped[1:]) if "[" in stripped else []
        else:
            words = phrase_words(stripped.split("[", 1)[0])
            if not words:
                reader.warn(line.number, f"no actor name in {stripped!r}: not used")
                continue
            if current is not None and not current.codes:
                current.names.append(words)  # a further name of an actor whose codes come below
            else:
                _close(reader, current, entries)
                current = ActorEntry(names=[words], line=line.number)
            _gaps(current, words, stripped.split("[", 1)[0])
            if "[" in stripped:
                current.codes += _blocks(reader, line, stripped)
                if not current.codes:  # its only code block was unreadable: the entry is not used
                    names = ", ".join(" ".join(n) for n in current.names)
                    reader.warn(line.number, f"actor {names!r} not used: no readable code")
                    current = None
    _close(reader, current, entries)
    return entries, reader.warnings


def _gaps(entry: ActorEntry, words: tuple[str, ...], text: str) -> None:
    gaps = phrase_gaps(text)
    if gaps:
        entry.gaps[words] = gaps


def _before_semicolon(text: str) -> str:
    """The line without an old KEDS/TABARI ``;`` comment."""
    return text.split(";", 1)[0].rstrip()


def _close(reader: Reader, entry: ActorEntry | None, entries: list[ActorEntry]) -> None:
    if entry is None:
        return
    if not entry.codes:
        names = ", ".join(" ".join(n) for n in entry.names)
        reader.warn(entry.line, f"actor {names!r} has no code: not used")
        return
    entries.append(entry)


def _blocks(reader: Reader, line: Line, text: str) -> list[DatedCode]:
    if text.count("[") != text.count("]"):
        reader.warn(line.number, f"unbalanced brackets in {text.strip()!r}: line not used")
        return []
    out = []
    for body in CODE_RE.findall(text):
        try:
            block, problem = read_block(body)
        except DateProblem as exc:
            reader.warn(line.number, f"bad code block [{body}]: {exc}; block not used")
            continue
        if problem:
            reader.warn(line.number, f"malformed code block [{body}]: {problem}")
        out.append(block)
    return out


def read_block(body: str) -> tuple[DatedCode, str | None]:
    """``HOB <950601`` and the like as a DatedCode, and what was made of a malformed one (None when well
    formed). Raises DateProblem when the block cannot be used."""
    code, _, rest = body.strip().partition(" ")
    code, rest = code.strip(), rest.strip()
    if not CODE_WORD.match(code):
        raise DateProblem(f"{code!r} is not a code")
    codes = tuple(c.upper() for c in code.split("/") if c)
    if not rest:
        return DatedCode(codes), None
    if rest[0] in "<>":
        digits = DIGITS.search(rest)
        if digits is None:
            raise DateProblem("no date after '<' or '>'")
        day, problem = petrarch_date(digits.group(0))
        if rest[0] == "<":
            return DatedCode(codes, end=day - timedelta(days=1)), problem
        return DatedCode(codes, start=day + timedelta(days=1)), problem
    if "-" in rest:
        first, _, second = rest.partition("-")
        if not first.strip().isdigit() or not second.strip().isdigit():
            raise DateProblem(f"interval {rest!r} is not DATE-DATE")
        start, p1 = petrarch_date(first.strip())
        end, p2 = petrarch_date(second.strip())
        if end < start:
            raise DateProblem(f"interval ends ({end}) before it starts ({start})")
        return DatedCode(codes, start=start, end=end), "; ".join(p for p in (p1, p2) if p) or None
    return DatedCode(codes), f"date {rest!r} has no '<', '>' or '-': the code is kept without a date restriction"


def petrarch_date(text: str) -> tuple[date, str | None]:
    """A date as PETRARCH reads it, and a note when digits were left over."""
    n = 6 if len(text) <= 7 else 8
    try:
        day = to_date(text[:n])
    except ValueError:
        raise DateProblem(f"{text!r} is not a valid date") from None
    if len(text) not in (6, 8):
        return day, f"date {text!r} has {len(text)} digits: read as {day.isoformat()} from its first {n}"
    return day, None


def parse_block(body: str) -> DatedCode | None:
    """``HOB <950601`` and the like as a DatedCode; None when it cannot be used."""
    try:
        return read_block(body)[0]
    except DateProblem:
        return None


def to_date(text: str) -> date:
    """YYMMDD (years up to 30 are 20xx, as in KEDS and TABARI) or YYYYMMDD."""
    if len(text) == 6:
        yy = int(text[:2])
        return date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
