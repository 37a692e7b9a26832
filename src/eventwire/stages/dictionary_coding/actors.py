"""Actor phrases found with the actor and agent dictionaries and combined the PETRARCH way.

Pieces are the longest dictionary matches (actors and agents) left to right. Pieces of one noun phrase
form a unit (modifiers, possessors and "of"/"in" phrases climb to the noun they hang on): its code is
prefix agents + the country/actor code + suffix agents ("MSF Arnor diplomat" -> NGOARNGOV; "Iraqi police"
-> IRQCOP; "police" alone -> ---COP). Coordinated units form a group ("Gondor and Arnor").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from ...dictionaries import ActorEntry, AgentEntry, Dictionaries
from .words import FirstWordIndex, Stream

MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "nummod"})
ATTACHING_PREPS = frozenset({"of", "in", "from"})
NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass
class Piece:
    start: int  # word positions in the stream
    end: int
    entry: ActorEntry | AgentEntry
    tokens: list[Token]

    @property
    def is_actor(self) -> bool:
        return isinstance(self.entry, ActorEntry)

    @property
    def root(self) -> Token:
        inside = {t.i for t in self.tokens}
        return next((t for t in self.tokens if t.head.i not in inside or t.head is t), self.tokens[-1])


@dataclass
class Unit:
    key: Token
    pieces: list[Piece] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


@dataclass
class Group:
    units: list[Unit] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return list(dict.fromkeys(c for u in self.units for c in u.codes))

    @property
    def tokens(self) -> set[int]:
        return {t.i for u in self.units for p in u.pieces for t in p.tokens}


class PhraseIndex:
    """Actor and agent phrases by their first word."""

    def __init__(self, dicts: Dictionaries) -> None:
        self.index: FirstWordIndex[ActorEntry | AgentEntry] = FirstWordIndex()
        for actor in dicts.actors:
            for name in actor.names:
                self.index.add(name, actor)
        for agent in dicts.agents:
            for phrase in agent.phrases:
                self.index.add(phrase, agent)

    def longest(self, stream: Stream, pos: int) -> tuple[int, ActorEntry | AgentEntry] | None:
        best: tuple[int, ActorEntry | AgentEntry] | None = None
        for end, entry in self.index.at(stream, pos):
            if best is None or end > best[0] or (end == best[0] and isinstance(entry, ActorEntry)):
                best = (end, entry)
        return best


def pieces(index: PhraseIndex, stream: Stream) -> list[Piece]:
    out, pos = [], 0
    while pos < len(stream):
        found = index.longest(stream, pos)
        if found is None:
            pos += 1
            continue
        end, entry = found
        toks = list(dict.fromkeys(stream.tokens[pos:end]))
        out.append(Piece(pos, end, entry, toks))
        pos = end
    return out


def unit_key(tok: Token, depth: int = 0) -> Token:
    """The noun a piece belongs to: climb modifiers, "X of/in Y" and coordinations that hang on a noun."""
    while depth < 12:
        depth += 1
        head = tok.head
        if tok.dep_ in MODIFIER_DEPS and head is not tok:
            tok = head
        elif (tok.dep_ == "pobj" and head.lower_ in ATTACHING_PREPS and head.dep_ == "prep"
              and head.head.pos_ in NOUNS):
            tok = head.head
        elif tok.dep_ == "conj" and head is not tok:
            key = unit_key(head, depth)
            return key if key is not head else tok
        else:
            break
    return tok


def group_key(tok: Token) -> Token:
    for _ in range(12):
        if tok.dep_ != "conj" or tok.head is tok:
            break
        tok = tok.head
    return tok


def find_groups(index: PhraseIndex, stream: Stream, day: date | None) -> list[Group]:
    """The coded actor groups of a sentence, in text order."""
    units: dict[int, Unit] = {}
    for piece in pieces(index, stream):
        key = unit_key(piece.root)
        units.setdefault(key.i, Unit(key)).pieces.append(piece)
    groups: dict[int, Group] = {}
    for unit in sorted(units.values(), key=lambda u: u.pieces[0].start):
        groups.setdefault(group_key(unit.key).i, Group()).units.append(unit)
    out = []
    for group in groups.values():
        code_group(group, day)
        group.units = [u for u in group.units if u.codes]
        if group.units:
            out.append(group)
    return sorted(out, key=lambda g: min(g.tokens))


def code_group(group: Group, day: date | None) -> None:
    for unit in group.units:
        unit.codes = compose(base_codes(unit, day), agents_of(unit))
    lenders = [u for u in group.units if base_codes(u, day) and agents_of(u)]
    for unit in group.units:
        if lenders and not base_codes(unit, day) and agents_of(unit):
            lender = min(lenders, key=lambda u: abs(u.pieces[0].start - unit.pieces[0].start))
            unit.codes = compose(base_codes(lender, day), agents_of(unit))


def base_codes(unit: Unit, day: date | None) -> list[str]:
    """Actor codes of a unit: every coordinated actor, else the first one named."""
    out: list[str] = []
    for piece in unit.pieces:
        if not piece.is_actor:
            continue
        assert isinstance(piece.entry, ActorEntry)
        codes = piece.entry.codes_on(day)
        if codes and (not out or piece.root.dep_ == "conj"):
            out += [c for c in codes if c not in out]
    return out


def agents_of(unit: Unit) -> list[AgentEntry]:
    return [p.entry for p in unit.pieces if isinstance(p.entry, AgentEntry)]


def compose(bases: list[str], agents: list[AgentEntry]) -> list[str]:
    if not bases and not agents:
        return []
    out = []
    for base in bases or ["---"]:
        code = "".join(a.code for a in agents if a.prefix) + base
        for agent in agents:
            if not agent.prefix and not code.endswith(agent.code):
                code += agent.code
        out.append(code)
    return list(dict.fromkeys(out))
