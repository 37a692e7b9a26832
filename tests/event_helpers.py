"""Reading a processed text's events as (type, source names, target names), for the events tests."""
from __future__ import annotations


def named_events(process, text: str, published: str = "2025-03-12") -> list[tuple[str, list[str], list[str]]]:
    doc = process(text, published)
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names.get(x) for x in e.source], [names.get(x) for x in e.target]) for e in doc.events]
