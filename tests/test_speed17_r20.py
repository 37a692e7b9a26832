"""Round 20 (speed17): the parse's tables that every stage after the parse reads (token strings, word indexes,
tokens, sentences, entities, heads, children) are made by a step of their own right after the parse
(``Document.build_tables``, "document tables" in ``pipeline.STAGES``), so their cost is no longer charged to
the actors stage, which read them first. What the step makes must be what the stages' first reads made."""
from __future__ import annotations

from eventwire import document as document_module
from eventwire.document import Document, children_of, heads_of, sentence_of
from eventwire.pipeline import STAGES
from eventwire.record import Article
from eventwire.stages.nlp import parse

TEXT = (
    "OSLO - Norway's fisheries minister, Kari Lunde, said on Friday that the talks with Iceland would go on. "
    "\"We are close,\" she told the NTB agency. Police in Bergen held three men after a fight near the harbour.\n"
)


def _parsed(nlp, text: str = TEXT) -> Document:
    return next(parse([Document(Article(text=text, published="2025-05-02"))], nlp))


def test_the_step_runs_right_after_the_parse_before_every_stage():
    names = [name for name, _ in STAGES]
    assert names[0] == "document tables"
    assert names[1:] == ["actors", "quotes", "times", "places", "events"]


def test_the_tables_built_are_what_the_parse_gives(nlp):
    doc = _parsed(nlp)
    doc.build_tables()
    sdoc = doc.nlp
    assert [t.text for t in doc.tokens()] == [t.text for t in sdoc]
    assert doc.token_strings("DEP") == [t.dep_ for t in sdoc]
    assert doc.token_strings("LEMMA", True) == [t.lemma_.lower() for t in sdoc]
    assert doc.token_strings("POS") == [t.pos_ for t in sdoc]
    assert doc.token_strings("TAG") == [t.tag_ for t in sdoc]
    assert doc.token_strings("LOWER") == [t.lower_ for t in sdoc]
    assert heads_of(sdoc) == [t.head.i for t in sdoc]
    assert children_of(sdoc) == [[c.i for c in t.children] for t in sdoc]
    assert [(s.start, s.end) for s in doc.sentences()] == [(s.start, s.end) for s in sdoc.sents]
    assert doc.sentence_starts() == [s.start_char for s in sdoc.sents]
    assert [(e.start, e.end, e.label_) for e in doc.entities()] == [(e.start, e.end, e.label_) for e in sdoc.ents]
    police = doc.word_positions("LOWER")["police"]
    assert [sdoc[i].text for i in police] == ["Police"]
    said = doc.word_positions("LEMMA", True)["say"]
    assert [sdoc[i].text for i in said] == ["said"]
    assert sentence_of(sdoc[police[0]]).start == list(sdoc.sents)[-1].start


def test_the_step_makes_every_shared_table_before_any_stage_reads(nlp):
    doc = _parsed(nlp)
    doc.build_tables()
    for attr, lower in Document.SHARED_STRINGS:
        assert f"strings:{attr}:{lower}" in doc._cache
    for attr, lower in Document.SHARED_POSITIONS:
        assert ("word positions", attr, lower) in doc._cache
    table = document_module._PARSE[0]
    assert table[0] is doc.nlp and {"heads", "children", "text"} <= set(table[1])
    assert doc._entities is not None and doc._sentences is not None and doc._tokens is not None


def test_records_are_the_same_with_and_without_the_step(nlp):
    with_step, without = _parsed(nlp), _parsed(nlp)
    for _, stage in STAGES:
        stage(with_step)
    for name, stage in STAGES:
        if name != "document tables":
            stage(without)
    a, b = with_step.to_record(), without.to_record()
    assert a.to_dict() == b.to_dict()
    assert with_step.actors and [x.name for x in with_step.actors] == [x.name for x in without.actors]


def test_a_document_without_a_parse_is_left_alone():
    doc = Document(Article(text="No parse here."))
    doc.build_tables()
    assert doc._tokens is None and not doc._cache
