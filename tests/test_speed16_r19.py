"""Round 19, speed16: cheaper mention readers, each giving what the reading before it gave.

- ``state_bodies.state_body_matches``: the possessive and adjectival state-body matches ("Chile's defence
  ministry", 'the Bolivian navy') found once per article and read by both ``state_bodies`` and
  ``single_state_bodies``. Checked against ``near`` of the same pattern and anchor, on texts of our own,
  and the readers' candidates against the same readers handed a fresh search.
Nothing here is timed.
"""
from __future__ import annotations

import importlib

import pytest

from eventwire.document import Document
from eventwire.record import Article
from eventwire.stages.actors.words import actor_words, near
from eventwire.stages.nlp import parse

# (the package's ``state_bodies`` is the reader function: the module is imported by its full name)
sb = importlib.import_module("eventwire.stages.actors.mentions.state_bodies")


@pytest.fixture(scope="module")
def parsed(nlp):
    def read(text: str) -> Document:
        return next(parse([Document(Article(text=text))], nlp))
    return read


STATE_BODY_TEXTS = [
    "Chile's defence ministry said the Bolivian navy had crossed into its waters.",  # two matches
    "Peru's Lima embassy and the Ecuadorian army were both named. The electoral commission met later.",
    "The army said nothing. Parliament voted on Tuesday.",  # the single-state bodies' own nouns only
    "Nobody said anything about any body of any state here.",  # no match at all: an empty list kept
    "",
]


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]


@pytest.mark.parametrize("text", STATE_BODY_TEXTS)
def test_state_body_matches_as_near_gives_them(parsed, text):
    w = actor_words()
    doc = parsed(text)
    first = sb.state_body_matches(doc, w)
    assert _spans(first) == _spans(near(w.state_body_re, w.state_body_anchor, doc.text))
    assert sb.state_body_matches(doc, w) is first  # kept for the article: the second reader finds it


def test_state_body_matches_found_in_example(parsed):
    w = actor_words()
    doc = parsed(STATE_BODY_TEXTS[0])
    found = [m.group(0) for m in sb.state_body_matches(doc, w)]
    assert any("defence ministry" in f for f in found) and any("navy" in f for f in found)
    assert sb.state_body_matches(parsed(STATE_BODY_TEXTS[3]), w) == []


@pytest.mark.parametrize("text", STATE_BODY_TEXTS)
def test_readers_same_with_kept_and_fresh_matches(parsed, text, monkeypatch):
    """Both readers give the same candidates whether the matches are kept or searched afresh per call."""
    w = actor_words()
    doc = parsed(text)
    kept = (sb.state_bodies(doc, w), sb.single_state_bodies(doc, w))
    monkeypatch.setattr(sb, "state_body_matches",
                        lambda d, w_: near(w_.state_body_re, w_.state_body_anchor, d.text))
    fresh_doc = parsed(text)
    fresh = (sb.state_bodies(fresh_doc, w), sb.single_state_bodies(fresh_doc, w))
    assert [[(c.start, c.end, c.key, c.country) for c in part] for part in kept] == \
           [[(c.start, c.end, c.key, c.country) for c in part] for part in fresh]
