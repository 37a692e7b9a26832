"""The words of a sentence as the dictionaries see them: upper-cased token texts, a token holding ``_``
split into its words, and phrase matching where one dictionary word may span tokens written without a
space between them ("AL-QAEDA" = "Al" "-" "Qaeda")."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token


@dataclass
class Stream:
    words: list[str] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    glued: list[bool] = field(default_factory=list)  # no space between this word and the next
    first: dict[int, int] = field(default_factory=dict)  # token.i -> its first word position

    def __len__(self) -> int:
        return len(self.words)


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


def match_phrase(stream: Stream, pos: int, words: tuple[str, ...]) -> int | None:
    """The position after the adjacent ``words`` starting at ``pos``; None when they are not there."""
    for word in words:
        end = match_word(stream, pos, word)
        if end is None:
            return None
        pos = end
    return pos
