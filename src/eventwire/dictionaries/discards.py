"""Reader for PETRARCH discard dictionaries: one phrase a line; ``+PHRASE`` discards the whole story,
a bare phrase only the sentence it occurs in."""
from __future__ import annotations

from .common import Reader, phrase_words
from .model import Discard


def read_discards(path: str) -> tuple[list[Discard], list[str]]:
    reader = Reader(path)
    out: list[Discard] = []
    for line in reader.lines():
        text = line.text.strip()
        story = text.startswith("+")
        if "[" in text or "]" in text:
            reader.warn(line.number, f"discards take no codes: {text!r}")
            continue
        words = phrase_words(text.lstrip("+"))
        if not words:
            reader.warn(line.number, f"empty discard phrase: {text!r}")
            continue
        out.append(Discard(words, story, line.number))
    return out, reader.warnings
