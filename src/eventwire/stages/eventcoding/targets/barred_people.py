"""The people a ban or a restriction is aimed at, named as a group somewhere in its own phrase (round 27,
evtarget27): "barred girls of 12 and older from school and women from most jobs" -> the women, where the parser
hangs the group on a word of the phrase other than the verb's object ("girls" a compound of "ages", "women" a
conjunct of "school"). Only a coercion of the ban or restrict kind (event_verbs.tsv mode) whose own roles named
no target; the group is the first actor of kind group that a word of the trigger's phrase after it names (a
mention the actors stage made), never a source nor its side. A ban on a thing ("banned the ivory trade",
"imposed restrictions on printing books") names no group: no target. Read after agents.restricted_owner: an
owner its "on" or "against" phrase names comes first."""
from __future__ import annotations

from ....document import Document
from .. import participants as who
from ..triggers import Candidate

_MODES = frozenset({"ban", "restrict"})
_TYPES = frozenset({"COERCE", "SANCTION"})
# the phrases under the trigger that are not what is banned: its subject, its passive's agent, clauses told
# apart from it
_NOT_BANNED = frozenset({"nsubj", "nsubjpass", "agent", "advcl", "ccomp", "parataxis", "punct"})


def barred_group(doc: Document, cand: Candidate) -> list[str]:
    """The group of people a ban names in its own phrase (module doc); never the banning side."""
    if cand.targets or not cand.sources or cand.nominal or cand.entry.type not in _TYPES \
            or cand.entry.mode not in _MODES:
        return []
    trigger = cand.trigger
    mine = set(cand.sources)
    for part in trigger.children:
        if part.i < trigger.i or part.dep_ in _NOT_BANNED:
            continue
        for tok in part.subtree:
            aid = doc.actor_of_token(tok)
            found = doc.actor(aid) if aid else None
            if found is None or found.kind != "group" or aid in mine or who.own_side(doc, aid, mine):
                continue
            return [aid]
    return []
