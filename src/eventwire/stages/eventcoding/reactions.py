"""Whom a refusal answers when its own words do not say: the asker of a request or offer turned down
("the minister turned the appeal down"), looked up among the events already coded in the same and the previous
sentence. The maker of a deed rejected, condemned or welcomed ("rejected the resolution", "condemned the
arrests") is context.maker's reading."""
from __future__ import annotations

from ...record import Event
from .tree import previous_sentence_start
from .triggers import Candidate
from .words import cues

# what a refusal may turn down, and whose source made it: a request or an offer
_ASKING = frozenset({"REQUEST", "AGREE"})


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
