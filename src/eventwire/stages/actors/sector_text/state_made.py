"""A body the story says states made or oversee is theirs: one that two or more states established together is
an intergovernmental body (IGO, no country: 'the X Board that Chile and Peru set up'); one that a single
state or its government established or supervises is that state's (GOV: 'the X Institute, placed under the
control of Peru's culture ministry', 'the X Council, created by Ghana's government').
Only a body no other evidence gave a sector (none, or the civilian default), and only states, their
governments and state bodies as the makers (a person or a charity that founded a body changes nothing)."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....record import Actor
from ...eventcoding.words import word_class
from ..sector import STATE_SECTORS, set_sector


def state_made_bodies(doc: Document) -> None:
    """Give IGO or GOV (with the state) to the bodies that states made or oversee, read from a clause on a
    mention: a relative clause whose subject names the states ('that X and Y established'), a participle
    with 'by' ('created by X'), or an 'under the supervision of X' phrase."""
    assert doc.nlp is not None
    for actor in doc.actors:
        if actor.kind != "organization" or actor.sector not in (None, "CVL") or not actor.mentions:
            continue
        for m in actor.mentions[:2]:
            span = doc.char_span(m.start, m.end)
            if span is None or not len(span):
                continue
            states = _makers(doc, span.root, actor)
            if not states:
                continue
            if len(states) >= 2:
                actor.country = None
                set_sector(actor, "IGO")
            elif actor.country in (None, next(iter(states))):
                actor.country = next(iter(states))
                set_sector(actor, "GOV")
            break


def _makers(doc: Document, root: Token, actor: Actor) -> set[str]:
    """The states (alpha-3 codes) that a clause on a body's mention says made or oversee it."""
    heads: list[Token] = []
    making, oversight = word_class("body_making_verbs"), word_class("oversight_nouns")  # ('set' with 'up')
    for clause in (c for c in root.children if c.dep_ in ("relcl", "acl") and c.i > root.i):
        lemma = clause.lemma_.lower()
        if lemma in making and (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in clause.children)):
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)
            if subject is not None:
                heads.append(subject)
            heads += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for prep in (p for p in clause.children if p.dep_ == "prep" and p.lower_ == "under"):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in oversight):
                heads += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]
    states: set[str] = set()
    for head in heads:
        for tok in (head, *head.conjuncts):
            maker = doc.actor(doc.actor_of_token(tok))
            if maker is None or maker is actor:
                return set()
            if maker.kind == "country" and maker.country:
                states.add(maker.country)
            elif maker.kind in ("organization", "group") and maker.sector in STATE_SECTORS and maker.country:
                states.add(maker.country)
            else:
                return set()  # a person, a firm or a charity among the makers: no state's body
    return states
