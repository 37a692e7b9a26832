"""A relative of a named person, named only through that person: "Ochieng's mother said", "police detained
Wanjiru's brother". A singular kin noun (the ``kin`` class of event_word_classes.tsv less the words
``group_nouns.tsv`` reads as groups: 'relative', 'family', 'parent', 'children') owned by a possessive name that
a person actor of the story holds, standing where a person acts, speaks or is acted on (``groups.acts``, or the
subject of a relative clause on it), becomes a person named by the possessive and the noun ("Ochieng's mother"),
of the owner's country and of the public (CVL: a relative is named for the kin, not for an office).

Left alone: a kin noun the owner's name is no person's ('Acme's parent'), one named next ('Ruiz's wife, Ana
Ruiz': the tagger's person), one held by an actor already, a possession of the relative ("Ochieng's mother's
house": the noun is a possessive itself, not where a person acts), and pronoun owners ('his mother': the
pronoun's person is read elsewhere).

Read after the pronouns and the title-only persons; pre-test: the article's lower-cased words meet the kin
words (``Document.token_numbers``), no Token made where none is a kin word."""
from __future__ import annotations

from functools import lru_cache

from ....document import Document
from ...eventcoding.words import word_class
from ..groups import acts
from ..mentions.candidates import _code
from ..words import ActorWords
from .title_only import _relative_doer


@lru_cache(maxsize=1)
def _kin_nouns(group_nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in word_class("kin") if k not in group_nouns and not k.endswith("ren"))


def owned_kin(doc: Document, w: ActorWords) -> None:
    assert doc.nlp is not None
    hits = doc.token_numbers("LOWER", _kin_nouns(frozenset(w.group_nouns)))
    if not hits:
        return
    tags = doc.token_strings("TAG")
    tokens = doc.tokens()
    made: dict[str, object] = {}
    for i in hits:
        if tags[i] != "NN":
            continue
        tok = tokens[i]
        owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN" or doc.actor_of_token(tok):
            continue
        owner_id = doc.actor_of_token(owner)
        owner_actor = doc.actor(owner_id)
        if owner_actor is None or owner_actor.kind != "person":
            continue
        if not (acts(tok) or _relative_doer(tok)):
            continue
        nxt = tok.doc[tok.i + 1:tok.i + 3]
        if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.dep_ in ("appos", "compound", "flat") for t in nxt) \
                or any(c.dep_ == "appos" for c in tok.children):
            continue  # "Ruiz's wife, Ana Ruiz": the named one
        first = owner.left_edge if owner.left_edge.i >= owner.i - 3 else owner
        start, end = first.idx, tok.idx + len(tok.text)
        name = doc.text[start:end]
        actor = made.get(name)
        if actor is None:
            country = owner_actor.country
            actor = made[name] = doc.new_actor(name, "person", country, "CVL", _code(country, "CVL"))
        doc.add_mention(actor, start, end)
