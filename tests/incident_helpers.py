"""Shared by the incident corpus tests: ingest a hand-written set through the CLI, score its grouping."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.incidents import evaluate_incidents
from eventwire.store import connect

from .cli_helpers import run_cli


def ingest_set(folder: Path, db: Path) -> Path:
    """Ingest ``folder/articles.jsonl`` into ``db`` with the real pipeline; returns the database path."""
    done = run_cli("ingest", "--db", str(db), str(folder / "articles.jsonl"))
    assert done.returncode == 0, done.stderr
    return db


def score_set(folder: Path, db: Path) -> dict[str, Any]:
    """The incident figures of the store ``db`` against ``folder/gold.json``."""
    conn = connect(db, readonly=True)
    try:
        return evaluate_incidents(conn, folder / "gold.json")
    finally:
        conn.close()
