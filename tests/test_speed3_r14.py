"""Round 14, speed of the actors stage, third pass: people() and countries() read a name's text once with
span_text (a slice of the article's text) instead of Span.text; what they find is what the plain reading finds."""
from __future__ import annotations

import sys

import pytest

from eventwire.stages.actors import mentions
from eventwire.stages.actors.repair import repair_person
from eventwire.stages.actors.words import actor_words
from eventwire.document import span_text

TEXTS = [
    "The Peruvian Foreign Minister, Elena Quispe, said on Monday that talks with Chile's government would "
    "resume. \"We want a fair deal,\" she told the Lima daily El Comercio's reporters in Cusco.",
    "Kyiv said it had shot down the drones. Beijing's reply came after the Russian side met Ines Paris, and "
    "Paris said the talks with Pyongyang were over. The U.S. envoy for Syria, Anna Lee's deputy, agreed.",
    "BOGOTA - Colombian Defense Minister Pedro Sánchez visited troops near the border with Venezuela, where "
    "the ELN's fighters attacked a base of the army's 30th Brigade on Sunday. Cyclone Jude hit Mozambique.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_repaired_names_text_is_the_spans_text(process, text):
    """The spans people() reads (each person entity trimmed and repaired) and countries() reads (each entity
    trimmed): span_text gives their Span.text."""
    doc = process(text, until="actors")
    w = actor_words()
    for ent in doc.entities():
        span = mentions._trim_possessive(ent)
        if span is None:
            continue
        assert span_text(span) == span.text
        repaired = repair_person(span, w)
        assert span_text(repaired) == repaired.text


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("finder", ["people", "countries"])
def test_finders_find_what_span_text_plain_finds(process, text, finder, monkeypatch):
    """people() and countries() give the same candidates with span_text as with Span.text itself."""
    doc = process(text, until="actors")
    w = actor_words()
    fast = getattr(mentions, finder)(doc, w)
    # (the finder reads span_text in its own module of the mentions package)
    monkeypatch.setattr(sys.modules[getattr(mentions, finder).__module__], "span_text", lambda span: span.text)
    plain = getattr(mentions, finder)(doc, w)
    assert fast == plain
