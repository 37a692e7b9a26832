"""Round 23 speed steps give what the code they replace gave, and free what they should free:

* ``Document.release`` (the pipeline's last step): the stages' cache is emptied once the record is made, so the
  Document, its parse and its Tokens are freed by reference counting, not left to the garbage collector;
  the record keeps every item;
* ``subtree_of`` leaves no reference cycle behind (its recursive walk);
* ``eventcoding.tree.prep_objects`` and ``nearest_subject`` read the parse's tables and give what the
  Token-walking versions gave.
"""
from __future__ import annotations

import gc
import weakref

import pytest

from eventwire.document import Document, subtree_of
from eventwire.pipeline import Pipeline
from eventwire.record import Article
from eventwire.stages import nlp as nlp_stage
from eventwire.stages.eventcoding import tree

# the project's own sentences: a quotation with its speaker and an "I" (the coreference stage keeps its quote speakers on
# the Document), a meeting, a passive with its agent, a clause whose verb the parser may give two subjects
TEXT = (
    "QUITO - Ecuador's foreign minister, Rosa Vidal, met with her Chilean counterpart in Lima on Tuesday and spoke to "
    "reporters about the fishing dispute. \"I will not accept new quotas,\" Vidal said. Soldiers were "
    "sent to the border by the defence ministry after clashes with smugglers. The convoy crossed the bridge "
    "after the army agreed to a pause, officials in Quito said. She gave the envoy a letter for the president.\n"
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _parsed(pipe: Pipeline, text: str = TEXT) -> Document:
    return next(nlp_stage.parse([Document(Article(text=text, published="2025-02-03"))], pipe.nlp))


def test_a_finished_document_is_freed_without_the_collector(pipe):
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        doc = _parsed(pipe)
        gone = weakref.ref(doc)
        outcome = pipe._finish(doc)
        del doc
        assert gone() is None  # freed by reference counting: no cycle held it
    finally:
        if enabled:
            gc.enable()
    assert outcome.error is None and outcome.record is not None


def test_release_empties_the_cache_and_keeps_the_record(pipe):
    doc = _parsed(pipe)
    for _, stage in pipe.stages:
        stage(doc)
    assert doc._cache  # negative row: before the release, the stages' tables are there
    before = doc.to_record().to_dict()
    record = doc.to_record()
    doc.release()
    assert not doc._cache
    assert record.to_dict() == before  # every item of the record stays
    assert before["actors"] and before["quotes"]  # (the text has actors and a quotation to keep)


def test_the_record_is_the_same_with_and_without_the_release(pipe):
    doc = _parsed(pipe)
    for _, stage in pipe.stages:
        stage(doc)
    unreleased = doc.to_record().to_dict()
    assert pipe.extract(Article(text=TEXT, published="2025-02-03")).to_dict() == unreleased


def test_subtree_of_leaves_no_cycle(pipe):
    sdoc = _parsed(pipe).nlp
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for tok in sdoc:
            assert subtree_of(sdoc, tok.i) == [t.i for t in tok.subtree]
        assert gc.collect() == 0  # nothing the walks made waits for the collector
    finally:
        if enabled:
            gc.enable()


def _old_prep_objects(tok, word):
    """prep_objects as written before round 23: a Token and its lower_ for every preposition child."""
    out = []
    for p in tree.children(tok, "prep", "dative", "agent"):
        if p.lower_ == word:
            out.extend(tree.children(p, "pobj", "pcomp"))
    return out


def _old_nearest_subject(tok):
    subjects = tree.children(tok, *tree.SUBJECTS)
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [s for s in subjects if s.i < tok.i]
    return max(before, key=lambda s: s.i) if before else subjects[0]


WORDS = ("with", "to", "in", "on", "by", "about", "after", "for", "of", "against")


def test_prep_objects_reads_what_the_tokens_gave(pipe):
    sdoc = _parsed(pipe).nlp
    hits = 0
    for tok in sdoc:
        for word in WORDS:
            new = tree.prep_objects(tok, word)
            assert [t.i for t in new] == [t.i for t in _old_prep_objects(tok, word)]
            hits += bool(new)
    assert hits >= 5  # the sentences have "met with", "spoke to", "sent ... by", "clashes with" ...
    met = next(t for t in sdoc if t.lower_ == "met")
    assert [t.text for t in tree.prep_objects(met, "with")] == ["counterpart"]
    assert tree.prep_objects(met, "against") == []  # negative row: no such preposition on the verb
    assert tree.prep_objects(met, "With") == []  # the word is matched lower-cased, as given


def test_nearest_subject_reads_what_the_tokens_gave(pipe):
    sdoc = _parsed(pipe).nlp
    for tok in sdoc:
        new, old = tree.nearest_subject(tok), _old_nearest_subject(tok)
        assert (new.i if new is not None else None) == (old.i if old is not None else None)
    crossed = next(t for t in sdoc if t.lower_ == "crossed")
    assert tree.nearest_subject(crossed).text == "convoy"
    bridge = next(t for t in sdoc if t.lower_ == "bridge")
    assert tree.nearest_subject(bridge) is None  # negative row: a noun has no subject child


# negations, a "going to" future, a deontic and a "to" auxiliary, an "allegedly" and a "whether" clause, in the
# project's own words
CHILD_TEXT = (
    "The ministry will not renew the licence, and the regulator is not going to reverse it. Lawmakers must "
    "approve the budget. Ghana expelled two traders for allegedly smuggling gold. The question is whether the "
    "court will hear the appeal.\n"
)


def _old_has_child(tok, deps, words):
    return any(c.dep_ in deps and c.lower_ in words for c in tok.children)


@pytest.mark.parametrize("deps,words", [
    (("neg", "advmod"), frozenset({"not", "never", "n't"})), (("aux",), ("to",)), (("aux",), ("must", "should")),
    (("advmod", "amod"), frozenset({"allegedly"})), (("mark",), ("whether",)), (("det",), ("no",)),
])
def test_has_child_reads_what_the_children_gave(pipe, deps, words):
    sdoc = _parsed(pipe, CHILD_TEXT).nlp
    found = [tok.i for tok in sdoc if tree.has_child(tok, deps, words)]
    assert found == [tok.i for tok in sdoc if _old_has_child(tok, deps, words)]
    if words != ("no",):
        assert found  # each relation and word is in the text once at least
    else:
        assert not found  # negative row: no "no" determiner in the text


def test_negated_and_cued_subtrees_read_what_the_tokens_gave(pipe):
    sdoc = _parsed(pipe, CHILD_TEXT).nlp
    by_word = {t.lower_: t for t in sdoc}
    assert tree.negated(by_word["renew"]) and tree.negated(by_word["reverse"])  # "not going to reverse"
    assert not tree.negated(by_word["approve"]) and not tree.negated(by_word["expelled"])  # negative rows
    words = frozenset({"gold", "budget"})
    for tok in sdoc:
        old = any(t.lemma_.lower() in words or t.lower_ in words for t in tok.subtree)
        assert tree.cued_subtrees([tok], words) == old
    assert tree.cued_subtrees([by_word["approve"]], words)
    assert not tree.cued_subtrees([by_word["licence"]], words)  # negative row
    assert not tree.cued_subtrees([], words)
