"""Groups named by a phrase whose head word alone names no group (``group_phrases.tsv``): 'security services
detained the editor', 'emergency services evacuated the building', 'a bomb squad defused the device'. The phrase's head stands where a group acts, speaks or is acted on
(``groups.acts``); it is a group of the phrase's sector, named by the phrase as the text writes it, its country
left to the stage's filling (a state's police and services sit in the story's state). Not where the head
describes another noun ('the bomb squad's van', 'the security service chief': a possessive, a compound) or
counts in a statistic ('the number of emergency services': an 'of' phrase on a noun).

Pre-test: the article's lower-cased words (``Document.token_numbers``) must hold a phrase's head word; then one
pattern of all the phrases, built once, is searched over the text; no Token where none is found."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import table
from ...lookahead import led
from .groups import acts
from .mentions import Candidate, _code
from .words import ActorWords, norm


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    sectors = {r["phrase"]: r["sector"] or "" for r in table("group_phrases.tsv")}
    return sectors


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    sectors = _phrases()
    # (the first letter may be a capital, a sentence's first word; the others are lower case)
    alts = "|".join(rf"[{p[0]}{p[0].upper()}]{re.escape(p[1:])}" for p in sorted(sectors, key=len, reverse=True))
    return led(rf"(?<![\w-])(?:{alts})s?(?![\w-])")  # (behind a look-ahead for its first letters: ``led``)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The phrases' last words, singular and plural: the article's words must hold one before the pattern runs."""
    last = {p.rsplit(" ", 1)[-1] for p in _phrases()}
    return frozenset(last | {h + "s" for h in last})


def phrase_groups(doc: Document, w: ActorWords) -> list[Candidate]:
    assert doc.nlp is not None
    if not doc.token_numbers("LOWER", _heads()):
        return []  # (the article's word index meets the head words in C: most articles stop here)
    found = []
    sectors = _phrases()
    for m in _pattern().finditer(doc.text):
        text = m.group(0)
        phrase = text.lower()
        key = phrase if phrase in sectors else phrase[:-1]
        if key not in sectors:
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        head = span[-1]
        if head.dep_ in ("compound", "poss") or not acts(head):
            continue
        sector = sectors[key] or None
        found.append(Candidate(m.start(), m.end(), "group", "group:" + norm(key), text, None, sector,
                               _code(None, sector)))
    return found
