"""Parsed PETRARCH/TABARI dictionaries: eventwire's own lexicon model, and the loader.

``load_dictionaries(actors=..., agents=..., verbs=..., discards=...)`` reads whichever files are given;
every parse problem becomes a "FILE:LINE: problem" string in ``Dictionaries.warnings`` and the rest of
the file is still read. Only a file that cannot be opened raises ``DictionaryError``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

VALID_CODE = re.compile(r"^[0-9]{2,4}[A-Za-z]?$")


@dataclass(frozen=True)
class DatedCode:
    """One code block of an actor: ``codes`` (several for ``[A/B]``) valid from ``start`` until ``end``,
    both inclusive; None is open."""

    codes: tuple[str, ...]
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorEntry:
    """An actor: its names (the first is the main one, the rest synonyms) and its code blocks."""

    names: list[tuple[str, ...]]
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0
    gaps: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict)  # name -> words that may follow a gap

    def codes_on(self, day: date | None) -> tuple[str, ...]:
        """The codes in force on ``day``: the first date-restricted block that holds, else the plain one.
        Codes such as ``---`` mean "no actor" and give an empty tuple."""
        chosen = next((c for c in self.codes if c.restricted and c.holds_on(day)), None)
        if chosen is None:
            chosen = next((c for c in self.codes if not c.restricted), None)
        if chosen is None:
            return ()
        return tuple(c for c in chosen.codes if c.isalnum())


@dataclass(frozen=True)
class AgentEntry:
    """An agent phrase (with its plurals as further phrases) and its code, put before the country code
    (``[NGO~]``) or after it (``[~GOV]``)."""

    phrases: tuple[tuple[str, ...], ...]
    code: str
    prefix: bool = False
    line: int = 0
    gaps: tuple[tuple[int, ...], ...] = ()  # per phrase, the words that may follow a gap (see common.phrase_gaps)


@dataclass(frozen=True)
class PatternItem:
    """One element of a verb pattern: a word, a synset (``&NAME``), an actor slot (``$`` source, ``+``
    target, ``%`` compound), ``^`` (skip a phrase), a parenthesised group (a phrase that must appear) or a
    braced noun phrase (``phrase``: its items are words inside one noun phrase, the last one its head).
    ``tight`` means no words may come between it and the element before it (``_`` in the pattern)."""

    kind: str  # word | synset | source | target | compound | skip | group | phrase
    value: str = ""
    tight: bool = False
    items: tuple["PatternItem", ...] = ()


@dataclass(frozen=True)
class Pattern:
    before: tuple[PatternItem, ...]  # in text order, the last one nearest the verb
    after: tuple[PatternItem, ...]
    code: str
    line: int = 0
    tight_before: bool = False  # "IN_*": the element before the verb must be right before it

    @property
    def size(self) -> int:
        def count(items: tuple[PatternItem, ...]) -> int:
            return sum(count(i.items) if i.kind in ("group", "phrase") else 1 for i in items)
        return count(self.before) + count(self.after)


@dataclass(frozen=True)
class VerbForm:
    """A verb of a block: its words (``BREAK DOWN``), which of them is the verb, the inflected forms
    that verb word takes, and its own code when the line gives one."""

    words: tuple[str, ...]
    verb_at: int
    forms: frozenset[str]
    explicit: frozenset[str]
    code: str | None = None
    line: int = 0


@dataclass
class VerbBlock:
    head: str
    code: str
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True)
class Transformation:
    """A TRANSFORMATIONS line of a verb dictionary: ``~ a (b c VERB) OUTER = x y CODE``. When an event of
    ``outer`` (a verb block's head, or a code) has source ``a`` and, as its object, an event ``inner``
    with source ``b`` and target ``c``, the two become one event from actor ``x`` to ``y`` with ``code``
    (``Q`` as the code: the inner event's code). ``.`` means "no actor", ``_`` "any actor"."""

    outer: str
    outer_source: str
    inner: str
    inner_source: str
    inner_target: str
    source: str
    target: str
    code: str
    line: int = 0


@dataclass(frozen=True)
class Discard:
    words: tuple[str, ...]
    story: bool  # "+" lines discard the whole story, others the sentence
    line: int = 0


@dataclass
class Dictionaries:
    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    verbs: list[VerbBlock] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    discards: list[Discard] = field(default_factory=list)
    transformations: list[Transformation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # kind -> file

    def __bool__(self) -> bool:
        return bool(self.actors or self.agents or self.verbs or self.discards)


def valid_code(code: str | None) -> bool:
    """An event code that can be coded: 2-4 digits, perhaps one letter ("174K"); not ``---``, ``025?``."""
    return bool(code) and VALID_CODE.match(code or "") is not None


def load_dictionaries(actors: str | Sequence[str] | None = None, agents: str | Sequence[str] | None = None,
                      verbs: str | None = None, discards: str | None = None) -> Dictionaries:
    """Read the given dictionary files into one ``Dictionaries``; ``actors`` and ``agents`` may each be
    several files (PETRARCH's ``actorfile_list``), read in order."""
    from . import actors as actor_reader
    from . import agents as agent_reader
    from . import discards as discard_reader
    from . import verbs as verb_reader

    out = Dictionaries()
    for path in _paths(actors):
        entries, warns = actor_reader.read_actors(path)
        out.actors += entries
        out.warnings += warns
    for path in _paths(agents):
        entries, warns = agent_reader.read_agents(path)
        out.agents += entries
        out.warnings += warns
    if actors:
        out.sources["actors"] = ", ".join(_paths(actors))
    if agents:
        out.sources["agents"] = ", ".join(_paths(agents))
    if verbs:
        out.verbs, out.synsets, out.transformations, warns = verb_reader.read_verbs(verbs)
        out.warnings += warns
        out.sources["verbs"] = verbs
    if discards:
        out.discards, warns = discard_reader.read_discards(discards)
        out.warnings += warns
        out.sources["discards"] = discards
    return out


def _paths(given: str | Sequence[str] | None) -> list[str]:
    if not given:
        return []
    return [given] if isinstance(given, str) else [p for p in given if p]
