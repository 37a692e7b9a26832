"""The holder of a thing a demand names (round 14, evtargets): whom a demand that a charge be dropped or a hearing
be put off is made of, when its own phrase names nobody. A charge is held by whoever brought it (the state that
charged or accused the person earlier in the article); a hearing, a trial or a ruling by the court that holds it
(context.court_near). Only where the demand asks the thing be ended or deferred (word class undone_verbs):
"called for the charges to be dropped", "demanded that the charges against him be withdrawn", "filed a request
for the hearing to be postponed", "called for the dropping of all charges"."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from .. import participants as who
from ..agents import _PEOPLE, _STATE_SECTORS, _as_state
from ..tree import children, prep_objects
from ..triggers import Candidate
from ..words import cues, word_class

# the clauses of what is asked that the parser hangs on a demand verb or a demand noun
_ASKED_CLAUSES = ("advcl", "ccomp", "relcl", "acl", "xcomp")
# who charges or accuses: the events a charge a demand names comes from
_CHARGING_TYPES = frozenset({"COERCE", "ACCUSE"})


def _undone(tok: Token) -> bool:
    return tok.lemma_.lower() in word_class("undone_verbs")


def _held_kind(tok: Token) -> str | None:
    """'charge' for a charge of wrongdoing, 'court' for what only a court holds (event_status.tsv)."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in cues("charge_noun") or lemma in cues("charge_noun"):
        return "charge"
    if low in cues("court_act") or lemma in cues("court_act"):
        return "court"
    return None


def asked_things(trigger: Token) -> list[Token]:
    """The charges or court acts a demand asks be ended or deferred: the passive subject of an asked clause
    ("for the charges to be dropped", "that the hearing be postponed"), the "for" object a relative clause of
    that kind follows ("a motion for the trial to be delayed"), the "of" object of an undoing noun
    ("the dropping of charges")."""
    out = []
    for clause in children(trigger, *_ASKED_CLAUSES):
        if not _undone(clause) or not any(a.lower_ in ("be", "been") for a in children(clause, "auxpass")):
            continue
        subjects = children(clause, "nsubjpass")
        out += subjects or [o for o in prep_objects(trigger, "for") if o.i < clause.i]
    for asked in prep_objects(trigger, "for") + children(trigger, "dobj"):
        if _undone(asked) and asked.tag_ in ("VBG", "NN"):
            out += prep_objects(asked, "of")
    return [t for t in out if _held_kind(t)]


def holder(doc: Document, cand: Candidate, earlier) -> list[str]:
    """Whom a demand that a charge be dropped or a court's act be deferred is made of (module doc): for a
    charge, the doer of the latest charge, accusation or coercion coded earlier against the person it names
    ("the charges against him"; any person or group when it names nobody), as the state when the article has
    its country (agents._as_state); for a court's act, the court named near it. Never the demanding side, nor
its own state when it is a state body (a citizen or a rights group of the country does ask its state)."""
    if cand.targets or not cand.sources or cand.entry.type != "REQUEST":
        return []
    from ..context import court_near

    mine = set(cand.sources)
    for thing in asked_things(cand.trigger):
        if _held_kind(thing) == "court":
            found = court_near(doc, thing, mine)
        else:
            found = _charger(doc, thing, earlier, mine, cand.trigger.idx)
            found = [_as_state(doc, a) for a in found]
        found = [a for a in found if a not in mine and not _asks_itself(doc, a, mine)]
        if found:
            return found[:1]
    return []


def _asks_itself(doc: Document, aid: str, mine: set[str]) -> bool:
    """Whether a demanding side is a state or a body of it and ``aid`` its own state (participants.own_side): a
    government does not ask itself; its citizens, a lawyer or a rights group of its country do ask it."""
    for s in mine:
        side = doc.actor(s)
        if side is not None and (side.kind == "country" or side.sector in _STATE_SECTORS) \
                and who.own_side(doc, aid, {s}):
            return True
    return False


def _charger(doc: Document, charge: Token, earlier, mine: set[str], before: int) -> list[str]:
    """The doer of the latest event coded before offset ``before`` that charged, accused or coerced the person
    a charge names ("against him", "his charge"), or any person or group when the charge names nobody."""
    named = [a for h in prep_objects(charge, "against") + children(charge, "poss") for a in who.actors(doc, h)]

    def charged(ev) -> bool:
        if named:
            return bool(set(ev.target) & set(named))
        return any((t := doc.actor(a)) is not None and t.kind in _PEOPLE for a in ev.target)

    from ..context import charged_before

    for ev in charged_before(earlier, before, charged, _CHARGING_TYPES):
        if ev.source and not set(ev.source) & mine:
            return [ev.source[0]]
    return []
