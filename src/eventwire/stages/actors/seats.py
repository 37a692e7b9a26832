"""A national capital standing for its state: 'Kyiv said', 'Beijing has rejected', "Washington's view",
'talks with Pyongyang', 'Tokyo and Seoul agreed'. The capital names the state or its government, and the
actor is the country (the countries lexicon's capitals: world knowledge, no city listed here). Where the
sentence puts the capital as a location ('in Kyiv', "Kyiv's mayor", 'a Kyiv hospital') it is a place and
no actor.

Whether a name is used as a party is read with the places stage's word lists and readings
(``places.government``: the subject of a verb of saying or doing, the object of a verb aimed at a party,
a possessor of anything but a part of a place or its people, the other side of a relation noun, a
coordination sharing its first name's role), plus the subject of any verb ('Islamabad held talks': a
capital that is a clause's subject is read as its state, as before this module) and the doer after 'by'
('sanctioned by Beijing', 'the expulsion of its envoy by Warsaw'). It is read whatever
the tagger made of the name: a place, an organisation, a person, or nothing ('Kyiv said' with no entity).

A town that seats an international body stands for the body ('Brussels insists' is the European Union:
``seat_bodies.tsv``). A capital that is a word of a person's name in the story is that person, never the state: a given name
written before it ('Ines Paris ... Paris said'), or a person entity holding it ('Paris Hilton').
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...document import Document, sentence_of
from ...lexicon import words
from ..places.government import acts, party_of_relation
from ..places.words import governor, locative
from .entity_table import PERSON, entity_text, labelled_entities
from .not_bodies import everyday_word, place_of_note
from .words import PERSON_NAME_WORD, ActorWords, norm


def seated_body(name: str, w: ActorWords):
    """The known international body a town stands for when it acts ('Brussels' the European Union:
    ``seat_bodies.tsv``), or None."""
    from ...lexicon import table

    body = next((r["body"] for r in table("seat_bodies.tsv") if norm(r["seat"]) == norm(name)), None)
    return w.known.get(norm(body)) if body else None


def capital_code(name: str, w: ActorWords) -> str | None:
    """The alpha-3 of the state whose capital ``name`` is (a leading 'the' and a possessive aside)."""
    return w.capital_of.get(norm(name))


def stands_for_state(span: Span) -> bool:
    """Whether a capital's mention is used as a party (see the module's docstring), not as a location. A
    name the tagger did not take for a place must also be a place of note the gazetteer knows by that name
    (not 'Diego Garcia', the capital of a territory, and a person's name) and be described by no apposition
    ('X, a teacher, said': a person)."""
    root = span.root
    if root.ent_type_ != "GPE" and (not place_of_note(span.text) or any(c.dep_ == "appos" for c in root.children)):
        return False
    if acts(root, broad=False) or party_of_relation(root):
        return True  # 'Kyiv said', 'urged Beijing', "Moscow's decision", 'talks with Pyongyang'
    g = governor(root)  # ('Tokyo and Seoul agreed': the second name shares the first's role)
    if g.dep_ in ("nsubj", "nsubjpass"):
        return True  # 'Washington imposed', 'Islamabad held talks', 'Tokyo and Seoul have been locked in a dispute'
    return g.dep_ == "pobj" and g.head.lower_ == "by"  # 'sanctioned by Beijing', 'the expulsion by Warsaw'


def person_words(doc: Document, w: ActorWords) -> frozenset[str]:
    """The capitals' names that are words of a person's name in the story: written after a given name
    ('Ines Paris') or inside a person entity of two or three words ('Paris Hilton')."""
    assert doc.nlp is not None
    kept = doc.cached("seats.person_words")  # (read by each of the mention finders)
    if kept is not None:
        return kept
    found = {pair[1].text for pair in given_name_pairs(doc, w)}
    orth = doc.token_strings("ORTH")
    for ent in labelled_entities(doc, PERSON):
        if 2 <= len(ent) <= 3 and not capital_code(entity_text(ent), w):  # (the words off the parse's array)
            found.update(x for x in (orth[ent.start], orth[ent.end - 1]) if capital_code(x, w))
    return doc.cached("seats.person_words", frozenset(found))


def given_name_pairs(doc: Document, w: ActorWords) -> list[tuple[Token, Token]]:
    """(given name, capital) where a one-word capital is written right after a word that can only be a
    given name: a capitalised proper noun of letters in the same sentence that is no everyday English word,
    country, demonym, role, title, compass word or place of note, with no capitalised word after the pair
    ('George Washington University' is a body's name)."""
    assert doc.nlp is not None
    kept = doc.cached("seats.given_name_pairs")  # (read by the person words and the person candidates alike)
    if kept is not None:
        return kept
    pairs = []
    tokens = doc.tokens()
    for i in doc.token_numbers("LOWER", w.capital_of):
        if i == 0:
            continue  # (a one-word capital's key is its lower-cased word: the array is read before any Token)
        tok = tokens[i]
        if not tok.text[:1].isupper() or not capital_code(tok.text, w) or " " in norm(tok.text):
            continue
        prev = tok.doc[tok.i - 1]
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if prev.whitespace_ != " " or prev.pos_ != "PROPN" or not PERSON_NAME_WORD.fullmatch(prev.text) \
                or sentence_of(prev) != sentence_of(tok) or after is not None and after.text[:1].isupper():
            continue
        low = prev.lower_
        if everyday_word(low) or w.country_of(prev.text) or low in w.roles or low in _compass() \
                or low in words("title_abbreviations.txt") or capital_code(prev.text, w) or place_of_note(prev.text):
            continue
        pairs.append((prev, tok))
    return doc.cached("seats.given_name_pairs", pairs)


@lru_cache(maxsize=1)
def _compass() -> frozenset[str]:
    return words("place_compass_words.txt")


def capital_people(doc: Document, w: ActorWords) -> list:
    """Person candidates of the capitals that name a person in the story: each 'Given Capital' pair, and
    each mention of the capital's word alone that the sentence does not put as a location ('Paris said',
    "Paris's father"; not 'in Paris'), which joins the full name as its surname."""
    from .mentions import _name_words, _person_candidate, _title_context  # (mentions reads this module)

    assert doc.nlp is not None
    pairs = given_name_pairs(doc, w)
    if not pairs:
        return []
    found, in_pairs = [], set()
    for given, capital in pairs:
        span = doc.nlp[given.i:capital.i + 1]
        nationality, title = _title_context(span)
        found.append(_person_candidate(span, _name_words(span.text), w, nationality, title))
        in_pairs.update((given.i, capital.i))
    surnames = {capital.text for _, capital in pairs}
    for tok in doc.nlp:
        if tok.text in surnames and tok.i not in in_pairs and not locative(tok):
            span = doc.nlp[tok.i:tok.i + 1]
            found.append(_person_candidate(span, _name_words(span.text), w))
    return found
