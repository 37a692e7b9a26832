"""Forces moved, named in the "of" phrase (round 15, evprobes): a deployment or withdrawal of troops is done by
the troops or whoever sends them, and news names them in the noun's "of" phrase: "the withdrawal of U.S. troops
from Iraq", "the deployment of North Korean soldiers to Russia", "hailed the withdrawal of French and European soldiers
from Mali". A MOBILIZE or RETREAT noun with no other doer takes the actors its "of" phrase names when
that phrase's head is a word of armed forces (`moved_forces` of event_word_classes.tsv); "the withdrawal of
support" or "the deployment of funds" name no doer."""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from . import participants as who
from .tree import prep_objects
from .words import Entry, word_class

_MOVED = frozenset({"MOBILIZE", "RETREAT"})


def forces_of(doc: Document, tok: Token, entry: Entry) -> list[str]:
    """The actors named by the armed forces in a MOBILIZE or RETREAT noun's "of" phrase."""
    if entry.type not in _MOVED or "patient" in entry.flags:
        return []
    return forces_named(doc, tok)


def forces_named(doc: Document, noun: Token) -> list[str]:
    """The actors the armed forces in a noun's "of" phrase name ("the withdrawal of U.S. troops"): the one
    reading of a move of forces whose doer is in its "of" phrase, for a deed noun (forces_of) and for an act a
    demand asks for ("called for the withdrawal of Russian troops": targets.asked_acts)."""
    found: list[str] = []
    for obj in prep_objects(noun, "of"):
        if moved_forces(obj):
            found += [a for a in who.actors(doc, obj) if a not in found]
    return found


def moved_forces(tok: Token) -> bool:
    """Whether the word names armed forces that are moved (word class moved_forces): "troops", "soldiers"; the
    passive subject of a withdrawal names its doer too (triggers._passive: "French troops were pulled out of
    Chad", evrows)."""
    return tok.lemma_.lower() in word_class("moved_forces") or tok.lower_ in word_class("moved_forces")
