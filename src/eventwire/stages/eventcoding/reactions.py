"""Whom a reaction answers when its own words do not say: the asker of a request turned down ("Trump
denied the request"), the doer of a deed rejected or condemned ("rejected the resolution", "condemned the
arrests"). Both look back over the events already coded in the same and the previous sentence."""
from __future__ import annotations

from ...document import Document
from ...record import Event
from .context import _previous_start as previous_sentence_start
from .triggers import Candidate
from .words import cues

# what a refusal may turn down, and whose source made it: a request or an offer
_ASKING = frozenset({"REQUEST", "AGREE"})
# reactions to someone's deed: "Dodik rejected the warrant", "the Taliban denounced the delay"
REACTIONS = frozenset({"REJECT", "ACCUSE"})


def asker(cand: Candidate, earlier: list[Event]) -> list[str]:
    """Who made the request, offer or proposal a refusal turns down: "Kim asked Trump for relief. Trump
    denied the request" -> Trump rejects Kim. The asker is the source of a request or offer made of the
    refusing side in the same or the previous sentence."""
    tok = cand.trigger
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in cues("asked_noun") for c in tok.children):
        return []
    lo = previous_sentence_start(tok)
    for ev in reversed(earlier):
        if ev.type in _ASKING and lo <= ev.sentence.start <= tok.idx and set(ev.target) & set(cand.sources):
            return [a for a in ev.source if a not in cand.sources][:1]
    return []


def doer_before(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """Whose deed a reaction answers when its object names the deed but not the doer ("rejected the
    arrest warrant", "condemned the move"): the source of the latest event told in the same or the
    previous sentence by someone other than the reacting side (nor one of its country)."""
    tok = cand.trigger
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in cues("deed_noun")]
    if not objs or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in objs[0].children):
        return []
    lo = previous_sentence_start(tok)
    for ev in reversed(earlier):
        if ev.sentence.start < lo:
            break
        if ev.sentence.start <= tok.idx and ev.source and not _same_country(doc, ev.source[0], cand.sources):
            return ev.source[:1]
    return []


def _same_country(doc: Document, actor_id: str, sides: list[str]) -> bool:
    if actor_id in sides:
        return True
    found = doc.actor(actor_id)
    home = found.country if found else None
    return bool(home) and any((a := doc.actor(s)) is not None and a.country == home for s in sides)
