"""A firm's home country (the firms known by name, ``knowledge.known_companies``, which this package
re-exports), and the organisations already read as firms, whose people follow them."""
from __future__ import annotations

import re

from ....document import Document
from ....lexicon import words
from ..country import body_spoken_for, employer_placed
from ..knowledge import known_companies
from ..sector import set_sector
from ..words import FORMER_WORDS, ActorWords, norm
from ..works_at import clause_employer


def firm_countries(doc: Document) -> None:
    """A firm the lists know by its name ('Huawei', 'Tencent', 'Meta') is of its home country however its
    sector was found ('companies such as Huawei'): a firm's country is where it is based. Its people
    without a country, named as speaking for it or working at it ('X, chief executive of Equinor', 'X, who
    works for Petrobras'), take that country as the staff of a body placed earlier do
    (``country.fill_countries``), which ran before the firm had one."""
    placed: set[str] = set()
    for actor in doc.actors:
        if actor.kind == "organization" and actor.country is None and actor.sector in (None, "BUS"):
            country = known_companies().get(norm(actor.name))
            if country:
                actor.country = country
                actor.code = f"{country}{actor.sector or ''}"
                placed.add(actor.id)
    if placed:
        _staff_of_placed_firms(doc, placed)


def _staff_of_placed_firms(doc: Document, placed: set[str]) -> None:
    """The people of the firms ``firm_countries`` just placed (``placed``: their ids), with no country of
    their own: the firm's country (the employer recorded as for the staff ``fill_countries`` places)."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.country is not None or actor.sector == "IGO":
            continue
        body = body_spoken_for(doc, actor) or clause_employer(doc, actor)
        if body is not None and body.id in placed and body.country:
            actor.country = body.country
            actor.code = f"{body.country}{actor.sector or ''}"
            employer_placed(doc)[actor.id] = (body.country, body.id)


def _known_firms(doc: Document, w: ActorWords) -> set[str]:
    """Organisations the knowledge (the base, ``firms.tsv``) knows as firms: their people follow them too."""
    found = set()
    for actor in doc.actors:
        if actor.kind == "organization" and actor.sector == "BUS":
            known = w.known.get(norm(actor.name))
            if norm(actor.name) in known_companies() or known is not None and known.sector == "BUS":
                found.add(actor.id)
    return found


def _firms(doc: Document) -> set[str]:
    """Organisations already read as firms (BUS), whatever told it (a firm's word in the name, 'Labs', 'Corp';
    the knowledge base): a founder, owner or chief officer of one is in business. A sector read from a word
    any body may bear ('Council', 'Commission') is no such sign, and an outlet's staff are read by
    ``country._outlet_of`` (an outlet named in the sentence is not always the person's employer)."""
    return {a.id for a in doc.actors if a.kind == "organization" and a.sector == "BUS"}


# a run of capitalised words (a firm's name, its possessive allowed) right before a title of lower-case words
# that ends where a person's name begins: 'Toyota spokesman ', "Samsung Electronics' chief executive "
_FIRM_BEFORE_TITLE = re.compile(r"(?:^|[^\w&.'’-])(?P<firm>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3}?)(?:['’]s?)?"
                                r"\s+(?P<title>(?:[a-z][\w.'’-]*\s+){1,3})$")


def staff_titled_by_firms(doc: Document, w: ActorWords) -> None:
    """A person whose title, one any body can give (spokesman, chief executive, director:
    ``titles_any_body.txt``), follows right after the name of a firm the lists know ('Toyota spokesman X',
    "Samsung Electronics chief executive X"), where the parse made no actor of the firm, is of that firm: in
    business (BUS, not the GOV a bare 'spokesman' gives) and, when the person has no country yet, of the firm's
    home. Not a former title ('former Toyota spokesman X')."""
    titles = words("titles_any_body.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "GOV", "BUS") or (actor.role or "") not in \
                titles or actor.sector == "BUS" and actor.country is not None:
            continue
        for m in actor.mentions[:2]:
            before = doc.text[max(0, m.start - 80):m.start]
            found = _FIRM_BEFORE_TITLE.search(before)
            if not found or w.role_in(found.group("title")) != actor.role or _former(before, found.start("firm")):
                continue
            firm = _firm_named(w, found.group("firm"))
            if firm is None:
                continue
            if actor.country is None and firm:
                actor.country = firm
                employer_placed(doc)[actor.id] = (firm, None)
            set_sector(actor, "BUS")
            break


def _former(before: str, at: int) -> bool:
    """Whether a word of a title held no more stands right before a firm's name or opens it ('the former
    Boeing chief', 'Former Boeing chief'; not 'late' ending a clause before it: 'will be late, Boeing ...')."""
    return bool(re.search(rf"(?<![\w-]){FORMER_WORDS}\s*$", before[max(0, at - 12):at], re.I)
                or re.match(FORMER_WORDS, before[at:], re.I))


def _firm_named(w: ActorWords, run: str) -> str | None:
    """The home country of the firm a run of capitalised words names ('' when the lists know the firm but not
    its home, or when the words of a name of two words or more say it is a firm: 'Orbis Hotels'), its longest
    ending the lists know ('The Toyota' -> 'Toyota'); None when it names no firm."""
    parts = run.split()
    for i in range(len(parts)):
        name = norm(" ".join(parts[i:]))
        if name in known_companies():
            return known_companies()[name]
        known = w.known.get(name)
        if known is not None and known.kind == "organization" and known.sector == "BUS":
            return known.country or ""
    if len(parts) >= 2 and (w.org_kind(run)[1] == "BUS" or firm_head(parts[-1])):
        return ""  # a firm by its name's words, home unknown: 'Orbis Hotels spokesperson X', 'Kemba Motors chief X'
    return None


def firm_head(word: str) -> bool:
    """The last word of a body's name says it is a firm (``org_head_sectors.tsv``: 'Foods', 'Steel', 'Hotels')."""
    from ..body_sectors import _head_sectors  # (here: body_sectors reads the organisations these readers give)

    return _head_sectors().get(word.lower()) == "BUS"
