"""Whom a visit to a seat of government is made to (round 27, evtarget27): "during a visit by the premier to the
White House", "travelled to Downing Street" -> the office holder the seat houses (government_seats.tsv: the
president, the prime minister), the person of the seat's country with that role whom the article names (the
one mentioned nearest the visit when it names several), else the seat's state when the article names it. The
seat as a building is where the visit takes place; a reader sees the host. Only a visit (CONSULT of mode visit)
whose target is such a seat; the holder is never one of the visitors. Read after the visit's own roles gave
the seat (``context.complete``)."""
from __future__ import annotations

from functools import lru_cache

from ....document import Document
from ....lexicon import table
from ..triggers import Candidate

_FORMER = ("former", "vice", "deputy", "ex-", "acting")


@lru_cache(maxsize=None)
def _seats() -> dict[str, tuple[str, ...]]:
    return {row["seat"].lower(): tuple(h.strip() for h in row["heads"].split("|") if h.strip())
            for row in table("government_seats.tsv")}


def _holds(role: str | None, heads: tuple[str, ...]) -> bool:
    low = (role or "").lower().strip()
    return any(low == h or low.endswith(" " + h) for h in heads) and not any(w in low for w in _FORMER)


def _host(doc: Document, seat_id: str, at: int, visitors: set[str]) -> str | None:
    seat = doc.actor(seat_id)
    heads = _seats().get(seat.name.lower()) if seat is not None else None
    if not heads or not seat.country:
        return None
    holders = [(min(abs(m.start - at) for m in a.mentions), a.id) for a in doc.actors
               if a.kind == "person" and a.country == seat.country and a.id not in visitors and a.mentions
               and _holds(a.role, heads)]
    if holders:
        return min(holders)[1]
    state = next((a.id for a in doc.actors if a.kind == "country" and a.code == seat.country), None)
    return state if state not in visitors else None


def seat_host(doc: Document, cand: Candidate) -> None:
    """Replace a seat of government among a visit's targets by whom it houses (module doc)."""
    if cand.entry.type != "CONSULT" or cand.entry.mode != "visit" or not cand.targets:
        return
    if not any((a := doc.actor(t)) is not None and a.name.lower() in _seats() for t in cand.targets):
        return
    visitors = set(cand.sources)
    out = []
    for t in cand.targets:
        host = _host(doc, t, cand.trigger.idx, visitors)
        out.append(host or t)
    if out != cand.targets:
        cand.targets = list(dict.fromkeys(out))
        cand.how = f"{cand.how}+seat" if cand.how else "seat"
