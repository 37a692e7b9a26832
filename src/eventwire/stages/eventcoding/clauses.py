"""Clauses whose doer sits outside them: a verb the parser joined to the wrong clause.

A verb with no subject of its own shares the subject of the verb it is coordinated with. The parser often
joins a second verb of the main clause to the last verb of a complement clause instead: "the panel ruled
that her jailing is unlawful and demanded her release" hangs "demanded" on "is", whose subject is the
jailing; "the minister told reporters the results should not be celebrated and urged reform" hangs
"urged" on "be celebrated". Read that way the doer would be the complement's subject (the jailing, the
results). A finite verb cannot share the subject of a verb whose tense it does not share: a past-tense verb
without a subject or auxiliary of its own, joined to a complement verb in the present or under a modal, is a
second verb of the main clause, and its doer is the main clause's subject. One subject may still take both
tenses ("officials say the rebels are regrouping and attacked a village"), so the rule holds only where the
complement's subject is a thing, not a party or a word for people that act (an actor, a pronoun, an agent
noun such as "rebels" or "police").
"""
from __future__ import annotations

from spacy.tokens import Token

from ...record import Event
from ..actors.sector import head_sector
from .tree import child, children

_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl", "csubj")
_AUXILIARIES = ("aux", "auxpass")
_PRESENT = frozenset({"VBZ", "VBP"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "'s", "'d"})


def main_clause_verb(tok: Token) -> Token | None:
    """The main-clause verb whose subject a past-tense verb joined to a complement clause's verb shares,
    when the two joined verbs cannot share a tense: "determined that the ban is unlawful and ordered its
    repeal" -> determined; "said the plan would fail and called for talks" -> said. None when the joined
    verb has a subject or an auxiliary of its own, when the complement's subject may act (see above), when
    the complement verb is itself past ("said the raids began and arrested six": may be the raids' own
    arrests), or perfect ("noted the firm has cut costs
    and hired staff": "hired" may be the perfect's participle, tagged as a past form)."""
    if tok.tag_ != "VBD" or tok.dep_ != "conj":
        return None
    inner = tok.head
    if inner.dep_ != "ccomp" or inner.i > tok.i or inner.pos_ not in ("VERB", "AUX"):
        return None
    if child(tok, *_OWN_SUBJECT, *_AUXILIARIES) is not None:
        return None
    told = child(inner, *_OWN_SUBJECT)
    if told is None or told.pos_ != "NOUN" or told.ent_type_ or head_sector(told.lower_)[1]:
        return None  # no subject, a pronoun, a name, or people who act: the joined verb may well be theirs
    main = inner.head
    if main.pos_ not in ("VERB", "AUX") or main.i > inner.i:
        return None
    helpers = children(inner, *_AUXILIARIES)
    if any(a.lower_ in _PERFECT for a in helpers):
        return None
    modal = any(a.tag_ == "MD" for a in helpers)
    first = helpers[0] if helpers else inner
    return main if modal or first.tag_ in _PRESENT else None


_SINGULAR = frozenset({"VBZ"})
_PLURAL_PRESENT = frozenset({"VBP"})


def agreeing_main_verb(tok: Token) -> Token | None:
    """The main-clause verb a present-tense verb joined to a complement clause's verb belongs to, when it cannot
    agree with the complement's subject: "many villagers argue the firm has never had a licence and object to
    its plan" - "object" (plural) is not the singular firm's ("has"), it is the villagers' ("argue"). Only a
    bare plural present (VBP, or VB as the parser may tag it) with no subject or auxiliary of its own, joined to
    a complement whose finite word is singular (VBZ), under a plural present main verb (VBP)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBP", "VB") or child(tok, *_OWN_SUBJECT, *_AUXILIARIES) is not None:
        return None
    inner = tok.head
    if inner.dep_ != "ccomp" or inner.i > tok.i or inner.pos_ not in ("VERB", "AUX"):
        return None
    if child(inner, *_OWN_SUBJECT) is None:
        return None
    helpers = [a for a in children(inner, *_AUXILIARIES) if a.i < inner.i]
    finite = helpers[0] if helpers else inner
    main = inner.head
    if finite.tag_ not in _SINGULAR or main.pos_ not in ("VERB", "AUX") or main.i > inner.i:
        return None
    return main if main.tag_ in _PLURAL_PRESENT and child(main, "nsubj") is not None else None


# A second verb joined to a first that deals with a party, with no target of its own, addresses that party too:
# "turned down Kim's plea and then sought talks" (Kim is asked), "protested to Tokyo and demanded
# an apology", "met the premier and praised the partnership". Only after a dealing with the party itself (a
# refusal, a meeting, a protest, an offer or a request), not after a judgement of it: "condemned the rebels and
# called for international aid" asks others, not the rebels.
DEALING_TYPES = frozenset({"REJECT", "CONSULT", "PROTEST", "AGREE", "REQUEST"})
ADDRESSED_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "SUPPORT", "COOPERATE"})


def joined_addressee(tok: Token, kind: str, sources: list[str], earlier: list[Event]) -> list[str]:
    """The target of the verb a second verb is joined to, when the second has no subject of its own and shares
    the first's doer (see above); empty otherwise."""
    if kind not in ADDRESSED_TYPES or tok.dep_ != "conj" or tok.pos_ != "VERB" or not sources:
        return []
    if child(tok, *_OWN_SUBJECT) is not None:
        return []
    if children(tok, "dative") or any(p.lower_ == "to" for p in children(tok, "prep")):
        return []  # "opposes China's expansion and gives support to Chinese rivals": the second verb names whom
        # its deed goes to, even where that phrase names no actor (round 21, evaid21)
    first = tok.head
    if first.pos_ != "VERB" or first.i > tok.i:
        return []
    for ev in earlier:
        if ev.trigger.start == first.idx and ev.type in DEALING_TYPES and ev.target and ev.source[0] in sources:
            return [t for t in ev.target if t not in sources]
    return []
