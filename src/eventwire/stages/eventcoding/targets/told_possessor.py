"""Whose thing a deed is done to, told by "its" or "their" inside what someone says (round 20, evparty20): "Ukraine
said Russian troops shelled its positions", "the coast guard said the foreign vessels rammed their boats" -> the
teller (Ukraine, the coast guard), not the doer. The coreference's nearest guess for such a possessive is the
subject of its own clause, which is the doer: a side does not attack its own positions, so the guess is read
as nobody when it is one of the candidate's sources, and when it gives nobody at all ('its' after a plural
'Russian troops').

Then the owner is the subject of the clause that tells of the deed (the one who says, reports, accuses, warns),
climbing from the trigger through the clauses it is the content or adjunct of, when that subject is an actor
who may be the pronoun: "its" a country, an organization or a group named in the singular, "their" a group or
an organization; never a person ("Zelensky said Russia hit its grid": the state is a guess this reading does not
make), never one of the doers or their side, nor commentators ('analysts', commentator_nouns.txt). Only a candidate with a doer and no target of an assault, a coercion or a
threat whose object (direct, or of a preposition under the trigger) is a thing with that possessive, not the
doer's own means (forces, ships, weapons); a quote's "our" is
``participants.speakers_own_body``'s reading."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....lexicon import words
from .. import participants as who
from ..pronouns import _last_mention, _plural_name, pronoun_participant
from ..tree import children, nearest_subject
from ..triggers import Candidate
from ..words import cues_and_classes, word_class

# the links from a clause up to the clause that tells of it: content, purpose or adjunct clauses, and a gerund
# under a preposition ("accused Israel of firing at its boats")
_UP = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "prep", "pobj"})
_ITS_KINDS = frozenset({"country", "organization", "group"})
_THEIR_KINDS = frozenset({"organization", "group"})
# deeds done to another side's things; a side's own means (forces, ships, weapons: word classes forces and
# weaponry) are its own ("Russia fired its missiles", "moved its troops"), and so are its gifts and its measures
_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _objects(trigger: Token) -> list[Token]:
    """The trigger's direct objects and the objects of its prepositions ("fired at its boats")."""
    found = children(trigger, "dobj")
    found += [o for p in children(trigger, "prep") for o in children(p, "pobj")]
    means = cues_and_classes((), ("forces", "weaponry"))
    return [o for o in found if o.pos_ == "NOUN" and o.lemma_.lower() not in means and o.lower_ not in means]


def _teller(trigger: Token) -> list[Token]:
    """The subjects of the clauses above the trigger's own, nearest first (not the trigger's own subject)."""
    out: list[Token] = []
    t = trigger
    for _ in range(6):
        if t.dep_ not in _UP or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj = nearest_subject(t)
            if subj is not None:
                out.append(subj)
    return out


def _may_be(doc: Document, actor_id: str, pronoun: Token) -> bool:
    """Whether the actor agrees with the pronoun: 'its' a body or a country named in the singular, 'their' a
    group or an organization."""
    found = doc.actor(actor_id)
    if found is None:
        return False
    if pronoun.lower_ == "its":
        if found.kind not in _ITS_KINDS:
            return False
        last = _last_mention(doc, actor_id, pronoun)
        return last is None or not _plural_name(doc, last, actor_id)
    return found.kind in _THEIR_KINDS


def told_possessor(doc: Document, cand: Candidate) -> list[str]:
    """The owner of the thing the deed is done to, told by its/their inside what the teller says (module doc)."""
    if cand.targets or not cand.sources or cand.nominal or cand.entry.type not in _TYPES:
        return []
    mine = set(cand.sources)
    for obj in _objects(cand.trigger):
        if doc.actor_of_token(obj):
            continue
        poss = next((c for c in children(obj, "poss") if c.lower_ in word_class("owner_pronouns")), None)
        if poss is None:
            continue
        guess = pronoun_participant(doc, poss)
        if guess is not None and guess not in mine:
            continue  # the pronoun stands for someone else: participants.owner reads it
        for subj in _teller(cand.trigger):
            found = doc.actor_of_token(subj)
            if subj.lemma_.lower() in words("commentator_nouns.txt"):
                continue  # "analysts said the troops hit their positions": who comment own nothing hit
            if found and found not in mine and not who.own_side(doc, found, mine) and _may_be(doc, found, poss):
                return [found]
    return []
