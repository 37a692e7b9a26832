"""Whole jobs over many inputs (extract, ingest), with failures collected and progress reported.

The CLI is a thin layer over these; a bad input or a failing article is reported and the job goes on.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TextIO

from . import settings
from .ingest import IngestError, read_inputs
from .record import Article

if TYPE_CHECKING:  # pragma: no cover - the pipeline (spaCy) is imported by whoever builds one, not here
    from .pipeline import Outcome, Pipeline


@dataclass
class Summary:
    """What a job did: articles done, failures (one line each) and how long it took."""

    articles: int = 0
    new: int = 0
    updated: int = 0
    words: int = 0
    failures: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        out = [f"{self.articles} article(s) done in {self.seconds:.1f} s ({rate:.1f} articles/s)"]
        if self.new or self.updated:
            out.append(f"stored: {self.new} new, {self.updated} updated")
        return out + self.failure_lines()

    def failure_lines(self) -> list[str]:
        if not self.failures:
            return []
        return [f"{len(self.failures)} failure(s):", *(f"  {f}" for f in self.failures)]


class Progress:
    """Prints 'N done, R articles/s' to a stream at most every few seconds (only when it is a terminal
    or when asked), so that long runs show they are alive."""

    def __init__(self, summary: Summary, stream: TextIO = sys.stderr, every: float = settings.PROGRESS_EVERY_S,
                 force: bool = False) -> None:
        self.summary, self.stream, self.every = summary, stream, every
        self.enabled = force or getattr(stream, "isatty", lambda: False)()
        self.last = time.perf_counter()

    def tick(self) -> None:
        now = time.perf_counter()
        if not self.enabled or now - self.last < self.every:
            return
        self.last = now
        s = self.summary
        self.stream.write(f"\r{s.articles} article(s) done, {len(s.failures)} failed, "
                          f"{s.articles / max(s.seconds, 1e-9):.1f} articles/s, {s.words / max(s.seconds, 1e-9):,.0f} words/s")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.summary.articles:
            self.stream.write("\n")


def articles_only(items: Iterable[Article | IngestError], summary: Summary,
                  on_failure: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Pass articles on; record each ingest failure in the summary (and tell ``on_failure``)."""
    for item in items:
        if isinstance(item, IngestError):
            summary.failures.append(str(item))
            if on_failure:
                on_failure(str(item))
            continue
        yield item


def outcomes(paths: list[str], pipeline: Pipeline, summary: Summary, published: str | None = None,
             progress: Progress | None = None, on_failure: Callable[[str], None] | None = None) -> Iterator[Outcome]:
    """Run the pipeline over every input; failed articles go to the summary, good ones are yielded."""
    articles = articles_only(read_inputs(paths, published=published), summary, on_failure)
    for outcome in pipeline.run(articles):
        if outcome.error:
            summary.failures.append(outcome.error)
            if on_failure:
                on_failure(outcome.error)
        else:
            summary.articles += 1
            summary.words += len(outcome.article.text.split())
            yield outcome
        if progress:
            progress.tick()
