"""A person of no office, trade or cause whom the story tells faces charges of a common crime, admitted one or
was found guilty of one is a criminal (CRM), as a gang's leader is: 'X, who is facing murder charges', 'X
pleaded guilty to fraud', 'X was convicted of kidnapping', 'X was charged with robbery', 'X is on trial / stands
trial / is undergoing trial for murder'. Not one charged with
a political offence (the crimes read are ``common_crime_words.txt``), nor one the story gives an office, a
trade or a cause (a title, or a sector other than the civilian default: 'journalist X was charged with fraud'
stays a journalist), nor the one who charges ('Y charged X with murder': only a passive subject, or the
subject of 'face' or 'plead', is the accused)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ....document import Document
from ....lexicon import words
from ....record import Actor
from ...eventcoding.words import word_class
from ..sector import set_sector
from ..words import alternation, first_word_matches
from .clauses import not_told_as_fact


# the cue words of the clauses read (found by one pattern over the text, then the token's lemma checked)
_CUE_WORDS = frozenset({"charged", "convicted", "accused", "guilty", "face", "faces", "faced", "facing", "trial"})
_CUES = re.compile(rf"\b(?:{alternation(sorted(_CUE_WORDS))})\b")  # (tried only where such a word stands)


def charged_people(doc: Document) -> None:
    """Give CRM to the persons of no office or trade whom their own clause charges with a common crime."""
    assert doc.nlp is not None
    crimes = words("common_crime_words.txt")
    passive_verbs = word_class("charged_verbs")  # 'X was charged with / convicted of / accused of'
    active_verbs = word_class("accused_subject_verbs")  # 'X faces ... charges', 'pleaded guilty', 'was found guilty'
    for m in first_word_matches(_CUES, _CUE_WORDS, doc.text):
        found = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        tok = found[0] if found is not None and len(found) else None
        if tok is None:
            continue
        if tok.lower_ == "trial":
            _trial(doc, tok, crimes)
            continue
        verb = tok.head if tok.lower_ == "guilty" else tok  # 'pleaded guilty', 'was found guilty'
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in passive_verbs | active_verbs or not_told_as_fact(verb):
            continue
        if lemma in ("plead", "find") and not any(c.lower_ == "guilty" for c in verb.children):
            continue
        subject_deps = ("nsubjpass",) if lemma in passive_verbs or lemma == "find" else ("nsubj",)
        if not any(c.dep_ in subject_deps for c in verb.children):
            continue
        if lemma == "face" and not any(t.lemma_.lower() == "charge" for t in verb.subtree if t.i > verb.i):
            continue  # 'X faces murder charges', not 'X faces a murder trial' nor 'X faces drought'
        told = [t for c in verb.children if c.i > verb.i and c.dep_ not in ("relcl", "advcl", "conj", "ccomp")
                for t in c.subtree]
        if not any(part in crimes for t in told for part in t.lower_.split("-")):
            continue
        for actor in _subject_people(doc, verb):
            if not actor.role and actor.sector in (None, "CVL"):
                set_sector(actor, "CRM")


def _trial(doc: Document, trial: Token, crimes: frozenset[str]) -> None:
    """'X is undergoing trial for manslaughter', 'X stands trial for fraud', 'X went on trial for murder', 'X, who
    is on trial on charges of theft': the subject of the verb whose object 'trial' is, or that 'on trial' follows
    (``trial_subject_verbs``), is the accused of the common crime named after 'trial'."""
    verb = trial.head
    if trial.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head  # 'is on trial', 'went on trial'
    elif trial.dep_ != "dobj":
        return  # 'the trial of X', 'a trial court'
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in word_class("trial_subject_verbs") or \
            not_told_as_fact(verb):
        return
    told = [t for c in trial.children if c.dep_ == "prep" and c.lower_ in ("for", "on") for t in c.subtree]
    told += [t for c in verb.children if c.i > trial.i and c.dep_ == "prep" and c.lower_ in ("for", "on")
             for t in c.subtree]  # ('for' hung on the verb)
    if not any(part in crimes for t in told for part in t.lower_.split("-")):
        return
    for actor in _subject_people(doc, verb):
        if not actor.role and actor.sector in (None, "CVL"):
            set_sector(actor, "CRM")


def _subject_people(doc: Document, verb: Token) -> list[Actor]:
    """The person actors a verb's subject names, each of a coordination ('X and Y, who are facing ...', 'X and his
    wife Y'), or the noun a 'who' clause hangs on."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that"):
        subject = verb.head if verb.dep_ == "relcl" and verb.head.i < verb.i else None
    people = []
    for head in ([subject, *subject.conjuncts] if subject is not None else []):
        # (an apposition: 'X and his wife Y, who face charges')
        for tok in (head, *(c for c in head.children if c.dep_ in ("compound", "appos"))):
            actor = doc.actor(doc.actor_of_token(tok))
            if actor is not None:
                if actor.kind == "person" and actor not in people:
                    people.append(actor)
                break
    return people
