"""An indefinite description of a person the text names: 'A Peruvian judge ordered ... . Judge Carlos Ruiz
said' (the unnamed person a lead introduces by role and country, named in the same or the next sentence
by a title of that role), "Carlos Ruiz, a Peruvian judge, ordered", "Ruiz is a Peruvian judge" (an
apposition or a copula's complement of the name). The description is no person of its own beside the
named one: said of the name, it is left to what reads a name's description (its demonym stays a mention
of the country); named next, its mention joins the person, and its country is the person's."""
from __future__ import annotations

import re

from ...document import Document
from .coref.common import same_role, sentence_finder
from .mentions import Candidate
from .words import ActorWords

NAMED_REACH = 1  # sentences after the description's own where the name may come
_INDEFINITE = re.compile(r"^(?:[Aa]n?|[Aa]nother|[Oo]ne)\s")


def named_next(doc: Document, cands: list[Candidate], w: ActorWords) -> list[Candidate]:
    """``cands`` without the indefinite one-person descriptions ('a Peruvian judge', 'an Iranian diplomat',
    found by ``mentions.anonymous_sources``) said of a name (``_described_name``: the words stay the
    name's description, as the other stages read it, and its demonym the country's mention); the others
    given the key and name of the one person named after them, within NAMED_REACH sentences, with a title
    of the same role (``coref.common.same_role``) and no other country, who is not named before it (left
    alone when nobody or several fit)."""
    sentence = sentence_finder(doc)
    people = [c for c in cands if c.kind == "person" and c.key.startswith("person:")]
    said_of: set[int] = set()
    for c in cands:
        if c.kind != "person" or not c.key.startswith("anon:") or not _INDEFINITE.match(c.name):
            continue
        name = _described_name(doc, c)
        if name is not None and any(d.start <= name.idx < d.end for d in people):
            said_of.add(id(c))  # its words are read as the name's description, its demonym as a country
            continue
        role = c.name.split()[-1].lower()
        here = sentence(c.start)
        fits = {d.key: d for d in people if d.start > c.end and sentence(d.start) - here <= NAMED_REACH
                and same_role(d.role, role, w) and d.country in (None, c.country)}
        fits = {k: d for k, d in fits.items() if not any(e.key == k and e.start < c.start for e in people)}
        if len(fits) == 1:
            (named,) = fits.values()
            c.key, c.name, c.tokens, c.role = named.key, named.name, named.tokens, named.role
    return [c for c in cands if id(c) not in said_of]


def _described_name(doc: Document, c: Candidate):
    """The proper noun a description's head describes, as its apposition ("Carlos Ruiz, a Peruvian judge,")
    or as a copula's complement ("Ruiz is a Peruvian judge"); None for any other head."""
    span = doc.char_span(c.start, c.end)
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "PROPN":
        return root.head
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        return next((s for s in root.head.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"), None)
    return None
