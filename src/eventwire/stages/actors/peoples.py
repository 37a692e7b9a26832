"""A group named as an ethnic people ('Uyghurs', 'members of the ethnic Rohingya minority', 'Kurds').

One walk over such a name (``people_name``): its words that are a people's (``ethnic_homes.tsv``, singular or
plural), its other words, and whether a word marks a people ('ethnic', 'minority': ``ethnic_marker_words.txt``).
Words that only stand around a people's name ('members of the ... community', 'Muslims':
``ethnic_filler_words.txt``, and the marker words) are neither. Read by the home state of such a group
(``ethnic_home``, by ``country``) and by its sector (``names_a_people``, by ``sector``: civilians). This module
reads only the lexicons, so both can import it at module top.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from ...lexicon import singular_forms, table, words
from ...record import Actor

_WORD = re.compile(r"[^\W\d_]+")
_ONE_OF = re.compile(r"\b(?:an?|one)\s+(?:ethnic\s+)?$", re.I)


@lru_cache(maxsize=1)
def _homes() -> dict[str, str]:
    """A people's word -> its one home state, for the peoples of ``ethnic_homes.tsv`` that have one."""
    return {r["word"]: r["country"] for r in table("ethnic_homes.tsv") if r["country"]}


@lru_cache(maxsize=1)
def people_plurals() -> frozenset[str]:
    """The plurals that name an ethnic people, with one home state or spread over several ('Uyghurs', 'Kurds',
    'Hazaras', 'Rohingya'; ``ethnic_homes.tsv``)."""
    return frozenset(r["plural"] for r in table("ethnic_homes.tsv"))


@lru_cache(maxsize=1)
def faith_plurals() -> frozenset[str]:
    """The plurals that name the followers of a faith as a people of the public ('Muslims', 'Christians';
    ``faith_people_plurals.txt``): of no home state."""
    return words("faith_people_plurals.txt")


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    return frozenset(r["word"] for r in table("ethnic_homes.tsv"))


@lru_cache(maxsize=1)
def _around() -> frozenset[str]:
    """The words that stand around a people's name without naming anything else: the filler words and the
    marker words."""
    return words("ethnic_filler_words.txt") | words("ethnic_marker_words.txt")


@dataclass(frozen=True)
class PeopleName:
    """A name walked word by word: the people's words and the other words (as written, filler left out), and
    whether a marker word ('ethnic', 'minority') is among its words."""
    peoples: tuple[str, ...]
    others: tuple[str, ...]
    marked: bool


def people_name(name: str) -> PeopleName:
    """The walk over a group's name (see ``PeopleName``)."""
    around, peoples, marks = _around(), _peoples(), words("ethnic_marker_words.txt")
    toks = _WORD.findall(name)
    found, others = [], []
    for x in toks:
        if x.lower() in around:
            continue
        (found if any(f in peoples for f in singular_forms(x.lower())) else others).append(x)
    return PeopleName(tuple(found), tuple(others), any(x.lower() in marks for x in toks))


def people_word_home(word: str) -> str | None:
    """The home state of an ethnic people a word names, singular or plural ('Uyghur', 'Rohingya';
    ``ethnic_homes.tsv``), else None."""
    homes = _homes()
    return next((homes[f] for f in singular_forms(word.lower()) if f in homes), None)


def ethnic_home(doc: Document, actor: Actor) -> str | None:
    """The home state of a group named only as an ethnic people with one ('Uyghurs', 'ethnic Uyghurs',
    'members of the Rohingya minority', 'Uyghur Muslims'): every word of the name is the people's or a
    word that stands around one. A body with a people's word in its name ('World Uyghur Congress'), a group
    of another noun ('Uyghur activists') or one person of the people ('an ethnic Tibetan who lives in Canada':
    where such a person lives is read as for anyone) is not one, nor a body the tagger made of the people's
    bare singular ('Uyghur' of 'Uyghur activists')."""
    if actor.kind not in ("group", "organization") or not actor.mentions or \
            _ONE_OF.search(doc.text[max(0, actor.mentions[0].start - 12):actor.mentions[0].start]):
        return None
    name = people_name(actor.name.lower())
    if name.others:
        return None
    found = {people_word_home(x) for x in name.peoples}
    if None in found:
        return None  # a people spread over several states ('Kurds')
    if actor.kind == "organization" and not any(x in people_plurals() for x in name.peoples):
        return None  # ('Uyghur' cut from 'Uyghur activists')
    return found.pop() if len(found) == 1 else None


def names_a_people(actor: Actor) -> bool:
    """Whether a group or body is named only as an ethnic people: every word of its name but those around a
    people's is a people's ('Uyghurs', 'Rohingya'; a body the tagger made of a bare singular only with a
    marker word or a plural), or a marker word stands around one or two capitalised words ('the Karen ethnic
    minority's people'). Such a group is a people's civilians (CVL, as the maintainers' gold codes Uyghurs
    held abroad and a province's ethnic minority); a body with another noun in its name ('World Uyghur
    Congress', 'Uyghur activists') is not one."""
    if actor.kind not in ("group", "organization"):
        return False
    name = people_name(actor.name)
    rest = name.peoples + name.others
    if not rest:
        return False
    if not name.others:
        return actor.kind == "group" or name.marked or any(x.lower() in people_plurals() for x in rest)
    return name.marked and len(rest) <= 2 and all(x[:1].isupper() for x in rest)


def one_of_a_people(doc: Document, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are one person of an ethnic people, named by the people's word
    after 'a', 'an' or 'one' ('Aziz Tohti, an ethnic Uyghur,'): a description of the person beside it, no body."""
    return people_word_home(doc.text[start:end]) is not None and \
        bool(_ONE_OF.search(doc.text[max(0, start - 12):start]))
