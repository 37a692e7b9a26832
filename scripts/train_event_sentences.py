"""Train the event-sentence model: the PLOVER type of a sentence's central event, or NONE.

Reads src/eventwire/training/event_sentences.jsonl (sentences the project labelled by reading; see the README
beside it), with --with-gold also gold_event_sentences.jsonl (sentences read off the development gold by
scripts/gold_event_sentences.py, round 22; not in the shipped model: see the README), through ``eventwire.training.sentences.load``, which resolves each row's story offsets to its sentence in
``../shared`` (VOA stories, public domain; GUM's Wikinews news documents, CC BY 2.5), parses each with the pipeline's spaCy model, turns it into the features of
``eventwire.stages.eventcoding.sentence_model.features`` and fits a multinomial logistic regression (numpy,
full-batch Adam, L2, fixed seed: the same data gives the same model). Before the final fit it reports a
cross-validated precision and recall per type, folds cut by story so that no story is both trained and
tested on. Never trains on a held-back story: the loader leaves out every row of the stories named in
``eventwire.training.sentences.HELD_BACK`` (the E set and the report set), and ``main`` checks it again. Writes src/eventwire/models/event_sentences.json (package data).

Usage: python scripts/train_event_sentences.py [--data FILE] [--shared DIR] [--out FILE] [--limit N] [--folds K]
       [--with-gold] [--model NAME]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = None  # the loader's file event_sentences.jsonl (with --with-gold also gold_event_sentences.jsonl)
OUT = ROOT / "src" / "eventwire" / "models" / "event_sentences.json"
SEED = 15
MIN_COUNT = 2  # a feature seen in fewer sentences is dropped
L2 = 0.0003
EPOCHS = 300
RATE = 0.05


def read(path: Path, limit: int | None = None, shared: Path | None = None, gold: bool = False) -> list[dict]:
    """The training rows with their sentences read from ../shared (or ``shared``); with ``gold``, also the rows
    read off the development gold (gold_event_sentences.jsonl)."""
    from eventwire.training.sentences import load

    return load(path, shared, limit, gold=gold)


def featurize(rows: list[dict], model: str | None = None) -> list[list[str]]:
    from eventwire.stages.eventcoding.sentence_model import features
    from eventwire.stages.nlp import load_model

    nlp = load_model(model)
    return [features(doc[:]) for doc in nlp.pipe((r["text"] for r in rows), batch_size=64)]


def fit(feats: list[list[str]], labels: list[str], seed: int = SEED, epochs: int = EPOCHS,
        weights: list[float] | None = None):
    """(classes, vocabulary, weight matrix features x classes) of an L2-regularised softmax regression; each
    sentence counts with its weight (default 1)."""
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    classes = sorted(set(labels))
    X = np.zeros((len(feats), len(vocab)))
    for r, fs in enumerate(feats):
        for f in fs:
            if f in index:
                X[r, index[f]] = 1.0
    Y = np.zeros((len(labels), len(classes)))
    Y[np.arange(len(labels)), [classes.index(y) for y in labels]] = 1.0
    w = np.ones(len(labels)) if weights is None else np.asarray(weights, dtype=float)
    rng = np.random.default_rng(seed)
    W = rng.normal(0.0, 0.01, (len(vocab), len(classes)))
    m, v = np.zeros_like(W), np.zeros_like(W)
    for t in range(1, epochs + 1):
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        grad = X.T @ ((P - Y) * w[:, None]) / w.sum() + L2 * W
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        W -= RATE * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return classes, vocab, W


def predict(classes, vocab, W, feats: list[list[str]]) -> list[tuple[str, float, str, float]]:
    """Per sentence: (argmax class, its probability, best event type, its probability)."""
    index = {f: i for i, f in enumerate(vocab)}
    out = []
    for fs in feats:
        z = sum((W[index[f]] for f in fs if f in index), np.zeros(len(classes)))
        p = np.exp(z - z.max())
        p /= p.sum()
        top = int(p.argmax())
        events = [k for k, c in enumerate(classes) if c != "NONE"]
        best = max(events, key=lambda k: p[k])
        out.append((classes[top], float(p[top]), classes[best], float(p[best])))
    return out


def cross_validate(rows: list[dict], feats: list[list[str]], folds: int, threshold: float) -> dict:
    """Per-type precision/recall of "best event type with probability >= threshold" over story folds."""
    from eventwire.training.sentences import story_id

    stories = sorted({story_id(r["story"]) for r in rows})
    rng = np.random.default_rng(SEED)
    order = list(rng.permutation(len(stories)))
    fold_of = {stories[k]: n % folds for n, k in enumerate(order)}
    fold_of = {r["story"]: fold_of[story_id(r["story"])] for r in rows}
    guessed: list[tuple[str, str]] = []  # (gold, predicted or NONE)
    for k in range(folds):
        train = [i for i, r in enumerate(rows) if fold_of[r["story"]] != k]
        test = [i for i, r in enumerate(rows) if fold_of[r["story"]] == k]
        model = fit([feats[i] for i in train], [rows[i]["label"] for i in train],
                    weights=[rows[i].get("weight", 1.0) for i in train])
        for i, (_, _, kind, prob) in zip(test, predict(*model, [feats[i] for i in test])):
            guessed.append((rows[i]["label"], kind if prob >= threshold else "NONE"))
    per_type = {}
    for kind in sorted({g for g, _ in guessed} - {"NONE"}):
        tp = sum(1 for g, p in guessed if g == p == kind)
        pred = sum(1 for _, p in guessed if p == kind)
        gold = sum(1 for g, _ in guessed if g == kind)
        per_type[kind] = {"gold": gold, "predicted": pred, "precision": round(tp / pred, 3) if pred else None,
                          "recall": round(tp / gold, 3) if gold else None}
    tp = sum(1 for g, p in guessed if g == p != "NONE")
    pred = sum(1 for _, p in guessed if p != "NONE")
    gold = sum(1 for g, _ in guessed if g != "NONE")
    return {"folds": folds, "threshold": threshold, "per_type": per_type,
            "events": {"gold": gold, "predicted": pred, "precision": round(tp / pred, 3) if pred else None,
                       "recall": round(tp / gold, 3) if gold else None}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder (default: ../shared)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N sentences only (tests)")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="probability an event type needs (default: settings.LEARNED_EVENT_THRESHOLD)")
    ap.add_argument("--with-gold", action="store_true",
                    help="also train on gold_event_sentences.jsonl (round 22: through the pipeline, by story folds, "
                         "the model with them added more wrong events than the one without: training/README.md)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the pipeline's)")
    args = ap.parse_args(argv)
    from eventwire import settings
    from eventwire.stages.eventcoding.sentence_model import Model

    threshold = settings.LEARNED_EVENT_THRESHOLD if args.threshold is None else args.threshold
    from eventwire.training.sentences import held_back

    rows = read(args.data, args.limit, args.shared, args.with_gold)
    assert not any(held_back(r) for r in rows), "a held-back story's row reached the training rows"
    feats = featurize(rows, args.model)
    report = cross_validate(rows, feats, args.folds, threshold) if args.folds > 1 else None
    if report:
        for kind, fig in report["per_type"].items():
            print(f"{kind:10} gold={fig['gold']:4} predicted={fig['predicted']:4} "
                  f"P={fig['precision']} R={fig['recall']}", file=sys.stderr)
        print(f"{'events':10} {report['events']}", file=sys.stderr)
    classes, vocab, W = fit(feats, [r["label"] for r in rows], weights=[r.get("weight", 1.0) for r in rows])
    weights = {f: tuple(float(w) for w in W[i]) for i, f in enumerate(vocab) if np.abs(W[i]).max() >= 1e-3}
    meta = {"trained_on": len(rows), "labels": dict(sorted(Counter(r["label"] for r in rows).items())),
            "seed": SEED, "epochs": EPOCHS, "l2": L2, "min_count": MIN_COUNT, "cross_validation": report,
            "data": "eventwire/training/event_sentences.jsonl"
            + (" + gold_event_sentences.jsonl" if args.with_gold else ""),
            "stories": len({r["story"] for r in rows}), "held_back_left_out": "eventwire.training.sentences.HELD_BACK", "script": "scripts/train_event_sentences.py"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(Model(tuple(classes), weights, meta).to_dict(), separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features, {len(classes)} classes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
