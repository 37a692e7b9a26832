"""Violence an accusation tells: "Ukraine accused Russia of shelling the port", "the militia is accused of
killing civilians", "prosecutors blamed the cell for the bombing", "two agents were accused of plotting to
kidnap a journalist".

An accusation (a verb of the lexicon whose reading is an allegation, mode ``allege``: accuse, blame) holds
what it alleges in its "of" or "for" phrase. Its other deeds are not coded as done (the row's flag wish:
"accused India of providing weapons" is the accusation alone); an attack, a killing or an abduction it
alleges is, as the conflict coder records it: the deed's doer is the one accused (the accusing verb's
object, or its passive subject), never the accuser the clause's subject would give, and its status is
reported, according to the accuser (the subject, or the "by" agent of a passive) where one is named.
Only ASSAULT: the force alleged, not a threat, an arrest or a measure.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from . import participants as who
from .tree import children, is_passive, prep_objects, subject
from .triggers import Candidate
from .words import verbs, word_class

_ALLEGED_TYPES = frozenset({"ASSAULT"})
# the way up from the deed to the preposition: "of [plotting to kill]", "of [killing and maiming]", "of
# [plotting the attack]", "for [the bombing of a bus]" (not a relative or adverbial clause of its own)
_UP = frozenset({"xcomp", "pcomp", "pobj", "conj", "dobj"})
_REACH = 5


def accusing_verb(tok: Token) -> Token | None:
    """The verb of accusing whose "of"/"for" phrase holds ``tok``, within a few steps up the tree."""
    t = tok
    for _ in range(_REACH):
        if t.dep_ not in _UP or t.head.i == t.i:
            return None
        up = t.head
        if up.dep_ == "prep" and up.lower_ in word_class("accusation_prepositions") and t.dep_ in ("pcomp", "pobj"):
            verb = up.head
            if verb.pos_ == "VERB" and any(e.mode == "allege" for e in verbs().get(verb.lemma_.lower(), ())):
                return verb
            return None
        t = up
    return None


def alleged(cand: Candidate) -> Token | None:
    """The accusing verb of a violent deed an accusation alleges (see above), or None."""
    if cand.entry.type not in _ALLEGED_TYPES:
        return None
    return accusing_verb(cand.trigger)


def accused(doc: Document, verb: Token) -> list[str]:
    """Who is accused: the object of "accused X of", or the subject of "X was accused of"."""
    held = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "dobj")
    return [a for h in held for a in who.actors(doc, h)]


def accusers(doc: Document, verb: Token) -> list[str]:
    """Who accuses: the subject, or the "by" agent of a passive; none when unnamed."""
    if is_passive(verb):
        return [a for o in prep_objects(verb, "by") for a in who.actors(doc, o)]
    subj, _ = subject(verb)
    return who.actors(doc, subj) if subj is not None else []
