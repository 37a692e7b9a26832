"""Train the name-origin model: a person's country from the character n-grams of the name
(``eventwire.stages.actors.name_origins``; multinomial naive Bayes, pure Python).

Data: the persons of ``src/eventwire/lexicons/knowledge_actors.tsv`` (converted by
scripts/convert_phoenix_actors.py from PETRARCH2's Phoenix actor dictionaries, openeventdata/petrarch2
commit 676801cd; MIT licence, Copyright (c) 2014 Open Event Data Alliance) and of
``src/eventwire/lexicons/people.tsv`` (written by hand from public knowledge for this project).
A person of the converted base is a row with a country and a dated role (the base's bodies, parties and
armed groups carry undated codes; ``knowledge.dated_names`` reads the same mark), less the few rows whose
name holds a body's word ('Council', 'Party', 'Brigade': ``body_head_words.txt``, ``body_group_nouns.txt``)
or is a country's name. Each distinct name once, with its first country.

Before the final fit it reports held-out accuracy on a seeded split (every HOLDOUT-th name of a shuffled
order): top-1 over all countries, and, closer to the use in the actors stage, pairwise accuracy between the
name's own country and one other country drawn at random. It compares a few feature settings (minimum
count, smoothing) and keeps the smallest model within 0.01 of the best top-1. Writes src/eventwire/models/name_origins.json (package data).

Usage: python scripts/train_name_origins.py [--out FILE] [--limit N] [--no-eval] [--settings M,A,C ...]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "src" / "eventwire" / "models" / "name_origins.json"
SEED = 14
HOLDOUT = 5  # one name in five held out for the report
MIN_COUNT = 5  # a feature seen fewer times over all names is pruned
ALPHA = 0.1  # additive smoothing of the feature counts
MIN_CELL = 2  # a feature's count in one country below this is pruned (read as unseen there)
SETTINGS = [(3, 0.1, 1), (5, 0.1, 1), (8, 0.1, 1), (5, 0.1, 2), (5, 0.3, 1)]  # (min count, alpha, min cell) compared on the held-out names
TEMPERATURES = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32)
SOURCE = ("persons of lexicons/knowledge_actors.tsv (PETRARCH2 Phoenix dictionaries, openeventdata/petrarch2 "
          "676801cd, MIT, (c) 2014 Open Event Data Alliance) and of lexicons/people.tsv (hand-written)")

_DATED = re.compile(r":\d{4}-\d\d-\d\d")


def persons() -> list[tuple[str, str]]:
    """(name, country) of every person of the two bases, each name once, in file order."""
    from eventwire.lexicon import table, words
    from eventwire.stages.actors.knowledge import _rows
    from eventwire.stages.actors.words import actor_words

    body = set(words("body_head_words.txt")) | set(words("body_group_nouns.txt"))
    w = actor_words()
    out: dict[str, str] = {}

    def add(name: str, country: str) -> None:
        name = re.sub(r'"[^"]*"', " ", name).strip()
        if not name or not country or w.country_of(name) or any(t.lower().strip(",.") in body for t in name.split()):
            return
        out.setdefault(name, country)

    for cells in _rows("knowledge_actors.tsv"):
        if len(cells) >= 4 and _DATED.search(cells[3]):
            add(cells[0], cells[2])
    for row in table("people.tsv"):
        add(row.get("name", ""), row.get("country", ""))
    return list(out.items())


def fit(rows: list[tuple[str, str]], min_count: int = MIN_COUNT, alpha: float = ALPHA, min_cell: int = 1):
    from eventwire.stages.actors.name_origins import Model, features

    feats = [features(name) for name, _ in rows]
    seen = Counter(f for fs in feats for f in fs)
    countries = tuple(sorted({c for _, c in rows}))
    index = {c: k for k, c in enumerate(countries)}
    names = [0] * len(countries)
    totals = [0] * len(countries)
    counts: dict[str, dict[int, int]] = {}
    for (_, country), fs in zip(rows, feats):
        k = index[country]
        names[k] += 1
        for f in fs:
            if seen[f] >= min_count:
                row = counts.setdefault(f, {})
                row[k] = row.get(k, 0) + 1
    for f, row in list(counts.items()):  # a feature met once in a country says little of it: pruned
        for k, n in list(row.items()):
            if n < min_cell:
                del row[k]
        if not row:
            del counts[f]
    for row in counts.values():
        for k, n in row.items():
            totals[k] += n
    return Model(countries, tuple(names), tuple(totals), counts, alpha, 1.0, {})


def temperature(model, held: list[tuple[str, str]]) -> float:
    """The temperature (of ``TEMPERATURES``) under which the held-out names' own countries are most probable
    (mean log posterior): the one that makes the model's odds honest."""
    import numpy as np

    index = {c: k for k, c in enumerate(model.countries)}
    held = [(name, index[c]) for name, c in held if c in index]
    raw = np.array([model.log_likelihoods(name) for name, _ in held])  # (a fitted model's temperature is 1)
    own = np.array([k for _, k in held])
    prior = np.log(np.asarray(model.names, dtype=float) / sum(model.names))

    def loss(t: float) -> float:
        mixed = raw / t + prior
        top = mixed.max(axis=1)
        marginal = top + np.log(np.exp(mixed - top[:, None]).sum(axis=1))
        return float((marginal - mixed[np.arange(len(own)), own]).mean())

    return min(TEMPERATURES, key=loss)


def evaluate(rows: list[tuple[str, str]], min_count: int, alpha: float, min_cell: int = 1) -> dict:
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    test = {i for n, i in enumerate(order) if n % HOLDOUT == 0}
    model = fit([r for i, r in enumerate(rows) if i not in test], min_count, alpha, min_cell)
    known = set(model.countries)
    right = pair_right = pairs = 0
    held = [rows[i] for i in sorted(test)]
    model.temperature = temperature(model, held)
    for name, country in held:
        right += model.best(name) == country
        if country in known:
            other = rng.choice([c for c in model.countries if c != country])
            ratios = model.likelihood_ratios(name, (country, other))
            pairs += 1
            pair_right += ratios[country] > ratios[other]
    return {"min_count": min_count, "alpha": alpha, "min_cell": min_cell, "temperature": model.temperature, "held_out": len(test), "features": len(model.counts),
            "top1": round(right / len(test), 3), "pairwise": round(pair_right / pairs, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N names only (tests)")
    ap.add_argument("--no-eval", action="store_true", help="skip the held-out comparison; fit the defaults")
    ap.add_argument("--settings", nargs="+", default=None, metavar="MIN_COUNT,ALPHA,MIN_CELL",
                    help="compare only these settings (default: SETTINGS)")
    args = ap.parse_args(argv)
    rows = persons()[:args.limit] if args.limit else persons()
    settings_ = [(int(m), float(a), int(c)) for m, a, c in (x.split(",") for x in args.settings)] \
        if args.settings else SETTINGS
    reports = [] if args.no_eval else [evaluate(rows, *setting) for setting in settings_]
    for r in reports:
        print(r, file=sys.stderr)
    best = max((r["top1"] for r in reports), default=0.0)  # the smallest model within 0.01 of the best top-1
    chosen = max((r for r in reports if r["top1"] >= best - 0.01), key=lambda r: (r["min_cell"], r["min_count"], r["top1"])) \
        if reports else {"min_count": MIN_COUNT, "alpha": ALPHA, "min_cell": MIN_CELL}
    model = fit(rows, chosen["min_count"], chosen["alpha"], chosen["min_cell"])
    model.temperature = chosen.get("temperature", 1.0)
    from eventwire import settings
    model.meta = {"trained_on": len(rows), "countries": len(model.countries), "seed": SEED,
                  "min_count": chosen["min_count"], "alpha": chosen["alpha"], "min_cell": chosen["min_cell"], "temperature": model.temperature, "held_out": reports,
                  "threshold": settings.NAME_ORIGIN_THRESHOLD, "margin": settings.NAME_ORIGIN_MARGIN,
                  "data": SOURCE, "licence": "MIT (Phoenix dictionaries, Open Event Data Alliance)",
                  "script": "scripts/train_name_origins.py"}
    import json
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":"), ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(model.counts)} features, {len(model.countries)} countries, "
          f"{args.out.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
