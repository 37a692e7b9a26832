"""Named documents cited as a source: 'according to the Global Peace Index 2024', 'the Arctic Ice Atlas
shows', 'the Brazilian census found'. A document that names itself and speaks in the story is an actor,
an organisation: its maker's country and sector when its name opens with a known body ('the CIA World
Factbook'), the state's government when a country alone names it ('the U.S. census'), else a civil body of
no country (an index or survey of an international research body). Not a document that only names its
maker ('an Ipsos survey', 'the OECD report', 'the Central Bank survey': the maker speaks, ``attribution.speakers.document_author``),
one whose maker is named after it ('the X Report released by the Y Committee': the maker is the source),
nor a figure that moves ('the Hang Seng Index rose'): only one cited as a source counts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table, words
from ...lookahead import opening
from .mentions import Candidate, _code, _day_or_month
from .words import ActorWords, alternation, first_words, holds_a_word, norm, speech_lemmas


@lru_cache(maxsize=1)
def _heads() -> dict[str, bool]:
    """The head nouns of a document's name, and whether a country alone before one names a state's."""
    return {r["head"]: r["state"] == "yes" for r in table("document_name_heads.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    word = r"[A-Z][\w.’'&-]*"
    first = opening("[A-Z]", r"[\w’'.-]")  # (the name's first capital, not after a word's character)
    return re.compile(rf"(?P<name>{first}[\w.’'&-]*(?:\s+(?:{word}|of|for|on|and))*?)\s+"
                      rf"(?P<head>(?i:{alternation(list(_heads()))}))(?![\w-])(?:\s+(?P<year>(?:19|20)\d\d)(?![\w-]))?")


_ARTICLES = ("The", "A", "An", "This", "That", "Its", "Their", "One", "Another")  # (and function words)
# 'according to (the) (latest annual) X'; 'data from (the) X'
_ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Cc]iting|[Cc]ited by|(?:data|figures|statistics|numbers|estimates)"
                        r"\s+(?:from|of|in|compiled by))\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# the maker named after the document: 'released by X', 'by X', 'of the X Institute'
_MAKER_AFTER = re.compile(r"\s*,?\s*(?:(?:released|published|issued|compiled|produced|prepared|conducted|commissioned|"
                          r"run|made)\s+(?:[\w-]+\s+){0,3}?)?(?:by|from|of)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _finding_verbs() -> frozenset[str]:
    return words("document_finding_verbs.txt") | speech_lemmas()


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str] | None:
    return first_words(_heads())


def cited_documents(doc: Document, w: ActorWords) -> list[Candidate]:
    """The named documents the story cites as a source (see the module's doc)."""
    found = []
    if not holds_a_word(_head_words(), doc.text):
        return found  # (each name ends on a head word: a story with none is not scanned)
    for m in _pattern().finditer(doc.text):
        words_ = m.group("name").split()
        while words_ and (words_[0] in _ARTICLES or words_[0].lower() in words("english_function_words.txt")):
            words_ = words_[1:]
        if not words_ or _day_or_month(" ".join(words_)):
            continue
        start = m.start("name") + m.group("name").index(words_[0]) if words_ else m.start("name")
        prefix = " ".join(words_)
        head = m.group("head").lower()
        state = w.country_of(prefix)
        if state and not _heads()[head]:
            continue  # 'a U.S. report': the state's own words, not a document of its own name
        if not state and (len(words_) < 2 or w.known.get(norm(prefix)) or
                          any(x.lower() in words("body_head_words.txt") for x in words_)):
            continue  # 'an Ipsos survey', 'the OECD report', 'the Ministry of Health report': the maker speaks
        if _MAKER_AFTER.match(doc.text, m.end()):
            continue  # 'the X Report released by the Y Committee': the maker is the source
        if not _cited(doc, m.start(), m.end("head")):
            continue
        country, sector = (state, "GOV") if state else _maker(words_, w)
        end = m.end()
        name = doc.text[start:end]
        key = "document:" + norm(doc.text[start:m.end("head")])
        found.append(Candidate(start, end, "organization", key, name, country, sector, _code(country, sector)))
    return found


def _maker(words_: list[str], w: ActorWords) -> tuple[str | None, str]:
    """A document's country and sector by the known body its name opens with ('CIA World Factbook'), or
    by a country its name opens with; else a civil body of no country."""
    for k in range(len(words_) - 1, 0, -1):
        known = w.known.get(norm(" ".join(words_[:k])))
        if known and known.kind in ("organization", "media"):
            return known.country, known.sector or "CVL"
    return None, "CVL"


def _cited(doc: Document, start: int, head_end: int) -> bool:
    """Whether the story cites the document as a source: after 'according to', 'data from'; or as the
    subject of a speech or finding verb ('the X Index ranks', 'the Y Survey found')."""
    if _ACCORDING.search(doc.text, max(0, start - 60), start):
        return True
    if doc.nlp is None:
        return False
    span = doc.nlp.char_span(start, head_end, alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span.root
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in _finding_verbs()
