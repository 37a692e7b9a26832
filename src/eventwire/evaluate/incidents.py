"""Score the store's incident grouping against hand-labelled incidents (tests/data/incidents/gold.json).

The gold lists, for each article, the events it reports: ``incident`` (a label shared by every report of
one happening), ``type`` (PLOVER), ``source``, ``target`` (names as the article gives them; a null target
accepts any), ``symmetric`` and optionally ``optional`` and ``also_accept_type``. A top-level ``aliases``
maps a gold name to other names a coder may defensibly give the same participant.

Each stored event of a gold article is paired with a gold event of the same article the way the
reference scorer pairs events: same type, source name matching, target name matching (either way round
when the gold event is symmetric); names compare case-folded without punctuation (``names.name_key``).
B-cubed precision and recall then compare the stored incidents with the gold labels over the paired
events. Stored events that pair with nothing are listed apart and take no part in B-cubed.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Hashable, Mapping

from ..names import name_key

Gold = Mapping[str, Any]


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of a clustering, over the items both mappings hold.

    An item's precision is the share of its predicted cluster that shares its gold cluster, its recall
    the share of its gold cluster that shares its predicted cluster; both are averaged over items.
    No common items gives (0.0, 0.0, 0.0).
    """
    items = [item for item in predicted if item in gold]
    if not items:
        return 0.0, 0.0, 0.0
    both = Counter((predicted[i], gold[i]) for i in items)
    in_pred = Counter(predicted[i] for i in items)
    in_gold = Counter(gold[i] for i in items)
    precision = sum(both[predicted[i], gold[i]] / in_pred[predicted[i]] for i in items) / len(items)
    recall = sum(both[predicted[i], gold[i]] / in_gold[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---- stored events ------------------------------------------------------------------------------

@dataclass
class StoredEvent:
    article_id: str
    event_id: str
    type: str
    sources: list[str]
    targets: list[str]
    status: str
    incident: int | None

    @property
    def key(self) -> str:
        return f"{self.article_id}/{self.event_id}"


def _names(conn: sqlite3.Connection, article_id: str) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM actors WHERE article_id = ?", (article_id,))}


def stored_events(conn: sqlite3.Connection, article_id: str) -> list[StoredEvent]:
    """An article's stored events with participant names and the incident each belongs to (or None)."""
    names = _names(conn, article_id)
    rows = conn.execute(
        "SELECT e.id, e.type, e.source, e.target, e.status, m.incident_id FROM events e"
        " LEFT JOIN incident_members m ON m.article_id = e.article_id AND m.event_id = e.id"
        " WHERE e.article_id = ? ORDER BY e.sentence_start, e.trigger_start, e.id", (article_id,)).fetchall()
    return [StoredEvent(article_id, r[0], r[1], [names.get(a, "") for a in json.loads(r[2])],
                        [names.get(a, "") for a in json.loads(r[3])], r[4], r[5]) for r in rows]


# ---- pairing stored events with gold events -----------------------------------------------------

def _accepted(name: str, aliases: Mapping[str, list[str]]) -> set[str]:
    return {name_key(n) for n in [name, *aliases.get(name, [])]}


def pairs_with(event: StoredEvent, gold_event: Mapping[str, Any], aliases: Mapping[str, list[str]]) -> bool:
    """Type, source and target agree (either way round for a symmetric gold event)."""
    if event.type not in [gold_event["type"], *gold_event.get("also_accept_type", [])]:
        return False
    sources = {name_key(n) for n in event.sources}
    targets = {name_key(n) for n in event.targets}
    want_source = _accepted(gold_event["source"], aliases)
    want_target = _accepted(gold_event["target"], aliases) if gold_event.get("target") else None
    forward = bool(sources & want_source) and (want_target is None or bool(targets & want_target))
    backward = (bool(gold_event.get("symmetric")) and want_target is not None
                and bool(targets & want_source) and bool(sources & want_target))
    return forward or backward


def pair_article(events: list[StoredEvent], golds: list[Mapping[str, Any]],
                 aliases: Mapping[str, list[str]]) -> dict[str, int]:
    """Stored event key -> index of its gold event; a gold event not yet taken, a required one, is preferred,
    and several stored events may pair with one gold event (repeated mentions of one report)."""
    paired: dict[str, int] = {}
    for event in events:
        fits = [i for i, g in enumerate(golds) if pairs_with(event, g, aliases)]
        if fits:
            taken = set(paired.values())
            paired[event.key] = min(fits, key=lambda i: (i in taken, bool(golds[i].get("optional")), i))
    return paired


# ---- the evaluation -----------------------------------------------------------------------------

def load_gold(gold: Gold | str | Path) -> Gold:
    if isinstance(gold, (str, Path)):
        return json.loads(Path(gold).read_text(encoding="utf-8"))
    return gold


def _describe(event: StoredEvent) -> dict[str, Any]:
    return {"article": event.article_id, "event": event.event_id, "type": event.type, "source": event.sources,
            "target": event.targets, "status": event.status, "incident": event.incident}


def evaluate_incidents(conn: sqlite3.Connection, gold: Gold | str | Path) -> dict[str, Any]:
    """B-cubed of the stored incidents against the gold labels, with coverage and the unpaired events."""
    gold = load_gold(gold)
    aliases = gold.get("aliases", {})
    predicted: dict[str, Hashable] = {}
    labels: dict[str, str] = {}
    unmatched: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    required = found = 0
    for article_id, golds in gold["articles"].items():
        events = stored_events(conn, article_id)
        paired = pair_article(events, golds, aliases)
        for event in events:
            if event.key not in paired:
                unmatched.append(_describe(event))
                continue
            # an event in no incident is a cluster of its own
            predicted[event.key] = event.incident if event.incident is not None else "alone:" + event.key
            labels[event.key] = golds[paired[event.key]]["incident"]
        for i, g in enumerate(golds):
            if g.get("optional"):
                continue
            required += 1
            if i in paired.values():
                found += 1
            else:
                missed.append({"article": article_id, **g})
    return _figures(predicted, labels, required, found, unmatched, missed)


def _figures(predicted: dict[str, Hashable], labels: dict[str, str], required: int, found: int,
             unmatched: list[dict[str, Any]], missed: list[dict[str, Any]]) -> dict[str, Any]:
    precision, recall, f1 = bcubed(predicted, labels)
    by_label: dict[str, set[str]] = {}
    for key, label in labels.items():
        by_label.setdefault(label, set()).add(str(predicted[key]))
    return {
        "bcubed": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
        "paired_events": len(labels), "gold_events": required, "gold_matched": found,
        "coverage": round(found / required, 4) if required else 0.0,
        "unmatched_stored": unmatched, "missed_gold": missed,
        "incidents_by_label": {label: sorted(ids) for label, ids in sorted(by_label.items())},
    }


def format_incidents(result: Mapping[str, Any]) -> str:
    """A short text summary of ``evaluate_incidents``."""
    b = result["bcubed"]
    lines = [f"B-cubed precision {b['precision']:.3f}  recall {b['recall']:.3f}  F1 {b['f1']:.3f}"
             f"  over {result['paired_events']} paired events",
             f"gold events matched {result['gold_matched']}/{result['gold_events']}"
             f" (coverage {result['coverage']:.3f}); unpaired stored events {len(result['unmatched_stored'])}"]
    lines += [f"  {label}: incidents {', '.join(ids)}" for label, ids in result["incidents_by_label"].items()]
    return "\n".join(lines)
