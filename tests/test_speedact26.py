"""Round 26's speed work on the actors stage: scans that read less text, tables not made, answers read once;
each finds what its earlier form found.

- politics: the party members' scan tried only where a chamber's or a members' noun's first word stands
  (``first_word_matches``); 'the House' scanned only in a text that holds 'House';
- ``kinds_of_titles._plural_owners``: the plural-owner scan behind a pre-test that runs from apostrophe to
  apostrophe;
- ``coref.definites``: described companies scanned only where one of their nouns is a word of the text;
- ``lede_setting``: read once per document;
- ``country.courts._court_country``: the court nouns read off the word index;
- ``country.placed_by_setting._body_group_stems``: made once;
- the readers of one word's lemma read that word's Token (no table of every word's lemma as written).
"""
from __future__ import annotations

import importlib
import re

import pytest

from eventwire.lexicon import words
from eventwire.stages.actors.words import first_word_matches, holds_a_word

from .regex_helpers import spans, with_case_variants

module = lambda name: importlib.import_module(f"eventwire.stages.actors.{name}")  # noqa: E731

# own sentences, several shapes; case variants and the odd letters are added below
TEXTS = [
    "Senate Republicans blocked the bill on Tuesday, while House Democrats said they would try again.",
    "Republicans in Congress and Democrats in the statehouse disagreed; Young Republicans marched.",
    "Congressional Democrats met the Tories and the Lib Dems; former Republicans left the party.",
    "The Democratsville council met. Undemocratic rule, said a Republicanism scholar.",
    "The House voted 220-210. The House of Commons debated; a White House aide and the house next door.",
    "The farmers' leader and the fishermen's chairman met the workers’ union chief near the port.",
    "The boss's chief of staff, the farmer's leader and Xpeople's leader; its chief said s' chief.",
    "The Canadian chipmaker said the rival company and the first firm lost; a companywide memo and firms.",
    "The airline's board met. The startup-led group and the giant-killer team; the oil giant BP said.",
    "A Paris court ordered the trial moved; the courtroom and the courtyard were empty.",
    "",
]
TEXTS = with_case_variants(TEXTS)
TEXTS += ["The farmer\u017f' leader and \u017fenate Republicans met.",  # 'ſ' is an 's' to re.I
          "\u0130stanbul's Senate Democrats and the workers' chief met.",  # 'İ' lower-cases to two letters
          "The \u0131nsurers' chief and the House met."]  # 'ı' is an 'i' to re.I


def test_party_members_scan_finds_what_finditer_finds() -> None:
    politics = module("politics")
    pattern, firsts = politics._members_re(), politics._members_first_words()
    assert firsts and {"senate", "house", "congressional", "republicans", "democrats"} <= firsts
    for text in TEXTS:
        assert spans(first_word_matches(pattern, firsts, text)) == spans(pattern.finditer(text)), text
    found = [m.group(0) for m in first_word_matches(pattern, firsts, TEXTS[0])]
    assert found == ["Senate Republicans", "House Democrats"]
    assert first_word_matches(pattern, firsts, TEXTS[3]) == []  # negative row: the words inside others


def test_the_house_scan_finds_nothing_without_the_word() -> None:
    pattern = module("politics")._THE_HOUSE
    for text in TEXTS:
        if "House" not in text:
            assert list(pattern.finditer(text)) == [], text
    assert [m.group(1) for m in pattern.finditer(TEXTS[4])] == ["House"]  # ('the House of Commons', 'White House' not)


def test_plural_owners_find_what_the_plain_scan_finds() -> None:
    kinds = module("sector_text.kinds_of_titles")
    pattern = kinds._plural_owner_re()
    extra = ["the boss's chief", "s' chief", "men's chief", "people’s leader", "the workers’  union chief",
             "FISHERMEN’S CHAIRMAN", "its' leader", "the Xmen's boss", "'s chief", "no apostrophe here at all"]
    for text in TEXTS + extra:
        assert kinds._plural_owners(text) == [m.start() for m in pattern.finditer(text)], text
    assert kinds._plural_owners("the farmers' leader met") == [4]
    assert kinds._plural_owners("the farmer's leader met") == []  # negative row: a single owner
    assert kinds._PLURAL_POSSESSIVE.search("the farmer's leader met") is None  # (the text is not scanned)


def test_described_companies_skip_only_texts_they_can_not_match() -> None:
    definites = module("coref.definites")
    nouns = frozenset(definites._COMPANY_NOUNS)
    for text in TEXTS:
        if not holds_a_word(nouns, text):
            assert list(definites._DESCRIBED_COMPANY.finditer(text)) == [], text
    assert [m.group("noun") for m in definites._DESCRIBED_COMPANY.finditer(TEXTS[7])] == ["chipmaker", "company", "firm"]
    assert not holds_a_word(nouns, "A companywide memo on the firms' plans.")  # negative row: no noun as a word


def test_body_group_stems_are_the_list_without_a_final_y() -> None:
    stems = module("country.placed_by_setting")._body_group_stems()
    assert stems == {re.sub(r"y$", "", n) for n in words("body_group_nouns.txt")}
    assert any(n.endswith("y") for n in words("body_group_nouns.txt"))  # (the cut is read: 'agency' -> 'agenc')


@pytest.mark.parametrize("text", [
    "Chilean officials said on Monday that Chile's prisons were full. Chile will build two more, they said.",
    "Police in Lima arrested three men. The suspects were taken to a station, officers said.",
])
def test_lede_setting_read_once_per_document(process, text) -> None:
    lede = module("lede_setting")
    doc = process(text, until="document tables")
    w = module("words").actor_words()
    expected = lede.leading(lede.lede_scores(doc, w), lede.settings.LEDE_SETTING_MARGIN, lede.settings.LEDE_SETTING_MIN)
    assert lede.lede_setting(doc, w) == expected
    assert doc.cached("lede setting") == (expected or "")
    doc._cache["lede setting"] = "XYZ"  # (a second read takes the kept answer, not a new reading)
    assert lede.lede_setting(doc, w) == "XYZ"


@pytest.mark.parametrize("text", [
    "A Paris court sentenced the former mayor on Monday. The trial in Lyon had lasted a month.",
    "The court in Nairobi adjourned the case. Courts across the region were closed.",
    "Lawyers met in the courtyard of the ministry on Monday.",  # negative row: no court noun as a word
])
def test_court_country_reads_the_court_nouns_as_the_token_walk(process, text) -> None:
    courts = module("country.courts")
    words_ = module("words")
    doc = process(text, until="actors")
    w = words_.actor_words()
    nouns = words_.court_words("place")
    walked: set[str] = set()
    for tok in doc.tokens():  # (the earlier reading: every word's Token)
        if tok.lower_ in nouns and tok.pos_ == "NOUN":
            walked |= courts.court_places(doc, tok, w)
    assert courts._court_country(doc, w) == (walked.pop() if len(walked) == 1 else None)


def test_one_word_lemma_readers_read_the_token(process) -> None:
    doc = process("Ana Ruiz is a Chilean trader in Lisbon. The envoy to Peru, Li Wei, met her.", until="document tables")
    titles = module("mentions.titles")
    envoy = next(t for t in doc.tokens() if t.text == "envoy")
    trader = next(t for t in doc.tokens() if t.text == "trader")
    assert titles._sent_diplomat(doc.nlp, envoy.i)
    assert not titles._sent_diplomat(doc.nlp, trader.i)  # negative row: no diplomat's noun
    span = doc.char_span(0, len("Ana Ruiz"))
    nationality, title = titles._title_context(span)
    assert "trader" in str(title) and "Chilean" in nationality


def test_monarchs_pretest_is_any_title_as_written() -> None:
    monarchs = module("monarchs")
    extra = ["King Tomas of Ruritania met Emir Karim", "the Kingdom of Lorrland", "KING TOMAS", "a walking tour",
             "Crown Princess Ana", "the Emirates"]
    for text in TEXTS + extra:
        assert (monarchs._any_title().search(text) is not None) == any(t in text for t in monarchs._titles()), text
    assert monarchs._any_title().search("KING TOMAS, a walking tour") is None  # negative row: no title as written
