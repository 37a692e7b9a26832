"""Round 22's learned event sentences: held-back stories never trained on, rows read off the development gold
as references, the retrained model shipped as package data. Every sentence here is written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

from eventwire import settings
from eventwire.stages.eventcoding import sentence_model
from eventwire.stages.eventcoding.sentence_model import NONE, load
from eventwire.training import sentences
from .conftest import shared_path
from .file_helpers import load_file

ROOT = Path(__file__).resolve().parents[1]
E_IDS = {"6180790", "6183254", "6203896", "6205512", "6205696", "8007739", "8009714", "8010057"}


def _tiny_shared(tmp_path: Path) -> Path:
    """A ../shared of two VOA stories: one of a held-back id, one not (and no GUM documents)."""
    (tmp_path / "corpus" / "voa").mkdir(parents=True)
    (tmp_path / "eval" / "gum-news" / "xml").mkdir(parents=True)
    stories = [{"id": "6205512", "text": "Troops crossed the river at dawn. Nobody was hurt."},
               {"id": "1234567", "text": "The council rejected the new tax. It meets again in May."}]
    (tmp_path / "corpus" / "voa" / "voa_stories.jsonl").write_text(
        "".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    return tmp_path


def _row(story: str, start: int, end: int, label: str) -> dict:
    return {"story": story, "start": start, "end": end, "label": label, "source": None, "target": None,
            "labeller": "test", "date": "2026-12-06"}


def test_held_back_list_names_every_e_and_report_story():
    assert E_IDS <= sentences.HELD_BACK and len(sentences.HELD_BACK) == 14
    assert sentences.held_back({"story": "voa:8009714"})
    assert sentences.held_back({"story": "repo:tests/data/somewhere/6183254.txt"})
    assert not sentences.held_back({"story": "voa:8011117"}) and not sentences.held_back({"story": "gum:news_x"})


def test_loader_leaves_held_back_rows_out(tmp_path):
    shared = _tiny_shared(tmp_path / "shared")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps(_row("voa:6205512", 0, 33, "MOBILIZE")) + "\n"
                    + json.dumps(_row("voa:1234567", 0, 33, "REJECT")) + "\n", encoding="utf-8")
    got = sentences.load(rows, shared)
    assert [(r["story"], r["text"], r["label"]) for r in got] == [
        ("voa:1234567", "The council rejected the new tax.", "REJECT")]


def test_loader_reads_file_references_beside_the_shared_folder(tmp_path):
    shared = _tiny_shared(tmp_path / "shared")
    (shared / "corpus" / "seed").mkdir(parents=True)
    (shared / "corpus" / "seed" / "probe.txt").write_text("Envoys met in Oslo. Talks went on.", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps(dict(_row("shared:corpus/seed/probe.txt", 0, 19, "CONSULT"), weight=1.0)) + "\n",
                    encoding="utf-8")
    (got,) = sentences.load(rows, shared)
    assert got["text"] == "Envoys met in Oslo." and got["weight"] == 1.0


def test_real_training_rows_hold_held_back_rows_and_the_loader_drops_them():
    shared_path("corpus", "voa", "voa_stories.jsonl")
    shared_path("eval", "gum-news", "xml")
    stored = sentences.read_rows()
    assert any(sentences.story_id(r["story"]) in E_IDS for r in stored)  # the file still holds them ...
    loaded = sentences.load()
    assert loaded and not any(sentences.story_id(r["story"]) in E_IDS for r in loaded)  # ... nobody trains on them
    assert any(r["story"].startswith(("repo:", "shared:")) for r in loaded)  # the gold rows are read too


def test_gold_rows_are_references_of_development_stories_only():
    rows = sentences.read_rows(sentences.GOLD_DATA)
    assert len(rows) >= 300
    b_ids = {"6203525", "7808748", "8006723", "8007760", "8009044", "8010030", "8011076"}
    for row in rows:
        assert "text" not in row and row["story"].startswith(("repo:", "shared:"))
        assert sentences.story_id(row["story"]) not in sentences.HELD_BACK | b_ids
        assert 0 <= row["start"] < row["end"] and 0 < row["weight"] <= 1
    labels = {r["label"] for r in rows}
    assert NONE in labels and len(labels) >= 8
    hand = {sentences.story_id(r["story"]) for r in sentences.read_rows()}
    assert not {sentences.story_id(r["story"]) for r in rows} & hand  # stories read by hand keep their rows


def test_gold_rows_script_labels_evidence_sentences(tmp_path, nlp):
    script = load_file(ROOT / "scripts" / "gold_event_sentences.py")
    (tmp_path / "s.txt").write_text("The mayor visited the flooded district on Tuesday. Rain is forecast again. "
                                    "Aid groups asked the city for more trucks.", encoding="utf-8")
    gold = {"article": {"id": "s", "text_file": "s.txt"}, "actors": [
        {"name": "Aid groups", "aliases": []}, {"name": "the city", "aliases": ["city"]}],
        "events": [{"type": "REQUEST", "source": "Aid groups", "target": "the city",
                    "evidence": "asked the city for more trucks"}]}
    (tmp_path / "s.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    rows, lost = script.rows_of("repo:x/", tmp_path / "s.gold.json", nlp)
    assert lost == 0 and [r["label"] for r in rows] == [NONE, NONE, "REQUEST"]
    text = (tmp_path / "s.txt").read_text()
    last = rows[-1]
    sentence = text[last["start"]:last["end"]]
    assert sentence == "Aid groups asked the city for more trucks."
    assert sentence[last["source"]["start"]:last["source"]["end"]] == "Aid groups"
    assert sentence[last["target"]["start"]:last["target"]["end"]] == "the city"
    assert rows[0]["weight"] < rows[-1]["weight"] == 1.0


def test_shipped_model_is_package_data_trained_without_held_back_stories():
    sentence_model.load.cache_clear()
    model = load()
    assert NONE in model.classes and model.weights
    meta = model.meta
    assert meta["held_back_left_out"] == "eventwire.training.sentences.HELD_BACK"
    stored = sentences.read_rows()
    if "gold_event_sentences" in meta["data"]:
        stored += sentences.read_rows(sentences.GOLD_DATA)
    assert any(sentences.held_back(r) for r in stored)
    assert meta["trained_on"] == sum(1 for r in stored if not sentences.held_back(r))


# the shipped model's probes (types of clear sentences, none in descriptions) are in test_event_learned.py


def test_type_subset_setting_keeps_other_types_out(process, monkeypatch):
    from eventwire.stages.eventcoding.words import verbs
    monkeypatch.delitem(verbs(), "designate")  # no rule codes the sentence: the model's turn
    text = "The State Department designated the militia as a terrorist organization on Thursday.\n"
    monkeypatch.setattr(settings, "LEARNED_EVENTS", True)
    # a very low threshold: what is tested is how a learned event is made and kept out, not where the bar lies
    monkeypatch.setattr(settings, "LEARNED_EVENT_THRESHOLD", 0.02)
    doc = process(text, published="2024-05-07")
    found = [ev for ev in doc.events if ev.rule.startswith("learned:")]
    assert found
    for ev in found:
        assert ev.rule == f"learned:{ev.type}"
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
    kept = frozenset({found[0].type})  # a subset naming the type keeps it ...
    monkeypatch.setattr(settings, "LEARNED_EVENT_TYPES", kept)
    doc = process(text, published="2024-05-07")
    again = [ev for ev in doc.events if ev.rule.startswith("learned:")]
    assert again and {ev.type for ev in again} <= kept, again
    monkeypatch.setattr(settings, "LEARNED_EVENT_TYPES", frozenset({"AGREE"} - {ev.type for ev in found}))
    doc = process(text, published="2024-05-07")  # ... one without it keeps none
    assert not [ev for ev in doc.events if ev.rule.startswith("learned:")]
