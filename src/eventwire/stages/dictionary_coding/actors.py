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
COORDINATED = frozenset({"conj"})


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
                self.index.add(name, actor, actor.gaps.get(name, ()))
        for agent in dicts.agents:
            for phrase, gaps in zip(agent.phrases, agent.gaps or [()] * len(agent.phrases)):
                self.index.add(phrase, agent, gaps)

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
        elif coordinated(tok) and head is not tok:
            key = unit_key(head, depth)
            return key if key is not head else tok
        else:
            break
    return tok


def coordinated(tok: Token) -> bool:
    """A member of a coordination: a conjunct, or an appositive inside a list the parser read as one
    ("Evil Mordor, the awful Fornost, and good Gondor": Fornost hangs on Mordor as an appositive)."""
    if tok.dep_ == "conj":
        return True
    return tok.dep_ == "appos" and any(c.dep_ == "conj" and c.i > tok.i for c in tok.head.children)


def group_key(tok: Token) -> Token:
    for _ in range(12):
        if not coordinated(tok) or tok.head is tok:
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
    # "Lawmakers in Fornost and Gondor": where the parser coordinates a bare actor with an agent noun that
    # holds its own actor in an "in"/"of" phrase, the agent is shared with it (GONLEG as well as FORLEG)
    sharers = [u for u in group.units if _agent_over_place(u) and base_codes(u, day)]
    for unit in group.units:
        if sharers and base_codes(unit, day) and not agents_of(unit) and unit.pieces[0].start > sharers[0].pieces[0].start:
            unit.codes = compose(base_codes(unit, day), agents_of(sharers[0]))


def base_codes(unit: Unit, day: date | None) -> list[str]:
    """Actor codes of a unit: every coordinated actor, else the first one named. An actor with a
    coordinating conjunction between it and the previous actor counted is part of a coordination the
    parser folded into one noun phrase ("Arnor, Calenardhon and the evil awful Gondor", "Ithilen's sheep
    and goats of Gondor"): it counts too ("Gondor and Arnor's Elrond" stays Gondor and Arnor)."""
    out: list[str] = []
    last = -1  # token index of the last actor counted
    for piece in unit.pieces:
        if not piece.is_actor:
            continue
        assert isinstance(piece.entry, ActorEntry)
        codes = piece.entry.codes_on(day)
        start = piece.tokens[0].i
        if codes and (not out or piece.root.dep_ in COORDINATED or _conjunction_between(unit, last, start)):
            out += [c for c in codes if c not in out]
            last = piece.tokens[-1].i
    return out


def _conjunction_between(unit: Unit, after: int, before: int) -> bool:
    doc = unit.key.doc
    return after >= 0 and any(doc[i].pos_ == "CCONJ" for i in range(after + 1, before))


def _agent_over_place(unit: Unit) -> bool:
    """Whether the unit's head noun is an agent whose actor hangs on it by "in" or "of"."""
    key = unit.key.i
    key_is_agent = any(not p.is_actor and key in {t.i for t in p.tokens} for p in unit.pieces)
    return key_is_agent and any(p.is_actor and p.root.dep_ == "pobj" and p.root.head.lower_ in ("in", "of")
                                and p.root.head.head.i == key for p in unit.pieces)


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
