"""Dictionary (PETRARCH/TABARI) event coding: the events stage used when dictionaries are given.

``DictionaryCoder(dicts)`` is a pipeline stage: it replaces the project's own events stage (the other
stages still run). Each sentence is coded with the dictionaries (see ``coder``); codings whose CAMEO code
has a PLOVER type (``eventwire.cameo``) become eventwire/1 events, their actors get the dictionary
codes in ``actors[].code``. ``codings(doc)`` gives every coding, PLOVER-typed or not (the evaluation
scores those). Date-restricted actor codes use ``doc.article.published``.
"""
from __future__ import annotations

from datetime import date

from ...cameo import plover_type  # the project's one CAMEO->PLOVER table
from ...dictionaries import Dictionaries
from ...document import Document
from ...ingest.dates import published_day as day_of
from ...record import Actor, Event, Span, Trigger
from .actors import Group
from .coder import NO_ACTOR, Coding, SentenceCoder
from .words import stream_of

__all__ = ["Coding", "DictionaryCoder", "plover_type"]


def published_day(doc: Document) -> date | None:
    """The document's publication day (the project's one helper, ``ingest.dates.published_day``)."""
    return day_of(doc.article.published)


class DictionaryCoder:
    """A pipeline stage coding events with PETRARCH dictionaries."""

    def __init__(self, dicts: Dictionaries, require_dyad: bool = True, new_actor_length: int = 0) -> None:
        self.coder = SentenceCoder(dicts)
        self.require_dyad = require_dyad
        self.new_actor_length = new_actor_length  # PETRARCH's option: uncoded noun phrases up to this long

    def codings(self, doc: Document) -> list[Coding]:
        if doc.nlp is None:
            return []
        streams = [(sent, stream_of(sent)) for sent in doc.nlp.sents]
        discards = [self.coder.discards_in(stream) for _sent, stream in streams]
        if any(story for story, _sentence in discards):
            return []
        day = published_day(doc)
        out: list[Coding] = []
        for (sent, stream), (_story, sentence) in zip(streams, discards):
            if not sentence:
                out += self.coder.code(sent, day, self.require_dyad, stream, self.new_actor_length)
        return out

    def __call__(self, doc: Document) -> None:
        events = []
        for coding in self.codings(doc):
            kind = plover_type(coding.code)
            if kind is None:
                continue
            source = _actor(doc, coding.source_group, coding.source)
            target = _actor(doc, coding.target_group, coding.target) if coding.target != NO_ACTOR else None
            tok, sent = coding.verb, coding.sentence
            events.append(Event(
                id=f"e{len(events) + 1}", type=kind, source=[source.id], target=[target.id] if target else [],
                sentence=Span(sent.start_char, sent.end_char), trigger=Trigger(tok.text, tok.idx, tok.idx + len(tok)),
                rule=coding.rule, cameo=coding.code, confidence=0.5))
        doc.events = events


def _actor(doc: Document, group: Group | None, code: str) -> Actor:
    """The actor holding ``code`` for the unit of ``group`` that carries it (made when new)."""
    unit = next((u for u in group.units if code in u.codes), group.units[0]) if group else None
    toks = sorted((t for p in unit.pieces for t in p.tokens), key=lambda t: t.i) if unit else []
    start, end = (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else (0, 0)
    for actor in doc.actors:
        if actor.code == code and (not toks or any(m.start == start and m.end == end for m in actor.mentions)):
            return actor
    held = doc.actor(doc.actor_in(start, end)) if toks else None
    if held is not None and held.code is None and all(m.start == start and m.end == end for m in held.mentions[:1]):
        held.code = code
        return held
    actor = doc.new_actor(doc.text[start:end] or code, "other", country=code[:3] if code[:3].isalpha() else None,
                          code=code)
    if toks:
        doc.add_mention(actor, start, end)
    return actor
