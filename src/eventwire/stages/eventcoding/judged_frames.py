"""Frames in which a speaker's judgement falls on the doer of an act the judging word does not stand beside.

Three shapes (round 16, evjudge), read by ``speech.judged``, ``speech.rebuttals._said_of``, ``speech.readings`` and
``context.maker``:

- an act told as a clause and then named by a word for a deed in a phrase hung on that clause: "the regulator
  shut the newspaper, in a move its editor called 'spiteful'", "the army shut the border, a step critics
  called illegal". The judged move is the clause's act; its doer is the clause's active subject or its
  passive's "by" agent (``move_doers``). The deed words are event_status.tsv deed_noun.
- a report, claim or ruling said to rest on something a judging word names: "the indictment is based on
  rumour", "the case is built on lies". What the word judges is the grounded thing: the subject of the
  grounding participle (event_word_classes.tsv grounding_verbs; ``grounded``).
- a party said to care more for one thing than for another: "the Kremlin appears more interested in seizing
  land than in making peace" judges the party's priorities (event_word_classes.tsv priority_adjectives, a
  "more"/"less" and a "than" phrase; ``priorities``): the subject of the predicate.

Round 17 (evaccuse) adds the free relative: a verb of naming whose object is "what" judges what the relative
stands for, "the army shelled the town, in what rights groups called a war crime" (the act of the clause the
"in" phrase hangs on: its doer) and "the firm is what Washington calls a front for arms buyers" (the subject of
the copula the relative completes); ``free_relative_judged``, read by triggers._active.

No doer named, no party: the callers then read nothing from the frame.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from . import participants as who
from .tree import is_passive, negated, prep_objects, subject
from .words import cues, word_class

_GROUND_PREPS = frozenset({"on", "upon", "in"})


def grounded(tok: Token) -> Token | None:
    """The thing said to rest on ``tok``: "[the reports] are based on [prejudice]" -> reports; None when
    ``tok`` is no object of "on"/"in" under a grounding participle."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _GROUND_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class("grounding_verbs"):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):  # "a case built on lies"
        return verb.head
    if not is_passive(verb) and verb.lemma_.lower() != "rest":
        return None  # "they built on the gains": no thing grounded
    subj, _ = subject(verb)
    return subj


def move_doers(doc: Document, noun: Token) -> list[str]:
    """Who did the act a deed word names when the word is hung on the act's clause: "in a move (that) X
    called ..." (the object of "in" attached to the verb) or the clause's apposition ("..., a step critics
    called illegal", which the parser may hang on the verb's object); the verb's active subject or its
    passive's "by" agent, as the parties they name."""
    if noun.lemma_.lower() not in cues("deed_noun") and noun.lower_ not in cues("deed_noun"):
        return []
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
        verb = head.head
    elif noun.dep_ in ("appos", "npadvmod") and head.pos_ == "VERB":
        verb = head
    elif noun.dep_ == "appos" and head.dep_ == "dobj" and head.head.pos_ == "VERB" \
            and any(t.is_punct for t in noun.doc[head.i:noun.left_edge.i]):
        verb = head.head  # "expelled the bishop, a move ...": set off by a comma from the object it hangs on
    else:
        return []
    return act_doers(doc, verb)


def act_doers(doc: Document, verb: Token) -> list[str]:
    """Who did a clause's act: its passive's "by" agent, else its active subject's parties."""
    if is_passive(verb):
        return [a for g in prep_objects(verb, "by") for a in who.actors(doc, g)]
    subj, _ = subject(verb)
    return who.actors(doc, subj) if subj is not None else []  # any doer, a crowd's too ("police arrested them,
    # a move which X condemned"); the crowd test below is for priorities, not deeds


_FREE_RELATIVE = "what"


def free_relative(tok: Token) -> bool:
    """Whether a verb's object is the free relative "what" and the verb has a subject of its own: "in what
    rights groups called a war crime", "is what Washington calls a front"."""
    return any(c.dep_ == "dobj" and c.lower_ == _FREE_RELATIVE for c in tok.children) \
        and any(c.dep_ == "nsubj" and c.lower_ != _FREE_RELATIVE for c in tok.children)


def free_relative_judged(doc: Document, tok: Token) -> list[str]:
    """Whom a naming verb's free relative stands for: the doer of the act an "in what ..." phrase hangs on
    ("the army shelled the town, in what X called a war crime" -> the army), or the subject of the copula whose
    complement the relative is ("the firm is what X calls a front" -> the firm; "a firm, which is what X
    calls ..." -> the firm). Empty for any other shape ("asked what X called it")."""
    if not free_relative(tok):
        return []
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX") and head.head.i != tok.i:
        return act_doers(doc, head.head)
    if tok.dep_ in ("ccomp", "attr") and head.lemma_ == "be" and not negated(head):
        subj, _ = subject(head)
        return who.actors(doc, subj) if subj is not None and subj.pos_ != "PRON" else []
    return []


_COMPARED = frozenset({"more", "less", "rather"})
_PREDICATE_DEPS = frozenset({"acomp", "oprd", "attr"})
# a group whose priorities are a conduct to judge: a state's, a party's or an armed one (sectors)
_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD", "REB", "CRM", "OPP", "PTY"})


def priorities(doc: Document, tok: Token) -> list[str] | None:
    """The parties judged by "X is/appears more interested in A than (in) B": None when ``tok`` is no such
    predicate (not a priority adjective, no "more"/"less" and "than", negated); else the parties its subject
    names (empty when it names none)."""
    if tok.pos_ != "ADJ" or tok.lower_ not in word_class("priority_adjectives") or tok.dep_ not in _PREDICATE_DEPS:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in _COMPARED for c in tok.children) \
            or not any(t.lower_ == "than" for t in tok.subtree) or negated(tok) or negated(tok.head):
        return None
    subj, _ = subject(tok.head)
    found = who.actors(doc, subj) if subj is not None else []
    return [a for a in found if (party := doc.actor(a)) is not None
            and (party.kind != "group" or party.sector in _BODIES)]  # "investors are more interested in bonds":
    # a crowd's tastes, not a party's conduct


def small_clause_subjects(tok: Token) -> list[Token]:
    """What a verb of regard judges when the parser makes its object and complement one verbless clause:
    "Moscow considers [the sanctions ... illegal]ccomp" -> sanctions (a clause of an adjective or noun with
    its own subject and no marker; "considers that ..." is a clause told, not a thing judged)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [s for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")
            and not any(m.dep_ == "mark" for m in c.children) for s in c.children if s.dep_ == "nsubj"]
