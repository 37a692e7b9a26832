"""Which way a time expression points from the publication date, read from its clause.

The expression's head is followed up the dependency tree to its governing verb. "will" and the other
modals, "expected / scheduled / set to", an infinitive in a headline ("Putin to visit"), "is visiting"
and a plain present ("the summit opens Saturday") look ahead; a past-tense or perfect verb looks back; a
reporting verb in the present ("says") and a clause without a verb decide nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

PAST, NONE, PRESENT, FUTURE = "past", "none", "present", "future"
SCHEDULED = "scheduled"  # a plain present: ahead for a weekday, undecided for a month
_VERBAL = ("VERB", "AUX")
_DAY_STEP = {PAST: -1, NONE: 0, PRESENT: 0, SCHEDULED: 1, FUTURE: 1}


def day_step(tense: str) -> int:
    """-1, 0 or +1 for a weekday or a weekend in a clause of this tense."""
    return _DAY_STEP[tense]


def period_step(tense: str) -> int:
    """-1, 0 or +1 for a month, season or quarter in a clause of this tense."""
    return 0 if tense == SCHEDULED else _DAY_STEP[tense]


def _cue(token: Token, kinds: tuple[str, ...]) -> str | None:
    """The direction a cue word gives ("future", "past", "present"), or None."""
    entry = words.cues().get(token.lower_) or words.cues().get(token.lemma_.lower())
    return entry[1] if entry and entry[0] in kinds else None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in _auxiliaries(verb))


def _infinitive(verb: Token) -> str:
    """"to visit": ahead of its governor, so ahead of now unless the governor is itself past."""
    head = verb.head
    if head is verb or _cue(head, ("verb", "word")) == FUTURE:
        return FUTURE  # "Putin to visit", "is expected to travel", "plans to"
    return NONE if _past(head) else FUTURE


def verb_tense(verb: Token) -> str:
    """The tense of one verb, from its tag and auxiliaries."""
    auxes = _auxiliaries(verb)
    if any(_cue(a, ("aux",)) == FUTURE for a in auxes):
        return FUTURE
    if any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
        return _infinitive(verb)
    if _cue(verb, ("verb", "word")) == FUTURE and verb.tag_ in ("VBN", "JJ"):
        return FUTURE  # "is scheduled for", "the meeting planned for"
    if _past(verb) or verb.tag_ == "VBN":
        return PAST
    if verb.tag_ == "VBG":
        present_be = any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
        return FUTURE if present_be or verb.lemma_ == "go" else NONE  # "is visiting China on Saturday"
    if verb.tag_ in ("VBZ", "VBP"):
        return PRESENT if _cue(verb, ("report",)) else SCHEDULED  # "the summit opens Saturday"
    return NONE


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """The tense of the clause that governs the expression at text[start:end]."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return NONE
    if _pluperfect(span.root):
        return PAST
    tense = _governing_tense(span.root)
    return _deadline(span.root, tense)


def premodifies_noun(doc: Doc, start: int, end: int) -> bool:
    """True for a date that modifies the noun after it ("the Oct. 23 slaying", "the June 12 summit"): it dates
    that noun's event, not the clause's verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    return span.root.dep_ in ("compound", "nmod", "amod", "nummod") and head.i >= span.end \
        and head.pos_ in ("NOUN", "PROPN")


_ATTACHED = ("npadvmod", "compound", "nummod", "appos", "nmod")


def _pluperfect(token: Token) -> bool:
    """"had left by Friday", "had been due to expire Friday", "had planned to meet Thursday": a past perfect
    on the verb that governs the expression, or on a plan word ("due", "plan", "schedule") above it, puts the
    expression in the story's past. The walk stops at the first finite verb without "had" and at an
    infinitive under any other verb ("had agreed to meet in November" looks ahead)."""
    for _ in range(8):
        if token.head is token:
            return False
        token = token.head
        if token.pos_ not in _VERBAL and not token.tag_.startswith("VB"):
            continue
        auxes = _auxiliaries(token)
        if any(a.lower_ == "had" for a in auxes):
            return True
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxes)
        infinitive = any(a.tag_ == "TO" for a in auxes)
        if finite or infinitive and _cue(token.head, ("verb", "word")) != FUTURE:
            return False  # "had agreed to meet in November": the meeting lies ahead of the agreement
    return False


def _moved_to(prep: Token) -> bool:
    """"the vote was pushed (back) to Friday", "postponed until March": the new time of a moved event lies
    ahead, when the moving is what the sentence reports (not "the vote, delayed to Monday, passed")."""
    verb = prep.head
    if verb.dep_ == "prep" and verb.lower_ == "from":  # "pushed from Sept. 25 to Friday"
        verb = verb.head
    if prep.lower_ != "to" and prep.lower_ not in words.until_words() or _cue(verb, ("postpone",)) != FUTURE:
        return False
    return verb.dep_ in ("ROOT", "conj", "ccomp")


def _deadline(token: Token, tense: str) -> str:
    """"by Friday", "until 9 a.m. Tuesday": a deadline lies ahead unless its clause is plainly past
    ("results would come by Friday" and "were told to stay home until Tuesday" look ahead; "had arrived by
    Friday" and "the curfew lasted until Tuesday" look back)."""
    for _ in range(2):  # "until [9 a.m.] Tuesday": the day hangs on the clock time, the clock on "until"
        if token.dep_ in _ATTACHED and token.head is not token:
            token = token.head
    prep = token.head if token.dep_ == "pobj" else None
    if prep is not None and _moved_to(prep):
        return FUTURE
    if prep is None or _cue(prep, ("deadline",)) != FUTURE:
        return tense
    if tense != PAST:
        return FUTURE
    verb = prep.head
    modal = any(_cue(a, ("modal",)) == FUTURE for a in _auxiliaries(verb)) if verb.pos_ in _VERBAL else False
    return FUTURE if modal else PAST


def _governing_tense(token: Token) -> str:
    """Follow the expression's head up to its governing verb and read that verb's tense."""
    for _ in range(12):
        if token.head is token:
            break
        token = token.head
        cue = _cue(token, ("word",))
        if cue:
            return cue
        if token.pos_ in _VERBAL or token.tag_.startswith("VB"):
            return verb_tense(token)
    return verb_tense(token) if token.pos_ in _VERBAL or token.tag_.startswith("VB") else NONE
