"""Whose side an actor is on: one of the sides, or a country and its own people or bodies; with compatriots, anyone
of a side's country but a rival (rebels, gangs or the opposition against anyone else)."""
from __future__ import annotations

from ....document import Document
from ..words import word_class


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


def judges_own_side(doc: Document, target: str, source: str) -> bool:
    """Whether a party a speaker blames is the speaker's own side (``own_side``), save a state judged by one of its own
    people who does not speak for it (``actors.sector.speaks_for_state``): a lawyer, an activist, an opposition member
    or a group of the country may be dismayed at what its government did ("a Kenyan lawyer said it was a shame that
    the government ignored the court"; evspeech27); and save a body of the state blamed by a holder of a local office
    (``local_office``: a governor, a mayor; evaccuse28). Read by the grievances and the claims readers."""
    from ...actors.sector import speaks_for_state  # (the actors stage: imported when first asked)
    if not own_side(doc, target, {source}):
        return False
    speaker, party = doc.actor(source), doc.actor(target)
    if speaker is not None and party is not None and local_office(speaker) and not local_office(party):
        return False  # a governor or a mayor blaming the state's agency: the region's voice, not the state's
    if speaker is None or party is None or party.kind != "country" or speaker.kind == "country":
        return True
    return speaks_for_state(speaker, party)


def local_office(actor: object) -> bool:
    """A person holding a region's or a city's office (event_word_classes.tsv local_offices: a governor, a mayor)."""
    role = (getattr(actor, "role", None) or "").lower()
    return getattr(actor, "kind", None) == "person" and bool(role) and role in word_class("local_offices")
