"""``eventwire eval`` agrees with the reference scorer and gates on pinned floors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .cli_helpers import run_cli
from .conftest import shared_path

GOLD = ("corpus", "seed", "putin-kim-2018-06-04.gold.json")


def _reference(gold: Path, pred: Path) -> dict:
    scorer = shared_path("tools", "score.py")
    done = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, timeout=120)
    return json.loads(done.stdout)


def test_eval_agrees_with_reference_scorer_on_seed(tmp_path: Path, seed_record) -> None:
    gold = shared_path(*GOLD)
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(seed_record), encoding="utf-8")
    ours = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--json")
    assert ours.returncode == 0, ours.stderr
    assert json.loads(ours.stdout) == _reference(gold, pred)


def test_eval_agrees_on_a_damaged_record(tmp_path: Path, seed_record) -> None:
    """Drop and shuffle items so that misses, false positives and optional matches all occur."""
    gold = shared_path(*GOLD)
    record = json.loads(json.dumps(seed_record))
    record["quotes"] = record["quotes"][::2]
    record["times"] = record["times"][1::2]
    record["places"] = [{**p, "lat": (p["lat"] or 0) + 3, "geonameid": None} for p in record["places"]]
    record["actors"] = record["actors"][3:]
    record["events"] = list(reversed(record["events"]))
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps([record]), encoding="utf-8")
    ours = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--json")
    assert json.loads(ours.stdout) == _reference(gold, pred)


def test_eval_extracts_when_no_pred_and_meets_actor_floors() -> None:
    gold = shared_path(*GOLD)
    done = run_cli("eval", "--gold", str(gold), "--min", "actors.recall=0.9", "--min", "overall.actors.country_accuracy=0.9")
    assert "actors" in done.stdout
    assert done.returncode == 0, done.stderr


def test_eval_floor_failure_exits_3(tmp_path: Path, seed_record) -> None:
    gold = shared_path(*GOLD)
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps({**seed_record, "actors": []}), encoding="utf-8")
    done = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--min", "overall.actors.recall=0.9")
    assert done.returncode == 3 and "below floor: overall.actors.recall = 0.0 < 0.9" in done.stderr


def test_eval_errors_lists_what_the_figures_count(tmp_path: Path, seed_record) -> None:
    """--errors names one line per miss, false item and wrong field, consistent with the figures."""
    gold = shared_path(*GOLD)
    record = json.loads(json.dumps(seed_record))
    dropped = record["times"][0]
    record["times"] = record["times"][1:]
    record["places"] = [{**p, "lat": (p["lat"] or 0) + 30, "geonameid": None} for p in record["places"]]
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(record), encoding="utf-8")
    done = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--json", "--errors", "times",
                   "--errors", "places")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    errors = result["errors"]
    assert {e["section"] for e in errors} <= {"times", "places"}
    missed_times = [e for e in errors if e["section"] == "times" and e["kind"] == "missed"]
    times = result["overall"]["times"]
    assert len(missed_times) == round(times["gold"] * (1 - times["recall"])) >= 1
    assert any(dropped["text"] in e["text"] or e["text"] in dropped["text"] for e in missed_times)
    assert any(e["section"] == "places" and e["kind"] == "wrong" for e in errors)
    plain = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--errors", "all")
    assert "times   missed" in plain.stdout
