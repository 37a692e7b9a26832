"""Relation nouns: 'his client', 'her party', 'his company' -> the actor the text tied the pronoun's person
to ("Ana Ruiz's lawyer, Li Wei ... his client"; "Acme's chief executive Li Wei ... his company"; "Li Wei,
who heads the Green Party ... his party"), read from the parse around that person's name
(coref_relation_nouns.tsv); 'his country', 'her government' -> the state of the pronoun's person
(``own_states``). Runs after the person pronouns, whose antecedents it reads."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from ....document import Document
from ....lexicon import table
from ....lookahead import opening
from ..words import FORMER_TOKENS, LEAD_VERBS, ActorWords, court_words, norm
from .common import inside, quoted_spans
from .definites import country_nouns, state_of


class _Relation(NamedTuple):
    owners: frozenset[str]  # words that must describe the pronoun's person ('*': any noun)
    kinds: frozenset[str]
    not_sectors: frozenset[str]


def _cells(value: str) -> frozenset[str]:
    if value == "@advocates":  # a client's lawyers: the advocates of court_words.tsv
        return court_words("person", "adviser")
    return frozenset(x for x in value.split("|") if x and x != "-")


@lru_cache(maxsize=1)
def _relation_nouns() -> dict[str, _Relation]:
    return {r["noun"]: _Relation(_cells(r["owner nouns"]), _cells(r["kinds"]), _cells(r["not sectors"]))
            for r in table("coref_relation_nouns.tsv")}


@lru_cache(maxsize=1)
def _relation_re() -> re.Pattern[str]:
    alternation = "|".join(sorted(_relation_nouns(), key=len, reverse=True))
    return re.compile(rf"(?P<pron>{opening('[Hh]')}(?:is|er))\s+(?P<noun>{alternation})\b(?!\s+of\b|-)")


_TIE_VERBS = LEAD_VERBS | {"found", "own"}  # 'who heads the party', 'who founded the firm'


def relation_nouns(doc: Document) -> None:
    """'his client', 'her party' (outside quotations, not followed by a name) as a mention of the one actor
    of a fitting kind the text tied the pronoun's person to before: the owner of a word that describes the
    person ('X's lawyer, <person>', '<person>, X's attorney', "X's chief executive <person>"), the body of
    an 'of' after that word ('<person>, leader of X'), or the object of a verb of leading in a clause on
    the person ('<person>, who headed X'). Nothing when the pronoun points to no person, or when the text
    ties that person to no such actor or to two."""
    assert doc.nlp is not None
    found = list(_relation_re().finditer(doc.text))
    if not found:
        return
    quoted = quoted_spans(doc)
    nouns = _relation_nouns()
    for m in found:
        if doc.actor_in(m.start("noun"), m.end()) or inside(quoted, m.start()):
            continue
        if re.match(r",?\s+[A-Z]", doc.text[m.end():m.end() + 3]):
            continue  # 'his client Ana Ruiz', 'her party, the Greens,': the name itself follows
        noun = doc.nlp.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
        if noun is None or noun[-1].pos_ != "NOUN" or noun[-1].dep_ in ("compound", "amod"):
            continue  # 'his party membership', 'her company car'
        owner = doc.actor(doc.actor_in(m.start("pron"), m.end("pron")))
        if owner is None or owner.kind != "person":
            continue
        relation = nouns[m.group("noun").lower()]
        tied = {a for a in _tied_to(doc, owner, relation.owners, m.start()) if a != owner.id}
        tied = {a for a in tied if (x := doc.actor(a)) is not None and x.kind in relation.kinds
                and x.sector not in relation.not_sectors}
        if len(tied) == 1:
            doc.add_mention(doc.actor(tied.pop()), m.start(), m.end())


def _tied_to(doc: Document, person, owners: frozenset[str], before: int) -> set[str]:
    """The actors the text ties ``person`` to in its mentions before ``before``."""
    assert doc.nlp is not None
    found: set[str] = set()
    for x in person.mentions:
        if x.start >= before:
            continue
        span = doc.char_span(x.start, x.end)
        if span is None or not len(span) or span.root.pos_ != "PROPN":
            continue
        root = span.root
        inside_span = range(span.start, span.end)
        if any(t.lower_ in FORMER_TOKENS for t in doc.nlp[root.left_edge.i:span.start]):
            continue  # 'former NATO Secretary General <person>': an office left ties the person to nothing now
        words: list[Token] = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i not in inside_span]
        if root.dep_ == "appos":
            words.append(root.head)
        for word in words:
            if word.pos_ not in ("NOUN", "PROPN") or "*" not in owners and word.lemma_.lower() not in owners:
                continue
            if word.pos_ == "PROPN" and doc.actor_of_token(word):
                continue  # a title ('Home Secretary'), not another name
            if any(c.lower_ in FORMER_TOKENS for c in word.children):
                continue  # '<person>, the former chief executive of X'
            for c in word.children:
                if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
                    found.update(_actors_of(doc, c))  # "Acme's lawyer", "Acme lawyer"
                elif c.dep_ == "prep" and c.lower_ == "of":
                    found.update(a for p in c.children if p.dep_ == "pobj" for a in _actors_of(doc, p))
        if "*" in owners:
            for c in root.children:  # "X's Shadow Home Secretary <person>" (the title as part of the name);
                # '<person>, who heads X'
                if c.dep_ == "poss" and c.i not in inside_span:
                    found.update(_actors_of(doc, c))
                elif c.dep_ == "relcl" and c.lemma_.lower() in _TIE_VERBS:
                    found.update(a for o in c.children if o.dep_ == "dobj" for a in _actors_of(doc, o))
    return found


def _actors_of(doc: Document, tok: Token) -> list[str]:
    """The actor a word names, or else the one its name in apposition names ('the charity Blue Harbor')."""
    aid = doc.actor_of_token(tok)
    if aid:
        return [aid]
    return [a for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
            for a in (doc.actor_of_token(c),) if a][:1]


# sectors of the people who speak for their state ('his government' of a minister, a lawmaker, a general)
_STATE_PEOPLE = ("GOV", "LEG", "MIL")


def own_states(doc: Document, w: ActorWords) -> None:
    """'his country', 'her nation' -> the country of the person the pronoun points to; 'his government', 'her
    administration', 'his regime' -> that country too when the person serves a state (a sector of
    _STATE_PEOPLE), or the body named after the person ('the Trump administration') when the story has
    one. The nouns are the country nouns of coref_nouns.tsv. Nothing when the pronoun points to no person or
    to one without a country, or when a name or an 'of' follows ('his country of birth')."""
    assert doc.nlp is not None
    nouns = country_nouns()
    found = re.finditer(rf"\b(?P<pron>[Hh]is|[Hh]er)\s+(?P<noun>{'|'.join(sorted(nouns))})\b(?!\s+of\b|-|,?\s+[A-Z])",
                        doc.text)
    for m in found:
        if doc.actor_in(m.start("noun"), m.end()):
            continue
        noun = doc.nlp.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
        if noun is None or noun[-1].pos_ != "NOUN" or noun[-1].dep_ in ("compound", "amod"):
            continue  # 'his government post'
        owner = doc.actor(doc.actor_in(m.start("pron"), m.end("pron")))
        if owner is None or owner.kind != "person" or not owner.country or owner.country not in w.countries:
            continue
        word = m.group("noun").lower()
        if word not in ("country", "nation") and owner.sector not in _STATE_PEOPLE:
            continue  # 'his administration' of a university's president
        surname = norm(owner.name).split()[-1] if owner.name.split() else ""
        named = next((a for a in doc.actors if a.kind == "organization" and a.country == owner.country
                      and norm(a.name) == f"{surname} {word}"), None) if word != "country" else None
        actor = named or state_of(doc, w, owner.country)
        if actor is not None:
            doc.add_mention(actor, m.start(), m.end())
