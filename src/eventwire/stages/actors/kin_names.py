"""The first of two relatives named together, the tagger reading only the second: 'Ana Ruiz and her husband Luis
Ruiz were detained'. A run of one or two capitalised given names and a surname, then 'and his/her/their' and
a kin noun (the ``kin`` class of event_word_classes.tsv: husband, wife, son, brother ...), then a name ending
in the same surname, that surname a person candidate's: the first name is a person too, where its words read
as a person's name (``_named_like_a_person``) and no candidate covers them.

Pre-test on the text: no ' and ' followed by a possessive pronoun, nothing built.

Also (``owned_kin``) one relative of a named person named by the name's possessive and a kin noun, where the
relative acts: 'Lam's mother decided', 'Peters' sister begged him' (a group of civil society named as written)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ..eventcoding.words import word_class
from .mentions import Candidate, _name_words, _named_like_a_person
from .words import ActorWords

__all__ = ["kin_names"]

_NAME_WORD = r"[A-Z][a-z\u00e0-\u00ff'’-]+"
_AND_OWN = re.compile(r" and (?:his|her|their) ")


def kin_names(doc: Document, persons: list[Candidate], w: ActorWords) -> list[Candidate]:
    owned = owned_kin(doc, persons)
    if not _AND_OWN.search(doc.text):
        return owned
    surnames = {c.name.split()[-1] for c in persons if c.kind == "person" and len(c.tokens) >= 2}
    surnames = {s for s in surnames if re.fullmatch(_NAME_WORD, s)}
    if not surnames:
        return owned
    kin = "|".join(sorted(word_class("kin"), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.'’-])((?:{_NAME_WORD} ){{1,2}}({'|'.join(map(re.escape, sorted(surnames)))}))"
                         rf" and (?:his|her|their) (?:{kin}),? (?:{_NAME_WORD} ){{1,2}}\2(?![\w-])")
    taken = [(c.start, c.end) for c in persons]
    found = []
    for m in pattern.finditer(doc.text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        cand = Candidate(s, e, "person", "person", m.group(1), tokens=_name_words(m.group(1)))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found + owned


# the kin nouns of one person (the ``kin`` class less the plurals and the collectives: children, family, parent)
_NOT_ONE = frozenset({"children", "family", "relative", "parent"})


@lru_cache(maxsize=1)
def _owned_kin_pattern() -> re.Pattern[str]:
    """A capitalised word's possessive ('Lam's', 'Peters'', "Peters '") and a kin noun of one person."""
    kin = "|".join(sorted(set(word_class("kin")) - _NOT_ONE, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({_NAME_WORD}) ?(?:['’]s|['’]) ({kin})(?![\w-])")


def owned_kin(doc: Document, persons: list[Candidate]) -> list[Candidate]:
    """One relative of a named person, named by the name's possessive and a kin noun ('Lam's mother decided',
    'Peters' sister begged him'), where the relative acts, speaks or is acted on (``groups.acts``): a party of
    its own, of civil society, named as written. Not where a name follows the kin noun ('Lai's son Sebastien',
    'Ruiz's wife, Ana Ruiz,': the named person is the actor), not a plural or the family ('Ruiz's relatives'
    are read as a group), and only of a person the story names (not 'the company's founder').
    Pre-test on the text: a capitalised word's possessive and a kin noun."""
    if doc.nlp is None or not _owned_kin_pattern().search(doc.text):
        return []
    from .groups import acts

    owners = {c.name.split()[-1] for c in persons if c.kind == "person"}
    taken = [(c.start, c.end) for c in persons]
    found = []
    for m in _owned_kin_pattern().finditer(doc.text):
        if m.group(1) not in owners or any(a < m.end() and m.start(2) < b for a, b in taken):
            continue
        tok = doc.nlp.char_span(m.start(2), m.end(2))
        if tok is None or len(tok) != 1 or tok[0].tag_ != "NN":
            continue
        tok = tok[0]
        after = doc.nlp[tok.i + 1] if tok.i + 1 < len(doc.nlp) else None
        if after is not None and (after.pos_ == "PROPN" or after.text == "," and tok.i + 2 < len(doc.nlp)
                                  and doc.nlp[tok.i + 2].pos_ == "PROPN") \
                or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children) or not acts(tok):
            continue
        name = doc.text[m.start():m.end()]  # (the mention is the kin noun: the owner's name stays the owner's mention)
        found.append(Candidate(m.start(2), m.end(), "group", f"group:{name.lower()}", name, None, "CVL", "CVL"))
    return found
