"""Round 24 speed steps give what the code they replace gave:

* the entity fences (``nlp.fence_entities``) read is_space and the sentence starts off the parse's arrays:
  the entities are those the Token walk cut;
* ``eventcoding.tree.child`` and ``children`` read the parse's tables without a call: what the Token walk
  ``[c for c in tok.children if c.dep_ in deps]`` gives;
* a toponym's gazetteer key (``places.detect.Toponym.key``) is made on the first read and kept;
* ``FastLemmatizer`` leaves the lemmas the ruler set and gives the others as spaCy's own lemmatizer;
* the events stage's candidate words (``Document.token_numbers`` of the trigger parts of speech) are the
  words the per-word test kept.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from eventwire.document import Document
from eventwire.pipeline import Pipeline
from eventwire.record import Article
from eventwire.stages import nlp as nlp_stage
from eventwire.stages.eventcoding import tree
from eventwire.stages.events import _TRIGGER_POS

# the project's own sentences: a headline and a dateline over their lines (entities that would run over a
# line break), a meeting, a passive with its agent, coordinated subjects, a contraction and a possessive
TEXT = (
    "Talks in Quito\nResume After Pause\n\n"
    "QUITO - Ecuador's foreign minister, Rosa Vidal, met with her Chilean counterpart in Lima on Tuesday.\n"
    "Soldiers were sent to the border by the defence ministry after clashes with smugglers near Tulcan.\n"
    "Peru and Bolivia didn't sign the accord, officials in La Paz said. The ministers' aides were "
    "given a letter for President Daniel Noboa of Ecuador.\n"
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def parsed(pipe) -> Document:
    return next(nlp_stage.parse([Document(Article(text=TEXT, published="2025-02-03"))], pipe.nlp))


def _fenced_by_tokens(doc, ents) -> list[tuple[int, int, str]]:
    """The fences as the Token walk made them (the code the array reading replaces)."""
    kept = []
    for ent in ents:
        start, end = ent.start, ent.end
        for tok in ent:
            if tok.is_space and "\n" in tok.text or (tok.i > start and tok.is_sent_start):
                end = tok.i
                break
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            kept.append((start, end, ent.label_))
    return kept


def test_entity_fences_cut_as_the_token_walk(pipe):
    # the entities before the fences: the pipeline up to ner, then one entity laid over a line break by hand
    names = pipe.nlp.pipe_names
    with pipe.nlp.select_pipes(enable=names[:names.index("eventwire_entity_fences")]):
        doc = pipe.nlp(nlp_stage.parse_text(TEXT))
    breaks = [t.i for t in doc if t.is_space and "\n" in t.text]
    assert breaks
    cut = breaks[1]  # the blank line after the headline: an entity over it must be cut there
    over = Span(doc, cut - 2, cut + 3, label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= cut - 2 or e.start >= cut + 3] + [over]
    before = list(doc.ents)
    want = _fenced_by_tokens(doc, before)
    got = [(e.start, e.end, e.label_) for e in nlp_stage.fence_entities(doc).ents]
    assert got == want
    assert (cut - 2, cut + 3, "ORG") not in got  # the entity over the break was cut (negative row)
    assert (cut - 2, cut, "ORG") in got


def test_entity_fences_leave_a_fenced_parse_as_it_is(parsed):
    doc = parsed.nlp
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    assert before == _fenced_by_tokens(doc, doc.ents)  # the parse's entities are fenced already
    assert [(e.start, e.end, e.label_) for e in nlp_stage.fence_entities(doc).ents] == before


@pytest.mark.parametrize("deps", [("nsubj",), ("nsubjpass", "auxpass"), ("prep", "agent"), ("conj",), ("dobj",)])
def test_child_and_children_as_the_token_walk(parsed, deps):
    seen = 0
    for tok in parsed.tokens():
        walked = [c for c in tok.children if c.dep_ in deps]
        assert [c.i for c in tree.children(tok, *deps)] == [c.i for c in walked]
        first = tree.child(tok, *deps)
        assert (first.i if first is not None else None) == (walked[0].i if walked else None)
        seen += bool(walked)
    assert seen  # the sentences have such children (a test over no child would prove nothing)


def test_child_of_a_leaf_is_none(parsed):
    leaf = next(t for t in parsed.tokens() if t.is_punct and not list(t.children))
    assert tree.child(leaf, "nsubj", "dobj", "prep") is None
    assert tree.children(leaf, "nsubj", "dobj", "prep") == []


def test_toponym_key_made_once_and_as_the_gazetteer_key(parsed):
    from eventwire import gazetteer
    from eventwire.stages.places.detect import Toponym

    span = next(e for e in parsed.entities() if e.text == "La Paz")
    top = Toponym(span, "GPE", ())
    assert "key" not in top.__dict__  # not made before it is read (negative row)
    assert top.key == gazetteer.key(span.text) == "la paz"
    assert top.__dict__["key"] == "la paz"  # kept: the next read is the value, not Span.text again


def test_lemmas_as_spacy_lemmatizer(pipe):
    fast = pipe.nlp
    assert "eventwire_lemmatizer" in fast.pipe_names
    names = fast.pipe_names
    upto = names[:names.index("eventwire_lemmatizer")]
    texts = [nlp_stage.parse_text(TEXT), "The envoys were meeting again; she's written twice and they weren't told."]
    for text in texts:
        with fast.select_pipes(enable=upto):
            a, b = fast(text), fast(text)
        ruler_set = [t.i for t in a if t.lemma != 0]
        assert ruler_set and len(ruler_set) < len(a)  # the ruler set some lemmas, not all: both paths run
        fast.get_pipe("eventwire_lemmatizer")(a)
        fast.get_pipe("lemmatizer")(b)  # spaCy's own, disabled in the pipeline
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert all(t.lemma != 0 for t in a)


def test_trigger_words_as_the_per_word_test(parsed):
    poses = parsed.token_strings("POS")
    walked = [i for i, pos in enumerate(poses) if pos in _TRIGGER_POS]
    got = parsed.token_numbers("POS", _TRIGGER_POS)
    assert got == walked
    assert not any(poses[i] in ("DET", "PUNCT") for i in got)  # never a determiner or a mark (negative row)


def test_flags_of_as_the_tokens(parsed):
    from eventwire.document import flags_of

    doc = parsed.nlp
    assert flags_of(doc, "IS_PUNCT") == [int(t.is_punct) for t in doc]
    assert flags_of(doc, "SPACY") == [int(bool(t.whitespace_)) for t in doc]
    assert 0 < sum(flags_of(doc, "IS_PUNCT")) < len(doc)  # some marks, not every word (negative rows)


HYPHENED = ("Officials in Guinea-Bissau said the Dakar-based group met the Kenyan envoy in the capital.\n"
            "The ministers' talks resumed, the A.U. said.\n")


def _trim_by_tokens(span):
    """The entity trim as the Token walk made it (the code the array reading replaces)."""
    from eventwire.stages.places.detect import POSSESSIVE

    start, end, doc = span.start, span.end, span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _hyphen_joined_by_tokens(start, end, doc):
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper():
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2
    return start, end


def test_place_trim_and_hyphen_join_as_the_token_walk(pipe):
    from eventwire.stages.places import detect

    doc = next(nlp_stage.parse([Document(Article(text=HYPHENED + TEXT, published="2025-02-03"))], pipe.nlp)).nlp
    joined = 0
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 4, len(doc)) + 1):
            span = doc[start:end]
            trimmed = detect._trim(span)
            assert (trimmed.start, trimmed.end) == _trim_by_tokens(span)
            widened = detect._hyphen_joined(span)
            assert (widened.start, widened.end) == _hyphen_joined_by_tokens(start, end, doc)
            joined += (widened.start, widened.end) != (start, end)
    assert joined  # "Guinea" + "-" + "Bissau" was widened somewhere (negative rows: most spans are not)
    bissau = [t.i for t in doc if t.text == "Bissau"][0]
    assert (detect._hyphen_joined(doc[bissau:bissau + 1]).start, ) == (bissau - 2, )
    dakar = [t.i for t in doc if t.text == "Dakar"][0]
    assert detect._hyphen_joined(doc[dakar:dakar + 1]).end == dakar + 1  # "-based": lower case, not joined
