"""Two states' people named with one plural noun ('Moroccan and Spanish authorities', 'Kenyan or Ugandan
troops'): the second state's group is a group of its own, named by the words from its state's name to the
noun, of that state ('Spanish authorities', ESP GOV). The first keeps what the other readers give it."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ..words import ActorWords, norm
from .candidates import Candidate, _code

_JOINERS = frozenset({"and", "or"})


def paired_nationals(doc: Document, w: ActorWords, nouns: list[Token]) -> list[Candidate]:
    """The second state's group of each plural group noun whose state word is joined to another state's
    ('Moroccan and Spanish authorities' -> 'Spanish authorities'). ``nouns``: the story's group-noun tokens
    (``tokens_with_lemma(doc, w.group_nouns)``)."""
    found: list[Candidate] = []
    for tok in nouns:
        if tok.tag_ != "NNS" or tok.n_lefts == 0 or tok.lemma_.lower() in w.collectives:
            continue  # (costs nothing on bare or singular nouns; 'the Thai and Chinese governments' are the states)
        for first in tok.lefts:
            if first.dep_ not in ("amod", "compound", "nmod"):
                continue
            if not any(c.dep_ == "cc" and c.lower_ in _JOINERS for c in first.children):
                continue
            second = next((c for c in first.children if c.dep_ == "conj" and c.i < tok.i), None)
            if second is None:
                continue
            one = w.country_of(doc.nlp[_name_start(first):first.i + 1].text)
            other = w.country_of(doc.nlp[_name_start(second):second.i + 1].text)
            if not one or not other or one == other:
                continue  # ('Moroccan and Berber communities': one state, or none, named)
            if any(t.pos_ not in ("PROPN", "ADJ") or t.ent_type_ not in ("NORP", "GPE", "")
                   for t in doc.nlp[second.i + 1:tok.i]):
                continue  # only the state word between: 'Spanish authorities', not 'Spanish border police'
            start = doc.nlp[_name_start(second)].idx
            name = doc.text[start:tok.idx + len(tok.text)]
            sector = w.group_nouns.get(tok.lemma_.lower()) or None
            found.append(Candidate(start, tok.idx + len(tok.text), "group", f"group:{norm(name)}", name, other,
                                   sector, _code(other, sector)))
    return found


def _name_start(tok: Token) -> int:
    """Where a state word's name starts: 'South' of 'South Korean' (its name words just before it), not the
    'Both' of 'Both Moroccan and ...'."""
    start = tok.i
    for c in reversed(list(tok.lefts)):
        if c.i != start - 1 or c.dep_ not in ("compound", "amod") or c.pos_ not in ("PROPN", "ADJ"):
            break
        start = c.i
    return start
