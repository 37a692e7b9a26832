"""Names the tagger took for people's that name things or places: 'Patriot missiles', 'JFK airport',
'Nsanje and Phalombe districts', 'the ship-tracking website X', 'Castlefrank Road', the book "X",
'COVID-19', '#Ghazni'. Their candidates are dropped before actors are built, so that no pronoun, event
or quote attaches to them.

A person candidate group (one key) is dropped only when every one of its name mentions reads as a thing
or a place, when nothing gave it a title, role or country, and when the name is no known person's
(``people.tsv``) nor a word of another person's name in the story ('Warhol' after 'Andy Warhol')."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ...document import Document
from ...lexicon import words
from .mentions import Candidate
from .words import CLOSE_QUOTES, OPEN_QUOTES, ActorWords, norm


def _thing_nouns() -> frozenset[str]:
    return words("not_person_nouns.txt")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _reads_as_thing(doc: Document, span: Span) -> bool:
    """Whether one mention of a name reads as a thing's or a place's (see the module's docstring)."""
    nouns = _thing_nouns()
    text = doc.text
    before = text[max(0, span.start_char - 1):span.start_char]
    after = text[span.end_char:span.end_char + 1]
    if before == "#":
        return True  # a hashtag
    if before and before in OPEN_QUOTES and after and after in CLOSE_QUOTES and span[0].i > 0 and \
            span[0].nbor(-1).is_quote:
        return True  # a title in quotation marks: the book "X"
    if any(ch.isdigit() for ch in span.text):
        return True  # 'COVID-19': no person's name holds a digit
    if not any(ch.isupper() for ch in span.text):
        return True  # 'don', 'vehicle miles': a name has a capital ('al-Sharaa', 'de Klerk' too)
    last = span[-1]
    if len(span) > 1 and last.text[:1].isupper() and _singular(last.lower_) in words("not_person_name_ends.txt"):
        return True  # 'Castlefrank Road', 'Art Gallery' (not 'Rosa Parks', 'Jane Street': surnames too)
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ == "NOUN" and \
            _singular(root.head.lower_) in nouns:
        return True  # 'Patriot missiles', 'JFK airport', 'Phalombe districts'
    if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod") and root.head.head.pos_ == "NOUN" and \
            _singular(root.head.head.lower_) in nouns:
        return True  # 'Nsanje and Phalombe districts'
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "ADJ") and prev.text.islower() and _singular(prev.lower_) in nouns:
        return True  # 'the ship-tracking website X' however parsed
    for tok in span.doc[max(0, span.start - 3):span.start]:
        if tok.pos_ == "NOUN" and tok.head.i in range(span.start, span.end) and tok.dep_ in ("compound", "nmod", "appos") \
                and _singular(tok.lower_) in nouns:
            return True  # 'the ship-tracking website X', 'the novel X'
    return False


def drop_things(doc: Document, cands: list[Candidate], w: ActorWords) -> list[Candidate]:
    """``cands`` without the person candidates whose every mention names a thing or a place."""
    assert doc.nlp is not None
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.kind == "person" and c.key.startswith("person:"):
            groups.setdefault(c.key, []).append(c)
    if not groups:
        return cands
    name_words = {t.lower() for key, members in groups.items() if len(members[0].tokens) >= 2
                  for m in members for t in m.tokens}
    dropped: set[str] = set()
    for key, members in groups.items():
        if any(m.role or m.country for m in members):
            continue  # a title or a nationality says a person
        name = max((m.name for m in members), key=len)
        if norm(name) in w.people or len(name.split()) == 1 and name in w.person_by_surname:
            continue
        if len(name.split()) == 1 and name.lower() in name_words:
            continue  # a word of a longer name in the story
        spans = [doc.nlp.char_span(m.start, m.end, alignment_mode="expand") for m in members]
        if all(s is not None and len(s) and _reads_as_thing(doc, s) for s in spans):
            dropped.add(key)
    return [c for c in cands if c.key not in dropped] if dropped else cands
