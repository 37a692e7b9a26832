"""Reader for PETRARCH/TABARI verb dictionaries.

Synsets: ``&NAME`` followed by ``+MEMBER`` lines (a member may be a phrase or another ``&SYNSET``).
Blocks: ``--- HEAD [CODE] ---`` then verb lines and pattern lines. A verb line is ``VERB {FORMS}``
(``FORMS`` are irregular forms; regular ones are made here), possibly with its own ``[CODE]``; a
multi-word verb marks its verb word with ``+`` (``WIRE_+TAP``, ``+BREAK_DOWN``; the first word when
unmarked). A pattern line is ``- BEFORE * AFTER [CODE]``: ``*`` is the verb, ``$`` the source, ``+`` the
target, ``%`` a compound actor, ``^`` skips one noun phrase, ``&NAME`` any member of a synset, ``(...)`` a phrase
that must occur as a whole (PETRARCH2: a prepositional phrase, the preposition first), ``{...}`` a noun
phrase whose last word is its head and the others words inside it (``{FINANCIAL AID}``, ``{&CURRENCY
AID}``); words joined by ``_`` must be adjacent, a space allows words between. ``[A:B]`` codes A for
source->target and B for target->source; ``[---]`` codes nothing.

A synset member is a word or phrase (``_`` joins words; a trailing ``_`` means the word takes no plural,
otherwise its regular plural is a member too) or another ``&SYNSET``. TABARI comments after ``;`` are
comments. The TRANSFORMATIONS section holds lines ``~ a (b c INNER) OUTER = x y CODE`` (see
``model.Transformation``), read as transformations, not as verbs. Every line that is not used is
reported with its line number and why.
"""
from __future__ import annotations

import re

from .common import Line, Reader, phrase_words
from .agents import plural
from .model import Pattern, PatternItem, Transformation, VerbBlock, VerbForm

HEADER_RE = re.compile(r"^---\s*(?P<head>[^\[]*?)\s*\[(?P<code>[^\]]*)\]")
VERB_RE = re.compile(r"^(?P<words>[^{\[]+?)\s*(?:\{(?P<forms>[^}]*)\}\s*)?(?:\[(?P<code>[^\]]*)\]\s*)?$")
SYMBOLS = {"*": "verb", "$": "source", "+": "target", "%": "compound", "^": "skip"}
TRANSFORM_RE = re.compile(r"^~\s*(?P<a>\S+)\s*\(\s*(?P<b>\S+)\s+(?P<c>\S+)\s+(?P<inner>[^\s()]+)\s*\)\s*(?P<outer>\S+)"
                          r"\s*=\s*(?P<x>\S+)\s+(?P<y>\S+)\s+(?P<code>\S+)\s*$")


def read_verbs(path: str) -> tuple[list[VerbBlock], dict[str, list[tuple[str, ...]]], list[Transformation],
                                   list[str]]:
    reader = Reader(path)
    blocks: list[VerbBlock] = []
    synsets: dict[str, list[tuple[str, ...]]] = {}
    transformations: list[Transformation] = []
    synset: str | None = None
    used: list[tuple[int, str]] = []
    for line in reader.lines():
        text = _before_semicolon(line.text.strip())
        if not text:
            continue
        if text.startswith("~"):
            transformation = parse_transformation(text, line.number)
            if transformation is None:
                reader.warn(line.number, f"bad transformation (want ~ a (b c VERB) VERB = x y CODE): {text!r}")
            else:
                transformations.append(transformation)
        elif text.startswith("---"):
            synset = None
            block = _header(reader, line, text)
            if block is not None:
                blocks.append(block)
        elif text.startswith("&"):
            synset = text.split()[0].rstrip("_").upper()
            synsets.setdefault(synset, [])
        elif text.startswith("+") and synset is not None:
            synsets[synset] += _members(reader, line, synset, text[1:].strip())
        elif not blocks:
            reader.warn(line.number, f"line outside any verb block: {text!r}")
        elif text.startswith("-") or (text.startswith("*") and "[" in text):
            if text.startswith("*"):
                reader.warn(line.number, f"pattern line without its leading '-': read as a pattern: {text!r}")
            pattern = parse_pattern(reader, line, text[1:] if text.startswith("-") else text)
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
    return blocks, synsets, transformations, reader.warnings


def _before_semicolon(text: str) -> str:
    """The line without a TABARI ``;`` comment (``RIP {RIPS RIPPED};shan 7/11/93``); ``;`` in ``[...]`` stays."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]" and depth > 0)
        if ch == ";" and depth == 0:
            return text[:i].rstrip()
    return text


def _members(reader: Reader, line: Line, synset: str, member: str) -> list[tuple[str, ...]]:
    """The phrases a synset line stands for: the member, and its regular plural when it is one word
    not ending in ``_``."""
    member = member.strip("{}() ")
    if member.startswith("&"):
        return [(member.split()[0].rstrip("_").upper(),)]
    words = phrase_words(member)
    if not words:
        reader.warn(line.number, f"empty synset member in {synset}")
        return []
    if len(words) == 1 and not member.endswith("_") and words[0].isalpha():
        return [words, (plural(words[0]),)]
    return [words]


def parse_transformation(text: str, number: int) -> Transformation | None:
    m = TRANSFORM_RE.match(text)
    if m is None:
        return None
    return Transformation(outer=m.group("outer").upper(), outer_source=m.group("a"), inner=m.group("inner").upper(),
                          inner_source=m.group("b"), inner_target=m.group("c"), source=m.group("x"),
                          target=m.group("y"), code=m.group("code").upper(), line=number)


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
    for mark in "(){}":
        body = body.replace(mark, f" {mark} ")
    body = re.sub(r"\*(?=[A-Za-z&$+%^])", "* ", body)  # "*SCEPTICAL": PETRARCH splits a pattern at its "*"
    for chunk in body.split():
        for n, piece in enumerate(p for p in chunk.split("_")):
            if not piece:
                continue
            tight = n > 0 and bool(out)
            if piece in SYMBOLS:
                out.append((SYMBOLS[piece], piece, tight))
            elif piece in "(){}":
                out.append((BRACKETS[piece], piece, tight))
            elif piece.startswith("&"):
                out.append(("synset", piece.upper(), tight))
            else:
                out.append(("word", piece.upper(), tight))
    return out


BRACKETS = {"(": "open", ")": "close", "{": "open_np", "}": "close_np"}
CLOSERS = {"open": ("close", "group", "')'", "'('"), "open_np": ("close_np", "phrase", "'}'", "'{'")}


def _items(elements: list[tuple[str, str, bool]]) -> tuple[PatternItem, ...]:
    """Pattern items; ``(...)`` groups may hold ``{...}`` noun phrases, which hold words and synsets."""
    stack: list[tuple[str, bool, list[PatternItem]]] = [("", False, [])]
    for kind, value, tight in elements:
        if kind in CLOSERS:
            if stack[-1][0] == "open_np" or (kind == "open" and len(stack) > 1):
                raise ValueError(f"{value!r} inside {CLOSERS[stack[-1][0]][3]}")
            stack.append((kind, tight, []))
        elif kind in ("close", "close_np"):
            opener, opener_tight, items = stack[-1]
            if len(stack) == 1 or CLOSERS[opener][0] != kind:
                raise ValueError(f"'{value}' without its opening bracket")
            stack.pop()
            if items:
                stack[-1][2].append(PatternItem(CLOSERS[opener][1], tight=opener_tight, items=tuple(items)))
        elif stack[-1][0] == "open_np" and kind not in ("word", "synset"):
            raise ValueError(f"{value!r} inside a {{...}} noun phrase")
        else:
            stack[-1][2].append(PatternItem(kind, value, tight))
    if len(stack) > 1:
        raise ValueError(f"{CLOSERS[stack[-1][0]][3]} without its closing bracket")
    return tuple(stack[0][2])
