"""The whole name of a group actor: the words before a group noun that name whose group it is.

spaCy's parse gives a group noun a run of modifiers: "Bosnian state prosecutors", "Central African
Republic officials", "Kenyan border police". The group's name runs left over that run while each word
names something - a proper noun, a country or demonym, a sector word ("government", "army") or a body
word of ``group_name_words.tsv`` ("state", "border", "defense") - and stops at a word that only
describes ("local", "injured", "several"), so "local clan militias" is named "clan militias".
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import sentence_of
from ...lexicon import table
from ...lexicon import words as word_list
from .words import ActorWords

_MODIFIER_DEPS = ("amod", "compound", "nmod")
_OWN_ACTORS = ("ORG", "PERSON", "FAC")  # 'White House economic officials': the body is an actor of its own


@lru_cache(maxsize=1)
def _name_words() -> dict[str, str | None]:
    return {r["word"]: r["sector"] or None for r in table("group_name_words.tsv")}


def names(tok: Token, w: ActorWords) -> bool:
    """A modifier that names rather than describes."""
    return (tok.pos_ == "PROPN" or tok.lower_ in _name_words() or tok.lower_ in w.group_modifiers
            or bool(w.country_of(tok.text)))


def describes(tok: Token, w: ActorWords) -> bool:
    """A word before a group noun that says how many, which or in what state its members are, not who
    they are: 'remaining', 'other', 'injured', 'captured' (``group_describers.txt``, and participles that
    no naming list holds)."""
    if tok.lower_ in _describers():
        return True  # (also when capitalised at a sentence's start and tagged a proper noun: 'Remaining')
    return tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod" and not names(tok, w)


@lru_cache(maxsize=1)
def _describers() -> frozenset[str]:
    return word_list("group_describers.txt")


def _inside_compound(prev: Token, start: Token) -> bool:
    """A word that opens a noun compound modifying the group noun: 'dog' in 'dog meat sellers', 'social'
    in 'social media users', 'human' in 'human rights activists'. The compound says what the members
    deal in, so all of it is the name. (The small model often hangs every word on the group noun, so the
    compound is read from the words' order: a noun or adjective right before a modifying noun.)"""
    return (start.dep_ == "compound" and start.pos_ == "NOUN" and prev.pos_ in ("NOUN", "ADJ")
            and prev.dep_ in ("amod", "compound") and prev.head.i in (start.i, start.head.i))


def name_start(head: Token, first: Token, w: ActorWords, text: str) -> Token:
    """The first word of the group's name: ``first`` (the modifier right before ``head``), or further left
    while the word before is a naming modifier inside the same noun phrase, or a word of a noun compound
    that modifies the group noun. ``text``: the article's text."""
    start = first
    while start.i > sentence_of(head).start:
        prev = head.doc[start.i - 1]
        if prev.dep_ not in _MODIFIER_DEPS or not start.i <= prev.head.i <= head.i or prev.ent_type_ in _OWN_ACTORS \
                or not (names(prev, w) or _country_begins(prev, head, w, text)
                        or _inside_compound(prev, start) and not describes(prev, w)
                        and prev.lower_ not in word_list("group_scope_words.txt")):
            break
        start = prev
    word_end = start
    while start.i > sentence_of(head).start:  # a name does not begin inside a hyphenated word: 'anti-Balaka militias'
        prev = head.doc[start.i - 1]
        if prev.whitespace_ or not (prev.text.endswith("-") or start.text.startswith("-")):
            break
        start = prev
    if any(t.like_num for t in head.doc[start.i:word_end.i + 1]):
        return head.doc[word_end.i + 1]  # a measure describes: '15-year-old students' are 'students'
    return start


def field_words_before(head: Token, w: ActorWords, most: int = 2) -> Token:
    """The first of the lower-case words right before a group noun that say in which field or branch its
    members work, between the noun and the body they belong to: 'economic' in 'White House economic
    officials', 'trade' in 'EU trade officials', 'foreign policy' in 'Kremlin foreign policy aides'. Each
    modifies a word to its right inside the noun phrase and does not describe or count ('top', 'senior',
    'injured', '15'); at most ``most`` of them. ``head`` itself when there are none."""
    start = head
    while start.i > sentence_of(head).start and head.i - start.i < most:
        prev = head.doc[start.i - 1]
        if not (prev.is_alpha and prev.is_lower and prev.dep_ in _MODIFIER_DEPS and prev.i < prev.head.i <= head.i) \
                or describes(prev, w):
            break
        start = prev
    if start.i == head.i:
        return head
    body_end = head.doc[start.i - 1]  # the body's last word hangs on the same noun phrase: not 'the EU, trade officials'
    return start if body_end.dep_ in _MODIFIER_DEPS and start.i <= body_end.head.i <= head.i else head


def _country_begins(tok: Token, head: Token, w: ActorWords, text: str) -> bool:
    """A country name of several words begins at ``tok`` and ends before the head: 'Central' in
    'Central African Republic officials', 'South' in 'South Sudanese troops'."""
    m = w.country_re.match(text, tok.idx)
    return bool(m) and tok.idx + len(tok.text) < m.end() <= head.idx


def widening(grouped: list, others: list) -> list:
    """The group mentions that take in a shorter mention and go on ('Somali government soldiers' over
    'Somali government'): they rank before it."""
    return [g for g in grouped if any(g.start <= o.start and o.end <= g.end and (o.start, o.end) != (g.start, g.end)
                                      for o in others)]


def name_sector(words: list[Token], noun_sector: str, w: ActorWords) -> str:
    """The group's sector: a sector word next to the noun ('government troops'), else a body word that says
    what the group does ('defense chiefs'), else the noun's own."""
    if words and words[-1].lower_ in w.group_modifiers:
        return w.group_modifiers[words[-1].lower_]
    return next((_name_words()[t.lower_] for t in reversed(words) if _name_words().get(t.lower_)), noun_sector)
