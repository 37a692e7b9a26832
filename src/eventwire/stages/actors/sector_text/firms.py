"""A firm's home country (the firms known by name, ``knowledge.known_companies``, which this package
re-exports), and the organisations already read as firms, whose people follow them."""
from __future__ import annotations

from ....document import Document
from ..country import body_spoken_for, employer_placed
from ..knowledge import known_companies
from ..works_at import clause_employer
from ..words import ActorWords, norm


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
