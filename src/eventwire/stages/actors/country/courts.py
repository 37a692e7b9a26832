"""The country of the courts and trials a story places, and the people who plead in them (judges,
prosecutors, lawyers)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ....document import Document
from ....lexicon import singular_forms, words
from ....record import Actor
from ..places import _alpha3
from ..entity_table import entity_at
from ..words import ActorWords, court_words


def court_country(doc: Document, w: ActorWords) -> str | None:
    """The one country of the courts and trials a story places: 'a trial in Lisbon', 'a Paris court',
    'the Phnom Penh court'; None when it places none, or courts in two countries. Walked over the story's
    tokens once per document, whoever asks (the actors stage for someone who pleads, the events stage for a
    case faced): kept in the document's cache as a one-element tuple, since None is a finding too."""
    kept = doc.cached("court_country")
    if kept is None:
        kept = doc.cached("court_country", (_court_country(doc, w),))
    return kept[0]


def _court_country(doc: Document, w: ActorWords) -> str | None:
    assert doc.nlp is not None
    nouns = court_words("place")
    found: set[str] = set()
    tokens, tags = doc.tokens(), doc.token_strings("POS")
    for i in doc.token_numbers("LOWER", nouns):  # (the nouns' words off the article's word index: no Token per word)
        if tags[i] != "NOUN":
            continue
        found |= court_places(doc, tokens[i], w)
    return found.pop() if len(found) == 1 else None


def court_places(doc: Document, tok: Token, w: ActorWords) -> set[str]:
    """The countries of the places a court or trial noun says it sits in: 'a Paris court', 'a trial in Lisbon'
    (read by ``court_country`` for the story and by ``bodies.unnamed_courts`` for one court)."""
    places = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
              and c.ent_type_ in ("GPE", "LOC")]
    places += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"  # ('a court in Lyon', though
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # the tagger took Lyon for a body)
    found = set()
    for place in places:
        ent = entity_at(doc, place.i)
        code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) if ent is not None else None
        if code:
            found.add(code)
    return found


def _pleads_in_court(w: ActorWords, actor: Actor) -> bool:
    """A judge, prosecutor or other officer of a court (the JUD titles of roles.tsv), or an advocate
    ('lawyer', 'attorney', 'counsel': court_words.tsv); or a group named by one of those titles
    ('prosecutors', 'judges'), but not advocates named by a cause ('press freedom advocates':
    ``cause_group_words.txt``), who campaign rather than plead."""
    if actor.kind == "group":  # 'prosecutors', 'defense lawyers': a group named by such a title
        named = actor.name.lower().split()
        if "advocate" in singular_forms(named[-1]) and any(x in words("cause_group_words.txt") for x in named[:-1]):
            return False  # 'media advocates', 'human rights advocates': campaigners for a cause, not counsel
        return any(_court_title(w, f) for f in singular_forms(named[-1]))
    return _court_title(w, (actor.role or "").lower())


def _court_title(w: ActorWords, role: str) -> bool:
    return bool(role) and (w.roles.get(role, (None, False))[0] == "JUD" or role in court_words("person"))
