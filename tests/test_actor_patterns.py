"""Speed-ups in the actors stage must find exactly what the plain forms found: the phrase alternations
(prefix trees) match what the plain list of phrases, longest first, matches (words.alternation); the
whole-word search finds what the bounded regex finds (mentions.whole_word_occurrences)."""
from __future__ import annotations

import re

import pytest

from eventwire.stages.actors.words import alternation, _literal

PHRASES = ["South Korea", "South Korean", "South Koreans", "South Sudan", "UN", "U.N.", "Un", "un envoy",
           "Côte d'Ivoire", "prime minister", "Prime Minister", "minister", "deputy prime minister", "a", "ab"]
TEXTS = [
    "The South Korean prime minister met the UN envoy and the U.N. team in South Sudan.",
    "south koreans and Deputy Prime Minister Ab told an Un meeting in Côte d’Ivoire and Côte d'Ivoire.",
    "A minister, a deputy PRIME MINISTER, ab, abc, South Koreas and SOUTH SUDAN.",
]


def plain(phrases: list[str]) -> str:
    return "|".join(_literal(p) for p in sorted({p for p in phrases if p}, key=len, reverse=True))


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("wrap", [r"(?<![\w-])(?:{})(?![\w-])", r"\b(?:{})\s+\w+", r"(?:{})"])
def test_tree_matches_what_the_plain_list_matches(flags: int, wrap: str) -> None:
    tree = re.compile(wrap.format(alternation(PHRASES, ignore_case=bool(flags))), flags)
    flat = re.compile(wrap.format(plain(PHRASES)), flags)
    for text in TEXTS:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_longest_phrase_wins_and_backs_off_when_the_rest_fails() -> None:
    pattern = re.compile(rf"(?:{alternation(['South Korea', 'South Korean', 'South'])})\b")
    assert pattern.match("South Korean troops").group(0) == "South Korean"
    assert pattern.match("South Koreas").group(0) == "South"  # neither longer phrase ends at a word boundary
    assert re.match(rf"(?:{alternation(['ab', 'abc'])})d", "abd").group(0) == "abd"  # 'abc' fails, 'ab' fits


def test_tree_is_a_tree_and_falls_back_when_branches_overlap() -> None:
    assert alternation(["South Korea", "South Sudan"]) == r"South\ (?:Korea|Sudan)"
    mixed = alternation(["d'Ivoire", "d’Ivoire x"])  # "'" and "’" branches could both take "’"
    assert mixed == plain(["d'Ivoire", "d’Ivoire x"])
    assert alternation([]) == ""


@pytest.mark.parametrize("name", ["M23", "Al-Shabaab", "U.N.", "AA", "Reuters"])
def test_whole_word_occurrences_match_the_bounded_regex(name: str) -> None:
    from eventwire.stages.actors.mentions import whole_word_occurrences

    text = ("M23 fighters and M23-led groups, M234, the M23. Al-Shabaab's; pro-Al-Shabaab. U.N. and U.N.'s "
            "AAA AA AA_ _AA AA, Reuters/Reuters ReutersX Reuters")
    expected = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert whole_word_occurrences(text, name) == expected
    assert expected  # each name occurs at least once as a whole word here
