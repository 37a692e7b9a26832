"""evaluate_plover: reading PLOVER gold records and their markup, and scoring the events stage on them."""
from __future__ import annotations

import json
from pathlib import Path

from .conftest import shared_path

from eventwire.cameo import plover_type
from eventwire.evaluate.plover import evaluate_plover, format_plover, markup_spans, read_gold, record_type

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
    {"id": "R1", "event": "DISAPPROVE", "text": "Chile criticized Peru on Monday.",
     "textInfo": {"markup": "(SRC: Chile) (EVT: criticized) (TAR: Peru) on Monday."}},
    {"id": "R2", "event": "AGREE", "text": "France and Germany agreed to cooperate on energy.",
     "textInfo": {"markup": "(SRC/TAR: France) and (SRC/TAR: Germany) (EVT: agreed) to cooperate on energy."}},
]


def write_gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.txt"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_older_categories_go_through_the_one_table():
    assert plover_type("163") == "COERCE" and plover_type("10") == "REQUEST"
    assert record_type("DEMAND") == "REQUEST"
    assert record_type("DISAPPROVE") == "ACCUSE"
    assert record_type("FIGHT") == "ASSAULT"
    assert record_type("AGREE") == "AGREE"
    assert record_type("DOCUMENT") is None


def test_markup_spans_point_into_the_text():
    text = "France and Germany agreed to cooperate on energy."
    spans = markup_spans(text, RECORDS[2]["textInfo"]["markup"])
    assert spans == {"SRC": [(0, 6), (11, 18)], "TAR": [(0, 6), (11, 18)], "EVT": [(19, 25)]}


def test_read_gold_skips_the_header(tmp_path):
    golds = read_gold(write_gold(tmp_path))
    assert [(g.id, g.type) for g in golds] == [("R1", "ACCUSE"), ("R2", "AGREE")]


def test_small_file_scores(tmp_path, pipeline):
    figures = evaluate_plover(write_gold(tmp_path), pipeline)
    assert {k: figures[k] for k in ("records", "errors", "coverage", "type_accuracy", "source_accuracy",
                                    "target_accuracy")} == {
        "records": 2, "errors": 0, "coverage": 1.0, "type_accuracy": 1.0, "source_accuracy": 1.0,
        "target_accuracy": 1.0}
    assert format_plover(figures).startswith("plover   records=2  errors=0")


def test_all_plover_gold_records_run_without_error(pipeline):
    figures = evaluate_plover(shared_path("eval", "plover", "PLOVER_GSR_CAMEO.txt"), pipeline)
    assert figures["records"] == 322 and figures["errors"] == 0
    # pinned floors, a little under the measured 0.562 coverage, 0.466 type and 0.503 source accuracy
    assert figures["coverage"] >= 0.53 and figures["type_accuracy"] >= 0.44 and figures["source_accuracy"] >= 0.48
