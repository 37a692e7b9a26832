"""Calendar maths for TIMEX3 values: ISO weeks, month steps, and the [first day, last day] of a value."""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from . import words

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEARS = re.compile(r"^(\d{2,4})$")


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday_on(anchor: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The ``weekday`` (1 = Monday) nearest ``anchor`` going back (direction <= 0) or ahead (> 0).

    The anchor's own weekday is the anchor itself unless ``strict`` ("last Monday", "next Monday").
    """
    if direction > 0:
        ahead = (weekday - anchor.isoweekday()) % 7 or (7 if strict else 0)
        return anchor + timedelta(days=ahead)
    back = (anchor.isoweekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return anchor - timedelta(days=back)


def year_for_month(anchor: date, month: int, direction: int) -> int:
    """The year of the named month closest to ``anchor`` in the given direction (0 = nearest)."""
    if month == anchor.month:
        return anchor.year
    if direction < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year + (1 if month - anchor.month < -6 else -1 if month - anchor.month > 6 else 0)


def day_of_month(anchor: date, month: int, day: int, direction: int, slack: int = 0) -> date | None:
    """The date of "<month> <day>" without a year: the nearer one by days (a tie goes back); a direction
    (< 0 back, > 0 ahead) overrides that when the nearer date lies more than ``slack`` days the other way."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue  # February 29 outside a leap year
    return nearest(anchor, candidates, direction, slack)


def nearest(anchor: date, candidates: list[date], direction: int, slack: int = 0) -> date | None:
    """The candidate nearest the anchor by days (a tie goes back), unless a direction (< 0 back, > 0 ahead)
    says otherwise and the nearest lies more than ``slack`` days the other way."""
    if not candidates:
        return None
    candidates = sorted(candidates)
    closest = min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))
    back = [d for d in candidates if d <= anchor]
    ahead = [d for d in candidates if d >= anchor]
    if direction < 0 and back and (closest - anchor).days > slack:
        return back[-1]
    if direction > 0 and ahead and (anchor - closest).days > slack:
        return ahead[0]
    return closest


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_in(year: int, rule: str) -> date | None:
    """The day of a holiday rule (time_holidays.tsv) in a year."""
    try:
        if rule.startswith("easter:"):
            return easter(year) + timedelta(days=int(rule.split(":")[1]))
        if ":" in rule:
            nth, weekday, month = (int(x) for x in rule.split(":"))
            if nth > 0:
                first = date(year, month, 1)
                return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
            last = date(year, month, monthrange(year, month)[1])
            return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
        month, day = (int(x) for x in rule.split("-"))
        return date(year, month, day)
    except ValueError:
        return None


def _span(first: date, last: date, mod: str | None) -> list[str]:
    if mod in ("START", "MID", "END") and (last - first).days >= 6:
        third = ((last - first).days + 1) // 3
        if mod == "START":
            last = first + timedelta(days=third - 1)
        elif mod == "MID":
            first, last = first + timedelta(days=third), last - timedelta(days=third)
        else:
            first = last - timedelta(days=third - 1)
    return [first.isoformat(), last.isoformat()]


def _part_bounds(year: int, part: str) -> tuple[date, date]:
    if part[0] in "QH":
        size = 3 if part[0] == "Q" else 6
        first_month = (int(part[1]) - 1) * size + 1
        last_year, last_month = add_months(year, first_month, size - 1)
        return date(year, first_month, 1), date(last_year, last_month, monthrange(last_year, last_month)[1])
    _code, first_month, last_month = next(v for v in words.seasons().values() if v[0] == part)
    last_year = year + 1 if last_month < first_month else year
    return date(year, first_month, 1), date(last_year, last_month, monthrange(last_year, last_month)[1])


def _bounds(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(6))
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if m := _PART.match(value):
        return _part_bounds(int(m[1]), m[2])
    if m := _YEARS.match(value):
        size = 10 ** (4 - len(m[1]))
        first = int(m[1]) * size
        return date(max(first, 1), 1, 1), date(first + size - 1, 12, 31)
    return None


def interval(value: str | None, mod: str | None = None) -> list[str] | None:
    """[first day, last day] of a calendar value (narrowed to a third for START/MID/END), else None."""
    if not value:
        return None
    try:
        bounds = _bounds(value)
    except ValueError:
        return None
    return _span(bounds[0], bounds[1], mod) if bounds else None
