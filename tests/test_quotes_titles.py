"""Quoted titles and names are not speech (issue 16): a book, a show, a law, a report or a place name in
quotation marks yields no quote. Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'Her 2019 book, "Rivers of Dust," was banned by the authorities.',
    'He told the talk show "Good Morning Nairobi" that the deal was off.',
    'The government amended the "Law on the Protection of Wetlands" last year.',
])
def test_a_quoted_title_is_no_quote(process, text) -> None:
    doc = process(text, until="quotes")
    assert [q.text for q in doc.quotes if q.kind != "indirect"] == []


@pytest.mark.parametrize("text, words", [
    ('The minister called the plan "dead on arrival" on Monday.', "dead on arrival"),
    ('“We will not give up,” Amina Yusuf said.', "We will not give up,"),
])
def test_speech_stays_a_quote(process, text, words) -> None:
    doc = process(text, until="quotes")
    found = [q.text for q in doc.quotes if q.kind != "indirect"]
    assert words in found, found
