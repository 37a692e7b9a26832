"""Dates shown at the precision they have: a whole year as "2011", a whole month as "2011-05", one day
as the day, anything else as a range. The store keeps day intervals; this only chooses how to print them."""
from __future__ import annotations

import calendar
from datetime import date


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def span_label(first: str | None, last: str | None = None) -> str:
    """'2011' for 2011-01-01..2011-12-31, '2011-05' for a whole May, the day for one day, else 'a – b'."""
    a, b = _day(first), _day(last or first)
    if a is None:
        return ""
    if b is None or b == a:
        return a.isoformat()
    if a.year == b.year and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
        return str(a.year)
    if (a.year, a.month) == (b.year, b.month) and a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]:
        return f"{a.year}-{a.month:02d}"
    return f"{a.isoformat()} – {b.isoformat()}"


def precision(first: str | None, last: str | None = None) -> str:
    """'year', 'month', 'day' or 'span' (several days, or parts of months), '' when undated."""
    label = span_label(first, last)
    if not label:
        return ""
    return {4: "year", 7: "month", 10: "day"}.get(len(label), "span")
