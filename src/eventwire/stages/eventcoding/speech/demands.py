"""Demands told in speech: a verb the speaker asks for ("the council should act", "Stop the shelling") is a
REQUEST of whoever is to act (speech_demands.tsv; the modal frames of ``triggers.exhorted``)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document
from ....lexicon import table
from ...actors.words import speech_lemmas
from .. import participants as who
from ..tree import child, children, names_nobody, nearest_subject, prep_objects, subject
from ..triggers import exhorted, negated
from ..words import cues, word_class
from .common import _GENERIC, _PREDICATIVE, under_condition
from .side import _first_other, _others, _speaks_for, _with_own_side

_GENERIC_DETS = frozenset({"every", "each", "any", "all"})


@lru_cache(maxsize=None)
def demand_words(kind: str) -> frozenset[str]:
    """The words of one kind in speech_demands.tsv (mind, hedge)."""
    return frozenset(row["word"].lower() for row in table("speech_demands.tsv") if row["kind"] == kind)


def demand(doc: Document, tok: Token, speaker: str, inside: set[int]) -> list[str] | None:
    """Whom a verb the speaker asks for is asked of: the modal verb's subject when it is a party other
    than the speaker ("the commission should continue" -> the commission); nobody for the speaker's own
    side or a thing ("we need a surge now", "immigration should stop"); None (no demand) when the verb is
    not asked for, is a guess about the past ("must have ordered"), hangs on a condition, or is asked of
    the speaker alone ("I have to take pills"), of the public, or of someone unnamed ("they must check")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VB", "VBN") and tok.lemma_.lower() != "need":
        return None  # asked for is a bare verb (or a participle under "must be"), or the speaker's "we need"
    imperative = _imperative(tok, inside)
    asked = imperative or exhorted(tok)
    if not asked and not _we_need(tok) or _perfect(tok) or under_condition(tok) or not _asked_now(tok, imperative):
        return None
    if not imperative and _relayed(tok, inside):
        return None  # "'The minister said the army must leave,' he said": the minister's demand, told on
    if imperative:  # "Get the cartels out of X and Y": of whoever it names; "'Stop it,' she told X": of X
        return _hearer(doc, tok, inside, speaker) or \
            _first_other(doc, sorted(t.i for t in tok.subtree if t.i in inside), speaker)
    if not asked:  # "we need a surge in defence now"
        return []
    subj, _ = subject(tok)
    if _time_frame(tok):  # "it is time for the junta to free them": whom the "for" phrase names, else nobody
        subj = child(tok, "nsubj") or next(iter(prep_objects(tok.head, "for")), None)
        if subj is None:
            return None
    if subj is None:  # "there should be an inquiry"; else a verb whose subject the parse lost: no reading
        if child(tok, "expl") is None or _of_nobody(tok):
            return None
        return _first_other(doc, sorted(inside), speaker)
    low = subj.lower_
    if low in who.FIRST_PERSON | _GENERIC or subj.i not in inside or _generic(subj) or names_nobody(subj):
        return None  # (of nobody: "no child should be turned away", "nobody should be jailed for a post": a norm)
    if low == "it":
        return _first_other(doc, sorted(inside), speaker) if _impersonal(tok) else None
    if low in who.SPEAKER_PLURAL or _with_own_side(subj):
        return []  # "we must ...", "Japan and our partners must ...": the speaker's side asks itself
    named = who.actors(doc, subj)
    found = [a for a in named if not _speaks_for(doc, speaker, a)]
    if named and not found:
        return []  # the speaker's own country is asked: her side's course, nobody else's
    public = subj.lemma_.lower() in cues("public") or low in cues("public")
    if public and not (found and child(subj, "amod", "compound") is not None) or subj.ent_type_ == "NORP":
        return None  # "people should stay home"; but "the international community should respond" is a party
    if subj.pos_ == "PRON" and not found:
        return None  # "they must go and check": asked of people nobody names
    # a party the subject names, else a party its phrase names ("units of the X army should withdraw")
    return _others(doc, found, speaker) or _subject_party(doc, subj, speaker, inside)


def _subject_party(doc: Document, subj: Token, speaker: str, inside: set[int]) -> list[str] | None:
    """The party a demand's subject phrase names when its head names none: through "of" ("the units of the X
    army"), or through any preposition under a party noun ("the commission on X borders"); a party noun
    that names none ("those countries should ...") is asked of parties unnamed (no target); talks asked to
    go on (word class sessions: "talks with X must continue") are asked of their other side, X; any other
    thing asked to go on or change ("its border with X should be moved", "no one's right should be harmed")
    asks nothing of the party it is with or about: no demand read (round 23)."""
    party = subj.lemma_.lower() in demand_words("party")
    talks = subj.lower_ in word_class("sessions") or subj.lemma_.lower() in word_class("sessions")
    reach = []
    for t in subj.subtree:
        if t.i not in inside or t.i == subj.i:
            continue
        preps = [a for a in t.ancestors if a.dep_ == "prep" and subj.i in {x.i for x in a.ancestors}]
        if all(a.lower_ == "of" for a in preps) or party or talks:
            reach.append(t.i)
    found = _first_other(doc, sorted(reach), speaker)
    return found or ([] if party else None)


def _imperative(tok: Token, inside: set[int]) -> bool:
    """The bare verb heading the speaker's words, with no subject: "Stop the shelling," he said (the parser
    hangs a fronted quote's verb on "said", outside the words)."""
    if tok.tag_ != "VB" or child(tok, "nsubj", "nsubjpass", "aux", "auxpass", "mark") is not None:
        return False
    if tok.dep_ == "advcl":  # "'Withdraw your troops,' she told X" (hung as a clause on "told"): the words' first
        return tok.head.i not in inside and tok.i == min(inside, default=-1)  # word only (round 23)
    return tok.dep_ == "ROOT" or tok.dep_ in ("ccomp", "parataxis") and tok.head.i not in inside


def _hearer(doc: Document, tok: Token, inside: set[int], speaker: str) -> list[str]:
    """Whom an imperative is told to: the party the reporting verb over the quote is said to ("'Stop arming the
    rebels,' the president told X": of X, not of the rebels), outside the quoted words (round 23)."""
    gov = tok.head
    if gov.i == tok.i or gov.i in inside or gov.lemma_.lower() not in speech_lemmas():
        return []
    heard = [c for c in gov.children if c.dep_ in ("dobj", "dative") and c.i not in inside]
    heard += [g for c in gov.children if c.dep_ == "prep" and c.lower_ == "to" for g in children(c, "pobj")]
    return _first_other(doc, [h.i for h in heard], speaker)


def _relayed(tok: Token, inside: set[int]) -> bool:
    """Whether the demand is a third party's, told inside the speaker's words (round 21): the modal clause is
    what someone the words name says ("'The minister said the army must leave,' he said") or the content of an
    order or decree someone the words name gives ("'The president issued a decree that the army should leave,'
    the agency said"). The teller, not the speaker, asks it, and the speaker's words hold no demand of their
    own; the speaker's own "I think they must leave", "we made it clear that they should go" stay."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_lemmas():
        gov = clause.head
    elif clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.dep_ == "dobj" \
            and child(clause, "mark") is not None:
        gov = clause.head.head  # "issued an order that ...": the verb that gives the order
    elif clause.dep_ == "ccomp" and child(clause, "mark") is not None and any(
            o.pos_ == "NOUN" and o.lemma_.lower() in cues("deed_noun") for o in children(clause.head, "dobj")):
        gov = clause.head  # the same, with the order's "that" clause hung on the verb by the parser
    else:
        return False
    teller = nearest_subject(gov)
    if teller is None or teller.i not in inside or gov.i not in inside:
        return False
    if teller.pos_ in ("PROPN", "NOUN"):
        return True
    # a pronoun of a third party ("he", "she", "they"), not the speaker's, the hearer's or an "it"
    morph = teller.morph
    return teller.pos_ == "PRON" and morph.get("Person") == ["3"] and "Neut" not in morph.get("Gender")


def _generic(subj: Token) -> bool:
    """"every farmer has to ...", "each company must ...": a rule or a habit, asked of nobody."""
    return any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in subj.children)


def _of_nobody(be: Token) -> bool:
    """"There should not be anyone left hungry", "there should be nobody in jail for a post": a norm of what
    should be so for people, asked of no party (`nobody_words`, `anyone_words` of event_word_classes.tsv);
    "there should be no more raids" asks for an end of deeds, and stays."""
    found = child(be, "attr")
    if found is None:
        return False
    return found.lower_ in word_class("nobody_words") or negated(be) and found.lower_ in word_class("anyone_words")


def _asked_now(tok: Token, imperative: bool = False) -> bool:
    """Whether a verb under a demand frame asks for a deed now: not a verb of knowing ("we must realize"),
    not a description inside a noun phrase ("refugees who must be treated well"), not an expectation
    ("should be growing"), and not under a negated, past, hedged or possessive need ("don't have to",
    "had to have surgery", "might have to think about", "a need will arise to", "has a record of ... to")."""
    if tok.lemma_.lower() in demand_words("mind") or tok.dep_ == "relcl" and not _time_frame(tok) or tok.tag_ == "VBG":
        return False
    frame = tok.head if tok.dep_ in ("xcomp", "acl", "advcl") and not imperative else tok
    for t in {frame, frame.head} if frame.dep_ in ("attr", "acomp", "nsubj") else {frame}:
        if negated(t) and t.i != tok.i or t.tag_ == "VBD":
            return False
        if any(c.dep_ == "aux" and c.lower_ in demand_words("hedge") for c in t.children):
            return False
    return not (frame.lemma_.lower() == "have" and frame.i != tok.i and child(frame, "dobj") is not None)


def _time_frame(tok: Token) -> bool:
    """A "to" verb the parser hangs as a relative clause on the noun of an impersonal frame said by a copula: "it
    is time (for X) to go" (evnews28): the deed asked for, not a description of the noun."""
    head = tok.head
    return tok.dep_ == "relcl" and head.dep_ in _PREDICATIVE and head.lemma_.lower() in word_class("impersonal_heads") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and not negated(head.head) and not any(c.dep_ == "neg" for c in head.children) \
        and child(head.head, "expl") is None and not any(  # ("now is not the time for", "there was time for")
            c.dep_ == "det" and c.lower_ != "the" or c.dep_ == "amod" and c.lower_ != "high" for c in head.children)
    # (a time judged, not asked for: "it was a good time for investors to buy")


def _we_need(tok: Token) -> bool:
    """"We need a surge in defence": what the speaker's side says it needs now is asked for."""
    subj = child(tok, "nsubj")
    return tok.lemma_.lower() == "need" and subj is not None and subj.lower_ == "we" \
        and child(tok, "dobj") is not None and not negated(tok) and tok.tag_ in ("VBP", "VB")


def _impersonal(tok: Token) -> bool:
    return tok.head.lemma_.lower() in word_class("impersonal_heads") or any(
        c.lemma_.lower() in word_class("impersonal_heads") for c in tok.head.children if c.dep_ in _PREDICATIVE)


def _perfect(tok: Token) -> bool:
    """"must have given the orders", "should have stopped it": a guess or a reproach about the past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) and tok.tag_ == "VBN"
