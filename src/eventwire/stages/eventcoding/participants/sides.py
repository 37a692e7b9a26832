"""Whose side an actor is on: one of the sides, or a country and its own people or bodies; with compatriots, anyone
of a side's country but a rival (rebels, gangs or the opposition against anyone else)."""
from __future__ import annotations

from ....document import Document


def own_side(doc: Document, aid: str, sides: set[str], compatriots: bool = False) -> bool:
    """One of the sides, or a country and one of its own people or bodies: Ghani's spokesman does not
    reject what Afghanistan said, U.S. tariffs do not fall on "imports into Canada" (a newspaper of a
    country may still condemn what its police did). With ``compatriots`` (for readings that guess from
    order alone: the claim a rejection answers, the deed "the move" names), anyone of a side's country
    is of its side except a rival (rebels or the opposition against anyone else)."""
    if aid in sides:
        return True
    found = doc.actor(aid)
    for s in sides:
        other = doc.actor(s)
        if found is None or other is None or not found.country or found.country != other.country:
            continue
        if compatriots:
            if not _rivals(found, other):
                return True
        elif "country" in (found.kind, other.kind) or {found.sector, other.sector} <= {"GOV", "MIL", "COP"}:
            return True
    return False


_CHALLENGERS = frozenset({"REB", "CRM", "OPP"})  # (gangs were recorded REB until round 11)


def _rivals(a: object, b: object) -> bool:
    """Two actors of one country on opposite sides: rebels, gangs or the opposition against anyone else."""
    sa, sb = getattr(a, "sector", None), getattr(b, "sector", None)
    return sa != sb and bool({sa, sb} & _CHALLENGERS)
