"""Periods read from the story itself rather than from the publication day alone.

Business and economic news names a reporting period once ("third-quarter profit", "the 1989 first half")
and then refers back to it: "the quarter", "the latest period", "the fiscal year", and compares it with
the same period a year before: "the year-ago quarter", "year-earlier sales", "from a year earlier". A
comparison "a year ago / earlier" is a date one year before the period it is compared with, at that
period's granularity (a quarter a year back is a quarter, a day a year back a day); with nothing to compare
with it is the year before the publication year.

The rules ``period`` and ``years_back`` give a value from the publication day alone; ``resolve`` then
revisits those expressions with the other expressions of the document in hand.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from . import words
from .normalise import Context, Groups, Norm, _count, _low, relative

_CALENDAR = re.compile(r"^(\d{4})((?:-(?:Q[1-4]|H[12]|W\d\d|\d\d(?:-\d\d)?))?)$")
_PART = re.compile(r"^\d{4}-(Q[1-4]|H[12])$")
_ENDED = re.compile(r"^\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|through)\b", re.IGNORECASE)
_BACKWARD = ("year-ago", "year-earlier", "year-before", "prior-year", "year-previous")
_CURRENT = ("latest", "most recent", "just-ended", "just ended", "recent")
KINDS = ("period", "yearsback")


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
    if word in ("period", "half") and not pmod:
        return None  # "the period of mourning", "the half" of a match
    back = 1 if pmod in _BACKWARD else 0
    return relative(ctx, lambda a: years_before(_fallback(word if word != "period" else "quarter", a), back) or "")


def years_back(g: Groups, ctx: Context) -> Norm | None:
    """"a year ago", "two years earlier", "year-earlier" (publication-day value: the year(s) before)."""
    count = _count(g) if g.get("num") else "1"
    if count == "X":
        return relative(ctx, lambda a: "PAST_REF")  # "several years ago"
    if not count.isdigit():
        return None
    word = _word(g)
    if word and word != "year":
        return relative(ctx, lambda a: years_before(_fallback("quarter" if word == "period" else word, a),
                                                    int(count)) or "")
    return relative(ctx, lambda a: str(a.year - int(count)), mod=words.approx_mod(g.get("approx")))


def _granular(value: str | None) -> bool:
    return bool(value) and bool(_CALENDAR.match(value or ""))


def bare_half(hit) -> bool:
    """"the first half" with no year, no "year" and no hyphen: a half of a year only in a story that reports
    on periods; elsewhere the half of a match, a film, a century."""
    g = hit.groups
    return (hit.kind == "quarter" and _low(g, "qh") == "half" and not (g.get("year") or g.get("qyear") or g.get("rel"))
            and "year" not in _low(g, "_text") and (g.get("qsep") or " ").strip() != "-")


def _reports_periods(items: list) -> bool:
    return any(h.kind in KINDS or h.kind == "quarter" and not bare_half(h) or "fiscal" in _low(h.groups, "_text")
               for h, _n in items)


def resolve(items: list, sentence_starts: list[int], text: str) -> list:
    """Revisit "period" and "yearsback" expressions with the document's other expressions; drop a bare
    "first half" in a story that reports on no period. Returns the items kept.

    ``items`` are (Hit, Norm) pairs in text order; ``sentence_starts`` the sorted start offsets of sentences.
    """
    if any(bare_half(h) for h, _n in items) and not _reports_periods(items):
        items = [(h, n) for h, n in items if not bare_half(h)]
    def sentence(offset: int) -> int:
        return bisect_right(sentence_starts, offset) - 1

    for index, (hit, norm) in enumerate(items):
        if hit.kind not in KINDS or norm.value is None:
            continue
        g = hit.groups
        word = _word(g)
        if hit.kind == "period" or word and word != "year":
            back = 1 if hit.kind == "yearsback" or _low(g, "pmod") in _BACKWARD else 0
            reporting = _reporting(items[:index], word)
            if reporting:
                norm.value = years_before(reporting, back) or norm.value
            elif word == "quarter" and hit.kind == "period" and not back:
                norm.value = _quarter_ended(items, index, text) or norm.value
            continue
        if norm.value.endswith("_REF"):
            continue
        count = int(_count(g)) if g.get("num") else 1
        compared = _compared(items, index, sentence, hit, _low(g, "back") != "ago")
        if compared:
            norm.value = years_before(compared, count) or norm.value
    return items


def _reporting(earlier: list, word: str) -> str | None:
    """The last reporting period named before: a quarter or half (its year for "the fiscal year")."""
    for hit, norm in reversed(earlier):
        if hit.kind == "yearsback" or _low(hit.groups, "pmod") in _BACKWARD:
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


def _compared(items: list, index: int, sentence, hit, story_time: bool) -> str | None:
    """The calendar value a comparison "a year ago / earlier" is made with: the nearest other dated expression
    of its sentence (before it first); for "earlier" (story time) also the last of the sentence before."""
    here = sentence(hit.start)
    others = [(h, n) for i, (h, n) in enumerate(items) if i != index and h.kind not in KINDS
              and n.type == "DATE" and _granular(n.value)]
    before = [n.value for h, n in others if h.end <= hit.start and sentence(h.start) == here]
    after = [n.value for h, n in others if h.start >= hit.end and sentence(h.start) == here]
    if before or after:
        return (before[-1:] or after[:1])[0]
    if story_time:
        previous = [n.value for h, n in others if h.end <= hit.start and sentence(h.start) == here - 1]
        return previous[-1] if previous else None
    return None


def _quarter_ended(items: list, index: int, text: str) -> str | None:
    """"the quarter ended Sept. 30": the quarter of the date that follows."""
    hit = items[index][0]
    ended = _ENDED.match(text[hit.end:hit.end + 20])
    if not ended or index + 1 >= len(items):
        return None
    next_hit, next_norm = items[index + 1]
    m = re.match(r"^(\d{4})-(\d\d)", next_norm.value or "")
    if next_hit.start > hit.end + ended.end() + 2 or not m:
        return None
    return f"{m[1]}-Q{(int(m[2]) - 1) // 3 + 1}"
