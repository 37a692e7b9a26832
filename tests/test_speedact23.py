"""Round 23, speedact23: actor readers that make fewer spaCy Tokens, each giving what the reading before it gave.

- ``entity_table.entity_text``: an entity's text cut from the article, the parse read for a span holding a
  typographic apostrophe (the parse reads it straight).
- ``country.outsiders._from_phrase`` / ``_in_several_states``: the word after a group's noun read off the
  parse's arrays; checked against the Token walk they replace, on sentences where they fire and where not.
Nothing here is timed.
"""
from __future__ import annotations

import pytest

from eventwire.document import Document
from eventwire.lexicon import words
from eventwire.record import Article
from eventwire.stages.actors import entity_table
from eventwire.stages.actors.country import outsiders
from eventwire.stages.nlp import parse


@pytest.fixture(scope="module")
def parsed(nlp):
    def read(text: str) -> Document:
        doc = next(parse([Document(Article(text=text, published="2024-05-06"))], nlp))
        doc.build_tables()
        return doc
    return read


@pytest.mark.parametrize("text", [
    "Ana Lopez’s lawyer met María Ruiz in Quito.",
    "The Ministry of Health of Peru and UNICEF met in Lima on Friday.",
    "Rain fell.",
])
def test_entity_text_is_the_parses_text(parsed, text) -> None:
    doc = parsed(text)
    for ent in doc.entities():
        assert entity_table.entity_text(ent) == ent.text


def test_entity_text_reads_the_straight_apostrophe_as_the_parse_does(parsed) -> None:
    doc = parsed("The Farmers’ Union of Kenya said Ruto’s plan failed.")
    spans = [doc.nlp.char_span(4, 18, alignment_mode="expand"), doc.nlp.char_span(33, 39, alignment_mode="expand")]
    for span in spans:
        assert entity_table.entity_text(span) == span.text
    assert "’" not in entity_table.entity_text(spans[1])  # (the parse's straight apostrophe, not the article's)


def _from_phrase_walk(span):
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return next((p for p in [*span.root.children, *([after] if after is not None else [])]
                 if p.dep_ == "prep" and p.lower_ == "from" and p.i == span.end), None)


def _several_states_walk(span) -> bool:
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return any(p.dep_ == "prep" and p.lower_ in ("in", "of", "across") and p.i == span.end and any(
        o.dep_ == "pobj" and o.lemma_.lower() in words("state_nouns.txt") and o.tag_ == "NNS"
        for o in p.children) for p in [*span.root.children, *([after] if after is not None else [])])


@pytest.mark.parametrize("text, noun, has_from, several", [
    ("Envoys from Chile arrived in Quito.", "Envoys", True, False),
    ("Officials in the two countries signed the deal.", "Officials", False, True),
    ("Police across several states arrested smugglers.", "Police", False, True),
    ("Leaders of both nations met on Friday.", "Leaders", False, True),
    ("Officials in Lima signed the deal.", "Officials", False, False),  # one place: not several states
    ("Workers said they came home from Peru.", "Workers", False, False),  # 'from' far from the noun
    ("Students marched.", "Students", False, False),
])
def test_the_word_after_a_groups_noun(parsed, text, noun, has_from, several) -> None:
    doc = parsed(text)
    at = text.index(noun)
    span = doc.char_span(at, at + len(noun))
    found = outsiders._from_phrase(span)
    walked = _from_phrase_walk(span)
    assert (found is not None) == has_from == (walked is not None)
    if found is not None:
        assert found.i == walked.i
    assert outsiders._in_several_states(span) == several == _several_states_walk(span)
    for end in range(1, len(doc.nlp) + 1):  # every one-word span: the arrays' reading is the walk's
        one = doc.nlp[end - 1:end]
        assert (outsiders._from_phrase(one) is None) == (_from_phrase_walk(one) is None)
        assert outsiders._in_several_states(one) == _several_states_walk(one)
