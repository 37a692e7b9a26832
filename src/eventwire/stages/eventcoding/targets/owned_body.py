"""Whom a coercion of a body told by its owner is aimed at (round 14, evtargets): "dissolved the party of the
former president", "banned the general's militia", "disbanded Ali's movement" -> the body itself where the article
names it (the one organization whose name ends in the object's word: "the party" -> the National Congress Party),
else the owner the object names (participants.owner: a possessor, an "of", "from" or "by" party). Only a coercion
or sanction whose own phrase names no target and whose object names its owner (a pronoun does not)."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ...actors.coref.definites import named_with_noun
from .. import participants as who
from ..tree import children, conjuncts
from ..triggers import Candidate

_TYPES = frozenset({"COERCE", "SANCTION"})


def _named_body(doc: Document, obj: Token) -> list[str]:
    """The one organization of the article whose name ends in the object's word ("the party"), read as a
    definite noun is (actors.coref.definites.named_with_noun), over the whole article: the object's phrase
    names its owner ("the party of the former president", "Ali's movement"), which the actors' coreference
    leaves alone."""
    found = [a.id for a in named_with_noun(doc.actors, obj.lemma_.lower(), ("organization",))]
    return found if len(found) == 1 else []


def owned_body(doc: Document, cand: Candidate) -> list[str]:
    """The body coerced, or its owner (module doc); never the coercing side."""
    if cand.targets or not cand.sources or cand.entry.type not in _TYPES or cand.nominal:
        return []
    mine = set(cand.sources)
    for obj in (o for d in children(cand.trigger, "dobj") for o in conjuncts(d)):
        if obj.pos_ != "NOUN" or doc.actor_of_token(obj):
            continue
        if any(h.pos_ == "PRON" for h in children(obj, "poss")):
            continue  # "banned their party": a pronoun names no owner here
        owners = [a for a in who.owner(doc, obj, of=True, every=True) if a not in mine]
        if not owners:
            continue
        found = [a for a in _named_body(doc, obj) if a not in mine] or owners
        return found[:1]
    return []
