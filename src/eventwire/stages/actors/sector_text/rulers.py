"""A person the story names as holding a state's power ('X's regime', 'under the rule of General X') is a head of
state or government (GOV), whatever rank or trade the title gives: 'the regime of military general X' is told of a
ruler, not of an officer (a former head of state is named for his rule, ``sector.former_office_sector``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import words
from ..sector import set_sector


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the words after a name: "'s (one or two words) regime", not 'regime change'; the words before it: 'the rule of (up to three
    title words)')."""
    nouns = "|".join(sorted(words("ruler_nouns.txt")))
    after = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b(?![\s-]+change)", re.I)
    before = re.compile(rf"\b(?:{nouns})\s+of\s+(?:[\w.-]+\s+){{0,3}}$", re.I)
    return after, before


def rulers(doc: Document) -> None:
    """A person with no sector, a civilian's or an army's (a rank, a trade, or none), whose mention is the
    holder of a regime, rule or government ('X's regime', 'under X's long rule', 'the dictatorship of General X'):
    GOV. A lawmaker, an opposition figure, a rebel or a court keep theirs (their 'government' is one in waiting
    or a side's, rarely told so)."""
    after, before = _patterns()
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "MIL"):
            continue
        if any(after.match(doc.text, m.end, m.end + 40) or before.search(doc.text[max(0, m.start - 60):m.start])
               for m in actor.mentions if m.text[:1].isupper()):
            set_sector(actor, "GOV")
