"""Helpers the speech readers share: which attributions are the speaker's own words (``spoken``), a word under
a condition (``under_condition``, read by the claims rule too), a word negated or said of something
("is not legal", "described it as a betrayal"), a word naming a deed, and the actor a word or a phrase names."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Attribution, Document
from .. import participants as who
from ..tree import children
from ..triggers import negated
from ..words import cues, nouns, patient_noun, word_class

# attributions whose content is the speaker's own words or thoughts; "according to" vouches for facts
_SPOKEN = frozenset({"direct", "partial", "indirect"})
_VOUCHES = frozenset({"according to"})
# an adjective or noun judging what its clause's subject is: "the arrest was arbitrary", "it is a betrayal"
_PREDICATIVE = frozenset({"acomp", "attr", "oprd"})
# the marks of a condition or an open question (event_status.tsv condition, open_condition: if, unless, whether);
# the claims rule reads them too
CONDITIONS = cues("condition") | cues("open_condition")
_GENERIC = frozenset({"you", "one"})  # "you have to carry your papers": anyone, not a party


def spoken(att: Attribution) -> bool:
    return bool(att.speaker) and att.kind in _SPOKEN and not att.negated \
        and (att.cue or "").lower() not in _VOUCHES


def under_condition(tok: Token) -> bool:
    """A word inside (or under) an "if", "unless" or "whether" clause: a condition, not a demand, a judgement or
    a claim of a deed done (read by the claims rule too)."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _as_complement(tok: Token) -> bool:
    """"described the plan as a disaster", "sees it as a betrayal": what the verb's object is called."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB"


def _deed(noun: Token) -> bool:
    """A word naming an act: an event noun, a word for a deed, a gerund."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    return low in nouns() or lemma in nouns() or lemma in cues("deed_noun") or noun.tag_ == "VBG" \
        or low.endswith("ing")


def _negated(tok: Token) -> bool:
    """"not legal", "was not arbitrary", "is no betrayal": the word's own or its copula's negation; or the
    negation of a verb of showing it is the object of ("has not shown any disregard for the law": grievance_words.tsv
    revealing; evaccuse28)."""
    if negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if tok.dep_ == "dobj" and negated(tok.head):
        from ..grievances import words  # (grievances reads this package: imported when asked)
        if tok.head.lemma_.lower() in words("revealing"):
            return True
    return tok.dep_ in _PREDICATIVE and negated(tok.head)


def _doers(head: Token, deeds: dict[int, list[str]]) -> list[str]:
    """The sources of an event whose trigger is the judged word or a word of its phrase."""
    for t in head.subtree:
        if t.idx in deeds:
            return deeds[t.idx]
    return []


def _named_within(doc: Document, head: Token, inside: set[int], aimed: frozenset[int] = frozenset()) -> list[str]:
    """The first actor a name or noun inside the phrase refers to (not a first-person pronoun), passing over the
    words of the phrase's target role (``aimed``)."""
    for t in head.subtree:
        found = _named(doc, t) if t.i in inside and t.i not in aimed else []
        if found:
            return found
    return []


def _named(doc: Document, t: Token) -> list[str]:
    if t.pos_ not in ("PROPN", "NOUN", "PRON") or t.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL:
        return []
    if _held_owner(t):
        return []  # "the cancellation of his bail is cruel": the one held is no doer to blame
    return who.actors(doc, t)


def _held_owner(t: Token) -> bool:
    """The possessor of an act done to someone or of a custody ("his arrest", "her bail", "his house arrest
    terms"): whom it is done to (words.patient_noun, the custody class of event_word_classes.tsv)."""
    if t.dep_ != "poss":
        return False
    held = [t.head] + children(t.head, "compound")
    return any(patient_noun(h) or h.lemma_.lower() in word_class("custody") for h in held)
