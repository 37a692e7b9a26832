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

    def log_likelihoods(self, name: str) -> list[float]:
        """log P(name | c) for every country, up to a constant shared by all, tempered: naive Bayes over
        overlapping n-grams counts the same evidence many times over, and its raw odds are far too sure."""
        vocab = len(self.counts)
        denom = [math.log(t + self.alpha * vocab) for t in self.totals]
        base = math.log(self.alpha)
        scores = [0.0] * len(self.countries)
        for f in features(name):
            row = self.counts.get(f)
            if row is None:
                continue  # a feature the model does not know says nothing
            for k in range(len(scores)):
                scores[k] += (math.log(row[k] + self.alpha) if k in row else base) - denom[k]
        return [s / self.temperature for s in scores]

    def likelihood_ratios(self, name: str, countries) -> dict[str, float]:
        """log(P(name | c) / P(name)) for each of ``countries`` the model knows: how much the name speaks
        for c over the prior mix of all countries."""
        scores = self.log_likelihoods(name)
        prior_total = sum(self.names)
        mixed = [s + math.log(n / prior_total) for s, n in zip(scores, self.names)]
        top = max(mixed)
        marginal = top + math.log(sum(math.exp(m - top) for m in mixed))
        index = {c: k for k, c in enumerate(self.countries)}
        return {c: scores[index[c]] - marginal for c in countries if c in index}

    def best(self, name: str) -> str:
        """The country with the highest posterior over all the model knows (for the training script)."""
        scores = self.log_likelihoods(name)
        return self.countries[max(range(len(scores)), key=lambda k: scores[k] + math.log(self.names[k]))]

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
def _ratios(name: str) -> tuple[tuple[str, float], ...]:
    model = load()
    return tuple(model.likelihood_ratios(name, model.countries).items())


def name_ratios(name: str, countries) -> dict[str, float]:
    """The shipped model's log likelihood ratios of ``name`` for ``countries`` (cached per name)."""
    ratios = dict(_ratios(name))
    return {c: ratios[c] for c in countries if c in ratios}
