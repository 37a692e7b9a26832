"""Short forms of a person's name that point back to the full name said in the article: the family name
said first in East Asian names ('President Xi' after 'Xi Jinping'), a first name alone ('Ahmed' after
'Ahmed Mohamed', when no other full name in the story shares it), and the last words of a longer name
('Abdel Bari' after 'Naser Eldin Abdel Bari')."""
from __future__ import annotations

from typing import Container

from ..words import family_name_first  # (the short form of a family-name-first name: words.py)

__all__ = ["family_name_first", "first_name_owner", "longer_name_ending"]


def first_name_owner(word: str, full_names: list[list[str]]) -> list[str] | None:
    """The one full name (two words or more, case-folded) in a story whose first word is ``word``, when
    exactly one full name has it: 'ahmed' -> ['ahmed', 'mohamed']. Several ('mark' of two Marks) say
    nothing."""
    owners = {tuple(t) for t in full_names if len(t) >= 2 and t[0] == word}
    return list(owners.pop()) if len(owners) == 1 else None


def longer_name_ending(tokens: list[str], full_names: list[list[str]], titles: Container[str]) -> list[str] | None:
    """The one longer full name in a story that ends on all the words of a name of two words or more
    ('abdel bari' -> 'naser eldin abdel bari'); None when none or several do. A longer 'name' whose
    extra words hold a title (``titles``: 'Administrator Charles Bolden', the tagger's) or repeat a word
    ('David Gee David Gee', a caption run into the text) is no fuller name of the person."""
    n = len(tokens)
    owners = {tuple(t) for t in full_names if len(t) > n >= 2 and t[-n:] == tokens and len(set(t)) == len(t)
              and not any(x in titles for x in t[:-n])}
    return list(owners.pop()) if len(owners) == 1 else None
