"""An actor's sector: what kind of body or person it is (GOV, MIL, REB, CVL, ...).

The lexicons speak CAMEO's finer roles (COP police, REF refugees, LAB workers, SPY intelligence); the
record speaks the gold format's vocabulary (GOV MIL MED IGO OPP REB BUS CVL LEG JUD, or null). Three
steps, in this order:

- while mentions are read, a title's or group's head noun gives the sector (``roles.tsv``,
  ``group_nouns.tsv``; see ``mentions``);
- ``settle_sectors``: an actor still without a sector takes the one its own name's head noun gives,
  from the project's lexicons first, then from PETRARCH2's agent nouns (``agent_sectors.tsv``, converted
  by ``scripts/convert_phoenix_agents.py``): 'the judges' JUD, 'researchers' CVL, 'eight senators' LEG;
- ``record_sector``: the finer role is mapped onto the record's vocabulary by ``sector_vocabulary.tsv``
  (COP -> GOV, REF/LAB/AGR -> CVL, SPY -> GOV, a bare party -> null); the CAMEO ``code`` keeps the finer
  role ('PAKGOVCOP'), which is what the events stage reads (``working_sector``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import table, words
from ...record import Actor

_DETERMINERS = {"the", "a", "an", "some", "many", "several", "other", "its", "their", "his", "her", "both", "all",
                "these", "those", "few", "more", "most", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "dozens", "hundreds", "thousands"}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, str | None]:
    """Internal sector (CAMEO primary role) -> the record's sector (None: the record has none for it)."""
    return {r["internal"]: r["record"] or None for r in table("sector_vocabulary.tsv")}


@lru_cache(maxsize=1)
def _head_nouns() -> dict[str, str | None]:
    """Noun phrase (lower case, singular) -> internal sector: the project's lexicons, then PETRARCH2's agents.
    The project's own rows come first: they follow the gold format where CAMEO differs (a spokesman is
    whoever he speaks for, not MED; a protester is a civilian, not OPP; a lawyer is CVL, not JUD)."""
    found: dict[str, str | None] = {}
    for r in table("roles.tsv"):
        found.setdefault(r["role"], r["sector"] or None)
    for r in table("group_nouns.tsv"):
        found.setdefault(r["noun"], r["sector"] or None)
    for r in table("agent_sectors.tsv"):
        code = r["code"][:3]
        if code in vocabulary():
            found.setdefault(r["phrase"], code)
    return found


def _singular(word: str) -> list[str]:
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def head_sector(phrase: str) -> tuple[str | None, bool]:
    """(sector, found) for the head of a noun phrase: the longest run of its last words that the
    lexicons know ('riot police' before 'police'), its last word singular or plural. ``found`` is False
    when no lexicon knows the head at all; a known head may still give no sector ('sources')."""
    toks = [t for t in re.findall(r"[\w'.-]+", phrase.lower()) if t not in _DETERMINERS]
    nouns = _head_nouns()
    for n in range(min(4, len(toks)), 0, -1):
        *front, last = toks[-n:]
        for form in _singular(last):
            key = " ".join([*front, form])
            if key in nouns:
                return nouns[key], True
    return None, False


def settle_sectors(actors: list[Actor]) -> None:
    """Give the people and groups named by a common noun ('the judges', 'researchers', 'eight Republican
    senators') that still have no sector the one their head noun gives."""
    for actor in actors:
        _settle(actor)


def _settle(actor: Actor) -> None:
    if actor.sector is not None or actor.kind not in ("group", "person"):
        return
    first = actor.name.split()[0].lower() if actor.name.split() else ""
    if actor.kind == "person" and actor.name[:1].isupper() and first not in _DETERMINERS:
        return  # a named person: the sector comes from a title, not from the name
    sector, _ = head_sector(actor.name)
    if sector:
        actor.sector = sector
        actor.code = f"{actor.country or ''}{sector}"


def record_sector(actor: Actor) -> None:
    """Map the actor's sector onto the record's vocabulary (``sector_vocabulary.tsv``); police stay
    recognisable in the CAMEO code ('MMRGOVCOP', as the knowledge base codes police chiefs)."""
    _settle(actor)
    if actor.sector is None:
        return
    if actor.sector == "COP":
        actor.sector = "GOV"
        actor.code = f"{actor.country or ''}GOVCOP"
        return
    table_ = vocabulary()
    if actor.sector in table_:
        actor.sector = table_[actor.sector]


def former_title(before: str) -> bool:
    """'former French ambassador', 'ex-minister': a title no longer held."""
    return bool(re.search(r"\b(?:former|ex-|ex|erstwhile|retired|onetime|one-time)\b", before.lower()))


@lru_cache(maxsize=1)
def leader_roles() -> frozenset[str]:
    return frozenset(r["role"] for r in table("roles.tsv") if r["leader"] == "y")


def titles_any_body() -> frozenset[str]:
    return words("titles_any_body.txt")
