"""Score eventwire/1 records against eventwire-gold/1 hand annotations (docs/record-format.md).

The matching rules are those of the gold format and of the reference scorer that comes with it
(``../shared/tools/score.py``); ``tests/test_eval.py`` checks that both give the same figures.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..names import name_key

Record = dict[str, Any]
SECTIONS = ("quotes", "times", "places", "actors", "sources", "events")


# ---- comparing names and spans ------------------------------------------------------------------

def plain_text(text: str) -> str:
    return text.replace("\u00a0", " ")


def nth_word_occurrence(text: str, needle: str, n: int) -> int | None:
    pattern = re.compile(r"(?<!\w)" + re.escape(plain_text(needle)) + r"(?!\w)")
    for count, match in enumerate(pattern.finditer(text), 1):
        if count == n:
            return match.start()
    return None


def shared_chars(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def km_between(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float:
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return math.inf
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# ---- the gold side ------------------------------------------------------------------------------

class GoldArticle:
    """One eventwire-gold/1 file with its text."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        art = self.data["article"]
        raw = art["text"] if "text" in art else (self.path.parent / art["text_file"]).read_text(encoding="utf-8")
        self.raw_text = raw
        self.text = plain_text(raw)
        self.aliases = {a["name"]: {name_key(a["name"]), *(name_key(x) for x in a.get("aliases", []))}
                        for a in self.data.get("actors", [])}

    @property
    def id(self) -> str:
        return self.data["article"]["id"]

    def names_of(self, name: str) -> set[str]:
        return self.aliases.get(name, {name_key(name)})

    def anchor(self, item: dict[str, Any]) -> tuple[int, int]:
        start = nth_word_occurrence(self.text, item["text"], item.get("occurrence", 1))
        if start is None:
            raise ValueError(f"{self.path}: gold text {item['text']!r} occurrence {item.get('occurrence', 1)} "
                             "not found")
        return start, start + len(plain_text(item["text"]))

    def quote_anchor(self, quote: dict[str, Any]) -> tuple[int, int]:
        words = plain_text(quote["text"])
        start = self.text.find(words)
        if start < 0:
            raise ValueError(f"{self.path}: gold quote not in text: {quote['text'][:60]!r}")
        return start, start + len(words)


def by_required(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Required gold items claim predictions before optional ones (stable order otherwise)."""
    return sorted(items, key=lambda item: bool(item.get("optional")))


def required_count(items: list[dict[str, Any]]) -> int:
    return sum(1 for item in items if not item.get("optional"))


# ---- pairing records with gold ------------------------------------------------------------------

def find_record(gold: GoldArticle, records: list[Record]) -> Record | None:
    """The record for a gold article: the same id, else the same text, else a large part of it, else the title."""
    arts = [(r, r.get("article", {})) for r in records]
    for r, a in arts:
        if gold.data["article"].get("id") and a.get("id") == gold.data["article"]["id"]:
            return r
    body = gold.text.strip()
    for r, a in arts:
        if plain_text(a.get("text", "")).strip() == body:
            return r
    for r, a in arts:
        t = plain_text(a.get("text", "")).strip()
        if len(t) > 0.8 * len(body) and t in gold.text:
            return r
    title = gold.data["article"].get("title")
    return next((r for r, a in arts if title and a.get("title") == title), None)


def shift_into_gold(gold: GoldArticle, record: Record) -> Record:
    """When the record's text is a part of the gold text, move its spans to the gold's offsets."""
    text = plain_text(record.get("article", {}).get("text", ""))
    if not text or text == gold.text:
        return record
    shift = gold.text.find(text)
    if shift < 0:
        shift = gold.text.find(text.strip())
    if shift < 0:
        return record
    moved = json.loads(json.dumps(record))
    for section in ("quotes", "times", "places"):
        for item in moved.get(section, []):
            if item.get("start") is not None:
                item["start"] += shift
                item["end"] += shift
    return moved


# ---- counting per section -----------------------------------------------------------------------

@dataclass
class Names:
    """Predicted actor names by id, for comparing with gold names."""

    actors: dict[str, dict[str, Any]]

    def key(self, actor_id: str | None) -> str:
        actor = self.actors.get(actor_id) if actor_id else None
        return name_key(actor.get("name")) if actor else ""

    def any_named(self, ids: Iterable[str] | None, wanted: set[str]) -> bool:
        return any(self.key(i) in wanted for i in ids or [])


def _note(errors: list[dict[str, Any]] | None, gold: GoldArticle, section: str, kind: str, text: str,
          detail: str = "") -> None:
    """Keep one scoring error for ``eval --errors``: kind is missed, false or wrong (found, but a field differs)."""
    if errors is not None:
        errors.append({"article": gold.id, "section": section, "kind": kind, "text": " ".join(text.split())[:160],
                       "detail": detail})


def _actor_label(names: Names, ids: Iterable[str] | None) -> str:
    return " + ".join(names.actors.get(i, {}).get("name") or "?" for i in ids or []) or "-"


def count_quotes(gold: GoldArticle, record: Record, names: Names,
                 errors: list[dict[str, Any]] | None = None) -> dict[str, int]:
    golds = gold.data.get("quotes", [])
    preds = [p for p in record.get("quotes", []) if p.get("start") is not None and p.get("kind") != "indirect"]
    taken: set[int] = set()
    hits = right_speaker = 0
    for q in by_required(golds):
        g0, g1 = gold.quote_anchor(q)
        pick, most = None, 0
        for i, p in enumerate(preds):
            covered = shared_chars(g0, g1, p["start"], p["end"])
            if i not in taken and covered >= 0.5 * (g1 - g0) and covered > most:
                pick, most = i, covered
        if pick is None:
            if not q.get("optional"):
                _note(errors, gold, "quotes", "missed", q["text"], f"speaker {q['speaker']}")
            continue
        taken.add(pick)
        if q.get("optional"):
            continue
        hits += 1
        wanted = gold.names_of(q["speaker"])
        p = preds[pick]
        ok = names.key(p.get("speaker")) in wanted or name_key(p.get("speaker_text")) in wanted
        right_speaker += ok
        if not ok:
            _note(errors, gold, "quotes", "wrong", q["text"],
                  f"speaker {q['speaker']!r}, got {_actor_label(names, [p['speaker']] if p.get('speaker') else [])!r}")
    for i, p in enumerate(preds):
        if i not in taken:
            _note(errors, gold, "quotes", "false", gold.text[p["start"]:p["end"]])
    return {"gold": required_count(golds), "pred": len(preds) - (len(taken) - hits), "tp": hits, "ok": right_speaker}


def count_spans(gold: GoldArticle, record: Record, section: str,
                errors: list[dict[str, Any]] | None = None) -> dict[str, int]:
    """Times and places: detection by any overlap, then the value (times) or the location (places)."""
    golds = gold.data.get(section, [])
    preds = [p for p in record.get(section, []) if p.get("start") is not None]
    taken: set[int] = set()
    hits = right = 0
    for item in by_required(golds):
        g0, g1 = gold.anchor(item)
        options = [i for i, p in enumerate(preds) if i not in taken and shared_chars(g0, g1, p["start"], p["end"]) > 0]
        if not options:
            if not item.get("optional"):
                _note(errors, gold, section, "missed", item["text"], _span_detail(item))
            continue
        pick = max(options, key=lambda i: shared_chars(g0, g1, preds[i]["start"], preds[i]["end"]))
        taken.add(pick)
        if item.get("optional"):
            continue
        hits += 1
        ok = _time_right(item, preds[pick]) if section == "times" else _place_right(item, preds[pick])
        right += ok
        if not ok:
            _note(errors, gold, section, "wrong", item["text"],
                  f"gold {_span_detail(item)}; got {_span_detail(preds[pick])}")
    for i, p in enumerate(preds):
        if i not in taken:
            _note(errors, gold, section, "false", gold.text[p["start"]:p["end"]], _span_detail(p))
    return {"gold": required_count(golds), "pred": len(preds) - (len(taken) - hits), "tp": hits, "ok": right}


def _span_detail(item: dict[str, Any]) -> str:
    keys = ("value", "type") if "value" in item else ("geonameid", "country", "lat", "lon", "feature")
    return " ".join(f"{k}={item.get(k)}" for k in keys if item.get(k) is not None)


def _time_right(gold_item: dict[str, Any], pred: dict[str, Any]) -> bool:
    return pred.get("value") == gold_item["value"]


def _place_right(gold_item: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold_item.get("geonameid") is not None and pred.get("geonameid") == gold_item["geonameid"]:
        return True
    same_country = gold_item.get("country") is None or (pred.get("country") or "").upper() == gold_item["country"].upper()
    near = km_between(pred.get("lat"), pred.get("lon"), gold_item.get("lat"), gold_item.get("lon")) <= 161
    return same_country and near


def count_actors(gold: GoldArticle, record: Record, errors: list[dict[str, Any]] | None = None,
                 tally: Counter | None = None) -> dict[str, int]:
    golds = [a for a in gold.data.get("actors", []) if a.get("kind") != "country"]
    preds = record.get("actors", [])
    found = country_ok = sector_ok = 0
    for a in golds:
        wanted = gold.names_of(a["name"])
        hit = next((p for p in preds if name_key(p.get("name")) in wanted), None)
        if tally is not None:
            sector = a.get("sector") or "-"
            tally["actors", "gold", sector] += 1
            if hit is not None:
                tally["actors", "found", sector] += 1
                tally["actors", "right", sector] += (hit.get("sector") or None) == a.get("sector")
                tally["actors", "read_as", sector, hit.get("sector") or "-"] += 1
        if hit is None:
            _note(errors, gold, "actors", "missed", a["name"], f"country={a.get('country')} sector={a.get('sector')}")
            continue
        found += 1
        c_ok = (hit.get("country") or None) == a.get("country")
        s_ok = (hit.get("sector") or None) == a.get("sector")
        country_ok += c_ok
        sector_ok += s_ok
        if not (c_ok and s_ok):
            _note(errors, gold, "actors", "wrong", a["name"],
                  f"gold country={a.get('country')} sector={a.get('sector')}; "
                  f"got country={hit.get('country')} sector={hit.get('sector')}")
    return {"gold": len(golds), "tp": found, "country_ok": country_ok, "sector_ok": sector_ok}


def count_sources(gold: GoldArticle, record: Record, names: Names) -> dict[str, int]:
    chain: set[str] = set()
    for q in record.get("quotes", []):
        chain.update(q.get("via") or [])
    for e in record.get("events", []):
        chain.update(e.get("according_to") or [])
    predicted = {names.key(i) for i in chain if names.actors.get(i, {}).get("kind") == "media"} - {""}
    required, optional = gold.data.get("sources", []), gold.data.get("sources_optional", [])
    hits = sum(1 for s in required if gold.names_of(s) & predicted)
    optional_hit = {p for p in predicted for s in optional if p in gold.names_of(s)}
    required_hit = {p for p in predicted for s in required if p in gold.names_of(s)}
    return {"gold": len(required), "pred": len(predicted - (optional_hit - required_hit)), "tp": hits}


def count_events(gold: GoldArticle, record: Record, names: Names,
                 errors: list[dict[str, Any]] | None = None, tally: Counter | None = None) -> dict[str, int]:
    golds = gold.data.get("events", [])
    preds = record.get("events", [])
    taken: set[int] = set()
    required_picks: set[int] = set()
    hits = status_ok = chain_ok = 0
    for e in by_required(golds):
        if tally is not None and not e.get("optional"):
            tally["events", "gold", e["type"]] += 1
        targets = ([e["target"]] if e.get("target") else []) + e.get("also_accept_target", [])
        target_names = set().union(*(gold.names_of(n) for n in targets)) if targets else set()
        source_names = gold.names_of(e["source"])
        chain_wanted = [gold.names_of(n) for n in e.get("according_to", [])]

        def chain_is_right(p: dict[str, Any]) -> bool:
            got = {names.key(i) for i in p.get("according_to") or []}
            return all(w & got for w in chain_wanted) and len(got) == len(chain_wanted)

        def fits(p: dict[str, Any]) -> bool:
            forward = names.any_named(p.get("source"), source_names) and (
                not targets or names.any_named(p.get("target"), target_names))
            backward = bool(e.get("symmetric")) and names.any_named(p.get("target"), source_names) and \
                names.any_named(p.get("source"), target_names)
            return forward or backward

        types = [e["type"], *e.get("also_accept_type", [])]
        options = [i for i, p in enumerate(preds) if i not in taken and p.get("type") in types and fits(p)]
        if not options:
            if not e.get("optional"):
                _note(errors, gold, "events", "missed", e.get("evidence") or e.get("id") or "",
                      f"{e['type']} {e['source']} -> {e.get('target') or '-'} ({e.get('status')})")
            continue
        pick = max(options, key=lambda i: (preds[i].get("status") == e.get("status"), chain_is_right(preds[i]), -i))
        taken.add(pick)
        if not e.get("optional"):
            required_picks.add(pick)
        if e.get("optional"):
            continue
        hits += 1
        if tally is not None:
            tally["events", "found", e["type"]] += 1
            tally["events", "right", preds[pick].get("type") or "-"] += 1
        status_ok += preds[pick].get("status") == e.get("status")
        chain_ok += chain_is_right(preds[pick])
        if preds[pick].get("status") != e.get("status") or not chain_is_right(preds[pick]):
            _note(errors, gold, "events", "wrong", _event_text(gold, preds[pick]),
                  f"gold status={e.get('status')} according_to={e.get('according_to', [])}; got status="
                  f"{preds[pick].get('status')} according_to={_actor_label(names, preds[pick].get('according_to'))}")
    if tally is not None:  # a prediction taken by an optional gold event is neither right nor wrong
        for i, p in enumerate(preds):
            tally["events", "predicted", p.get("type") or "-"] += i not in taken or i in required_picks
    for i, p in enumerate(preds):
        if i not in taken:
            _note(errors, gold, "events", "false", _event_text(gold, p),
                  f"{p.get('type')} {_actor_label(names, p.get('source'))} -> {_actor_label(names, p.get('target'))}"
                  f" ({p.get('status')}, rule {p.get('rule')})")
    return {"gold": required_count(golds), "pred": len(preds) - (len(taken) - hits), "tp": hits,
            "status_ok": status_ok, "chain_ok": chain_ok}


def _event_text(gold: GoldArticle, event: dict[str, Any]) -> str:
    trigger = event.get("trigger") or {}
    start, end = trigger.get("start"), trigger.get("end")
    return gold.text[start:end] if isinstance(start, int) and isinstance(end, int) else str(event.get("cameo") or "")


def count_article(gold: GoldArticle, record: Record, errors: list[dict[str, Any]] | None = None,
                  tally: Counter | None = None) -> dict[str, dict[str, int]]:
    """Counts per section; with ``errors`` (a list) every miss, false item and wrong field is added to it; with
    ``tally`` (a Counter) the counts of events by type and of actors by gold sector (``breakdown``)."""
    record = shift_into_gold(gold, record)
    names = Names({a["id"]: a for a in record.get("actors", [])})
    return {
        "quotes": count_quotes(gold, record, names, errors),
        "times": count_spans(gold, record, "times", errors),
        "places": count_spans(gold, record, "places", errors),
        "actors": count_actors(gold, record, errors, tally),
        "sources": count_sources(gold, record, names),
        "events": count_events(gold, record, names, errors, tally),
    }


# ---- figures ------------------------------------------------------------------------------------

def share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def p_r_f(tp: int, predicted: int, wanted: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / wanted if wanted else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def figures(c: dict[str, dict[str, int]]) -> dict[str, dict[str, Any]]:
    q, t, pl, a, s, e = (c[k] for k in SECTIONS)
    out: dict[str, dict[str, Any]] = {
        "quotes": {"recall": share(q["tp"], q["gold"]), "precision": share(q["tp"], q["pred"]),
                   "speaker_accuracy": share(q["ok"], q["tp"]), "attributed_f1": p_r_f(q["ok"], q["pred"], q["gold"])[2]},
        "times": {"recall": share(t["tp"], t["gold"]), "precision": share(t["tp"], t["pred"]),
                  "value_accuracy": share(t["ok"], t["gold"])},
        "places": {"recall": share(pl["tp"], pl["gold"]), "precision": share(pl["tp"], pl["pred"]),
                   "acc_at_161km": share(pl["ok"], pl["gold"])},
        "actors": {"recall": share(a["tp"], a["gold"]), "country_accuracy": share(a["country_ok"], a["tp"]),
                   "sector_accuracy": share(a["sector_ok"], a["tp"])},
    }
    sp, sr, sf = p_r_f(s["tp"], s["pred"], s["gold"])
    out["sources"] = {"precision": sp, "recall": sr, "f1": sf}
    ep, er, ef = p_r_f(e["tp"], e["pred"], e["gold"])
    out["events"] = {"precision": ep, "recall": er, "f1": ef, "status_accuracy": share(e["status_ok"], e["tp"]),
                     "according_to_accuracy": share(e["chain_ok"], e["tp"])}
    return {section: {"gold": c[section]["gold"], **out[section]} for section in SECTIONS}


def add_counts(per_article: Iterable[dict[str, dict[str, int]]]) -> dict[str, dict[str, int]]:
    total: dict[str, dict[str, int]] = {}
    for counts in per_article:
        for section, values in counts.items():
            into = total.setdefault(section, {})
            for k, v in values.items():
                into[k] = into.get(k, 0) + v
    return total


def score(golds: list[GoldArticle], records: list[Record], errors: list[dict[str, Any]] | None = None,
          tally: Counter | None = None) -> dict[str, Any]:
    """Figures per article and over all articles (micro-averaged), like the reference scorer's --json."""
    per: dict[str, dict[str, dict[str, int]] | None] = {}
    for gold in golds:
        record = find_record(gold, records)
        per[gold.id] = count_article(gold, record, errors, tally) if record else None
    found = {k: v for k, v in per.items() if v}
    return {"articles": len(per), "missing": [k for k, v in per.items() if v is None],
            "per_article": {k: figures(v) for k, v in found.items()},
            "overall": figures(add_counts(found.values())) if found else None}


def breakdown(tally: Counter) -> dict[str, dict[str, dict[str, Any]]]:
    """Events by PLOVER type (recall over the gold events of the type, precision over the predictions of the type)
    and actors by gold sector (found, and the sector read right, with what the wrong ones were read as): where the
    figures above are lost. Predictions matched to optional gold events are left out, as in the figures."""
    events: dict[str, dict[str, Any]] = {}
    for kind in sorted({k[2] for k in tally if k[0] == "events"}):
        gold, found = tally["events", "gold", kind], tally["events", "found", kind]
        predicted, right = tally["events", "predicted", kind], tally["events", "right", kind]
        if not gold and not predicted:
            continue
        events[kind] = {"gold": gold, "found": found, "recall": share(found, gold),
                        "predicted": predicted, "right": right, "precision": share(right, predicted)}
    actors: dict[str, dict[str, Any]] = {}
    for sector in sorted({k[2] for k in tally if k[0] == "actors" and k[1] == "gold"}):
        gold, found, right = (tally["actors", x, sector] for x in ("gold", "found", "right"))
        wrong = Counter({k[3]: n for k, n in tally.items() if k[:3] == ("actors", "read_as", sector) and k[3] != sector})
        actors[sector] = {"gold": gold, "found": found, "recall": share(found, gold), "sector_right": right,
                          "sector_accuracy": share(right, found), "read_as": dict(wrong.most_common())}
    return {"events_by_type": events, "actors_by_sector": actors}


def format_breakdown(parts: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = ["events by type     gold  found  recall  predicted  right  precision"]
    for kind, f in sorted(parts["events_by_type"].items(), key=lambda kv: (-kv[1]["gold"], -kv[1]["predicted"], kv[0])):
        lines.append(f"  {kind:14s} {f['gold']:6d} {f['found']:6d}  {f['recall']:.3f}  {f['predicted']:9d} {f['right']:6d}"
                     f"  {f['precision']:.3f}")
    lines.append("actors by gold sector  gold  found  recall  sector right  accuracy  wrong ones read as")
    for sector, f in sorted(parts["actors_by_sector"].items(), key=lambda kv: (-kv[1]["gold"], kv[0])):
        read_as = ", ".join(f"{k} {n}" for k, n in f["read_as"].items())
        lines.append(f"  {sector:18s} {f['gold']:6d} {f['found']:6d}  {f['recall']:.3f}  {f['sector_right']:12d}"
                     f"  {f['sector_accuracy']:.3f}    {read_as}".rstrip())
    return "\n".join(lines)


def format_figures(result: dict[str, Any]) -> str:
    lines = []
    for section, figs in (result.get("overall") or {}).items():
        lines.append(f"{section:8s} " + "  ".join(f"{k}={v}" if k == "gold" else f"{k}={v:.3f}" for k, v in figs.items()))
    if result.get("missing"):
        lines.append("missing records: " + ", ".join(result["missing"]))
    return "\n".join(lines)


def format_errors(errors: list[dict[str, Any]], sections: Iterable[str]) -> str:
    """One line per scoring error of the chosen sections (``all`` for every section)."""
    wanted = set(sections)
    keep = [e for e in errors if "all" in wanted or e["section"] in wanted]
    lines = [f"{e['article']}  {e['section']:7s} {e['kind']:6s} {e['text']!r}  {e['detail']}".rstrip() for e in keep]
    return "\n".join(lines) if lines else "no errors in " + ", ".join(sorted(wanted))


def read_records(path: str | Path) -> list[Record]:
    """Records from a file of one record, a JSON array of them, or JSON Lines."""
    raw = Path(path).read_text(encoding="utf-8").strip()
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if isinstance(data, dict):
        data = data["records"] if "records" in data else [data]
    return list(data)
