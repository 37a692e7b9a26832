"""A deed of force vowed, not done (round 15, evprobes): a coercive deed (an attack, an arrest, a sanction) that is
the "to" infinitive of a verb or noun of vowing or threatening (`vow_words` of event_word_classes.tsv) is the
doer's threat to do it, not a deed done: "the rebels vowed to kill the hostages", "the army pledged to crush the
rebels", "China's threat to invade Taiwan", "Trump's threat to impose tariffs on Canada". The events stage codes
it as a THREATEN by the same parties (CAMEO 13 by the deed's kind, as context.own_threat does for "warned that
it would ..."); "threatened to attack" is already read by the threaten row, which covers its deed. A deed of
yielding, releasing, giving or helping under a word of promising (`promise_words`) is the doer's promise, AGREE
030, not the deed done: "the rebels promised to free the hostages" (round 17, evtypes: promised)."""
from __future__ import annotations

from spacy.tokens import Token

from .tree import infinitive
from .triggers import Candidate
from .words import word_class

_UP = frozenset({"xcomp", "acl", "advcl", "ccomp"})  # how a "to" infinitive hangs on its verb or noun


# deeds that a promise makes an AGREE of (round 17, evtypes): yielding, releasing, giving, helping, working
# together; coercive deeds vowed are threats (vowed), meetings sought are intents (triggers.with_intent)
PROMISED_TYPES = frozenset({"RETREAT", "CONCEDE", "AID", "COOPERATE", "SUPPORT"})
PROMISE_CODE = "030"  # CAMEO 03, express intent to cooperate: AGREE by the one table


def promised(cand: Candidate) -> bool:
    """Whether a candidate's deed of yielding or giving (PROMISED_TYPES) is the "to" infinitive of a word of
    promising (`promise_words`): "the rebels promised to free the hostages" is their promise (AGREE), no release."""
    return cand.entry.type in PROMISED_TYPES and _under(cand, "promise_words")


def vowed(cand: Candidate) -> bool:
    """Whether a candidate's deed is the "to" infinitive of a word of vowing or threatening (through a
    conjunct: "vowed to find and punish them"); the deed's own verb, or a light verb that carries its noun
    ("vowed to launch attacks")."""
    return _under(cand, "vow_words")


def _under(cand: Candidate, words: str) -> bool:
    t = cand.anchor if cand.nominal and cand.anchor is not None else cand.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ not in _UP or not infinitive(t):
        return False
    return t.head.lemma_.lower() in word_class(words)
