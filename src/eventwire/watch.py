"""Watch RSS/Atom feeds and sitemaps: fetch the entries not yet stored, extract them, store the records.

Each round re-reads the FEEDS file and asks every feed again with the validators it last sent (a 304
means nothing new). A page is fetched only when it is neither stored under its URL nor recorded as done
in the ``fetch_state`` table; a page whose text is already stored (same content hash) is a duplicate and
is not processed again. A failing feed or page is reported and tried again next round (a page at most
``WATCH_MAX_ATTEMPTS`` times in all); nothing that a feed or a page does stops the watcher.
"""
from __future__ import annotations

import io
import re
import sqlite3
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable
from urllib.parse import urljoin

import feedparser

from . import settings
from .ingest.decode import DecodeProblem
from .ingest.language import not_english_reason
from .ingest.web import FetchError, Fetcher, Page, article_from_page, check_url
from .record import Article
from .store import save_record
from .store.db import content_hash

if TYPE_CHECKING:
    from .pipeline import Pipeline

_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_COMMENT = re.compile(r"(?:^|\s)#")


class FeedListError(Exception):
    """The FEEDS file cannot be used at all (unreadable, not text, or no URL in it)."""


def read_feed_list(path: str | Path) -> tuple[list[str], list[str]]:
    """(feed URLs, problems with single lines) from a file of one URL a line; '#' starts a comment."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedListError(f"{path}: cannot read the feed list ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise FeedListError(f"{path}: the feed list is not UTF-8 text") from None
    urls: list[str] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = _COMMENT.split(line, maxsplit=1)[0].strip()
        if not entry:
            continue
        try:
            check_url(entry)
        except FetchError:
            problems.append(f"{path}:{number}: not an http(s) URL, ignored: {entry!r}")
            continue
        if entry not in urls:
            urls.append(entry)
    if not urls:
        raise FeedListError(f"{path}: no feed URL in it (one http(s) URL a line; '#' starts a comment)")
    return urls, problems


def parse_every(text: str) -> float:
    """Seconds in an interval such as '90s', '15m', '2h', '1d' or '300' (seconds)."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d*)?)\s*([smhd]?)\s*", text.lower())
    if not found or float(found.group(1)) <= 0:
        raise ValueError(f"{text!r}: want a positive interval such as 90s, 15m or 2h")
    return float(found.group(1)) * _UNITS[found.group(2)]


@dataclass
class RoundReport:
    """What one round did; ``line()`` is what the watcher logs for it."""

    number: int
    new: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    feeds: int = 0
    unchanged: int = 0
    requests: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        return (f"{stamp} round {self.number}: {self.new} new, {self.skipped} skipped, {self.failed} failed "
                f"({self.feeds} feed(s) read, {self.unchanged} unchanged; {self.requests} request(s) "
                f"in {time.perf_counter() - self.started:.1f} s)")


class FetchState:
    """The ``fetch_state`` table: feed validators, and what became of each page URL."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        row = self.conn.execute("SELECT etag, last_modified FROM fetch_state WHERE url = ? AND kind = 'feed' "
                                "AND status = 'ok'", (feed,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def feed_ok(self, feed: str, page: Page) -> None:
        etag, modified = self.validators(feed) if page.not_modified else (None, None)
        self._put(feed, "feed", None, "ok", etag=page.etag or etag, last_modified=page.last_modified or modified)

    def feed_failed(self, feed: str, error: str) -> None:
        self._put(feed, "feed", None, "failed", attempts=self._attempts(feed) + 1, error=error)

    def is_done(self, url: str) -> bool:
        """Stored under this URL, resolved to a stored article, or given up."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE url = ? UNION ALL "
            "SELECT 1 FROM fetch_state f JOIN articles a ON a.id = f.article_id WHERE f.url = ? "
            "AND f.status IN ('stored', 'duplicate') UNION ALL "
            "SELECT 1 FROM fetch_state WHERE url = ? AND status = 'gave_up' LIMIT 1", (url, url, url)).fetchone()
        return row is not None

    def pending(self, feed: str) -> list[str]:
        """Pages of this feed that failed or were left for later, oldest first."""
        rows = self.conn.execute("SELECT url FROM fetch_state WHERE kind = 'page' AND feed = ? AND "
                                 "status IN ('failed', 'queued') ORDER BY checked_at, url", (feed,))
        return [row[0] for row in rows]

    def stored_text(self, text: str) -> str | None:
        """The id of a stored article with exactly this text, if any."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ? LIMIT 1",
                                (content_hash(text),)).fetchone()
        return row[0] if row else None

    def page_queued(self, url: str, feed: str) -> None:
        self._put(url, "page", feed, "queued", attempts=self._attempts(url))

    def page_done(self, url: str, feed: str, status: str, article_id: str) -> None:
        self._put(url, "page", feed, status, article_id=article_id)

    def page_failed(self, url: str, feed: str, error: str, max_attempts: int) -> bool:
        """Record a failure; True when this was the last try."""
        attempts = self._attempts(url) + 1
        gave_up = attempts >= max_attempts
        self._put(url, "page", feed, "gave_up" if gave_up else "failed", attempts=attempts, error=error)
        return gave_up

    def _attempts(self, url: str) -> int:
        row = self.conn.execute("SELECT attempts FROM fetch_state WHERE url = ?", (url,)).fetchone()
        return row[0] if row else 0

    def _put(self, url: str, kind: str, feed: str | None, status: str, etag: str | None = None,
             last_modified: str | None = None, article_id: str | None = None, attempts: int = 0,
             error: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO fetch_state (url, kind, feed, status, etag, last_modified, article_id, attempts, error,"
            " checked_at) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET kind = excluded.kind,"
            " feed = excluded.feed, status = excluded.status, etag = excluded.etag,"
            " last_modified = excluded.last_modified, article_id = excluded.article_id,"
            " attempts = excluded.attempts, error = excluded.error, checked_at = excluded.checked_at",
            (url, kind, feed, status, etag, last_modified, article_id, attempts, error,
             datetime.now(timezone.utc).isoformat(timespec="microseconds")))


def feed_items(feed: str, page: Page) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) listed by an RSS/Atom feed, a sitemap or a sitemap index."""
    sitemap = _sitemap(page.body)
    if sitemap is not None:
        kind, locs = sitemap
        return ([], _http_only(locs)) if kind == "sitemapindex" else (_http_only(locs), [])
    content_type = f"{page.content_type}; charset={page.charset}" if page.charset else page.content_type
    parsed = feedparser.parse(io.BytesIO(page.body),
                              response_headers={"content-location": page.url, "content-type": content_type})
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(feed, "not an RSS/Atom feed or a sitemap")
    return _http_only(urljoin(page.url, e.get("link")) for e in parsed.entries if e.get("link")), []


def _sitemap(body: bytes) -> tuple[str, list[str]] | None:
    """('urlset' | 'sitemapindex', <loc> URLs) for a sitemap, None for anything else."""
    head = body[:4096].lower()
    if b"<urlset" not in head and b"<sitemapindex" not in head:
        return None
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    kind = root.tag.rpartition("}")[2]
    child = {"urlset": "url", "sitemapindex": "sitemap"}.get(kind)
    if child is None:
        return None
    locs = [(loc.text or "").strip() for loc in root.findall(f"{{*}}{child}/{{*}}loc")]
    return kind, [loc for loc in locs if loc]


def _http_only(urls: Iterable[str]) -> list[str]:
    """The http(s) URLs, each once, in order."""
    kept: list[str] = []
    for url in urls:
        try:
            check_url(url)
        except FetchError:
            continue
        if url not in kept:
            kept.append(url)
    return kept


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class Watcher:
    """Rounds over a list of feeds: new pages are fetched, extracted by the pipeline and stored."""

    def __init__(self, conn: sqlite3.Connection, pipeline: Pipeline, fetcher: Fetcher | None = None,
                 log: Callable[[str], None] = _stderr, max_per_feed: int | None = None,
                 max_attempts: int | None = None) -> None:
        self.conn, self.pipeline, self.log = conn, pipeline, log
        self.fetcher = fetcher or Fetcher()
        self.state = FetchState(conn)
        self.max_per_feed = max_per_feed if max_per_feed is not None else settings.WATCH_MAX_PER_FEED
        self.max_attempts = max_attempts if max_attempts is not None else settings.WATCH_MAX_ATTEMPTS
        self.rounds = 0
        self._problems: list[str] = []

    def close(self) -> None:
        self.fetcher.close()

    def run(self, feeds_file: str | Path, every: float, once: bool = False) -> None:
        """Rounds every ``every`` seconds (until interrupted), or one round with ``once``.

        Raises FeedListError only when the FEEDS file is unusable at the start; later it is re-read each
        round, and when it cannot be read the last good list is used."""
        feeds = self._read_feeds(feeds_file)
        while True:
            started = time.monotonic()
            self.run_round(feeds)
            if once:
                return
            time.sleep(max(0.0, every - (time.monotonic() - started)))
            try:
                feeds = self._read_feeds(feeds_file)
            except FeedListError as exc:
                self.log(f"{exc}; keeping the last list")

    def _read_feeds(self, feeds_file: str | Path) -> list[str]:
        feeds, problems = read_feed_list(feeds_file)
        if problems != self._problems:
            for problem in problems:
                self.log(problem)
        self._problems = problems
        return feeds

    def run_round(self, feeds: list[str]) -> RoundReport:
        """One round over ``feeds`` (and the sitemaps that sitemap indexes in it list)."""
        self.rounds += 1
        report = RoundReport(self.rounds)
        before = self.fetcher.requests
        queue, seen = [(feed, True) for feed in feeds], set()
        while queue:
            feed, top = queue.pop(0)
            if feed not in seen:
                seen.add(feed)
                nested = self._feed(feed, report)
                queue.extend((url, False) for url in nested[: self.max_per_feed] if top)
        report.requests = self.fetcher.requests - before
        for failure in report.failures:
            self.log(f"  failed: {failure}")
        self.log(report.line())
        return report

    def _feed(self, feed: str, report: RoundReport) -> list[str]:
        """Read one feed and process its new pages; returns the sitemaps it lists."""
        etag, modified = self.state.validators(feed)
        links, nested, page = [], [], None
        try:
            page = self.fetcher.fetch(feed, html_only=False, etag=etag, last_modified=modified)
            if not page.not_modified:
                links, nested = feed_items(feed, page)
        except FetchError as exc:
            self.state.feed_failed(feed, exc.problem)
            report.failures.append(str(exc))
            page = None
        if page is not None:
            report.feeds += 1
            report.unchanged += page.not_modified
        candidates = list(dict.fromkeys(links + self.state.pending(feed)))
        self._pages(feed, candidates, report)
        if page is not None:
            self.state.feed_ok(feed, page)
        return nested

    def _pages(self, feed: str, urls: list[str], report: RoundReport) -> None:
        """Fetch the pages not yet done (at most max_per_feed; the rest are queued), then store them."""
        batch: dict[str, Article] = {}  # content hash -> article
        budget = self.max_per_feed
        for url in urls:
            if self.state.is_done(url):
                report.skipped += 1
            elif budget <= 0:
                self.state.page_queued(url, feed)
            else:
                budget -= 1
                article = self._fetch(feed, url, report)
                if article is not None:
                    self._dedupe(feed, url, article, batch, report)
        self._store(feed, list(batch.values()), report)

    def _fetch(self, feed: str, url: str, report: RoundReport) -> Article | None:
        """The page's article, checked as ``eventwire ingest`` checks its inputs; None when it failed."""
        try:
            article = article_from_page(self.fetcher.fetch(url), source=url)
        except FetchError as exc:
            self._failed(feed, url, str(exc), report)
            return None
        except DecodeProblem as exc:
            self._failed(feed, url, f"{url}: {exc}", report)
            return None
        refused = not_english_reason(article.text)
        if refused:
            self._failed(feed, url, f"{url}: {refused}", report)
            return None
        return article

    def _dedupe(self, feed: str, url: str, article: Article, batch: dict[str, Article], report: RoundReport) -> None:
        """Keep the article for storing unless its text is stored already or earlier in this batch."""
        key = content_hash(article.text)
        owner = self.state.stored_text(article.text) or (batch[key].id if key in batch else None)
        if owner:
            self.state.page_done(url, feed, "duplicate", owner)
            report.skipped += 1
        else:
            batch[key] = article

    def _store(self, feed: str, articles: list[Article], report: RoundReport) -> None:
        for outcome in self.pipeline.run(articles):
            url = outcome.article.source or ""
            if outcome.error or outcome.record is None:
                self._failed(feed, url, outcome.error or f"{url}: no record", report)
                continue
            record = outcome.record.to_dict()
            try:
                save_record(self.conn, record, url)
            except sqlite3.Error as exc:
                self._failed(feed, url, f"{url}: cannot store ({exc})", report)
                continue
            self.state.page_done(url, feed, "stored", record["article"]["id"])
            report.new += 1

    def _failed(self, feed: str, url: str, message: str, report: RoundReport) -> None:
        if self.state.page_failed(url, feed, message, self.max_attempts):
            message += f" (given up after {self.max_attempts} tries)"
        report.failures.append(message)
