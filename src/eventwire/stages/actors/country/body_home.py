"""Where a body is from, as its own name and the words beside it say: a country or place in the
name ('Malawi Electoral Commission', 'University of Sarajevo'), the town of a university or research body, an
owner before it ("Ghana's Electoral Commission"), a seat beside it ('the Berlin-based X', 'X, headquartered in
Oslo')."""
from __future__ import annotations

import re

from .... import gazetteer
from ....document import Document
from ....lexicon import words
from ....record import Actor
from ..entity_table import entity_at
from ..places import _alpha3
from ..words import ActorWords


_PLACE_TAIL = re.compile(r"\b(?:of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*$")


_BRIEF_IN_NAME = re.compile(r"\s+(?:on|for|against|about|with|to|toward|towards)\s+.*$")


def name_country(w: ActorWords, name: str) -> str | None:
    """The country a body's own name gives ('Malawi Electoral Commission', 'Ethiopian News Agency'); a
    country after 'on', 'for', 'against' is the body's subject, not its home ('Inter-Parliamentary
    Alliance on China', 'Committee to Protect Journalists')."""
    return w.country_in(_BRIEF_IN_NAME.sub("", name))


def research_town_country(w: ActorWords, name: str) -> str | None:
    """The country of the big town or the region a university's or research body's name holds ('Tokyo
    International University', 'Leiden University', 'University of Southern California'): a town of at
    least 100,000 people that no place of the same name in another country rivals (a third of its
    size), or a region after 'of' ('University of Texas'; 'Kent State University' is in Ohio). Other
    bodies ('Jaffar Express', 'Boston Dynamics') say nothing."""
    if not research_body(name):
        return None
    for m in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", name):
        words_ = [x for x in m.group(0).split() if not research_body(x)]
        for n in range(len(words_), 0, -1):
            for start in range(0, len(words_) - n + 1):
                place = " ".join(words_[start:start + n])
                found = sorted((e for e in gazetteer.load().lookup(place) if e.primary and e.country in w.alpha3_of),
                               key=lambda e: -e.population)
                regions = {e.country for e in found if e.feature in ("admin", "region")}
                if name[:m.start()].endswith("of ") and len(regions) == 1:
                    return w.alpha3_of[regions.pop()]  # 'University of Texas'; 'Kent State University' is in Ohio
                towns = [e for e in found if e.feature not in ("admin", "region", "country")]
                if towns and towns[0].population >= 100_000 and not any(  # a region elsewhere rivals too
                        e.country != towns[0].country and e.population * 3 >= towns[0].population for e in found):
                    return w.alpha3_of[towns[0].country]
    return None


def _place_joined(word: str) -> str:
    """A pattern for a place of up to three capitalised words joined by a hyphen to ``word``, then up to
    three common nouns: 'New Zealand-born', 'the Berlin-based trade association'."""
    return rf"(?P<place>(?:[A-Z][\w'’.]*\s+){{0,2}}[A-Z][\w'’.]*)-{word}\s+(?:[a-z][\w-]*\s+){{0,3}}"


def _joined_place_country(pattern: re.Pattern[str], doc: Document, w: ActorWords, start: int,
                          window: int) -> str | None:
    """The country of the place ``pattern`` (``_place_joined``) finds in the ``window`` characters before
    ``start``: its words from the first, then fewer ('New York' before 'York'; 'U.S.' as a country)."""
    m = pattern.search(doc.text[max(0, start - window):start])
    if not m:
        return None
    words_ = m.group("place").split()
    for n in range(len(words_)):
        code = _alpha3(w, " ".join(words_[n:]))
        if code:
            return code
    return None


def place_in_name(w: ActorWords, name: str) -> str | None:
    """The country of the place a body's name ends on: 'University of Sarajevo', 'Bar Association in Lagos'."""
    code = name_country(w, name)
    if code:
        return code
    m = _PLACE_TAIL.search(name)
    return _alpha3(w, m.group("place")) if m else None


def research_body(name: str) -> bool:
    """Whether a body's name says it studies or teaches: 'University of X', 'X Institute', 'Center for
    Strategic Studies', 'X Endowment' (``research_body_words.txt``)."""
    low = f" {name.lower()} "
    return any(f" {word} " in low for word in words("research_body_words.txt"))


_SEATED = {"headquartered", "based", "located"}


def _where_based(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """Where a body is, said right beside its name: 'the Montaigne Institute in Paris', 'the Cato Institute
    think tank in Washington', 'the Germany-based Kurdish Center for Studies', 'the X Alliance,
    headquartered in Oslo', 'the X Trust, a charity based in Nairobi' (an apposition of a common noun)."""
    assert doc.nlp is not None
    for m in actor.mentions[:2]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        code = based_in(doc, w, m.start)
        if code:
            return code
        head = span.root
        while head.head.i != head.i and head.head.dep_ in ("compound", "appos") and head.dep_ == "compound":
            head = head.head
        holders = [head, head.head] if head.dep_ == "compound" else [head]
        seated = [c for c in head.children if c.dep_ == "acl" and c.lower_ in _SEATED]  # ', headquartered in X'
        seated += _seated_appositions(head)  # 'X, a charity based in Y'
        for prep in (p for c in seated for p in c.children if p.dep_ == "prep" and p.lower_ == "in"):
            place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            code = _alpha3(w, doc.text[place.left_edge.idx:place.idx + len(place.text)]) if place is not None else None
            if code:  # (the tagger often takes the town for a body: 'headquartered in Copenhagen')
                return code
        for tok in holders:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "based"):
                    place = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")), None)
                    if place is not None:
                        ent = entity_at(doc, place.i)
                        code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) if ent is not None else None
                        if code:
                            return code
    return None


def _seated_appositions(head) -> list:
    """The seat words ('based', 'headquartered', 'located') on a common noun in apposition to a body's name:
    'X, a charity based in Nairobi'."""
    return [c for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN" for c in a.children
            if c.dep_ == "acl" and c.lower_ in _SEATED]


def seated_by_apposition(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country a body's own apposition seats it in, said outright ('the World Water Index, a project based
    in Chile'): read before a name's 'World' or 'International' makes the body one of no country
    (``fill.fill_countries``). A pre-test on the story's words ('based in', ...) spares the parse."""
    text = doc.text
    if not any(f"{s} in " in text for s in _SEATED):
        return None
    for m in actor.mentions[:2]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        head = span.root
        while head.head.i != head.i and head.head.dep_ in ("compound", "appos") and head.dep_ == "compound":
            head = head.head
        for prep in (p for c in _seated_appositions(head) for p in c.children if p.dep_ == "prep" and p.lower_ == "in"):
            place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            code = _alpha3(w, doc.text[place.left_edge.idx:place.idx + len(place.text)]) if place is not None else None
            if code:
                return code
    return None


_BASED = re.compile(_place_joined("based") + "$")


def based_in(doc: Document, w: ActorWords, start: int) -> str | None:
    """The country of the place a body or person is said to be based in, right before its name, a few
    common nouns allowed between: 'the Berlin-based X', 'Brussels-based trade association X', 'Dubai-based
    intelligence analyst X'."""
    return _joined_place_country(_BASED, doc, w, start, 70)


def _owner_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country a body's name is owned by, right before it: "Cameroon's Interprofessional Association
    of Poultry Farmers", "Ghana's Electoral Commission" (the country's own body)."""
    for m in actor.mentions[:2]:
        own = re.search(r"(?:^|[^\w-])(?:the\s+)?(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+$",
                        doc.text[max(0, m.start - 50):m.start])
        if own:
            code = w.country_of(own.group("owner"))
            if code:
                return code
    return None


_AT = re.compile(r"\s+at\s+(?:the\s+)?$")


def hosted_by(doc: Document, w: ActorWords, actor: Actor, international: set[str]) -> str | None:
    """The country of the body a research or teaching unit sits in, named right after it with 'at': 'the
    Nansen Marine Laboratory at the University of Bergen', 'the Centre for Asian Studies at Leiden
    University' (the host's country, or the one its own name gives); not a host of no country (an
    international body)."""
    if not research_body(actor.name):
        return None
    for m in actor.mentions[:2]:
        for host in doc.actors:
            if host is actor or host.kind != "organization" or host.sector == "IGO" or host.id in international \
                    or not host.mentions:
                continue
            h = next((x for x in host.mentions if m.end < x.start <= m.end + 9), None)
            if h is None or not _AT.search(doc.text[m.end:h.start]):
                continue
            code = host.country or place_in_name(w, host.name) or research_town_country(w, host.name)
            if code:
                return code
    return None

