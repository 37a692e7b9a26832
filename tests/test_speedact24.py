"""speedact24: the actors stage's scans written to run faster must find what they found before.

``lookahead.opening`` (a pattern opening on a character class, its look-behind read after the character) and
``THE`` against the assertion-first forms they replace; ``ActorWords.names_a_body`` (one pattern of every
org_words.tsv word) against a search per row; the credit line's pre-test against its case-blind pattern.
Each row has near-misses beside it: a word inside a longer word, after a hyphen or an apostrophe, in capitals.
"""
from __future__ import annotations

import re

import pytest

from eventwire.lexicon import table
from eventwire.lookahead import THE, opening
from eventwire.stages.actors.sector_text.credits import _CREDIT_WORD, _credit_word_in
from eventwire.stages.actors.words import actor_words

SENTENCES = [
    "The minister said the talks would resume; other officials, then the envoy, disagreed.",
    "Theirs was the last word: THE END, said the-father of the bride in Athens.",
    "the board met at the Bathe Road office, and they then left the theatre.",
    "Soothe the crowd, the mayor told them; breathe, the coach added.",
    "'the union' and “the party” and -the group and _the cell and 9the unit",
    "This report and this week's vote; his client, her company, Hisham's firm and Sher's party.",
    "Ana Ruiz, a nurse from Lima, and O'Neil Baptiste, a teacher; McAna Lee, Jean-Paul Ruiz-Tagle.",
    "",
]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None):
    end = len(text) if endpos is None else endpos
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("rest", [r"\s+(?P<noun>[a-z]+)", r"\s+(?:(?P<mod>[a-z]+)\s+)?(?P<noun>union|party|group)\b",
                                  r"(?P<tail>[a-z]*)"])
def test_the_opens_where_the_word_boundary_did(text: str, rest: str) -> None:
    old, new = re.compile(r"\b[Tt]he" + rest), re.compile(THE + rest)
    assert _spans(new, text) == _spans(old, text)
    for pos in range(0, len(text), 7):  # in a window, as ``near`` reads a text
        assert _spans(new, text, pos, min(len(text), pos + 40)) == _spans(old, text, pos, min(len(text), pos + 40))


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("first,not_after,rest", [
    ("[A-Z]", r"[\w'’.-]", r"[a-z]+(?:[ -][A-Z][a-z]+){1,2}"),
    ("[A-Z]", r"[\w’'.-]", r"[\w.’'&-]*"),
    ("[Tt]", r"\w", r"his\s+(?P<noun>[a-z]+)"),
    ("[Hh]", r"\w", r"(?:is|er)\s+(?P<noun>client|company|firm|party)"),
])
def test_opening_matches_the_look_behind_first_form(text: str, first: str, not_after: str, rest: str) -> None:
    old = re.compile(rf"(?<!{not_after}){first}{rest}")
    new = re.compile(opening(first, not_after) + rest)
    assert _spans(new, text) == _spans(old, text)


def test_the_finds_words_and_not_parts_of_words() -> None:
    pattern = re.compile(THE + r"\s+(\w+)")
    assert [m.group(1) for m in pattern.finditer("The army and the police")] == ["army", "police"]
    assert pattern.search("soothe them, bathe it, breathe out, -the x").group(0) == "the x"  # a word after '-'
    assert pattern.search("soothe them and bathe it") is None


NAMES = ["Ministry of Health", "the Red Cross Society", "Acme Holdings", "radio free asia", "Ana Ruiz",
         "Port Authority", "the authoritative report", "Ministry", "Ministryx", "xMinistry", "a-ministry",
         "Farmers Union", "unionist", "UNION", "Coalition for Peace", "the coalitions", "Ruiz's Foundation",
         "foundations", "State Council", "", "Bank", "embankment", "the bank's board"]


@pytest.mark.parametrize("name", NAMES)
def test_names_a_body_reads_as_a_search_per_row(name: str) -> None:
    w = actor_words()
    assert w.names_a_body(name) == any(p.search(name.lower()) for p, _, _ in w.org_words)


def test_names_a_body_knows_every_row_and_no_part_of_a_word() -> None:
    w = actor_words()
    rows = [r["word"] for r in table("org_words.tsv")]
    assert all(w.names_a_body(f"The {word.title()} of Nowhere") for word in rows)
    assert not w.names_a_body("Ana Ruiz")  # a person's name holds no body's word
    assert w.names_a_body("Ministry of Health") and not w.names_a_body("Ministryx of Xealth")


@pytest.mark.parametrize("text,found", [
    ("Ana Ruiz contributed to this report.", True),
    ("Li Wei REPORTED FROM Beijing.", True),
    ("Our correspondent has more from Lagos.", True),
    ("The reports from the field were grim.", True),  # (a pre-test: the credit pattern itself reads on)
    ("The reporter from the field was hurt.", False),
    ("He reported to the board from Lagos.", False),
    ("Ana Ruiz reportſ from Lima.", True),  # a long s: re.I reads it as 's', str.lower() does not
    ("", False),
])
def test_credit_words_as_the_case_blind_pattern_finds_them(text: str, found: bool) -> None:
    assert _credit_word_in(text) is found
    assert _credit_word_in(text) == (_CREDIT_WORD.search(text) is not None)
