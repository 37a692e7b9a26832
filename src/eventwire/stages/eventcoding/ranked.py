"""Who a relative clause on a ranking word is said of (written for eventwire, round 15): "Norway was the first to
recognize the government", "Kenya is the only state that condemned the coup", "Chad became the latest country
to expel the envoy" -> the copula's subject does the deed. The ranking words are the word class ranking_words of
event_word_classes.tsv; the copulas are its class copulas."""
from __future__ import annotations

from spacy.tokens import Token

from .words import word_class


def ranked_subject(head: Token) -> Token | None:
    """The subject a ranking phrase is said of: ``head`` is the word a relative clause hangs on, the
    complement of a copula ("the first", "the only state") that is, or is modified by, a ranking word;
    None otherwise."""
    if head.dep_ != "attr" or head.head.lemma_.lower() not in word_class("copulas"):
        return None
    ranks = word_class("ranking_words")
    if head.lower_ not in ranks and not any(c.dep_ == "amod" and c.lower_ in ranks for c in head.children):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
