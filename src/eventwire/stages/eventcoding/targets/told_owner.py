"""The owner of a thing judged, told at an earlier mention of it (round 14, evtargets): a judgement of "the
budget", "the plan" or "the bill", with no owner in its own phrase, is aimed at whoever the article named as its
owner when it told of the same thing a few sentences before ("parliament passed the government's budget ...
the opposition rejected the budget" -> the government). A definite object ("the", "this", "that") is the thing
already told; its latest earlier mention with an owner (a possessor, "of", "from", "by", participants.owner)
within MAKER_REACH sentences gives the target, never the judging side nor its compatriots (a rival, an
opposition, still judges its own state's thing: participants.own_side)."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from .. import participants as who
from ..triggers import JUDGING, Candidate

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _owner_before(doc: Document, obj: Token, reach: int) -> list[str]:
    sents = doc.sentences()
    here = doc.sentence_number(obj.i)
    start = sents[max(0, here - reach)].start
    for t in reversed(obj.doc[start:obj.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == obj.lemma_.lower() and not doc.actor_of_token(t):
            found = who.owner(doc, t, of=True)
            if found:
                return found
    return []


def told_owner(doc: Document, cand: Candidate) -> list[str]:
    """The owner of the thing a judgement names, from its earlier mention (module doc)."""
    if cand.targets or not cand.sources or cand.entry.type not in JUDGING:
        return []
    from ..context import MAKER_REACH, judged_objects

    mine = set(cand.sources)
    for obj in judged_objects(cand):
        if doc.actor_of_token(obj) or who.owner(doc, obj, of=True):
            continue
        if not any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in obj.children):
            continue
        found = [a for a in _owner_before(doc, obj, MAKER_REACH) if not who.own_side(doc, a, mine, compatriots=True)]
        if found:
            return found[:1]
    return []
