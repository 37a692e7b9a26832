"""A deed of force vowed, not done (round 15, evprobes): a coercive deed (an attack, an arrest, a sanction) that is
the "to" infinitive of a verb or noun of vowing or threatening (`vow_words` of event_word_classes.tsv) is the
doer's threat to do it, not a deed done: "the rebels vowed to kill the hostages", "the army pledged to crush the
rebels", "China's threat to invade Taiwan", "Trump's threat to impose tariffs on Canada". The events stage codes
it as a THREATEN by the same parties (CAMEO 13 by the deed's kind, as context.own_threat does for "warned that
it would ..."); "threatened to attack" is already read by the threaten row, which covers its deed."""
from __future__ import annotations

from spacy.tokens import Token

from .tree import infinitive
from .triggers import Candidate
from .words import word_class

_UP = frozenset({"xcomp", "acl", "advcl", "ccomp"})  # how a "to" infinitive hangs on its verb or noun


def vowed(cand: Candidate) -> bool:
    """Whether a candidate's deed is the "to" infinitive of a word of vowing or threatening (through a
    conjunct: "vowed to find and punish them"); the deed's own verb, or a light verb that carries its noun
    ("vowed to launch attacks")."""
    t = cand.anchor if cand.nominal and cand.anchor is not None else cand.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ not in _UP or not infinitive(t):
        return False
    return t.head.lemma_.lower() in word_class("vow_words")
