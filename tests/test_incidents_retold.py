"""Incident grouping on a second hand-written set (tests/data/incidents_retold), written for issue 15: 8
short articles retelling 4 happenings in different words: an accord signed (3 reports), the same
countries' earlier accord (must stay apart), an ambassador recalled (2 reports, one naming neither the day
nor the country) and a planned visit later denied (a conflict)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.incidents import format_incidents

from .cli_helpers import run_cli
from .incident_helpers import ingest_set, score_set

DATA = Path(__file__).parent / "data" / "incidents_retold"
ACCORD, EARLIER = "peru-bolivia-water-accord-2025-05-06", "peru-bolivia-fisheries-accord-2025-02-10"
RECALL, VISIT = "ghana-recalls-envoy-to-togo-2025-05-12", "zhao-lin-visit-to-nepal-2025-w22"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_set(DATA, tmp_path_factory.mktemp("retold") / "retold.db")


@pytest.fixture(scope="module")
def scored(store: Path) -> dict[str, Any]:
    return score_set(DATA, store)


def test_every_report_of_each_happening_is_found(scored: dict[str, Any]) -> None:
    assert scored["coverage"] == 1.0, format_incidents(scored)


@pytest.mark.parametrize("label,articles", [(ACCORD, 3), (RECALL, 2), (VISIT, 2)])
def test_reports_of_one_happening_form_one_incident(store: Path, scored: dict[str, Any], label: str,
                                                     articles: int) -> None:
    ids = scored["incidents_by_label"][label]
    assert len(ids) == 1, format_incidents(scored)
    rows = {r["id"]: r for r in _cli_json("incidents", "--db", str(store))}
    assert rows[int(ids[0])]["articles"] == articles


def test_the_earlier_accord_stays_apart(scored: dict[str, Any]) -> None:
    by_label = scored["incidents_by_label"]
    assert len(by_label[EARLIER]) == 1 and by_label[EARLIER] != by_label[ACCORD]


def test_grouping_is_clean(scored: dict[str, Any]) -> None:
    assert scored["bcubed"]["precision"] == 1.0 and scored["bcubed"]["recall"] == 1.0, format_incidents(scored)


def test_the_denied_visit_is_the_only_conflict(store: Path, scored: dict[str, Any]) -> None:
    (incident,) = scored["incidents_by_label"][VISIT]
    conflicts = _cli_json("incidents", "--db", str(store), "--conflicts")
    assert [row["id"] for row in conflicts] == [int(incident)]
    claims = _cli_json("claims", "--db", str(store), "--incident", incident)
    assert {c["status"] for c in claims} >= {"planned", "denied"}, claims
    assert any(c["claimant"] == "China" for c in claims if c["status"] == "denied"), claims


def test_articles_are_short_news_in_their_own_words() -> None:
    articles = [json.loads(line) for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in articles) == sorted(gold["articles"]) and len(articles) == 8
    assert all(60 <= len(a["text"].split()) <= 150 for a in articles)
    assert len({a["text"].split(".")[0] for a in articles}) == 8  # no two open with the same sentence


def _cli_json(*args: str) -> list[dict[str, Any]]:
    done = run_cli("query", *args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
