"""The command line through the real console script, on real files and a real database."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from eventwire.record import offsets_problems

from .cli_helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles.jsonl"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_prints_valid_records(tmp_path: Path) -> None:
    art = _write(tmp_path / "a.txt", "Envoys meet in Vienna\n\nIranian Foreign Minister Reza Karimi met "
                                     "European envoys in Vienna on Monday, state media reported.\n")
    done = run_cli("extract", str(art), "--published", "2024-03-06")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["schema"] == "eventwire/1"
    assert record["article"]["published"] == "2024-03-06"
    assert record["article"]["title"] == "Envoys meet in Vienna"
    assert set(record) == {"schema", "article", "actors", "quotes", "times", "places", "events"}
    assert offsets_problems(record) == []
    names = {a["name"]: a for a in record["actors"]}
    assert names["Reza Karimi"]["country"] == "IRN"


def test_extract_jsonl_and_stdin(tmp_path: Path) -> None:
    done = run_cli("extract", "-", "--format", "jsonl", input="Kenyan troops left Mogadishu on Friday.\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["article"]["text"].startswith("Kenyan troops")


def test_bad_inputs_are_named_and_exit_nonzero(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", "The minister resigned on Tuesday.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\xff\x00binary")
    bad_jsonl = _write(tmp_path / "feed.jsonl", '{"text": "Talks resumed."}\n{oops\n{"title": "x"}\n')
    done = run_cli("extract", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "blob.txt"),
                   str(bad_jsonl), str(good), "--format", "jsonl")
    assert done.returncode == 1
    assert len(done.stdout.strip().splitlines()) == 2  # "Talks resumed." and the good file
    err = done.stderr
    assert "5 failure(s)" in err
    for expected in (f"{tmp_path / 'empty.txt'}: empty input", f"{tmp_path / 'nope.txt'}: no such file",
                     f"{tmp_path / 'blob.txt'}: binary file", f"{bad_jsonl}:2: not valid JSON", f"{bad_jsonl}:3: no 'text'"):
        assert expected in err, err


def test_ingest_is_idempotent_and_query_formats(tmp_path: Path) -> None:
    db = tmp_path / "ew.db"
    first = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "stored: 4 new, 0 updated" in first.stderr
    again = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert "stored: 0 new, 4 updated" in again.stderr
    articles = json.loads(run_cli("query", "articles", "--db", str(db), "--format", "json").stdout)
    assert sorted(a["id"] for a in articles) == ["example-aid-convoy", "example-baltic-cable", "example-nile-talks",
                                                 "example-port-strike"]
    actors = json.loads(run_cli("query", "actors", "--db", str(db), "--country", "FIN", "--format", "json").stdout)
    assert actors and all(a["country"] == "FIN" for a in actors)
    dated = json.loads(run_cli("query", "articles", "--db", str(db), "--since", "2025-01-01", "--format", "json").stdout)
    assert sorted(a["id"] for a in dated) == ["example-baltic-cable", "example-port-strike"]
    rows = list(csv.DictReader(io.StringIO(run_cli("query", "actors", "--db", str(db), "--type", "country",
                                                   "--format", "csv").stdout)))
    assert rows and {r["kind"] for r in rows} == {"country"}
    table = run_cli("query", "actors", "--db", str(db), "--name", "Virtanen").stdout
    assert "Aino Virtanen" in table.splitlines()[2]


def test_query_without_database_is_a_clear_error(tmp_path: Path) -> None:
    done = run_cli("query", "events", "--db", str(tmp_path / "none.db"))
    assert done.returncode != 0 and "no such database" in done.stderr


def test_bad_date_option_is_refused() -> None:
    done = run_cli("query", "events", "--since", "yesterday")
    assert done.returncode == 2 and "unreadable publication date" in done.stderr


def test_demo_runs_examples_into_a_database(tmp_path: Path) -> None:
    done = run_cli("demo", "--db", str(tmp_path / "demo.db"))
    assert done.returncode == 0, done.stderr
    assert "eventwire demo: 4 example article(s)" in done.stdout
    assert "top actors:" in done.stdout and (tmp_path / "demo.db").exists()
