"""Quotes in news written outside VOA's house style (round 24, set I): a double quote mark with white space on
both sides (text tokenised word by word) takes its side from whether a quote is open: it closes the open one,
whatever its glyph, else it opens. Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, inside, outside", [
    # straight marks between spaces: the second closes what the first opened
    ('The ministry vowed to " defend the border " against raids. Its chief later said the talks were " a historic step for the region " in a speech.',
     ["defend the border", "a historic step for the region"], "against raids"),
    # an opening glyph between spaces closes the quote left open before it
    ('Senator Rosa Lind said, "We were ignored again. " Still, the port will get a new crane next year.',
     ["We were ignored again."], "Still, the port will get a new crane"),
])
def test_spaced_marks_pair_by_what_is_open(process, text, inside, outside) -> None:
    doc = process(text, until="quotes")
    texts = [q.text for q in doc.quotes if q.kind != "indirect"]
    for words in inside:
        assert words in texts, texts
    assert not any(outside in t for t in texts), texts


def test_spaced_closing_glyph_closes(process) -> None:
    text = 'Senator Rosa Lind said, "We were ignored again. \u201c Still, the port will get a new crane next year.'
    doc = process(text, until="quotes")
    texts = [q.text for q in doc.quotes if q.kind != "indirect"]
    assert "We were ignored again." in texts, texts
    assert not any("Still" in t for t in texts), texts


def test_marks_glued_to_words_keep_their_glyph_side(process) -> None:
    # no spaced mark: a quote opened and closed as usual; an apostrophe inside changes nothing
    doc = process('Mayor Ian Cole said the city\u2019s plan was "a mess" and "a waste."', until="quotes")
    texts = [q.text for q in doc.quotes if q.kind != "indirect"]
    assert "a mess" in texts and any(t.startswith("a waste") for t in texts), texts
