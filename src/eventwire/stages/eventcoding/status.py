"""Did it happen? The status of an event mention and the chain of who says so.

Priority when several cues apply: denied > negated > hypothetical > planned > reported > asserted.
A reported plan stays planned and keeps its reporters in ``according_to``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...document import Document
from . import reporting
from .alleged import accusers, accusing_verb
from . import participants as who
from .tree import chain, child, is_passive, prep_objects, subject
from .triggers import Candidate
from .words import cues

PRIORITY = ("denied", "negated", "hypothetical", "planned", "reported", "asserted")
_MODIFIERS = ("aux", "auxpass", "neg", "advmod", "det", "amod", "mark", "preconj")
# how the way up from an event to a denial may leave the event outside what is denied: a clause beside the
# denial ("denied the claims while criticizing ...") or inside the denier's own subject ("X, who faces
# charges, denies them": the charges stand)
_NOT_DENIED_BY = frozenset({"advcl", "conj", "parataxis", "nsubj"})
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def status(doc: Document, cand: Candidate, time_value: str | None) -> tuple[str, list[str]]:
    """(status, according_to) for one candidate."""
    found = set(_clause_cues(cand.trigger, presupposed(cand))) | set(_anchor_cues(cand))
    if cand.how == "alleged":  # "cut ties for allegedly meddling": the accusation itself is told as fact
        found.discard("hedge")
    denier = _denied(cand.trigger)
    if denier is not None:
        found.add("denied")
    according, reported, denied = reporting.chain_at(doc, cand.trigger.idx, cand.sources)
    if not reported and ("selftold" in cand.entry.flags or _own_body_told(doc, cand)):  # "X said he would mobilize
        # protests to push Y out": a threat its maker tells is told on his word (flag selftold)  # "'Our forces took the town,' the army said": its word
        according, reported, denied = reporting.chain_at(doc, cand.trigger.idx, [])
    if denier is not None and not denied:  # "Kenya rejected allegations that its police had killed ...":
        according = [*_deniers(doc, denier, cand.sources, according), *according]  # no attribution names Kenya
    if reported and reporting.known_deed(doc, cand.trigger, cand.nominal):
        according, reported = [], False  # "X said the arrest of Y sent a message": the arrest is told as known
    if cand.how == "alleged" and not according:
        reported = False  # the hedge's own attribution names nobody: the accusation is the deed's doer's
    if denied:
        found.add("denied")
    if reported:
        found.add("reported")
    if "hedge" in found:
        found.add("reported")
        if not according:
            according = [a for a in reporting.news_back_reference(doc, cand.trigger, cand.entry)
                         if a not in cand.sources]
    if "accused" in cand.how.split("+"):  # "X accused Y of killing ...": the killing is X's word (eventcoding/alleged.py),
        found.discard("planned")  # a plot alleged ("accused of planning to kidnap her") as much as a deed done
        found.add("reported")
        told = accusing_verb(cand.trigger)
        accusing = accusers(doc, told) if told is not None else []
        according = [*[a for a in accusing if a not in cand.sources], *[a for a in according if a not in accusing]]
    if cand.how == "claimed" and cand.sources:  # "al-Shabab claimed responsibility for the attack": its word
        found.add("reported")
        according = [*cand.sources[:1], *[a for a in according if a not in cand.sources]]
    if _future(time_value, doc.article.published):
        found.add("planned")
    if "exhort" in cand.entry.flags:
        found -= {"hypothetical", "planned"}  # "Israel must stop": the call is made now
    if "neg" in cand.entry.flags:
        found -= {"negated", "hypothetical", "planned"}  # "will not accept it" is a refusal now
    return next(s for s in PRIORITY if s in found or s == "asserted"), according


def _kinds(word: str) -> list[str]:
    word = word.replace("\u2019", "'")  # a curly apostrophe is the same contraction: "we\u2019ll" as "we'll"
    return [k for k in ("planned", "hypothetical", "negated", "hedge") if word in cues(k)]


# ways a noun names its own participants ("Russia's invasion", "a Turkish offensive", "talks between A and B"):
# such a noun as the object of a verb tells a happening the verb only comments on
_NAMED_BY_NOUN = frozenset({"poss", "adjective", "by", "compound", "between"})


def presupposed(cand: Candidate) -> bool:
    """An event noun with its own participants, taken as the object of a verb: "China never condemned
    Russia's invasion" (the invasion happened; the negation is the condemning's), "will discuss the Turkish
    offensive". As a subject ("talks between A and B will resume") its verb tells whether it happens."""
    if cand.nominal and cand.how.split("+")[0] in _NAMED_BY_NOUN and cand.anchor is None \
            and cand.entry.type == "REQUEST":  # "Ghana's call for debt relief went unheeded", "will review
        return True  # Zambia's appeal" (context.request_addressee): a request its maker is named for was made
    return cand.nominal and cand.how in _NAMED_BY_NOUN and cand.trigger.dep_ in ("dobj", "pobj") \
        and cand.anchor is None


def _clause_cues(trigger: Token, own_only: bool = False) -> list[str]:
    """Cues on the trigger and the predicates governing it within its own clause (with ``own_only``, up to
    the first verb governing it, without that verb's cues)."""
    out: list[str] = []
    below = trigger
    for tok, crossed in chain(trigger):
        if crossed or own_only and tok.i != trigger.i and tok.pos_ in ("VERB", "AUX"):
            break
        if below.dep_ == "conj" and tok.i != below.i and (child(below, "nsubj", "nsubjpass") is not None
                                                           or below.tag_ in ("VBD", "VBZ", "VBP")):
            break  # "did not respond, but they have denied it", "did not attend and rejected the request":
            # a conjoined clause with a subject or a tense of its own is outside the first one's modals
        below = tok
        going_on = tok.lower_ == "going" and not any(c.dep_ == "xcomp" for c in tok.children)
        if tok.i != trigger.i and not going_on:  # "talks have been going on" is no "going to"
            out.extend(k for k in _kinds(tok.lemma_.lower()) or _kinds(tok.lower_) if k != "hedge")
        for c in tok.children:
            if c.dep_ in _MODIFIERS:
                out.extend(_reported_will(c) or _kinds(c.lower_) or _kinds(c.lemma_.lower()))
            elif c.dep_ == "prep" and c.lower_ == "without" and tok.i != trigger.i and c.is_ancestor(trigger):
                out.append("negated")  # "left without meeting him"; "held talks without reaching a deal" negates the deal only
    return out


def _reported_will(aux: Token) -> list[str]:
    """"would" in a reported clause is a reported "will": "X said it would release funds" is planned
    (a condition, "would ... if", still makes it hypothetical)."""
    if aux.lower_ != "would" or _conditional(aux.head):
        return []
    clause = aux.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    said = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues("speech")
    return ["planned"] if said else []


def _conditional(pred: Token) -> bool:
    """A clause under a condition: "... if no deal is reached", "unless talks resume"."""
    hypothetical = cues("hypothetical")
    return any(m.dep_ == "mark" and m.lower_ in hypothetical for c in pred.children if c.dep_ == "advcl"
               for m in c.children)


def _anchor_cues(cand: Candidate) -> list[str]:
    """A light verb or governor carries the clause's modals: "will hold talks", "may make a visit"."""
    if cand.anchor is None or cand.anchor.i == cand.trigger.i:
        return []
    t = cand.trigger
    while t.dep_ == "conj" and t.head.i != t.i:
        if t.tag_ in ("VBD", "VBZ", "VBP") and t.head.i == cand.anchor.i:
            return []  # "did not attend the hearing and rejected the request": the subject is shared, not "not"
        t = t.head
    return _clause_cues(cand.anchor)


def _denied(trigger: Token) -> Token | None:
    """The word by which someone denies it: "denied that ...", "dismissed the possibility that ...",
    "rumors about ... were unfounded"; None when nobody does."""
    denied = cues("denied")
    rumor = cues("denied_subject")
    below = trigger
    for tok, _ in chain(trigger, limit=12):
        if tok.i != trigger.i and tok.lemma_.lower() in denied and below.dep_ not in _NOT_DENIED_BY:
            return tok
        if tok.lemma_.lower() in rumor or tok.lower_ in rumor:
            pred = tok.head
            if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in denied for c in pred.children):
                return pred  # "rumors about ... were unfounded"
            if tok.dep_ in ("dobj", "nsubjpass") and pred.lemma_.lower() in cues("denied_verb"):
                return pred  # "rejected reports that ...", "claims that ... were rejected by X"
        below = tok
    return None


def _deniers(doc: Document, word: Token, sources: list[str], according: list[str]) -> list[str]:
    """Who denies with a verb that tells nothing said ("rejected allegations that ..."): the verb's subject,
    or its agent in the passive ("reports ... were rejected by Ankara"), unless it is the event's own doer
    (a source's word on its own deed is left out of the chain, as ``reporting.chain_at`` leaves it)."""
    if word.pos_ not in ("VERB", "AUX"):
        return []  # "rumors about ... were unfounded": nobody named
    agents = prep_objects(word, "by") if is_passive(word) else []
    subj = agents[0] if agents else subject(word)[0]
    found = who.actor(doc, subj) if subj is not None and not (is_passive(word) and not agents) else None
    return [found] if found and found not in sources and found not in according else []


def _own_body_told(doc: Document, cand: Candidate) -> bool:
    """A deed the speaker tells of its own forces ("our troops", ``participants.speakers_own_body``; "Israel said
    its troops ...", ``participants.owned_by_possessor``) or of its side as "we" (``participants.first_person_deed``)
    is told in its words, not seen by the writer: it stays according to the speaker, as when someone else tells
    it."""
    if cand.nominal:
        return False
    subj, _ = subject(cand.trigger)
    return subj is not None and (who.speakers_own_body(doc, subj) in cand.sources
                                 or who.owned_by_possessor(doc, subj) in cand.sources
                                 or who.first_person_deed(doc, subj, cand.entry.type))


def _future(value: str | None, published: str | None) -> bool:
    """A calendar date after the publication date: the event lies ahead."""
    if not value or not published or not _DATE.match(value):
        return False
    return value > published[:len(value)]
