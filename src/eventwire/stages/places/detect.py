"""Finding toponyms: spaCy's place entities, well-known names it tagged otherwise, names a cue noun
makes places ("the town of Sake"), datelines, literal places inside adjectives ("Mogadishu-based"), and
the "City, Region" pairs in which the second name narrows the first."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ... import datelines, gazetteer
from ...document import Document, flags_of, strings_of
from ...gazetteer import Entry, Gazetteer
from .words import Surface, compass, cue_kind, cue_nouns, governor, locative, never, words

ENTITY_LABELS = ("GPE", "LOC", "FAC")
SCAN_LABELS_OK = ("PERSON", "ORG", "NORP", "")  # a one-entity name of these labels may still be a place
SCAN_MAX_TOKENS = 4
SCAN_MIN_POPULATION = 100_000  # a city found without a GPE/LOC tag must be at least this large
SCAN_MIN_ALIAS_POPULATION = 1_000_000  # ... and when found by an alternate name ("Tsingtao"), this large
SCAN_LOCAL_POPULATION = 20_000  # ... or this large in a country the article names
ACTOR_KINDS_NOT_PLACES = ("person", "media")
POSSESSIVE = ("'s", "’s", "'", "’")
ACRONYM_MAX_LETTERS = 3
NOT_PROMINENT = ("city", "admin")  # kinds the scan needs a population for; seas, regions, islands need none


@dataclass
class Toponym:
    """A candidate toponym: a token span with its gazetteer entries."""

    span: Span
    label: str  # spaCy label, or "" when found by the gazetteer scan
    entries: tuple[Entry, ...]
    qualifier: Toponym | None = None  # the "Country" of "City, Country"
    qualifies: bool = False  # this is the qualifier of the name before it
    dateline: bool = False  # "CAIRO —" opening a story: where it was filed, always a place
    literal: bool = False  # "Mogadishu-based": a place inside an adjective, always a place
    cue: str = ""  # the feature a cue noun asks for: city, admin, landmark ("the town of X", "X province")
    reading: Entry | None = field(default=None, repr=False)

    @cached_property
    def key(self) -> str:
        """The gazetteer key of the name, made on the first read and kept (the span is never replaced): the
        ranking reads it once per other place of the article for every reading it scores (``rank._nearness``),
        and ``Span.text`` makes a Token per word on every read."""
        return gazetteer.key(self.span.text)


def find(doc: Document, gaz: Gazetteer, countries: set[str]) -> list[Toponym]:
    """Toponyms in text order; ``countries`` are those the article names (ISO alpha-2): a town of some
    size there is found in a place's position even when spaCy did not tag it."""
    sdoc = doc.nlp
    assert sdoc is not None
    found = [t for ent in doc.entities() for t in _from_entity(ent, gaz)]  # Doc.ents read once per document
    taken = {i for t in found if t.entries for i in range(t.span.start, t.span.end)}
    entity_keys = {t.key for t in found if t.entries}
    scanned = _scan(sdoc, doc.text, gaz, taken, entity_keys, countries)
    hit = {i for t in scanned for i in range(t.span.start, t.span.end)}
    found = [t for t in found if t.entries or not hit & set(range(t.span.start, t.span.end))] + scanned
    for t in found:
        t.cue = t.cue or cue_kind(t.span)
    found = [t for t in found if not _in_named_actor(doc, t)]
    for extra in (_datelines(sdoc, doc.text, gaz), _literal_adjectives(sdoc, doc.text, gaz)):
        covered = {i for t in extra for i in range(t.span.start, t.span.end)}
        found = [t for t in found if not covered & set(range(t.span.start, t.span.end))] + extra
    return sorted(found, key=lambda t: t.span.start)


def lookup(gaz: Gazetteer, span: Span) -> tuple[Entry, ...]:
    """Gazetteer entries for a span; abbreviations ("Ky.", "Ont.") only right after "Town,"."""
    text = span.text  # (read once: Span.text makes a Token per word on every read)
    entries = gaz.lookup(text)
    if any(e.abbrev for e in entries) and not _after_name_and_comma(span):
        entries = tuple(e for e in entries if not e.abbrev)
    if is_acronym(text):
        entries = tuple(e for e in entries if e.feature != "city" or is_acronym(e.name))
    return entries


def is_acronym(text: str) -> bool:
    """"EU", "E.U.", "UN": capitals only, at most three letters -- a country's or state's short name, never
    a town's ("Eu" in France)."""
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= ACRONYM_MAX_LETTERS and all(c.isupper() for c in letters)


def _after_name_and_comma(span: Span) -> bool:
    words = strings_of(span.doc, "ORTH")  # (each word's text: no Token made)
    return span.start >= 2 and words[span.start - 1] == "," and words[span.start - 2][:1].isupper()


# ---- datelines ------------------------------------------------------------------------------------
def _datelines(sdoc: Doc, text: str, gaz: Gazetteer) -> list[Toponym]:
    """The towns of a dateline opening a story or paragraph (``eventwire.datelines``): "LILONGWE, Malawi —
    ...", "CAIRO — ...", "NEW DELHI: ...", "SAN DIEGO (AP) - ...", "ISLAMABAD/PENTAGON — ..."."""
    found = []
    for line in datelines.in_text(text):
        for start, end in line.towns:
            span = sdoc.char_span(start, end)
            entries = tuple(e for e in gaz.lookup(text[start:end]) if not e.abbrev) if span is not None else ()
            if entries:
                found.append(Toponym(span, "GPE", entries, dateline=True))
    return found


# ---- literal places inside adjectives -----------------------------------------------------------------
def _literal_adjectives(sdoc: Doc, text: str, gaz: Gazetteer) -> list[Toponym]:
    """"Mogadishu-based", "The Hague-based", "London-born": the name before the hyphen is a place."""
    found = []
    surface = Surface.of(sdoc, text)
    hyphens = [sdoc[i] for i in range(len(surface)) if text[surface.starts[i]:surface.ends[i]] == "-"]
    for tok in hyphens:
        if tok.i == 0 or tok.i + 1 >= len(sdoc) or tok.whitespace_ \
                or sdoc[tok.i - 1].whitespace_ or sdoc[tok.i + 1].lower_ not in words("place_literal_suffixes.txt"):
            continue
        for n in range(SCAN_MAX_TOKENS, 0, -1):
            start = tok.i - n
            if start < 0:
                continue
            span = sdoc[start:tok.i]
            if span[0].lower_ == "the" or not all(t.text[:1].isupper() for t in span) \
                    or span.text.lower() in never():
                continue
            entries = lookup(gaz, span)
            if entries:
                if start > 0 and sdoc[start - 1].text == "The" and any(
                        e.name.lower().startswith("the ") for e in entries):
                    span = sdoc[start - 1:tok.i]  # "The Hague": the article belongs to the name
                found.append(Toponym(span, "", entries, literal=True))
                break
    return found


# ---- spaCy entities ---------------------------------------------------------------------------------
def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    # (each word's lower case, text and punctuation flag off the parse's arrays: no Token made)
    lowers, words, punct = strings_of(doc, "LOWER"), strings_of(doc, "ORTH"), flags_of(doc, "IS_PUNCT")
    while start < end and (lowers[start] == "the" or punct[start]):
        start += 1
    while end > start and (words[end - 1] in POSSESSIVE or punct[end - 1]):
        end -= 1
    return Span(doc, start, end)  # (inside the span: Span() skips doc[a:b]'s bounds check in Python, ~1 us)


def _hyphen_joined(span: Span) -> Span:
    """Widen a span over names glued to it by hyphens ("Guinea-" + "Bissau")."""
    doc, start, end = span.doc, span.start, span.end
    words, spaced = strings_of(doc, "ORTH"), flags_of(doc, "SPACY")  # (no Token made per word looked at)
    while start >= 2 and words[start - 1] == "-" and not spaced[start - 2] \
            and not spaced[start - 1] and words[start - 2][:1].isupper():
        start -= 2
    while end + 1 < len(words) and words[end] == "-" and not spaced[end - 1] \
            and not spaced[end] and words[end + 1][:1].isupper():
        end += 2
    return Span(doc, start, end)  # (0 <= start <= end <= len(doc): Span() directly, as in _trim)


def _from_entity(ent: Span, gaz: Gazetteer) -> list[Toponym]:
    if ent.label_ not in ENTITY_LABELS:
        return []
    span = _hyphen_joined(_trim(ent))
    text = span.text  # (read once: Span.text makes a Token per word on every read)
    if not text or not text[0].isupper() or gazetteer.key(text) in compass():
        return []  # "the West", "North"
    entries = lookup(gaz, span)
    cue = ""
    if not entries and len(span) > 1 and span[-1].lower_ in cue_nouns():
        entries, cue = lookup(gaz, span[:-1]), cue_nouns()[span[-1].lower_]  # "Xinjiang province"
    if not entries:
        pair = _split_pair(span, gaz)
        if pair:
            return pair
    if not entries and (ent.label_ != "GPE" or _after_person_name(span)):
        return []  # an unknown LOC/FAC (a test site, a building), or the end of a name ("von der Leyen")
    return [Toponym(span, ent.label_, entries, cue=cue)]


def _after_person_name(span: Span) -> bool:
    """An unknown name right after a person's name or its particles ("Ursula von der" + "Leyen")."""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 4, -1), -1):
        if doc[i].ent_type_ == "PERSON":
            return True
        if doc[i].is_punct or not doc[i].is_lower:
            return False
    return False


def _split_pair(span: Span, gaz: Gazetteer) -> list[Toponym]:
    """"Washington, D.C." or "Kyiv, Ukraine" tagged as one entity: two names, the second narrowing the
    first (the whole is tried first, so "Bosnia and Herzegovina" is never split)."""
    commas = [t.i for t in span if t.text == ","]
    if len(commas) != 1:
        return []
    first, second = span.doc[span.start:commas[0]], span.doc[commas[0] + 1:span.end]
    if not first.text or not second.text:
        return []
    a, b = lookup(gaz, first), lookup(gaz, second)
    if not a or not b:
        return []
    return [Toponym(first, span.label_, a), Toponym(second, span.label_, b)]


# ---- names spaCy tagged otherwise --------------------------------------------------------------------
def _scan(sdoc: Doc, text: str, gaz: Gazetteer, taken: set[int], entity_keys: set[str], countries: set[str]
          ) -> list[Toponym]:
    """Gazetteer names that spaCy did not tag as places: well-known ones in a place's position, and any
    known name a cue noun makes a place ("the town of Sake", "the Hiran region")."""
    out: list[Toponym] = []
    surface = Surface.of(sdoc, text)
    size = len(surface)
    capital = surface.capitalised_or_glue()
    i = 0
    while i < size:
        hit = None
        if capital[i] and i not in taken:
            run = 1
            while run < SCAN_MAX_TOKENS and i + run < size and capital[i + run]:
                run += 1
            # only spans the gazetteer knows are worth building: look their text up first (cached)
            known = [n for n in range(run, 0, -1) if gaz.lookup(surface.joined(i, i + n))]
            if known:
                hit = _scan_at(sdoc, i, gaz, entity_keys, countries, known)
        if hit is not None:
            out.append(hit)
            i = hit.span.end
        else:
            i += 1
    return out


def _scan_at(sdoc: Doc, i: int, gaz: Gazetteer, entity_keys: set[str], countries: set[str],
             lengths: list[int]) -> Toponym | None:
    if not (_name_token(sdoc[i]) or sdoc[i].text[:1].isupper() and cue_kind(sdoc[i:i + 1])):
        return None  # a proper name, or a capitalised word a cue noun makes a name ("the town of Sake")
    for n in lengths:
        span = sdoc[i:i + n]
        if len(span) != n or _hyphen_joined(span) != span:
            continue  # too short, or part of a hyphenated name: the whole is tried on its own
        cue = cue_kind(span) if all(t.text[:1].isupper() or _glue(t) for t in span) else ""
        thing = not cue and not _name_like(span)
        if thing and not _tagged_alone_as_thing(span):
            continue
        if _inside_longer_name(span):
            continue
        found = lookup(gaz, span)
        if not found or gazetteer.key(span.text) in never():
            continue
        if thing and not any(e.primary and e.feature == "country" for e in found):
            continue  # a thing's name tagged alone is read only when it is a country's ('settled in Cyprus')
        if cue:  # "the towns of Kaya and Dori", even inside an entity spaCy tagged as a whole
            if any(e.primary and e.feature == cue for e in found):
                return Toponym(span, "", found, cue=cue)
            continue
        if any(e.abbrev for e in found) or _named_town_of(span, found, gaz):
            return Toponym(span, "", found)
        entries = tuple(e for e in found if e.primary or e.population >= SCAN_MIN_ALIAS_POPULATION)
        if entries and (_well_known(entries) or _local(entries, countries)):
            top = Toponym(span, "", entries)
            if top.key in entity_keys or locative(span.root) or (
                    span[0].ent_type_ != "PERSON" and _undergoes(span.root)):
                return top
    return None


def _undergoes(tok: Token) -> bool:
    """The subject of a verb of being somewhere or undergoing something ("Aleppo fell", "Mariupol
    suffered weeks of bombardment"): a place's position (not for names tagged as persons)."""
    g = governor(tok)
    return g.dep_ == "nsubj" and g.head.pos_ == "VERB" and g.head.lemma_.lower() in words("place_subject_verbs.txt")


def _inside_longer_name(span: Span) -> bool:
    """"Bay" of "Guantanamo Bay", "Central" of "Queen Elizabeth Central": a name that ends a longer
    capitalised name is not a place of its own."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in compass():
        return False  # "Western Indian Ocean": a direction, not part of the name
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.head.i in range(span.start, span.end) \
        and before.dep_ == "compound"


def _local(entries: tuple[Entry, ...], countries: set[str]) -> bool:
    """A town of some size in a country the article names ("near Sibi" in a story about Pakistan)."""
    return any(e.primary and e.feature == "city" and e.population >= SCAN_LOCAL_POPULATION
               and e.country in countries for e in entries)


def _named_town_of(span: Span, found: tuple[Entry, ...], gaz: Gazetteer) -> bool:
    """"Ternivka, Ukraine": a name followed by a country or state that has a place of that name."""
    doc = span.doc
    if not found or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for n in (3, 2, 1):
        after = doc[span.end + 1:span.end + 1 + n]
        if len(after) == n and after.text[:1].isupper():
            regions = [e for e in lookup(gaz, after) if (e.primary or e.abbrev)
                       and e.feature in ("country", "admin")]
            if regions:
                return any(e.primary and within(e, q) for e in found for q in regions)
    return False


def within(e: Entry, q: Entry) -> bool:
    """Is ``e`` inside the country or first-level region ``q``?"""
    if e.country != q.country or e.geonameid == q.geonameid:
        return False
    return q.feature != "admin" or q.kind == "admin2" or e.admin1 == q.admin1


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


THING_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW")  # labels the tagger gives a lone country's name too


def _tagged_alone_as_thing(span: Span) -> bool:
    """One proper noun the tagger made a thing's entity of its own ('Cyprus' a product in 'settled in
    Cyprus'): a place where its gazetteer entry is a country's (``_scan_at``)."""
    if len(span) != 1 or span[0].ent_type_ not in THING_LABELS or not _name_token(span[0]):
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
    return best.feature not in NOT_PROMINENT or best.kind == "admin1" or best.population >= SCAN_MIN_POPULATION


def _in_named_actor(doc: Document, t: Toponym) -> bool:
    """Inside a person's or an outlet's mention ("Yonhap", "Putin") -- unless that "person" is only this
    place name, with no other name or title, and the name is well known or a cue noun makes it a place
    (spaCy tagging "Tsingtao" or "the island of Lampedusa" as PERSON)."""
    actor = doc.actor(doc.actor_in(t.span.start_char, t.span.end_char))
    if actor is None or actor.kind not in ACTOR_KINDS_NOT_PLACES:
        return False
    mistaken = actor.kind == "person" and not actor.role and gazetteer.key(actor.name) == t.key
    return not (mistaken and t.entries and (bool(t.cue) or _well_known(t.entries)))


# ---- "City, Region" ------------------------------------------------------------------------------------
def link_qualifiers(found: list[Toponym]) -> None:
    """Pair "City, Country", "City, State" and "Town, Region": the second name narrows the first.

    Not inside a list of names ("Britain, Canada, France"), and never to narrow a country."""
    for i, (first, second) in enumerate(zip(found, found[1:])):
        if not _adjacent(first, second) or not second.entries or country_like(first) or _possessive(second):
            continue
        before = found[i - 1] if i > 0 else None
        after = found[i + 2] if i + 2 < len(found) else None
        if (before and _adjacent(before, first)) or (after and _listed(second, after)):
            continue
        if not any(e.feature in ("country", "admin") for e in second.entries):
            continue  # "Rome, Paris": a city narrows nothing
        first.qualifier = second
        second.qualifies = True


LOCATIVE_ONLY = ("country", "water", "landmark", "region")


def country_like(t: Toponym) -> bool:
    """A country, sea, island, peninsula or region: named as a place only where the sentence puts it as
    a location ("in the Middle East"), not as a topic or a party ("issues related to the Korean
    Peninsula", "if Europe follows through")."""
    from .rank import drop_city_state_country

    return bool(t.entries) and drop_city_state_country(t.entries)[0].feature in LOCATIVE_ONLY


def _possessive(t: Toponym) -> bool:
    """'Goma, Qatar's foreign ministry said': a country's possessive starts a new phrase, it is no qualifier."""
    doc = t.span.doc
    return t.span.end < len(doc) and doc[t.span.end].text in ("'s", "’s") or t.span[-1].text in ("'s", "’s")


def _adjacent(first: Toponym, second: Toponym) -> bool:
    # one comma between: read off the indices (a slice of the Doc makes a Span through a bounds check)
    return second.span.start - first.span.end == 1 and first.span.doc[first.span.end].text == ","


def _listed(second: Toponym, after: Toponym) -> bool:
    gap = second.span.doc[second.span.end:after.span.start]
    return 0 < len(gap) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in gap)


__all__ = ["Toponym", "find", "link_qualifiers", "lookup", "within", "country_like"]
