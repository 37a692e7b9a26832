"""What the coreference modules share: sentence numbers by offset, quoted spans, role matching."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ....document import Document
from ..words import ActorWords, _role_families, role_family

_LESSER = ("vice", "deputy", "assistant", "under", "former", "ex")


def sentence_finder(doc: Document):
    """A function from a character offset to the number of its sentence (by bisection)."""
    firsts = doc.sentence_starts()
    return lambda offset: bisect_right(firsts, offset) - 1


def quotations(doc: Document) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, outermost or not) of every quotation in the text, nested ones too, in text order: the
    quotes stage's ``find_pieces``, run once per document for every reader of the actors stage."""
    found = doc.cached("quotations")
    if found is None:
        from ...quotes import find_pieces

        found = doc.cached("quotations", tuple((p.start, p.end, p.nested_in is None) for p in find_pieces(doc.text)))
    return found


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every outermost quotation in the text, found once per document."""
    spans = doc.cached("quoted")
    if spans is None:
        spans = doc.cached("quoted", sorted((start, end) for start, end, outermost in quotations(doc) if outermost))
    return spans


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def count_before(actor, offset: int) -> int:
    """How many of ``actor``'s mentions start before ``offset``."""
    return bisect_left([m.start for m in actor.mentions], offset)


def last_before(actor, offset: int) -> int:
    """Where ``actor`` was last mentioned before ``offset`` (-1: not before it)."""
    i = count_before(actor, offset) - 1
    return actor.mentions[i].start if i >= 0 else -1


def is_spokesperson(role: str | None) -> bool:
    """Whether a role noun is a spokesperson's (coref_role_families.tsv's family 'spokesperson')."""
    return bool(role) and role_family(role.lower()) == "spokesperson"


def same_role(held: str | None, described: str, w: ActorWords) -> bool:
    """A role matches itself, its longer forms ('chair', 'chairperson'; 'minister', 'finance minister' but
    not 'deputy minister'), the roles of its family (coref_role_families.tsv: 'envoy' and 'ambassador'),
    and any leader matches 'leader'."""
    if not held:
        return False
    if held == described:
        return True
    short, long_ = sorted((held, described), key=len)
    if long_.startswith(short) and long_[len(short)] != "-":
        return True  # 'chair' and 'chairperson', not 'secretary' and 'secretary-general' (another office)
    family = _role_families()
    if described in family and _family_of(held, family) == family[described]:
        return True  # 'the envoy' after 'Ambassador X', 'the spokesperson' after 'spokeswoman X'
    if held.endswith(" " + described):
        return held[:-len(described)].split()[-1] not in _LESSER
    leads = w.roles.get(described, (None, False))[1] and w.roles.get(held, (None, False))[1]
    return bool(leads) and described in ("leader", "head of state")


def _family_of(role: str, family: dict[str, str]) -> str | None:
    """The family of a role, or of its longest last words that have one: 'UN special rapporteur' is of the
    family of 'special rapporteur' (the words before it say whose)."""
    words = role.split()
    return next((family[" ".join(words[k:])] for k in range(len(words)) if " ".join(words[k:]) in family), None)


def after_as(token) -> bool:
    """Whether a noun is the object of 'as' ('served as the envoy', 'his time as the chief negotiator'):
    it says what somebody was, rather than pointing back to whoever held the role last."""
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def subject_person(doc: Document, verb):
    """The person actor that is the subject of ``verb`` ('Li Na served as', 'Li Na, who served as', 'her
    predecessor, Li Na, who served as'), or None."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
    for tok in [subject, *(c for c in subject.children if c.dep_ == "appos")] if subject is not None else []:
        actor = doc.actor(doc.actor_of_token(tok))
        if actor is not None and actor.kind == "person":
            return actor
    return None
