"""The ``Candidate`` a mention becomes, the entity labels, and the name helpers every reader of mentions
shares (a name's words, a possessive trimmed, a whole-word search, an actor's code)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Container

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ....document import Document, strings_of
from ..sector import record_sector
from ..words import ActorWords, Known


# labels whose entities can name an actor
_PERSON, _ORG, _GPE, _NORP = "PERSON", "ORG", "GPE", "NORP"


@dataclass
class Candidate:
    """One mention found, with what it says about its actor; ``key`` joins mentions of one actor."""

    start: int
    end: int
    kind: str
    key: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    tokens: list[str] = field(default_factory=list)  # name words, for person matching
    # a group named with whom it serves or opposes ('critics of the new law'): the words before that phrase
    # ('critics'), which alone may say its country (``groups``)
    named_by: str | None = None
    # a person's country is only that of the known body named as the person's place of work, a body of no
    # state ('a fellow at the X Institute'): weak evidence the person's name may outweigh (``name_language``)
    employer_country: bool = False


def _known_candidate(start: int, end: int, known: Known) -> Candidate:
    return Candidate(start, end, known.kind, "known:" + known.name, known.name, known.country,
                     known.sector, known.code)


def inside_a_longer_name(text: str, start: int, w: ActorWords) -> bool:
    """Whether the words right before ``start`` are the front of a longer proper name: a capitalised word
    that is not a country, a demonym, a possessive or a sentence's first 'The'."""
    m = re.search(r"(?<![\w'’.-])([A-Z][\w'’-]*)\s+$", text[max(0, start - 40):start])
    if not m or m.group(1) in ("The", "A", "An", "Its", "Their") or re.search(r"['’]s?$", m.group(1)):
        return False
    return not w.country_of(m.group(1))


def _trim_possessive(span: SpacySpan) -> SpacySpan | None:
    """The entity without a leading preposition or article ('Beyond Ukraine') or a trailing possessive."""
    # (spans made with Span() on indices known to lie inside the parse: ``doc[a:b]`` checks its bounds in
    # Python first and costs about three times as much, and this runs for every entity)
    # (and the words' strings read off the parse's arrays: no Token is made)
    doc, start, end = span.doc, span.start, span.end
    tags, words = strings_of(doc, "POS"), strings_of(doc, "ORTH")
    while end - start > 1 and tags[start] in ("ADP", "DET", "CCONJ", "SCONJ", "ADV"):
        start += 1
    while end > start and words[end - 1] in ("'s", "’s", "'", "’", "-", "."):
        end -= 1
    if start == span.start and end == span.end:
        return span  # (nothing to trim, most entities: the span itself, not a new one of the same words)
    return SpacySpan(doc, start, end) if end > start else None


def _name_words(text: str) -> list[str]:
    """The words of a name, case-folded, hyphenated parts kept together ('al-sharaa', 'jong-un')."""
    text = _POSSESSIVE_END.sub("", text.casefold().replace("’", "'"))
    return [t for t in _NOT_NAME_CHARS.sub("", text).split() if t.strip("-")]


_POSSESSIVE_END = re.compile(r"'s$")  # (compiled once: the name finders read thousands of names an article set)
_NOT_NAME_CHARS = re.compile(r"[^\w\s-]")


def tokens_with_lemma(doc: Document, lemmas: Container[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is in ``lemmas``, in text order: what testing every token's
    ``lemma_.lower()`` finds, read from the parse's arrays (``Document.token_strings``)."""
    assert doc.nlp is not None
    tokens = doc.tokens()
    return [tokens[i] for i in doc.token_numbers("LEMMA", lemmas, lower=True)]


def _code(country: str | None, sector: str | None) -> str | None:
    return f"{country or ''}{sector or ''}" or None


def police_as_government(actor) -> None:
    """The record's sector for the actor (``sector.record_sector``): police GOV, coded ...GOVCOP; refugees,
    workers, farmers CVL; a bare party null (``sector_vocabulary.tsv``)."""
    record_sector(actor)


def working_sector(actor) -> str | None:
    """The sector that says what an actor does: COP for police (recorded as GOV, coded ...GOVCOP), CRM
    for criminal gangs (recorded as CRM, coded ...CRM)."""
    code = actor.code or ""
    if code.endswith("GOVCOP"):
        return "COP"
    return "CRM" if code.endswith("CRM") else actor.sector


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # what (?<![\w-]) and (?![\w-]) exclude


def whole_word_occurrences(text: str, name: str) -> list[int]:
    r"""Where ``name`` stands as a whole word in ``text`` (no word character or hyphen on either side), in
    text order and not overlapping: what ``re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)``
    finds, by plain string search."""
    starts: list[int] = []
    n, i = len(name), text.find(name)
    while i >= 0:
        if (i == 0 or not _wordish(text[i - 1])) and (i + n == len(text) or not _wordish(text[i + n])):
            starts.append(i)
            i = text.find(name, i + n)
        else:
            i = text.find(name, i + 1)
    return starts


def whole_word_or_plural(text: str, stem: str) -> bool:
    r"""Whether ``stem`` or ``stem`` + 's' stands as a whole word in ``text``: ``re.search(rf"(?<![\w-])
    {re.escape(stem)}s?(?![\w-])", text)`` by plain string search."""
    n, i = len(stem), text.find(stem)
    while i >= 0:
        if i == 0 or not _wordish(text[i - 1]):
            end = i + n
            if end == len(text) or not _wordish(text[end]) or \
                    (text[end] == "s" and (end + 1 == len(text) or not _wordish(text[end + 1]))):
                return True
        i = text.find(stem, i + 1)
    return False


def whole_word_matches(text: str, names, before: str = "-", after: str = "-") -> list[tuple[int, int]]:
    r"""Where any of ``names`` stands as a whole word in ``text``, in text order and not overlapping, the longest
    name where several begin at one place: what ``re.finditer(rf"(?<![\w{before}])(?:{alternation})(?![\w{after}])",
    text)`` finds with the names' alternation written longest first, by plain string search (a pattern made of a
    story's names would be compiled anew for every story and crowd the re module's cache)."""
    best: dict[int, int] = {}  # start -> end of the longest name standing there
    for name in names:
        n, i = len(name), text.find(name)
        while i >= 0:
            if (i == 0 or not (_wordish(text[i - 1]) or text[i - 1] in before)) and \
                    (i + n == len(text) or not (_wordish(text[i + n]) or text[i + n] in after)):
                if best.get(i, -1) < i + n:
                    best[i] = i + n
            i = text.find(name, i + 1)
    found: list[tuple[int, int]] = []
    last = 0
    for start in sorted(best):
        if start >= last:
            found.append((start, best[start]))
            last = best[start]
    return found
