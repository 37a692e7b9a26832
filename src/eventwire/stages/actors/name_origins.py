"""A person's country from the language of the name: a small learned model (character n-grams of the name's
words -> country), the weakest evidence the actors stage has.

The model is a multinomial naive Bayes over the features of ``features`` (each word whole, and its character
n-grams with word boundaries), trained by ``scripts/train_name_origins.py`` on the persons of the knowledge
base (``lexicons/knowledge_actors.tsv``, converted from PETRARCH2's Phoenix dictionaries, MIT) and of
``lexicons/people.tsv``; shipped as package data (``eventwire/models/name_origins.json``).

It is asked only about a few countries, those a story names (``likelihood_ratios``), and answers how much
more likely the name is under each of them than under all the countries the model knows, weighted by
their share of the training names: P(name | c) / P(name). A name of a language many countries share
(English, Spanish, Arabic) gets a low ratio for each; a name of one country's language a high one.
"""
from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import numpy as np

N_GRAMS = (2, 3, 4)  # character n-gram lengths of each word (with '<' and '>' marking its ends)


def _plain(word: str) -> str:
    """A word folded to plain lower-case letters: accents dropped ('José' -> 'jose'), apostrophes and
    hyphens kept as the word's own letters."""
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in text if ch.isalpha() or ch in "'-")


def features(name: str) -> list[str]:
    """The features of a person's name: each word whole ('w:tanaka') and its character n-grams, the
    last word (the family name in most languages the news writes) marked apart from the others."""
    tokens = [t for t in (_plain(w) for w in name.replace(".", " ").split()) if len(t) > 1]
    out: list[str] = []
    for k, tok in enumerate(tokens):
        part = "L" if k == len(tokens) - 1 and len(tokens) > 1 else "G"
        out.append(f"w:{tok}")
        out.append(f"{part}:{tok}")
        padded = f"<{tok}>"
        for n in N_GRAMS:
            out.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


@dataclass
class Model:
    """Per country its number of training names and its feature total; per feature its counts by country."""

    countries: tuple[str, ...]
    names: tuple[int, ...]  # training names per country (the prior)
    totals: tuple[int, ...]  # feature occurrences per country (kept features only)
    counts: dict[str, dict[int, int]]  # feature -> {country index: count}
    alpha: float
    temperature: float  # the summed log counts are divided by it: a name's n-grams are far from independent
    meta: dict

    def log_likelihoods(self, name: str) -> np.ndarray:
        """log P(name | c) for every country, up to a constant shared by all, tempered: naive Bayes over
        overlapping n-grams counts the same evidence many times over, and its raw odds are far too sure.
        A feature adds log((n + alpha) / (total_c + alpha V)) per country: the unseen share for all
        countries at once, then the difference for the few countries that saw it (sparse rows)."""
        unseen, deltas = self._tables()
        rows = [row for row in map(deltas.get, features(name)) if row is not None]  # unknown features say nothing
        if not rows:
            return np.zeros(len(self.countries))
        scores = np.bincount(np.concatenate([r[0] for r in rows]), weights=np.concatenate([r[1] for r in rows]),
                             minlength=len(self.countries))
        return (scores + len(rows) * unseen) / self.temperature

    def _tables(self):
        """Per country the log share of an unseen feature; per feature its countries' log gain over it."""
        if getattr(self, "_cached", None) is None:
            vocab = len(self.counts)
            base = math.log(self.alpha)
            unseen = base - np.log(np.asarray(self.totals, dtype=float) + self.alpha * vocab)
            deltas = {f: (np.fromiter(row.keys(), dtype=np.intp, count=len(row)),
                          np.log(np.fromiter(row.values(), dtype=float, count=len(row)) + self.alpha) - base)
                      for f, row in self.counts.items()}
            self._cached = (unseen, deltas)
        return self._cached

    def likelihood_ratios(self, name: str, countries) -> dict[str, float]:
        """log(P(name | c) / P(name)) for each of ``countries`` the model knows: how much the name speaks
        for c over the prior mix of all countries."""
        scores = self.log_likelihoods(name)
        mixed = scores + self._log_prior()
        top = float(mixed.max())
        marginal = top + math.log(float(np.exp(mixed - top).sum()))
        index = self._index()
        return {c: float(scores[index[c]]) - marginal for c in countries if c in index}

    def _log_prior(self) -> np.ndarray:
        if getattr(self, "_prior", None) is None:
            names = np.asarray(self.names, dtype=float)
            self._prior = np.log(names / names.sum())
        return self._prior

    def _index(self) -> dict[str, int]:
        if getattr(self, "_indices", None) is None:
            self._indices = {c: k for k, c in enumerate(self.countries)}
        return self._indices

    def best(self, name: str) -> str:
        """The country with the highest posterior over all the model knows (for the training script)."""
        return self.countries[int(np.argmax(self.log_likelihoods(name) + self._log_prior()))]

    def to_dict(self) -> dict:
        return {"meta": self.meta, "alpha": self.alpha, "temperature": self.temperature, "countries": list(self.countries),
                "names": list(self.names), "totals": list(self.totals),
                "counts": {f: " ".join(f"{k}:{n}" for k, n in sorted(row.items()))
                           for f, row in sorted(self.counts.items())}}

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        counts = {f: {int(k): int(n) for k, n in (p.split(":") for p in row.split())}
                  for f, row in data["counts"].items()}
        return cls(tuple(data["countries"]), tuple(data["names"]), tuple(data["totals"]), counts,
                   float(data["alpha"]), float(data["temperature"]), data.get("meta", {}))


@lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model (package data ``eventwire/models/name_origins.json``)."""
    return Model.from_dict(json.loads(files("eventwire").joinpath("models", "name_origins.json").read_text("utf-8")))


@lru_cache(maxsize=4096)
def _ratios(name: str) -> tuple[np.ndarray, float]:
    """A name's log likelihood per country and its log marginal (cached per name: a story names a person often)."""
    model = load()
    scores = model.log_likelihoods(name)
    mixed = scores + model._log_prior()
    top = float(mixed.max())
    return scores, top + math.log(float(np.exp(mixed - top).sum()))


def name_ratios(name: str, countries) -> dict[str, float]:
    """The shipped model's log likelihood ratios of ``name`` (``Model.likelihood_ratios``) for ``countries``."""
    scores, marginal = _ratios(name)
    index = load()._index()
    return {c: float(scores[index[c]]) - marginal for c in countries if c in index}
