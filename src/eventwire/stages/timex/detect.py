"""Finding time expressions: the patterns of time_patterns.tsv over the text, false hits dropped with the
help of the parse (the modal "May", "Sunday Times", a year that is a count), overlaps resolved longest
first."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...document import sentences_of
from . import words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

Groups = dict[str, str | None]

# entity labels under which a lone month, weekday or season word is part of a name
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "NORP", "LAW", "EVENT", "LOC"})
_COUNT_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
_TIME_PREPOSITIONS = frozenset(
    "in on since by until till before after during from through of to between early late mid around "
    "circa fiscal year".split())
_SEASON_LEAD = frozenset("in during by until till since through over the this last next of early late mid "
                         "before after".split())
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")
_NEXT_OF = re.compile(r"^\s+of\b", re.IGNORECASE)


@dataclass
class Hit:
    start: int
    end: int
    kind: str
    groups: Groups


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _span(doc: Doc | None, hit: Hit) -> Span | None:
    if doc is None:
        return None
    return doc.char_span(hit.start, hit.end, alignment_mode="expand")


def _lone(hit: Hit, *keys: str) -> bool:
    """True when none of the named groups matched (a bare month, weekday or season)."""
    return not any(hit.groups.get(k) for k in keys)


def _named(span: Span) -> bool:
    return any(t.ent_type_ in _NAME_LABELS for t in span)


def _bad_month(hit: Hit, span: Span) -> bool:
    first = span[0]
    if first.tag_ == "MD" or first.pos_ in ("VERB", "AUX"):
        return True  # "May" the modal, "March" the verb
    nxt = first.nbor(1) if first.i + 1 < len(first.doc) else None
    if first.lower_ == "may" and nxt is not None and nxt.tag_ in ("VB", "RB", "PRP"):
        return True
    prev = first.nbor(-1) if first.i > 0 else None
    if prev is not None and prev.tag_ in ("NNP", "NNPS") and prev.is_title and first.dep_ != "npadvmod":
        return True  # "Theresa May", "Kim June"
    return first.dep_ in ("nsubj", "nsubjpass") or _named(span)


def _bad_year(hit: Hit, span: Span, text: str) -> bool:
    token = next((t for t in span if t.like_num), span[-1])
    if token.ent_type_ in _COUNT_LABELS and _previous_word(text, hit.start) not in _TIME_PREPOSITIONS:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ in ("%", "percent", "km", "miles", "kilometres", "kilometers", "feet",
                                               "metres", "meters", "tons", "tonnes")


def _bad_season(hit: Hit, text: str) -> bool:
    if not _lone(hit, "rel", "edge", "year"):
        return False
    return _previous_word(text, hit.start) not in _SEASON_LEAD or bool(_NEXT_OF.match(text[hit.end:]))


def keep(hit: Hit, doc: Doc | None, text: str) -> bool:
    """False for a known kind of false hit."""
    if hit.kind == "season":
        return not _bad_season(hit, text)
    span = _span(doc, hit)
    if span is None or not len(span):
        return True
    if hit.kind == "month" and _lone(hit, "rel", "edge", "year"):
        return not _bad_month(hit, span)
    if hit.kind == "weekday" and _lone(hit, "rel", "edge", "part"):
        return not _named(span)
    if hit.kind == "year" and _lone(hit, "edge"):
        return not _bad_year(hit, span, text)
    return True


_WORD = re.compile(r"[a-z0-9]+")
_DIGIT = re.compile(r"\d")


def _chunks(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    """Sentence spans to search (the whole text without a parse)."""
    if doc is None or not doc.has_annotation("SENT_START"):
        return [(0, len(text))]
    return [(s.start_char, s.end_char) for s in sentences_of(doc)]


def _matches(text: str, doc: Doc | None) -> list[Hit]:
    hits = []
    patterns, needing = words.patterns(), words.patterns_needing()
    for lo, hi in _chunks(text, doc):
        piece = text[lo:hi]
        present = set(_WORD.findall(piece.lower()))
        if _DIGIT.search(piece):
            present.add("#digit")
        # the patterns one of whose words the sentence has, in the patterns' order (as testing each did)
        for n in sorted({n for word in present.intersection(needing) for n in needing[word]}):
            pattern = patterns[n]
            for m in pattern.regex.finditer(text, lo, hi):
                hits.append(_hit(text, pattern.kind, m))
    return [h for h in hits if h.end > h.start]


def _hit(text: str, kind: str, m: re.Match[str]) -> Hit:
    groups: Groups = {k: v for k, v in m.groupdict().items() if v is not None}
    start = m.end("lead") if groups.get("lead") is not None else m.start()
    groups["_text"] = text[start:m.end()]
    return Hit(start, m.end(), kind, groups)


def _longest_first(hits: list[Hit]) -> list[Hit]:
    chosen: list[Hit] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not taken.intersection(range(hit.start, hit.end)):
            chosen.append(hit)
            taken.update(range(hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)


def find(text: str, doc: Doc | None) -> list[Hit]:
    """Every time expression in the text, in text order, without overlaps."""
    candidates = [h for h in _matches(text, doc) if keep(h, doc, text)]
    return _longest_first(candidates)
