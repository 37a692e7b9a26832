"""A leader's team or camp named after the leader ('the Trump team', "Modi's camp", 'the Macron camp'): one
body of the leader's country and sector (``leader_following_nouns.txt``; who leads one: sector group
office_holders of ``sector_groups.tsv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....ingest.dates import published_day
from ....lexicon import words
from ....lookahead import opening
from ..sector import sector_group
from ..words import ActorWords, alternation, norm
from .candidates import Candidate, _code

@lru_cache(maxsize=1)
def _following() -> tuple[frozenset[str], re.Pattern]:
    nouns = words("leader_following_nouns.txt")
    return nouns, re.compile("(?P<who>" + opening("[A-Z]", r"[\w-]") + rf"[\w-]+)(?:['’]s)?\s+(?P<noun>{alternation(sorted(nouns))})"
                             rf"(?![\w-])")


def leader_teams(doc: Document, w: ActorWords, people: list[Candidate]) -> list[Candidate]:
    """'the Trump team' -> an organisation 'Trump team' of the USA, GOV, when 'Trump' is the surname of a person
    of the story (or a known figure) who holds or seeks office. ``people``: the story's candidates so far."""
    nouns, pattern = _following()
    low = doc.text.lower()
    if not any(f" {n}" in low for n in nouns):  # (costs nothing on stories without the nouns)
        return []
    found: list[Candidate] = []
    leaders: dict[str, tuple[str, str]] | None = None
    for m in pattern.finditer(doc.text):
        if leaders is None:
            leaders, leading = {}, sector_group("office_holders")
            for c in people:  # (a person's country may come later, from the lists: the surname's one country)
                country = c.country or w.country_by_surname.get(norm(c.tokens[-1])) if c.tokens else None
                if c.kind == "person" and country and c.sector in leading and len(c.tokens) >= 2:
                    leaders.setdefault(norm(c.tokens[-1]), (country, c.sector))
        who = m.group("who")
        held = leaders.get(norm(who)) or _known_leader(w, who, published_day(doc.article.published))
        if held is None:
            continue
        name = f"{who} {m.group('noun').lower()}"
        found.append(Candidate(m.start("who"), m.end(), "organization", "org:" + norm(name), name, held[0], held[1],
                               _code(*held)))
    return found


def _known_leader(w: ActorWords, surname: str, day) -> tuple[str, str] | None:
    """The country and sector of the figure the lists know by ``surname`` alone, when the office they hold on the
    article's ``day`` (``ActorWords.person_on``) is one in a state or its politics: a former leader's following
    is no body of the state."""
    known = w.person_by_surname.get(surname)
    if known is None or not known.country:
        return None
    now = w.person_on(known.name, day)
    return (known.country, now.sector) if now is not None and now.sector in sector_group("office_holders") else None
