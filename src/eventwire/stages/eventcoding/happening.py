"""The doer of an agentless harm told by the clause of the same happening beside it.

"Two farmers were killed when herders attacked their village", "three protesters were wounded as police fired
into the crowd", "five civilians were killed when a Russian missile hit their building": the passive names its
victims only, and a "when" or "as" clause hung on it tells the violent deed they fell to. The doer is that
clause's subject, or, for a weapon told as the subject ("a Russian missile", "an Israeli drone"), the actor its
modifier names; of a passive clause, its "by" agent ("when their convoy was ambushed by militants"). Only a clause of violence or coercion (the verb lexicons' ASSAULT or COERCE readings, or one
firing: "opened fire") tells the harm: a boat that capsized, a bus that crashed or protesters who marched
name no doer. Never a victim, nor a pronoun the coreference left unresolved.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from . import participants as who
from .agents import negated_deed
from .tree import children, is_passive, prep_objects, subject
from .triggers import Candidate
from .words import verbs

_HARM = frozenset({"ASSAULT", "COERCE"})
_SAME_TIME = frozenset({"when", "as"})  # (not "after": "were arrested after they marched" tells two happenings)
_MODIFIERS = ("amod", "compound", "poss")


def when_clause_doers(doc: Document, cand: Candidate) -> list[str]:
    """Who did an agentless passive harm, read from a "when"/"as" clause of violence hung on it."""
    tok = cand.trigger
    if cand.nominal or cand.sources or cand.entry.type not in _HARM or not is_passive(tok):
        return []
    from .agents import negated_deed  # agents reads the context module, which reads this one

    if prep_objects(tok, "by") or negated_deed(tok):
        return []
    victims = set(cand.targets)
    for clause in children(tok, "advcl"):
        if not _same_time(clause) or not _violent(clause):
            continue
        if is_passive(clause):  # "when their convoy was ambushed by militants": the agent
            doers = [a for o in prep_objects(clause, "by") for a in _doers(doc, o)]
        else:
            subj, _ = subject(clause)
            doers = _doers(doc, subj) if subj is not None else []
        found = [a for a in doers if a not in victims]
        if found:
            return found[:1]
    return []


def _same_time(clause: Token) -> bool:
    """A clause opened by "when" or "as": the same happening, told by its deed."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _SAME_TIME and c.i < clause.i for c in clause.children)


def _violent(verb: Token) -> bool:
    """A verb of violence or coercion (the lexicons' ASSAULT or COERCE readings), or one firing ("opened fire",
    "fired live rounds")."""
    if verb.pos_ != "VERB":
        return False
    if any(e.type in _HARM for e in verbs().get(verb.lemma_.lower(), ())):
        return True
    return verb.lemma_.lower() == "fire" or any(o.lemma_.lower() == "fire" for o in children(verb, "dobj"))


def _doers(doc: Document, subj: Token) -> list[str]:
    """The subject's actor (a pronoun only when resolved), else the actor a weapon's modifier names ("a
    Russian missile", "an Israeli drone"): never a possessive pronoun ("their boat")."""
    if subj.pos_ == "PRON" and not doc.referents(subj):
        return []
    found = who.actors(doc, subj)
    if found:
        return found
    return [a for c in children(subj, *_MODIFIERS) if c.pos_ != "PRON" for a in who.actors(doc, c)][:1]
