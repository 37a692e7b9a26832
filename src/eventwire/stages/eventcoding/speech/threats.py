"""Threats told in speech: a fate foretold for a party by a state or an armed side ("the militia will be
crushed", "they will pay a heavy price": speech_threats.tsv) is a THREATEN of that party."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document
from ....lexicon import table
from .. import participants as who
from ..tree import children, is_passive, prep_objects, subject
from ..triggers import negated
from ..words import word_class
from .common import _GENERIC, under_condition
from .side import _others, _ruling



@lru_cache(maxsize=None)
def threat_shapes() -> dict[str, tuple[str, ...]]:
    """verb lemma -> its shapes in speech_threats.tsv (passive, active, object:..., advmod:...)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in table("speech_threats.tsv"):
        out[row["word"].lower()] = out.get(row["word"].lower(), ()) + (row["shape"],)
    return out


def threat(doc: Document, tok: Token, speaker: str, inside: set[int]) -> list[str]:
    """Whom a fate foretold in the speaker's words threatens (speech_threats.tsv): the subject of a future,
    unnegated verb of the list in one of its shapes ("the militia will be crushed", "Norway will pay a heavy
    price", "they will regret it"), when the subject names a party other than the speaker's own side; else
    nobody (no threat). A condition does not undo it: "if they cross the line, they will pay dearly"; a passive's
    "by" phrase must name the speaker's own side ("will be crushed by our army"), not a thing or another party."""
    shapes = threat_shapes().get(tok.lemma_.lower())
    if not shapes or tok.pos_ != "VERB":
        return []
    denied = negated(tok)  # "X will not be spared" (shape notpassive) threatens; "will not be crushed" does not
    shapes = tuple(sh for sh in shapes if (sh == "notpassive") == denied)
    if not shapes:
        return []
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    going = tok.dep_ == "xcomp" and tok.head.lower_ == "going" and "to" in auxes  # "is going to pay"
    if not going and word_class("future_auxiliaries").isdisjoint(auxes):  # a fate foretold ("will be crushed")
        return []
    passive = is_passive(tok)
    fits = False
    for shape in shapes:
        kind, _, words = shape.partition(":")
        wanted = set(words.split("|")) if words else set()
        if kind in ("passive", "notpassive") and passive or kind == "active" and not passive:
            fits = True
        elif kind == "object" and not passive:
            fits = fits or any(o.lemma_.lower() in wanted for o in children(tok, "dobj"))
        elif kind == "advmod" and not passive:
            fits = fits or any(a.lower_ in wanted for a in children(tok, "advmod"))
    if not fits:
        return []
    agents = prep_objects(tok, "by") if passive else []
    if any(not [a for a in who.actors(doc, g) if who.own_side(doc, a, {speaker}, compatriots=True)] for g in agents):
        return []  # "farmers will be punished by the tax", "... by the rebels": a fate not at the speaker's hands
    if not _ruling(doc, [speaker], ""):
        return []
    verb = tok.head if going else tok
    subj, _ = subject(verb)
    if subj is None or subj.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL | _GENERIC:
        return []
    if subj.pos_ == "PRON" and not doc.referents(subj):  # "if X attacks us, it will regret it": the doer
        subj = next((s for c in verb.children if c.dep_ == "advcl" and under_condition(c)  # of the condition
                     for s in [subject(c)[0]] if s is not None and s.pos_ != "PRON"), None)
        if subj is None:
            return []
    # the party the subject names, else one named within it (the parser may split "the X militants")
    found = who.actors(doc, subj) or next((a for t in subj.subtree for a in [who.actors(doc, t)] if a), [])
    return _others(doc, found, speaker)
