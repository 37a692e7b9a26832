"""A body named in quotation marks after a word for a body: 'the group "Friends of the Delta"', 'a cell
calling itself "Sons of the Desert"', 'an outfit known as "Red Line"'. The small tagger reads no entity in
quoted capitalised words it does not know, so the body would go unnamed. The noun before the quote
(``quoted_name_body_nouns.txt``), directly or through 'calling itself', 'called', 'named' or 'known as',
says the words are a body's name; the words before the noun give its sector (a group noun's: 'terrorist
cell' REB; else ``sector.descriptor_sector``). Only a name of one to twelve words that opens with a capital and whose
words are capitalised but for short joining words ('of', 'the', 'in', 'al'): no slogan or sentence in quotes."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import words as word_list
from .mentions import Candidate
from .sector import descriptor_sector
from .words import ActorWords, norm

__all__ = ["quoted_bodies"]

_JOINERS = frozenset({"of", "the", "in", "and", "for", "al", "el", "de", "la", "du", "des", "on", "to", "a"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    nouns = "|".join(sorted(word_list("quoted_name_body_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"(?P<desc>(?:[a-z-]+ ){{0,2}}(?:{nouns}))(?:,? (?:calling itself|called|named|known as))?,? "
                      r"[\"“](?:[Tt]he )?(?P<name>[A-Z][^\"”\n]{1,100}?)[,.]?[\"”]")


def quoted_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    found = []
    for m in _pattern().finditer(doc.text):
        name = m.group("name")
        words = name.split()
        if not 1 <= len(words) <= 12 or not all(x[:1].isupper() or x[:1].isdigit() or x.lower() in _JOINERS
                                                for x in words):
            continue
        if m.start("desc") > 0 and doc.text[m.start("desc") - 1].isalpha():
            continue  # (the noun is a word's end)
        sector = next((w.group_nouns[x] for x in m.group("desc").split()[:-1] if w.group_nouns.get(x)), None) \
            or descriptor_sector(m.group("desc"))  # 'terrorist cell', 'militant group' REB; 'advocacy group' CVL
        start = m.start("name")
        found.append(Candidate(start, start + len(name), "organization", f"org:{norm(name)}", name, None, sector,
                               sector))
    return found
