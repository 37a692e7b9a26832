"""The PETRARCH unit-test suite run with eventwire's parse and the dictionary coder, and the CLI options."""
from __future__ import annotations

import json
from pathlib import Path

from .cli_helpers import run_cli
from .conftest import shared_path

# measured: 238/284 records fully correct (0.838), 12.5% extra codings, 13.9% of expected codings missed
FLOOR_CORRECT = 0.83
CEILING_EXTRA = 0.13


def test_unit_test_records_meet_the_floor(nlp) -> None:
    from eventwire.evaluate.petrarch import evaluate_petrarch, format_petrarch

    path = shared_path("eval", "petrarch", "PETR.UnitTest.records.xml")

    class Parser:  # evaluate_petrarch needs only the pipeline's spaCy model
        pass

    parser = Parser()
    parser.nlp = nlp
    result = evaluate_petrarch(str(path), parser)
    overall = result["overall"]
    assert overall["records"] == 284
    assert overall["correct_share"] >= FLOOR_CORRECT, format_petrarch(result)
    assert overall["extra_share"] <= CEILING_EXTRA, format_petrarch(result)
    assert overall["missed_share"] <= 0.15
    assert result["categories"]["SYNSET"]["correct_share"] == 1.0
    assert result["categories"]["DATE"]["correct_share"] == 1.0
    assert result["dictionary_warnings"] == []


def test_read_validation_records() -> None:
    from eventwire.evaluate.petrarch import read_validation

    records, files = read_validation(str(shared_path("eval", "petrarch", "PETR.UnitTest.records.xml")))
    assert files["verbs"] == "PETR.Validate.verbs.txt"
    first = records[0]
    assert (first.id, first.date, first.category) == ("DEMO-00", "1995-01-01", "DEMO")
    assert first.expected == {("ARN", "GON", "064")}
    assert next(r for r in records if r.id == "DISCARD-01").error == "storydiscard"
    assert not any(r.require_dyad for r in records if r.id == "COMPOUND-03")


def test_extract_codes_with_small_dictionaries(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n", encoding="utf-8")
    (tmp_path / "agents.txt").write_text("POLICE {} [~COP]\nGOVERNMENT [~GOV]\n", encoding="utf-8")
    (tmp_path / "verbs.txt").write_text("--- ACCUSE [112] ---\nACCUSE\n- * OF &CRIME [1122]\n&CRIME\n+THEFT\n",
                                        encoding="utf-8")
    (tmp_path / "story.txt").write_text("The Arnor government accused the Minas Tirith police of theft on Monday.\n",
                                        encoding="utf-8")
    done = run_cli("extract", str(tmp_path / "story.txt"), "--published", "2020-01-06",
                   "--actors", str(tmp_path / "actors.txt"), "--agents", str(tmp_path / "agents.txt"),
                   "--verbs", str(tmp_path / "verbs.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    codes = {a["id"]: a["code"] for a in record["actors"]}
    (event,) = record["events"]
    assert (event["cameo"], event["type"]) == ("1122", "ACCUSE")
    assert (codes[event["source"][0]], codes[event["target"][0]]) == ("ARNGOV", "GONCOP")
    assert event["trigger"]["text"] == "accused"


def test_extract_reports_bad_dictionary_lines(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text("ARNOR [ARN\nGONDOR [GON]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Arnor met Gondor.\n", encoding="utf-8")
    done = run_cli("extract", str(tmp_path / "story.txt"), "--actors", str(tmp_path / "actors.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"{tmp_path / 'actors.txt'}:1: unbalanced brackets" in done.stderr
