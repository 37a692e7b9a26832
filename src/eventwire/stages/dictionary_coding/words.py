"""The words of a sentence as the dictionaries see them: upper-cased token texts, a token holding ``_``
split into its words, and phrase matching where one dictionary word may span tokens written without a
space between them ("AL-QAEDA" = "Al" "-" "Qaeda")."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Iterator, TypeVar

T = TypeVar("T")
GAP_REACH = 4  # words a phrase's spaced word may come after the word before it

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token


@dataclass
class Stream:
    words: list[str] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    glued: list[bool] = field(default_factory=list)  # no space between this word and the next
    first: dict[int, int] = field(default_factory=dict)  # token.i -> its first word position

    _vocabulary: set[str] | None = None

    def __len__(self) -> int:
        return len(self.words)

    @property
    def vocabulary(self) -> set[str]:
        """Every dictionary word that can match somewhere: the words, and runs of words written without a
        space between them joined ("AL" "-" "QAEDA" gives "AL-QAEDA")."""
        if self._vocabulary is None:
            out = set(self.words)
            for i in range(len(self.words)):
                joined, j = self.words[i], i
                while self.glued[j] and j + 1 < len(self.words) and j - i < 6:
                    j += 1
                    joined += self.words[j]
                    out.add(joined)
            self._vocabulary = out
        return self._vocabulary


class FirstWordIndex(Generic[T]):
    """Phrases (with a value each) by their first word, and by the first part of a first word holding
    ``-``, ``.`` or ``'`` (which the parse may split into several words). Phrases of several words whose
    first word the parse keeps whole are indexed by their first two words, so a common first word ("THE")
    costs nothing where the second does not follow."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], T, tuple[int, ...]]]] = {}
        self.by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], T, tuple[int, ...]]]] = {}

    def add(self, words: tuple[str, ...], value: T, gaps: tuple[int, ...] = ()) -> None:
        first = _lead(words[0])
        if len(words) > 1 and first == words[0] and 1 not in gaps:
            for second in {words[1], _lead(words[1])}:
                self.by_two.setdefault((first, second), []).append((words, value, gaps))
            return
        for key in {words[0], first}:
            self.by_first.setdefault(key, []).append((words, value, gaps))

    def at(self, stream: "Stream", pos: int) -> Iterator[tuple[int, T]]:
        """(end, value) for every phrase that starts at ``pos``."""
        word = stream.words[pos]
        candidates = self.by_first.get(word, [])
        if pos + 1 < len(stream.words):
            candidates = candidates + self.by_two.get((word, stream.words[pos + 1]), [])
        for words, value, gaps in candidates:
            end = match_phrase(stream, pos, words, gaps)
            if end is not None:
                yield end, value

    def anywhere(self, stream: "Stream") -> Iterator[T]:
        for pos in range(len(stream)):
            for _end, value in self.at(stream, pos):
                yield value


def _lead(word: str) -> str:
    """The part of a word before its first ``-``, ``.`` or ``'``: what the parse may make its first token."""
    return word.replace("-", " ").replace(".", ". ").replace("'", " '").split()[0]


def stream_of(sent: SpacySpan) -> Stream:
    out = Stream()
    for tok in sent:
        parts = [p for p in tok.text.upper().split("_") if p] or [tok.text.upper()]
        out.first[tok.i] = len(out.words)
        for n, part in enumerate(parts):
            out.words.append(part)
            out.tokens.append(tok)
            out.glued.append(n == len(parts) - 1 and not tok.whitespace_)
    return out


def match_word(stream: Stream, pos: int, word: str) -> int | None:
    """The position after ``word`` when it starts at ``pos``; None when it does not."""
    if pos >= len(stream):
        return None
    if stream.words[pos] == word:
        return pos + 1
    joined, j = stream.words[pos], pos
    while word.startswith(joined) and stream.glued[j] and j + 1 < len(stream):
        j += 1
        joined += stream.words[j]
        if joined == word:
            return j + 1
    return None


def match_phrase(stream: Stream, pos: int, words: tuple[str, ...], gaps: tuple[int, ...] = ()) -> int | None:
    """The position after ``words`` starting at ``pos``; None when they are not there. Words are adjacent,
    except that a word whose index is in ``gaps`` may come after a few other words of the noun phrase it
    heads (every word skipped depends on it)."""
    for k, word in enumerate(words):
        end = match_word(stream, pos, word)
        if end is None and k in gaps:
            for q in range(pos + 1, min(pos + 1 + GAP_REACH, len(stream))):
                end = match_word(stream, q, word)
                if end is not None:
                    head = stream.tokens[q]
                    if all(t.i == head.i or any(a.i == head.i for a in t.ancestors) for t in stream.tokens[pos:q]):
                        break
                    end = None
        if end is None:
            return None
        pos = end
    return pos
