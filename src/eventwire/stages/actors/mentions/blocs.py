"""Blocs of states named with 'the' and a capital ('the West', 'the Global South') where they act or are acted
on (lexicon bloc_names.txt): a group actor of no country and no sector."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lookahead import THE
from ....lexicon import words as word_list
from ..groups import acts
from .candidates import Candidate


@lru_cache(maxsize=1)
def _bloc_re() -> re.Pattern:
    names = "|".join(re.escape(n.title()) for n in sorted(word_list("bloc_names.txt"), key=len, reverse=True))  # (the list is read in lower case; the names are written with capitals)
    # not the front of a longer name ('the West Bank', 'the West African'), nor a hyphened word ('West-backed')
    return re.compile(rf"{THE}\s+(?P<name>{names})\b(?![-\w])(?!\s+[A-Z])")


_PARTY_DEPS = ("poss",)  # "the West's sanctions": whose act it is


def blocs(doc: Document) -> list[Candidate]:
    text = doc.text
    if "the " not in text and "The " not in text:
        return []
    found = []
    for m in _bloc_re().finditer(text):
        span = doc.char_span(m.start("name"), m.end("name"))
        if span is None:
            continue
        head = span.root
        if not (acts(head) or head.dep_ in _PARTY_DEPS or head.dep_ == "pobj" and head.head.lower_ in _TOWARD):
            continue
        name = "the " + m.group("name")
        found.append(Candidate(m.start("name"), m.end("name"), "group", "bloc:" + name.lower(), name, None, None, None))
    return found


# prepositions after a noun of stance that make their object a side ('hostility toward(s) the West',
# 'an alternative to the West', 'pressure from the West')
_TOWARD = frozenset({"toward", "towards", "against", "from", "to", "with"})
