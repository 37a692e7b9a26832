"""An international office held no more ('former NATO Secretary General X') is no office now (CVL)."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ....document import Document, sentence_of
from ..sector import set_sector
from ..words import FORMER_TOKENS
from .spans import _spans


_HELD_BEFORE = re.compile(r"\b(?:former|ex-|erstwhile|retired|onetime|one-time)\s*(?:[\w.'’-]+\s+){0,5}$", re.I)


def former_international_officials(doc: Document) -> None:
    """'Former NATO Secretary General X', 'former top EU official X', 'X, a former economist at the IMF': an
    international office held no more is no office now (CVL, the convention for every former office but a head of state's), also when the
    international body named in the title was found after the title was read. No longer serving that
    body, the person is again of the country the knowledge base gives ('Anders Fogh Rasmussen' DNK)."""
    from ..knowledge import knowledge

    assert doc.nlp is not None
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "IGO":
            continue
        span = next(iter(_spans(doc, actor, limit=1)), None)
        if span is None:
            continue
        before = doc.text[max(sentence_of(span).start_char, span.start_char - 80):span.start_char]
        if _HELD_BEFORE.search(before) or _former_in_apposition(span):
            facts = knowledge().facts(actor.name, None) if len(actor.name.split()) >= 2 else None
            actor.country = actor.country or (facts.country if facts is not None else None)
            set_sector(actor, "CVL")


_NOW_WORDS = frozenset({"now", "currently", "still"})


def _former_in_apposition(span: Span) -> bool:
    """'X, a former adviser at the International Monetary Fund', 'X, an ex-U.N. official': the
    apposition right after the name calls the office one held no more (a former-office word among the
    words before its head noun), and says of no office held now ('X, a former minister now U.N. envoy')."""
    for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        words_ = list(appos.subtree)
        if any(t.lower_ in _NOW_WORDS for t in words_):
            return False
        return any(t.lower_ in FORMER_TOKENS for t in words_ if t.i < appos.i)
    return False
