"""Round 25 speed steps give what the code they replace gave:

* the hedge and relay patterns of reported speech (``attribution.cues``) stand behind ``lookahead.led``'s
  look-ahead: they find what their plain forms find, fires and near-misses alike;
* the speech, 'according' and hedge candidates (``attribution.reports.candidates``) are read off the
  article's word index (``Document.token_numbers``): the words the per-word loops kept, in order;
* ``document.starts_of`` is every token's ``idx``; the events tree's relation table is the parse's DEP
  strings, the Document's own list.
"""
from __future__ import annotations

import pytest

from eventwire.document import Document, starts_of, strings_of
from eventwire.pipeline import Pipeline
from eventwire.record import Article
from eventwire.stages import nlp as nlp_stage
from eventwire.stages.attribution.cues import cue_words
from eventwire.stages.attribution.reports import candidates
from eventwire.stages.eventcoding import tree
from .regex_helpers import plain

# the project's own sentences: hearsay (a passive "is said to", "reportedly", "allegedly"), relays
# ("according to", "quoted by", "citing", "told"), a quote, near-misses ("accordingly", "this is said" with no
# "to", a "report" that is a noun), capitals, a line break inside a phrase
TEXT = (
    "LIMA - The mayor of Arequipa is said to have resigned on Monday, according to the regional radio.\n"
    "Rebels reportedly seized two villages near the river, a spokesman told Radio Sur, citing local "
    "officials. The general was allegedly paid by smugglers, the newspaper quoted by El Comercio said.\n\n"
    "ACCORDING TO the ministry, the talks \"will resume soon,\" Ana Soto said. She acted accordingly. "
    "This is said often, but nobody reported it. The report was, according\nto aides, leaked.\n"
)

NEAR_MISSES = (
    "The vote went accordingly.",
    "This is said often.",
    "The report said nothing new.",
    "He was seized reportedlyx at dawn.",
    "Unreportedly, they left.",
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def parsed(pipe) -> Document:
    doc = next(nlp_stage.parse([Document(Article(text=TEXT, published="2025-02-03"))], pipe.nlp))
    doc.build_tables()
    return doc


def _spans(pattern, text: str, *window: int) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, *window)]


@pytest.mark.parametrize("name", ["hedge_re", "relay_re"])
def test_led_cue_patterns_find_what_their_plain_forms_find(name):
    pattern = getattr(cue_words(), name)
    assert pattern.pattern.startswith("(?="), pattern.pattern[:40]  # (led's form: the rewrite is in place)
    before = plain(pattern)
    found = _spans(pattern, TEXT)
    assert found == _spans(before, TEXT)
    assert found  # each fires in the text
    for lo in range(0, len(TEXT), 37):  # windows, as relays scans a reporting clause
        assert _spans(pattern, TEXT, lo, lo + 90) == _spans(before, TEXT, lo, lo + 90)
    for sentence in NEAR_MISSES:
        assert _spans(pattern, sentence) == _spans(before, sentence)


def test_hedge_and_relay_rows_fire_and_near_misses_do_not():
    cw = cue_words()
    hedges = [m.group(0).lower() for m in cw.hedge_re.finditer(TEXT)]
    assert "is said to" in " ".join(hedges)
    relays = [m.group("phrase").lower() for m in cw.relay_re.finditer(TEXT)]
    assert "according to" in relays and "according\nto" in relays  # capitals and a line break too
    assert not any(cw.relay_re.search(s) for s in NEAR_MISSES[:1])  # "accordingly" is no relay
    assert not cw.hedge_re.search("This is said often.")  # no "to": no hearsay


def _candidates_by_word(doc: Document):
    """The per-word loops the index reading replaces."""
    cw = cue_words()
    tokens = doc.tokens()
    lowers = doc.token_strings("LOWER")
    speech = [tokens[i] for i, lemma in enumerate(doc.token_strings("LEMMA", lower=True))
              if lemma in cw.speech and tokens[i].lemma_ in cw.speech]
    return (speech, [tokens[i] for i, low in enumerate(lowers) if low == "according"],
            [tokens[i] for i, low in enumerate(lowers) if low in cw.hedge_words])


def test_candidates_off_the_word_index_are_the_per_word_ones(parsed):
    cands = candidates(parsed)
    speech, according, hedges = _candidates_by_word(parsed)
    assert [t.i for t in cands.cues] == [t.i for t in speech]
    assert [t.i for t in cands.according] == [t.i for t in according]
    assert [t.i for t in cands.hedges] == [t.i for t in hedges]
    assert {t.lower_ for t in cands.cues} >= {"said", "told"}
    assert [t.lower_ for t in cands.according] == ["according", "according", "according"]  # not "accordingly"
    assert {t.lower_ for t in cands.hedges} >= {"reportedly", "allegedly"}


def test_candidates_of_a_text_without_cues_are_empty(pipe):
    doc = next(nlp_stage.parse([Document(Article(text="The vote went accordingly in Lima.\n"))], pipe.nlp))
    cands = candidates(doc)
    assert not cands.cues and not cands.according and not cands.hedges


def test_starts_of_is_every_token_offset(parsed):
    sdoc = parsed.nlp
    assert starts_of(sdoc) == [t.idx for t in sdoc]
    assert starts_of(sdoc) is starts_of(sdoc)  # made once per parse


def test_tree_relations_are_the_parse_dep_strings(parsed):
    sdoc = parsed.nlp
    _, kids, deps, tokens, _ = tree._tables(sdoc)
    assert deps == [t.dep_ for t in sdoc]
    assert deps is strings_of(sdoc, "DEP")  # the parse's one table, not a second read of the array
    assert deps == parsed.token_strings("DEP")
    for tok in sdoc:
        assert [c.i for c in tree.children(tok, "nsubj", "prep", "pobj")] == [
            c.i for c in tok.children if c.dep_ in ("nsubj", "prep", "pobj")]


# ---- ingest: the English check ------------------------------------------------------------------------

from eventwire.ingest import language  # noqa: E402
from eventwire.lexicon import words as lexicon_words  # noqa: E402

LANGUAGE_TEXTS = (
    "The ministers of the two states met in Lima on Monday and said that they would meet again. " * 3,
    "Los ministros de los dos estados se reunieron en Lima el lunes y dijeron que volverian. " * 3,
    "THE BOARD OF THE PORT SAID IT WAS NOT READY; ÉLAN AND Ærø ARE NAMES.",
    "12 34 56",
)


@pytest.mark.parametrize("text", LANGUAGE_TEXTS)
def test_english_share_is_the_per_word_share(text):
    tokens = [t.lower() for t in language._WORD.findall(text)]
    common = lexicon_words("english_function_words.txt")
    expected = (sum(t in common for t in tokens) / len(tokens), len(tokens)) if tokens else (0.0, 0)
    assert language.english_share(text) == expected


def test_english_check_tells_english_from_spanish():
    assert language.not_english_reason(LANGUAGE_TEXTS[0]) is None
    assert language.not_english_reason(LANGUAGE_TEXTS[1]) is not None
