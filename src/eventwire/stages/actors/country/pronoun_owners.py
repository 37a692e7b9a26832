"""A group a personal pronoun owns ('his advisers', 'her aides', 'their lawyers') is the group of the
person (or people) the pronoun stands for, and takes that owner's country before the story's setting
would place it: a leader's advisers are his state's, wherever the story is set."""
from __future__ import annotations

from ....document import Document
from ....lexicon import words
from ....record import Actor
from ..sector import STATE_SECTORS
from ..words import PERSON_PRONOUNS

_OWNER_KINDS = ("person", "group")  # a body's own staff ('its staff') follow the body by other readers
_STATE_OWNED = ("group", "organization")  # what a state or a state body owns by 'its'


def pronoun_owner_country(doc: Document, actor: Actor) -> str | None:
    """The country of the person or group a possessive pronoun before a group's first mentions points
    to ('Trump told his top advisers': Trump's), when that owner has one, and of the state or state body
    'its' before a group's or a body's mention points to ('at its launch site', 'its officials');
    None otherwise, and None for a group its own noun's modifier says is from outside ('her international
    legal team')."""
    if actor.kind not in _STATE_OWNED:
        return None
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        outside = words("foreign_group_words.txt") | words("region_and_world_words.txt")
        if any(c.dep_ in ("amod", "compound") and c.lower_ in outside for c in span.root.lefts):
            return None  # 'his international legal team': gathered from outside, of no one country ('foreign
            # policy advisers': 'foreign' says what the policy is about, not where the advisers come from)
        for owner_word in (c for c in span.root.lefts if c.dep_ == "poss"):
            low = owner_word.lower_
            if low not in PERSON_PRONOUNS and low not in _pronouns.PLURAL_PRONOUNS and low != "its":
                continue
            owner = doc.actor(_pronouns.pronoun_antecedent(doc, owner_word))
            if owner is None or owner.id == actor.id or not owner.country:
                continue
            if actor.kind == "group" and owner.kind in _OWNER_KINDS and low != "its" or _a_state(owner) and low == "its":
                return owner.country  # 'North Korea said it tested at its launch site', 'the White House and its
                # officials': a state's own (a body's or a firm's staff follow it by other readers; 'their' is
                # left out: 'the Chinese and Russian peoples ... their rulers' names two)
    return None


def owned_by_world_body(doc: Document, actor: Actor, international: set[str]) -> bool:
    """Whether a person or group is named by 'its' whose owner serves no country ('The U.N. children's
    agency said ... Its spokesperson said': the agency's staff, not the setting's). The owner is the one the
    pronoun stands for, else (when that is the actor itself) the last body named before the mention."""
    if actor.kind not in ("person", "group") or not actor.mentions:
        return False
    m = actor.mentions[0]
    span = doc.char_span(m.start, m.end)
    if span is None or not len(span):
        return False
    for owner_word in (c for c in span.root.lefts if c.dep_ == "poss" and c.lower_ == "its"):
        owner = doc.actor(_pronouns.pronoun_antecedent(doc, owner_word))
        if owner is None or owner.id == actor.id:
            before = [(x.start, a) for a in doc.actors if a.kind == "organization" for x in a.mentions
                      if x.end <= m.start]
            owner = max(before, key=lambda p: p[0])[1] if before else None
        if owner is not None and owner.kind == "organization" and (owner.sector == "IGO" or owner.id in international):
            return True
    return False


def _a_state(actor: Actor) -> bool:
    """A state or one of its bodies (``STATE_SECTORS``): what it owns is its country's."""
    return actor.kind == "country" or actor.kind == "organization" and actor.sector in STATE_SECTORS


# (at the end, as a module: coref reads the actors' modules; read by pronoun_owner_country on call)
from ..coref import pronouns as _pronouns  # noqa: E402
