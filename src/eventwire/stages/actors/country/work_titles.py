"""The titles of books, films and series after a noun for such a work ('the film Letters from
Iran'): the places in a title are no one's country."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ....lexicon import words
from ..words import OPEN_QUOTES, Anchor, alternation


_TITLE_GLUE = frozenset({"of", "the", "a", "an", "and", "in", "from", "to", "for", "on", "at", "with", "into", ":", "-",
                         "–", "—", "'s", "’s", "&"})


@lru_cache(maxsize=1)
def _work_anchor() -> Anchor:
    return Anchor(alternation(sorted(words("work_nouns.txt"))), words("work_nouns.txt"))


_WORKS_AT: list[tuple[str, list[int]]] = []  # the last text read: where its work nouns start


def _work_nouns_at(text: str) -> list[int]:
    if not _WORKS_AT or _WORKS_AT[0][0] is not text:
        _WORKS_AT[:] = [(text, [start for start, _ in _work_anchor().spans(text)])]
    return _WORKS_AT[0][1]


def work_title_tokens(text: str, tokens: Span) -> set[int]:
    """The indices of the words of a book's, film's or series' title that follow a noun for such a work
    (``work_nouns.txt``) in the sentence ``tokens`` of ``text``: a run of capitalised words and the small
    words between them ('the book Zero Sum:
    The Arc of Business in Russia', 'the film Letters from Iran', 'her memoir “Home in Kabul”'). The
    places in a title are no one's country; 'a book about Iran' names no title."""
    works = words("work_nouns.txt")
    if not any(tokens.start_char <= at < tokens.end_char for at in _work_nouns_at(text)):
        return set()  # (no such noun in the sentence: no word is read)
    tokens = list(tokens)
    found: set[int] = set()
    for k, tok in enumerate(tokens):
        if tok.lower_ not in works or tok.pos_ != "NOUN":
            continue
        j, run, quoted = k + 1, [], False
        if j < len(tokens) and tokens[j].text in OPEN_QUOTES:
            j, quoted = j + 1, True
        while j < len(tokens):
            t = tokens[j]
            if t.text[:1].isupper():
                run.append(t)
            elif t.lower_ in _TITLE_GLUE and run or quoted and not t.is_quote and t.text not in (".", ","):
                run.append(t)
            else:
                break
            j += 1
        while run and not run[-1].text[:1].isupper() and not quoted:
            run.pop()  # a title ends on a word of its own ('the book Zero Sum in 2019': 'in' is not the title's)
        found.update(t.i for t in run)
    return found
