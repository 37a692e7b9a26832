"""Support a party is told to have received, named by a noun (round 17, evrecall17; rows in
lexicons/support_received.tsv, verbs in the word class obtaining_verbs): "with funding from the EU, UNICEF built
schools" (AID EU -> UNICEF), "the governor has the backing of the army", "she received an award from the
minister" (SUPPORT army -> governor, minister -> her), "Ghana accepted Chinese funding" (AID China -> Ghana). The giver is named under the noun or the verb, the receiver
is the clause's subject; without both as actors, no event (rule noun:<noun>/with, noun:<noun>/held)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table
from . import participants as who
from .tree import children, prep_objects, subject
from .triggers import Candidate
from .words import Entry, word_class


@lru_cache(maxsize=None)
def rows() -> dict[tuple[str, str], Entry]:
    """(noun, frame) -> the entry its event takes."""
    return {(r["noun"], r["frame"]): Entry(pos="noun", lemma=r["noun"], requires=(), type=r["type"], mode=None,
                                           cameo=r["cameo"], target=(), flags=frozenset())
            for r in table("support_received.tsv")}


@lru_cache(maxsize=None)
def nouns() -> frozenset[str]:
    return frozenset(noun for noun, _ in rows())


def given(doc: Document, tok: Token) -> Candidate | None:
    """The support a noun names in one of the frames of support_received.tsv, or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns():
        return None
    noun = tok.lemma_.lower()
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and (noun, "with") in rows():
        verb, frame = head.head, "with"  # "With support from X, Y delivered ..."
    elif tok.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in word_class("obtaining_verbs") \
            and (noun, "held") in rows():
        verb, frame = head, "held"  # "Y has the backing of X", "Y received an award from X"
    else:
        return None
    givers = [a for o in prep_objects(tok, "of") + prep_objects(tok, "from") for a in who.actors(doc, o)]
    if frame == "held":  # "received an award from X"; "accepted Chinese funding", "won U.S. backing"
        givers += [a for o in prep_objects(verb, "from") for a in who.actors(doc, o)]
        givers += [a for c in children(tok, "amod", "compound") for a in who.actors(doc, c)]
    givers = list(dict.fromkeys(givers))
    if not givers:
        return None
    subj, _ = subject(verb)
    if subj is None:
        return None
    receivers = who.actors(doc, subj)
    if not receivers and frame == "held":  # "Egypt's plan won the backing of Jordan": the plan's owner
        receivers = who.owner(doc, subj)
    receivers = [a for a in receivers if a not in givers]
    if not receivers:
        return None
    return Candidate(tok, rows()[(noun, frame)], givers, receivers, frame, verb, 0.6)
