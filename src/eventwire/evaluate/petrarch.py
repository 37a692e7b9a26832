"""PETRARCH validation files run with eventwire's own parse and the dictionary coder.

The files are read the way PETRARCH's own validation tools read them, tag by tag rather than as strict XML,
so the files work as they are distributed: a comment may hold a nested ``<!-- ... -->`` (comments are
removed by nesting depth), records may carry ``<PLEvent {...}>`` lines (JSON: an event code and lists of
source and target actors, each a code with an optional sector) and ``<Parse>`` blocks in Penn Treebank
brackets or CoNLL-U. The text is parsed again by eventwire; the file's parse is only checked: a parse
PETRARCH cannot read (unbalanced brackets, CoNLL-U rows that are not ten fields with valid heads) makes the
record an input error, coded with nothing.

Each ``<Sentence>`` gives an id, a date, a category, the text and the expected codings: ``EventCoding``
elements with sourcecode/targetcode/eventcode (``~`` stands for ``---``), ``noevents`` (no coding
expected) or ``error`` (the record should not be coded: discards, bad input; it counts as correct when
nothing is coded). ``evaluate="false"`` skips a record; ``<Include>``/``<Exclude>`` in ``<Environment>``
choose categories. ``<Config option=... value=...>`` before a sentence applies from there on
(``require_dyad``: whether a coding needs a target, without one the target is ``---``;
``new_actor_length``: noun phrases of at most that many words stand as actors, coded by their quoted
text, where no dictionary actor is found). A record is fully correct when its codings are exactly the
expected set of (source, target, code) triples. Records with ``PLEvent`` lines are also scored on them
(``plevent`` figures): each PLEvent stands for every source-target pair of its lists.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dictionaries import Dictionaries, load_dictionaries

Triple = tuple[str, str, str]
ENVIRONMENT_FILES = {"actors": "Actorfile", "agents": "Agentfile", "verbs": "Verbfile", "discards": "Discardfile"}
LIST_FILES = ("actors", "agents")  # the tags that may name several files, comma-separated
OPTIONAL_FILES = ("agents", "discards")  # coding goes on without them (with a warning) when they are absent
TAG_RE = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z]+)(?P<rest>[^<>]*?)(?P<empty>/?)>", re.S)
ATTR_RE = re.compile(r"([A-Za-z_]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


@dataclass
class ValidationRecord:
    id: str
    date: str | None  # YYYY-MM-DD
    category: str
    text: str
    expected: set[Triple] = field(default_factory=set)
    error: str | None = None
    require_dyad: bool = True
    new_actor_length: int = 0
    plevents: list[set[Triple]] = field(default_factory=list)  # each PLEvent as the triples it stands for
    parse_problem: str | None = None  # why the file's own parse is unreadable (None: fine or absent)


def read_validation(path: str, skipped: dict[str, list[str]] | None = None
                    ) -> tuple[list[ValidationRecord], dict[str, str]]:
    """The records of a validation file that are to be evaluated, and the dictionary file names its
    ``<Environment>`` gives (actors and agents may be comma-separated lists). ``skipped``, when given,
    receives the ids of the records left out, by reason."""
    skipped = {} if skipped is None else skipped
    try:
        raw = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ValueError(f"{path}: cannot read PETRARCH validation file: {exc.strerror or exc}") from None
    text = strip_comments(raw)
    if not re.search(r"<Sentence\b", text):
        raise ValueError(f"{path}: not a PETRARCH validation file (no <Sentence> records)")
    files, include, exclude = _environment(text)
    records: list[ValidationRecord] = []
    options = {"require_dyad": True, "new_actor_length": 0}
    for m in re.finditer(r"<Config\b([^<>]*)>|<Sentence\b([^<>]*)>(.*?)</Sentence\s*>", text, re.S):
        if m.group(1) is not None:
            _config(_attributes(m.group(1)), options)
            continue
        attrs = _attributes(m.group(2))
        category = attrs.get("category", "")
        reason = ("evaluate=\"false\"" if attrs.get("evaluate", "true").strip().lower() == "false"
                  else "no <EventCoding>" if not re.search(r"<EventCoding\b", m.group(3))
                  else f"category {category} not included" if include is not None and category not in include
                  else f"category {category} excluded" if category in exclude else None)
        if reason:
            skipped.setdefault(reason, []).append(attrs.get("id", ""))
            continue
        records.append(_record(attrs, m.group(3), options))
    return records, files


def strip_comments(text: str) -> str:
    """``text`` without its ``<!-- -->`` comments, counting nesting: ``<!-- a <!-- b --> c -->`` is one."""
    out, depth, pos = [], 0, 0
    for m in re.finditer(r"<!--|-->", text):
        if m.group(0) == "<!--":
            if depth == 0:
                out.append(text[pos:m.start()])
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                pos = m.end()
    if depth == 0:
        out.append(text[pos:])
    return "".join(out)


def _attributes(text: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in ATTR_RE.finditer(text)}


def _environment(text: str) -> tuple[dict[str, str], set[str] | None, set[str]]:
    m = re.search(r"<Environment\b[^<>]*>(.*?)</Environment\s*>", text, re.S)
    body = m.group(1) if m else ""

    def value(tag: str) -> str:
        found = re.search(rf"<{tag}\b[^<>]*>(.*?)</{tag}\s*>", body, re.S)
        return " ".join(found.group(1).split()) if found else ""

    files = {kind: value(tag) for kind, tag in ENVIRONMENT_FILES.items()}
    include_words = value("Include").split()
    include = {w for w in include_words if w != "valid"} or None
    return {k: v for k, v in files.items() if v}, include, set(value("Exclude").split())


def _config(attrs: dict[str, str], options: dict[str, Any]) -> None:
    name, value = attrs.get("option", ""), attrs.get("value", "").strip()
    if name == "require_dyad":
        options["require_dyad"] = value.lower() != "false"
    elif name == "new_actor_length" and value.isdigit():
        options["new_actor_length"] = int(value)


def _record(attrs: dict[str, str], body: str, options: dict[str, Any]) -> ValidationRecord:
    raw = attrs.get("date", "").strip()
    day = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if len(raw) == 8 and raw.isdigit() else None
    found = re.search(r"<Text\b[^<>]*>(.*?)</Text\s*>", body, re.S)
    rec = ValidationRecord(attrs.get("id", ""), day, attrs.get("category", ""),
                           " ".join(html.unescape(found.group(1) if found else "").split()),
                           require_dyad=options["require_dyad"], new_actor_length=options["new_actor_length"])
    for m in re.finditer(r"<EventCoding\b([^<>]*)>", body):
        coding = _attributes(m.group(1))
        if coding.get("error"):
            rec.error = coding["error"]
        elif coding.get("eventcode"):
            rec.expected.add((_code(coding.get("sourcecode", "")), _code(coding.get("targetcode", "")),
                              coding["eventcode"].strip()))
    for m in re.finditer(r"<PLEvent\s*(\{.*?\})\s*/?>[ \t]*$", body, re.M):
        rec.plevents.append(plevent_triples(m.group(1)))
    parse = re.search(r"<Parse\b[^<>]*>(.*?)</Parse\s*>", body, re.S)
    if parse is not None:
        rec.parse_problem = parse_problem(parse.group(1))
    return rec


def _code(code: str) -> str:
    code = code.strip()
    return code.replace("~", "---") if not code.startswith('"') else code


def plevent_triples(text: str) -> set[Triple]:
    """The (source, target, code) triples a ``PLEvent`` JSON object stands for; a sector follows its code."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return set()

    def codes(actors: Any) -> list[str]:
        out = []
        for actor in actors if isinstance(actors, list) else [actors] if actors else []:
            if isinstance(actor, dict):
                sector = actor.get("sector") or ""
                out.append(str(actor.get("code") or "---") + ("".join(sector) if isinstance(sector, list) else sector))
            else:
                out.append(str(actor))
        return out or ["---"]

    event = str(data.get("event", ""))
    return {(s, t, event) for s in codes(data.get("source")) for t in codes(data.get("target")) if event}


def parse_problem(parse: str) -> str | None:
    """Why a record's own parse could not be read by PETRARCH (None when it can, or is empty)."""
    lines = [ln for ln in parse.strip().splitlines() if ln.strip()]
    if not lines:
        return None
    if lines[0].lstrip().startswith("("):
        depth = 0
        for ch in parse:
            depth += (ch == "(") - (ch == ")")
            if depth < 0:
                return "unbalanced brackets: a ')' closes nothing"
        return None if depth == 0 else f"unbalanced brackets: {depth} '(' left open"
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
    ids = [r[0] for r in rows if len(r) == 10 and r[0].isdigit()]
    if len(ids) != len([r for r in rows if len(r) != 10 or r[0].isdigit()]):
        return "CoNLL-U rows must have ten tab-separated fields"
    if [int(i) for i in ids] != list(range(1, len(ids) + 1)):
        return "CoNLL-U word ids are not 1..n"
    if any(not r[6].isdigit() or int(r[6]) > len(ids) for r in rows if len(r) == 10 and r[0].isdigit()):
        return "CoNLL-U head outside the sentence"
    return None


def dictionaries_for(path: str, directory: str | None, files: dict[str, str]) -> Dictionaries:
    """The dictionaries named in the validation file, looked up in ``directory`` (default: beside it)."""
    folder = Path(directory) if directory else Path(path).parent
    missing = [kind for kind in ENVIRONMENT_FILES if kind not in files]
    if missing:
        raise ValueError(f"{path}: <Environment> names no {', '.join(missing)} dictionary")
    named = {kind: [str(folder / n.strip()) for n in name.split(",") if n.strip()] for kind, name in files.items()}
    absent = [f"{path}: <Environment> names {p}, which is not there: coding without it"
              for kind in OPTIONAL_FILES for p in named.get(kind, []) if not Path(p).is_file()]
    named = {kind: [p for p in names if kind not in OPTIONAL_FILES or Path(p).is_file()] for kind, names in named.items()}
    dicts = load_dictionaries(**{kind: names if kind in LIST_FILES else names[0]
                                 for kind, names in named.items() if names})
    dicts.warnings[:0] = absent
    return dicts


def evaluate_petrarch(path: str, pipeline, directory: str | None = None) -> dict[str, Any]:
    """Figures overall and per category for a validation file; ``pipeline`` supplies the spaCy model."""
    from ..document import Document
    from ..record import Article
    from ..stages.dictionary_coding import DictionaryCoder
    from ..stages.nlp import parse

    skipped: dict[str, list[str]] = {}
    records, files = read_validation(path, skipped)
    dicts = dictionaries_for(path, directory, files)
    coder = DictionaryCoder(dicts)
    docs = parse((Document(Article(text=r.text, published=r.date)) for r in records), pipeline.nlp)
    result = figures(code_records(records, docs, coder), dicts.warnings)
    result["skipped"] = skipped
    return result


def code_records(records: list[ValidationRecord], docs, coder) -> list[tuple[ValidationRecord, set[Triple]]]:
    """Each record with the triples the coder gives its parsed document (none when its own parse is
    unreadable: PETRARCH refuses such records as input errors)."""
    results = []
    for rec, doc in zip(records, docs):
        coder.require_dyad, coder.new_actor_length = rec.require_dyad, rec.new_actor_length
        produced = set() if rec.parse_problem else {c.triple for c in coder.codings(doc)}
        results.append((rec, produced))
    return results


def figures(results: list[tuple[ValidationRecord, set[Triple]]], warnings: list[str]) -> dict[str, Any]:
    by_category: dict[str, list[tuple[ValidationRecord, set[Triple]]]] = {}
    for rec, produced in results:
        by_category.setdefault(rec.category, []).append((rec, produced))
    failures = [{"id": rec.id, "category": rec.category, "missed": sorted(map(list, rec.expected - produced)),
                 "extra": sorted(map(list, produced - rec.expected)), "error": rec.error}
                for rec, produced in results if not _correct(rec, produced)]
    out = {"overall": _tally(results), "categories": {k: _tally(v) for k, v in sorted(by_category.items())},
           "failures": failures, "dictionary_warnings": warnings}
    with_plevents = [(rec, produced) for rec, produced in results if rec.plevents]
    if with_plevents:
        events = [(event, produced) for rec, produced in with_plevents for event in rec.plevents]
        found = sum(bool(event) and event <= produced for event, produced in events)
        out["plevent"] = {"records": len(with_plevents), "events": len(events), "found": found,
                          "found_share": _share(found, len(events)),
                          "records_correct": sum(set().union(*rec.plevents) <= produced for rec, produced in with_plevents)}
    return out


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
    for reason, ids in sorted(result.get("skipped", {}).items()):
        lines.append(f"not evaluated ({reason}): {len(ids)} records: {', '.join(ids[:8])}"
                     f"{' ...' if len(ids) > 8 else ''}")
    if "plevent" in result:
        t = result["plevent"]
        lines.append(f"PLEvent codings: {t['found']} of {t['events']} ({t['found_share']:.1%}) found whole, in "
                     f"{t['records']} records ({t['records_correct']} with every PLEvent found)")
    lines += [f"dictionary warning: {w}" for w in result.get("dictionary_warnings", [])]
    return "\n".join(lines)
