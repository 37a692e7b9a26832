"""Batch extraction on a Dask cluster: inputs cut into shards, one task per shard, outputs written atomically.

* Planning (client side): files, directories and JSON Lines become shards of about
  ``settings.BATCH_SHARD_BYTES``; a big JSON Lines file is cut at line boundaries (byte ranges), small
  files are grouped. A shard's id is a hash of its paths and byte ranges, so the same inputs give the
  same ids and ``--resume`` can skip the shards whose output exists.
* A task (worker side) reads its shard, runs the pipeline (loaded once per worker process; only the
  model name travels with the task) inside spaCy's memory zone, and writes
  ``records/<id>.jsonl.gz`` plus one Parquet file per table (``<table>/<id>.parquet``), each under a
  temporary name first, the records file last: a shard is complete when its records file exists.
* The client appends one manifest line per finished shard to ``manifest.jsonl`` and draws the progress bar.
"""
from __future__ import annotations

import gc
import gzip
import hashlib
import io
import json
import os
import resource
import socket
import sys
import threading
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterable, Iterator, TextIO

from distributed.diagnostics.plugin import WorkerPlugin

from . import settings
from .ingest import IngestError, read_inputs
from .jobs import Summary
from .ingest.jsonl import articles_from_lines, decoded_lines
from .ingest.sources import JSONL_SUFFIXES, checked, files_under
from .record import Article

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

RECORDS = "records"
MANIFEST = "manifest.jsonl"
PROGRESS_TOPIC = "eventwire-batch-progress"
RECORD_SUFFIX = ".jsonl.gz"


# ---- planning ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """A whole file (``end`` None) or the lines of a JSON Lines file in bytes [start, end)."""

    path: str
    start: int = 0
    end: int | None = None
    line: int = 1  # the line number at ``start``
    size: int = 0
    words: int = 0  # whitespace-separated words of the bytes (counted only when shards are sized by words)

    def describe(self) -> str:
        return self.path if self.end is None else f"{self.path}[{self.start}:{self.end}]"


@dataclass(frozen=True)
class Shard:
    id: str
    pieces: tuple[Piece, ...]

    @property
    def size(self) -> int:
        return sum(p.size for p in self.pieces)

    @property
    def words(self) -> int:
        return sum(p.words for p in self.pieces)

    def describe(self, most: int = 3) -> str:
        shown = ", ".join(p.describe() for p in self.pieces[:most])
        more = len(self.pieces) - most
        return shown + (f" (+{more} more)" if more > 0 else "")


def input_files(paths: Iterable[str]) -> Iterator[Path | IngestError]:
    """Every readable file named by ``paths`` (directories walked as ``ingest`` walks them)."""
    for arg in paths:
        path = Path(arg)
        if not path.exists():
            yield IngestError(arg, "no such file or directory")
        elif path.is_dir():
            yield from files_under(path)
        else:
            yield path


def count_words(data: bytes) -> int:
    """Whitespace-separated words of raw input bytes; JSON's escaped line breaks and tabs count as spaces.

    An estimate of the words a shard will parse (field names, metadata and markup count too), cheap
    enough to run over every input line while planning."""
    return len(data.replace(b"\\n", b" ").replace(b"\\t", b" ").split())


def jsonl_pieces(path: Path, limit: int, unit: str = "bytes") -> Iterator[Piece]:
    """A JSON Lines file cut into byte ranges of about ``limit`` bytes (or words), each ending at a line end."""
    if unit == "words":
        yield from _jsonl_pieces_by_words(path, limit)
        return
    size = path.stat().st_size
    start, line = 0, 1
    with path.open("rb") as fh:
        while start < size:
            fh.seek(start)
            chunk = fh.read(limit)
            if start + len(chunk) < size:
                chunk += fh.readline()
            yield Piece(str(path), start, start + len(chunk), line, len(chunk))
            start += len(chunk)
            line += chunk.count(b"\n")


def _jsonl_pieces_by_words(path: Path, limit: int) -> Iterator[Piece]:
    start = end = words = 0
    line = first = 1
    with path.open("rb") as fh:
        for data in fh:
            end += len(data)
            words += count_words(data)
            line += 1
            if words >= limit:
                yield Piece(str(path), start, end, first, end - start, words)
                start, first, words = end, line, 0
    if end > start:
        yield Piece(str(path), start, end, first, end - start, words)


def file_pieces(path: Path, limit: int, unit: str = "bytes") -> Iterator[Piece | IngestError]:
    try:
        if path.suffix.lower() in JSONL_SUFFIXES and path.stat().st_size > 0:
            yield from jsonl_pieces(path, limit, unit)
        elif unit == "words":
            data = path.read_bytes()
            yield Piece(str(path), size=len(data), words=count_words(data))
        else:
            yield Piece(str(path), size=path.stat().st_size)
    except OSError as exc:
        yield IngestError(str(path), f"cannot read file ({exc.strerror or exc})")


def shard_id(pieces: Iterable[Piece]) -> str:
    key = "\n".join(f"{Path(p.path).resolve()}:{p.start}:{p.end}" for p in pieces)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _group(pieces: Iterable[Piece], limit: int, unit: str = "bytes") -> Iterator[tuple[Piece, ...]]:
    measure = _measure(unit)
    group: list[Piece] = []
    for piece in pieces:
        if group and sum(measure(p) for p in group) + measure(piece) > limit:
            yield tuple(group)
            group = []
        group.append(piece)
    if group:
        yield tuple(group)


def _measure(unit: str) -> Callable[[Piece], int]:
    return (lambda p: p.words) if unit == "words" else (lambda p: p.size)  # noqa: E731


def _lines(piece: Piece, unit: str) -> Iterator[Piece]:
    """A JSON Lines range as one piece per line (a whole file stays one piece)."""
    if piece.end is None:
        yield piece
        return
    with open(piece.path, "rb") as fh:
        fh.seek(piece.start)
        data = fh.read(piece.end - piece.start)
    at, line = 0, piece.line
    while at < len(data):
        end = data.find(b"\n", at) + 1 or len(data)  # line ends as the planner and the reader count them
        chunk = data[at:end]
        yield Piece(piece.path, piece.start + at, piece.start + end, line, len(chunk),
                    count_words(chunk) if unit == "words" else 0)
        at, line = end, line + 1


def _joined(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Pieces with the adjacent lines of one file made one range again."""
    out: list[Piece] = []
    for p in pieces:
        last = out[-1] if out else None
        if last and p.end is not None and last.end is not None and last.path == p.path and last.end == p.start:
            out[-1] = Piece(p.path, last.start, p.end, last.line, last.size + p.size, last.words + p.words)
        else:
            out.append(p)
    return tuple(out)


def _shrink_tail(groups: list[tuple[Piece, ...]], limit: int, unit: str, tail: int) -> list[tuple[Piece, ...]]:
    """The last ``tail`` shards' worth of input cut again into shards that shrink toward the end: each takes
    1/``tail`` of what is left (at least ``limit / tail``), the way guided self-scheduling hands out loop
    iterations. Run biggest first, the small shards come last, and a worker that finishes early takes one
    of them instead of idling while another works through a full shard. Plans of at most ``tail`` shards are
    left as they are; the cut depends only on the inputs, ``limit`` and ``tail`` (never on the number of
    workers), so ``--resume`` finds the same shards."""
    if tail < 2 or len(groups) <= tail:
        return groups
    measure = _measure(unit)
    held, first = 0, len(groups)
    while first > 0 and held + sum(measure(p) for p in groups[first - 1]) <= tail * limit:
        first -= 1
        held += sum(measure(p) for p in groups[first])
    units = [u for group in groups[first:] for piece in group for u in _lines(piece, unit)]
    smallest = max(1, limit // tail)
    left = sum(measure(u) for u in units)
    out: list[tuple[Piece, ...]] = []
    current: list[Piece] = []
    size, target = 0, max(left / tail, smallest)
    for u in units:
        current.append(u)
        size += measure(u)
        if size >= target:
            out.append(_joined(current))
            left -= size
            current, size, target = [], 0, max(left / tail, smallest)
    if current:
        out.append(_joined(current))
    return groups[:first] + out


def plan_shards(paths: Iterable[str], limit: int = settings.BATCH_SHARD_BYTES, unit: str = "bytes",
                tail: int = settings.BATCH_TAIL_SHARDS) -> tuple[list[Shard], list[IngestError]]:
    """Shards of about ``limit`` input bytes (``unit`` "bytes") or words ("words") over every input, the last
    ``tail`` shards' worth cut smaller and smaller (``_shrink_tail``), and the inputs that could not be read.
    Sizing by words reads every input once while planning (a JSON Lines file line by line), so that shards of
    metadata-heavy or markup-heavy input take as long as the others."""
    if unit not in ("bytes", "words"):
        raise ValueError(f"shard unit must be 'bytes' or 'words', not {unit!r}")
    pieces: list[Piece] = []
    problems: list[IngestError] = []
    for item in input_files(paths):
        for piece in [item] if isinstance(item, IngestError) else file_pieces(item, limit, unit):
            (problems if isinstance(piece, IngestError) else pieces).append(piece)
    groups = _shrink_tail(list(_group(pieces, limit, unit)), limit, unit, tail)
    return [Shard(shard_id(group), group) for group in groups], problems


# ---- reading a shard ---------------------------------------------------------------------------

def read_range(piece: Piece) -> Iterator[Article | IngestError]:
    """The JSON Lines of a byte range, numbered as in their file."""
    assert piece.end is not None
    with open(piece.path, "rb") as fh:
        fh.seek(piece.start)
        data = io.BytesIO(fh.read(piece.end - piece.start))
    yield from articles_from_lines(decoded_lines(data, piece.path, piece.line), piece.path, piece.line)


def read_piece(piece: Piece, published: str | None) -> Iterator[Article | IngestError]:
    """What ``read_inputs`` gives for the piece's file, limited to its lines (published override included)."""
    if piece.end is None:
        yield from read_inputs([piece.path], published)
    else:
        yield from checked(read_range(piece), published)


# ---- the task ----------------------------------------------------------------------------------

@lru_cache(maxsize=2)
def worker_pipeline(model: str | None) -> Pipeline:
    """The pipeline of this process, built once; tasks carry only the model name, never the pipeline."""
    from .pipeline import Pipeline  # imported here: the client process of a batch never loads spaCy

    return Pipeline(model)


@lru_cache(maxsize=2)
def warm_up(model: str | None) -> float:
    """Build this process's pipeline, which warms itself up (``Pipeline.warm_up``), once per process and
    model; returns the seconds it took."""
    started = time.perf_counter()
    worker_pipeline(model)
    return time.perf_counter() - started


class PipelinePlugin(WorkerPlugin):
    """Loads and warms up the pipeline when a worker starts (and when a restarted worker comes back), so
    that no shard pays for it; the pipeline then serves every shard the worker runs."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.name = f"eventwire-pipeline-{model or 'default'}"

    def setup(self, worker: Any) -> None:
        warm_up(self.model)


_VOCAB_AT_FIRST_SHARD: dict[int, int] = {}  # id(nlp) -> its number of lexemes when its first shard began


def memory_zone(nlp: Any) -> ContextManager[Any]:
    """The context a shard runs in: spaCy's memory zone (words and strings added inside are freed on exit) once
    the pipeline's vocabulary has grown by ``settings.BATCH_PERMANENT_WORDS`` words since its first shard, a
    null context before that. The first shards of a worker thus leave the common words of the corpus in the
    vocabulary and the tokenizer's cache (spaCy fills neither for good inside a zone), and the worker's memory
    still stops growing: by about that many words plus the new words of the shard that crossed the bound."""
    if not (settings.BATCH_MEMORY_ZONE and hasattr(nlp, "memory_zone")):
        return nullcontext()
    first = _VOCAB_AT_FIRST_SHARD.setdefault(id(nlp), len(nlp.vocab))
    if len(nlp.vocab) - first < settings.BATCH_PERMANENT_WORDS:
        return nullcontext()
    return nlp.memory_zone()


def _failure(source: str | None, message: str) -> dict[str, str | None]:
    prefix = f"{source}: "
    return {"source": source, "message": message[len(prefix):] if source and message.startswith(prefix) else message}


def extract_shard(shard: Shard, published: str | None, model: str | None,
                  emit: Callable[[dict[str, Any], str | None], None]) -> list[dict[str, str | None]]:
    """Give ``emit`` (record, source) for every good article of the shard; return its failures."""
    pipeline = worker_pipeline(model)
    failures: list[dict[str, str | None]] = []

    def articles() -> Iterator[Article]:
        for piece in shard.pieces:
            for item in read_piece(piece, published):
                if isinstance(item, IngestError):
                    failures.append({"source": item.source, "message": item.message})
                else:
                    yield item

    with memory_zone(pipeline.nlp):
        for outcome in pipeline.run(articles()):
            if outcome.error:
                failures.append(_failure(outcome.article.source, outcome.error))
            else:
                assert outcome.record is not None
                emit(outcome.record.to_dict(), outcome.article.source)
    return failures


def records_path(out: Path, shard_id: str) -> Path:
    return out / RECORDS / f"{shard_id}{RECORD_SUFFIX}"


class ShardOutput:
    """A shard's files, written as records arrive: the Parquet tables and ``records/<id>.jsonl.gz`` (each line
    the eventwire/1 record plus a top-level ``source``). On success all are renamed into place, the records
    file last, so that its presence means the shard is complete; on failure the temporary files go."""

    def __init__(self, out: Path, shard_id: str) -> None:
        self.path = records_path(out, shard_id)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        from .export import TableWriter, hidden_tmp  # pyarrow: imported by workers, not by the client

        self.tmp = hidden_tmp(self.path)
        self.tables = TableWriter(out, shard_id)
        self.stream = gzip.open(self.tmp, "wt", encoding="utf-8", compresslevel=6)
        self.count = self.words = self.bytes = 0

    def add(self, record: dict[str, Any], source: str | None) -> None:
        self.tables.add(record, source)
        self.stream.write(json.dumps({**record, "source": source}, ensure_ascii=False) + "\n")
        self.count += 1
        self.words += len(record["article"]["text"].split())
        self.bytes += len(record["article"]["text"].encode("utf-8"))

    def __enter__(self) -> ShardOutput:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: Any) -> None:
        self.stream.close()
        if exc_type is None:
            self.tables.commit()
            os.replace(self.tmp, self.path)
        else:
            self.tables.abort()
            self.tmp.unlink(missing_ok=True)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _rss_mb() -> float:
    import psutil  # a dependency of distributed

    return psutil.Process().memory_info().rss / 2**20


def process_shard(shard: Shard, out: str, published: str | None = None, model: str | None = None) -> dict[str, Any]:
    """The Dask task: extract one shard, write its tables and records, return its manifest entry."""
    started, cpu = time.perf_counter(), time.process_time()
    progress = Progress(shard)

    with ShardOutput(Path(out), shard.id) as output:
        def emit(record: dict[str, Any], source: str | None) -> None:
            output.add(record, source)
            progress.tick(output)

        failures = extract_shard(shard, published, model, emit)
    gc.collect()  # the shard's Docs, Documents and rows, before measuring what the worker keeps
    rss = _rss_mb()
    return {"shard": shard.id, "input": shard.describe(), "status": "done", "count": output.count,
            "words": output.words, "failures": failures, "seconds": round(time.perf_counter() - started, 3),
            "cpu_seconds": round(time.process_time() - cpu, 3), "worker": f"{socket.gethostname()}:{os.getpid()}", "peak_rss_mb": round(max(_peak_rss_mb(), rss), 1),
            "rss_mb": round(rss, 1)}


# ---- the client: cluster, submission, manifest, progress ---------------------------------------

@dataclass
class BatchSummary(Summary):
    """A batch job's summary: the articles, words and failures of ``jobs.Summary``, counted by shard."""

    shards: int = 0
    skipped: int = 0
    done: int = 0
    failed: int = 0
    ready: float | None = None  # seconds from the start until every worker had loaded and warmed up the pipeline
    run: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    # CPU seconds of this (the client's) process since the start: planning, the manifest, and on a local
    # cluster its scheduler and nannies; with as many workers as cores it is CPU the workers do not get
    cpu_started: float = field(default_factory=time.process_time)
    cpu: float | None = None

    def add(self, entry: dict[str, Any]) -> None:
        if entry["status"] == "done":
            self.done += 1
        else:
            self.failed += 1
            self.failures.append(f"shard {entry['shard']} ({entry['input']}): {entry.get('error')}")
        self.articles += entry.get("count", 0)
        self.words += entry.get("words", 0)
        self.failures.extend(f"{f['source']}: {f['message']}" for f in entry.get("failures", []))

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        out = [f"{self.done} of {self.shards} shard(s) done ({self.skipped} skipped, {self.failed} failed), "
               f"{self.articles} article(s) in {self.seconds:.1f} s ({rate:.1f} articles/s)"]
        if self.ready is not None:
            out.append(f"workers ready (cluster started, pipeline loaded and warmed up) after {self.ready:.1f} s")
        if self.cpu is not None:
            out.append(f"client process CPU (planning, manifest, local scheduler and nannies): {self.cpu:.1f} s")
        return out + self.failure_lines()


class ProgressBar:
    """One redrawn line on a terminal (else a plain line every few seconds): shards done/total, articles,
    articles/s and ETA. Finished shards update it, and so do the running shards' reports (``report``)."""

    def __init__(self, shards: list[Shard], stream: TextIO = sys.stderr, width: int = 24) -> None:
        self.total, self.total_bytes = len(shards), sum(s.size for s in shards) or 1
        self.stream, self.width = stream, width
        self.tty = getattr(stream, "isatty", lambda: False)()
        self.done = self.done_bytes = self.articles = 0
        self.running: dict[str, tuple[int, int]] = {}  # shard id -> (articles, text bytes) so far
        self.started = self.last = time.perf_counter()
        self.lock = threading.Lock()

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        articles = self.articles + sum(n for n, _ in self.running.values())
        done_bytes = self.done_bytes + sum(b for _, b in self.running.values())
        eta = elapsed * max(self.total_bytes - done_bytes, 0) / done_bytes if done_bytes else None
        filled = int(self.width * self.done / max(self.total, 1))
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} shards, "
                f"{articles:,} articles, {articles / elapsed:.1f} articles/s, ETA {_clock(eta)}")

    def update(self, shard: Shard, entry: dict[str, Any]) -> None:
        with self.lock:
            self.running.pop(shard.id, None)
            self.done += 1
            self.done_bytes += shard.size
            self.articles += entry.get("count", 0)
            self.draw(final=self.done == self.total)

    def report(self, event: tuple[float, dict[str, Any]]) -> None:
        """A running shard's progress, as logged by ``Progress`` on a worker."""
        with self.lock:
            message = event[1]
            self.running[message["shard"]] = (message["count"], message["bytes"])
            self.draw()

    def draw(self, final: bool = False) -> None:
        now = time.perf_counter()
        if not final and now - self.last < (0.5 if self.tty else settings.PROGRESS_EVERY_S):
            return
        self.stream.write("\r" + self.line().ljust(100) if self.tty else self.line() + "\n")
        self.stream.flush()
        self.last = now

    def close(self) -> None:
        if self.tty and self.done:
            self.stream.write("\n")


class Progress:
    """Worker side: logs the shard's articles and text bytes so far to the client every few seconds."""

    def __init__(self, shard: Shard) -> None:
        self.shard, self.last = shard.id, time.perf_counter()

    def tick(self, output: ShardOutput) -> None:
        now = time.perf_counter()
        if now - self.last < settings.BATCH_PROGRESS_EVERY_S:
            return
        self.last = now
        try:
            from distributed import get_worker

            worker = get_worker()
        except ValueError:  # not running on a worker
            return
        worker.log_event(PROGRESS_TOPIC, {"shard": self.shard, "count": output.count, "bytes": output.bytes})


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _lifetime_options(lifetime: str | None) -> dict[str, Any]:
    if not lifetime:
        return {}
    from dask.utils import parse_timedelta

    stagger = parse_timedelta(lifetime) / 10
    return {"lifetime": lifetime, "lifetime_stagger": stagger, "lifetime_restart": True}


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None,
                lifetime: str | None = settings.BATCH_WORKER_LIFETIME) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, else of a new local cluster of single-threaded processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with worker_environment(), \
            LocalCluster(n_workers=workers or settings.BATCH_WORKERS, threads_per_worker=1, processes=True,
                         dashboard_address=None, **_lifetime_options(lifetime)) as cluster, Client(cluster) as client:
        yield client


def worker_environment() -> ContextManager[Any]:
    """Dask's configuration with ``settings.BATCH_WORKER_ENVIRON`` added to the environment that nannies give
    the worker processes they start (``distributed.nanny.pre-spawn-environ``), and ``settings.BATCH_DASK_CONFIG``
    set (nannies pass their configuration on to their workers)."""
    import dask

    environ = {**dask.config.get("distributed.nanny.pre-spawn-environ", {}), **settings.BATCH_WORKER_ENVIRON}
    return dask.config.set({**settings.BATCH_DASK_CONFIG, "distributed.nanny.pre-spawn-environ": environ})


def completed(out: Path, shard: Shard) -> bool:
    return records_path(out, shard.id).exists()


def append_manifest(out: Path, entry: dict[str, Any]) -> None:
    with (out / MANIFEST).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


def failed_entry(shard: Shard, exc: BaseException | None) -> dict[str, Any]:
    return {"shard": shard.id, "input": shard.describe(), "status": "failed", "count": 0, "failures": [],
            "error": f"{type(exc).__name__}: {exc}", "seconds": None}


def outcome_entry(future: Any, shard: Shard) -> dict[str, Any]:
    """The task's manifest entry, or a failed one when the task raised (after its retries) or was cancelled."""
    if future.status == "finished":
        return future.result()
    try:
        exc = future.exception()
    except BaseException as cancelled:  # noqa: BLE001 - a cancelled future raises instead of returning
        exc = cancelled
    return failed_entry(shard, exc)


@dataclass
class BatchJob:
    """What to run: inputs, where the output goes and the options every task gets."""

    paths: list[str]
    out: Path
    published: str | None = None
    model: str | None = None
    resume: bool = False
    shard_bytes: int = settings.BATCH_SHARD_BYTES
    shard_words: int | None = None  # when given, shards hold about this many words instead of shard_bytes

    def shard_limit(self) -> tuple[int, str]:
        return (self.shard_words, "words") if self.shard_words else (self.shard_bytes, "bytes")


def run_shards(client: Any, job: BatchJob, shards: list[Shard], summary: BatchSummary,
               stream: TextIO = sys.stderr) -> None:
    """Submit one task per shard, then write each manifest line and redraw the bar as they finish."""
    from distributed import as_completed

    client.register_plugin(PipelinePlugin(job.model))  # returns once every worker has warmed up
    summary.ready = summary.seconds
    # the biggest shards first (words when counted, else bytes): the last tasks are then the short ones, so
    # the workers finish close together instead of one waiting on another's long last shard
    ordered = sorted(shards, key=lambda s: (s.words, s.size), reverse=True)
    futures = {client.submit(process_shard, shard, str(job.out), job.published, job.model, key=f"shard-{shard.id}",
                             retries=settings.BATCH_RETRIES, pure=False): shard for shard in ordered}
    bar = ProgressBar(shards, stream)
    client.subscribe_topic(PROGRESS_TOPIC, bar.report)
    for future in as_completed(futures):
        shard = futures.pop(future)
        entry = outcome_entry(future, shard)
        entry["run"] = summary.run
        append_manifest(job.out, entry)
        summary.add(entry)
        bar.update(shard, entry)
        future.release()
    client.unsubscribe_topic(PROGRESS_TOPIC)
    bar.close()


def plan(job: BatchJob, summary: BatchSummary) -> list[Shard]:
    """The shards still to run; unreadable inputs go to the summary and the manifest."""
    shards, problems = plan_shards(job.paths, *job.shard_limit())
    job.out.mkdir(parents=True, exist_ok=True)
    for problem in problems:
        summary.failures.append(str(problem))
        append_manifest(job.out, {"shard": None, "input": problem.source, "status": "unreadable",
                                  "error": problem.message, "run": summary.run})
    todo = [s for s in shards if not (job.resume and completed(job.out, s))]
    summary.shards, summary.skipped = len(shards), len(shards) - len(todo)
    return todo


def run_batch(job: BatchJob, workers: int | None = None, scheduler: str | None = None, client: Any = None,
              lifetime: str | None = settings.BATCH_WORKER_LIFETIME, stream: TextIO = sys.stderr) -> BatchSummary:
    """Plan, then run every shard not yet done on ``client``, a scheduler, or a new local cluster."""
    summary = BatchSummary()
    todo = plan(job, summary)
    if todo and client is not None:
        run_shards(client, job, todo, summary, stream)
    elif todo:
        with dask_client(workers, scheduler, lifetime) as own:
            run_shards(own, job, todo, summary, stream)
    summary.cpu = time.process_time() - summary.cpu_started
    return summary
