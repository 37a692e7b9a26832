"""The first of two relatives named together, the tagger reading only the second: 'Ana Ruiz and her husband Luis
Ruiz were detained'. A run of one or two capitalised given names and a surname, then 'and his/her/their' and
a kin noun (the ``kin`` class of event_word_classes.tsv: husband, wife, son, brother ...), then a name ending
in the same surname, that surname a person candidate's: the first name is a person too, where its words read
as a person's name (``_named_like_a_person``) and no candidate covers them.

Pre-test on the text: no ' and ' followed by a possessive pronoun, nothing built."""
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


@lru_cache(maxsize=1)
def _kin_pattern() -> re.Pattern[str]:
    """One to two name words and a surname, 'and his/her/their', a kin word, and one to two name words
    with the same surname ('Ana Ruiz and her daughter Lia Ruiz'): the surname (group 2) is a name word,
    looked up among the story's surnames after the match."""
    kin = "|".join(sorted(word_class("kin"), key=len, reverse=True))
    return re.compile(rf"(?<![\w.'’-])((?:{_NAME_WORD} ){{1,2}}({_NAME_WORD}))"
                      rf" and (?:his|her|their) (?:{kin}),? (?:{_NAME_WORD} ){{1,2}}\2(?![\w-])")


def kin_names(doc: Document, persons: list[Candidate], w: ActorWords) -> list[Candidate]:
    if not _AND_OWN.search(doc.text):
        return []
    surnames = {c.name.split()[-1] for c in persons if c.kind == "person" and len(c.tokens) >= 2}
    surnames = {s for s in surnames if re.fullmatch(_NAME_WORD, s)}
    if not surnames:
        return []
    taken = [(c.start, c.end) for c in persons]
    found = []
    text, pos = doc.text, 0
    while (m := _kin_pattern().search(text, pos)) is not None:
        if m.group(2) not in surnames:  # (the surname read by a fixed pattern, then looked up)
            pos = m.start() + 1
            continue
        pos = m.end()
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        cand = Candidate(s, e, "person", "person", m.group(1), tokens=_name_words(m.group(1)))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found
