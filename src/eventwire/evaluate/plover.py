"""Score the events stage on the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt).

Each record is one sentence with its event type and inline markup naming the source, target and event
words: "(SRC: Argentina) has (EVT: apologized) to (TAR: Brazil) ...". Records coded with the older
category names (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE) are mapped to PLOVER through their CAMEO root and
the project's one CAMEO->PLOVER table (``eventwire.cameo``, generated from CAMEO2PLOVER-2021.txt).

Figures, over every record (a record the pipeline fails on counts as an error and as a miss):
- ``coverage``: records with at least one predicted event;
- ``type_accuracy``: records whose chosen prediction (the event whose trigger lies on the EVT words, else
  the first) has the gold type; ``type_recall``: records where any prediction has it;
- ``source_accuracy`` / ``target_accuracy``: records whose chosen prediction names an actor mentioned
  inside the gold SRC / TAR words (SRC/TAR marks either side); target is scored on records with a TAR.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cameo import plover_type
from ..record import PLOVER_TYPES, Article

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Pipeline

# older PLOVER names in the file -> their CAMEO root code (CAMEO 1.1b3 cue categories)
OLD_CATEGORIES = {"DEMAND": "10", "DISAPPROVE": "11", "FIGHT": "19", "INVESTIGATE": "09"}
_MARK = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC):\s*([^()]*)\)")


@dataclass
class GoldRecord:
    id: str
    text: str
    type: str
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # SRC, TAR, EVT -> text spans


def record_type(event: str) -> str | None:
    """A record's PLOVER type: its own when it names one, else its older category's through the CAMEO root
    ("DEMAND" -> 10 -> REQUEST); None for anything else (the DOCUMENT header)."""
    if event in PLOVER_TYPES:
        return event
    root = OLD_CATEGORIES.get(event)
    return plover_type(root) if root else None


def _find(text: str, words: str, start: int = 0) -> tuple[int, int] | None:
    words = words.strip().rstrip("'’s").strip()
    if not words:
        return None
    at = text.find(words, start)
    if at < 0:
        at = text.find(words)
    return (at, at + len(words)) if at >= 0 else None


def markup_spans(text: str, markup: str) -> dict[str, list[tuple[int, int]]]:
    """Where each marked phrase of the markup lies in the plain text."""
    spans: dict[str, list[tuple[int, int]]] = {"SRC": [], "TAR": [], "EVT": []}
    for m in _MARK.finditer(markup):
        found = _find(text, m.group(2))
        if found is None:
            continue
        for role in m.group(1).split("/"):
            if role in spans:
                spans[role].append(found)
    return spans


def read_gold(path: Path) -> list[GoldRecord]:
    out = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        kind = record_type(rec.get("event", ""))
        if kind is None or not rec.get("text"):
            continue  # the DOCUMENT header record
        info = rec.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        out.append(GoldRecord(rec["id"], rec["text"], kind, markup_spans(rec["text"], markup)))
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _chosen(events: list[dict[str, Any]], gold: GoldRecord) -> dict[str, Any] | None:
    on_evt = [e for e in events if _overlaps((e["trigger"]["start"], e["trigger"]["end"]), gold.spans["EVT"])]
    return (on_evt or events or [None])[0]


def _names(record: dict[str, Any], ids: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether one of the actors has a mention inside the gold phrases."""
    for actor in record["actors"]:
        if actor["id"] in ids and any(_overlaps((m["start"], m["end"]), spans) for m in actor["mentions"]):
            return True
    return False


def _judge(gold: GoldRecord, record: dict[str, Any] | None) -> dict[str, int]:
    events = record["events"] if record else []
    best = _chosen(events, gold)
    has_tar = bool(gold.spans["TAR"])
    row = {"covered": int(bool(events)), "type_ok": 0, "type_any": int(any(e["type"] == gold.type for e in events)),
           "source_ok": 0, "target_ok": 0, "has_target": int(has_tar)}
    if best is not None and record is not None:
        row["type_ok"] = int(best["type"] == gold.type)
        row["source_ok"] = int(_names(record, best["source"], gold.spans["SRC"]))
        row["target_ok"] = int(has_tar and _names(record, best["target"], gold.spans["TAR"]))
    return row


def evaluate_plover(path: str | Path, pipeline: Pipeline) -> dict[str, Any]:
    """Event type and participant figures of the pipeline over every PLOVER gold record."""
    golds = read_gold(Path(path))
    articles = [Article(text=g.text, id=g.id, published="2000-01-01") for g in golds]
    rows, errors, by_type = [], 0, {}
    for gold, outcome in zip(golds, pipeline.run(articles)):
        errors += outcome.error is not None
        record = outcome.record.to_dict() if outcome.record is not None else None
        row = _judge(gold, record)
        rows.append(row)
        seen = by_type.setdefault(gold.type, [0, 0])
        seen[0] += 1
        seen[1] += row["type_ok"]
    return _figures(rows, errors, by_type)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _figures(rows: list[dict[str, int]], errors: int, by_type: dict[str, list[int]]) -> dict[str, Any]:
    n = len(rows)
    total = {k: sum(r[k] for r in rows) for k in rows[0]} if rows else {}
    return {
        "records": n, "errors": errors,
        "coverage": _ratio(total.get("covered", 0), n),
        "type_accuracy": _ratio(total.get("type_ok", 0), n),
        "type_recall": _ratio(total.get("type_any", 0), n),
        "source_accuracy": _ratio(total.get("source_ok", 0), n),
        "target_accuracy": _ratio(total.get("target_ok", 0), total.get("has_target", 0)),
        "by_type": {k: {"records": v[0], "type_accuracy": _ratio(v[1], v[0])} for k, v in sorted(by_type.items())},
    }


def format_plover(figures: dict[str, Any]) -> str:
    """The figures as a short table."""
    lines = [
        f"plover   records={figures['records']}  errors={figures['errors']}  coverage={figures['coverage']:.3f}  "
        f"type_accuracy={figures['type_accuracy']:.3f}  type_recall={figures['type_recall']:.3f}  "
        f"source_accuracy={figures['source_accuracy']:.3f}  target_accuracy={figures['target_accuracy']:.3f}",
    ]
    for kind, row in figures["by_type"].items():
        lines.append(f"  {kind:<10} records={row['records']:<3}  type_accuracy={row['type_accuracy']:.3f}")
    return "\n".join(lines)
