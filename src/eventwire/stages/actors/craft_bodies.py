"""An armed service named by the craft it sails or flies (``military_craft_nouns.txt``): 'U.S. warships sailed
through the strait', 'the ferry was stopped by Kenyan gunboats', 'military helicopters landed near the camp'.
The craft's noun, after a country's name or demonym ('U.S.', 'Kenyan'), or a craft phrase that says 'military'
or 'naval' itself, that acts (the subject of a verb, not of a predicate noun or adjective, or the agent of a
passive: ``groups.acts``, narrowed) is a group of the military (MIL) named as written (with a describing word
before it: 'foreign military helicopters'), of that country. Not
where the craft is a thing acted on ('shot down two warplanes'), owned ("the warship's crew") or describes a
noun ('a warship captain').

Pre-test: the article's lower-cased words (``Document.token_numbers``) must hold a craft's last word; then one
pattern of all the craft phrases, built once, is searched over the text."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import words
from .groups import acts
from .mentions import Candidate, _code
from .words import ActorWords, norm


@lru_cache(maxsize=1)
def _crafts() -> frozenset[str]:
    return words("military_craft_nouns.txt")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The crafts' last words, singular and plural: the article's words must hold one before the pattern runs."""
    last = {p.rsplit(" ", 1)[-1] for p in _crafts()}
    return frozenset(last | {h + "s" for h in last})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(_crafts(), key=len, reverse=True))
    # (up to two capitalised words before the craft: a country's name or demonym, 'U.S.', 'South Korean')
    return re.compile(rf"(?<![\w'’.-])(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,2}})(?P<craft>(?i:{alts})s?)(?![\w-])")


def craft_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """The candidates of such craft (module docstring)."""
    assert doc.nlp is not None
    if not doc.token_numbers("LOWER", _heads()):
        return []  # (most articles stop here)
    found = []
    for m in _pattern().finditer(doc.text):
        craft = m.group("craft").lower()
        if craft not in _crafts() and craft[:-1] not in _crafts():
            continue
        who = m.group("who").strip()
        if who[:4].lower() == "the ":
            who = who[4:]
        country = w.country_of(who) if who else None
        if who and not country or not who and craft.split()[0] not in ("military", "naval"):
            continue  # ('Kenya Airways planes'; a bare 'warships': which state's, the text must say)
        start = m.start("who") + m.group("who").index(who) if who else m.start("craft")
        span = doc.char_span(m.start("craft"), m.end("craft"))
        if span is None:
            continue
        head = span[-1]
        if not (head.dep_ == "nsubj" and acts(head) or head.dep_ == "pobj" and head.head.dep_ == "agent"):
            continue  # the craft acts: it does the deed (not 'warships were seized', 'shot down warplanes')
        first = span[0]
        while first.i > 0 and first.nbor(-1).dep_ == "amod" and first.nbor(-1).head.i == head.i \
                and first.nbor(-1).idx < start:
            first = first.nbor(-1)  # a describing word before: 'some foreign military helicopters'
        start = min(start, first.idx)
        name = doc.text[start:m.end("craft")]
        found.append(Candidate(start, m.end("craft"), "group", "group:" + norm(name), name, country, "MIL",
                               _code(country, "MIL")))
    return found
