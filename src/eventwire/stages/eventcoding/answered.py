"""A response of force announced by its own doer is a threat (round 21, evthreat21): "Iran said it would
retaliate if Israel struck its oil fields", "North Korea warned it would respond militarily if Seoul kept up the
broadcasts", "Moscow said it would hit back against any NATO troops sent to Ukraine", "the minister said Tehran
would respond forcefully to any Israeli aggression".

The verb is one of paying back (word class `retaliation`, or a verb of striking with "back": `striking_back_verbs`)
or of answering (`response_verbs`) told with force (an adverb of `force_manners` or a "with" phrase of
`force_nouns`); it is said with a modal of the future or of a possibility (will, would, could) in the complement
of a verb of saying or threatening (cue kind speech of event_status.tsv, word class threat_verbs). It is coded as
the speaker's threat (THREATEN, CAMEO 138 when force is told, else 130): its source the answering verb's
subject; its target the party that must comply or bear it, the subject of its "if"/"unless" clause, else the
party its "against"/"to"/"on" phrase names or the doer of the deed named there ("to any provocation by Seoul", "to
any Israeli aggression"). Without a target there is no event ("would respond to the proposal" is no threat: no
force told). The answer is not done: no ASSAULT is coded for it. A plain "would respond" with no force stays out."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import Document
from . import participants as who
from .tree import children, is_passive, prep_objects, subject
from .triggers import Candidate
from .words import Entry, cues, cues_and_classes, word_class

_MET = "meet"  # "will be met with force": a deed answered, told in the passive only
_AIMED = ("against", "to", "on", "at")
_DOER_MODIFIERS = ("amod", "compound", "poss")
_REACH = 3  # heads climbed from the answering verb to the verb of saying (through conjuncts)
FORCE_CODE, THREAT_CODE = "138", "130"
HOW = "answered"  # the rule's reading (verb:retaliate/answered); the events stage codes it asserted


def candidate(doc: Document, tok: Token) -> Candidate | None:
    """The threat a verb of answering with force announces (see above), or None."""
    if tok.pos_ != "VERB" or not _modal(tok):
        return None
    lemma = tok.lemma_.lower()
    back = lemma in word_class("striking_back_verbs") and any(c.lower_ == "back" for c in children(tok, "prt", "advmod"))
    hostile = back or lemma in word_class("retaliation")
    forceful = _forceful(tok)
    if is_passive(tok):
        return _met(doc, tok) if forceful and lemma in word_class("response_verbs") | {_MET} else None
    if not (hostile or lemma in word_class("response_verbs") and forceful):
        return None
    if not _said_by_doer(doc, tok):
        return None
    subj, _ = subject(tok)
    sources = who.actors(doc, subj) if subj is not None else []
    if not sources:
        return None
    targets = [a for a in _condition_parties(doc, tok) + _aimed_at(doc, tok) if a not in sources]
    return _threat(tok, sources, targets, forceful or back)


def _met(doc: Document, tok: Token) -> Candidate | None:
    """A deed "will be met with force" or "answered with full force": the speaker's threat to its doer ("China
    warned that any move by Taiwan toward independence would be met with force"); the deed's doer is named under
    the passive subject (its "by" phrase, adjective, compound or possessor)."""
    if not _said_by_doer(doc, tok):
        return None
    speaker, _ = subject(tok.head if tok.dep_ == "ccomp" else tok.head.head)
    sources = who.actors(doc, speaker) if speaker is not None else []
    if not sources:
        return None
    targets = [a for s in children(tok, "nsubjpass") for a in _doer_named(doc, s) if a not in sources]
    return _threat(tok, sources, targets + [a for a in _condition_parties(doc, tok) if a not in sources], True)


def _threat(tok: Token, sources: list[str], targets: list[str], forceful: bool) -> Candidate | None:
    targets = list(dict.fromkeys(targets))
    if not targets:
        return None
    cameo = FORCE_CODE if forceful else THREAT_CODE
    entry = Entry(pos="verb", lemma=tok.lemma_.lower(), requires=(), type="THREATEN", mode=None, cameo=cameo, target=(),
                  flags=frozenset())
    return Candidate(tok, entry, sources, targets, HOW, None, 0.6)


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    """The lemmas an answer of force may be told by (for the events stage's first pass over the words; made
    once: the pass asks about every verb)."""
    return word_class("retaliation") | word_class("striking_back_verbs") | word_class("response_verbs") | {_MET}


def _modal(tok: Token) -> bool:
    return any(a.lower_ in word_class("answer_modals") for a in children(tok, "aux"))


def _forceful(tok: Token) -> bool:
    """An adverb of force ("militarily", "forcefully") or a "with" phrase of force ("with full force")."""
    if any(c.lower_ in word_class("force_manners") for c in children(tok, "advmod")):
        return True
    return any(o.lemma_.lower() in word_class("force_nouns") for o in prep_objects(tok, "with"))


def _said_by_doer(doc: Document, tok: Token) -> bool:
    """Whether the answering verb is the complement of a verb of saying or threatening (said by anyone: "Tehran
    would respond forcefully, the minister said" is Tehran's threat told by its minister)."""
    t = tok
    for _ in range(_REACH):
        if t.dep_ == "ccomp":
            return t.head.lemma_.lower() in cues_and_classes(("speech",), ("threat_verbs",))
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _condition_parties(doc: Document, tok: Token) -> list[str]:
    """The subjects of the "if"/"unless" clauses hung on the answering verb or on the verb of saying."""
    found: list[str] = []
    marks = cues("condition")
    for verb in (tok, tok.head):
        for c in children(verb, "advcl"):
            if any(m.lower_ in marks for m in children(c, "mark")):
                subj, _ = subject(c)
                if subj is not None:
                    found += who.actors(doc, subj)
    return found


def _aimed_at(doc: Document, tok: Token) -> list[str]:
    """The party an "against"/"to"/"on"/"at" phrase names, or the doer of the deed it names ("to any provocation
    by Seoul", "to any Israeli aggression")."""
    found: list[str] = []
    holders = [tok] + [c for c in children(tok, "prt", "advmod") if c.lower_ == "back"]  # "hit back against X"
    for obj in (o for h in holders for word in _AIMED for o in prep_objects(h, word)):
        found += who.actors(doc, obj) or _doer_named(doc, obj)
    return found


def _doer_named(doc: Document, noun: Token) -> list[str]:
    """The doer a deed's noun names: its "by" phrase, else its adjective, compound or possessor ("any provocation
    by Seoul", "any Israeli aggression", "Taiwan's move")."""
    named = [a for o in prep_objects(noun, "by") for a in who.actors(doc, o)]
    return named or [a for c in children(noun, *_DOER_MODIFIERS) if c.pos_ != "PRON" for a in who.actors(doc, c)]
