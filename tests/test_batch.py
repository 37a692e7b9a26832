"""Batch extraction on a real local Dask cluster: equal to single-process extraction, survives a killed
worker, resumes without duplicates, reports bad articles and failed shards."""
from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from eventwire.batch import (BatchJob, BatchSummary, ProgressBar, plan_shards, process_shard, read_piece, run_batch,
                             run_shards)
from eventwire.ingest import IngestError, read_inputs

from .conftest import ROOT, shared_path

EXAMPLES = ROOT / "examples" / "articles.jsonl"
CITIES = ("GENEVA", "NAIROBI", "LIMA", "OSLO", "HANOI", "DAKAR", "QUITO", "RIGA")
PEOPLE = ("Anna Berg", "Tomas Okoye", "Lucia Ramos", "Kenji Sato", "Amira Haddad", "Piotr Nowak")


def short_text(n: int) -> str:
    city, a, b = CITIES[n % len(CITIES)], PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 2) % len(PEOPLE)]
    return (f"{city} - Foreign Minister {a} met Prime Minister {b} on Tuesday to discuss a ceasefire, "
            f"the ministry said in a statement. \"We will keep talking,\" {a} told reporters. "
            f"Police arrested {n + 2} protesters near the parliament in {city.title()} last week.")


def write_jsonl(path: Path, count: int, start: int = 0, bad_line: int | None = None) -> Path:
    lines = [json.dumps({"id": f"gen-{n:04d}", "published": "2024-05-0" + str(1 + n % 9), "text": short_text(n)})
             for n in range(start, start + count)]
    if bad_line is not None:
        lines.insert(bad_line - 1, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch_records(out: Path) -> list[dict[str, Any]]:
    """Every record of a batch output, without the extra ``source`` field, sorted by article id."""
    records = []
    for path in sorted((out / "records").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                assert record.pop("source")
                records.append(record)
    return sorted(records, key=lambda r: r["article"]["id"])


def single_records(pipeline, paths: list[str]) -> list[dict[str, Any]]:
    articles = [a for a in read_inputs(paths) if not isinstance(a, IngestError)]
    records = [o.record.to_dict() for o in pipeline.run(articles) if o.record is not None]
    return sorted(records, key=lambda r: r["article"]["id"])


def manifest(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):
    from distributed import Client

    with Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    write_jsonl(folder / "generated.jsonl", 10, bad_line=4)
    texts = folder / "texts"
    texts.mkdir()
    for n in (20, 21):
        (texts / f"story-{n}.txt").write_text(short_text(n), encoding="utf-8")
    return [str(EXAMPLES), str(folder / "generated.jsonl"), str(texts)]


# ---- planning, no cluster ----------------------------------------------------------------------

def test_jsonl_is_cut_at_line_ends_and_reads_like_ingest(tmp_path):
    path = write_jsonl(tmp_path / "big.jsonl", 30, bad_line=7)
    with path.open("ab") as fh:
        fh.write(b'\n{"text": "caf\xe9"}\n[1]\n')
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    shards, problems = plan_shards([str(path), str(empty)], limit=1500)
    assert not problems and len(shards) > 3
    items = [item for shard in shards for piece in shard.pieces for item in read_piece(piece, None)]
    expected = list(read_inputs([str(path), str(empty)]))
    assert [str(i) if isinstance(i, IngestError) else (i.id, i.source) for i in items] == \
           [str(i) if isinstance(i, IngestError) else (i.id, i.source) for i in expected]
    assert f"{path}:7: not valid JSON" in str(items[6])


def test_small_files_are_grouped_and_ids_are_stable(tmp_path):
    for n in range(5):
        (tmp_path / f"a{n}.txt").write_text(short_text(n), encoding="utf-8")
    shards, problems = plan_shards([str(tmp_path), str(tmp_path / "missing.txt")], limit=10_000)
    assert len(shards) == 1 and len(shards[0].pieces) == 5
    assert [str(p) for p in problems] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]
    again, _ = plan_shards([str(tmp_path)], limit=10_000)
    assert again[0].id == shards[0].id
    assert len(plan_shards([str(tmp_path)], limit=300)[0]) == 5


def test_published_override_applies_to_ranges(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", 3)
    shards, _ = plan_shards([str(path)], limit=200)
    items = [i for s in shards for p in s.pieces for i in read_piece(p, "2020-01-02")]
    assert {i.published for i in items} == {"2020-01-02"}


def test_shards_sized_by_words_hold_about_that_many_words(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", 40)
    (tmp_path / "texts").mkdir()
    for n in range(3):
        (tmp_path / "texts" / f"t{n}.txt").write_text(short_text(n) + "\n\nA second paragraph of six words.",
                                                      encoding="utf-8")
    inputs = [str(path), str(tmp_path / "texts")]
    shards, problems = plan_shards(inputs, limit=200, unit="words", tail=0)
    assert not problems
    per_line = [len(line.split()) for line in path.read_bytes().splitlines()]  # words of one JSON line
    for shard in shards[:-1]:
        assert 200 <= shard.words < 200 + max(per_line) + 60
    text_words = [len((tmp_path / "texts" / f"t{n}.txt").read_text().split()) for n in range(3)]
    assert sum(s.words for s in shards) == sum(per_line) + sum(text_words)
    items = [i for s in shards for p in s.pieces for i in read_piece(p, None)]
    assert [(i.id, i.source) for i in items] == [(i.id, i.source) for i in read_inputs(inputs)]
    assert [s.id for s in plan_shards(inputs, limit=200, unit="words", tail=0)[0]] == [s.id for s in shards]
    with pytest.raises(ValueError):
        plan_shards(inputs, limit=200, unit="lines")


@pytest.mark.parametrize("unit, limit", [("words", 300), ("bytes", 2000)])
def test_the_last_shards_shrink_and_still_hold_every_article_once(tmp_path, unit, limit):
    path = write_jsonl(tmp_path / "a.jsonl", 60, bad_line=50)
    (tmp_path / "texts").mkdir()
    for n in range(4):
        (tmp_path / "texts" / f"t{n}.txt").write_text(short_text(n), encoding="utf-8")
    inputs = [str(tmp_path / "texts"), str(path)]
    full, _ = plan_shards(inputs, limit=limit, unit=unit, tail=0)
    shrunk, problems = plan_shards(inputs, limit=limit, unit=unit, tail=4)
    assert not problems and len(full) > 4 and len(shrunk) > len(full)
    size = (lambda s: s.words) if unit == "words" else (lambda s: s.size)  # noqa: E731
    # the head of the plan is untouched; at most 4 full shards' worth is cut again
    head = next(n for n, (a, b) in enumerate(zip(full, shrunk)) if a.id != b.id)
    assert len(full) - head <= 4 and sum(size(s) for s in shrunk[head:]) <= 4 * limit
    tail = [size(s) for s in shrunk[head:]]
    assert max(tail) <= limit and tail[-1] < limit / 2 and sum(tail[:3]) > sum(tail[-3:])
    assert sum(size(s) for s in shrunk) == sum(size(s) for s in full)
    # every article (and the bad line) read once, in order, with its file and line number
    items = [i for s in shrunk for p in s.pieces for i in read_piece(p, None)]
    assert [str(i) if isinstance(i, IngestError) else (i.id, i.source) for i in items] == \
           [str(i) if isinstance(i, IngestError) else (i.id, i.source) for i in read_inputs(inputs)]
    # adjacent lines of one file make one range; the plan is the same every time (--resume)
    assert all(len({p.path for p in s.pieces if p.end is not None}) == len([p for p in s.pieces if p.end])
               for s in shrunk)
    assert [s.id for s in plan_shards(inputs, limit=limit, unit=unit, tail=4)[0]] == [s.id for s in shrunk]
    # a plan of at most `tail` shards is left whole
    assert [s.id for s in plan_shards(inputs, limit=limit, unit=unit, tail=len(full))[0]] == [s.id for s in full]


def test_word_count_reads_escaped_line_breaks_as_spaces():
    from eventwire.batch import count_words

    line = json.dumps({"id": "x", "text": "First paragraph.\n\nSecond one\there."}).encode()
    assert count_words(line) == len(json.loads(line)["text"].split()) + 3  # + '{"id":', '"x",', '"text":'


def test_nlp_batches_are_bounded_by_words_and_parse_as_one_by_one():
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import batches, load_model, parse

    docs = [Document(Article(text=short_text(n) * (1 + n % 3))) for n in range(9)]
    words = [len(d.text.split()) for d in docs]
    groups = list(batches(docs, max_docs=4, max_words=120))
    assert [d for g in groups for d in g] == docs
    for group in groups:
        assert len(group) <= 4
        assert len(group) == 1 or sum(words[docs.index(d)] for d in group) <= 120
    assert [len(g) for g in batches(docs[:3], max_docs=16, max_words=1)] == [1, 1, 1]  # long ones stand alone
    nlp = load_model(None)
    assert load_model() is nlp
    parsed = [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for d in parse(iter(docs), nlp, 16, 10_000)
              for t in d.nlp]
    alone = [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for d in parse(iter(docs), nlp, 16, 1) for t in d.nlp]
    assert parsed == alone


def test_warm_up_runs_once_per_process_and_shards_report_memory(tmp_path):
    import gc

    from eventwire.batch import warm_up, worker_pipeline

    first = warm_up(None)
    assert warm_up(None) == first  # cached: the second call does no work
    assert worker_pipeline(None).warm_up_seconds > 0 and gc.get_freeze_count() > 10_000
    path = write_jsonl(tmp_path / "a.jsonl", 4)
    (shard,), _ = plan_shards([str(path)])
    entry = process_shard(shard, str(tmp_path / "out"))
    assert 50 < entry["rss_mb"] <= entry["peak_rss_mb"]


def test_a_warmed_up_pipeline_gives_the_records_of_a_cold_one(tmp_path):
    from eventwire.pipeline import Pipeline

    path = write_jsonl(tmp_path / "a.jsonl", 6)
    articles = [a for a in read_inputs([str(path)]) if not isinstance(a, IngestError)]
    cold = Pipeline(warm=False)
    assert cold.warm_up_seconds is None
    before = [o.record.to_dict() for o in cold.run(articles)]
    assert cold.warm_up() > 0
    assert [o.record.to_dict() for o in cold.run(articles)] == before
    assert [o.record.to_dict() for o in Pipeline().run(articles)] == before


def test_first_shards_keep_their_words_and_later_ones_free_theirs(tmp_path, monkeypatch):
    from eventwire import batch, settings

    nlp = batch.worker_pipeline(None).nlp
    monkeypatch.setattr(batch, "_VOCAB_AT_FIRST_SHARD", {})

    def shard_with(word: str, name: str):
        text = f"VALDORA - The {word} cooperative said on Monday that its members in {word}ville would strike."
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"id": name, "published": "2024-05-02", "text": text}) + "\n", encoding="utf-8")
        (shard,), _ = plan_shards([str(path)])
        return shard

    outputs = {}
    # a bound far off: the shard's new words stay in the vocabulary (and spaCy's tokenizer cache)
    monkeypatch.setattr(settings, "BATCH_PERMANENT_WORDS", 10**9)
    process_shard(shard_with("Quorvexan", "kept"), str(tmp_path / "kept"))
    assert "Quorvexan" in nlp.vocab.strings
    outputs["outside"] = batch_records(tmp_path / "kept")
    # the bound reached: a shard runs in spaCy's memory zone and its new words go with it
    monkeypatch.setattr(settings, "BATCH_PERMANENT_WORDS", 0)
    process_shard(shard_with("Blemtharic", "freed"), str(tmp_path / "freed"))
    assert "Blemtharic" not in nlp.vocab.strings and "Quorvexan" in nlp.vocab.strings
    # the same shard gives the same record inside and outside the zone
    process_shard(shard_with("Quorvexan", "kept"), str(tmp_path / "kept-in-zone"))
    assert batch_records(tmp_path / "kept-in-zone") == outputs["outside"]
    monkeypatch.setattr(settings, "BATCH_MEMORY_ZONE", False)
    process_shard(shard_with("Trandolese", "off"), str(tmp_path / "off"))
    assert "Trandolese" in nlp.vocab.strings


def test_local_workers_get_the_batch_environment(monkeypatch):
    import dask

    from eventwire import settings
    from eventwire.batch import worker_environment

    monkeypatch.setattr(settings, "BATCH_WORKER_ENVIRON", {"EVENTWIRE_TEST_ENV": "1"})
    monkeypatch.setattr(settings, "BATCH_DASK_CONFIG", {"distributed.worker.profile.cycle": "1234ms"})
    before = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
    cycle = dask.config.get("distributed.worker.profile.cycle")
    with worker_environment():
        inside = dask.config.get("distributed.nanny.pre-spawn-environ")
        assert inside == {**before, "EVENTWIRE_TEST_ENV": "1"}
        assert dask.config.get("distributed.worker.profile.cycle") == "1234ms"
    assert dask.config.get("distributed.nanny.pre-spawn-environ") == before
    assert dask.config.get("distributed.worker.profile.cycle") == cycle


def test_shard_task_runs_in_process(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", 3, bad_line=2)
    (shard,), _ = plan_shards([str(path)])
    entry = process_shard(shard, str(tmp_path / "out"))
    assert entry["status"] == "done" and entry["count"] == 3
    assert 0 < entry["cpu_seconds"] and 0 < entry["seconds"]
    assert entry["failures"][0]["source"] == f"{path}:2"
    assert entry["failures"][0]["message"].startswith("not valid JSON")
    assert len(batch_records(tmp_path / "out")) == 3
    assert (tmp_path / "out" / "events" / f"{shard.id}.parquet").exists()
    assert not list((tmp_path / "out").rglob(".*tmp*"))


# ---- on a cluster ------------------------------------------------------------------------------

def test_batch_equals_single_process(cluster, inputs, pipeline, tmp_path):
    out = tmp_path / "out"
    summary = run_batch(BatchJob(inputs, out, shard_bytes=1500), scheduler=cluster.scheduler_address)
    assert summary.failed == 0 and summary.done == summary.shards > 3
    assert batch_records(out) == single_records(pipeline, inputs)
    lines = manifest(out)
    assert sum(e["count"] for e in lines) == summary.articles == 16
    bad = [f for e in lines for f in e["failures"]]
    assert [f["source"] for f in bad] == [f"{inputs[1]}:4"]


def test_batch_of_voa_stories_equals_single_process(client, pipeline, tmp_path):
    voa = shared_path("corpus", "voa", "voa_stories.jsonl")
    sample = tmp_path / "voa.jsonl"
    sample.write_text("".join(voa.read_text(encoding="utf-8").splitlines(keepends=True)[:6]), encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchJob([str(sample)], out, shard_bytes=8000), client=client)
    assert summary.done >= 2 and not summary.failures
    assert batch_records(out) == single_records(pipeline, [str(sample)])


def _kill_busy_worker(cluster, client) -> int:
    """SIGKILL the process of a worker that is running a shard; returns its pid."""
    deadline = time.time() + 60
    while time.time() < deadline:
        busy = {addr for addr, keys in client.processing().items() if keys}
        for nanny in cluster.workers.values():
            if nanny.worker_address in busy and nanny.process and nanny.process.process:
                pid = nanny.process.process.pid
                os.kill(pid, signal.SIGKILL)
                return pid
        time.sleep(0.05)
    raise AssertionError("no busy worker to kill")


def test_killing_a_worker_mid_run_still_finishes(cluster, client, tmp_path):
    path = write_jsonl(tmp_path / "many.jsonl", 40)
    out = tmp_path / "out"
    results: list[BatchSummary] = []
    runner = threading.Thread(target=lambda: results.append(
        run_batch(BatchJob([str(path)], out, shard_bytes=700), client=client, stream=open(os.devnull, "w"))))
    runner.start()
    while not list((out / "records").glob("*.jsonl.gz")) and runner.is_alive():
        time.sleep(0.05)
    killed = _kill_busy_worker(cluster, client)
    runner.join(timeout=150)
    with pytest.raises(ProcessLookupError):
        os.kill(killed, 0)
    assert not runner.is_alive() and results
    summary = results[0]
    assert summary.failed == 0 and summary.done == summary.shards
    ids = [r["article"]["id"] for r in batch_records(out)]
    assert ids == [f"gen-{n:04d}" for n in range(40)]
    client.wait_for_workers(2, timeout=60)


def test_resume_skips_done_shards_without_duplicates(client, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", 12)
    out = tmp_path / "out"
    job = BatchJob([str(path)], out, shard_bytes=800)
    first = run_batch(job, client=client)
    files = sorted((out / "records").glob("*.jsonl.gz"))
    assert first.done == len(files) > 3
    for lost in files[:2]:  # as if the run had stopped before these shards
        lost.unlink()
    (out / "events" / f"{files[0].name.split('.')[0]}.parquet").unlink()
    job.resume = True
    second = run_batch(job, client=client)
    assert (second.skipped, second.done) == (len(files) - 2, 2)
    ids = [r["article"]["id"] for r in batch_records(out)]
    assert ids == sorted(set(ids)) and len(ids) == 12
    import duckdb

    (n, distinct), = duckdb.sql(f"select count(*), count(distinct id) from '{out}/articles/*.parquet'").fetchall()
    assert n == distinct == 12
    assert run_batch(job, client=client).skipped == len(files)


def test_failed_shard_is_retried_then_reported(client, tmp_path):
    path = write_jsonl(tmp_path / "gone.jsonl", 3)
    job = BatchJob([str(path)], tmp_path / "out")
    shards, _ = plan_shards(job.paths)
    path.unlink()  # the task cannot read its range: it fails, is retried, then reported
    summary = BatchSummary(shards=len(shards))
    job.out.mkdir()
    run_shards(client, job, shards, summary, stream=open(os.devnull, "w"))
    assert summary.failed == 1 and "FileNotFoundError" in summary.failures[0]
    (entry,) = manifest(job.out)
    assert entry["status"] == "failed" and "gone.jsonl" in entry["error"]


def test_cli_batch_starts_a_local_cluster(tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "eventwire.cli", "batch", str(EXAMPLES), "--out", str(out), "--workers", "1",
           "--shard-mb", "0.002"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "shards" in done.stderr and "4 article(s)" in done.stderr and "workers ready" in done.stderr
    assert re.search(r"client process CPU .*: \d+\.\d s", done.stderr)
    assert len(batch_records(out)) == 4
    assert sum(e["count"] for e in manifest(out)) == 4
    words = [sys.executable, "-m", "eventwire.cli", "batch", str(EXAMPLES), "--out", str(tmp_path / "w"),
             "--workers", "1", "--shard-words", "400"]
    done = subprocess.run(words, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(manifest(tmp_path / "w")) > 1 and len(batch_records(tmp_path / "w")) == 4


def test_worker_processes_run_with_the_batch_environment(tmp_path):
    from eventwire import settings
    from eventwire.batch import dask_client

    def environment() -> dict[str, str | None]:
        return {name: os.environ.get(name) for name in settings.BATCH_WORKER_ENVIRON}

    def profiling(dask_worker) -> bool:
        return "profile" in dask_worker.periodic_callbacks

    def intervals(dask_worker) -> dict[str, float]:
        return {name: pc.callback_time for name, pc in dask_worker.periodic_callbacks.items()}

    def ms(key: str) -> float:
        from dask.utils import parse_timedelta

        return 1000 * parse_timedelta(settings.BATCH_DASK_CONFIG[key])

    with dask_client(workers=1) as own:
        assert own.submit(environment, pure=False).result() == settings.BATCH_WORKER_ENVIRON
        # settings.BATCH_DASK_CONFIG reached the worker: its statistical profiler never started
        assert list(own.run(profiling).values()) == [False]
        # ... and its event-loop tick and memory monitor wake at the configured intervals (Dask: 20 ms, 100 ms)
        (worker,) = own.run(intervals).values()
        assert worker["tick"] == ms("distributed.admin.tick.interval") > 20
        assert worker["memory_monitor"] == ms("distributed.worker.memory.monitor-interval") > 100
        # ... and so do the scheduler and the nanny, which live in this (the client's) process
        assert own.run_on_scheduler(lambda dask_scheduler: dask_scheduler.periodic_callbacks["tick"].callback_time) \
            == ms("distributed.admin.tick.interval")
        (nanny,) = own.cluster.workers.values()
        assert nanny.periodic_callbacks["memory_monitor"].callback_time == worker["memory_monitor"]


def test_the_client_does_not_import_spacy_and_the_cli_starts_light():
    code = "import sys, eventwire.batch, eventwire.jobs; print([m for m in ('spacy', 'pyarrow') if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
    heavy = ("spacy", "distributed", "pyarrow", "trafilatura")
    code = f"import sys, eventwire.cli; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_progress_bar_counts_running_and_finished_shards(tmp_path):
    import io

    path = write_jsonl(tmp_path / "a.jsonl", 6)
    shards, _ = plan_shards([str(path)], limit=400)
    stream = io.StringIO()
    bar = ProgressBar(shards, stream)
    bar.report((0.0, {"shard": shards[0].id, "count": 1, "bytes": 100}))
    bar.last = 0.0  # let the next call draw
    bar.report((0.0, {"shard": shards[1].id, "count": 2, "bytes": 100}))
    assert f"0/{len(shards)} shards, 3 articles" in stream.getvalue()
    for shard in shards:
        bar.update(shard, {"count": 1})
    assert stream.getvalue().splitlines()[-1].startswith(f"[{'#' * 24}] {len(shards)}/{len(shards)} shards, "
                                                         f"{len(shards)} articles")
    assert "ETA 0:00:00" in stream.getvalue().splitlines()[-1]


def test_worker_lifetime_options_and_stdin_refused():
    from click.testing import CliRunner

    from eventwire.batch import _lifetime_options
    from eventwire.cli import main

    assert _lifetime_options(None) == {}
    assert _lifetime_options("1 hour") == {"lifetime": "1 hour", "lifetime_stagger": 360.0, "lifetime_restart": True}
    result = CliRunner().invoke(main, ["batch", "-", "--out", "x"])
    assert result.exit_code == 2 and "standard input" in result.output
