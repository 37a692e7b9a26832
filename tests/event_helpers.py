"""Reading a processed text's events for the events tests: one reader of an event's parties by name, in the shapes
the tests compare (type and parties; with the rule; with rule and status; with the CAMEO code; everything)."""
from __future__ import annotations

Parties = tuple[str, ...]

# The day the coded_* helpers process a text as published.
PUBLISHED = "2024-03-05"


def named_events(process, text: str, published: str = "2025-03-12") -> list[tuple[str, list[str], list[str]]]:
    doc = process(text, published)
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names.get(x) for x in e.source], [names.get(x) for x in e.target]) for e in doc.events]


def has_named_event(events, kind: str, source: str, target: str) -> bool:
    """Whether one of ``named_events``' events has the type and a source and a target whose names hold the given
    words (case aside)."""
    def holds(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return any(t == kind and holds(s, source) and holds(g, target) for t, s, g in events)


def _events_and_namer(process, text: str):
    doc = process(text, PUBLISHED)
    name = {a.id: a.name for a in doc.actors}
    return doc.events, lambda ids: tuple(name[i] for i in ids)


def coded(process, text: str) -> list[tuple[str, Parties, Parties]]:
    """(type, sources, targets) of each event."""
    events, named = _events_and_namer(process, text)
    return [(e.type, named(e.source), named(e.target)) for e in events]


def coded_rule(process, text: str) -> list[tuple[str, Parties, Parties, str]]:
    """(type, sources, targets, rule) of each event."""
    events, named = _events_and_namer(process, text)
    return [(e.type, named(e.source), named(e.target), e.rule) for e in events]


def coded_of_type(process, text: str, kind: str) -> list[tuple[str, Parties, Parties, str]]:
    """``coded_rule``'s events of one PLOVER type."""
    return [e for e in coded_rule(process, text) if e[0] == kind]


def coded_rule_status(process, text: str) -> list[tuple[str, Parties, Parties, str, str]]:
    """(type, sources, targets, rule, status) of each event."""
    events, named = _events_and_namer(process, text)
    return [(e.type, named(e.source), named(e.target), e.rule, e.status) for e in events]


def coded_cameo(process, text: str) -> list[tuple[str, str, Parties, Parties]]:
    """(type, CAMEO code, sources, targets) of each event."""
    events, named = _events_and_namer(process, text)
    return [(e.type, e.cameo, named(e.source), named(e.target)) for e in events]


def coded_full(process, text: str) -> list[tuple[str, str, Parties, Parties, str, Parties]]:
    """(type, CAMEO code, sources, targets, status, according_to) of each event."""
    events, named = _events_and_namer(process, text)
    return [(e.type, e.cameo, named(e.source), named(e.target), e.status, named(e.according_to)) for e in events]


def events_with_names(doc) -> list[tuple[str, list[str], list[str], str, list[str]]]:
    """(type, source names, target names, status, according-to names) of each event of a processed Document."""
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, [name[x] for x in e.source], [name[x] for x in e.target], e.status,
             [name[x] for x in e.according_to]) for e in doc.events]


def has_name(names, want: str) -> bool:
    """Whether one of ``names`` holds ``want`` (case aside)."""
    return any(want.lower() in n.lower() for n in names)


def has_coded_event(events, kind: str, source: str, target: str | None) -> bool:
    """Whether one of ``coded``'s events has the type, a source whose name holds ``source`` and a target whose name
    holds ``target`` (case aside); ``target`` None: an event with no target."""
    return any(t == kind and has_name(s, source) and (target is None and not g or target is not None and has_name(g, target))
               for t, s, g in events)


def found_event(events, kind: str, source: str | None, target: str | None) -> bool:
    """Whether one of ``named_with_rules``' events has the type and parties: a wanted name is a part of a party's name
    (case aside; "A|B": either), None any party or none, "" no party at all."""
    def has(want, names):
        if want is None:
            return True
        if want == "":
            return not names
        return any(w.lower() in n.lower() for w in want.split("|") for n in names)
    return any(e[0] == kind and has(source, e[1]) and has(target, e[2]) for e in events)


def named_with_rules(doc) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    """(type, source names, target names, rule) of each event of a processed Document ("" for an id no actor
    holds)."""
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name.get(x, "") for x in e.source), tuple(name.get(x, "") for x in e.target), e.rule)
            for e in doc.events]


# The probe batteries' readers (tests/test_evcover18.py, tests/test_evprobe24.py): a row is a JSON object with
# "id", "text", "type" ('A|B' for either), "source" and "target" (words of a party's name, 'x|y' for either; null:
# any) and "status" ('sym': either direction).

# a deed not done may stay as such (negated, denied, hypothetical); only one told as done or planned is wrong
NOT_DONE = frozenset({"negated", "denied", "hypothetical"})


def probe_param(row: dict, known: dict[str, str]):
    """A battery row as a test parameter, a strict expected failure with its reason when ``known`` names it."""
    import pytest

    if row["id"] in known:
        return pytest.param(row, marks=pytest.mark.xfail(reason=known[row["id"]], strict=True), id=row["id"])
    return pytest.param(row, id=row["id"])


def _names_hold(want: str | None, names: Parties) -> bool:
    if want is None:
        return True
    return any(w.lower() in n.lower() for w in want.split("|") for n in names)


def probe_coded(doc) -> list[tuple[str, Parties, Parties, str, str]]:
    """A processed document's events as (type, source names, target names, status, rule)."""
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name.get(x, "") for x in e.source), tuple(name.get(x, "") for x in e.target), e.status,
             e.rule) for e in doc.events]


def probe_matches(events, kinds: str, source: str | None, target: str | None, status: str) -> bool:
    """Whether one of ``probe_coded``'s events has one of the types and parties the row names."""
    for e in events:
        if e[0] not in kinds.split("|"):
            continue
        pairs = [(e[1], e[2])] + ([(e[2], e[1])] if status == "sym" else [])
        if any(_names_hold(source, s) and _names_hold(target, t) for s, t in pairs):
            return True
    return False
