"""Justice told from the side of the accused: someone who faces charges, awaits or stands trial, is on trial.
The charge or the trial is the state's coercion of that person (COERCE 173, as an arrest or a charge told
with its verb), done by the body of the state named near or the state of the place (agents.state_doer)."""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from ...lexicon import words
from ...record import Event
from . import participants as who
from ..actors.country import court_country
from ..actors.words import actor_words, court_words
from .agents import _as_state, enforcer_near, prosecution_of, state_doer
from .tree import children, is_passive, subject
from .triggers import Candidate, negated
from .words import Entry, cues, word_class

_PEOPLE = frozenset({"person", "group"})  # the kinds of actor that stand trial
# "on trial" under these verbs holds its subject: "is on trial", "went on trial", "was put on trial"
_ON_VERBS = frozenset({"be", "go", "remain", "stay", "put"})


def facing_verb(tok: Token) -> Token | None:
    """The verb by which its subject faces a court case the noun names: "faces two charges", "is awaiting
    trial", "will stand trial", "are undergoing trial", "went on trial" (event_facing_verbs.txt); None for
    anything else ("the charges were dropped", "faces years in prison")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "count":
        tok = tok.head.head  # "faces two counts of fraud charges"
    if tok.dep_ == "dobj":
        verb = tok.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words("event_facing_verbs.txt"):
            return verb
        return None
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep" or tok.lemma_.lower() != "trial":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ON_VERBS:
        return None
    if verb.lemma_.lower() == "put" and not is_passive(verb):
        return None  # "put them on trial": the putting is the deed, its subject the doer (a verb reading)
    return verb


def faced(doc: Document, tok: Token, entry: Entry) -> tuple[list[str], list[str], str, Token | None]:
    """Who faces the case (people only: "Otieno faces treason charges", "the two men are awaiting trial")
    and who brings it: a justice body named near, else the prosecution the story names, else the state of the
    court or of the place; nothing under negation ("does not face charges") or for a count of
    people ("900 defendants are awaiting trial": no deed told)."""
    verb = facing_verb(tok)
    subj, _ = subject(verb) if verb is not None else (None, None)
    if subj is None or negated(verb) or children(subj, "nummod") and not children(subj, "appos"):
        return [], [], "", None
    accused = who.actors(doc, subj)
    if not accused or any((found := doc.actor(a)) is None or found.kind not in _PEOPLE for a in accused):
        return [], [], "", None  # "Uganda faces charges of dumping": a state or a firm accused is no defendant
    cand = Candidate(tok, entry, [], accused)
    doers = [_state_of_court(doc, d) for d in enforcer_near(doc, tok, set(accused))] \
        or prosecution_of(doc, tok, accused) or _court_state(doc, accused) or state_doer(doc, cand)
    return doers, accused, "state", verb


def _state_of_court(doc: Document, aid: str) -> str:
    """A court near a case faced hears it; the state brings it: the court's country, when the article has it
    as an actor ("faces charges before a Lisbon court" -> Portugal). Police and prosecutors stay themselves."""
    found = doc.actor(aid)
    if found is None or found.name.split()[-1].lower() not in court_words("place"):
        return aid
    return _as_state(doc, aid)


def _court_state(doc: Document, accused: list[str]) -> list[str]:
    """The state whose courts the story places the case in ("at a trial in Lisbon", "a Paris court"), as a
    country the article has for an actor: a person is tried where the court sits, whatever their own
    country (actors.country.court_country, read only when a case is faced)."""
    code = court_country(doc, actor_words())
    state = next((a.id for a in doc.actors if a.kind == "country" and code and a.country == code), None)
    return [state] if state and state not in accused else []




PUNISHED_REACH = 2  # sentences before a reversal's own that the punishment it sets aside may be told in


def punished_before(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """Whom a punishment set aside fell on when the reversal's object names nobody ("X was jailed for fraud
    ... a higher court later quashed the conviction"): the people of the latest coercion coded in its
    sentence or the PUNISHED_REACH before (an arrest, a charge, a sentence: mode arrest), for a court's act only
    (event_status.tsv court_act: a conviction, a sentence, a verdict; "overturned the ban" names its own
    target or none); nobody where that coercion fell on no person or group."""
    tok = cand.trigger
    if cand.targets or cand.nominal or cand.entry.type != "CONCEDE":
        return []
    objects = [o for o in children(tok, "dobj", "nsubjpass")
               if o.lemma_.lower() in word_class("court_penalties") and
               (o.lemma_.lower() in cues("court_act") or o.lower_ in cues("court_act"))]
    if not objects:
        return []
    sents = doc.sentences()
    start = sents[max(0, doc.sentence_number(tok.i) - PUNISHED_REACH)].start_char
    for ev in reversed(earlier):
        if ev.trigger.start >= tok.idx or ev.trigger.start < start:
            continue
        if ev.type == "COERCE" and ev.mode == "arrest" and ev.target:
            people = [t for t in ev.target if (found := doc.actor(t)) is not None and found.kind in _PEOPLE
                      and t not in cand.sources]
            return people
    return []

