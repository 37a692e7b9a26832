"""TempEval-3-style scoring of the times stage on TimeML (.tml) files.

Each file's TEXT is stripped of its inline tags (TIMEX3, EVENT, SIGNAL...) and of XML character
references, keeping the character offsets of every TIMEX3 in the plain text. The pipeline runs up to the
times stage on that text with the document creation time (functionInDocument="CREATION_TIME") as the
publication date. Figures over all TIMEX3 of the TEXT (the DCT itself is outside it and never counted):

- relaxed detection precision / recall / F1: a prediction and a gold TIMEX3 match when their character
  spans overlap (one-to-one, largest overlap first);
- value accuracy: matched pairs whose value is exactly the gold value, over matched pairs;
- value F1 = relaxed F1 x value accuracy (the TempEval-3 attribute F1);
- the same restricted to DATE/TIME: gold TIMEX3 of type DATE or TIME against predictions of type DATE or TIME.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Pipeline

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<TIMEX3\b([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", re.DOTALL)
CALENDAR_TYPES = ("DATE", "TIME")


@dataclass
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    type: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def strip_tags(marked: str) -> tuple[str, list[Timex]]:
    """Plain text of a TimeML TEXT body and its TIMEX3 spans as offsets into that plain text."""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    pos = 0
    for m in _TAG.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(0).startswith("&"):
            char = html.unescape(m.group(0))
            out.append(char)
            length += len(char)
        elif m.group(2) == "TIMEX3" and not m.group(1) and not m.group(4):
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif m.group(2) == "TIMEX3" and m.group(1) and open_timex:
            start, attrs = open_timex.pop()
            timexes.append(Timex(start, length, "", attrs.get("value"), attrs.get("type", "DATE")))
    out.append(marked[pos:])
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    return text, sorted(timexes, key=lambda t: t.start)


def read_tml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    text, timexes = strip_tags(body.group(1) if body else "")
    dct = _DCT.search(raw)
    value = dict(_ATTR.findall(dct.group(1))).get("value") if dct else None
    return TimeMLDoc(path.name, text, value[:10] if value else None, timexes)


def predict(doc: TimeMLDoc, pipeline: Pipeline) -> list[Timex]:
    """The pipeline's time expressions for one document (stages run up to and including times)."""
    from ..document import Document
    from ..record import Article
    from ..stages.nlp import parse

    (document,) = list(parse([Document(Article(text=doc.text, published=doc.dct))], pipeline.nlp))
    for name, stage in pipeline.stages:
        if name == "times":
            stage(document)
            break
    return [Timex(t.start, t.end, t.text, t.value, t.type) for t in document.times]


def _overlap(a: Timex, b: Timex) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: list[Timex], pred: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    pairs = sorted(((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if _overlap(g, p) > 0), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _ov, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def _figures(n_gold: int, n_pred: int, pairs: list[tuple[Timex, Timex]]) -> dict[str, Any]:
    tp = len(pairs)
    correct = sum(1 for g, p in pairs if p.value == g.value)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = correct / tp if tp else 0.0
    return {"gold": n_gold, "predicted": n_pred, "matched": tp, "value_correct": correct,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "value_accuracy": round(accuracy, 4), "value_f1": round(f1 * accuracy, 4)}


def _calendar(items: list[Timex]) -> list[Timex]:
    return [t for t in items if t.type in CALENDAR_TYPES]


def evaluate_timeml(directory: str | Path, pipeline: Pipeline) -> dict[str, Any]:
    """TempEval-3-style figures over every .tml file in ``directory`` (JSON-able)."""
    totals = {"all": [0, 0, []], "date_time": [0, 0, []]}  # type: dict[str, list[Any]]
    documents, errors = [], []
    for path in sorted(Path(directory).glob("*.tml")):
        doc = read_tml(path)
        pred = predict(doc, pipeline)
        for key, gold_part, pred_part in (("all", doc.timexes, pred),
                                          ("date_time", _calendar(doc.timexes), _calendar(pred))):
            pairs = match(gold_part, pred_part)
            totals[key][0] += len(gold_part)
            totals[key][1] += len(pred_part)
            totals[key][2].extend(pairs)
        pairs = match(doc.timexes, pred)
        documents.append({"name": doc.name, "dct": doc.dct, "gold": len(doc.timexes), "predicted": len(pred),
                          "matched": len(pairs)})
        errors.extend({"document": doc.name, "text": p.text, "gold_text": g.text, "gold": g.value,
                       "predicted": p.value} for g, p in pairs if g.value != p.value)
    return {"documents": documents, "all": _figures(*totals["all"]),
            "date_time": _figures(*totals["date_time"]), "value_errors": errors}


def format_timeml(figures: dict[str, Any]) -> str:
    """A small text table of evaluate_timeml's figures."""
    lines = [f"TempEval-3-style figures over {len(figures.get('documents', []))} TimeML documents",
             f"{'subset':<10} {'gold':>5} {'pred':>5} {'P':>7} {'R':>7} {'F1':>7} {'val.acc':>8} {'val.F1':>7}"]
    for key, label in (("all", "all"), ("date_time", "DATE/TIME")):
        f = figures[key]
        lines.append(f"{label:<10} {f['gold']:>5} {f['predicted']:>5} {f['precision']:>7.3f} {f['recall']:>7.3f} "
                     f"{f['f1']:>7.3f} {f['value_accuracy']:>8.3f} {f['value_f1']:>7.3f}")
    return "\n".join(lines)
