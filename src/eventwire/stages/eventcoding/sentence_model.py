"""A small learned model of the PLOVER type of a sentence's central event (or NONE).

A multinomial logistic regression over features read from the parse the pipeline already has: the lemmas of
the content words, the clause's main predicate (under a reporting verb, the reported one), verb-object and
verb-preposition pairs, the event types the lexicons give its words, entity labels, negation and quotation.
It is trained by ``scripts/train_event_sentences.py`` on ``eventwire/training/event_sentences.jsonl``
(sentences the project labelled by reading) and shipped as ``eventwire/models/event_sentences.json``.
Reading a sentence costs one pass over its tokens and a dot product; nothing is parsed again.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from .words import cues, nouns, verbs

NONE = "NONE"
MODEL_FILE = "event_sentences.json"
_CONTENT = frozenset({"VERB", "NOUN", "ADJ"})
_QUOTES = frozenset('"“”')
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def main_predicate(sent: Span):
    """The predicate a sentence reports: its root, or under a reporting root ("X said Y attacked Z",
    "'... ,' he said") the reported clause's verb."""
    root = sent.root
    if root.lemma_.lower() in cues("speech"):
        for c in root.children:
            if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
                return c
    return root


def features(sent: Span) -> list[str]:
    """The feature names of one sentence of the parse (sorted, each once)."""
    out = {"bias"}
    verb_rows, noun_rows = verbs(), nouns()
    for tok in sent:
        if tok.is_punct or tok.is_space:
            if tok.text in _QUOTES or tok.text == "'" and tok.i in (sent.start, sent.end - 1):
                out.add("quote")
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ in _CONTENT:
            out.add("w:" + lemma)
        rows = verb_rows.get(lemma) if tok.pos_ == "VERB" else noun_rows.get(lemma) if tok.pos_ == "NOUN" else None
        if rows:
            out.update("lex:" + r.type for r in rows)
        if tok.dep_ == "neg":
            out.add("neg")
        if tok.ent_iob_ == "B" and tok.ent_type_ in _ENTITY_LABELS:
            out.add("ent:" + tok.ent_type_)
        head = tok.head
        if head.pos_ == "VERB" and head is not tok:
            if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
                out.add(f"vo:{head.lemma_.lower()}_{lemma}")
            elif tok.dep_ in ("prep", "agent"):
                out.add(f"vp:{head.lemma_.lower()}_{tok.lower_}")
    main = main_predicate(sent)
    out.add("main:" + main.lemma_.lower())
    rows = verb_rows.get(main.lemma_.lower()) if main.pos_ == "VERB" else noun_rows.get(main.lemma_.lower())
    out.update("mainlex:" + r.type for r in rows or ())
    if main.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in main.children):
        out.add("passive")
    return sorted(out)


@dataclass(frozen=True)
class Model:
    """Class names and, per feature, one weight per class (features not listed weigh nothing)."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict

    def probabilities(self, names: list[str]) -> dict[str, float]:
        scores = [0.0] * len(self.classes)
        for name in names:
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}

    def best(self, names: list[str]) -> tuple[str, float]:
        """The most probable event type (never NONE) and its probability."""
        probs = self.probabilities(names)
        kind = max((c for c in self.classes if c != NONE), key=probs.__getitem__)
        return kind, probs[kind]

    def weight(self, name: str, kind: str) -> float:
        row = self.weights.get(name)
        return row[self.classes.index(kind)] if row is not None else 0.0

    def to_dict(self) -> dict:
        return {"meta": self.meta, "classes": list(self.classes),
                "weights": {k: [round(w, 4) for w in v] for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        return cls(tuple(data["classes"]), {k: tuple(v) for k, v in data["weights"].items()}, data.get("meta", {}))


@lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model (package data ``eventwire/models/event_sentences.json``)."""
    text = resources.files("eventwire").joinpath("models", MODEL_FILE).read_text(encoding="utf-8")
    return Model.from_dict(json.loads(text))
