"""Round 22 speed steps give what the code they replace gave: the quoted stops masked a run at a time, the
unions of cue kinds and word classes made once, a lexicon match and a verb's object forms read once per parse."""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding import answered, triggers
from eventwire.stages.eventcoding.words import cues, cues_and_classes, verbs, word_class
from eventwire.stages.quotes.context import _masked, boundaries
from eventwire.stages.quotes.marks import Piece, find_pieces


def _masked_by_character(text: str, pieces: list[Piece]) -> str:
    """The masking as it was written before round 22: character by character over a list of the text."""
    masked = list(text)
    for p in pieces:
        if p.nested_in is None:
            for k in range(p.start, max(p.start, p.end - 1)):
                if masked[k] in ".!?":
                    masked[k] = "x"
    return "".join(masked)


TEXTS = [
    'The envoy said: "We came. We saw the damage! Who pays?" Then he left.',
    'No quotes here. Just two sentences!',
    '"Stop." She paused. "The U.S. team will arrive at 5 p.m. on Monday," the mayor of Ostrava said.',
    'He called it "a farce. A real one" and walked out. "Why?" asked the clerk.',
]


@pytest.mark.parametrize("text", TEXTS)
def test_masking_a_run_at_a_time_is_the_old_masking(text):
    pieces = find_pieces(text)
    assert _masked(text, pieces) == _masked_by_character(text, pieces)


def test_masking_overlapping_and_empty_pieces():
    text = "One. Two! Three? Four. Five."
    pieces = [Piece(0, 10, 0, 10), Piece(5, 20, 5, 20), Piece(7, 8, 7, 8), Piece(22, 22, 22, 22),
              Piece(3, 12, 3, 12, nested_in=0)]
    assert _masked(text, pieces) == _masked_by_character(text, pieces)
    assert _masked(text, []) == text


def test_a_stop_inside_a_quote_starts_no_sentence_but_one_after_it_does():
    text = 'The minister of Ghana said "talks went well. More soon" on Friday. Reporters left.'
    starts = boundaries(text, find_pieces(text))
    assert text.index("More") not in starts  # inside the quoted words
    assert text.index("Reporters") in starts


def test_cues_and_classes_is_the_union_made_once():
    assert cues_and_classes(("hypothetical", "planned")) == cues("hypothetical") | cues("planned")
    assert cues_and_classes(("speech",), ("threat_verbs",)) == cues("speech") | word_class("threat_verbs")
    assert cues_and_classes((), ("forces", "weaponry")) == word_class("forces") | word_class("weaponry")
    assert cues_and_classes(("planned",)) is cues_and_classes(("planned",))  # made once
    assert "the" not in cues_and_classes(("hypothetical", "planned"))  # negative: not every word


def test_answered_verbs_made_once():
    assert answered.verbs() is answered.verbs()
    assert word_class("retaliation") <= answered.verbs()
    assert "eat" not in answered.verbs()


@pytest.fixture(scope="module")
def nlp():
    from eventwire.stages.nlp import load_model
    return load_model()


@pytest.mark.parametrize("sentence, verb, has", [
    ("The rebels freed two of the hostages on Sunday.", "freed", "hostage"),
    ("The coastguard seized three ships near the port.", "seized", "ship"),
    ("The donors provided $40 million in aid to the region.", "provided", "aid"),
])
def test_object_forms_hold_each_object_its_parts_and_singulars(nlp, sentence, verb, has):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == verb)
    forms = triggers._object_forms(tok)
    assert has in forms
    assert not {"sunday", "region", "port"} & forms  # negative: no adjunct's noun


def test_a_match_read_once_is_the_match_worked_out(nlp):
    doc = nlp("Police arrested the protest leaders and released a statement.")
    checked = []
    for tok in doc:
        entries = verbs().get(tok.lemma_.lower())
        if entries:
            assert triggers.match(entries, tok) is triggers._match(entries, tok)[1]
            assert triggers.match(entries, tok) is triggers.match(entries, tok)
            checked.append(tok.lemma_)
    assert {"arrest", "release"} <= set(checked), checked  # (the loop met the lexicon's verbs)
    assert triggers.match(verbs()["arrest"], doc[1]) is not None  # 'arrested the leaders' reads a row
    assert triggers.match((), doc[0]) is None  # no entries: no reading
