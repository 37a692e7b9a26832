"""Rules for periods named relative to now: "last week", "next weekend", "earlier this month",
"two years ago", "the third quarter", "last summer", "over the weekend"."""
from __future__ import annotations

from datetime import date, timedelta

from . import words
from .calendar import add_months, interval, iso_week, month_value
from .direction import day_step, period_step
from .normalise import Context, Groups, Norm, _count, _low, _unit, relative

_ANAPHORIC = ("following", "previous", "preceding")  # relative to the story's own time, not to now


def weekend_of(anchor: date, step: int) -> str:
    """The weekend ``step`` weekends from the anchor: 0 = this/the coming one, -1 = the last one."""
    saturday_week = anchor if anchor.isoweekday() <= 5 else anchor - timedelta(days=anchor.isoweekday() - 6)
    if step > 0 and anchor.isoweekday() >= 6:
        saturday_week += timedelta(days=7)
    if step < 0:
        saturday_week -= timedelta(days=7)
    return iso_week(saturday_week) + "-WE"


def shift(anchor: date, code: str, step: int) -> str | None:
    """The calendar unit ``step`` units from the anchor, at that unit's granularity."""
    if code in ("D",):
        return (anchor + timedelta(days=step)).isoformat()
    if code == "W":
        return iso_week(anchor + timedelta(days=7 * step))
    if code == "WE":
        return weekend_of(anchor, step)
    if code == "M":
        return month_value(*add_months(anchor.year, anchor.month, step))
    if code == "Q":
        year, first = add_months(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 3 * step)
        return f"{year}-Q{(first - 1) // 3 + 1}"
    if code == "Y":
        return f"{anchor.year + step}"
    if code == "DE":
        return f"{(anchor.year + 10 * step) // 10}"
    if code == "CE":
        return f"{(anchor.year + 100 * step) // 100}"
    return None


def duration_value(count: str, unit: words.Unit) -> str:
    """P3M, PT4H, P10Y for "a decade", PXDE for "decades"."""
    code, size = unit.code, 1
    if unit.years and count != "X":
        code, size = "Y", unit.years
    elif code == "Q":
        code, size = "M", 3
    elif unit.word == "fortnight":
        code, size = "W", 2
    if count != "X":
        number = float(count) * size
        count = str(int(number)) if number.is_integer() else str(number)
    return ("PT" if unit.clock else "P") + count + code


def rel_unit(g: Groups, ctx: Context) -> Norm | None:
    rel, unit = _low(g, "rel"), _unit(g)
    step = words.relative()[rel]
    mod = words.edge_mod(g.get("edge"))
    if unit.code == "D":
        return None  # "the next day": the story's own time
    if rel in _ANAPHORIC:
        return Norm(f"P1{unit.code}", "DURATION", mod)  # "the following decade"
    if unit.clock or (unit.years > 1 and step):
        return Norm(duration_value("1", unit), "DURATION", mod)  # "the next decade": ten years
    return relative(ctx, lambda a: shift(a, unit.code, step) or "", mod=mod)


def _edge_step(anchor: date, code: str, mod: str | None, direction: int) -> int:
    """"the end of the year" said in the past, before the year's last third: last year's end."""
    part = interval(shift(anchor, code, 0), mod)
    if part is None:
        return 0
    if mod == "END" and direction < 0 and anchor.isoformat() < part[0]:
        return -1
    if mod == "START" and direction > 0 and anchor.isoformat() > part[1]:
        return 1
    return 0


def edge_unit(g: Groups, ctx: Context) -> Norm | None:
    unit, mod = _unit(g), words.edge_mod(g.get("edge"))
    return relative(ctx, lambda a: shift(a, unit.code, _edge_step(a, unit.code, mod, period_step(ctx.tense()))) or "",
                    mod=mod)


def near_unit(g: Groups, ctx: Context) -> Norm | None:
    unit = _unit(g)
    if unit.code in ("D",) or unit.clock:
        return None
    return relative(ctx, lambda a: shift(a, unit.code, 0) or "")


def weekend(g: Groups, ctx: Context) -> Norm:
    return relative(ctx, lambda a: weekend_of(a, 0 if day_step(ctx.tense()) > 0 else -1 if a.isoweekday() < 6 else 0))


def ago(g: Groups, ctx: Context) -> Norm | None:
    unit, count = _unit(g), _count(g)
    mod = words.approx_mod(g.get("approx"))
    if count == "X":
        return relative(ctx, lambda a: "PAST_REF", mod=mod)
    if not count.isdigit():
        return None
    code = "D" if unit.clock else unit.code
    return relative(ctx, lambda a: shift(a, code, -int(count)) or "", "TIME" if unit.clock else "DATE", mod)


def quarter(g: Groups, ctx: Context) -> Norm | None:
    half = _low(g, "qh") == "half"
    raw = g.get("qn") or words.ordinals().get(_low(g, "ord"), "")
    number = (2 if half else 4) if raw == "last" else int(raw or 0)
    if not 1 <= number <= (2 if half else 4):
        return None
    label = f"{'H' if half else 'Q'}{number}"
    year = g.get("year") or g.get("qyear")
    if year:
        return Norm(f"{year}-{label}")
    if g.get("rel"):
        step = words.relative()[_low(g, "rel")]
        return relative(ctx, lambda a: f"{a.year + step}-{label}")
    return relative(ctx, lambda a: f"{_part_year(a, number, 6 if half else 3, period_step(ctx.tense()))}-{label}")


def _part_year(anchor: date, number: int, months: int, direction: int) -> int:
    """The year of the quarter (months=3) or half (6) named by number, from the clause's direction.

    Business news reports a period once it has ended: the one that ended last keeps its year whatever the
    tense ("fourth-quarter results will be released" in January is last year's quarter); otherwise a
    past clause looks back and a future clause ahead."""
    current = (anchor.month - 1) // months + 1
    parts = 12 // months
    if number == (current - 2) % parts + 1:  # the last finished one
        return anchor.year - 1 if number > current else anchor.year
    if direction < 0 and number > current:
        return anchor.year - 1
    if direction > 0 and number < current:
        return anchor.year + 1
    return anchor.year


def _season_occurrences(anchor: date, code: str) -> list[int]:
    """Month ordinals (year * 12 + month) of the season's first month, around the anchor."""
    first = next(v[1] for v in words.seasons().values() if v[0] == code)
    return [(anchor.year + y) * 12 + first for y in (-2, -1, 0, 1)]


def _season_pick(anchor: date, code: str, step: int | None, direction: int) -> str:
    now = anchor.year * 12 + anchor.month
    starts = _season_occurrences(anchor, code)
    current = [s for s in starts if s <= now < s + 3]
    past = [s for s in starts if s + 3 <= now]
    future = [s for s in starts if s > now]
    if step is not None and step < 0 or step is None and direction < 0:
        pick = (current if step is None else []) or past[-1:]
    elif step is not None and step > 0:
        pick = future[:1]
    elif direction > 0:
        pick = current or future[:1]
    else:
        pick = current or [min(starts, key=lambda s: (abs(s + 1 - now), -s))]
    chosen = (pick or starts[2:3])[0]
    return f"{chosen // 12}-{code}" if chosen % 12 else f"{chosen // 12 - 1}-{code}"


def season(g: Groups, ctx: Context) -> Norm | None:
    code = words.seasons()[_low(g, "season")][0]
    mod = words.edge_mod(g.get("edge"))
    if g.get("year"):
        return Norm(f"{g['year']}-{code}", mod=mod)
    step = words.relative().get(_low(g, "rel")) if g.get("rel") else None
    direction = period_step(ctx.tense()) if step is None else 0
    return relative(ctx, lambda a: _season_pick(a, code, step, direction), mod=mod)
