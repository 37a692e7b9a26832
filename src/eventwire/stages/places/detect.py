"""places stage: toponyms in the text, resolved to GeoNames offline (see ``eventwire.gazetteer``).

1. Find: spaCy GPE/LOC/FAC entities, plus capitalised names the gazetteer knows well that spaCy tagged
   otherwise ("Vladivostok" as PERSON), when they stand in a place's position or the article names
   them as a place elsewhere. Nothing inside a person's or an outlet's mention is a place.
2. Place or government: a country is a place only where the sentence puts it as a location ("in Russia",
   "visit Russia", "Vladivostok, Russia"); a city, state or continent is a place unless it acts
   ("Pyongyang said", "Moscow denied"), is acted on as a party ("urged Beijing"), owns something that
   is not a feature ("Beijing's decision") or only modifies a noun ("the Qingdao summit"). Word lists
   live in lexicons/place_*.txt.
3. Resolve: population and feature priors, the countries of the article's actors and other places,
   "City, Country" / "City, State" qualifiers, one reading per name per article. When no candidate is
   convincing the place is kept with ``geonameid`` null.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .. import gazetteer, lexicon
from ..document import Document
from ..gazetteer import Entry, Gazetteer
from ..record import Place

ENTITY_LABELS = ("GPE", "LOC", "FAC")
SCAN_LABELS_OK = ("PERSON", "ORG", "")  # a one-token entity of these labels may still be a known place
SCAN_MAX_TOKENS = 4
SCAN_MIN_POPULATION = 100_000  # a city found without a GPE/LOC tag must be at least this large
SCAN_MIN_ALIAS_POPULATION = 1_000_000  # ... and when found by an alternate name ("Tsingtao"), this large
WEAK_POPULATION = 1_000  # a town smaller than this needs its state or a "Town, Country" to be read
LONE_POPULATION = 50_000  # a city in none of the article's countries must be at least this large
ALIAS_MIN_POPULATION = 100_000  # a place matched only by an alternate name must be at least this large
COUNTRY_CONTEXT_BONUS = 1.0
ADMIN_CONTEXT_BONUS = 3.0
ALIAS_PENALTY = 2.0
ADMIN_POPULATION = 1_000_000  # US states carry no population in the data: weigh them as a city this big
TIE_MARGIN = 0.3  # two readings in different countries closer than this (log10 population) is a tie
NEAR_KM = 161.0
CITY_STATE_SHARE = 2  # a city with at least half its namesake country's people is a city-state (Singapore)
ACTOR_KINDS_NOT_PLACES = ("person", "media")
POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass
class Toponym:
    """A candidate toponym: a token span with its gazetteer entries."""

    span: Span
    label: str  # spaCy label, or "" when found by the gazetteer scan
    entries: tuple[Entry, ...]
    qualifier: Toponym | None = None  # the "Country" of "City, Country"
    qualifies: bool = False  # this is the qualifier of the name before it
    dateline: bool = False  # "CAIRO —" opening a story: where it was filed, always a place
    reading: Entry | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return gazetteer.key(self.span.text)


def run(doc: Document) -> None:
    """Fill ``doc.places`` with the article's toponyms, in text order."""
    if doc.nlp is None:
        return
    gaz = gazetteer.load()
    found = _find(doc, gaz)
    _link_qualifiers(found)
    kept = [t for t in found if _is_place(t, doc)]
    _resolve(kept, doc, gaz)
    kept = [t for t in kept if t.reading is not None or not doc.actor_in(t.span.start_char, t.span.end_char)]
    doc.places = [_place(i, t) for i, t in enumerate(kept, 1)]


# ---- finding ------------------------------------------------------------------------------------
def _find(doc: Document, gaz: Gazetteer) -> list[Toponym]:
    sdoc = doc.nlp
    assert sdoc is not None
    found = [t for t in (_from_entity(ent, gaz) for ent in sdoc.ents) if t is not None]
    taken = {i for t in found if t.entries for i in range(t.span.start, t.span.end)}
    entity_keys = {t.key for t in found if t.entries}
    scanned = _scan(sdoc, gaz, taken, entity_keys)
    hit = {i for t in scanned for i in range(t.span.start, t.span.end)}
    found = [t for t in found if t.entries or not hit & set(range(t.span.start, t.span.end))] + scanned
    found = [t for t in found if not _in_named_actor(doc, t)]
    lines = _datelines(sdoc, gaz)
    dated = {i for t in lines for i in range(t.span.start, t.span.end)}
    found = [t for t in found if not dated & set(range(t.span.start, t.span.end))] + lines
    return sorted(found, key=lambda t: t.span.start)


_DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=(?:, [^—–\n]{1,40}?)?"
                       r"(?: \([^)\n]{1,30}\))? ?[—–-]{1,2} )")


def _datelines(sdoc: Doc, gaz: Gazetteer) -> list[Toponym]:
    """The town in capitals that opens a story or paragraph: "LILONGWE, Malawi — ...", "CAIRO — ..."."""
    found = []
    for m in _DATELINE.finditer(sdoc.text):
        span = sdoc.char_span(m.start(1), m.end(1))
        entries = gaz.lookup(m.group(1)) if span is not None else ()
        if entries:
            found.append(Toponym(span, "GPE", entries, dateline=True))
    return found


def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _hyphen_joined(span: Span) -> Span:
    """Widen a span over names glued to it by hyphens ("Guinea-" + "Bissau")."""
    doc, start, end = span.doc, span.start, span.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper():
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2
    return doc[start:end]


def _from_entity(ent: Span, gaz: Gazetteer) -> Toponym | None:
    if ent.label_ not in ENTITY_LABELS:
        return None
    span = _hyphen_joined(_trim(ent))
    if not span.text or not span.text[0].isupper():
        return None
    entries = gaz.lookup(span.text)
    if not entries and ent.label_ != "GPE":
        return None  # an unknown LOC/FAC (a peninsula, a test site) is left out
    return Toponym(span, ent.label_, entries)


def _scan(sdoc: Doc, gaz: Gazetteer, taken: set[int], entity_keys: set[str]) -> list[Toponym]:
    """Well-known gazetteer names that spaCy did not tag as places."""
    out: list[Toponym] = []
    i = 0
    while i < len(sdoc):
        hit = None if i in taken else _scan_at(sdoc, i, gaz, entity_keys)
        if hit is not None:
            out.append(hit)
            i = hit.span.end
        else:
            i += 1
    return out


def _scan_at(sdoc: Doc, i: int, gaz: Gazetteer, entity_keys: set[str]) -> Toponym | None:
    if not _name_token(sdoc[i]):
        return None
    for n in range(SCAN_MAX_TOKENS, 0, -1):
        span = sdoc[i:i + n]
        if len(span) != n or not _name_like(span):
            continue
        if _hyphen_joined(span) != span:
            continue  # part of a hyphenated name: the whole is tried on its own
        found = gaz.lookup(span.text)
        if _named_town_of(span, found, gaz):
            return Toponym(span, "", found)
        entries = tuple(e for e in found if e.primary or e.population >= SCAN_MIN_ALIAS_POPULATION)
        if entries and _well_known(entries) and gazetteer.key(span.text) not in _never():
            top = Toponym(span, "", entries)
            if top.key in entity_keys or _locative(span.root):
                return top
    return None


def _named_town_of(span: Span, found: tuple[Entry, ...], gaz: Gazetteer) -> bool:
    """"Ternivka, Ukraine": a name followed by a country or state that has a place of that name."""
    doc = span.doc
    if not found or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for n in (3, 2, 1):
        after = doc[span.end + 1:span.end + 1 + n]
        if len(after) == n and after.text[:1].isupper():
            regions = [e for e in gaz.lookup(after.text) if e.primary and e.feature in ("country", "admin")]
            if regions:
                return any(e.primary and _within(e, q) for e in found for q in regions)
    return False


def _name_like(span: Span) -> bool:
    """Capitalised proper nouns, not part of a longer name of another kind (no "Kim" of "Kim Jong-un")."""
    if not all(_name_token(t) or _glue(t) for t in span) or _glue(span[0]) or _glue(span[-1]):
        return False
    types = {t.ent_type_ for t in span}
    if types <= {"", *ENTITY_LABELS}:
        return True  # untagged, or inside a place entity the gazetteer did not know as a whole
    if len(types) != 1 or span[0].ent_type_ not in SCAN_LABELS_OK:
        return False
    doc = span.doc
    return span[0].ent_iob_ == "B" and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")


def _name_token(t: Token) -> bool:
    return t.text[:1].isupper() and (t.pos_ == "PROPN" or bool(t.ent_type_) and t.pos_ == "NOUN")


def _glue(t: Token) -> bool:
    """A hyphen inside a name, with no space on either side."""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _well_known(entries: tuple[Entry, ...]) -> bool:
    best = entries[0]
    return best.feature in ("country", "admin", "region") or best.population >= SCAN_MIN_POPULATION


def _in_named_actor(doc: Document, t: Toponym) -> bool:
    """Inside a person's or an outlet's mention ("Yonhap", "Putin") -- unless that "person" is only this
    well-known place name, with no other name or title (spaCy tagging "Tsingtao" as PERSON)."""
    actor = doc.actor(doc.actor_in(t.span.start_char, t.span.end_char))
    if actor is None or actor.kind not in ACTOR_KINDS_NOT_PLACES:
        return False
    mistaken = actor.kind == "person" and not actor.role and gazetteer.key(actor.name) == t.key
    return not (mistaken and t.entries and _well_known(t.entries))


def _link_qualifiers(found: list[Toponym]) -> None:
    """Pair "City, Country", "City, State" and "Town, Region": the second name narrows the first.

    Not inside a list of names ("Britain, Canada, France"), and never to narrow a country."""
    for i, (first, second) in enumerate(zip(found, found[1:])):
        if not _adjacent(first, second) or not second.entries or _country_like(first) or _possessive(second):
            continue
        before = found[i - 1] if i > 0 else None
        after = found[i + 2] if i + 2 < len(found) else None
        if (before and _adjacent(before, first)) or (after and _listed(second, after)):
            continue
        first.qualifier = second
        second.qualifies = True


def _possessive(t: Toponym) -> bool:
    """'Goma, Qatar's foreign ministry said': a country's possessive starts a new phrase, it is no qualifier."""
    doc = t.span.doc
    return t.span.end < len(doc) and doc[t.span.end].text in ("'s", "’s") or t.span[-1].text in ("'s", "’s")


def _adjacent(first: Toponym, second: Toponym) -> bool:
    gap = first.span.doc[first.span.end:second.span.start]
    return len(gap) == 1 and gap[0].text == ","


def _listed(second: Toponym, after: Toponym) -> bool:
    gap = second.span.doc[second.span.end:after.span.start]
    return 0 < len(gap) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in gap)


def _qualifier_entries(t: Toponym) -> tuple[Entry, ...]:
    return tuple(e for e in t.entries if e.feature in ("country", "admin"))


# ---- place or government ------------------------------------------------------------------------
def _is_place(t: Toponym, doc: Document) -> bool:
    if t.dateline:
        return True
    if _hyphen_adjective(t.span):
        return False
    if t.qualifies:
        return True
    root = t.span.root
    if _country_like(t):
        return _locative(root) and not _acts(root)
    if not t.entries and not _locative(root):
        return False  # an unknown name is kept only where the sentence makes it a location
    return not (_acts(root) or _modifier(root))


def _country_like(t: Toponym) -> bool:
    return bool(t.entries) and _drop_city_state_country(t.entries)[0].feature == "country"


def _governor(tok: Token) -> Token:
    """The first conjunct of a coordination / the head of an apposition: whose role the name shares."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok


def _locative(tok: Token) -> bool:
    """Does the sentence put this name as a location (object of "in", "visit", "outside of" ...)?"""
    g = _governor(tok)
    head = g.head
    if g.dep_ == "pobj":
        if head.lower_ == "of":
            return head.head.lower_ in _words("place_prepositions.txt") | _words("place_feature_words.txt")
        return head.lower_ in _words("place_prepositions.txt")
    if g.dep_ == "dobj":
        return head.lemma_.lower() in _words("place_motion_verbs.txt")
    if g.dep_ in ("compound", "poss"):
        return head.lower_ in _words("place_feature_words.txt")
    return False


def _acts(tok: Token) -> bool:
    """Is the name a party here ("Pyongyang said", "urged Moscow", "Beijing's decision")?"""
    g = _governor(tok)
    head = g.head
    if g.dep_ in ("nsubj", "nsubjpass", "agent"):
        return _acting_verb(head)
    if g.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in _words("place_actor_object_verbs.txt")
    if g.dep_ == "poss":
        return head.lower_ not in _words("place_feature_words.txt")
    return False


def _acting_verb(verb: Token) -> bool:
    if verb.lemma_.lower() in _words("place_actor_verbs.txt"):
        return True
    if verb.lemma_ != "be":
        return False
    attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    nouns = attrs + [p for a in attrs for prep in a.children if prep.dep_ == "prep" for p in prep.children
                     if p.dep_ == "pobj"]
    return any(n.lemma_.lower() in _words("place_actor_nouns.txt") for n in nouns)


def _modifier(tok: Token) -> bool:
    """A name that only modifies a noun ("the Qingdao summit") names no location of its own."""
    return tok.dep_ in ("compound", "amod") and tok.head.lower_ not in _words("place_feature_words.txt")


def _hyphen_adjective(span: Span) -> bool:
    """"Dubai-based", "U.S.-led", "Russia-backed": the name is part of an adjective."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not span[-1].whitespace_ \
        and doc[end + 1].text[:1].islower()


# ---- resolving ----------------------------------------------------------------------------------
def _resolve(kept: list[Toponym], doc: Document, gaz: Gazetteer) -> None:
    countries, admins = _context(doc, gaz)
    by_key: dict[str, Entry | None] = {}
    for t in sorted(kept, key=lambda t: t.qualifier is None):  # qualified names first: they set the reading
        if t.qualifier is None and t.key in by_key:
            t.reading = by_key[t.key]
            continue
        t.reading = _best(t, countries, admins)
        by_key.setdefault(t.key, t.reading)


def _context(doc: Document, gaz: Gazetteer) -> tuple[Counter[str], set[tuple[str, str]]]:
    """Countries the article is about (its actors' countries, every country or state it names, places or
    not, even inside other names: "University of Idaho") and the US states it names."""
    countries: Counter[str] = Counter()
    admins: set[tuple[str, str]] = set()
    for actor in doc.actors:
        iso2 = gaz.alpha2(actor.country)
        if iso2:
            countries[iso2] += 1
    for entries in _region_names(doc.nlp, gaz):
        for e in entries:
            countries[e.country or ""] += 1
            if e.feature == "admin":
                admins.add((e.country or "", e.admin1))
    return countries, admins


def _region_names(sdoc: Doc | None, gaz: Gazetteer) -> list[tuple[Entry, ...]]:
    """Gazetteer countries and states named anywhere in the text, one tuple per name found ("New York"
    and "Washington" name big cities first, so they do not count as states)."""
    out: list[tuple[Entry, ...]] = []
    i = 0
    while sdoc is not None and i < len(sdoc):
        step = 1
        for n in (3, 2, 1) if sdoc[i].text[:1].isupper() else ():
            span = sdoc[i:i + n]
            if len(span) < n or not all(t.text[:1].isupper() for t in span):
                continue
            found = gaz.lookup(span.text)
            entries = tuple(e for e in found if e.primary and e.feature in ("country", "admin"))
            if entries and not any(e.feature == "city" and e.population >= SCAN_MIN_POPULATION for e in found):
                out.append(entries)
                step = n
                break
        i += step
    return out


def _drop_city_state_country(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Singapore, Hong Kong, Monaco: when a country and its own city share the name and the city holds much
    of the country's people, read the city (Mozambique the country, not the town of that name)."""
    countries = {(e.country, e.name): e.population for e in entries if e.feature == "country"}
    cities = {(e.country, e.name) for e in entries if e.feature == "city" and e.primary
              and e.population * CITY_STATE_SHARE >= countries.get((e.country, e.name), 0)}
    kept = tuple(e for e in entries if not (e.feature == "country" and (e.country, e.name) in cities))
    return tuple(sorted(kept, key=lambda e: -_prior(e)))


def _prior(e: Entry) -> float:
    size = e.population or (ADMIN_POPULATION if e.feature == "admin" else 0)
    bonus = {"country": 2.0, "region": 2.0, "admin": 0.5}.get(e.feature, 0.0) + (1.0 if e.capital else 0.0)
    return math.log10(size + 10) + bonus - (0.0 if e.primary else ALIAS_PENALTY)


def _best(t: Toponym, countries: Counter[str], admins: set[tuple[str, str]]) -> Entry | None:
    entries = _candidates(t)
    if not entries:
        return None
    scored = sorted(((_score(e, countries, admins), e) for e in entries), key=lambda p: -p[0])
    best_score, best = scored[0]
    if not _convincing(best, _support(t, best, countries, admins)):
        return None
    if len(scored) > 1:
        second_score, second = scored[1]
        if best_score - second_score < TIE_MARGIN and _km(best, second) > NEAR_KM:
            return None
    return best


def _candidates(t: Toponym) -> tuple[Entry, ...]:
    entries = _drop_city_state_country(t.entries)
    if t.qualifier is None:
        return entries
    wanted = _qualifier_entries(t.qualifier) or _drop_city_state_country(t.qualifier.entries)[:1]
    return tuple(e for e in entries if e.feature != "country" and any(_within(e, q) for q in wanted))


def _within(e: Entry, q: Entry) -> bool:
    if e.country != q.country:
        return False
    return q.feature != "admin" or e.admin1 == q.admin1


def _score(e: Entry, countries: Counter[str], admins: set[tuple[str, str]]) -> float:
    score = _prior(e)
    if e.country and countries[e.country] and e.feature != "country":
        score += COUNTRY_CONTEXT_BONUS
    if e.feature == "city" and (e.country or "", e.admin1) in admins:
        score += ADMIN_CONTEXT_BONUS
    return score


def _support(t: Toponym, e: Entry, countries: Counter[str], admins: set[tuple[str, str]]) -> int:
    """How well the article backs this reading: 2 by "Town, State/Country" or its state, 1 by its country."""
    if t.qualifier is not None or (e.country or "", e.admin1) in admins:
        return 2
    return 1 if countries[e.country or ""] else 0


def _convincing(e: Entry, support: int) -> bool:
    if e.feature != "city":
        return e.primary
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


# ---- output -------------------------------------------------------------------------------------
def _place(i: int, t: Toponym) -> Place:
    span, e = t.span, t.reading
    if e is None:
        country = t.qualifier.reading.country if t.qualifier and t.qualifier.reading else None
        return Place(id=f"p{i}", text=span.text, start=span.start_char, end=span.end_char, name=span.text,
                     country=country)
    return Place(id=f"p{i}", text=span.text, start=span.start_char, end=span.end_char, name=e.name,
                 geonameid=e.geonameid, country=e.country, lat=e.lat, lon=e.lon, feature=e.feature)


def _words(name: str) -> frozenset[str]:
    return lexicon.words(name)


def _never() -> frozenset[str]:
    return lexicon.words("place_never.txt")
