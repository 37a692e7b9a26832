"""A holder's office named by the title alone, with nobody of the story holding it: 'A statement from the
prime minister's office said ...', "the mayor's office in Manila said ...". The office acts for the holder;
when the story names the holder ('Prime Minister X ... The prime minister's office said'), the joins have
already given the title's words to that person and nothing is read here. Otherwise the office is an
organisation of the title's sector (roles.tsv; a state's sector only: 'the lawyer's office' is not read), named by the words from 'the' (or the country's possessive)
to the office noun (``title_office_nouns.txt``), its country the one its words name, else the place its own phrase names ('in Manila'), else the story's
(``place_settled``).

Pre-test on the text: no office noun after a possessive, nothing built."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import words
from .groups import acts
from .mentions.candidates import _code
from .own_place import own_place_country
from .words import ActorWords

__all__ = ["title_offices"]

_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
_SPEECH_CARRIERS = frozenset({"statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
                              "source", "sources", "aide", "aides", "release", "communique", "letter"})


@lru_cache(maxsize=1)
def _office_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, words("title_office_nouns.txt")), key=len, reverse=True))
    return re.compile(rf"\b([Tt]he|[A-Z][\w.-]*['’]s)\s+((?:[A-Za-z]+\s+){{0,2}}[a-z]+)['’]s\s+({nouns})\b")


def _role(phrase: str, w: ActorWords) -> tuple[int, str] | None:
    """(where in ``phrase`` the title starts, the title) for the longest title of roles.tsv ending the phrase
    ('japanese prime minister': 'prime minister'); None when it ends in no title. Words before the title must
    be a country's demonym (or nothing)."""
    parts = phrase.split()
    for n in (3, 2, 1):
        if n > len(parts):
            continue
        title = " ".join(parts[-n:]).lower()
        if title in w.roles and all(w.country_of(p) for p in parts[:-n]):
            return len(" ".join(parts[:-n])) + (1 if n < len(parts) else 0), title
    return None


def title_offices(doc: Document, w: ActorWords) -> None:
    low = doc.text.lower()
    if not any(f"s {n}" in low for n in words("title_office_nouns.txt")):
        return
    for m in _office_re().finditer(doc.text):
        found = _role(m.group(2), w)
        if found is None:
            continue
        title = found[1]
        sector = w.roles[title][0]
        if sector not in _STATE_SECTORS:
            continue  # ("the lawyer's office said": the lawyer's own voice, a person, not read here)
        if m.group(1).lower() != "the" and not w.country_of(re.sub(r"['’]s$", "", m.group(1))):
            continue  # ("Ruiz's prime minister's office": no such phrase of a title)
        start, end = m.start(), m.end(3)
        if any(mm.start < end and m.start(2) < mm.end for a in doc.actors for mm in a.mentions
               if a.kind != "country"):
            continue  # a holder the joins named, or a body already read here
        span = doc.char_span(m.start(3), end)
        if span is None:
            continue
        tok = span.root
        carrier = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of", "for") else None
        if not acts(tok) and not (carrier is not None and carrier.lower_ in _SPEECH_CARRIERS):
            continue
        name = doc.text[start:end]
        country = w.country_in(doc.text[m.start():end])
        actor = doc.new_actor(name, "organization", country, sector, _code(country, sector))
        doc.add_mention(actor, start, end)
        if country is None:  # 'the mayor's office in Manila'; else the story's country, read later
            country = own_place_country(doc, w, actor)
            if country:
                actor.country, actor.code = country, _code(country, sector)
