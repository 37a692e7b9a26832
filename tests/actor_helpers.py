"""Reading a processed text's actors for the actors tests: which actor holds a mention written at a place; which
actor a probe row names."""
from __future__ import annotations

import re


def holder(doc, phrase: str, nth: int = 0, covering: bool = False) -> str | None:
    """The name of the actor with a mention starting where the ``nth`` whole-word occurrence of ``phrase``
    starts (None: no actor holds one there); with ``covering``, the mention must also reach the phrase's
    end (a pronoun's own mention inside 'the consultancy's' does not count)."""
    text = doc.text
    starts = [i for i in range(len(text)) if text.startswith(phrase, i) and (i == 0 or not text[i - 1].isalnum())
              and not text[i + len(phrase):i + len(phrase) + 1].isalnum()]
    start = starts[nth]
    return next((a.name for a in doc.actors for m in a.mentions
                 if m.start == start and (not covering or m.end >= start + len(phrase))), None)


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower()).strip()


def named_actor(actors, name: str):
    """The actor a probe row names: the one of that name (a leading 'the' and case aside), else the first whose
    name contains it; None when there is none."""
    return next((a for a in actors if _bare(a.name) == _bare(name)), None) or next(
        (a for a in actors if _bare(name) in _bare(a.name)), None)


def probe_records(pipeline, rows) -> dict:
    """The record of each probe row's sentence (``rows``: kind, text, ...), each sentence extracted once."""
    from eventwire.record import Article

    return {text: pipeline.extract(Article(text=text, published="2025-03-01")) for text in {r[1] for r in rows}}


def assert_probe_field(records: dict, kind: str, text: str, name: str, field: str, want) -> None:
    """A probe row: the actor ``name`` is found in its sentence's record and its ``field`` is ``want``."""
    actors = records[text].actors
    hit = named_actor(actors, name)
    assert hit is not None, (kind, [(a.name, getattr(a, field)) for a in actors])
    assert getattr(hit, field) == want, (kind, [(a.name, getattr(a, field)) for a in actors])


def country_of_named(process, text: str, name: str) -> str | None:
    """The country of the first actor whose name holds ``name`` (the text processed as of 2025-03-01); fails
    when no actor's name holds it."""
    doc = process(text, published="2025-03-01")
    found = [a for a in doc.actors if name in a.name]
    assert found, f"no actor named {name!r} in {[a.name for a in doc.actors]}"
    return found[0].country


def country_of_exact(process, text: str, name: str) -> str | None:
    """The country of the first actor whose whole name is ``name`` (case aside; the text processed as of
    2025-03-01); fails, listing the actors, when none is."""
    doc = process(text, published="2025-03-01")
    found = [a for a in doc.actors if a.name.lower() == name.lower()]
    assert found, f"no actor named {name!r} in {[(a.name, a.country) for a in doc.actors]}"
    return found[0].country


def actor_at_head(doc, text: str, words: str):
    """The actor with a mention over the last character of the first occurrence of ``words`` (its head word), or
    None."""
    start = text.index(words) + len(words) - 1
    return next((a for a in doc.actors if any(m.start <= start < m.end for m in a.mentions)), None)


def kinds_countries_sectors(doc) -> dict:
    """Every actor's name -> (kind, country, sector)."""
    return {a.name: (a.kind, a.country, a.sector) for a in doc.actors}
