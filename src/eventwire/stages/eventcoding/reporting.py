"""According to whom: the reporting chain over an event, from the quotes stage's attributions.

When the quotes stage has left no attributions (it may not have run), a small stand-in reads the two
commonest reporting frames from the parse: "X said (that) ..." and "..., according to X".
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...document import Attribution, Document
from . import participants as who
from .tree import child, prep_objects, subject
from .words import Entry, cues, cues_and_classes, nouns

_ACCORDING = "according"


def attributions(doc: Document) -> list[Attribution]:
    """The quotes stage's attributions, or the stand-in's when there are none."""
    if doc.attributions:
        return doc.attributions
    cached = doc.cached("event_attributions")
    if cached is None:
        cached = list(_fallback(doc))
        doc.cached("event_attributions", cached)
    return cached


def _fallback(doc: Document) -> list[Attribution]:
    assert doc.nlp is not None
    out = []
    speech = cues("speech")
    for tok in doc.tokens():
        if tok.pos_ == "VERB" and tok.lemma_.lower() in speech:
            content = child(tok, "ccomp")
            subj, _ = subject(tok)
            if content is not None and subj is not None:
                lo, hi = _extent(content)
                out.append(Attribution(lo, hi, who.actor(doc, subj), tok.lemma_.lower(), "indirect", [],
                                       tok.idx, tok.idx + len(tok)))
        if tok.lower_ == _ACCORDING and tok.dep_ == "prep":
            out.extend(_according(doc, tok))
    return out


def _extent(tok: Token) -> tuple[int, int]:
    last = tok.right_edge
    return tok.left_edge.idx, last.idx + len(last)


def _according(doc: Document, tok: Token) -> list[Attribution]:
    """"..., according to X": X vouches for the clause the phrase hangs from."""
    objs = prep_objects(tok, "to")
    speaker = who.actor(doc, objs[0]) if objs else None
    if speaker is None:
        return []
    lo, hi = _clause_extent(tok.head)
    return [Attribution(lo, hi, speaker, "according to", "indirect", [], tok.idx, objs[0].idx + len(objs[0]))]


def _clause_extent(head: Token) -> tuple[int, int]:
    """A clause's span without the clauses coordinated after it ("..., but the invite came ...")."""
    lo, hi = _extent(head)
    for c in head.children:
        if c.dep_ == "conj" and child(c, "nsubj", "nsubjpass") is not None:
            hi = min(hi, c.left_edge.idx)
            cc = [x for x in head.children if x.dep_ == "cc" and x.i < c.i]
            hi = min([hi, *[x.idx for x in cc]])
    return lo, hi


def chain_at(doc: Document, offset: int, sources: list[str]) -> tuple[list[str], bool, bool]:
    """(according_to, reported, denied) for an event at ``offset``: innermost reporter first; a source
    reporting its own deed is left out of its chain."""
    inside = [a for a in attributions(doc) if a.content_start <= offset < a.content_end]
    inside.sort(key=lambda a: (a.content_end - a.content_start, -(a.cue_start or 0)))
    out: list[str] = []
    for a in inside:
        for aid in [a.speaker, *a.via]:  # the original speaker first, then who relays it
            if aid and aid not in out and aid not in sources:
                out.append(aid)
    denied = any(a.negated for a in inside)
    others = [a for a in inside if a.speaker not in sources or set(a.via) - set(sources)]
    return out, bool(others), denied  # a source's own words assert its deed: "We will not accept it"


def known_deed(doc: Document, trigger: Token, nominal: bool) -> bool:
    """An event noun a speaker talks about as a thing known, the subject of what is said about it ("Mhike
    said the arrest of his client sent a chilling message", "she said Kenya's decision was wrong"): the
    deed is told as a fact, what is said of it is the speaker's. Not when the clause tells whether or when
    it happens ("the first joint patrol is scheduled for next week", "the talks will resume"), nor in news
    vouched for "according to" someone."""
    if not nominal or trigger.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children):
        return False
    verb = trigger.head
    timing = cues_and_classes(("planned", "hypothetical", "negated"))
    if verb.lemma_.lower() in timing or any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ in timing
                                            for c in verb.children):
        return False
    return not any(a.content_start <= trigger.idx < a.content_end and (a.cue or "").lower() == _ACCORDING + " to"
                   for a in attributions(doc))


def news_back_reference(doc: Document, trigger: Token, entry: Entry) -> list[str]:
    """Who reports the news a hedged event ("Putin reportedly invited ...") is about, when a nearby
    sentence names it: "RIA Novosti reported the news of the invite, according to Yonhap"."""
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(trigger.i)
    for sent in sents[here:here + 3]:
        found = _reporting_of(doc, sent, trigger, entry, sent.start == sents[here].start)
        if found:
            return found
    return []


def _reporting_of(doc: Document, sent: SpacySpan, trigger: Token, entry: Entry, same: bool) -> list[str]:
    speech = cues("speech")
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in speech or (same and tok.i == trigger.i):
            continue
        obj = child(tok, "dobj")
        if obj is None or not _names_same_news(obj, trigger, entry):
            continue
        subj, _ = subject(tok)
        speaker = who.actor(doc, subj) if subj is not None else None
        if speaker is None:
            continue
        relays = [who.actor(doc, o) for p in tok.children if p.lower_ == _ACCORDING for o in prep_objects(p, "to")]
        return [speaker, *[r for r in relays if r and r != speaker]]
    return []


def _names_same_news(obj: Token, trigger: Token, entry: Entry) -> bool:
    """The report's object names the event: the trigger's lemma or a noun of the same type."""
    lemma = trigger.lemma_.lower()
    for t in obj.subtree:
        low = t.lemma_.lower()
        if low == lemma or any(e.type == entry.type for e in nouns().get(low, ())):
            return True
    return False
