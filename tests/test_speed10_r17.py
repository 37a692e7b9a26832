"""Round 17, speed10 (issue 16): two more of the actors stage's readers read what they read before, cheaper.
Each test sets the cheap reading beside the reading it replaced, written out here as it was: the country
names of a sentence, read once per article and sentence (``sentence_countries``), are ``country_re``'s
matches over the sentence; the descriptions found only in the stretches of text that hold a role's word
(``_descriptions_in``) are the matches of the description pattern over the whole text. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.coref.roles import _description_re, _descriptions_in
from eventwire.stages.actors.country.sentence_places import sentence_countries
from eventwire.stages.actors.words import actor_words

TEXTS = [
    "Kenya's foreign minister flew to Addis Ababa on Tuesday. The minister, who met officials of Ethiopia and "
    "Somalia, said the talks would go on; the Ethiopian envoy declined to comment.",
    "Opposition candidate Ruth Banda told supporters in Lilongwe that Malawi's president had failed them. The "
    "president of the electoral court accused the president of lying, and the country's new president-elect "
    "thanked voters.",
    "\"We will not wait,\" said the Chilean ambassador. Its chairman (a former banker) and their spokesman "
    "met the U.S. envoy in Peru and Bolivia, the ministry said.",
    "Nothing here names a role: rain fell on the farms of the valley, and the river rose.",
]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", TEXTS)
def test_descriptions_in_stretches_are_the_whole_text_matches(text):
    assert _spans(_descriptions_in(text)) == _spans(_description_re().finditer(text))


def test_descriptions_in_stretches_find_descriptions():
    # (the test above passes on no match at all: these sentences hold descriptions the pattern finds)
    found = [m.group("role") for m in _descriptions_in(TEXTS[0] + " " + TEXTS[2])]
    assert "minister" in found and "envoy" in found and "chairman" in found and "spokesman" in found


def test_descriptions_in_stretches_keep_the_look_after_the_role():
    # a role followed by 'of' is somebody new, unless an -ing verb follows ('accused the president of
    # lying'); the stretch ends at the comma after 'lying', and the look after the role reads the same
    text = "The president of the court spoke. The board accused the president of lying, a judge said."
    whole = _spans(_description_re().finditer(text))
    assert _spans(_descriptions_in(text)) == whole
    assert [span for span, _ in whole] == [(text.index("the president of lying"),
                                             text.index("the president of lying") + len("the president"))]


@pytest.mark.parametrize("text", TEXTS[:3])
def test_sentence_countries_are_the_pattern_matches(process, text):
    w = actor_words()
    doc = process(text, until="actors")
    for sent in doc.sentences():
        found = sentence_countries(doc, w, sent)
        expected = []
        for cm in w.country_re.finditer(doc.text_of(sent)):
            at = sent.start_char + cm.start()
            tok = doc.nlp.char_span(at, at + 1, alignment_mode="expand")
            expected.append((cm.group(0), w.country_of(cm.group(0)), at, tok[0].i if tok is not None and len(tok) else -1))
        assert found == expected
        assert sentence_countries(doc, w, sent) is found  # read once per sentence


def test_sentence_countries_name_the_countries(process):
    w = actor_words()
    doc = process(TEXTS[2], until="actors")
    names = [name for sent in doc.sentences() for name, _, _, _ in sentence_countries(doc, w, sent)]
    assert "Peru" in names and "Bolivia" in names
    for sent in doc.sentences():
        for name, _, at, i in sentence_countries(doc, w, sent):
            assert doc.text[at:at + len(name)] == name and doc.nlp[i].idx <= at


def _names_elsewhere_by_pattern(doc, w, actor) -> bool:
    """``setting_steps._names_elsewhere`` as it was written before speed10: ``country_re`` over each sentence."""
    import re

    from eventwire.document import sentence_of
    from eventwire.stages.actors.country.setting_steps import _within
    from eventwire.stages.actors.places import _alpha3

    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span)
        base = sent.start_char
        if any(w.country_of(c.group(0)) not in (None, doc.setting) and not _within(base + c.start(), base + c.end(), m)
               for c in w.country_re.finditer(doc.text_of(sent))):
            return True
        for ent in doc.entities_in(sent):
            if ent.label_ in ("GPE", "LOC") and _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) not in (None, doc.setting) \
                    and not _within(ent.start_char, ent.end_char, m):
                return True
    return False


@pytest.mark.parametrize("text, elsewhere", [(TEXTS[0], True), (TEXTS[1], False), (TEXTS[2], True)])
def test_names_elsewhere_reads_what_the_pattern_read(process, text, elsewhere):
    from eventwire.stages.actors.country.setting_steps import _names_elsewhere

    w = actor_words()
    doc = process(text, until="actors")
    answers = [(_names_elsewhere(doc, w, a), _names_elsewhere_by_pattern(doc, w, a)) for a in doc.actors if a.mentions]
    assert answers and all(new == old for new, old in answers)
    # (in the first and third some actor's sentence names a country besides the story's: the test can tell;
    # the second names Malawi alone)
    assert any(new for new, _ in answers) == elsewhere
