"""Verbs of the verb dictionary found on the parse, and their patterns matched around them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from spacy.tokens import Token

from ...dictionaries import Dictionaries, Pattern, PatternItem, VerbBlock, VerbForm, valid_code
from .actors import Group, Piece, Unit
from .words import Stream, match_phrase, match_word

NP_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "case", "nmod", "quantmod", "advmod"})
PARTICLE_REACH = 2  # words a multi-word verb's later words may lie after the verb word


@dataclass
class VerbMatch:
    token: Token
    start: int  # word positions of the whole verb phrase
    end: int
    blocks: list[VerbBlock]
    form: VerbForm

    @property
    def default_code(self) -> str:
        if self.form.code:
            return self.form.code
        return next((b.code for b in self.blocks if valid_code(b.code.split(":")[0])), self.blocks[0].code)


@dataclass
class Binding:
    pattern: Pattern | None
    code: str
    roles: dict[str, Group] = field(default_factory=dict)


class VerbIndex:
    def __init__(self, dicts: Dictionaries) -> None:
        self.synsets = dicts.synsets
        self.forms: dict[str, list[tuple[int, VerbBlock, VerbForm]]] = {}
        self.needs: dict[int, list[frozenset[str]]] = {}  # id(pattern) -> word sets it needs one of each
        # id(block) -> (patterns by a word they need, the rest): (position in the block, pattern) pairs
        self.by_word: dict[int, tuple[dict[str, list[tuple[int, Pattern]]], list[tuple[int, Pattern]]]] = {}
        for block in dicts.verbs:
            keyed: dict[str, list[tuple[int, Pattern]]] = {}
            rest: list[tuple[int, Pattern]] = []
            for n, pattern in enumerate(block.patterns):
                if pattern.code != "---" and not valid_code(pattern.code.split(":")[0]):
                    continue
                needs = [need for need in self._needs(pattern.before + pattern.after) if need]
                self.needs[id(pattern)] = needs
                single = next((need for need in needs if len(need) == 1), None)
                if single is None:
                    rest.append((n, pattern))
                else:
                    keyed.setdefault(next(iter(single)), []).append((n, pattern))
            self.by_word[id(block)] = (keyed, rest)
            for verb in block.verbs:
                for form in verb.forms:
                    rank = 0 if form in verb.explicit else 1
                    self.forms.setdefault(form, []).append((rank, block, verb))

    def _needs(self, items: tuple[PatternItem, ...]) -> list[frozenset[str]]:
        """For each word or synset of a pattern, the words of which one must be in a sentence it matches."""
        out: list[frozenset[str]] = []
        for item in items:
            if item.kind == "word":
                out.append(frozenset({item.value}))
            elif item.kind == "synset":
                out.append(frozenset(self._first_words(item.value, set())))
            elif item.items:
                out += self._needs(item.items)
        return out

    def _first_words(self, name: str, seen: set[str]) -> set[str]:
        seen.add(name)
        out: set[str] = set()
        for member in self.synsets.get(name, ()):
            if member[0].startswith("&"):
                if member[0] not in seen:
                    out |= self._first_words(member[0], seen)
            else:
                out.add(member[0])
        return out

    def code_of(self, word: str) -> str | None:
        """The code a dictionary verb word codes on its own (its line's code, else its block's)."""
        for _rank, block, verb in self.forms.get(word.upper(), ()):
            if verb.words[verb.verb_at] == word.upper() and len(verb.words) == 1:
                code = verb.code or block.code
                return code.split(":")[0] if valid_code(code.split(":")[0]) else None
        return None

    def candidates(self, block: VerbBlock, vocabulary: set[str]) -> list[Pattern]:
        """The block's codable patterns that may match a sentence of these words, in the block's order."""
        keyed, rest = self.by_word[id(block)]
        found = list(rest)
        for word in vocabulary:
            found += keyed.get(word, ())
        return [pattern for _n, pattern in sorted(found, key=lambda item: item[0])]

    def possible(self, pattern: Pattern, vocabulary: set[str]) -> bool:
        """Whether the sentence's words hold every word the pattern needs (a cheap test before matching)."""
        return all(not need.isdisjoint(vocabulary) for need in self.needs.get(id(pattern), ()))

    def find(self, stream: Stream, tok: Token) -> VerbMatch | None:
        """The dictionary verb at ``tok``: the longest phrase, then a listed form before a made one, then
        the lemma. The lemma stands in only for an irregular form the dictionary does not list ("SOUGHT"):
        a word that looks like a regular inflection of its lemma but is not among the forms the dictionary
        makes ("DEPARTES") is a misspelling, and PETRARCH does not code it."""
        if not tok.tag_.startswith("VB"):
            return None
        pos = stream.first[tok.i]
        found: list[tuple[tuple[int, int], int, int, VerbBlock, VerbForm]] = []
        word, lemma = stream.words[pos], tok.lemma_.upper()
        keys = [(word, 0)] if regular_looking(word, lemma) else [(word, 0), (lemma, 2)]
        for key, lemma_rank in keys:
            for rank, block, verb in self.forms.get(key, ()):
                if lemma_rank and key != verb.words[verb.verb_at]:
                    continue
                span = _phrase_span(stream, pos, verb)
                if span is not None:
                    found.append(((-len(verb.words), max(rank, lemma_rank)), span[0], span[1], block, verb))
        if not found:
            return None
        best = min(f[0] for f in found)
        chosen = [f for f in found if f[0] == best]
        blocks: list[VerbBlock] = []
        for f in chosen:
            if not any(f[3] is b for b in blocks):
                blocks.append(f[3])
        _, start, end, _, form = chosen[0]
        return VerbMatch(tok, start, end, blocks, form)


def regular_looking(word: str, lemma: str) -> bool:
    """Whether ``word`` is ``lemma`` with a regular ending (-S, -ES, -D, -ED, -ING, perhaps after a doubled
    consonant or a dropped E or Y)."""
    if word == lemma or len(lemma) < 2:
        return False
    stems = {lemma, lemma + lemma[-1], lemma[:-1]}
    return any(word.startswith(stem) and word[len(stem):] in ("S", "ES", "D", "ED", "ING", "IES", "IED")
               for stem in stems)


def _phrase_span(stream: Stream, pos: int, verb: VerbForm) -> tuple[int, int] | None:
    before = verb.words[:verb.verb_at]
    start = pos - len(before)
    if before and (start < 0 or match_phrase(stream, start, before) != pos):
        return None
    end = pos + 1
    for word in verb.words[verb.verb_at + 1:]:
        nxt = next((e for j in range(end, min(end + PARTICLE_REACH, len(stream)))
                    if (e := match_word(stream, j, word)) is not None), None)
        if nxt is None:
            return None
        end = nxt
    return start, end


class PatternMatcher:
    """Matches pattern elements over a list of word positions (a region of the sentence)."""

    def __init__(self, stream: Stream, synsets: dict[str, list[tuple[str, ...]]], group_at: dict[int, Group],
                 day: date | None = None):
        self.stream = stream
        self.synsets = synsets
        self.group_at = group_at
        self.day = day  # for the date-restricted codes of an actor phrase bound alone

    def run(self, items: tuple[PatternItem, ...], seq: list[int], first_tight: bool, must_end: bool
            ) -> dict[str, Group] | None:
        """Bindings of the first match of ``items`` over ``seq``; ``first_tight`` anchors the first item
        at the start, ``must_end`` the last one at the end."""
        if not items:
            return {}
        starts = [0] if first_tight else range(len(seq))
        for start in starts:
            for end, roles in self._items(items, 0, seq, start):
                if not must_end or end == len(seq):
                    return roles
        return None

    def _items(self, items: tuple[PatternItem, ...], k: int, seq: list[int], at: int
               ) -> Iterator[tuple[int, dict[str, Group]]]:
        if k == len(items):
            yield at, {}
            return
        starts = [at] if k == 0 or items[k].tight else range(at, len(seq) + 1)
        for start in starts:
            for end, roles in self._item(items[k], seq, start):
                for last, more in self._items(items, k + 1, seq, end):
                    yield last, {**roles, **more}

    def _item(self, item: PatternItem, seq: list[int], i: int) -> Iterator[tuple[int, dict[str, Group]]]:
        if i >= len(seq) and item.kind != "group":
            return
        if item.kind == "word":
            if match_word(self.stream, seq[i], item.value) is not None:
                yield self._advance(seq, i, item.value), {}
        elif item.kind == "synset":
            for end in self._synset(item.value, seq, i, set()):
                yield end, {}
        elif item.kind == "skip":
            end = self._noun_phrase_end(seq, i)
            if end is not None:
                yield end, {}
        elif item.kind == "group":
            yield from self._items(item.items, 0, seq, i)
        elif item.kind == "phrase":
            yield from self._noun_phrase(item.items, seq, i)
        else:
            yield from self._actor(item.kind, seq, i)

    def _noun_phrase(self, items: tuple[PatternItem, ...], seq: list[int], i: int) -> Iterator[tuple[int, dict[str, Group]]]:
        """A ``{...}`` noun phrase starting at ``seq[i]``: its words in order, the last one a noun (its head)
        and every other one inside that noun's phrase (its subtree), other words of the phrase between."""
        for end, _roles in self._items(items, 0, seq, i):
            head = self.stream.tokens[seq[end - 1]]
            if head.pos_ in ("VERB", "AUX", "ADP"):
                continue
            inside = {t.i for t in head.subtree}
            if all(self.stream.tokens[seq[j]].i in inside for j in range(i, end)):
                yield end, {}

    def _noun_phrase_end(self, seq: list[int], i: int) -> int | None:
        """Where the noun phrase starting at ``seq[i]`` ends (``^`` skips one noun phrase): an actor phrase
        as a whole, else the words up to the noun that the first word modifies; None when no noun phrase
        starts there."""
        tok = self.stream.tokens[seq[i]]
        group = self.group_at.get(tok.i)
        last = tok
        while last.dep_ in NP_MODIFIERS and last.head.i > last.i:
            last = last.head
        if group is None and last.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        j = i + 1
        while j < len(seq) and (self.stream.tokens[seq[j]].i <= last.i
                                or (group is not None and self.group_at.get(self.stream.tokens[seq[j]].i) is group
                                    and seq[j] == seq[j - 1] + 1)):
            j += 1
        return j

    def _advance(self, seq: list[int], i: int, word: str) -> int:
        end = match_word(self.stream, seq[i], word) or seq[i] + 1
        j = i + 1
        while j < len(seq) and seq[j] < end:
            j += 1
        return j

    def _synset(self, name: str, seq: list[int], i: int, seen: set[str]) -> Iterator[int]:
        for member in self.synsets.get(name, ()):
            if member[0].startswith("&"):
                if member[0] not in seen:
                    yield from self._synset(member[0], seq, i, seen | {name})
                continue
            j, ok = i, True
            for word in member:
                if j >= len(seq) or match_word(self.stream, seq[j], word) is None:
                    ok = False
                    break
                j = self._advance(seq, j, word)
            if ok:
                yield j

    def _actor(self, role: str, seq: list[int], i: int) -> Iterator[tuple[int, dict[str, Group]]]:
        """An actor slot: the actor group at ``seq[i]``; but an actor phrase hanging on an earlier one of its
        noun phrase ("the Gondor of the Prince of Dol Amroth") fills the slot alone where the pattern
        lands on it."""
        tok = self.stream.tokens[seq[i]]
        group = self.group_at.get(tok.i)
        if group is None:
            return
        piece = _later_piece(group, tok.i)
        if piece is not None:
            codes = list(piece.entry.codes_on(self.day))
            if codes and role != "compound":
                inside = {t.i for t in piece.tokens}
                j = i + 1
                while j < len(seq) and self.stream.tokens[seq[j]].i in inside:
                    j += 1
                yield j, {role: Group([Unit(piece.root, [piece], codes)])}
                return
        if role == "compound" and len(group.codes) < 2:
            return
        j = i + 1
        while j < len(seq) and self.group_at.get(self.stream.tokens[seq[j]].i) is group:
            j += 1
        yield j, {role: group}


def _later_piece(group: Group, i: int) -> Piece | None:
    """The actor piece holding token ``i`` when it is not the first actor of its unit and hangs on it by a
    preposition ("of", "in", "from")."""
    for unit in group.units:
        actors = [p for p in unit.pieces if p.is_actor]
        for piece in actors[1:]:
            if piece.tokens[0].i == i and piece.root.dep_ == "pobj":
                return piece
    return None


def bind(verb: VerbMatch, matcher: PatternMatcher, before: list[int], after: list[int],
         index: VerbIndex | None = None) -> Binding:
    """The pattern that fits best (most elements, then first listed), else the verb's own code. With the
    ``index``, patterns needing words the sentence lacks are passed over without matching."""
    best: Binding | None = None
    vocabulary = matcher.stream.vocabulary
    for block in verb.blocks:
        patterns = index.candidates(block, vocabulary) if index is not None else block.patterns
        for pattern in patterns:
            if pattern.code != "---" and not valid_code(pattern.code.split(":")[0]):
                continue
            if index is not None and not index.possible(pattern, vocabulary):
                continue
            if best is not None and best.pattern is not None and pattern.size <= best.pattern.size:
                continue
            roles_before = matcher.run(pattern.before, before, False, pattern.tight_before)
            if roles_before is None:
                continue
            first_tight = bool(pattern.after) and pattern.after[0].tight
            roles_after = matcher.run(pattern.after, after, first_tight, False)
            if roles_after is None:
                continue
            best = Binding(pattern, pattern.code, {**roles_before, **roles_after})
    return best or Binding(None, verb.default_code)
