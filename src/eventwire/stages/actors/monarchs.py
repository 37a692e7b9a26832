"""A monarch named by the title and the realm: 'King Abdullah II of Jordan', 'Emir Tamim of Qatar', "Bhutan's
King Jigme". The small tagger often leaves such a name untagged, or takes it for a place, and reads only the
realm. The title words are data (``monarch_titles.txt``); the person is of the realm's state and governs (GOV,
as ``roles.tsv`` gives the titles), the title being the role.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import words
from .mentions import Candidate, _name_words
from .words import PERSON_NAME_WORD, ActorWords, norm

_NAME_WORD = PERSON_NAME_WORD.pattern  # a word of a person's name (actors.words)
_PLACE_WORD = r"[A-Z][\w'’.-]*"


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    """The monarchs' titles as the patterns read them, capitalised ('King', 'Crown Prince')."""
    return tuple(t.title() for t in sorted(words("monarch_titles.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_title() -> re.Pattern[str]:
    """Any of the titles as written, wherever it stands (inside a word too): the pre-test of ``monarchs``, one
    scan of the text instead of one per title."""
    return re.compile("|".join(re.escape(t) for t in _titles()))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    titles = "|".join(re.escape(t) for t in _titles())
    particles = "|".join(re.escape(p) for p in sorted(words("name_particles.txt"), key=len, reverse=True))
    # the name: capitalised words, lower-case particles inside it ('Salman bin Abdulaziz'), a regnal number last
    name = rf"{_NAME_WORD}(?:\s+(?:(?:{particles})\s+)?{_NAME_WORD})*(?:\s+[IVX]+)?"
    of_realm = re.compile(rf"(?<![\w-])(?:{titles})\s+(?P<name>{name})\s+of\s+(?:the\s+)?"
                          rf"(?P<realm>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})")
    realm_s = re.compile(rf"(?P<realm>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})['’]s\s+(?:{titles})\s+"
                         rf"(?P<name>{name})(?![\w-])")
    return of_realm, realm_s


def _state(w: ActorWords, words_: list[str], longest_first: bool) -> str | None:
    """The state a run of capitalised words names: its longest front ('Saudi Arabia' of 'Saudi Arabia Monday')
    or back ("Bhutan" of "In Bhutan"), by the country's name only (a demonym names no realm)."""
    spans = [words_[:n] if longest_first else words_[-n:] for n in range(len(words_), 0, -1)]
    return next((w.country_by_name.get(norm(" ".join(s))) for s in spans if w.country_by_name.get(norm(" ".join(s)))),
                None)


def monarchs(doc: Document, w: ActorWords) -> list[Candidate]:
    """Each monarch named with the title and the realm, as a person of that state (GOV), the title the role."""
    if _any_title().search(doc.text) is None:
        return []  # both patterns hold a title as written: an article naming none is not searched
    of_realm, realm_s = _patterns()
    found = []
    for pattern, front in ((of_realm, True), (realm_s, False)):
        for m in pattern.finditer(doc.text):
            name = m.group("name")
            if any(w.country_of(p) or p.lower() in w.roles for p in name.split()):
                continue  # a realm's name or a second title inside the run is no name of a person
            code = _state(w, m.group("realm").split(), front)
            if code is None:
                continue  # 'Prince Harry of Sussex', 'King Street of London's city': no state is the realm
            title = doc.text[m.start():m.start("name")].strip() if front else \
                doc.text[m.end("realm"):m.start("name")].lstrip("'’s ").strip()
            found.append(Candidate(m.start("name"), m.end("name"), "person", "person", name, code, "GOV",
                                   role=title.lower(), tokens=_name_words(name)))
    return found
