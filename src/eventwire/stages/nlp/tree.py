"""Readings of the dependency parse that more than one later stage needs (the actors' coreference and the
events stage alike), so each is defined once, here, beside the parse that makes the trees."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words

# the tags of a finite verb or modal ("said", "says", "say", "must"): a clause of its own
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def governing_verb(tok: Token) -> Token | None:
    """The verb a participle or noun phrase hangs from: "sent a letter ... canceling" -> sent."""
    t = tok.head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.i != tok.i:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def fronted_subject(pronoun: Token) -> Token | None:
    """The subject a possessive points ahead to when it stands in a phrase put before its clause's subject
    ("During his visit to Oslo, Ruiz said" -> Ruiz; "In her reply, the minister said" -> minister); None
    when the subject comes first or holds the pronoun."""
    verb = governing_verb(pronoun)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or any(t.i <= pronoun.i for t in subject.subtree):
        return None  # (the subject comes first, or holds the pronoun itself: 'their crackdown is ...')
    if not any(t.dep_ == "prep" and t.i < subject.i for t in pronoun.ancestors):
        return None
    return subject


def leaders(body: Token) -> list[Token]:
    """Whom a noun is told as led by: the objects of the "by" of a passive participle of a verb of leading
    (``leading_verbs.txt``) that hangs on it ("the cabinet headed by X", "militants commanded by Y", "the
    party, which is chaired by Z"); the first of several conjoined leaders ("led by X and Y": Y hangs on X).
    The one reading of a body led by someone: the actors stage gives the leader the body's sector, the
    events stage makes the leader a state body's owner."""
    lead = words("leading_verbs.txt")
    return [o for verb in body.children if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN"
            and verb.lemma_.lower() in lead for by in verb.children if by.lower_ == "by"
            and by.dep_ in ("agent", "prep") for o in by.children if o.dep_ == "pobj"]
