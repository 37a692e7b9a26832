"""Bodies told through an owner, a leader or their members: "its forces", "the country's troops" (the owner, a
country, an organization or a group), a pronoun standing for a body so told, "the cabinet headed by X" and
"Ortega's legal team" (what a proxy head owned or led by a person stands for), "representatives from Human Rights
Watch" (the body its members act for)."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....lexicon import words
from ...actors.sector import head_sector, vocabulary
from ...actors.words import actor_words, former_members, norm
from ...nlp.tree import leaders
from ..pronouns import _last_mention, pronoun_participant
from ..tree import children, prep_objects
from ..words import word_class
from .common import _OWN_BODY_SECTORS


def members_body(doc: Document, tok: Token) -> str | None:
    """The body that people named only as its members act for: a plural member noun (member_nouns.txt, or
    "heads") with a "from" or "of" phrase naming an actor ("representatives from Human Rights Watch", "heads
    of private companies"); one member ("the head of the IMF") is a person, not the body."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma != "head" and lemma not in words("member_nouns.txt") or former_members(tok):
        return None  # ('former members of the church' left it: actors.words.former_members)
    for obj in prep_objects(tok, "from") + prep_objects(tok, "of"):
        found = doc.actor_of_token(obj) or next(
            (doc.actor_of_token(c) for c in children(obj, "compound", "amod") if doc.actor_of_token(c)), None)
        if found:
            return found
    return None


def owned_by_possessor(doc: Document, tok: Token) -> str | None:
    """A state's or an armed side's body told by the bare noun with an owner for possessor ("Its forces shelled
    the city", "the rebels said their fighters took the town", "the country's military fired ...", "Russia's
    troops"): the owner, when that is a country, an organization or a group, not a party called "forces". The
    owner of "its" and "their" is what the pronoun stands for (``pronoun_participant``); of a noun, the actor the
    actors stage reads there ("the country" -> the country it stands for). Only a head of a state or an armed
    sector (``head_sector``: forces, troops, soldiers, fighters, army, military, diplomats; the police, COP, stay a
    party of their own), and only where the
    actors stage names the word as a bare actor of the noun itself ("forces", "the troops"): a body named in
    full ("China's coast guard", "its Rapid Support Forces") stays. Nobody when the owner is in doubt, is one of
    several joined ("Rwanda and Uganda said their troops ...") or is a person ("his forces", "Haftar's fighters"
    are the person's, which the noun does not name). Outside a quote as inside ("our forces" in a quote:
    ``speakers_own_body``)."""
    if tok.pos_ != "NOUN":
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or any(c.dep_ in ("compound", "amod") for c in tok.children):
        return None
    if poss.lower_ not in word_class("owner_pronouns") and poss.pos_ not in ("NOUN", "PROPN"):
        return None
    bare = doc.actor_of_token(tok)
    named = doc.actor(bare) if bare else None
    if named is None or named.kind not in ("group", "organization"):
        return None
    if norm(named.name) not in (tok.lower_, tok.lemma_.lower()):
        return None
    raw, _ = head_sector(tok.lower_)
    sector = vocabulary().get(raw, raw) if raw else None
    if sector not in _OWN_BODY_SECTORS or raw == "COP":
        return None  # "its police killed protesters": the police, a party of their own (tests/test_denials_r12.py)
    if sector not in ("MIL", "REB") and tok.tag_ != "NNS":
        return None  # "Sudan's cabinet dissolved the party": a civil body of the state is a party of its own; its
        # people ("its diplomats", "the country's officials") and its armed bodies ("its army") are the state's
    owner = pronoun_participant(doc, poss) if poss.lower_ in word_class("owner_pronouns") else doc.actor_of_token(poss)
    found = doc.actor(owner) if owner else None
    if found is None or owner == bare or found.kind not in ("country", "organization", "group"):
        return None
    if poss.lower_ == "their" and _joined_owner(doc, owner, poss):
        return None  # "Rwanda and Uganda said their troops ...": several owners, not one of them
    return owner


def owner_of_body_told(doc: Document, pronoun: Token, found: str | None) -> str | None:
    """A pronoun standing for a body its latest mention told as an owner's ("Israel said its soldiers fired
    because protesters had attacked them": them -> Israel): the owner, as ``owned_by_possessor`` reads that
    mention itself (round 20, evparty20); None when the mention is no such body."""
    if found is None:
        return None
    last = _last_mention(doc, found, pronoun)
    owner = owned_by_possessor(doc, last) if last is not None else None
    return owner if owner and owner != found else None


def _joined_owner(doc: Document, owner: str, pronoun: Token) -> bool:
    """Whether the owner's latest mention before a "their" is one of a coordination ("Rwanda and Uganda")."""
    last = _last_mention(doc, owner, pronoun)
    return last is not None and (last.dep_ == "conj" or any(c.dep_ == "conj" for c in last.children))


def _leader(head: Token) -> Token | None:
    """Who a state body is told as led by, as its owner: "the government led by Premier X",
    "the cabinet headed by Y" (a person_state_heads noun; the leader as ``nlp.tree.leaders`` reads it)."""
    if head.lemma_.lower() not in word_class("person_state_heads"):
        return None
    return next(iter(leaders(head)), None)


def _persons_body(doc: Document, head: Token, person: str) -> str | None:
    """What a proxy head owned by a person stands for. The state the person leads for a head of
    person_state_heads ("Ruiz's government", "his administration"): the body the article names after the
    person ("the Ruiz administration"), else the person's country (``_own_country``), else the person. The
    team for a group noun that a name's possessive makes a group (group_nouns.tsv 'owned': "his legal
    team" -> "Ortega's legal team" when the article has it; else nobody). The person for the others
    ('side', 'camp', 'office', 'spokesman': they speak and act as the person)."""
    lemma = head.lemma_.lower()
    surname = norm(doc.actor(person).name).split()[-1]
    if lemma in word_class("person_state_heads"):
        named = next((a.id for a in doc.actors if a.kind in ("organization", "group") and
                      norm(a.name).split()[-2:] == [surname, lemma]), None)
        return named or _own_country(doc, person) or person
    if lemma in actor_words().owned_only_groups:
        return next((a.id for a in doc.actors if a.kind == "group" and norm(a.name).endswith(norm(head.text))
                     and any(w.startswith(surname) for w in norm(a.name).split())), None)
    return person


def _own_country(doc: Document, actor_id: str) -> str | None:
    """The country actor of a person's own country, when the article names that country."""
    person = doc.actor(actor_id)
    if person is None or person.kind != "person" or not person.country:
        return None
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == person.country), None)
