"""Coordination and reciprocals: joined modifiers or "of" objects ("Egyptian and Ethiopian negotiators", "the
ministers of Egypt and Jordan"), hyphen pairs ("U.S.-Ukraine talks"), plural references and "both sides" (the
pair last joined), a noun joined to a person that only describes that person, and "each other" objects."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ..tree import children, conjuncts, prep_objects
from ..words import cues, word_class
from .names import one_word_names


PAIR_REACH = 4  # "both sides" looks back this many sentences for the pair it names


def described_person(doc: Document, tok: Token, joined: list[Token]) -> bool:
    """A common noun joined to a named person that only describes that person: "the detention of Chilean
    poet and Paris resident Ana Soto", "the Nigerian-born lawyer and BBC guest Tunde Ade" - - one person, whose nationality adjective names no second participant."""
    if tok.pos_ != "NOUN" or doc.actor_of_token(tok) or not children(tok, "amod"):
        return False
    return any(o is not tok and (a := doc.actor(doc.actor_of_token(o) or "")) is not None and a.kind == "person"
               for o in joined)


def hyphen_pair(doc: Document, tok: Token) -> list[str]:
    """Two actors joined by a hyphen in one modifier: "U.S.-Ukraine talks", "the Russia-China summit", each
    part a name the article gives an actor elsewhere; empty unless both parts are named."""
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return []
    if doc.actor_of_token(tok):  # "Russia-China summit": two tokens, the first hung on the second
        before = tok.doc[tok.i - 2] if tok.i >= 2 else None
        if before is None or tok.doc[tok.i - 1].text != "-" or before.head.i != tok.i:
            return []
        pair = [doc.actor_of_token(before), doc.actor_of_token(tok)]
        return [a for a in pair if a] if all(pair) and pair[0] != pair[1] else []
    parts = [p for p in tok.text.split("-") if p]
    if len(parts) != 2:
        return []
    found = [one_word_names(doc).get(p) for p in parts]  # each part a name the article gives an actor
    return list(dict.fromkeys(found)) if all(found) and found[0] != found[1] else []


def plural_referents(doc: Document, tok: Token) -> list[str]:
    """The actors a plural reference stands for, as the actors stage's coreference recorded them ("both
    countries", "they", "the two presidents"); empty unless it names at least two."""
    found = doc.referents(tok)
    return found if len(found) >= 2 else []


def reciprocal(trigger: Token) -> bool:
    """Whether a predicate's object, direct or of one of its prepositions, is a reciprocal pronoun
    ("accused each other", "fought with one another": word class reciprocal_pronouns): each of its joined
    subjects does the deed to the others (events.pairs gives every ordered pair)."""
    objects = children(trigger, "dobj") + [o for p in children(trigger, "prep") for o in children(p, "pobj")]
    doc = trigger.doc
    for obj in objects:  # the parser heads the pair on either word ("each other", "one another")
        pairs = [doc[i:i + 2] for i in (obj.i - 1, obj.i) if 0 <= i < len(doc) - 1]
        if any(p.text.lower() in word_class("reciprocal_pronouns") for p in pairs):
            return True
    return False


def coordinated_modifiers(doc: Document, tok: Token) -> list[str]:
    """Two or more actors named by coordinated modifiers of one noun: "Egyptian and Ethiopian
    negotiators", "U.S. and Russian officials"; empty unless there are at least two, and for a "list" with no
    conjunction, which is an apposition the parser joined ("the Houthis, Yemen's rulers": the first alone,
    even as the one actor)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    for c in children(tok, "amod", "compound", "nmod"):
        if not c.conjuncts:
            continue
        if not any(x.dep_ == "cc" for t in conjuncts(c) for x in t.children):
            # "the Houthis, Yemen's de facto rulers": an apposition parsed as a list with no "and"; the
            # named first part is who the phrase is
            first = doc.actor_of_token(conjuncts(c)[0])
            return [first] if first else []
        found = _listed_actors(doc, c)
        if len(found) >= 2:
            return found
    return joined_of(doc, tok)


def joined_of(doc: Document, tok: Token) -> list[str]:
    """The same in an "of" phrase of a plural noun (evrows): "the foreign ministers of Egypt and Jordan", "the
    armies of Niger and Chad" name each state, as "Egyptian and Jordanian ministers" does; two actors at least."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    for obj in prep_objects(tok, "of"):
        if not any(x.dep_ == "cc" for t in conjuncts(obj) for x in t.children):
            continue
        found = _listed_actors(doc, obj)
        if len(found) >= 2:
            return found
    return []


def _listed_actors(doc: Document, tok: Token) -> list[str]:
    """The actors a list's words name, each once, in order: "Egyptian and Ethiopian", "Egypt and Jordan"."""
    found: list[str] = []
    for t in conjuncts(tok):
        a = doc.actor_of_token(t)
        if a and a not in found:
            found.append(a)
    return found


def pair_before(doc: Document, tok: Token) -> list[str]:
    """"both sides", "the two countries": the two actors last coordinated before it, in its sentence or
    the two before ("Egypt and Ethiopia", "Egyptian and Ethiopian negotiators"), else none."""
    if not _pair_noun(tok):
        return []
    return last_pair(doc, tok)


def last_pair(doc: Document, tok: Token) -> list[str]:
    """The two actors last coordinated before ``tok``, in its sentence or the two before; else none."""
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(tok.i)
    first = sents[max(0, here - PAIR_REACH)].start
    for t in reversed(doc.nlp[first:tok.i]):
        if t.dep_ == "conj" and t.head.i < t.i:
            found = [a for a in (doc.actor_of_token(x) for x in conjuncts(t.head)) if a]
            found = list(dict.fromkeys(found))
            if len(found) == 2:
                return found
    return []


def _pair_noun(tok: Token) -> bool:
    if tok.lemma_.lower() not in cues("pair") and tok.lower_ not in cues("pair"):
        return False
    return any(c.lower_ in ("both", "two") for c in tok.children if c.dep_ in ("det", "nummod", "predet"))
