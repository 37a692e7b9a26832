"""Whom aid is given for, told by the infinitive of purpose it is given in (round 14, evtargets): "provided
equipment and training to assist the national police" -> the police, "sent funds to support the Moldovan
government" -> Moldova. Only an AID event whose own phrase names no recipient, an infinitive of a helping verb
(word class aiding_verbs) hung on the aid verb, on a verb joined to it or on what is given ("provided
training and funded construction to assist ..."), and an actor as that infinitive's object."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from .. import participants as who
from ..tree import children, conjuncts
from ..triggers import Candidate
from ..words import word_class


def _purpose_objects(verb: Token) -> list[Token]:
    out = []
    for clause in children(verb, "advcl", "xcomp", "relcl", "acl"):
        if clause.lemma_.lower() in word_class("aiding_verbs") \
                and any(a.lower_ == "to" for a in children(clause, "aux")):
            out += children(clause, "dobj")
    return out


def aided(doc: Document, cand: Candidate) -> list[str]:
    """The recipient of aid given for a purpose (module doc); never the giver."""
    if cand.targets or not cand.sources or cand.entry.type != "AID" or cand.nominal:
        return []
    verbs = [v for v in conjuncts(cand.trigger) if v.i == cand.trigger.i or not children(v, "nsubj", "nsubjpass")]
    # the infinitive on the aid verb, on a verb joined to it (not another doer's), or on what is given, which
    # the parser may read as an infinitive relative ("assistance [to help X]", "and funded construction [to assist X]")
    holders = verbs + [o for v in verbs for d in children(v, "dobj") for o in conjuncts(d)]
    for obj in (o for h in holders for o in _purpose_objects(h)):
        found = [a for a in who.actors(doc, obj) if a not in cand.sources]
        if found:
            return found
    return []
