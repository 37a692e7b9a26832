"""PETRARCH's verb transformations: an event whose object is another event becomes one event.

A TRANSFORMATIONS line ``~ a (b c INNER) OUTER = x y CODE`` (``dictionaries.model.Transformation``) applies
where a verb coded as OUTER (the code its dictionary line gives, as PETRARCH compares them) has a clausal
complement (``ccomp``/``xcomp``) coded as INNER: "Arnor said it attacked Gondor" is SAY(Arnor, ATTACK(Arnor,
Gondor)) and ``~ a (a b ATTACK) SAY = a b 015`` makes it one event Arnor -> Gondor 015. Letters are
actors (the same letter the same actor), ``.`` no actor, ``_`` any; ``Q`` as INNER matches any code and
as CODE stands for the inner code. The subject of an inner passive without a "by" agent is the inner
event's target, not its source ("said no miners were hurt" is no accusation of the miners).
The two events are replaced by the new one; its rule names the line.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...dictionaries import Dictionaries, Transformation, valid_code
from .verbs import Binding, VerbIndex

if TYPE_CHECKING:
    from .actors import Group
    from .coder import VerbEvent

COMPLEMENTS = ("ccomp", "xcomp")


class Transformer:
    def __init__(self, dicts: Dictionaries, verbs: VerbIndex) -> None:
        self.rules: list[tuple[Transformation, str, str | None]] = []
        for rule in dicts.transformations:
            outer = verbs.code_of(rule.outer)
            inner = None if rule.inner == "Q" else verbs.code_of(rule.inner)
            if outer and (inner or rule.inner == "Q"):
                self.rules.append((rule, outer, inner))

    def apply(self, events: list[VerbEvent]) -> list[VerbEvent]:
        used: set[int] = set()
        made: list[VerbEvent] = []
        for outer in events:
            for inner in events:
                if inner is outer or id(inner) in used or id(outer) in used:
                    continue
                if inner.token.head.i != outer.token.i or inner.token.dep_ not in COMPLEMENTS:
                    continue
                new = self._transform(outer, inner)
                if new is not None:
                    used |= {id(outer), id(inner)}
                    made.append(new)
        return [e for e in events if id(e) not in used] + made

    def _transform(self, outer: VerbEvent, inner: VerbEvent) -> VerbEvent | None:
        outer_code = outer.binding.code.split(":")[0]
        inner_code = inner.binding.code.split(":")[0]
        for rule, want_outer, want_inner in self.rules:
            if outer_code != want_outer or (want_inner is not None and inner_code != want_inner):
                continue
            bound: dict[str, Group | None] = {}
            # the subject of a passive without an agent undergoes the inner event: it is its target
            inner_source, inner_target = (None, inner.source) if inner.passive else (inner.source, inner.target)
            if not (_bind(bound, rule.outer_source, outer.source) and _bind(bound, rule.inner_source, inner_source)
                    and _bind(bound, rule.inner_target, inner_target)):
                continue
            code = inner_code if rule.code == "Q" else rule.code
            if not valid_code(code):
                continue
            source, target = bound.get(rule.source), bound.get(rule.target)
            if source is None:
                continue
            return replace(inner, binding=Binding(inner.binding.pattern, code, inner.binding.roles), source=source,
                           target=target, rule=f"petrarch:transformation:{rule.line}")
        return None


def _bind(bound: dict[str, Group | None], name: str, group: Group | None) -> bool:
    """Whether ``group`` fits the slot ``name`` (binding a letter the first time it is seen)."""
    if name == "_":
        return True
    if name == ".":
        return group is None
    if group is None:
        return False
    if name in bound:
        held = bound[name]
        return held is group or (held is not None and set(held.codes) == set(group.codes))
    bound[name] = group
    return True
