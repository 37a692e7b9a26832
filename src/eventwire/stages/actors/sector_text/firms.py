"""Firms known by name (``firms.tsv`` and the knowledge base's firms without their legal form), their home
country, and the organisations already read as firms, whose people follow them."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table
from ..knowledge import base_firms
from ..words import ActorWords, norm


_LEGAL_SUFFIX = re.compile(r"[,\s]+(?:inc|incorporated|ltd|limited|corp|corporation|co|plc|llc|s\.?a|ag|n\.?v|"
                           r"b\.?v|gmbh|s\.?p\.?a|holdings?)\.?$", re.I)


@lru_cache(maxsize=1)
def known_companies() -> dict[str, str]:
    """Firms by the name they go by in news, with their home country (empty when unknown): those of
    ``firms.tsv`` (large firms the base lacks) and the knowledge base's (PETRARCH2's Phoenix actors,
    ``knowledge_actors.tsv``, sector BUS) without the legal form the base writes ('ACME, Inc' -> 'acme').
    Of the base only names that change when the legal form is dropped are taken: the whole names are the
    base's own."""
    names = {norm(n): row["country"] or "" for row in table("firms.tsv")
             for n in [row["name"], *(row["aliases"] or "").split("|")] if n}
    for row in base_firms():
        short = _LEGAL_SUFFIX.sub("", row["name"]).strip()
        if short != row["name"] and len(short) >= 3:
            names.setdefault(norm(short), row.get("country") or "")
    return names


def firm_countries(doc: Document) -> None:
    """A firm the lists know by its name ('Huawei', 'Tencent', 'Meta') is of its home country however its
    sector was found ('companies such as Huawei'): a firm's country is where it is based."""
    for actor in doc.actors:
        if actor.kind == "organization" and actor.country is None and actor.sector in (None, "BUS"):
            country = known_companies().get(norm(actor.name))
            if country:
                actor.country = country
                actor.code = f"{country}{actor.sector or ''}"


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
