"""Relation nouns: 'his client', 'her client' -> the person the pronoun's person was said to serve
('Ana Ruiz's lawyer, Li Wei, said ... his client'), read from the parse around that person's name
(coref_relation_nouns.tsv). Runs after the person pronouns, whose antecedents it reads."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ....document import Document
from ....lexicon import table
from .common import inside, quoted_spans


@lru_cache(maxsize=1)
def _relation_nouns() -> dict[str, frozenset[str]]:
    """coref_relation_nouns.tsv: noun -> the nouns that name the other person of the relation."""
    return {r["noun"]: frozenset(r["owner nouns"].split("|")) for r in table("coref_relation_nouns.tsv")}


@lru_cache(maxsize=1)
def _relation_re() -> re.Pattern[str]:
    alternation = "|".join(sorted(_relation_nouns(), key=len, reverse=True))
    return re.compile(rf"\b(?P<pron>[Hh]is|[Hh]er)\s+(?P<noun>{alternation})\b(?!\s+of\b|-)")


def relation_nouns(doc: Document) -> None:
    """'his client' (outside quotations, not followed by a name) as a mention of the one person whose
    servant the text made the pronoun's person: 'X's lawyer, <person>' or '<person>, X's lawyer', or
    'X's lawyer <person>', X a person or body named in the text. Nothing when the pronoun points to no
    person, or that person was described as nobody's lawyer."""
    assert doc.nlp is not None
    if "client" not in doc.text:  # the only noun in the table today: no parse walk on most stories
        return
    quoted = quoted_spans(doc)
    nouns = _relation_nouns()
    for m in _relation_re().finditer(doc.text):
        if doc.actor_in(m.start("noun"), m.end()) or inside(quoted, m.start()):
            continue
        if re.match(r",?\s+[A-Z]", doc.text[m.end():m.end() + 3]):
            continue  # 'his client Ana Ruiz', 'her client, Ana Ruiz,': the name itself follows
        owner = doc.actor(doc.actor_in(m.start("pron"), m.end("pron")))
        if owner is None or owner.kind != "person":
            continue
        served = _served_by(doc, owner, nouns[m.group("noun").lower()], m.start())
        if served is not None and served.id != owner.id:
            doc.add_mention(served, m.start(), m.end())


def _served_by(doc: Document, person, owner_nouns: frozenset[str], before: int):
    """The one actor the text names as the one ``person`` serves ('X's lawyer') before ``before``."""
    found = set()
    for x in person.mentions:
        if x.start >= before:
            continue
        span = doc.nlp.char_span(x.start, x.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        nouns: list[Token] = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i not in range(span.start, span.end)]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for n in nouns:
            if n.lemma_.lower() not in owner_nouns:
                continue
            for c in n.children:
                if c.dep_ == "poss" and (aid := doc.actor_of_token(c)) and aid != person.id:
                    found.add(aid)
    return doc.actor(found.pop()) if len(found) == 1 else None
