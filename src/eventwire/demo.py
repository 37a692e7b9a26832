"""``eventwire demo``: the project's own example articles into a demo database, then a summary."""
from __future__ import annotations

from pathlib import Path

from .jobs import Summary, outcomes
from .store import Filters, connect, counts, run_query, save_record


def examples_dir() -> Path | None:
    """The examples/ folder of the checkout this package runs from."""
    here = Path(__file__).resolve()
    for parent in here.parents[:4]:
        candidate = parent / "examples"
        if candidate.is_dir() and any(candidate.glob("*.jsonl")):
            return candidate
    return None


def run_demo(folder: Path, db: str, pipeline) -> str:
    conn = connect(db)
    summary = Summary()
    for outcome in outcomes([str(folder)], pipeline, summary):
        save_record(conn, outcome.record.to_dict(), outcome.article.source)
    total = counts(conn)
    lines = [f"eventwire demo: {summary.articles} example article(s) from {folder} into {db}",
             "stored: " + ", ".join(f"{n} {t}" for t, n in total.items())]
    lines += ["", "top actors:"] + [
        f"  {r['name']} ({r['kind']}, {r['country'] or '-'}): {r['mentions']} mention(s)"
        for r in run_query(conn, "actors", Filters(limit=8))]
    lines += ["", "events:"] + [
        f"  {r['day'] or '?'}  {r['type']:<9} {r['source'] or '?'} -> {r['target'] or '?'}  [{r['status']}]"
        + (f" according to {r['according_to']}" if r["according_to"] else "") + f"  «{r['trigger']}»"
        for r in run_query(conn, "events", Filters(limit=20))]
    lines += ["", "quotes:"] + [
        f"  {r['speaker'] or '(unknown)'}: “{r['text'][:70]}{'…' if len(r['text']) > 70 else ''}”"
        for r in run_query(conn, "quotes", Filters(limit=8, type="direct"))]
    if summary.failures:
        lines += ["", "failures:"] + [f"  {f}" for f in summary.failures]
    lines += ["", f"Explore it: eventwire query events --db {db}"]
    conn.close()
    return "\n".join(lines)
