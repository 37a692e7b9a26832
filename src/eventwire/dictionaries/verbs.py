"""Reader for PETRARCH/TABARI verb dictionaries.

Synsets: ``&NAME`` followed by ``+MEMBER`` lines (a member may be a phrase or another ``&SYNSET``).
Blocks: ``--- HEAD [CODE] ---`` then verb lines and pattern lines. A verb line is ``VERB {FORMS}``
(``FORMS`` are irregular forms; regular ones are made here), possibly with its own ``[CODE]``; a
multi-word verb marks its verb word with ``+`` (``WIRE_+TAP``, ``+BREAK_DOWN``; the first word when
unmarked). A pattern line is ``- BEFORE * AFTER [CODE]``: ``*`` is the verb, ``$`` the source, ``+`` the
target, ``%`` a compound actor, ``^`` skips a phrase, ``&NAME`` any member of a synset, ``(...)`` a phrase
that must occur as a whole; words joined by ``_`` must be adjacent, a space allows words between.
``[A:B]`` codes A for source->target and B for target->source; ``[---]`` codes nothing.
"""
from __future__ import annotations

import re

from .common import Line, Reader, phrase_words
from .model import Pattern, PatternItem, VerbBlock, VerbForm

HEADER_RE = re.compile(r"^---\s*(?P<head>[^\[]*?)\s*\[(?P<code>[^\]]*)\]")
VERB_RE = re.compile(r"^(?P<words>[^{\[]+?)\s*(?:\{(?P<forms>[^}]*)\}\s*)?(?:\[(?P<code>[^\]]*)\]\s*)?$")
SYMBOLS = {"*": "verb", "$": "source", "+": "target", "%": "compound", "^": "skip"}


def read_verbs(path: str) -> tuple[list[VerbBlock], dict[str, list[tuple[str, ...]]], list[str]]:
    reader = Reader(path)
    blocks: list[VerbBlock] = []
    synsets: dict[str, list[tuple[str, ...]]] = {}
    synset: str | None = None
    used: list[tuple[int, str]] = []
    for line in reader.lines():
        text = line.text.strip()
        if text.startswith("---"):
            synset = None
            block = _header(reader, line, text)
            if block is not None:
                blocks.append(block)
        elif text.startswith("&"):
            synset = text.split()[0].rstrip("_").upper()
            synsets.setdefault(synset, [])
        elif text.startswith("+") and synset is not None:
            member = text[1:].strip()
            words = (member.split()[0].rstrip("_").upper(),) if member.startswith("&") else phrase_words(member)
            if words:
                synsets[synset].append(words)
            else:
                reader.warn(line.number, f"empty synset member in {synset}")
        elif not blocks:
            reader.warn(line.number, f"line outside any verb block: {text!r}")
        elif text.startswith("-"):
            pattern = parse_pattern(reader, line, text[1:])
            if pattern is not None:
                blocks[-1].patterns.append(pattern)
                used += [(line.number, s) for s in _synsets_of(pattern.before + pattern.after)]
        else:
            verb = parse_verb(reader, line, text)
            if verb is not None:
                blocks[-1].verbs.append(verb)
    for number, name in used:
        if name not in synsets:
            reader.warn(number, f"unknown synset {name}")
    return blocks, synsets, reader.warnings


def _synsets_of(items: tuple[PatternItem, ...]) -> list[str]:
    out = []
    for item in items:
        if item.kind == "synset":
            out.append(item.value)
        out += _synsets_of(item.items)
    return out


def _header(reader: Reader, line: Line, text: str) -> VerbBlock | None:
    m = HEADER_RE.match(text)
    if m is None:
        reader.warn(line.number, f"bad verb block header (want --- VERB [CODE] ---): {text!r}")
        return None
    return VerbBlock(head=m.group("head").upper(), code=m.group("code").strip().upper(), line=line.number)


def parse_verb(reader: Reader, line: Line, text: str) -> VerbForm | None:
    m = VERB_RE.match(text)
    if m is None:
        reader.warn(line.number, f"bad verb line: {text!r}")
        return None
    words, verb_at = _marked(m.group("words"))
    if not words:
        reader.warn(line.number, f"no verb in {text!r}")
        return None
    explicit = set()
    for form in (m.group("forms") or "").split():
        form_words, at = _marked(form)
        if form_words:
            explicit.add(form_words[min(at, len(form_words) - 1)])
    base = words[verb_at]
    forms = frozenset({base, *regular_forms(base), *explicit})
    code = m.group("code").strip().upper() if m.group("code") else None
    return VerbForm(words, verb_at, forms, frozenset({base, *explicit}), code, line.number)


def _marked(text: str) -> tuple[tuple[str, ...], int]:
    """Words of a verb phrase and the index of the ``+``-marked verb word (0 when unmarked)."""
    raw = [w for w in re.split(r"[\s_]+", text.strip().upper()) if w]
    at = next((i for i, w in enumerate(raw) if w.startswith("+")), 0)
    return tuple(w.lstrip("+") for w in raw if w.lstrip("+")), at


def regular_forms(verb: str) -> set[str]:
    """-s, -ed and -ing forms of an upper-case English verb, with doubled final consonant variants."""
    out: set[str] = set()
    if verb.endswith(("S", "SH", "CH", "X", "Z")):
        out.add(verb + "ES")
    elif verb.endswith("Y") and len(verb) > 1 and verb[-2] not in "AEIOU":
        out.add(verb[:-1] + "IES")
    else:
        out.add(verb + "S")
    if verb.endswith("E"):
        out |= {verb + "D", verb[:-1] + "ING" if not verb.endswith("EE") else verb + "ING"}
    elif verb.endswith("Y") and len(verb) > 1 and verb[-2] not in "AEIOU":
        out |= {verb[:-1] + "IED", verb + "ING"}
    else:
        out |= {verb + "ED", verb + "ING"}
    if len(verb) >= 3 and verb[-1] not in "AEIOUWXY" and verb[-2] in "AEIOU" and verb[-3] not in "AEIOU":
        out |= {verb + verb[-1] + "ED", verb + verb[-1] + "ING"}
    return out


def parse_pattern(reader: Reader, line: Line, text: str) -> Pattern | None:
    codes = re.findall(r"\[([^\]]*)\]", text)
    if not codes:
        reader.warn(line.number, f"pattern without a code: {text.strip()!r}")
        return None
    body = text[:text.find("[")]
    elements = _elements(body)
    verbs = [i for i, (kind, _v, _t) in enumerate(elements) if kind == "verb"]
    if len(verbs) != 1:
        reader.warn(line.number, f"pattern needs exactly one '*': {text.strip()!r}")
        return None
    try:
        before = _items(elements[:verbs[0]])
        after = _items(elements[verbs[0] + 1:])
    except ValueError as exc:
        reader.warn(line.number, f"{exc}: {text.strip()!r}")
        return None
    return Pattern(before, after, codes[-1].strip().upper(), line.number, tight_before=elements[verbs[0]][2])


def _elements(body: str) -> list[tuple[str, str, bool]]:
    """(kind, value, joined to the element before by ``_``) for each element of a pattern."""
    out: list[tuple[str, str, bool]] = []
    for chunk in body.replace("(", " ( ").replace(")", " ) ").split():
        for n, piece in enumerate(p for p in chunk.split("_")):
            if not piece:
                continue
            tight = n > 0 and bool(out)
            if piece in SYMBOLS:
                out.append((SYMBOLS[piece], piece, tight))
            elif piece in "()":
                out.append(("open" if piece == "(" else "close", piece, tight))
            elif piece.startswith("&"):
                out.append(("synset", piece.upper(), tight))
            else:
                out.append(("word", piece.upper(), tight))
    return out


def _items(elements: list[tuple[str, str, bool]]) -> tuple[PatternItem, ...]:
    out: list[PatternItem] = []
    group: list[PatternItem] | None = None
    group_tight = False
    for kind, value, tight in elements:
        if kind == "open":
            if group is not None:
                raise ValueError("nested '('")
            group, group_tight = [], tight
        elif kind == "close":
            if group is None:
                raise ValueError("')' without '('")
            out.append(PatternItem("group", tight=group_tight, items=tuple(group)))
            group = None
        else:
            (group if group is not None else out).append(PatternItem(kind, value, tight))
    if group is not None:
        raise ValueError("'(' without ')'")
    return tuple(out)
