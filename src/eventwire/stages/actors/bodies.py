"""Bodies named after a place: 'the Republika Srpska national assembly', 'Punjab police', 'the Tigray
regional government', and a country's named without a possessive ('the Pakistan army', 'the Gaza health
ministry'; "Qatar's foreign ministry" and 'the Sudanese army' are ``mentions.state_bodies``). The body is
an organisation of its own, of the place's country when the gazetteer knows only one such place, else of
no country said.
"""
from __future__ import annotations

import re

from ...document import Document
from ...lexicon import words
from .mentions import Candidate, _code
from .words import ActorWords, norm

_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:['’]s)?\s+$")
_PLACE_FEATURES = ("admin", "region", "city")
_WHERE_IT_STANDS = ("embassy",)  # 'the Washington embassy' is named after where it stands, not whose it is


def regional_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    found = []
    for a_start, a_end in w.state_body_anchor.spans(doc.text):
        body = doc.text[a_start:a_end]
        if body != body.lower() or body in _WHERE_IT_STANDS:
            continue  # 'the Punjab Police' is a name the tagger gives whole
        m = _PLACE_BEFORE.search(doc.text, max(0, a_start - 60), a_start)
        if not m:
            continue
        place = _without_function_words(m.group("place"))
        if not place or w.known.get(norm(place)):
            continue  # a known body's: see institutions
        if w.country_of(place):
            if m.group(0).rstrip().endswith(("'s", "’s")) or w.demonym_of.get(norm(place)):
                continue  # "Qatar's foreign ministry", 'the Sudanese army': see state_bodies
            country = w.country_of(place)  # 'the Pakistan army', 'the Gaza health ministry'
        else:
            countries = _place_countries(place)
            if countries is None:
                continue
            country = w.alpha3_of.get(countries.pop()) if len(countries) == 1 else None
        start = m.start("place") + m.group("place").index(place)
        sector = w.state_bodies[body]
        name = doc.text[start:a_end]
        key = "org:" + norm(f"{place} {body}")  # 'Republika Srpska's national assembly' is the same body
        found.append(Candidate(start, a_end, "organization", key, f"{place} {body}", country, sector,
                               _code(country, sector)))
    return found


def _without_function_words(phrase: str) -> str:
    """'A United States' -> 'United States': capitalised articles and the like open sentences, not names."""
    parts = phrase.split()
    while parts and parts[0].lower() in words("english_function_words.txt"):
        parts.pop(0)
    return " ".join(parts)


def _place_countries(place: str) -> set[str] | None:
    """The countries (alpha-2) of the places below country level called ``place``; None when it names none."""
    from ... import gazetteer

    entries = [e for e in gazetteer.load().lookup(place) if e.primary and e.feature in _PLACE_FEATURES]
    return {e.country for e in entries if e.country} if entries else None
