"""Flat tables from eventwire/1 records: Parquet for batch output, ``load`` into SQLite, ``export`` out of it.

The seven tables (articles, actors, quotes, times, places, events, event_actors) have the columns of the
SQLite store (see store/migrations), with lists kept as lists (Parquet, JSON Lines) or written as JSON
text (CSV). Each table is a directory of files, so DuckDB and Spark read it with one glob:
``select count(*) from 'DIR/events/*.parquet'``.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from . import settings
from .ingest.dates import published_day

Row = dict[str, Any]
STR, INT, FLOAT = pa.string(), pa.int64(), pa.float64()
STR_LIST = pa.list_(pa.string())
MENTIONS = pa.list_(pa.struct([("start", INT), ("end", INT), ("text", STR)]))


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema(list(fields))


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(("id", STR), ("title", STR), ("url", STR), ("outlet", STR), ("authors", STR_LIST),
                        ("published", STR), ("day", STR), ("language", STR), ("source", STR), ("words", INT),
                        ("text", STR)),
    "actors": _schema(("article_id", STR), ("id", STR), ("name", STR), ("kind", STR), ("country", STR),
                      ("sector", STR), ("code", STR), ("role", STR), ("mentions", MENTIONS), ("n_mentions", INT)),
    "quotes": _schema(("article_id", STR), ("id", STR), ("text", STR), ("start", INT), ("end", INT), ("kind", STR),
                      ("speaker", STR), ("speaker_text", STR), ("cue", STR), ("via", STR_LIST), ("speaker_start", INT),
                      ("speaker_end", INT), ("cue_start", INT), ("cue_end", INT)),
    "times": _schema(("article_id", STR), ("id", STR), ("text", STR), ("start", INT), ("end", INT), ("value", STR),
                     ("mod", STR), ("first_day", STR), ("last_day", STR), ("anchor", STR), ("type", STR)),
    "places": _schema(("article_id", STR), ("id", STR), ("text", STR), ("start", INT), ("end", INT), ("name", STR),
                      ("geonameid", INT), ("country", STR), ("lat", FLOAT), ("lon", FLOAT), ("feature", STR)),
    "events": _schema(("article_id", STR), ("id", STR), ("type", STR), ("mode", STR), ("cameo", STR),
                      ("source", STR_LIST), ("target", STR_LIST), ("time", STR), ("place", STR), ("status", STR),
                      ("according_to", STR_LIST), ("sentence_start", INT), ("sentence_end", INT),
                      ("trigger_text", STR), ("trigger_start", INT), ("trigger_end", INT), ("rule", STR),
                      ("confidence", FLOAT), ("day", STR), ("incident", INT)),
    "event_actors": _schema(("article_id", STR), ("event_id", STR), ("role", STR), ("actor_id", STR)),
}
TABLES = tuple(SCHEMAS)
# tables only the store has (incidents group events across articles), written by ``export``
STORE_SCHEMAS: dict[str, pa.Schema] = {
    "incidents": _schema(("id", INT), ("type", STR), ("label", STR), ("first_day", STR), ("last_day", STR),
                         ("spread_days", INT), ("place", STR), ("place_country", STR), ("lat", FLOAT),
                         ("lon", FLOAT), ("earliest_report", STR), ("reports", INT), ("articles", INT)),
}


def schema_of(table: str) -> pa.Schema:
    return SCHEMAS.get(table) or STORE_SCHEMAS[table]
FORMATS = ("parquet", "csv", "jsonl")
SUFFIX = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}


# ---- records -> rows ---------------------------------------------------------------------------

def _day(value: str | None) -> str | None:
    day = published_day(value)
    return day.isoformat() if day else None


def article_row(record: dict[str, Any], source: str | None) -> Row:
    art = record["article"]
    return {**{k: art.get(k) for k in ("id", "title", "url", "outlet", "published", "language", "text")},
            "authors": list(art.get("authors") or []), "day": _day(art.get("published")), "source": source,
            "words": len(art["text"].split())}


def _items(record: dict[str, Any], key: str) -> Iterator[Row]:
    aid = record["article"]["id"]
    for item in record.get(key) or []:
        yield {"article_id": aid, **item}


def actor_rows(record: dict[str, Any]) -> list[Row]:
    return [{**a, "n_mentions": len(a["mentions"])} for a in _items(record, "actors")]


def time_rows(record: dict[str, Any]) -> list[Row]:
    rows = []
    for t in _items(record, "times"):
        first, last = (t.get("interval") or [None, None])[:2]
        rows.append({**t, "first_day": first, "last_day": last})
    return rows


def event_rows(record: dict[str, Any]) -> list[Row]:
    first_day = {t["id"]: (t.get("interval") or [None])[0] for t in record.get("times") or []}
    art_day = _day(record["article"].get("published"))
    rows = []
    for e in _items(record, "events"):
        rows.append({**e, "sentence_start": e["sentence"]["start"], "sentence_end": e["sentence"]["end"],
                     "trigger_text": e["trigger"]["text"], "trigger_start": e["trigger"]["start"],
                     "trigger_end": e["trigger"]["end"], "day": first_day.get(e.get("time")) or art_day})
    return rows


def event_actor_rows(record: dict[str, Any]) -> list[Row]:
    aid = record["article"]["id"]
    return [{"article_id": aid, "event_id": e["id"], "role": role, "actor_id": actor}
            for e in record.get("events") or [] for role in ("source", "target", "according_to")
            for actor in e.get(role) or []]


def record_rows(record: dict[str, Any], source: str | None = None) -> dict[str, list[Row]]:
    """One record as rows of every table."""
    return {"articles": [article_row(record, source)], "actors": actor_rows(record),
            "quotes": list(_items(record, "quotes")), "times": time_rows(record),
            "places": list(_items(record, "places")), "events": event_rows(record),
            "event_actors": event_actor_rows(record)}


def rows_of(records: Iterable[tuple[dict[str, Any], str | None]]) -> dict[str, list[Row]]:
    """Rows of every table for many (record, source) pairs."""
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    for record, source in records:
        for name, rows in record_rows(record, source).items():
            tables[name].extend(rows)
    return tables


# ---- writing files atomically ------------------------------------------------------------------

def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a hidden temporary name beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = hidden_tmp(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_parquet(rows: list[Row], table: str, path: Path) -> None:
    data = pa.Table.from_pylist(rows, schema=schema_of(table))
    atomic_write(path, lambda tmp: pq.write_table(data, tmp, compression=settings.PARQUET_COMPRESSION))


def hidden_tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


class TableWriter:
    """One Parquet file per table, written in row groups as records arrive (memory stays bounded), under
    hidden temporary names until ``commit`` renames them all into place; ``abort`` removes them."""

    def __init__(self, out: Path, name: str, flush_every: int = settings.BATCH_FLUSH_RECORDS) -> None:
        self.final = {t: out / t / f"{name}.parquet" for t in TABLES}
        self.pending: dict[str, list[Row]] = {t: [] for t in TABLES}
        self.flush_every, self.records = flush_every, 0
        self.writers: dict[str, pq.ParquetWriter] = {}
        for table, path in self.final.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(hidden_tmp(path), SCHEMAS[table],
                                                   compression=settings.PARQUET_COMPRESSION)

    def add(self, record: dict[str, Any], source: str | None) -> None:
        for table, rows in record_rows(record, source).items():
            self.pending[table].extend(rows)
        self.records += 1
        if self.records % self.flush_every == 0:
            self.flush()

    def flush(self) -> None:
        for table, rows in self.pending.items():
            if rows:
                self.writers[table].write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]))
                rows.clear()

    def commit(self) -> None:
        self.flush()
        for table, writer in self.writers.items():
            writer.close()
            os.replace(hidden_tmp(self.final[table]), self.final[table])

    def abort(self) -> None:
        for table, writer in self.writers.items():
            writer.close()
            hidden_tmp(self.final[table]).unlink(missing_ok=True)


def _csv_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def write_csv(rows: list[Row], table: str, path: Path) -> None:
    names = schema_of(table).names

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(names)
            writer.writerows([_csv_value(row.get(n)) for n in names] for row in rows)
    atomic_write(path, write)


def write_jsonl(rows: list[Row], table: str, path: Path) -> None:
    names = schema_of(table).names

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps({n: row.get(n) for n in names}, ensure_ascii=False) + "\n" for row in rows)
    atomic_write(path, write)


WRITERS: dict[str, Callable[[list[Row], str, Path], None]] = {
    "parquet": write_parquet, "csv": write_csv, "jsonl": write_jsonl}


def write_tables(tables: dict[str, list[Row]], out: Path, name: str, fmt: str = "parquet") -> None:
    """Write every table as ``out/<table>/<name><suffix>``."""
    for table, rows in tables.items():
        WRITERS[fmt](rows, table, out / table / f"{name}{SUFFIX[fmt]}")


# ---- load: batch output -> SQLite --------------------------------------------------------------

def record_files(directory: Path) -> list[Path]:
    """The batch record files under ``directory`` (its records/ folder, or itself), in name order."""
    base = directory / "records" if (directory / "records").is_dir() else directory
    return sorted(p for p in base.rglob("*.jsonl.gz") if not p.name.startswith("."))


def read_records(path: Path) -> Iterator[tuple[dict[str, Any], str | None]]:
    """(record, source) for each line of a batch record file; ``source`` is the extra top-level field."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                yield record, record.pop("source", None)


@dataclass
class LoadSummary:
    files: int = 0
    new: int = 0
    updated: int = 0


def load_dir(directory: Path, conn: sqlite3.Connection) -> LoadSummary:
    """Save every record of a batch output directory in the store; loading twice changes nothing."""
    from .store import save_record

    summary = LoadSummary()
    for path in record_files(directory):
        summary.files += 1
        for record, source in read_records(path):
            if save_record(conn, record, source):
                summary.new += 1
            else:
                summary.updated += 1
    return summary


# ---- export: SQLite -> tables ------------------------------------------------------------------

def stored_records(conn: sqlite3.Connection, per_part: int) -> Iterator[list[tuple[dict[str, Any], str | None]]]:
    """The stored records in article id order, ``per_part`` at a time."""
    cursor = conn.execute("SELECT record, source FROM articles ORDER BY id")
    while chunk := cursor.fetchmany(per_part):
        yield [(json.loads(row[0]), row[1]) for row in chunk]


def clear_parts(out: Path, fmt: str) -> None:
    """Remove the part files of an earlier export in the same format, so no stale rows remain."""
    for name in (*TABLES, *STORE_SCHEMAS):
        for path in (out / name).glob(f"part-*{SUFFIX[fmt]}"):
            path.unlink()


def export_db(conn: sqlite3.Connection, out: Path, fmt: str = "parquet",
              per_part: int = settings.EXPORT_RECORDS_PER_PART) -> dict[str, int]:
    """Write every table as ``out/<table>/part-NNNNN.<fmt>``; returns the row count of each table. Events
    carry their incident id, and the incidents table lists the incidents, so analyses can count events
    rather than reports."""
    counts = {name: 0 for name in (*TABLES, *STORE_SCHEMAS)}
    clear_parts(out, fmt)
    parts = 0
    for parts, chunk in enumerate(stored_records(conn, per_part), 1):
        tables = rows_of(chunk)
        _mark_incidents(conn, tables["events"])
        write_tables(tables, out, f"part-{parts - 1:05d}", fmt)
        for name, rows in tables.items():
            counts[name] += len(rows)
    if parts == 0:  # an empty store still gets every table, with its columns
        write_tables({name: [] for name in TABLES}, out, "part-00000", fmt)
    incidents = [dict(r) for r in conn.execute(f"SELECT {', '.join(STORE_SCHEMAS['incidents'].names)} FROM incidents"
                                                " ORDER BY id")]
    write_tables({"incidents": incidents}, out, "part-00000", fmt)
    counts["incidents"] = len(incidents)
    return counts


def _mark_incidents(conn: sqlite3.Connection, events: list[Row]) -> None:
    """Set each event row's incident id from the store."""
    ids = sorted({e["article_id"] for e in events})
    found: dict[tuple[str, str], int] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found.update({(a, e): i for a, e, i in conn.execute(
            f"SELECT article_id, event_id, incident_id FROM incident_members WHERE article_id IN "
            f"({','.join('?' * len(part))})", part)})
    for e in events:
        e["incident"] = found.get((e["article_id"], e["id"]))
