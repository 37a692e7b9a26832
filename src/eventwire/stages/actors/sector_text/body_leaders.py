"""People named as leading a body or group ('the cabinet headed by X') take its sector; the sector of the
body or group a word names (``_sector_of``)."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....record import Actor
from ...nlp.tree import leaders
from ..sector import NO_SECTOR, descriptor_sector, head_sector, set_sector
from .describing_nouns import describer_phrase
from .spans import _spans


def leaders_of_bodies(doc: Document) -> None:
    """'the cabinet headed by X', 'eight senators led by X and Y', 'militants headed by X': people
    the story gives no title but names as leading a body or group (``nlp.tree.leaders``) take its sector (the
    body's actor's, else what its head noun gives)."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor):
            root = span.root
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head  # 'led by X and Y': Y hangs on X
            body = root.head.head.head
            if not (root.dep_ == "pobj" and body.pos_ in ("NOUN", "PROPN") and root in leaders(body)):
                continue
            of = [c for p in body.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                  if c.dep_ == "pobj"]
            sector = next(filter(None, (_sector_of(doc, t, actor) for t in [body, *of])), None)  # 'a group of militants'
            if sector:
                set_sector(actor, sector)
                break


def _sector_of(doc: Document, tok: Token, actor: Actor) -> str | None:
    """The sector of the body or group a word names: its actor's, else its description's or head noun's."""
    other = doc.actor(doc.actor_of_token(tok))
    if other is not None and other.id != actor.id:
        return other.sector if other.kind != "country" else None
    if tok.pos_ != "NOUN":
        return None
    phrase = describer_phrase(tok)
    sector, known = head_sector(phrase)
    return descriptor_sector(phrase) or (sector if known and sector not in NO_SECTOR else None)
