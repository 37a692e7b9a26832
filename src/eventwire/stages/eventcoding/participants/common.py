"""Helpers several participant readers share: whether an actor is a country or a person, the sectors outside the
state (civilians, firms, the press), and the sectors of a state's or an armed side's own bodies, which both a
speaker's "our" and an owner's "its" may name."""
from __future__ import annotations

from ....document import Document
from ...actors.sector import STATE_SECTORS, sector_group


# sectors of people and bodies outside the state: civilians (women, students, workers), firms, the press
_CIVIL_SECTORS = sector_group("outside_state")


def _is_country(doc: Document, aid: str) -> bool:
    found = doc.actor(aid)
    return found is not None and found.kind == "country"


# the sectors of a body a speaker may call "our ...": a state's government, forces and police, an armed group
_OWN_BODY_SECTORS = STATE_SECTORS | {"REB"}


def is_person(doc: Document, aid: str) -> bool:
    """Whether an actor is a person (a led body's owner; a private supporter in filters)."""
    found = doc.actor(aid)
    return found is not None and found.kind == "person"
