"""The character spans of an actor's first mentions, as parsed: what every reader of the package starts from."""
from __future__ import annotations

from spacy.tokens import Span

from ....document import Document
from ....record import Actor


def _spans(doc: Document, actor: Actor, limit: int = 3) -> list[Span]:
    assert doc.nlp is not None
    spans = []
    for m in actor.mentions[:limit]:
        span = doc.char_span(m.start, m.end)
        if span is not None and len(span):
            spans.append(span)
    return spans
