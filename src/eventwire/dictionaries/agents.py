"""Reader for PETRARCH agent dictionaries.

``!NAME! = A, B, C`` defines a substitution: an agent phrase containing ``!NAME!`` stands for each of
A, B, C in its place. An entry is ``PHRASE {PLURALS} [CODE]``: ``[~GOV]`` puts the agent code after the
country code (ARN + GOV = ARNGOV), ``[NGO~]`` before it. Without braces the regular English plural of the
last word is added; ``{}`` adds none; ``{A B}`` gives the plurals explicitly.
"""
from __future__ import annotations

import re

from .common import Reader, phrase_gaps, phrase_words
from .model import AgentEntry

ENTRY_RE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\}\s*)?\[\s*(?P<code>[^\]]*?)\s*\]\s*$")
SUBST_RE = re.compile(r"^(?P<name>![A-Za-z0-9]+!)\s*=\s*(?P<values>.+)$")


def read_agents(path: str) -> tuple[list[AgentEntry], list[str]]:
    reader = Reader(path)
    substitutions: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in reader.lines():
        text = line.text.strip()
        sub = SUBST_RE.match(text)
        if sub:
            substitutions[sub.group("name").upper()] = [v.strip() for v in sub.group("values").split(",") if v.strip()]
            continue
        m = ENTRY_RE.match(text)
        code = m.group("code").replace(" ", "").upper() if m else ""
        if m is None or not re.fullmatch(r"~[A-Z0-9]+|[A-Z0-9]+~", code):
            reader.warn(line.number, f"not an agent entry (want PHRASE [~CODE] or [CODE~]): {text!r}")
            continue
        phrases: dict[tuple[str, ...], tuple[int, ...]] = {}
        for phrase in expand(m.group("phrase").upper(), substitutions):
            for words in with_plurals(phrase, m.group("plurals")):
                if words:
                    phrases.setdefault(words, phrase_gaps(phrase) if len(words) == len(phrase_words(phrase)) else ())
        entries.append(AgentEntry(tuple(phrases), code.strip("~"), prefix=code.endswith("~"), line=line.number,
                                  gaps=tuple(phrases.values())))
    return entries, reader.warnings


def expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Every phrase a ``!NAME!`` substitution stands for (the phrase itself when it has none)."""
    m = re.search(r"![A-Z0-9]+!", phrase)
    if m is None:
        return [phrase]
    values = substitutions.get(m.group(0), [])
    return [p for v in values for p in expand(phrase[:m.start()] + v.upper() + phrase[m.end():], substitutions)]


def with_plurals(phrase: str, plurals: str | None) -> list[tuple[str, ...]]:
    words = phrase_words(phrase)
    if not words:
        return []
    if plurals is None:
        return [words, words[:-1] + (plural(words[-1]),)]
    return [words] + [phrase_words(p) for p in plurals.split()]


def plural(word: str) -> str:
    """The regular English plural of an upper-case word."""
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X", "Z")):
        return word + "ES"
    return word + "S"
