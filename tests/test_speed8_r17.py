"""Round 17, speed8 (issue 16): the shared readers made cheaper give what they gave before. The index of an
article's words (``Document.word_positions``) and the ``token_numbers`` read off it find the tokens a scan of
every word finds, for word sets of every size and for a container that can only be asked; the LOWER table
asked lower-cased is the LOWER table; the heads read off the array are the Tokens' heads; an ``Anchor`` asked
twice about one text gives the spans it found the first time, and the spans of another text after it.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.document import heads_of, strings_of
from eventwire.stages.actors.words import actor_words

TEXTS = [
    "The harbour workers said they would strike on Monday. Their union told them to wait, and the port "
    "authority said it had offered them a new contract, which they rejected.",
    "A senior Kenyan official and two police officers met the ministry's envoy in Mombasa; the envoy said "
    "the ministry would send a team, and the officers said they were not told.",
]


class _AskOnly:
    """A container that can only be asked whether it holds a word (no length, no walk)."""

    def __init__(self, words: set[str]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _scan(doc, attr: str, words, lower: bool = False) -> list[int]:
    return [i for i, s in enumerate(doc.token_strings(attr, lower)) if s in words]


@pytest.mark.parametrize("text", TEXTS)
def test_word_positions_are_every_token_of_each_word(process, text):
    doc = process(text, until="actors")
    for attr, lower in (("LOWER", False), ("LEMMA", True), ("POS", False)):
        strings = doc.token_strings(attr, lower)
        index = doc.word_positions(attr, lower)
        assert set(index) == set(strings)
        for word, numbers in index.items():
            assert numbers == [i for i, s in enumerate(strings) if s == word]


@pytest.mark.parametrize("text", TEXTS)
def test_token_numbers_find_what_a_scan_finds(process, text):
    doc = process(text, until="actors")
    lows = doc.token_strings("LOWER")
    many = set(lows) | {f"unseen{k}" for k in range(len(lows) * 2)}  # more words asked than the article holds
    for words in ({"they"}, ("them", "they", "their"), {"the": 1, "said": 2}, {"no-such-word"}, set(), many,
                  frozenset(lows[::3])):
        assert doc.token_numbers("LOWER", words) == _scan(doc, "LOWER", words)
    found = doc.token_numbers("LOWER", {"they", "them"})
    assert found and found == sorted(found)  # (the sentences do hold the words: not only empty lists compared)
    asked = _AskOnly({"said", "envoy"})
    assert doc.token_numbers("LOWER", asked) == _scan(doc, "LOWER", asked)
    lemmas = {"say", "strike", "officer"}
    assert doc.token_numbers("LEMMA", lemmas, lower=True) == _scan(doc, "LEMMA", lemmas, lower=True)
    assert doc.token_numbers("LEMMA", lemmas, lower=True)


@pytest.mark.parametrize("text", TEXTS)
def test_lower_table_and_heads(process, text):
    sdoc = process(text, until="actors").nlp
    assert strings_of(sdoc, "LOWER", True) == [t.lower_.lower() for t in sdoc] == strings_of(sdoc, "LOWER")
    assert heads_of(sdoc) == [t.head.i for t in sdoc]


def test_anchor_spans_of_the_text_read_last():
    anchor = actor_words().state_body_anchor
    first, second = TEXTS[1], "The army and the foreign ministry of Chad said so."
    found = anchor.spans(first)
    assert found  # ('the ministry' in the second sentence)
    again = anchor.spans(first)
    assert again == found and again is not found  # (a copy: a caller may change its list)
    other = anchor.spans(second)
    assert other == anchor._spans(second) and other != found
    assert anchor.spans(first) == anchor._spans(first) == found
