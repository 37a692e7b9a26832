"""Bodies of a state: named bodies and 'Qatar's foreign ministry', 'the Sudanese army'."""
from __future__ import annotations

import re

from ....document import Document
from ..words import ActorWords, near, norm
from .candidates import Candidate, _code


def named_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """Outlets, unions, rebel groups and parties the lexicon does not know, named beside a noun that says
    what they are: 'the Dutch broadcaster NOS', 'the union FNV Havens', 'the Nation newspaper'."""
    found = []
    nouns = w.body_noun_anchor.spans(doc.text)
    matches = near(w.named_body_re, nouns, doc.text) + near(w.named_body_before_re, nouns, doc.text)
    for m in matches:
        name = re.sub(r"\s+(?:of|de|al)$", "", m.group("name"))
        if m.re is w.named_body_before_re and m.group("noun")[:1].isupper():
            name = f"{name} {m.group('noun')}"  # 'the Labour Party': the noun is part of the name
        if not name[:1].isupper() or w.known.get(norm(name)) or w.country_of(name) or _day_or_month(name) \
                or name.split()[0].lower().rstrip(".") in w.roles:
            continue  # ('the NGO Tuesday said', 'the NGO Director Ana Silva': a time, a title and its holder)
        kind, sector = w.body_nouns[m.group("noun").lower()]
        who = m.groupdict().get("who")
        country = w.country_of(re.sub(r"['’]s$", "", who)) if who else None
        start = m.start("name")
        found.append(Candidate(start, start + len(name), kind, f"{kind}:" + norm(name), name, country, sector,
                               _code(country, sector)))
    return found


def _day_or_month(name: str) -> bool:
    """A name that opens with a weekday's or a month's name ('Tuesday', 'March'): a time, not a body."""
    from ...timex.words import months, weekdays

    first = name.split()[0].lower().rstrip(".,")
    return first in weekdays() or first in months()


def state_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """'Qatar's foreign ministry', 'the Sudanese army': an organisation of that country; with a capital
    between, where the body sits ("Peru's Washington embassy")."""
    from ..bodies import _also_a_big_province  # (bodies reads this module)

    found = []
    for m in near(w.state_body_re, w.state_body_anchor, doc.text):
        country = w.country_of(re.sub(r"['’]s$", "", m.group("who")))
        if not country or m.group("seat") and norm(m.group("seat")) not in w.capital_of:
            continue  # ("Kenya's Foreign Ministry" is read whole, its 'Foreign' no seat)
        body = m.group("body").lower()
        sector = w.state_bodies[body]
        if sector == "JUD" and not m.group("who").endswith(("'s", "’s")) and _also_a_big_province(m.group("who"), w):
            continue  # 'a Georgia court' may be the US state's (bodies.country_bodies reads it the same way)
        found.append(Candidate(m.start(), m.end(), "organization", f"body:{country}:{body}", m.group(0), country,
                               sector, _code(country, sector)))
    return found
