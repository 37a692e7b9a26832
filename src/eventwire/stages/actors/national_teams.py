"""A country named as its national team in a match report: 'Norway beat Chile 2-1 in the group's last match',
'Ghana lost 0 - 3 to Japan at the tournament'. A country that is the subject or the object of a verb in a sentence
that gives a final score (two numbers joined by a dash) and a word of a match (``sports_match_words.txt``) is the
team, a body of civil society (CVL) in the gold format, not the state (no sector). Pre-test on the text: no score,
nothing read; the sentence is read only where a country actor has a mention."""
from __future__ import annotations

import re

from ...document import Document, sentence_of
from ...lexicon import words
from ...lookahead import opening
from .sector import set_sector

# (opened on its first digit with ``opening``: the engine skips to digits itself, in C, instead of testing the
# look-behind at every character of the text)
_SCORE = re.compile(opening(r"\d", r"[\w.,:/-]") + r"\d? ?[-–] ?\d{1,2}(?![\w/%-]|[.,:]\d|\s?(?:percent|per cent|years?|months?|days?)\b)")
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_TEAM_PREPOSITIONS = frozenset({"to", "against", "over", "for", "with", "by", "from"})  # 'lost to X', 'scored for X'


def national_teams(doc: Document) -> None:
    """Sets CVL on such country actors (module docstring)."""
    if doc.nlp is None or not _SCORE.search(doc.text):
        return
    match_words = words("sports_match_words.txt")
    for actor in doc.actors:
        if actor.kind != "country" or actor.sector is not None:
            continue
        for m in actor.mentions:
            span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span) or span.root.dep_ not in _ARGS:
                continue
            if span.root.dep_ == "pobj" and span.root.head.lower_ not in _TEAM_PREPOSITIONS:
                continue  # 'the match in Brazil': the venue, not a team
            sent = sentence_of(span)
            if _SCORE.search(sent.text) and any(t.lower_ in match_words for t in sent):
                set_sector(actor, "CVL")
                break
