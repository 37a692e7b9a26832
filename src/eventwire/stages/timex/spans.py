"""Rules for durations ("three months", "four-hour", "decades"), sets ("annual", "every Monday"),
words like "today", "now", "recent", parts of days ("this morning") and clock times ("3 p.m.")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import words
from .normalise import Context, Groups, Norm, _count, _low, _unit, relative
from .direction import PAST
from .periods import duration_value

_RATE = re.compile(r"(?:\b(?:once|twice|thrice|times|per)\s*)$", re.IGNORECASE)
_OF = re.compile(r"^\s+of\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:ages?|aged)\s*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:old|of\s+age)\b", re.IGNORECASE)


def duration(g: Groups, ctx: Context) -> Norm | None:
    unit, count = _unit(g), _count(g)
    single = _low(g, "num") in ("a", "an", "one")
    if unit.code in ("S", "Q") and single or unit.code == "Q" and _OF.match(ctx.after):
        return None  # "a second term", "a quarter of the voters", "roughly a quarter from the south"
    if _AGE_BEFORE.search(ctx.before) or _AGE_AFTER.match(ctx.after):
        return None  # an age, not a period: "children ages 6 months", "37 years old"
    if count != "X" and not re.fullmatch(r"\d+(?:\.\d+)?", count):
        return None
    value = duration_value(count, unit)
    if _RATE.search(ctx.before) and single:
        return Norm(value, "SET")  # "twice a week"
    return Norm(value, "DURATION", words.approx_mod(g.get("approx")))


def count_range(g: Groups, ctx: Context) -> Norm | None:
    """"two to three weeks", "10-15 years": one span; the count is not one number, so it is X (PXW)."""
    if _AGE_BEFORE.search(ctx.before) or _AGE_AFTER.match(ctx.after):
        return None
    return Norm(duration_value("X", _unit(g)), "DURATION", words.approx_mod(g.get("approx")))


def hyphen(g: Groups, ctx: Context) -> Norm | None:
    return duration(g, ctx)


def vague(g: Groups, ctx: Context) -> Norm:
    return Norm(duration_value("X", _unit(g)), "DURATION")


def coming(g: Groups, ctx: Context) -> Norm:
    return relative(ctx, lambda a: "FUTURE_REF")


_ORDERING_AFTER = re.compile(r"^\s*(?:after|afterwards?|before|thereafter)\b", re.IGNORECASE)
_AS_BEFORE, _AS_AFTER = re.compile(r"\bas\s*$", re.IGNORECASE), re.compile(r"^\s*as\b", re.IGNORECASE)


def deictic(g: Groups, ctx: Context) -> Norm | None:
    value, part = words.deictic()[_low(g, "deictic")]
    if value.endswith("_REF"):
        ordering = value != "PRESENT_REF" and _ORDERING_AFTER.match(ctx.after)
        if ordering or _AS_BEFORE.search(ctx.before) and _AS_AFTER.match(ctx.after):
            return None  # "soon after the vote", "as soon as": an order of events, not a time
        if value == "FUTURE_REF" and ctx.tense() == PAST:
            return None  # "and soon she was flown out": ahead of the story's time, not of now
        return relative(ctx, lambda a: value)
    offset = int(value)
    suffix = f"T{part}" if part else ""
    return relative(ctx, lambda a: (a + timedelta(days=offset)).isoformat() + suffix, "TIME" if part else "DATE")


_DAYWORD = {"this": 0, "today": 0, "yesterday": -1, "tomorrow": 1, "last": -1}


def day_part(g: Groups, ctx: Context) -> Norm | None:
    dayword, part = _low(g, "dayword"), words.day_parts()[_low(g, "part")]
    if not dayword or dayword == "last" and part not in ("NI", "EV"):
        return None
    offset = _DAYWORD[dayword]
    return relative(ctx, lambda a: (a + timedelta(days=offset)).isoformat() + f"T{part}", "TIME")


def clock_text(g: Groups) -> str | None:
    """HH:MM of a clock time."""
    noon = _low(g, "noon")
    if noon:
        return "24:00" if noon == "midnight" else "12:00"
    hour, minute = int(g.get("hour") or 0), int(g.get("minute") or 0)
    ampm = _low(g, "ampm")
    if ampm:
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 else None


def clock(g: Groups, ctx: Context) -> Norm | None:
    text = clock_text(g)
    if text is None:
        return None
    return relative(ctx, lambda a: f"{a.isoformat()}T{text}", "TIME")


def set_word(g: Groups, ctx: Context) -> Norm | None:
    if g.get("weekday"):
        return Norm(f"XXXX-WXX-{words.weekdays()[_low(g, 'weekday')]}", "SET")
    return Norm(words.sets()[_low(g, "setword")], "SET")


def with_day(day_value: str, clock_value: str) -> str:
    """A day's value joined with the HH:MM of a clock value: 2013-03-23 + ...T15:00."""
    return day_value[:10] + clock_value[clock_value.index("T"):]


def is_day(value: str | None) -> bool:
    try:
        date.fromisoformat((value or "")[:10])
    except ValueError:
        return False
    return len(value or "") == 10


def stopwatch(g: Groups, ctx: Context) -> Norm:
    """A race time, 3:07:35 -> PT3H7M35S."""
    parts = [(int(g.get(k) or 0), unit) for k, unit in (("h", "H"), ("mi", "M"), ("s", "S"))]
    return Norm("PT" + "".join(f"{n}{unit}" for n, unit in parts if n), "DURATION")
