"""times stage: fills Document.times with TIMEX3-normalised time expressions, in text order.

Expressions are found by the word-list patterns of ``lexicons/time_patterns.tsv`` (see ``timex.detect``),
resolved against the publication day (``article.published``) with the tense of their clause read
from the dependency parse (``timex.direction``), and given a TIMEX3 value, type, mod and interval.
Expressions that lean on the story itself ("the quarter", "a year earlier", "the next day") are then
revisited with the document's other expressions in hand (``timex.compare``).
Without a publication day, relative expressions keep ``value: None`` and ``anchor: "none"``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..document import Document
from ..ingest.dates import published_day
from ..record import TimeExpr
from .timex import calendar, compare, detect, normalise, periods, spans
from .timex.detect import Hit
from .timex.direction import NONE, clause_tense, premodifies_noun
from .timex.normalise import Context, Norm

Rule = Callable[[normalise.Groups, Context], "Norm | None"]

RULES: dict[str, Rule] = {
    "date": normalise.month_day, "iso": normalise.numeric, "slash": normalise.numeric,
    "month": normalise.month, "weekday": normalise.weekday, "year": normalise.year,
    "decade": normalise.decade, "century": normalise.century,
    "relunit": periods.rel_unit, "edgeunit": periods.edge_unit, "nearunit": periods.near_unit,
    "weekend": periods.weekend, "ago": periods.ago, "quarter": periods.quarter, "season": periods.season,
    "duration": spans.duration, "range": spans.count_range, "hyphen": spans.hyphen,
    "recent": spans.vague, "vague": spans.vague,
    "coming": spans.coming, "deictic": spans.deictic, "daypart": spans.day_part, "clock": spans.clock,
    "set": spans.set_word, "yearpair": normalise.year_pair, "stopwatch": spans.stopwatch,
    "period": compare.period, "yearsback": compare.years_back, "dayrel": compare.next_day,
    "wordyear": normalise.spelled_year, "holiday": normalise.holiday,
}
_GLUE = {"", ",", "on", ", on", "at", ", at"}  # what may stand between a day and its clock time
_BOUND_MODS = {"before": "BEFORE", "after": "AFTER"}


def _context(doc: Document, hit: Hit) -> Context:
    text = doc.text

    @lru_cache(maxsize=1)
    def tense() -> str:
        return clause_tense(doc.nlp, hit.start, hit.end) if doc.nlp is not None else NONE

    def premodifier() -> bool:
        return premodifies_noun(doc.nlp, hit.start, hit.end) if doc.nlp is not None else False

    return Context(published_day(doc.article.published), tense,
                   text[max(0, hit.start - 24):hit.start], text[hit.end:hit.end + 24], premodifier)


def _bound(norm: Norm, before: str) -> None:
    """'before June 12': mod BEFORE (the word itself stays outside the span)."""
    words = before.split()
    if norm.mod is None and norm.type == "DATE" and words and words[-1].lower() in _BOUND_MODS:
        norm.mod = _BOUND_MODS[words[-1].lower()]


def _merge_clock(items: list[tuple[Hit, Norm]], text: str) -> list[tuple[Hit, Norm]]:
    """Join a clock time with the day next to it: "3 p.m. Friday", "Saturday at 15:00 GMT"."""
    out: list[tuple[Hit, Norm]] = []
    for hit, norm in items:
        if out:
            last_hit, last_norm = out[-1]
            pair = [(last_hit, last_norm), (hit, norm)]
            clocks = [p for p in pair if p[0].kind == "clock"]
            days = [p for p in pair if p[0].kind != "clock" and p[1].type == "DATE"
                    and (p[1].value is None or spans.is_day(p[1].value))]
            gap = " ".join(text[last_hit.end:hit.start].split()).lower()
            if len(clocks) == 1 and len(days) == 1 and gap in _GLUE:
                day, clock = days[0][1], clocks[0][1]
                value = spans.with_day(day.value, clock.value) if day.value and clock.value else None
                merged = Norm(value, "TIME", day.mod, day.anchor if value else "none")
                out[-1] = (Hit(last_hit.start, hit.end, "clock", {}), merged)
                continue
        out.append((hit, norm))
    return out


def _expression(doc: Document, index: int, hit: Hit, norm: Norm) -> TimeExpr:
    calendar_like = norm.type in ("DATE", "TIME") and norm.value and not norm.value.endswith("_REF")
    return TimeExpr(id=f"t{index}", text=doc.text[hit.start:hit.end], start=hit.start, end=hit.end,
                    value=norm.value, mod=norm.mod,
                    interval=calendar.interval(norm.value, norm.mod) if calendar_like else None,
                    anchor=norm.anchor, type=norm.type)


def normalised(doc: Document) -> list[tuple[Hit, Norm]]:
    """Every detected expression with its TIMEX3 normalisation, in text order."""
    items = []
    for hit in detect.find(doc.text, doc.nlp):
        ctx = _context(doc, hit)
        norm = RULES[hit.kind](hit.groups, ctx)
        if norm is None:
            continue
        _bound(norm, ctx.before)
        items.append((hit, norm))
    items = _merge_clock(items, doc.text)
    return compare.resolve(items, _sentence_starts(doc), doc.text, published_day(doc.article.published))


def _sentence_starts(doc: Document) -> list[int]:
    if doc.nlp is None or not doc.nlp.has_annotation("SENT_START"):
        return [0]
    return doc.sentence_starts()  # made once per document (the actors stage has usually asked already)


def run(doc: Document) -> None:
    """Fill doc.times with t1, t2, ... in text order."""
    doc.times = [_expression(doc, i, hit, norm) for i, (hit, norm) in enumerate(normalised(doc), start=1)]
