"""Reporting clauses for the quotes stage: cue words, speakers, relays, indirect speech and hedges.

A *cue* is the verb or phrase that says somebody speaks ("said", "told", "according to"); its
*speaker* is the subject of that verb, resolved to an actor; *relays* are the outlets or people that
pass the words on ("according to TASS", "told Joongang Ilbo"), original first. The word lists live in
``eventwire/lexicons/`` (speech_cues.tsv, hedges.txt, quote_*.tsv|txt).
"""
from __future__ import annotations

from .cues import Clause, CueWords, Speaker, cue_words, is_cue, lemma
from .publisher import own_outlets
from .reports import (Candidates, Report, according_reports, candidates, clause_from_cue, hedges, relays,
                      source_hedges, speech_reports)
from .speakers import document_author, noun_phrase_after, passive_agent, resolve_speaker, subject_of

__all__ = ["Candidates", "Clause", "CueWords", "Report", "Speaker", "according_reports", "candidates",
           "clause_from_cue", "cue_words", "document_author", "hedges", "is_cue", "lemma", "noun_phrase_after",
           "own_outlets", "passive_agent", "relays", "resolve_speaker", "source_hedges", "speech_reports",
           "subject_of"]
