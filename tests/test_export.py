"""load (batch output -> SQLite) and export (SQLite -> Parquet, CSV, JSON Lines read by DuckDB and pyarrow)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.batch import plan_shards, process_shard
from eventwire.cli import main
from eventwire.export import TABLES, export_db
from eventwire.store import TABLES as QUERY_TABLES
from eventwire.store import Filters, connect, counts, load_record, run_query, stored_ids

from .test_batch import EXAMPLES, write_jsonl

duckdb = pytest.importorskip("duckdb")


def duck(sql: str) -> list[tuple]:
    return duckdb.sql(sql).fetchall()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("export-inputs")
    return [str(EXAMPLES), str(write_jsonl(folder / "generated.jsonl", 6))]


@pytest.fixture(scope="module")
def batch_out(inputs, tmp_path_factory) -> Path:
    """Batch output made by running the shard task in this process (the cluster is tested in test_batch)."""
    out = tmp_path_factory.mktemp("batch-out")
    shards, _ = plan_shards(inputs, limit=3000)
    for shard in shards:
        process_shard(shard, str(out))
    return out


@pytest.fixture(scope="module")
def ingested(inputs, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ingest") / "ingest.db"
    result = CliRunner().invoke(main, ["ingest", *inputs, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def loaded(batch_out, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("load") / "load.db"
    result = CliRunner().invoke(main, ["load", str(batch_out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "10 new" in result.output
    return db


def everything(db: Path) -> dict[str, list[dict]]:
    """Every table as the query command shows it; incident ids are numbered by each store, so events are
    compared by which other events share their incident instead."""
    conn = connect(db, readonly=True)
    try:
        tables = {t: run_query(conn, t, Filters(limit=100_000)) for t in QUERY_TABLES}
        groups: dict[int, set[tuple[str, str]]] = {}
        for e in tables["events"]:
            groups.setdefault(e["incident"], set()).add((e["article_id"], e["id"]))
        for e in tables["events"]:
            e["incident"] = sorted(groups[e.pop("incident")])
        return tables
    finally:
        conn.close()


def test_load_gives_the_same_store_as_ingest(ingested, loaded):
    a, b = connect(ingested, readonly=True), connect(loaded, readonly=True)
    assert counts(a) == counts(b) and counts(a)["articles"] == 10
    assert all(load_record(a, i) == load_record(b, i) for i in stored_ids(a))
    assert everything(ingested) == everything(loaded)
    result = CliRunner().invoke(main, ["query", "events", "--db", str(loaded), "--format", "json", "--limit", "1000"])
    assert result.exit_code == 0 and len(json.loads(result.output)) == counts(a)["events"]


def test_loading_twice_changes_nothing(batch_out, loaded, tmp_path):
    ids = connect(loaded, readonly=True).execute("SELECT * FROM incident_members ORDER BY 2, 3").fetchall()
    before = everything(loaded)
    result = CliRunner().invoke(main, ["load", str(batch_out), "--db", str(loaded)])
    assert result.exit_code == 0 and "0 new, 10 updated" in result.output
    assert everything(loaded) == before
    assert connect(loaded, readonly=True).execute("SELECT * FROM incident_members ORDER BY 2, 3").fetchall() == ids


def test_export_parquet_is_read_by_duckdb_and_pyarrow(loaded, tmp_path):
    import pyarrow.dataset as ds

    out = tmp_path / "parquet"
    result = CliRunner().invoke(main, ["export", "--db", str(loaded), "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    conn = connect(loaded, readonly=True)
    stored = counts(conn) | {"event_actors": conn.execute("SELECT COUNT(*) FROM event_actors").fetchone()[0]}
    for table in TABLES:
        assert duck(f"select count(*) from '{out}/{table}/*.parquet'") == [(stored[table],)]
        assert ds.dataset(out / table, format="parquet").count_rows() == stored[table]
    assert duck(f"select count(*) from '{out}/events/*.parquet' e join '{out}/event_actors/*.parquet' l"
                f" on l.article_id = e.article_id and l.event_id = e.id") == [(stored["event_actors"],)]


def test_batch_parquet_equals_exported_parquet(batch_out, loaded, tmp_path):
    out = tmp_path / "parquet"
    export_db(connect(loaded, readonly=True), out, "parquet")
    store_only = {"articles": "source", "events": "incident"}  # batch output knows no store or incidents
    for table in TABLES:
        query = (f"select * exclude ({store_only[table]})" if table in store_only else "select *") + \
            " from '{}/{}/*.parquet' order by all"
        assert duck(query.format(batch_out, table)) == duck(query.format(out, table)), table


def test_export_carries_incident_ids(loaded, tmp_path):
    out = tmp_path / "parquet"
    conn = connect(loaded, readonly=True)
    counted = export_db(conn, out, "parquet")
    stored = conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    assert counted["incidents"] == stored and stored > 0
    members = conn.execute("SELECT COUNT(*) FROM incident_members").fetchone()[0]
    assert duck(f"select count(*) from '{out}/events/*.parquet' where incident is not null") == [(members,)]
    assert duck(f"select count(distinct e.incident) from '{out}/events/*.parquet' e join "
                f"'{out}/incidents/*.parquet' i on i.id = e.incident") == [(stored,)]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_csv_and_jsonl(loaded, tmp_path, fmt):
    out = tmp_path / fmt
    conn = connect(loaded, readonly=True)
    counted = export_db(conn, out, fmt, per_part=4)
    assert counted["articles"] == 10 and len(list((out / "articles").glob(f"part-*.{fmt}"))) == 3
    reader = "read_csv" if fmt == "csv" else "read_json"
    for table in ("articles", "events", "actors"):
        assert duck(f"select count(*) from {reader}('{out}/{table}/*.{fmt}')") == [(counted[table],)]
    export_db(conn, out, fmt, per_part=100)  # a second export replaces the parts of the first
    assert len(list((out / "articles").glob(f"part-*.{fmt}"))) == 1


def test_export_of_an_empty_store_keeps_the_columns(tmp_path):
    db = tmp_path / "empty.db"
    connect(db).close()
    export_db(connect(db, readonly=True), tmp_path / "out")
    assert duck(f"select count(*) from '{tmp_path}/out/events/*.parquet'") == [(0,)]
    names = [row[0] for row in duck(f"describe select * from '{tmp_path}/out/events/*.parquet'")]
    assert names[:3] == ["article_id", "id", "type"]
