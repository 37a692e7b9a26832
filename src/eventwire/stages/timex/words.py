"""The time word lists (``lexicons/time_*.tsv``) as lookup tables and as regex alternations."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import lexicon
from ...lookahead import led


@dataclass(frozen=True)
class Unit:
    word: str
    plural: str
    code: str  # TIMEX3 duration letter(s)
    clock: bool  # needs the "T" of a time duration
    years: int  # years in one unit, for decade and century; 0 otherwise


def _key(word: str) -> str:
    return " ".join(word.lower().split())


def _column(name: str, key: str, value: str) -> dict[str, str]:
    return {_key(row[key]): row[value] for row in lexicon.table(name)}


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    return {row["word"].lower(): int(row["month"]) for row in lexicon.table("time_months.tsv")}


@lru_cache(maxsize=None)
def weekdays() -> dict[str, int]:
    return {row["word"].lower(): int(row["weekday"]) for row in lexicon.table("time_weekdays.tsv")}


@lru_cache(maxsize=None)
def until_words() -> frozenset[str]:
    """The prepositions of a time something lasts up to ('until', 'till': time_until_words.txt)."""
    return lexicon.words("time_until_words.txt")


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    """Every singular and plural unit word -> its Unit."""
    out: dict[str, Unit] = {}
    for row in lexicon.table("time_units.tsv"):
        unit = Unit(row["word"], row["plural"], row["code"], row["clock"] == "1", int(row["years"] or 0))
        out[unit.word] = unit
        out[unit.plural] = unit
    return out


@lru_cache(maxsize=None)
def numbers() -> dict[str, str]:
    return _column("time_numbers.tsv", "word", "value")


@lru_cache(maxsize=None)
def _tens_and_ones() -> tuple[dict[str, int], dict[str, int]]:
    """The number words for 20, 30 ... 90 and for 1 ... 9 (the parts of "twenty-four")."""
    tens, ones = {}, {}
    for word, value in numbers().items():
        if " " in word or not value.isdigit() or word in ("a", "an"):
            continue
        if 20 <= int(value) <= 90 and int(value) % 10 == 0:
            tens[word] = int(value)
        elif 1 <= int(value) <= 9:
            ones[word] = int(value)
    return tens, ones


_FRACTION = re.compile(r"^(\d+)\s+([1-9])/([1-9])$")


def count_value(raw: str) -> str:
    """The number of a counted phrase as digits: "three" 3, "twenty-four" 24, "2 1/2" 2.5, "several" X.

    Returns the raw text when it is not a number this reads."""
    raw = " ".join(raw.lower().split())
    if raw in numbers():
        return numbers()[raw]
    if m := _FRACTION.match(raw):
        number = int(m[1]) + int(m[2]) / int(m[3])
        return str(int(number)) if number.is_integer() else f"{number:g}"
    tens, ones = _tens_and_ones()
    parts = re.split(r"[\s-]+", raw)
    if len(parts) == 2 and parts[0] in tens and parts[1] in ones:
        return str(tens[parts[0]] + ones[parts[1]])
    return raw


def _spelled_year_regex() -> str:
    tens, ones = _tens_and_ones()
    below = rf"(?:{_alt(tens)}(?:[\s-]+{_alt(ones)})?|{_alt(teens())})"
    return (rf"(?P<spelled>(?:nineteen|eighteen)[\s-]+(?:hundred|oh[\s-]+{_alt(ones)}|{below})"
            rf"|twenty[\s-]+(?:{_alt(tens)}(?:[\s-]+{_alt(ones)})?|{_alt(teens())}))(?![\w-])")


def _compound_tens() -> str:
    tens, ones = _tens_and_ones()
    return rf"{_alt(tens)}[\s-]+{_alt(ones)}(?![\w-])"


@lru_cache(maxsize=None)
def ordinals() -> dict[str, str]:
    return _column("time_ordinals.tsv", "word", "value")


@lru_cache(maxsize=None)
def seasons() -> dict[str, tuple[str, int, int]]:
    return {row["word"]: (row["code"], int(row["first"]), int(row["last"]))
            for row in lexicon.table("time_seasons.tsv")}


@lru_cache(maxsize=None)
def holidays() -> dict[str, str]:
    """Holiday name (lower case) -> its rule (see time_holidays.tsv)."""
    return _column("time_holidays.tsv", "name", "rule")


_TIME_NOUNS = frozenset({"holiday", "holidays", "season", "break", "vacation", "eve", "weekend", "period"})


def is_time_noun(word: str) -> bool:
    """A noun that names a stretch of time: a unit ("week"), a part of a day, or one of a few period words."""
    word = word.lower()
    return word in units() or word in day_parts() or word in _TIME_NOUNS


@lru_cache(maxsize=None)
def decades() -> dict[str, int]:
    return {k: int(v) for k, v in _column("time_decades.tsv", "word", "digit").items()}


@lru_cache(maxsize=None)
def teens() -> dict[str, int]:
    """The number words for 10 ... 19."""
    return {w: int(v) for w, v in numbers().items() if " " not in w and v.isdigit() and 10 <= int(v) <= 19}


def spelled_year(text: str) -> int | None:
    """A year written in words: "nineteen ninety-six" 1996, "twenty twenty" 2020, "nineteen oh five" 1905,
    "nineteen hundred" 1900. ("two thousand" is left out: it is more often a count than a year.)"""
    parts = [p for p in re.split(r"[\s-]+", text.lower()) if p and p != "and"]
    tens, ones = _tens_and_ones()
    small = {**ones, **teens(), **tens}
    centuries = {**teens(), **{w: v for w, v in tens.items() if v == 20}}
    if not parts or parts[0] not in centuries:
        return None
    century, rest = centuries[parts[0]], parts[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest[:1] == ["oh"] and len(rest) == 2 and rest[1] in ones:
        return century * 100 + ones[rest[1]]
    low = _below_hundred(rest, tens, ones, small)
    return century * 100 + low if low >= 10 else None


def _below_hundred(rest: list[str], tens: dict[str, int], ones: dict[str, int], small: dict[str, int]) -> int:
    if len(rest) == 1 and rest[0] in small:
        return small[rest[0]]
    if len(rest) == 2 and rest[0] in tens and rest[1] in ones:
        return tens[rest[0]] + ones[rest[1]]
    return -1000


@lru_cache(maxsize=None)
def day_parts() -> dict[str, str]:
    return _column("time_day_parts.tsv", "word", "code")


@lru_cache(maxsize=None)
def relative() -> dict[str, int]:
    return {k: int(v) for k, v in _column("time_relative.tsv", "word", "step").items()}


@lru_cache(maxsize=None)
def deictic() -> dict[str, tuple[str, str]]:
    return {_key(row["phrase"]): (row["value"], row["part"]) for row in lexicon.table("time_deictic.tsv")}


@lru_cache(maxsize=None)
def edges() -> dict[str, str]:
    return _column("time_edges.tsv", "phrase", "mod")


@lru_cache(maxsize=None)
def approximators() -> dict[str, str]:
    return _column("time_approx.tsv", "phrase", "mod")


@lru_cache(maxsize=None)
def sets() -> dict[str, str]:
    return _column("time_sets.tsv", "word", "value")


@lru_cache(maxsize=None)
def timezones() -> tuple[str, ...]:
    return tuple(row["zone"] for row in lexicon.table("time_timezones.tsv"))


@lru_cache(maxsize=None)
def cues() -> dict[str, tuple[str, str]]:
    """Tense cue word -> (kind, direction)."""
    return {row["word"].lower(): (row["kind"], row["direction"]) for row in lexicon.table("time_cues.tsv")}


def edge_mod(phrase: str | None) -> str | None:
    return edges().get(_key(phrase)) if phrase else None


def approx_mod(phrase: str | None) -> str | None:
    return approximators().get(_key(phrase)) or None if phrase else None


# ---- regex alternations ---------------------------------------------------------------------------

def _alt(words: object, exact: bool = False) -> str:
    """A longest-first alternation; multi-word entries match any run of spaces; ``exact`` keeps case."""
    parts = [r"\s+".join(re.escape(w) for w in str(word).split()) for word in words]  # type: ignore[attr-defined]
    body = "|".join(sorted(set(parts), key=len, reverse=True))
    return f"(?-i:{body})" if exact else f"(?:{body})"


def _word(name: str, body: str) -> str:
    return rf"(?P<{name}>{body})(?![\w])"


@lru_cache(maxsize=None)
def placeholders() -> dict[str, str]:
    """The {name} fillers of time_patterns.tsv."""
    month_words = [r["word"] for r in lexicon.table("time_months.tsv")]
    weekday_words = [r["word"] for r in lexicon.table("time_weekdays.tsv")]
    unit_rows = lexicon.table("time_units.tsv")
    singular = [r["word"] for r in unit_rows]
    plural = [r["plural"] for r in unit_rows]
    set_words = [r["word"] for r in lexicon.table("time_sets.tsv")]
    return {
        "month": rf"(?P<month>{_alt(month_words, exact=True)})(?:(?<=\.)|(?!\w))",
        "weekday": _word("weekday", _alt(weekday_words, exact=True)),
        "day": r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:.]\d|\d|\w)",
        "year": r"(?<![\d$€£#.,])(?P<year>(?:1[6-9]|20)\d\d)(?![\d]|,\d|\.\d|\w)",
        "num": _word("num", r"\d+(?:\.\d+)?(?:\s+[1-9]/[1-9])?|" + _compound_tens() + "|" + _alt(numbers())),
        "num2": _word("num2", r"\d+(?:\.\d+)?|" + _compound_tens() + "|" + _alt(numbers())),
        "count": r"(?:\d+(?:\.\d+)?|" + _compound_tens() + "|" + _alt(numbers()) + r")(?!\w)",
        "unit": _word("unit", _alt(singular)),
        "units": _word("unit", _alt(plural)),
        "unitany": _word("unit", _alt(singular + plural)),
        "rel": _word("rel", _alt(relative())),
        "edge": rf"(?P<edge>{_alt(edges())})(?:(?<=-)|(?!\w))",
        "approx": _word("approx", _alt(approximators())),
        "ord": _word("ord", _alt(ordinals())),
        "season": _word("season", _alt(seasons())),
        "decadeword": rf"{_alt(decades())}(?!\w)",
        "holiday": _word("holiday", _alt([r["name"] for r in lexicon.table("time_holidays.tsv")], exact=True)),
        "spelledyear": _spelled_year_regex(),
        "part": _word("part", _alt(day_parts())),
        "tz": _word("tz", _alt(timezones(), exact=True)),
        "deictic": _word("deictic", _alt(deictic())),
        "setword": _word("setword", _alt(set_words, exact=True)),
    }


@dataclass(frozen=True)
class Pattern:
    kind: str
    needs: frozenset[str]  # at least one of these words (or "#digit") must be in the sentence
    regex: re.Pattern[str]


def _need_words(needs: str) -> frozenset[str]:
    """The words a row's ``needs`` cell stands for: list names expand to the last word of each entry."""
    lists = {"month": months(), "weekday": weekdays(), "unit": [u.word for u in units().values()],
             "units": [u.plural for u in units().values()], "unitany": units(), "season": seasons(),
             "deictic": deictic(), "part": day_parts(), "setword": sets(), "decadeword": decades(),
             "holiday": holidays()}
    out: set[str] = set()
    for item in needs.split():
        entries = lists[item[1:-1]] if item.startswith("{") else [item]
        out.update(str(e).lower().split()[-1].rstrip(".") for e in entries)
    return frozenset(out)


@lru_cache(maxsize=None)
def patterns() -> tuple[Pattern, ...]:
    """Every row of time_patterns.tsv, compiled. Each is led by a look-ahead for the characters a match
    can begin with (``lookahead.led``): it finds what the row alone finds, while the engine gives up at
    most word starts after one character instead of trying the row's alternatives there (the
    patterns' search took ~15% less CPU over the VOA stories)."""
    fill = placeholders()
    out = []
    for row in lexicon.table("time_patterns.tsv"):
        body = re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)], row["pattern"])
        regex = led(rf"(?<!\w)(?:{body})", re.IGNORECASE)
        out.append(Pattern(row["kind"], _need_words(row["needs"]), regex))
    return tuple(out)


@lru_cache(maxsize=None)
def patterns_needing() -> dict[str, tuple[int, ...]]:
    """Each word of the patterns' ``needs`` (and "#digit") -> the numbers, in ``patterns()``, of the
    patterns that need it: the patterns a sentence can match are read off its words instead of testing
    every pattern's words against the sentence's."""
    out: dict[str, list[int]] = {}
    for n, pattern in enumerate(patterns()):
        for word in pattern.needs:
            out.setdefault(word, []).append(n)
    return {word: tuple(ns) for word, ns in out.items()}
