"""TIMEX3 values for detected expressions, resolved against the publication day.

Each rule takes the match's groups and a ``Context`` (the publication day, and the clause tense
computed on demand) and returns a ``Norm``, or None to drop a false hit. A rule that needs the
publication day when there is none returns a Norm with value None and anchor "none".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from ... import settings
from . import calendar as cal
from . import words
from .calendar import month_value, weekday_on, year_for_month
from .direction import FUTURE, PAST, day_step, period_step

Groups = dict[str, str | None]


@dataclass
class Norm:
    value: str | None
    type: str = "DATE"
    mod: str | None = None
    anchor: str = "explicit"


@dataclass
class Context:
    day: date | None
    tense: Callable[[], str]  # the clause's tense (timex.direction), computed on demand
    before: str = ""  # a little of the text before the expression
    after: str = ""  # a little of the text after it
    premodifier: Callable[[], bool] = lambda: False  # the expression modifies the noun after it


Resolver = Callable[[date], str]


def relative(ctx: Context, resolve: Resolver, type_: str = "DATE", mod: str | None = None) -> Norm:
    """A value that needs the publication day."""
    if ctx.day is None:
        return Norm(None, type_, mod, "none")
    return Norm(resolve(ctx.day), type_, mod, "published")


def _low(g: Groups, name: str) -> str:
    return " ".join((g.get(name) or "").lower().split())


def _unit(g: Groups) -> words.Unit:
    return words.units()[_low(g, "unit")]


def _count(g: Groups) -> str:
    value = words.count_value(_low(g, "num"))
    if value.endswith(".0"):
        value = value[:-2]
    if (g.get("half1") or g.get("half2")) and re.fullmatch(r"\d+", value):
        value = f"{value}.5"  # "two and a half years", "a minute and a half"
    return value


# ---- calendar dates ------------------------------------------------------------------------------

def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def month_day(g: Groups, ctx: Context) -> Norm | None:
    month, day = words.months()[_low(g, "month")], int(g["day"] or 0)
    mod = words.edge_mod(g.get("edge"))
    if g.get("year"):
        year = int(g["year"] or 0)
        return Norm(f"{year:04d}-{month:02d}-{day:02d}", mod=mod) if _valid(year, month, day) else None
    if not _valid(2000, month, day):
        return None
    if g.get("yrel"):  # "March 5 last year"
        step = words.relative()[_low(g, "yrel")]
        return relative(ctx, lambda a: f"{a.year + step:04d}-{month:02d}-{day:02d}", mod=mod)
    def resolve(anchor: date) -> str:
        step = 0 if ctx.premodifier() else _plain_step(ctx.tense())
        found = cal.day_of_month(anchor, month, day, step, settings.TIMES_DATE_SLACK_DAYS)
        return found.isoformat() if found else ""

    return relative(ctx, resolve, mod=mod)


def _plain_step(tense: str) -> int:
    """A day of a month follows a past or future clause ("the year ended March 31", "will vote on Nov. 7")
    when the nearer date is well on the other side (a past clause may still name a date just ahead: "was on
    track for June 12"); a present or verbless one takes the nearer date ("the Oct. 23 slaying")."""
    return -1 if tense == PAST else 1 if tense == FUTURE else 0


def numeric(g: Groups, ctx: Context) -> Norm | None:
    year, month, day = int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)
    return Norm(f"{year:04d}-{month:02d}-{day:02d}") if _valid(year, month, day) else None


def _month_year(anchor: date, month: int, step: int | None, direction: int) -> int:
    if step is None:
        return year_for_month(anchor, month, direction)
    if step < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if step > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def month(g: Groups, ctx: Context) -> Norm:
    number = words.months()[_low(g, "month")]
    mod = words.edge_mod(g.get("edge"))
    if g.get("year"):
        return Norm(month_value(int(g["year"] or 0), number), mod=mod)
    if g.get("yrel"):  # "June last year"
        year_step = words.relative()[_low(g, "yrel")]
        return relative(ctx, lambda a: month_value(a.year + year_step, number), mod=mod)
    step = words.relative().get(_low(g, "rel")) if g.get("rel") else None
    direction = period_step(ctx.tense()) if step is None else 0
    return relative(ctx, lambda a: month_value(_month_year(a, number, step, direction), number), mod=mod)


_POSSESSIVE = re.compile(r"^['’]s\s+(\w+)")


def _possessive_past(after: str) -> bool:
    """"Wednesday's ruling": a day that owns an event names one already reported, unless the event is
    marked as ahead ("Thursday's scheduled vote", "Friday's planned talks")."""
    m = _POSSESSIVE.match(after)
    if not m:
        return False
    cue = words.cues().get(m.group(1).lower())
    return not (cue and cue[1] == "future")


def weekday(g: Groups, ctx: Context) -> Norm:
    number = words.weekdays()[_low(g, "weekday")]
    step = words.relative().get(_low(g, "rel")) if g.get("rel") else None
    part = words.day_parts().get(_low(g, "part")) if g.get("part") else None

    def resolve(anchor: date) -> str:
        if step is None:
            day = weekday_on(anchor, number, -1 if _possessive_past(ctx.after) else day_step(ctx.tense()))
        elif step == 0:
            day = cal.week_monday(anchor) + timedelta(days=number - 1)
        else:
            day = weekday_on(anchor, number, step, strict=True)
        return day.isoformat() + (f"T{part}" if part else "")

    return relative(ctx, resolve, "TIME" if part else "DATE", words.edge_mod(g.get("edge")))


def year(g: Groups, ctx: Context) -> Norm:
    return Norm(f"{int(g['year'] or 0):04d}", mod=words.edge_mod(g.get("edge")))


def year_pair(g: Groups, ctx: Context) -> Norm:
    """The "58" of "1957-58": the century of the year before it."""
    return Norm(ctx.before[-5:-3] + str(g["yy"]))


def decade(g: Groups, ctx: Context) -> Norm:
    if g.get("dword"):  # "the eighties": the latest such decade begun by the publication day
        digit = words.decades()[_low(g, "dword").lstrip("'‘’")]
        day = ctx.day or date(1999, 12, 31)
        value = f"20{digit}" if 2000 + 10 * digit <= day.year else f"19{digit}"
        return Norm(value, mod=words.edge_mod(g.get("edge")))
    if g.get("decade2"):
        digit = int(g["decade2"] or 0)
        value = f"{19 if digit >= 3 else 20}{digit}"
    else:
        value = f"{g['century']}{g['decade']}"
    return Norm(value, mod=words.edge_mod(g.get("edge")))


def century(g: Groups, ctx: Context) -> Norm | None:
    raw = g.get("cnum") or words.ordinals().get(_low(g, "ord"), "")
    if not str(raw).isdigit() or not 1 <= int(raw) <= 21:
        return None
    return Norm(f"{int(raw) - 1:02d}", mod=words.edge_mod(g.get("edge")))


def spelled_year(g: Groups, ctx: Context) -> Norm | None:
    """"nineteen ninety-six" -> 1996."""
    found = words.spelled_year(g.get("spelled") or "")
    return Norm(f"{found:04d}") if found else None


_NEXT_WORD = re.compile(r"^\s+([a-z]+)")


def holiday(g: Groups, ctx: Context) -> Norm | None:
    """"Christmas", "last Thanksgiving", "Easter 1990": the day by its rule, in the year named or else the
    occurrence the clause points to (as for a day of a month)."""
    rule = words.holidays()[_low(g, "holiday")]
    following = _NEXT_WORD.match(ctx.after)
    if following and ctx.premodifier() and not words.is_time_noun(following.group(1)):
        return None  # "a Christmas gift", "Easter eggs": a thing named after the day
    if g.get("year"):
        found = cal.holiday_in(int(g["year"] or 0), rule)
        return Norm(found.isoformat()) if found else None
    step = words.relative().get(_low(g, "rel")) if g.get("rel") else None

    def resolve(anchor: date) -> str:
        this_year = cal.holiday_in(anchor.year, rule)
        if this_year is None:
            return ""
        if step is not None and step != 0:
            if step < 0:
                found = this_year if this_year < anchor else cal.holiday_in(anchor.year - 1, rule)
            else:
                found = this_year if this_year > anchor else cal.holiday_in(anchor.year + 1, rule)
        elif step == 0:
            found = this_year
        else:
            options = [cal.holiday_in(anchor.year + k, rule) for k in (-1, 0, 1)]
            direction = 0 if ctx.premodifier() else _plain_step(ctx.tense())
            found = cal.nearest(anchor, [o for o in options if o], direction, settings.TIMES_DATE_SLACK_DAYS)
        return found.isoformat() if found else ""

    return relative(ctx, resolve)
