"""PETRARCH validation files (``<Validation>`` XML) run with eventwire's own parse and the dictionary coder.

Each ``<Sentence>`` gives an id, a date, a category, the text and the expected codings: ``EventCoding``
elements with sourcecode/targetcode/eventcode, ``noevents`` (no coding expected) or ``error`` (the record
should not be coded: discards, bad input; it counts as correct when nothing is coded). The file's parse
trees are not read. ``<Config option="require_dyad">`` before a sentence applies from there on (whether a
coding needs a target; without one the target is ``---``). A record is fully correct when its codings are
exactly the expected set of (source, target, code) triples.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dictionaries import Dictionaries, load_dictionaries

Triple = tuple[str, str, str]
ENVIRONMENT_FILES = {"actors": "Actorfile", "agents": "Agentfile", "verbs": "Verbfile", "discards": "Discardfile"}


@dataclass
class ValidationRecord:
    id: str
    date: str | None  # YYYY-MM-DD
    category: str
    text: str
    expected: set[Triple] = field(default_factory=set)
    error: str | None = None
    require_dyad: bool = True


def read_validation(path: str) -> tuple[list[ValidationRecord], dict[str, str]]:
    """The records of a validation file, and the dictionary file names its ``<Environment>`` gives."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ValueError(f"{path}: cannot read PETRARCH validation file: {exc}") from None
    env = root.find("Environment")
    files = {kind: (env.findtext(tag) or "").strip() for kind, tag in ENVIRONMENT_FILES.items()} if env is not None else {}
    records: list[ValidationRecord] = []
    require_dyad = True
    for el in root.iter():
        if el.tag == "Config" and el.get("option") == "require_dyad":
            require_dyad = (el.get("value") or "true").strip().lower() != "false"
        elif el.tag == "Sentence":
            records.append(_record(el, require_dyad))
    return records, {k: v for k, v in files.items() if v}


def _record(el: ET.Element, require_dyad: bool) -> ValidationRecord:
    raw = (el.get("date") or "").strip()
    day = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if len(raw) == 8 and raw.isdigit() else None
    rec = ValidationRecord(el.get("id", ""), day, el.get("category", ""), " ".join((el.findtext("Text") or "").split()),
                           require_dyad=require_dyad)
    for coding in el.findall("EventCoding"):
        if coding.get("error"):
            rec.error = coding.get("error")
        elif coding.get("eventcode"):
            rec.expected.add((coding.get("sourcecode", ""), coding.get("targetcode", ""), coding.get("eventcode", "")))
    return rec


def dictionaries_for(path: str, directory: str | None, files: dict[str, str]) -> Dictionaries:
    """The dictionaries named in the validation file, looked up in ``directory`` (default: beside it)."""
    folder = Path(directory) if directory else Path(path).parent
    missing = [kind for kind in ENVIRONMENT_FILES if kind not in files]
    if missing:
        raise ValueError(f"{path}: <Environment> names no {', '.join(missing)} dictionary")
    return load_dictionaries(**{kind: str(folder / name) for kind, name in files.items()})


def evaluate_petrarch(path: str, pipeline, directory: str | None = None) -> dict[str, Any]:
    """Figures overall and per category for a validation file; ``pipeline`` supplies the spaCy model."""
    from ..document import Document
    from ..record import Article
    from ..stages.dictionary_coding import DictionaryCoder
    from ..stages.nlp import parse

    records, files = read_validation(path)
    dicts = dictionaries_for(path, directory, files)
    coder = DictionaryCoder(dicts)
    docs = parse((Document(Article(text=r.text, published=r.date)) for r in records), pipeline.nlp)
    results = []
    for rec, doc in zip(records, docs):
        coder.require_dyad = rec.require_dyad
        produced = {c.triple for c in coder.codings(doc)}
        results.append((rec, produced))
    return figures(results, dicts.warnings)


def figures(results: list[tuple[ValidationRecord, set[Triple]]], warnings: list[str]) -> dict[str, Any]:
    by_category: dict[str, list[tuple[ValidationRecord, set[Triple]]]] = {}
    for rec, produced in results:
        by_category.setdefault(rec.category, []).append((rec, produced))
    failures = [{"id": rec.id, "category": rec.category, "missed": sorted(map(list, rec.expected - produced)),
                 "extra": sorted(map(list, produced - rec.expected)), "error": rec.error}
                for rec, produced in results if not _correct(rec, produced)]
    return {"overall": _tally(results), "categories": {k: _tally(v) for k, v in sorted(by_category.items())},
            "failures": failures, "dictionary_warnings": warnings}


def _correct(rec: ValidationRecord, produced: set[Triple]) -> bool:
    return not produced if rec.error else produced == rec.expected


def _tally(results: list[tuple[ValidationRecord, set[Triple]]]) -> dict[str, Any]:
    correct = sum(_correct(r, p) for r, p in results)
    expected = sum(len(r.expected) for r, _ in results)
    produced = sum(len(p) for _, p in results)
    missed = sum(len(r.expected - p) for r, p in results)
    extra = sum(len(p - r.expected) for r, p in results)
    return {"records": len(results), "correct": correct, "correct_share": _share(correct, len(results)),
            "expected": expected, "missed": missed, "missed_share": _share(missed, expected),
            "produced": produced, "extra": extra, "extra_share": _share(extra, produced)}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def format_petrarch(result: dict[str, Any]) -> str:
    """A table: per category and overall, records fully correct, expected codings missed, extra codings."""
    head = f"{'PETRARCH':<12} {'records':>7} {'correct':>8} {'share':>6} {'expected':>8} {'missed':>7} " \
           f"{'share':>6} {'coded':>6} {'extra':>6} {'share':>6}"
    lines = [head, "-" * len(head)]
    rows = list(result["categories"].items()) + [("overall", result["overall"])]
    for name, t in rows:
        lines.append(f"{name:<12} {t['records']:>7} {t['correct']:>8} {t['correct_share']:>6.1%} {t['expected']:>8} "
                     f"{t['missed']:>7} {t['missed_share']:>6.1%} {t['produced']:>6} {t['extra']:>6} "
                     f"{t['extra_share']:>6.1%}")
    lines += [f"dictionary warning: {w}" for w in result.get("dictionary_warnings", [])]
    return "\n".join(lines)
