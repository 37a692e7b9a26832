"""Who did it to whom: tokens of the parse mapped to actors, with pronouns and stand-in nouns resolved (a module
grown over many rounds, made a package in round 20, pkg21; no code changed).

The readers live in modules by concern, each importing at its top only from those listed before it: ``common``
(helpers several share: a country, a person, the sectors outside the state and of a state's own bodies),
``names`` (one-word names, full names, appositions, places and capitals as their country), ``sides`` (whose side
an actor is on), ``aims`` (what a demand, a pledge, a threat or a purpose aims at), ``roles`` (the tokens of a
target role of a trigger), ``modifiers`` (a name on a head noun that makes no party: "Afghan women", "the
Telegram founder", "the Gaza strikes"), ``bodies`` (a body told by its owner, leader or members: "its troops",
"the cabinet headed by X", "representatives from HRW"), ``speakers`` (who speaks at an offset; "I", "we" and "our
forces" inside a quote; a deed a state's person tells of its own side), ``pairs`` (coordination, hyphen pairs,
"both sides", reciprocals), ``described`` ("the North African country"), ``resolve`` (the actor a token names,
``actor``, and the actors of a token with its conjuncts, ``actors``: the entry point the later ones build on),
``owners`` (whose thing, whom a sending addresses, at whose hands), ``located`` (the countries a deed is done
in). One cycle is broken at call time: ``described`` reads the subject of a description's clause through
``resolve.actor``, which reads descriptions through ``described``.

The events stage's modules read this package as ``participants.X`` (``from . import participants as who``) and
tests import from it: this package re-exports what they read (``__all__``).
"""
from __future__ import annotations

from .aims import purpose_infinitives, sought_found
from .bodies import owned_by_possessor
from .common import is_person
from .located import located_countries
from .modifiers import founder_of_body, place_on_deed
from .names import alpha3_of, one_word_names
from .owners import first_actor_within, owner, participle_recipient, ruled_by, wrong_hands
from .pairs import coordinated_modifiers, last_pair, reciprocal
from .resolve import actor, actors, counts_part, linked_pronoun, quantity_member
from .roles import guest_participle, role_tokens
from .sides import judges_own_side, own_side
from .speakers import FIRST_PERSON, SPEAKER_PLURAL, _owned_by_our, first_person_deed, heads_own_government, \
    own_side_doers, speaker_at, speakers_own_body, speaking_group

__all__ = [
    "purpose_infinitives", "sought_found", "owned_by_possessor", "is_person", "located_countries", "founder_of_body",
    "place_on_deed", "alpha3_of", "one_word_names", "first_actor_within", "owner", "participle_recipient", "ruled_by",
    "wrong_hands", "linked_pronoun", "coordinated_modifiers", "last_pair", "reciprocal", "actor", "actors", "counts_part",
    "quantity_member", "guest_participle", "role_tokens", "own_side", "judges_own_side", "FIRST_PERSON", "SPEAKER_PLURAL", "speaking_group",
    "_owned_by_our", "first_person_deed", "heads_own_government", "own_side_doers", "speaker_at", "speakers_own_body",
]
