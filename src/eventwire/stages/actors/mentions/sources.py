"""Anonymous sources: 'an unnamed South Korean official'."""
from __future__ import annotations

import re

from ....document import Document
from ..words import ActorWords, near, norm
from .candidates import Candidate, _code


def anonymous_sources(doc: Document, w: ActorWords) -> list[Candidate]:
    """'an unnamed South Korean official', 'two senior officials' (when no name follows)."""
    found = []
    for m in near(w.anonymous_re, w.role_anchor, doc.text):
        mods = m.group("mods").lower().split()
        if not (any(w.anonymous.get(x) == "anonymous" for x in mods) or m.group("who")):
            continue
        if _names_follow(doc, m.end()):
            continue  # a title before a name: "senior official Kim Yong-chol", "a spokesman, Carlos Sitoe,"
        if m.group("det").lower() == "the" and not m.group("role").lower().endswith("s"):
            continue  # "the Russian leader" is somebody named elsewhere (see _descriptions)
        who = m.group("who")
        country = w.country_of(re.sub(r"['’]s$", "", who.strip())) if who else None
        inst = w.known.get(norm(m.group("inst"))) if m.group("inst") else None
        country = country or (inst.country if inst else None)
        role = m.group("role").lower()
        name = m.group(0)
        sector = w.body_sector_in(name) or w.roles.get(role, (None, False))[0] or (inst.sector if inst else None)
        kind = "group" if role.endswith("s") and role not in ("boss",) else "person"
        found.append(Candidate(m.start(), m.end(), kind, "anon:" + norm(name), name, country, sector,
                               _code(country, sector)))
    return found


def _names_follow(doc: Document, end: int) -> bool:
    """A person's name right after a title, or set off by a comma as its appositive."""
    if re.match(r"\s+[A-Z]", doc.text[end:end + 2]):
        return True
    m = re.match(r",\s+", doc.text[end:end + 3])
    if not m or doc.nlp is None:
        return False
    span = doc.nlp.char_span(end + m.end(), end + m.end() + 1, alignment_mode="expand")
    return bool(span) and span[0].ent_type_ == "PERSON"
