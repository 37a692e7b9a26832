"""Round 25's speed work on the actors stage: scans that read less text and find the same matches.

- ``words.first_word_matches``: a pattern whose every match opens with a word of a list is tried only where
  such a word stands (the article's word set, then ``str.find``); it gives what ``finditer`` gives.
- ``words.holds_a_word``: the pre-test of a scan that can only match where such a word stands.
- the scans moved onto them (titled_names' role patterns, self-named bodies, unnamed parties, charged
  people's cues, the long country names, counterparts, cited documents), the plural-owner pre-test of
  titles_of_kinds (a possessive quantifier) and titled_names' capitalised run (``lookahead.opening``): each
  gives the matches its earlier form gave.
"""
from __future__ import annotations

import importlib
import re

import pytest

from eventwire.lexicon import words
from eventwire.stages.actors.words import actor_words, alternation, first_word_matches, first_words, holds_a_word

from .regex_helpers import spans, with_case_variants

module = lambda name: importlib.import_module(f"eventwire.stages.actors.{name}")  # noqa: E731

# own sentences, several shapes; case variants and the odd letters are added below
TEXTS = [
    "The health ministry spokesperson Wanjiru Kamau said on Monday that the clinic would reopen.",
    "A militia calling itself \"The Free Hills Front\" claimed the raid; the group known as Red Dawn denied it.",
    "Unnamed Western intelligence sources said the convoy left, quoting sources familiar with the talks.",
    "The former mayor was charged with fraud and faces trial; his aide, accused of bribery, was facing jail.",
    "Leaders of Trinidad and Tobago and Guinea-Bissau met the Democratic Republic of the Congo's envoy.",
    "President Ana Ruiz met her Kenyan counterpart, Joseph Otieno, in Nairobi on Tuesday.",
    "The farmers' leader and the fishermen's chairman met the workers' union chief near the port.",
    "According to the Global Peace Index and the latest Arctic Sea Ice Atlas, tensions rose.",
    "the governor, Lina Okafor, said the Minister of Health Carlos Mendes Silva would visit Kano.",
    "subgroup Xgroup regroup-group; a co-founder, Nora Li, spoke. Copresident Ana Ruiz left.",
    "vice-president Ana Ruiz Lopez spoke; spokesman Bill Clinton Foundation was no name.",
    "",
]
TEXTS = with_case_variants(TEXTS)
TEXTS += ["A \u017fyndicate called Blue Reef and a cartel named Ostia formed.",  # 'ſ' is an 's' to re.I
          "\u0130stanbul's charity called Sun Aid and the gang named Kilo met.",  # 'İ' lower-cases to two letters
          "The \u0131nsurgency known as Night Owls spread."]  # 'ı' is an 'i' to re.I


def _scans() -> list[tuple[str, re.Pattern[str], frozenset[str] | None]]:
    """(name, pattern, first words) of every scan read with ``first_word_matches``."""
    w = actor_words()
    repair = module("repair")
    return [
        ("titled after role", module("titled_names")._NAMED_AFTER_ROLE, w.role_first_words),
        ("titled in apposition", module("titled_names")._NAMED_IN_APPOSITION, w.role_first_words),
        ("self-named bodies", module("mentions.self_named")._pattern(), module("mentions.self_named")._first_nouns()),
        ("unnamed parties", module("mentions.sources")._unnamed_re(), module("mentions.sources")._unnamed_nouns()),
        ("charge cues", module("sector_text.charges")._CUES, module("sector_text.charges")._CUE_WORDS),
        ("long country names", repair._long_country_names(), repair._long_country_firsts()),
    ]


@pytest.mark.parametrize("name,pattern,firsts", _scans(), ids=[s[0] for s in _scans()])
def test_first_word_matches_find_what_finditer_finds(name, pattern, firsts) -> None:
    assert firsts, name  # (every phrase of these lists opens with a word character)
    roles = actor_words().roles
    # (titled_names reads a match only when its first word is a role: those are the matches to keep)
    kept = (lambda m: m.group(1) in roles) if name.startswith("titled") else (lambda m: True)
    for text in TEXTS:
        assert spans(filter(kept, first_word_matches(pattern, firsts, text))) == \
               spans(filter(kept, pattern.finditer(text))), (name, text)
    if name.startswith("titled"):  # (the plain pattern also finds matches led by no role's word, left aside)
        assert any(not kept(m) for text in TEXTS for m in pattern.finditer(text))


def test_first_word_matches_finds_each_and_skips_words_inside_others() -> None:
    pattern = re.compile(r"\b(?i:group|cartel)\b")
    firsts = first_words(["group", "cartel"])
    text = "The subgroup and the Group met; a cartel, not Xcartel, and a group-led march."
    found = [m.group(0) for m in first_word_matches(pattern, firsts, text)]
    assert found == ["Group", "cartel", "group"]
    assert first_word_matches(pattern, firsts, "The subgroup met the cartels.") == []  # negative row


def test_first_word_matches_goes_on_after_each_match_as_finditer() -> None:
    pattern = re.compile(r"(?<![\w-])(?:South Ana|Ana Lee|Ana)(?![\w-])")
    firsts = first_words(["South Ana", "Ana Lee", "Ana"])
    text = "South Ana Lee met Ana Lee and Ana."
    assert spans(first_word_matches(pattern, firsts, text)) == spans(pattern.finditer(text))
    assert [m.group(0) for m in first_word_matches(pattern, firsts, text)] == ["South Ana", "Ana Lee", "Ana"]


def test_first_words_none_when_a_phrase_opens_on_no_word_character() -> None:
    assert first_words(["the U.N.", "Ana Lee"]) == frozenset({"the", "ana"})
    assert first_words(["'t Hooft", "Ana"]) is None
    pattern = re.compile(r"(?:'t Hooft|Ana)\b")
    text = "'t Hooft met Ana."
    assert spans(first_word_matches(pattern, None, text)) == spans(pattern.finditer(text))  # the whole text read


def test_holds_a_word() -> None:
    heads = frozenset({"counterpart", "counterparts"})
    assert holds_a_word(heads, "He met his Kenyan COUNTERPARTS on Monday.")
    assert not holds_a_word(heads, "He met his Kenyan counterpartner on Monday.")  # negative row: no such word
    assert not holds_a_word(heads, "")
    assert holds_a_word(heads, "the \u0131 letter")  # lower-casing can not tell: the scan runs
    assert holds_a_word(None, "anything")


def test_counterparts_and_documents_scans_skip_only_stories_they_can_not_match() -> None:
    officials, documents = module("coref.officials"), module("documents")
    for text in TEXTS:
        if not holds_a_word(officials._COUNTERPART_WORDS, text):
            assert list(officials._COUNTERPART.finditer(text)) == [], text
        if not holds_a_word(documents._head_words(), text):
            assert list(documents._pattern().finditer(text)) == [], text
    assert holds_a_word(officials._COUNTERPART_WORDS, TEXTS[5]) and list(officials._COUNTERPART.finditer(TEXTS[5]))
    assert holds_a_word(documents._head_words(), TEXTS[7]) and list(documents._pattern().finditer(TEXTS[7]))


def test_plural_owner_pretest_finds_what_the_backtracking_form_found() -> None:
    heads = alternation(sorted(words("title_kind_heads.txt")), ignore_case=True)
    old = re.compile(rf"(?i)\b\w+(?:s['’]|(?:men|people)['’]s)\s+(?:{heads})\b")
    new = module("sector_text.kinds_of_titles")._plural_owner_re()
    extra = ["the boss's chief", "s' chief", "men's chief", "Xpeople's leader", "people's leader",
             "the workers’  union chief", "FISHERMEN’S CHAIRMAN"]
    for text in TEXTS + extra:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
    assert [m.group(0) for m in new.finditer("the farmers' leader met")] == ["farmers' leader"]
    assert list(new.finditer("the farmer's leader met")) == []  # negative row: a single owner


def test_capital_run_opens_on_its_capital_and_finds_the_same_runs() -> None:
    old = re.compile(r"(?<![\w.'’-])(?:[A-Z][a-z\u00e0-\u00ff'’-]+ ){2,5}[A-Z][a-z\u00e0-\u00ff'’-]+(?![\w-])")
    new = module("titled_names")._CAPITAL_RUN
    extra = ["Ana Maria Lopez Ruiz said. O'Ana Maria Lopez", "x.Ana Maria Lopez", "Ana Maria", "A B C D"]
    for text in TEXTS + extra:
        assert spans(new.finditer(text)) == spans(old.finditer(text)), text
    assert [m.group(0) for m in new.finditer("said Ana Maria Lopez today")] == ["Ana Maria Lopez"]
    assert list(new.finditer("said Ana Maria today")) == []  # negative row: two words only


def test_long_country_names_found_once_per_article(process) -> None:
    repair = module("repair")
    doc = process("Officials of Trinidad and Tobago met envoys of Guinea-Bissau in Port of Spain on Monday.")
    kept = doc.cached("repair.long_country_matches")
    assert kept is not None and [m.group(0) for m in kept] == ["Trinidad and Tobago", "Guinea-Bissau"]
    assert repair._long_country_matches(doc) is kept
