"""Evaluation: gold articles (eventwire-gold/1), TimeML for times, PLOVER records for events, PETRARCH
validation files for the dictionary coder."""
from __future__ import annotations

import json
from typing import Any

from collections import Counter

from .gold import GoldArticle, breakdown, format_breakdown, format_errors, format_figures, read_records, score


def extract_for_gold(golds: list[GoldArticle], pipeline, text_only: bool = False) -> list[dict[str, Any]]:
    """Records for the gold texts, extracted the way ``eventwire extract`` reads a JSON Lines story with the
    gold's id, headline, publication day, outlet and address (the text is the gold's body alone); with
    ``text_only``, from the id, the text and the publication day alone (no headline, outlet or address), as
    stories often come and as the held-back stories are scored."""
    from ..ingest import IngestError, read_inputs
    from ..record import Article

    articles = []
    for gold in golds:
        meta = gold.data["article"]
        if "text_file" in meta:
            (item,) = list(read_inputs([str(gold.path.parent / meta["text_file"])], published=meta.get("published")))
            if isinstance(item, IngestError):
                raise ValueError(str(item))
            # the gold's own metadata, as a JSON Lines story carries it (and as the reference scorer pairs a
            # record with its gold: by id, with the headline kept as the title, out of the text): the headline
            # names the story's setting, the publisher tells that "told <outlet>" is no relay
            item.id = meta.get("id") or item.id
            if not text_only:
                item.title = item.title or meta.get("title")
                item.outlet = item.outlet or meta.get("outlet")
                item.url = item.url or meta.get("url")
            articles.append(item)
        else:
            articles.append(Article(text=gold.raw_text, title=None if text_only else meta.get("title"),
                                    published=meta.get("published")))
    records = []
    for outcome in pipeline.run(articles):
        if outcome.error:
            raise ValueError(outcome.error)
        records.append(outcome.record.to_dict())
    return records


def run_evaluation(gold_paths: list[str], pred: str | None, timeml: str | None, plover: str | None,
                   model: str | None, as_json: bool, petrarch: str | None = None,
                   dictionaries: str | None = None,
                   error_sections: tuple[str, ...] = (), text_only: bool = False,
                   by_type: bool = False) -> tuple[dict[str, Any], str]:
    """Figures for whatever was asked, and their text (a table, or JSON); with ``error_sections`` the gold
    scoring's misses, false items and wrong fields of those sections follow (under "errors" in JSON);
    ``text_only`` extracts the gold stories from their id, text and day alone (``extract_for_gold``); ``by_type``
    adds the gold scoring's events by type and actors by gold sector (``breakdown``)."""
    results: dict[str, Any] = {}
    texts: list[str] = []
    pipeline = None
    if gold_paths or timeml or plover or petrarch:
        if not pred or timeml or plover or petrarch:
            from ..pipeline import Pipeline

            pipeline = Pipeline(model)
    if gold_paths:
        golds = [GoldArticle(p) for p in gold_paths]
        records = read_records(pred) if pred else extract_for_gold(golds, pipeline, text_only)
        errors: list[dict[str, Any]] | None = [] if error_sections else None
        tally: Counter | None = Counter() if by_type else None
        gold_result = score(golds, records, errors, tally)
        results.update(gold_result)
        texts.append(format_figures(gold_result))
        if tally is not None:
            results["breakdown"] = breakdown(tally)
            texts.append(format_breakdown(results["breakdown"]))
        if errors is not None:
            results["errors"] = [e for e in errors if "all" in error_sections or e["section"] in error_sections]
            texts.append(format_errors(errors, error_sections))
    if timeml:
        from .timeml import evaluate_timeml, format_timeml

        results["timeml"] = evaluate_timeml(timeml, pipeline)
        texts.append(format_timeml(results["timeml"]))
    if plover:
        from .plover import evaluate_plover, format_plover

        results["plover"] = evaluate_plover(plover, pipeline)
        texts.append(format_plover(results["plover"]))
    if petrarch:
        from .petrarch import evaluate_petrarch, format_petrarch

        results["petrarch"] = evaluate_petrarch(petrarch, pipeline, dictionaries)
        texts.append(format_petrarch(results["petrarch"]))
    return results, json.dumps(results, indent=2) if as_json else "\n".join(texts)
