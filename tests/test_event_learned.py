"""The learned event-sentence model (issue 15): its training script, the shipped model, and the events
it adds. Every sentence here is written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import settings
from eventwire.stages.eventcoding import learned
from eventwire.stages.eventcoding.sentence_model import NONE, Model, features, load
from eventwire.training import sentences
from .conftest import shared_path
from .file_helpers import load_file

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train_event_sentences.py"


def _script():
    return load_file(SCRIPT)


def _sentences(limit: int | None = None) -> list[dict]:
    """The training rows resolved to their sentences through the one loader; the test is skipped, with the
    reason, when ../shared (where the sentences' texts live) is not beside the checkout."""
    shared_path("corpus", "voa", "voa_stories.jsonl")
    shared_path("eval", "gum-news", "xml")
    return sentences.load(limit=limit)


def test_training_rows_hold_references_not_text():
    rows = sentences.read_rows()
    assert len(rows) >= 1000
    for row in rows:
        assert "text" not in row and 0 <= row["start"] < row["end"]
        for part in ("source", "target"):
            assert row[part] is None or set(row[part]) == {"start", "end"}


def test_resolve_reads_the_sentence_and_its_spans_from_the_story():
    story = "Rain fell all week. The mayor thanked volunteers in the town hall. Schools reopened."
    row = {"story": "voa:1", "start": 20, "end": 66, "label": "SUPPORT", "source": {"start": 0, "end": 9},
           "target": {"start": 18, "end": 28}, "labeller": "test", "date": "2026-12-06"}
    got = sentences.resolve(row, {"voa:1": story})
    assert got["text"] == "The mayor thanked volunteers in the town hall."
    assert (got["source"]["text"], got["target"]["text"]) == ("The mayor", "volunteers")
    with pytest.raises(KeyError, match="voa:2"):
        sentences.resolve(dict(row, story="voa:2"), {"voa:1": story})


def test_loader_names_the_missing_shared_file(tmp_path):
    with pytest.raises(sentences.SharedDataMissing, match="voa_stories.jsonl"):
        sentences.load(shared=tmp_path)



def test_training_data_rows_are_labelled_with_offsets_into_their_text():
    rows = _sentences()
    assert len(rows) >= 1000
    kinds = {"NONE", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    for row in rows:
        assert row["label"] in kinds and row["labeller"]
        assert row["story"].startswith(("voa:", "gum:", "repo:", "shared:"))
        for part in ("source", "target"):
            span = row[part]
            if span is not None:
                assert 0 <= span["start"] < span["end"] <= len(row["text"]) and span["text"].strip() == span["text"]
        assert row["text"] and row["text"].strip() == row["text"]  # a sentence, not an empty or padded slice


def test_training_script_runs_on_a_slice_and_is_reproducible(tmp_path, nlp):
    labels = {row["label"] for row in _sentences(150)}
    train = _script()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train.main(["--limit", "150", "--folds", "0", "--out", str(first)]) == 0
    assert train.main(["--limit", "150", "--folds", "0", "--out", str(second)]) == 0
    assert first.read_text() == second.read_text()  # fixed seed: the same data gives the same model
    model = Model.from_dict(json.loads(first.read_text()))
    assert set(model.classes) == labels
    assert model.meta["trained_on"] == 150 and model.weights


@pytest.mark.parametrize("text, kind", [
    ("Rebels attacked an army base near the northern border on Monday, killing twelve soldiers.", "ASSAULT"),
    ("The foreign minister rejected the accusations as baseless.", "REJECT"),
    ("Police arrested three opposition leaders in the capital overnight.", "COERCE"),
    ("The opposition leader accused the government of rigging the vote.", "ACCUSE"),
    ("The two presidents met in Geneva to discuss trade and border security.", "CONSULT"),
    # round 22 (learned22), for the model retrained without the held-back stories
    ("Militants fired rockets at a police station in the border town, wounding six officers.", "ASSAULT"),
    ("The union called on the transport ministry to raise drivers' wages.", "REQUEST"),
    ("Security forces detained dozens of students after the rally in the capital.", "COERCE"),
    ("The opposition party accused the interior minister of hiding the figures.", "ACCUSE"),
    ("The prime minister dismissed the report as politically motivated.", "REJECT"),
])
def test_shipped_model_types_clear_sentences(nlp, text, kind):
    # the type the learned step takes (the most probable event type); whether it passes the threshold is the
    # setting's business: round 22's shipped model gives the Geneva meeting CONSULT 0.43 and "detained" COERCE
    # 0.30 (training/README.md), so the bar here is the type and a probability well above chance
    found, prob = load().best(features(nlp(text)[:]))
    assert found == kind and prob > 0.25


@pytest.mark.parametrize("text", [
    "The weather in the capital was warm and sunny for most of the week.",
    "The ministry said exports of copper rose by four percent last year.",
    "The bridge is about two kilometers long and carries a railway line.",
    "Tickets for the concert cost between ten and forty dollars.",
])
def test_shipped_model_finds_no_event_in_background(nlp, text):
    probs = load().probabilities(features(nlp(text)[:]))
    assert max(probs, key=probs.get) == NONE


# with the hand lexicon's "designate" rows taken out (round 9 added them), the rules code nothing in the first
# sentence and the model reads a sanction (a low threshold here: what is tested is how a learned event is made,
# not where the threshold lies; round 22's model, trained with the gold's sentences, leans more on the lexicon
# features and gives the designation 0.11 without its rows)
UNCODED = ("The United States designated the Houthis as a terrorist group on Friday. "
           "The group has attacked ships in the Red Sea for months.\n")


def _without_designate(monkeypatch):
    from eventwire.stages.eventcoding.words import verbs
    monkeypatch.delitem(verbs(), "designate")  # the one cached table every coder reads, restored after the test


def test_learned_events_name_their_rule_and_keep_evidence(process, monkeypatch):
    _without_designate(monkeypatch)
    monkeypatch.setattr(settings, "LEARNED_EVENTS", True)
    monkeypatch.setattr(settings, "LEARNED_EVENT_THRESHOLD", 0.05)
    doc = process(UNCODED, published="2024-05-07")
    found = [ev for ev in doc.events if ev.rule.startswith("learned:")]
    assert found, "the model should code the designation the lexicons have no word for"
    for ev in found:
        assert ev.rule == f"learned:{ev.type}" and ev.source
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
        assert 0 < ev.confidence <= 1


def test_model_off_gives_exactly_the_rules_events(process, monkeypatch):
    _without_designate(monkeypatch)
    monkeypatch.setattr(settings, "LEARNED_EVENTS", True)
    monkeypatch.setattr(settings, "LEARNED_EVENT_THRESHOLD", 0.05)
    with_model = process(UNCODED, published="2024-05-07").events
    monkeypatch.setattr(settings, "LEARNED_EVENTS", False)
    without = process(UNCODED, published="2024-05-07").events
    assert not any(ev.rule.startswith("learned:") for ev in without)
    rules_only = [ev for ev in with_model if not ev.rule.startswith("learned:")]
    assert [(e.type, e.source, e.target, e.rule) for e in without] == [(e.type, e.source, e.target, e.rule)
                                                                       for e in rules_only]
    assert len(with_model) > len(without)


def test_type_entries_cover_every_type_the_model_knows():
    assert set(load().classes) - {NONE} <= set(learned.type_entries())
