"""Ranking a toponym's candidate readings with a scored model.

score = prominence (log10 of the people living there; a sea, island or region counts as
        ``LANDMARK_SIZE`` people) + a bonus by kind (country, region, first-level subdivision,
        national capital) - a penalty when matched only by an alternate name
      + the article's evidence: its country named in the article (countries of actors and of every
        country or state named), its state named, its distance to the article's other places,
        a cue noun asking for its kind ("the town of X", "X province")
"X, Y" and "X, Ky." parents filter the candidates to those inside Y. The best reading must be convincing
(a small town needs its country or state in the article), and two far-apart readings in a near tie
leave the name unresolved rather than guess. One reading per name per article: a qualified mention
sets it; an unresolved mention does not stop a later one being resolved.

The weights were set by hand on development data only (the 14 development stories of
tests/data/voa_gold_split.json, the seed, tests/data/gold and examples/gold), as round numbers.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from ... import settings
from ...document import Document
from ...gazetteer import Entry, Gazetteer
from .detect import Toponym, within
from .words import Surface

SCAN_MIN_POPULATION = 100_000
WEAK_POPULATION = 1_000  # a town smaller than this needs its state or a "Town, Country" to be read
LONE_POPULATION = 50_000  # a city in none of the article's countries must be at least this large
ALIAS_MIN_POPULATION = 100_000  # a place matched only by an alternate name must be at least this large
ADMIN2_KNOWN_POPULATION = 500_000  # a county this big is read without its country in the article
LANDMARK_SIZE = 10_000_000  # how many people a sea, island, river or macro-region weighs as
KIND_BONUS = {"country": 2.0, "continent": 2.0, "region": 2.0, "ocean": 2.0, "sea": 2.0, "gulf": 1.5,
              "strait": 1.5, "river": 1.0, "lake": 1.0, "range": 1.0, "island": 1.0, "peninsula": 1.0,
              "desert": 1.0, "landmark": 1.0, "admin1": 0.5, "admin2": -0.5}
CAPITAL_BONUS = 2.0
ALIAS_PENALTY = 2.0
COUNTRY_CONTEXT_BONUS = 1.0
ADMIN_CONTEXT_BONUS = 4.0  # the article names the town's state: the strongest evidence after "Town, State"
CUE_BONUS = 3.0  # "the town of X" for a town, "X province" for a province
NEAR_BONUS = 1.5  # at most this much for lying close to the article's other places ...
NEAR_SCALE_KM = 1000.0  # ... falling to nothing at this distance
TIE_MARGIN = 0.3  # two readings in different countries closer than this is a tie
NEAR_KM = 161.0
CITY_STATE_SHARE = 2  # a city with at least half its namesake country's people is a city-state (Singapore)


@dataclass
class Evidence:
    """What the article says around its toponyms: the countries it names, its states, its places."""

    countries: Counter[str]
    admins: set[tuple[str, str]]
    anchors: list[tuple[str, Entry]]  # (name key, reading) of places read unambiguously


def article_evidence(doc: Document, gaz: Gazetteer) -> Evidence:
    """The countries and states the article names (its places are added by ``resolve``)."""
    countries, admins = _context(doc, gaz)
    return Evidence(countries, admins, [])


def resolve(kept: list[Toponym], evidence: Evidence) -> None:
    """Set ``reading`` on every toponym (None when no reading convinces), in two passes: the second
    weighs each reading's distance to where the first pass put the article's other places."""
    _pass(kept, evidence)
    evidence.anchors = [(t.key, t.reading) for t in kept if t.reading is not None and t.reading.lat is not None
                        and t.reading.feature in ("city", "admin") and _unambiguous(t)]
    _pass(kept, evidence)


def _pass(kept: list[Toponym], evidence: Evidence) -> None:
    by_key: dict[str, Entry] = {}
    for t in sorted(kept, key=lambda t: t.qualifier is None):  # qualified names first: they set the reading
        if t.qualifier is None and t.key in by_key:
            t.reading = by_key[t.key]
            continue
        t.reading = _best(t, evidence)
        if t.reading is not None:
            by_key.setdefault(t.key, t.reading)


def _unambiguous(t: Toponym) -> bool:
    """A reading the distance evidence may lean on: the name's only candidate, or fixed by "X, Y"."""
    return t.qualifier is not None or len({(e.country, e.admin1) for e in _candidates(t)}) == 1


def _context(doc: Document, gaz: Gazetteer) -> tuple[Counter[str], set[tuple[str, str]]]:
    """Countries the article is about (its actors' countries, every country or state it names, places or
    not, even inside other names: "University of Idaho") and the states it names."""
    countries: Counter[str] = Counter()
    admins: set[tuple[str, str]] = set()
    for actor in doc.actors:
        iso2 = gaz.alpha2(actor.country)
        if iso2:
            countries[iso2] += 1
    for entries in _region_names(doc.nlp, doc.text, gaz):
        for e in entries:
            countries[e.country or ""] += 1
            if e.feature == "admin":
                admins.add((e.country or "", e.admin1))
    return countries, admins


def _region_names(sdoc: Doc | None, text: str, gaz: Gazetteer) -> list[tuple[Entry, ...]]:
    """Gazetteer countries and states named anywhere in the text, one tuple per name found ("New York"
    and "Washington" name big cities first, so they do not count as states). Outside the US a
    province counts only where spaCy tagged it a place, so "Central" or "Bay" at a sentence start do not."""
    out: list[tuple[Entry, ...]] = []
    if sdoc is None:
        return out
    surface = Surface.of(sdoc, text)
    capital = surface.capital
    size = len(surface)
    i = 0
    while i < size:
        step = 1
        run = 0  # capitalised words from i on, up to 3
        while run < 3 and i + run < size and capital[i + run]:
            run += 1
        for n in (3, 2, 1)[3 - run:]:
            found = gaz.lookup(surface.joined(i, i + n))
            if not found:
                continue
            tagged = sdoc[i].ent_type_ in ("GPE", "LOC")
            entries = tuple(e for e in found if e.primary and not e.abbrev and (
                e.feature == "country" or e.kind == "admin1" and (e.country == "US" or tagged)))
            if entries and not any(e.feature == "city" and e.population >= SCAN_MIN_POPULATION for e in found):
                out.append(entries)
                step = n
                break
        i += step
    return out


# drop_city_state_country's answers for the gazetteer's own (cached, long-lived) entry tuples, by identity:
# the places stage asks again for the same names' tuples several times per toponym
_DROPPED: dict[int, tuple[tuple[Entry, ...], tuple[Entry, ...]]] = {}


def drop_city_state_country(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Singapore, Hong Kong, Monaco: when a country and its own city share the name and the city holds much
    of the country's people, read the city (Mozambique the country, not the town of that name). A
    province named after its largest town means the town (New York, Kano; not Quebec, whose largest
    town is Montreal)."""
    known = _DROPPED.get(id(entries))
    if known is not None and known[0] is entries:  # the very same tuple (kept alive here, so its id is its own)
        return known[1]
    kept = _drop_city_state_country(entries)
    if len(_DROPPED) >= settings.NAME_MEMO_SIZE:
        _DROPPED.clear()
    _DROPPED[id(entries)] = (entries, kept)
    return kept


def _drop_city_state_country(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    countries = {e.country: e.population for e in entries if e.feature == "country"}
    cities = {e.country for e in entries if e.feature == "city" and e.primary and e.country in countries
              and e.population * CITY_STATE_SHARE >= countries[e.country]}
    # the country, or its city-state: never both ("Guatemala" the country, not Guatemala City)
    kept = tuple(e for e in entries if not (e.feature == "country" and e.country in cities)
                 and not (e.feature == "city" and e.country in countries and e.country not in cities))
    kept = tuple(e for e in kept if not (e.kind == "admin1" and any(
        c.kind == "chief city" and c.primary and (c.country, c.admin1) == (e.country, e.admin1) for c in kept)))
    return tuple(sorted(kept, key=lambda e: -prior(e)))


def prior(e: Entry) -> float:
    """How prominent a place is, before any evidence from the article."""
    size = e.population or (LANDMARK_SIZE if e.feature in ("water", "landmark", "region") else 0)
    bonus = KIND_BONUS.get(e.kind, KIND_BONUS.get(e.feature, 0.0)) + (CAPITAL_BONUS if e.capital else 0.0)
    return math.log10(size + 10) + bonus - (0.0 if e.primary else ALIAS_PENALTY)


def _best(t: Toponym, evidence: Evidence) -> Entry | None:
    entries = _candidates(t)
    if not entries:
        return None
    scored = sorted(((score(e, t, evidence), e) for e in entries), key=lambda p: -p[0])
    best_score, best = scored[0]
    support = _support(t, best, evidence)
    if not _convincing(best, support, alone=len(entries) == 1):
        return None
    if len(scored) > 1 and support < 2:  # a near tie is no guess -- unless the article names the state
        second_score, second = scored[1]
        nested = any(within(a, b) for a, b in ((best, second), (second, best))
                     if b.feature in ("country", "admin"))  # Mexico City in Mexico: no rival
        if best_score - second_score < TIE_MARGIN and not nested and _km(best, second) > NEAR_KM:
            return None
    return best


def _candidates(t: Toponym) -> tuple[Entry, ...]:
    entries = drop_city_state_country(t.entries)  # abbreviations are there only after "Town," (detect.lookup)
    if t.qualifier is None:
        return entries
    wanted = tuple(e for e in t.qualifier.entries if e.feature in ("country", "admin")) \
        or drop_city_state_country(t.qualifier.entries)[:1]
    inside = tuple(e for e in entries if e.feature != "country" and any(within(e, q) for q in wanted))
    return inside or entries  # a qualifier that fits no reading narrows nothing


def score(e: Entry, t: Toponym, evidence: Evidence) -> float:
    s = prior(e)
    if e.country and evidence.countries[e.country] and e.feature != "country":
        s += COUNTRY_CONTEXT_BONUS
    if e.feature == "city" and (e.country or "", e.admin1) in evidence.admins:
        s += ADMIN_CONTEXT_BONUS
    if t.cue and (e.feature == t.cue):
        s += CUE_BONUS
    s += NEAR_BONUS * _nearness(e, t, evidence)
    return s


def _nearness(e: Entry, t: Toponym, evidence: Evidence) -> float:
    """1 beside another of the article's places, falling to 0 at NEAR_SCALE_KM (countries excluded:
    their points are too coarse to say anything)."""
    if e.feature == "country" or e.lat is None:
        return 0.0
    kms = [_km(e, a) for k, a in evidence.anchors if k != t.key]
    if not kms:
        return 0.0
    return max(0.0, 1.0 - min(kms) / NEAR_SCALE_KM)


def _support(t: Toponym, e: Entry, evidence: Evidence) -> int:
    """How well the article backs this reading: 2 by "Town, State/Country", its state or a cue noun,
    1 by its country."""
    if t.qualifier is not None or (e.country or "", e.admin1) in evidence.admins or t.cue == e.feature:
        return 2
    return 1 if evidence.countries[e.country or ""] else 0


def _convincing(e: Entry, support: int, alone: bool = False) -> bool:
    if e.feature != "city":
        if e.kind == "admin2":  # a county or district: its country named, big enough, or the only one
            return (e.primary or support >= 2) and (
                support >= 1 or alone or e.population >= ADMIN2_KNOWN_POPULATION)
        return e.primary or e.kind == "admin1" or e.feature in ("water", "landmark", "region")
    if not e.primary and e.population < ALIAS_MIN_POPULATION:
        return False
    floor = {2: 0, 1: WEAK_POPULATION, 0: LONE_POPULATION}[support]
    return e.population >= floor


def _km(a: Entry, b: Entry) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
