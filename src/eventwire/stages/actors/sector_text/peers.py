"""A person named as the peer of another ('X and his colleague Y') does the same work."""
from __future__ import annotations

from spacy.tokens import Span

from ....document import Document
from ....lexicon import words
from ....record import Actor
from ..sector import NO_SECTOR, set_sector
from .spans import _spans


def peers_of_people(doc: Document) -> None:
    """'X and his colleague Y', 'Y, a colleague of X', 'X's co-worker Y' (``peer_nouns.txt``): a person with no
    title and no sector but the civilian default, named as the peer of a person whose work gives a sector
    (a journalist MED, a judge JUD), does that work too. The peer's owner is read from the noun's possessor
    (a pronoun as coreference tied it) or its 'of' object; a civilian peer gives nothing new."""
    peers = words("peer_nouns.txt")
    low = doc.text.lower()  # (once: not once per peer noun)
    if not any(p in low for p in peers):
        return
    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor, limit=3):
            owner = _peer_owner(doc, span, actor, peers)
            if owner is not None and owner.sector not in (None, "CVL") and owner.sector not in NO_SECTOR:
                set_sector(actor, owner.sector)
                break


def _peer_owner(doc: Document, span: Span, actor: Actor, peers: frozenset[str]) -> Actor | None:
    """The person whose peer the name is set beside: 'his colleague Y' (Y in apposition to the noun, or the
    noun a compound before Y), 'Y, a colleague of X' (the noun in apposition after Y)."""
    root = span.root
    nouns = [root.head] if root.dep_ in ("appos", "compound") and root.head.i < span.start else []
    nouns += [c for c in root.children if c.dep_ in ("appos", "compound", "nmod") and not span.start <= c.i < span.end]
    for noun in nouns:
        if noun.lower_ not in peers:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        owners += [c for o in owners for c in o.children if c.dep_ == "appos"]  # 'of the journalist X'
        for tok in owners:
            other = doc.actor(doc.actor_of_token(tok))
            if other is not None and other.id != actor.id and other.kind == "person":
                return other
    return None
