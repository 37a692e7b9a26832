"""Round 18, speed11 (issue 16): the actors stage's shared readers read what they read before, cheaper.

An ``Anchor`` given the phrases its pattern was written for tries the pattern only where a phrase's first
word stands in the text (``_first_word_spans``); its spans must be the pattern's matches over the whole
lower-cased text, as ``finditer`` takes them (leftmost, none inside the last one), and the matches of the
case-blind pattern over the text as written. The patterns ``near`` tries around the anchors' words, now
behind a look-ahead for their first characters, must find what they found without it. ``token_numbers`` asked with a set or a dict meets the article's
words in C; it must find what a scan of every word finds. Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from eventwire.stages.actors.country.work_titles import _work_anchor

from .regex_helpers import plain as _plain
from eventwire.stages.actors.sector_text.kinds_of_titles import _title_kind_anchor
from eventwire.stages.actors.words import Anchor, _lower_text, actor_words, alternation, near

TEXTS = [
    "The Interior Ministry said on Friday that the electoral commission would meet. A ministry spokesman, "
    "who asked not to be named, told state media the army and the central bank backed the plan.",
    "Two senior officials of the Farmers Union met the president's envoy; the envoy's aide, an activist "
    "and a former minister, said the ministers would administer the fund through the SUPREME COURT.",
    "Local radio stations and a private news channel quoted the gang leader, a club president and a "
    "novelist whose book about the navy won a prize.",
    "Rain fell on the valley all week, and the river rose over its banks.",
    "",
]


def _anchors() -> dict[str, Anchor]:
    w = actor_words()
    return {"single state body": w.single_state_body_anchor, "state body": w.state_body_anchor,
            "body noun": w.body_noun_anchor, "media head": w.media_head_anchor, "role": w.role_anchor,
            "title kind": _title_kind_anchor(), "work": _work_anchor()}


def _whole_text(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    """The reading the first words replace: the lower-cased pattern over the whole lower-cased text."""
    low, _ = _lower_text(text)
    return [m.span() for m in anchor._lowered.finditer(low)]


@pytest.mark.parametrize("name", sorted(_anchors()))
def test_each_anchor_reads_first_words(name):
    # (each anchor of the stage is given its phrases: without them it scans the whole text as before)
    assert _anchors()[name]._first_words


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", sorted(_anchors()))
def test_first_word_spans_are_the_whole_text_matches(name, text):
    anchor = _anchors()[name]
    found = anchor._spans(text)
    assert found == _whole_text(anchor, text) == [m.span() for m in anchor.pattern.finditer(text)]


def test_the_anchors_find_words_in_the_texts():
    # (the test above passes on no match at all: these sentences hold the anchors' words)
    a = _anchors()
    text = " ".join(TEXTS)
    low = text.lower()
    assert {"interior ministry", "central bank"} <= {low[s:e] for s, e in a["state body"]._spans(text)}
    assert {"spokesman", "envoy", "minister"} <= {low[s:e] for s, e in a["role"]._spans(text)}
    assert "electoral commission" in [low[s:e] for s, e in a["single state body"]._spans(text)]
    assert a["role"]._spans(TEXTS[3]) == []


def test_first_words_inside_longer_words_and_overlapping_phrases():
    phrases = ["state media", "media outlet", "minister", "news"]
    anchor = Anchor(alternation(phrases, True), phrases)
    assert anchor._first_words == {"state", "media", "minister", "news"}
    text = "The state media outlet said the ministers would administer it; Minister Ruiz read the NEWS."
    found = anchor._spans(text)
    # 'state media' taken first, so 'media outlet' (inside it) is not; 'ministers' and 'administer' hold no
    # word 'minister'
    assert [text[s:e] for s, e in found] == ["state media", "Minister", "NEWS"]
    assert found == _whole_text(anchor, text)


def test_anchor_without_phrases_or_with_a_phrase_led_by_no_word_character():
    words = ["minister", "envoy"]
    assert Anchor(alternation(words, True))._first_words is None  # (no phrases: the whole text is scanned)
    odd = Anchor(alternation(["envoy", "-led"], True), ["envoy", "-led"])
    assert odd._first_words is None  # (a match may begin at no word: the whole text is scanned)
    text = "An envoy of the U.N.-led mission said so."
    assert odd._spans(text) == [m.span() for m in odd.pattern.finditer(text)]


def _near_cases() -> list[tuple[str, re.Pattern[str], object]]:
    w = actor_words()
    return [("anonymous", w.anonymous_re, w.role_anchor), ("state body", w.state_body_re, w.state_body_anchor),
            ("named body", w.named_body_re, w.body_noun_anchor),
            ("named body before", w.named_body_before_re, w.body_noun_anchor),
            ("collective", w.collective_re, w.collective_anchor)]


def _read(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("case", range(5))
def test_led_patterns_find_what_the_plain_patterns_find(case):
    name, pattern, anchor = _near_cases()[case]
    plain = _plain(pattern)
    for text in TEXTS + [" ".join(TEXTS)]:
        assert _read(near(pattern, anchor, text)) == _read(near(plain, anchor, text)), name
        assert _read(pattern.finditer(text)) == _read(plain.finditer(text)), name


def test_led_patterns_find_in_the_texts():
    # (the test above passes on no match at all: the sentences hold matches of each pattern)
    text = " ".join(TEXTS) + " The Kenyan government and Kenya's army said so; the Ruiz administration agreed."
    for name, pattern, anchor in _near_cases():
        if name != "named body":
            assert near(pattern, anchor, text), name
    assert near(actor_words().named_body_re, actor_words().body_noun_anchor, "The state broadcaster KBC said so.")
