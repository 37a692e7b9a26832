"""Whom a demand for an act the asked party does itself is made of (round 14, evtargets): the doer the act's
own phrase names, when the demand's phrase names nobody else. "called for North Korea's denuclearization", "the
denuclearization of North Korea" -> North Korea; "demanded the withdrawal of Russian troops" -> the troops'
side; "called for a halt to China's military drills" -> China (word class self_acts: an act one gives up or
ends of one's own). The act is the demand's "for" object or object, or any act joined to it ("called for talks
and the withdrawal of ..."); what it stops is its "to" or "of" object ("a halt to", "an end of")."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from .. import participants as who
from ..forces import forces_named, moved_forces
from ..tree import children, conjuncts, prep_objects
from ..triggers import Candidate
from ..words import word_class


def _acts(trigger: Token) -> list[Token]:
    objects = [] if trigger.pos_ == "NOUN" else children(trigger, "dobj")
    # "renewed its call for ...": the "for" object of a request noun the verb takes
    asked = prep_objects(trigger, "for") + objects + [f for o in objects for f in prep_objects(o, "for")]
    return [n for a in asked for n in conjuncts(a) if n.lemma_.lower() in word_class("self_acts")
            or n.lower_ in word_class("self_acts")]


def _doers(doc: Document, act: Token) -> list[str]:
    """The party an act names as its doer: its owner (participants.owner: "North Korea's", "of North Korea",
    "by Russia"; armed forces in its "of" phrase as forces.forces_named reads them: "of Russian troops"), or the
    owner of what it stops ("a halt to China's drills", "an end of the army's siege")."""
    moved = any(moved_forces(o) for o in prep_objects(act, "of"))
    found = who.owner(doc, act, of=not moved, every=True) or (forces_named(doc, act) if moved else [])
    if found:
        return found
    for stopped in prep_objects(act, "to") + prep_objects(act, "of"):
        for holder in children(stopped, "poss"):
            found = who.actors(doc, holder)
            if found:
                return found
    return []


def asked_doer(doc: Document, cand: Candidate) -> list[str]:
    """The doer of the act a demand asks for (module doc); never the demanding side."""
    if cand.targets or not cand.sources or cand.entry.type != "REQUEST":
        return []
    mine = set(cand.sources)
    for act in _acts(cand.trigger):
        found = [a for a in _doers(doc, act) if a not in mine]
        if found:
            return found[:1]
    return []
