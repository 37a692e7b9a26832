"""Periods read from the story itself rather than from the publication day alone.

Business and economic news names a reporting period once ("third-quarter profit", "the 1989 first half")
and then refers back to it: "the quarter", "the latest period", "the fiscal year", and compares it with
the same period a year before: "the year-ago quarter", "year-earlier sales", "from a year earlier". A
comparison "a year ago / earlier" is a date one year before the period it is compared with, at that
period's granularity (a quarter a year back is a quarter, a day a year back a day); with nothing to compare
with it is the year before the publication year.

"The next day", "the day before" count from the last day the story named.

The rules ``period``, ``years_back`` and ``next_day`` give a value from the publication day alone;
``resolve`` then revisits those expressions with the other expressions of the document in hand.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import Callable

from . import words
from .detect import Hit
from .normalise import Context, Groups, Norm, _count, _low, relative
from .calendar import interval
from .periods import shift

_CALENDAR = re.compile(r"^(\d{4})((?:-(?:Q[1-4]|H[12]|W\d\d|\d\d(?:-\d\d)?))?)$")
_PART = re.compile(r"^\d{4}-(Q[1-4]|H[12])$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_ENDED = re.compile(r"^\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|through)\b", re.IGNORECASE)
_OPEN_PERIOD = re.compile(r"^\s*(?:of|when|from|between|since|during|that|which|in\s+which|before|after|to|until)\b",
                          re.IGNORECASE)
_APPOSED = re.compile(r"^\s*[,(–—-]\s*(?:in|on|at|during)?\s*$", re.IGNORECASE)
_BACKWARD = ("year-ago", "year-earlier", "year-before", "prior-year")
KINDS = ("period", "yearsback", "dayrel")
_DAY_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "prior": -1, "before": -1}


def years_before(value: str | None, count: int) -> str | None:
    """A calendar value moved back ``count`` years at its own granularity: 1989-Q3 -> 1988-Q3."""
    m = _CALENDAR.match(value or "")
    if not m:
        return None
    year = int(m[1]) - count
    rest = m[2]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{year:04d}{rest}"


def _finished_part(anchor: date, months: int) -> str:
    """The last quarter (months=3) or half (6) that has ended by the anchor."""
    current = (anchor.month - 1) // months + 1
    letter = "Q" if months == 3 else "H"
    if current == 1:
        return f"{anchor.year - 1}-{letter}{12 // months}"
    return f"{anchor.year}-{letter}{current - 1}"


def _word(g: Groups) -> str:
    return _low(g, "pword").replace("fiscal ", "")


def _fallback(word: str, anchor: date) -> str:
    if word == "year":
        return str(anchor.year)
    return _finished_part(anchor, 6 if word == "half" else 3)


def period(g: Groups, ctx: Context) -> Norm | None:
    """"the quarter", "the latest period", "the fiscal year", "the year-ago quarter" (publication-day value)."""
    word, pmod = _word(g), _low(g, "pmod")
    fiscal = bool(g.get("fiscal"))
    if word == "year" and not (fiscal or pmod):
        return None  # "the year" alone is left to the story
    if word == "half" and not pmod or word == "period" and not pmod and _OPEN_PERIOD.match(ctx.after):
        return None  # "the half" of a match, "the period of mourning", "the period when ..."
    back = 1 if pmod in _BACKWARD else 0
    return relative(ctx, lambda a: years_before(_fallback(word if word != "period" else "quarter", a), back) or "")


def years_back(g: Groups, ctx: Context) -> Norm | None:
    """"a year ago", "two years earlier", "year-earlier", "a week earlier" (publication-day value: the
    year(s), or the day, week or month, before)."""
    count = _count(g) if g.get("num") else "1"
    if count == "X":
        return relative(ctx, lambda a: "PAST_REF")  # "several years ago"
    if not count.isdigit():
        return None
    code = _unit_code(g)
    if code != "Y":
        return relative(ctx, lambda a: shift(a, code, -int(count)) or "")
    word = _word(g)
    if word and word != "year":
        return relative(ctx, lambda a: years_before(_fallback("quarter" if word == "period" else word, a),
                                                    int(count)) or "")
    return relative(ctx, lambda a: str(a.year - int(count)), mod=words.approx_mod(g.get("approx")))


def _day_offset(g: Groups) -> int:
    return _DAY_STEP[_low(g, "drel") or _low(g, "drel2")]


def next_day(g: Groups, ctx: Context) -> Norm | None:
    """"the next day", "the day before" (publication-day value: the day after or before it)."""
    step = _day_offset(g)
    return relative(ctx, lambda a: (a + timedelta(days=step)).isoformat())


def _unit_code(g: Groups) -> str:
    return words.units()[_low(g, "unit")].code if g.get("unit") else "Y"


def _granular(value: str | None) -> bool:
    return bool(value) and bool(_CALENDAR.match(value or ""))


def needs_reporting_story(hit: Hit) -> bool:
    """"the first half" with no year, no "year" and no hyphen, or "the period" alone: a half-year or a
    reporting period only in a story that reports on periods; elsewhere the half of a match, a period of
    mourning."""
    g = hit.groups
    if hit.kind == "period":
        return _word(g) == "period" and not g.get("pmod")
    return (hit.kind == "quarter" and _low(g, "qh") == "half" and not (g.get("year") or g.get("qyear") or g.get("rel"))
            and "year" not in _low(g, "_text") and (g.get("qsep") or " ").strip() != "-")


def _reports_periods(items: list[tuple[Hit, Norm]]) -> bool:
    """A story that names a quarter, a half-year with its year, a fiscal year or a reporting period."""
    return any(not needs_reporting_story(h) and (h.kind in ("period", "quarter") or h.groups.get("pword")
                                     or "fiscal" in _low(h.groups, "_text")) for h, _n in items)


def resolve(items: list[tuple[Hit, Norm]], sentence_starts: list[int], text: str,
            day: date | None = None) -> list[tuple[Hit, Norm]]:
    """Revisit "period", "yearsback" and "dayrel" expressions with the document's other expressions; drop a
    bare "first half" in a story that reports on no period. Returns the items kept.

    ``items`` are (Hit, Norm) pairs in text order; ``sentence_starts`` the sorted start offsets of sentences;
    ``day`` the publication day.
    """
    if any(needs_reporting_story(h) for h, _n in items) and not _reports_periods(items):
        items = [(h, n) for h, n in items if not needs_reporting_story(h)]

    def sentence(offset: int) -> int:
        return bisect_right(sentence_starts, offset) - 1

    for index, (hit, norm) in enumerate(items):
        if hit.kind not in KINDS or norm.value is None:
            continue
        g = hit.groups
        word = _word(g)
        if hit.kind == "dayrel":
            story_day = _last_day(items[:index], chained=bool(g.get("that")))
            if story_day:
                norm.value = (story_day + timedelta(days=_day_offset(g))).isoformat()
            continue
        if hit.kind == "period" or word and word != "year":
            back = 1 if _backward(hit) else 0
            ended = _period_ended(items, index, text, word) if not back else None
            reporting = ended or _reporting(items[:index], word)
            if reporting:
                norm.value = years_before(reporting, back) or norm.value
            continue
        if norm.value.endswith("_REF"):
            continue
        count = int(_count(g)) if g.get("num") else 1
        restated = _restated(items, index, text)
        if restated:
            norm.value = restated
            continue
        compared = _compared(items, index, sentence, hit, _low(g, "back") != "ago", day)
        if compared and _unit_code(g) == "Y":
            norm.value = years_before(compared, count) or norm.value
        elif compared:
            norm.value = _units_before(compared, _unit_code(g), count) or norm.value
    return items


def _reporting(earlier: list[tuple[Hit, Norm]], word: str) -> str | None:
    """The last reporting period named before: a quarter or half (its year for "the fiscal year")."""
    for hit, norm in reversed(earlier):
        if _backward(hit):
            continue  # "the year-ago quarter" is compared with, not reported on
        m = _PART.match(norm.value or "")
        if not m or norm.type != "DATE":
            continue
        if word == "year":
            return (norm.value or "")[:4]
        if word in ("quarter", "half") and m[1][0] != word[0].upper():
            continue
        return norm.value
    return None


def _restated(items: list[tuple[Hit, Norm]], index: int, text: str) -> str | None:
    """"two years earlier, in 1985": a date set right after the comparison restates it; its value."""
    hit = items[index][0]
    if index + 1 < len(items):
        next_hit, next_norm = items[index + 1]
        if _APPOSED.match(text[hit.end:next_hit.start]) and next_norm.type == "DATE" and _granular(next_norm.value):
            return next_norm.value
    return None


def _current(value: str, day: date | None) -> bool:
    """A period that has begun by the publication day and ended at most about a year before it."""
    bounds = interval(value)
    if day is None or bounds is None:
        return True
    return bounds[0] <= day.isoformat() and date.fromisoformat(bounds[1]) >= day - timedelta(days=400)


def _compared(items: list[tuple[Hit, Norm]], index: int, sentence: Callable[[int], int], hit: Hit,
              story_time: bool, day: date | None) -> str | None:
    """The calendar value a comparison "a year ago / earlier" is made with: the nearest other dated expression
    of its sentence (before it first); for "earlier" (story time) also the last of the sentence before.
    A comparison with now ("ago") is made only with a period that is still current."""
    here = sentence(hit.start)
    others = [(h, n) for i, (h, n) in enumerate(items) if i != index and not _backward(h)
              and n.type == "DATE" and _granular(n.value) and (story_time or _current(n.value or "", day))]
    before = [n.value for h, n in others if h.end <= hit.start and sentence(h.start) == here]
    after = [n.value for h, n in others if h.start >= hit.end and sentence(h.start) == here]
    periods = [v for v in before[::-1] + after if _PART.match(v or "")]
    if periods:  # "a loss for the quarter ended Sept. 30 against a profit a year earlier": the quarter
        return periods[0]
    if before or after:
        return (before[-1:] or after[:1])[0]
    if story_time:
        previous = [n.value for h, n in others if h.end <= hit.start and sentence(h.start) == here - 1]
        return previous[-1] if previous else None
    return None


def _units_before(compared: str, code: str, count: int) -> str | None:
    """"three days / two weeks / two months earlier" than a compared day, week or month (from its first day),
    at the unit's granularity; None when the compared value is a year or a part of one."""
    if _DAY.match(compared):
        start = date.fromisoformat(compared)
    elif m := _WEEK.match(compared):
        start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    elif m := _MONTH.match(compared):  # "three days before May" counts from its first day
        start = date(int(m[1]), int(m[2]), 1)
    else:
        return None
    return shift(start, code, -count)


def _last_day(earlier: list[tuple[Hit, Norm]], chained: bool = False) -> date | None:
    """The story's day: the last day named before ("the Feb. 27 deportations ... the day after"); a day
    counted from another one counts only for "the day after that"."""
    for hit, norm in reversed(earlier):
        if hit.kind in KINDS and not chained:
            continue
        if norm.value and _DAY.match(norm.value[:10]) and norm.type in ("DATE", "TIME"):
            return date.fromisoformat(norm.value[:10])
    return None


def _backward(hit: Hit) -> bool:
    """An expression that looks a year (or more) back: "a year ago", "the year-ago quarter"."""
    return hit.kind == "yearsback" or _low(hit.groups, "pmod") in _BACKWARD


def _period_ended(items: list[tuple[Hit, Norm]], index: int, text: str, word: str) -> str | None:
    """"the quarter ended Sept. 30", "the fiscal year ending June 30, 1990": the quarter (year) of the date that
    follows."""
    hit = items[index][0]
    ended = _ENDED.match(text[hit.end:hit.end + 20])
    if word not in ("quarter", "year", "period") or not ended or index + 1 >= len(items):
        return None
    next_hit, next_norm = items[index + 1]
    m = re.match(r"^(\d{4})-(\d\d)", next_norm.value or "")
    if next_hit.start > hit.end + ended.end() + 2 or not m:
        return None
    return m[1] if word == "year" else f"{m[1]}-Q{(int(m[2]) - 1) // 3 + 1}"
