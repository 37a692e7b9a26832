"""People named in a credit line ('X and Y contributed to this report') are journalists."""
from __future__ import annotations

import re

from ....document import Document, sentence_of
from ..sector import set_sector
from .spans import _spans


# A credit line: 'X and Y contributed to this report', 'X reported from Z; Y contributed from W', and a
# broadcast's lead-in 'X has more from Z' (the reporter whose piece follows).
_CREDIT = re.compile(r"\bcontribut(?:ed|es|ing)\b[^.\n]{0,30}\b(?:report|reporting|story|article)\b|"
                     r"\b(?:contribut(?:ed|es)|report(?:ed|s))\s+(?:reporting\s+)?from\b|\bhas\s+more\s+from\b", re.I)
_CREDIT_WORD = re.compile(r"contribut|reported from|reports from|more from", re.I)  # (a story without it has none)
_CREDIT_WORDS = ("contribut", "reported from", "reports from", "more from")  # the same words, lower-cased
_FOLDED_ELSE = ("ſ", "ı", "İ")  # letters re.I reads as 's' or 'i' that str.lower() leaves otherwise


def _credit_word_in(text: str) -> bool:
    """Whether ``_CREDIT_WORD`` finds a word in ``text``: looked up in the lower-cased text with ``in`` (a
    fiftieth of a scan by the case-blind pattern), by the pattern where a letter of ``_FOLDED_ELSE`` stands."""
    if any(x in text for x in _FOLDED_ELSE):
        return _CREDIT_WORD.search(text) is not None
    low = text.lower()
    return any(x in low for x in _CREDIT_WORDS)


_NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound")


def credited_reporters(doc: Document) -> None:
    """'X and Y contributed to this report', 'X reported from Z; Y and W contributed from V': the people
    named in a credit line, each before its credit verb with no other verb between the credit before it
    (or the sentence's start) and the name, are journalists."""
    assert doc.nlp is not None
    if not _credit_word_in(doc.text):  # one look at the text instead of one per person's sentences
        return
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor, limit=4):
            sent = sentence_of(span)
            credits = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in _CREDIT.finditer(doc.text_of(sent))]
            after = [c for c in credits if c[0] >= span.end_char]
            if not after:
                continue
            opened = max((end for start, end in credits if end <= span.start_char), default=sent.start_char)
            if not any(t.pos_ == "VERB" and t.dep_ not in _NOMINAL_DEPS and opened <= t.idx < span.start_char
                       for t in sent):  # (a noun the tagger took for a verb, 'stringers X and Y', is none)
                set_sector(actor, "MED")
                break
