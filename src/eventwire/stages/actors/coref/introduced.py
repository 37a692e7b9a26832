"""Bodies named again by the noun the text introduced them with: 'business consultancy X ... the
consultancy says', 'X, a watchdog based in Y ... the watchdog added', 'the rights group' after 'rights
group X'. The describing nouns are the ones the sectors stage reads (sector_text.describers: a noun in
apposition, before the name, or 'X is a ...'), counted only where body_descriptors.tsv lists them as a
body's noun; 'the <noun>' is that body when exactly one body was introduced with it before."""
from __future__ import annotations

import re

from ....document import Document
from ....lookahead import THE
from ..sector import descriptor_sector
from ..sector_text import describer_phrase, describers
from ..words import determined_nouns, word_char_at


def introduced_bodies(doc: Document) -> None:
    """'the consultancy', 'the watchdog', 'the rights group': the one organisation, group or outlet the text
    introduced with that noun (and with every word before it in the description: 'the rights group' after
    'rights group X', not after 'aid group X'). Two bodies introduced with one noun ('X, a consultancy, and
    Y, another consultancy'): nobody, and so when the noun was said before of anything but that body. A
    noun that modifies another ('the consultancy's report' is kept, 'the consultancy fees' is not), or is
    followed by 'of' or a name ('the consultancy X'), is left alone."""
    assert doc.nlp is not None
    introduced: list[tuple[int, str, frozenset[str], object]] = []  # (where, noun, its phrase's words, body)
    describing: dict[int, str] = {}  # token index of each describing noun -> the body it describes
    for a in doc.actors:
        if a.kind not in ("organization", "group", "media") or not any(x[:1].isupper() for x in a.name.split()):
            continue
        for m in a.mentions[:3]:
            span = doc.char_span(m.start, m.end)
            if span is None or not len(span):
                continue
            for tok in describers(span):
                phrase = describer_phrase(tok).lower()
                if tok.tag_ == "NNS" or not descriptor_sector(phrase, lexicons=False):
                    continue  # 'companies such as X' are many bodies; a noun for a thing names none
                introduced.append((min(m.start, tok.idx), tok.lower_, frozenset(phrase.split()), a))
                describing[tok.i] = a.id
    if not introduced:
        return
    for m in _the_nouns(doc.text, {n for _, n, _, _ in introduced}):
        if doc.actor_in(m.start(), m.end()):
            continue
        head = doc.nlp.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
        if head is None or head.root.dep_ in ("compound", "amod", "nmod"):
            continue
        mods = frozenset(m.group("mods").split())
        fits = {id(a): a for at, noun, phrase, a in introduced
                if at < m.start() and noun == m.group("noun") and mods <= phrase}
        if len(fits) != 1:
            continue
        body = next(iter(fits.values()))
        tokens = doc.tokens()  # (the noun's earlier places read off the word index: a Token only for the noun's)
        if any(describing.get(k) != body.id and doc.actor_of_token(tokens[k]) != body.id
               for k in doc.word_positions("LOWER").get(m.group("noun"), ()) if k < head.start):
            continue  # the noun also said of something else before ('oil firm X and oil firm Y', 'another consultancy')
        doc.add_mention(body, m.start(), m.end())


_THE_SPACE = re.compile(THE + r"\s+")
_MODIFIERS = [re.compile(r"(?:[a-z][\w-]*\s+)" * k) for k in range(3)]  # none, one or two words before the noun
_NOT_AFTER_NOUN = re.compile(r"\s+of\b|,?\s+[A-Z]|-")  # 'the consultancy of', 'the consultancy X', 'consultancy-'


class _Found:
    """A match of 'the', up to two modifiers and a noun: the start, end and groups ``_the_nouns`` read."""

    def __init__(self, text: str, start: int, mods: int, noun: int, end: int):
        self._text, self._start, self._mods, self._noun, self._end = text, start, mods, noun, end

    def start(self, group: str | None = None) -> int:
        return self._noun if group == "noun" else self._start

    def end(self, group: str | None = None) -> int:
        return self._end

    def group(self, group: str) -> str:
        return self._text[self._noun:self._end] if group == "noun" else self._text[self._mods:self._noun]


def _the_nouns(text: str, nouns: set[str]) -> list[_Found]:
    r"""'the', up to two modifiers (the fewest that do) and one of ``nouns`` (the longest) ending a word, not
    followed by 'of', a name or a hyphen, in text order and not overlapping: what ``re.finditer(rf"{THE}\s+(?P<
    mods>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<noun>{alternation})(?!\s+of|,?\s+[A-Z]|-)", text)`` finds, read with
    fixed patterns and string tests (a pattern made of each story's nouns would be compiled anew each time).
    The nouns are words the tagger read as nouns: none begins with a space."""
    longest_first = sorted(nouns, key=len, reverse=True)

    def noun_at(text: str, at: int) -> int | None:
        return next((len(n) for n in longest_first if text.startswith(n, at)
                     and word_char_at(text, at + len(n) - 1) != word_char_at(text, at + len(n))
                     and _NOT_AFTER_NOUN.match(text, at + len(n)) is None), None)

    return [_Found(text, the.start(), the.end(), at, end)
            for the, at, end in determined_nouns(text, _THE_SPACE, _MODIFIERS, noun_at)]
