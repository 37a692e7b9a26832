"""``eventwire eval --by-type``: events by PLOVER type and actors by gold sector, counted like the figures."""
from __future__ import annotations

import json
from pathlib import Path

from .cli_helpers import run_cli
from .conftest import shared_path

TEXT = ("Ruritania accused Borduria of shelling a border village. Ruritania asked Syldavia to mediate. "
        "The two foreign ministers met in Klow. Senator Ana Petrov said the talks were useful.")


def _gold(tmp_path: Path) -> Path:
    actors = [
        {"name": "Ruritania", "aliases": [], "kind": "country", "country": "RUR", "sector": None},
        {"name": "Borduria", "aliases": [], "kind": "country", "country": "BOR", "sector": None},
        {"name": "Syldavia", "aliases": [], "kind": "country", "country": "SYL", "sector": None},
        {"name": "Ruritanian foreign minister", "aliases": [], "kind": "person", "country": "RUR", "sector": "GOV"},
        {"name": "Ana Petrov", "aliases": [], "kind": "person", "country": "RUR", "sector": "LEG"},
        {"name": "Klow police", "aliases": [], "kind": "organization", "country": "SYL", "sector": "GOV"},
    ]
    event = {"status": "asserted", "according_to": [], "cameo": "010"}
    events = [
        {**event, "type": "ACCUSE", "source": "Ruritania", "target": "Borduria", "evidence": "accused Borduria"},
        {**event, "type": "REQUEST", "source": "Ruritania", "target": "Syldavia", "evidence": "asked Syldavia"},
        {**event, "type": "CONSULT", "source": "Ruritania", "target": "Borduria", "evidence": "met in Klow",
         "optional": True},
    ]
    gold = {"format": "eventwire-gold/1", "article": {"id": "bk1", "text": TEXT, "published": "2020-01-02"},
            "actors": actors, "quotes": [], "sources": [], "times": [], "places": [], "events": events}
    path = tmp_path / "bk1.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def _record(tmp_path: Path) -> Path:
    actors = [
        {"id": "a1", "name": "Ruritania", "kind": "country", "country": "RUR", "sector": None},
        {"id": "a2", "name": "Borduria", "kind": "country", "country": "BOR", "sector": None},
        {"id": "a3", "name": "Syldavia", "kind": "country", "country": "SYL", "sector": None},
        {"id": "a4", "name": "Ana Petrov", "kind": "person", "country": "RUR", "sector": "CVL"},
        {"id": "a5", "name": "Ruritanian foreign minister", "kind": "person", "country": "RUR", "sector": "GOV"},
    ]
    base = {"status": "asserted", "according_to": [], "rule": "test", "trigger": {"start": 0, "end": 1}}
    events = [
        {**base, "type": "ACCUSE", "source": ["a1"], "target": ["a2"]},    # right
        {**base, "type": "REQUEST", "source": ["a1"], "target": ["a2"]},   # wrong target: false, and the gold missed
        {**base, "type": "CONSULT", "source": ["a1"], "target": ["a2"]},   # taken by the optional gold: not counted
        {**base, "type": "ASSAULT", "source": ["a2"], "target": ["a1"]},   # false
        {**base, "type": "ACCUSE", "source": ["a2"], "target": ["a1"]},    # false
    ]
    record = {"article": {"id": "bk1", "text": TEXT}, "actors": actors, "quotes": [], "times": [], "places": [],
              "events": events}
    path = tmp_path / "pred.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_by_type_counts_events_and_sectors_by_hand(tmp_path: Path) -> None:
    done = run_cli("eval", "--gold", str(_gold(tmp_path)), "--pred", str(_record(tmp_path)), "--json", "--by-type")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    events = result["breakdown"]["events_by_type"]
    assert events["ACCUSE"] == {"gold": 1, "found": 1, "recall": 1.0, "predicted": 2, "right": 1, "precision": 0.5}
    assert events["REQUEST"] == {"gold": 1, "found": 0, "recall": 0.0, "predicted": 1, "right": 0, "precision": 0.0}
    assert events["ASSAULT"]["predicted"] == 1 and events["ASSAULT"]["gold"] == 0
    assert "CONSULT" not in events  # the optional gold event is no gold, its match no prediction
    # the breakdown adds up to the figures
    overall = result["overall"]["events"]
    assert sum(e["gold"] for e in events.values()) == overall["gold"] == 2
    assert sum(e["found"] for e in events.values()) / overall["gold"] == overall["recall"]
    assert sum(e["right"] for e in events.values()) / sum(e["predicted"] for e in events.values()) == \
        overall["precision"]
    actors = result["breakdown"]["actors_by_sector"]
    assert actors["LEG"] == {"gold": 1, "found": 1, "recall": 1.0, "sector_right": 0, "sector_accuracy": 0.0,
                             "read_as": {"CVL": 1}}
    assert actors["GOV"]["gold"] == 2 and actors["GOV"]["found"] == 1 and actors["GOV"]["sector_right"] == 1
    assert "-" not in actors  # countries are not scored as actors


def test_by_type_table_and_figures_unchanged(tmp_path: Path) -> None:
    gold, pred = _gold(tmp_path), _record(tmp_path)
    plain = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--json")
    broken_down = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--json", "--by-type")
    assert "breakdown" not in json.loads(plain.stdout)
    assert json.loads(broken_down.stdout)["overall"] == json.loads(plain.stdout)["overall"]
    table = run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--by-type").stdout
    assert "events by type" in table and "actors by gold sector" in table
    row = next(line for line in table.splitlines() if line.strip().startswith("LEG"))
    assert row.split()[1:4] == ["1", "1", "1.000"] and row.rstrip().endswith("CVL 1")


def test_by_type_on_the_seed_adds_up(tmp_path: Path, seed_record) -> None:
    gold = shared_path("corpus", "seed", "putin-kim-2018-06-04.gold.json")
    record = json.loads(json.dumps(seed_record))
    record["events"] = list(reversed(record["events"]))[1:]
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(record), encoding="utf-8")
    result = json.loads(run_cli("eval", "--gold", str(gold), "--pred", str(pred), "--json", "--by-type").stdout)
    events, overall = result["breakdown"]["events_by_type"], result["overall"]["events"]
    assert sum(e["gold"] for e in events.values()) == overall["gold"]
    assert round(sum(e["found"] for e in events.values()) / overall["gold"], 4) == overall["recall"]
    assert round(sum(e["right"] for e in events.values()) / sum(e["predicted"] for e in events.values()), 4) == \
        overall["precision"]
    actors = result["breakdown"]["actors_by_sector"]
    assert round(sum(a["found"] for a in actors.values()) / sum(a["gold"] for a in actors.values()), 4) == \
        result["overall"]["actors"]["recall"]
