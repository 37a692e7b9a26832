"""Round 28, speedact28 (issue 16): patterns of the actors stage that scan a whole article and opened with an
assertion (a look-behind, a word boundary) now open on a character class (``lookahead.opening``, ``THE``) or
behind a look-ahead for their first characters (``lookahead.led``), so that the regex engine skips to those
characters in C instead of testing the assertion at every character of the text. Each rewritten pattern is
set beside the pattern it replaced (written out here as it was) over sentences written for these tests: the
same matches, the same groups, and the same refusals (a digit glued to a word, a capital inside a word)."""
from __future__ import annotations

import importlib
import re

import pytest

from eventwire.lexicon import table, words

def _module(name: str):
    # (the packages re-export their readers under the modules' own names: the modules themselves, imported)
    return importlib.import_module(f"eventwire.stages.actors.{name}")


national_teams, politics = _module("national_teams"), _module("politics")
leader_teams, people = _module("mentions.leader_teams"), _module("mentions.people")
state_bodies, surnames = _module("mentions.state_bodies"), _module("mentions.surnames")
phrase_pattern = _module("phrase_groups")._pattern
lower_words = _module("not_bodies")._LOWER_WORD
from eventwire.stages.actors.words import alternation

TEXTS = [
    "Norway beat Chile 2-1 in Oslo on Sunday, and Ghana lost 0 - 3 to Japan in the final match.",
    "The vote passed 12-4, but model A3-2 and the ratio 1.5-2 and 3-4 percent of 10/2-3 are no scores.",
    "A Wei, who runs a noodle stall, said prices rose. Ah Keong said so too. McA Wei said nothing.",
    "Lia Ruiz and her brother Tomas Ruiz run the shop; Ana Ortega met Bo Lindqvist. X-Ana Ortega did not.",
    "The Ortega team and Mr. Ruiz's camp met. the Ruiz team came too, but Non-Ruiz camp stayed home.",
    "The health ministry and the tourism department said the House passed the bill; the House of Commons did not.",
    "Bomb disposal squads and emergency workers arrived; the sub-emergency workers were far away.",
    "",
    "nothing here names anybody at all, 42 things happened in 2024.",
]


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _old_following() -> re.Pattern[str]:
    nouns = words("leader_following_nouns.txt")
    return re.compile(rf"(?<![\w-])(?P<who>[A-Z][\w-]+)(?:['’]s)?\s+(?P<noun>{alternation(sorted(nouns))})(?![\w-])")


def _old_heads() -> re.Pattern[str]:
    heads = {r["head"] for r in table("portfolio_body_heads.tsv")}
    return re.compile(r"\b(?:" + "|".join(sorted(heads)) + r")\b")


PAIRS = [
    ("score", lambda: national_teams._SCORE, lambda: re.compile(
        r"(?<![\w.,:/-])\d{1,2} ?[-–] ?\d{1,2}(?![\w/%-]|[.,:]\d|\s?(?:percent|per cent|years?|months?|days?)\b)")),
    ("familiar name", lambda: people._FAMILIAR, lambda: re.compile(
        r"(?<![\w.'’-])([A-Z][a-z]?) ([A-Z][a-z]{1,8})(?=,\s(?:who|a|an)\s|\s(?:said|says|told|thinks|believes)\b)")),
    ("given and space", lambda: surnames._GIVEN_AND_SPACE, lambda: re.compile(r"(?<![\w-])([A-Z][a-z]+) ")),
    ("given then name", lambda: surnames._GIVEN_THEN_NAME,
     lambda: re.compile(r"(?<![\w-])([A-Z][a-z]+) (?=([A-Z][a-z]+)(?![\w-]))")),
    ("leader following", lambda: leader_teams._following()[1], _old_following),
    ("portfolio heads", lambda: state_bodies._portfolio_heads()[1], _old_heads),
    ("the House", lambda: politics._THE_HOUSE,
     lambda: re.compile(r"\b[Tt]he (House)\b(?! of (?!Representatives))(?!\s+[A-Z])")),
    ("phrase groups", phrase_pattern, lambda: re.compile(phrase_pattern().pattern.split(")", 1)[1])),
    ("small words at a", lambda: lower_words["a"], lambda: re.compile(r"(?<![\w-])a[a-z]{3,}")),
    ("small words at s", lambda: lower_words["s"], lambda: re.compile(r"(?<![\w-])s[a-z]{3,}")),
]


@pytest.mark.parametrize("name,new,old", PAIRS, ids=[p[0] for p in PAIRS])
def test_rewritten_pattern_finds_what_the_old_one_found(name, new, old):
    new_re, old_re = new(), old()
    assert new_re.pattern != old_re.pattern  # (the rewritten one is in use)
    for text in TEXTS:
        assert _found(new_re, text) == _found(old_re, text), (name, text)
    for i in range(len(TEXTS[3])):  # from every offset, as the readers' search loops start
        assert [(m.span(), m.groups()) for m in [new_re.search(TEXTS[3], i)] if m] == \
            [(m.span(), m.groups()) for m in [old_re.search(TEXTS[3], i)] if m], (name, i)


def test_scores_read_and_refused():
    found = [m.group(0) for m in national_teams._SCORE.finditer(TEXTS[0] + " " + TEXTS[1])]
    assert found == ["2-1", "0 - 3", "12-4"]  # not 'A3-2', '1.5-2', '3-4 percent', '10/2-3'
    assert national_teams._SCORE.search(TEXTS[8]) is None


def test_familiar_names_read_and_refused():
    found = [m.group(0) for m in people._FAMILIAR.finditer(TEXTS[2])]
    assert found == ["A Wei", "Ah Keong"]  # not the 'A Wei' inside 'McA Wei'
    assert people._FAMILIAR.search(TEXTS[8]) is None


def test_given_names_refused_inside_words():
    found = [m.group(1) for m in surnames._GIVEN_THEN_NAME.finditer(TEXTS[3])]
    assert "Ana" in found and "Lia" in found
    assert all(TEXTS[3][m.start() - 1] != "-" for m in surnames._GIVEN_THEN_NAME.finditer(TEXTS[3]) if m.start())


def test_small_words_read_and_refused():
    found = [m.group(0) for m in lower_words["s"].finditer("the sub-station staff said so; a subway is newly built")]
    assert found == ["staff", "said", "subway"]  # not 'sub' (three letters), nor 'station' (after a hyphen)
    assert lower_words["s"].search("the ministers met") is None  # (an 's' inside a word starts no word)


def test_the_house_read_and_refused():
    found = [m.start(1) for m in politics._THE_HOUSE.finditer(TEXTS[5])]
    assert len(found) == 1  # 'the House passed', not 'the House of Commons'
    assert politics._THE_HOUSE.search("a greenhouse and another House") is None
