"""Where a private person comes from, told in the text ('was born in', 'hails from', 'his
hometown'), over where the person lives or is."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ....document import Document
from ....lookahead import led
from ....record import Actor
from ..places import _alpha3
from ..entity_table import entity_at
from ..words import ActorWords
from .body_home import based_in
from .phrase import _description, _set_country


_ORIGIN_HEADS = frozenset({"born", "hails", "hail", "driven", "fled"})  # verbs whose 'in'/'from' place is where one is from
_ORIGIN_NOUNS = frozenset({"hometown", "homeland"})
# any origin word in the text (a whole word: no order needed), so a story with none is not read
_ORIGIN_RE = led(rf"\b(?:{'|'.join(sorted(_ORIGIN_HEADS | _ORIGIN_NOUNS | {'originally'}))})\b")
_ORIGIN_REACH = 300  # characters: how far from a mention an origin word may stand for the mention's tree to be read


def people_of_origin(doc: Document, w: ActorWords, international: set[str]) -> None:
    """A person of no office (sector none, civil or business) takes the country the text says the person comes from,
    over the country of where the person lives or is ('X, a refugee living in a camp in Kenya, was driven
    from Somalia', 'shop owner X, who is originally from Taiwan', 'X, the daughter of Filipino migrants, was
    born and raised in Ohio'): the person (by name or pronoun) is the subject of 'born', 'hails from', 'driven from',
    'fled', 'is originally from' with a place, or owns a 'hometown' or 'homeland' with a place or demonym
    (``origin_of``). Read only where an origin word is in the text. Not over a country the text gives the
    person outright (``_said_outright``: 'X, an Austrian woman, ... was born in Chile'; 'Berlin-based florist X,
    who is originally from Vietnam'): what the person is, or where the person is based, is the person's country."""
    near = [m.start() for m in _ORIGIN_RE.finditer(doc.text)]
    if not near:
        return  # (no origin word: nothing to read)
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "BUS") or actor.id in international:
            continue
        code = origin_of(doc, w, actor, near)
        if code and code != actor.country and not _said_outright(doc, w, actor):
            _set_country(actor, code)


def _said_outright(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether the person's present country is said outright by a mention's own words: a demonym on the noun
    in apposition to the name ('X, an Austrian woman', 'a Kenyan farmer, X'), or a place the person is said
    to be based in right before the name ('Tokyo-based shop owner X', ``body_home.based_in``)."""
    if actor.country is None:
        return False
    for m in actor.mentions:
        if based_in(doc, w, m.start) == actor.country:
            return True
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        root = span.root
        nouns = {c.i for c in root.children if c.dep_ == "appos"} | ({root.head.i} if root.dep_ == "appos" else set())
        for tok in _description(span):  # (the demonym on the apposed noun itself, not deeper in its phrase)
            if tok.dep_ in ("amod", "compound") and tok.head.i in nouns and w.country_of(tok.text) == actor.country:
                return True
    return False


def _place_code(doc: Document, w: ActorWords, tok: Token) -> str | None:
    """The country of the place or demonym a word is, or is part of ('Ohio', 'Ghanaian', 'Kumasi')."""
    ent = entity_at(doc, tok.i)
    if ent is not None and ent.label_ in ("GPE", "LOC", "NORP"):
        name = re.sub(r"^[Tt]he\s+", "", ent.text)
        return w.country_of(name) or (_alpha3(w, name) if ent.label_ != "NORP" else None)
    return w.country_of(tok.text) if tok.pos_ in ("ADJ", "PROPN") else None


def origin_of(doc: Document, w: ActorWords, actor: Actor, near: list[int]) -> str | None:
    """The country a person is said to come from (see ``people_of_origin``); ``near``: where the text's
    origin words start (a mention with none near it is not read)."""
    assert doc.nlp is not None
    for m in actor.mentions:
        if not any(m.start - _ORIGIN_REACH <= at <= m.end + _ORIGIN_REACH for at in near):
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        root = span.root
        subject = root.head if root.dep_ == "appos" and root.head.i < root.i else root  # 'Her aunt, X, ... was born'
        clauses = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
        clauses += [c for c in root.children if c.dep_ in ("relcl", "acl") and c.i > root.i]
        for _ in range(2):  # 'born and raised in', 'was among the first families to reach ..., driven from X'
            clauses += [c for k in clauses for c in k.children if c.dep_ in ("conj", "xcomp", "advcl") and c not in clauses]
        for clause in clauses:
            originally = any(c.lower_ == "originally" for c in clause.children)
            if clause.lower_ not in _ORIGIN_HEADS and not originally and not (
                    clause.lower_ == "raised" and any(k.lower_ == "born" for k in clauses)):
                continue
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "from") or prep.dep_ == "dobj" and clause.lower_ == "fled":
                    obj = prep if prep.dep_ == "dobj" else next((c for c in prep.children if c.dep_ == "pobj"), None)
                    code = _place_code(doc, w, obj) if obj is not None else None
                    if code:
                        return code
        if root.dep_ == "poss" and root.head.lower_ in _ORIGIN_NOUNS:  # 'Kumasi, his Ghanaian hometown'
            noun = root.head
            for tok in [c for c in noun.children if c.dep_ in ("amod", "compound")] + (
                    [noun.head] if noun.dep_ == "appos" else []):
                code = _place_code(doc, w, tok)
                if code:
                    return code
    return None
