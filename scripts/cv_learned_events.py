"""Story-fold cross-validation of the learned event-sentence model through the whole pipeline (round 22).

The development stories with event gold (S, A, C, D, G; B's events are read by aggregate only and are not
used; held-back stories never) are cut into K folds by story. For each fold a model is trained on every
training row (``eventwire.training.sentences.load``: hand-labelled rows and rows read off the gold) except the
rows of the fold's stories, the pipeline runs with ``LEARNED_EVENTS`` on and that model over the fold's
stories (id, text and day only, as ``eventwire eval --text-only``), and the records of all folds are scored
together against their gold. The rules alone run over the same stories. Per setting (threshold, only
uncoded sentences) it prints events P/R/F1 and, per type, how many learned events the scorer matched
(removing a type's learned events from the records and scoring again: the events that type added and the
true ones among them).

Usage: python scripts/cv_learned_events.py [--folds 5] [--data hand|all] [--thresholds 0.4,0.5,0.6]
       [--json OUT]
"""
from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _train_module():
    spec = importlib.util.spec_from_file_location("train_event_sentences", ROOT / "scripts" / "train_event_sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_golds() -> list[Path]:
    from eventwire.training.sentences import HELD_BACK

    spec = importlib.util.spec_from_file_location("gold_event_sentences", ROOT / "scripts" / "gold_event_sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = [p for _, p in module.gold_files(SHARED)]
    return [p for p in paths if p.name.split(".")[0] not in HELD_BACK]


def model_of(train, rows, feats, idx):
    from eventwire.stages.eventcoding.sentence_model import Model

    classes, vocab, W = train.fit([feats[i] for i in idx], [rows[i]["label"] for i in idx],
                                  weights=[rows[i].get("weight", 1.0) for i in idx])
    weights = {f: tuple(float(w) for w in W[i]) for i, f in enumerate(vocab) if np.abs(W[i]).max() >= 1e-3}
    return Model(tuple(classes), weights, {})


def events_fig(result) -> dict:
    ev = result["overall"]["events"]
    return {k: ev[k] for k in ("gold", "precision", "recall", "f1")} | {k: ev[k] for k in ev if k in ("tp", "predicted")}


def without(records: list, keep) -> list:
    out = []
    for rec in records:
        rec = copy.copy(rec)
        rec["events"] = [e for e in rec["events"] if keep(e)]
        out.append(rec)
    return out


def learned_rule(ev) -> str | None:
    rule = ev.get("rule") or ""
    return rule.split(":", 1)[1] if rule.startswith("learned:") else None


def item(rec: dict, ev: dict) -> dict:
    """A learned event as a reader reads it: its type, participants' names, trigger and sentence."""
    names = {a["id"]: a.get("name") for a in rec.get("actors", [])}
    text = rec["article"].get("text", "")
    sent = ev.get("sentence") or {}
    return {"article": rec["article"].get("id"), "type": ev["type"],
            "source": [names.get(x, x) for x in ev.get("source") or []],
            "target": [names.get(x, x) for x in ev.get("target") or []],
            "trigger": (ev.get("trigger") or {}).get("text"), "sentence": text[sent.get("start", 0):sent.get("end", 0)]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--data", choices=("hand", "all"), default="all",
                    help="hand: the hand-labelled rows only; all: with the rows read off the gold")
    ap.add_argument("--thresholds", default="0.4,0.5,0.6,0.7")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--uncoded", default="only,also", help="only: sentences no rule coded; also: the others too")
    ap.add_argument("--no-rules", action="store_true", help="do not run the rules alone again")
    ap.add_argument("--cache", type=Path, default=None, help="a JSON file of sentence features kept between runs")
    args = ap.parse_args(argv)
    from eventwire import settings
    from eventwire.evaluate import extract_for_gold
    from eventwire.evaluate.gold import GoldArticle, score
    from eventwire.pipeline import Pipeline
    from eventwire.stages.eventcoding import learned
    from eventwire.training.sentences import held_back, load, story_id

    train = _train_module()
    rows = load(gold=args.data == "all")
    assert not any(held_back(r) for r in rows)
    print(f"{len(rows)} training rows", file=sys.stderr)
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    todo = [r for r in rows if r["text"] not in cache]
    cache.update(zip((r["text"] for r in todo), train.featurize(todo) if todo else []))
    if args.cache:
        args.cache.write_text(json.dumps(cache), encoding="utf-8")
    feats = [cache[r["text"]] for r in rows]
    golds = [GoldArticle(p) for p in dev_golds()]
    ids = sorted(g.id for g in golds)
    order = np.random.default_rng(train.SEED).permutation(len(ids))
    fold_of = {ids[k]: n % args.folds for n, k in enumerate(order)}
    pipeline = Pipeline()
    models = []
    for k in range(args.folds):
        idx = [i for i, r in enumerate(rows) if fold_of.get(story_id(r["story"])) != k]
        models.append(model_of(train, rows, feats, idx))
    by_fold = [[g for g in golds if fold_of[g.id] == k] for k in range(args.folds)]

    def run(on: bool, threshold: float = 0.5, only_uncoded: bool = True) -> list:
        settings.LEARNED_EVENTS, settings.LEARNED_EVENT_THRESHOLD = on, threshold
        settings.LEARNED_ONLY_UNCODED = only_uncoded
        records = []
        own = learned.load
        try:
            for k in range(args.folds):
                learned.load = lambda m=models[k]: m
                records += extract_for_gold(by_fold[k], pipeline, True)
        finally:
            learned.load = own
            settings.LEARNED_EVENTS = False
        return records

    out = {"data": args.data, "rows": len(rows), "stories": len(golds), "folds": args.folds, "settings": []}
    if not args.no_rules:
        out["rules"] = events_fig(score(golds, run(False)))
        print(f"rules alone: {out['rules']}", flush=True)
    for only in (x == "only" for x in args.uncoded.split(",")):
        for t in (float(x) for x in args.thresholds.split(",")):
            recs = run(True, t, only)
            fig = events_fig(score(golds, recs))
            kinds = sorted({learned_rule(e) for r in recs for e in r["events"]} - {None})
            per_type = {}
            for kind in kinds:
                less = events_fig(score(golds, without(recs, lambda e, k=kind: learned_rule(e) != k)))
                added = sum(1 for r in recs for e in r["events"] if learned_rule(e) == kind)
                per_type[kind] = {"added": added, "true": round((fig["recall"] - less["recall"]) * fig["gold"])}
            row = {"threshold": t, "only_uncoded": only, "events": fig, "learned": per_type}
            print(json.dumps(row), flush=True)
            row["items"] = [item(r, e) for r in recs for e in r["events"] if learned_rule(e)]
            out["settings"].append(row)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
