"""The watcher: rounds over RSS, Atom and sitemap feeds served by a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

import pytest

from eventwire.ingest.web import Fetcher
from eventwire.store import connect
from eventwire.watch import FeedListError, FetchState, Watcher, parse_every, read_feed_list

from .cli_helpers import run_cli
from .test_web_ingest import NewsSite, site, small_config  # noqa: F401 - site is a fixture

FEEDS = ("/rss.xml", "/atom.xml", "/sitemap.xml", "/bad.xml")
BAD = ("/slow.html", "/missing.html", "/loop/a", "/big.html", "/huge.html", "/private/secret.html", "/data.json")


def _feeds_file(tmp_path: Path, site: NewsSite, paths: tuple[str, ...] = FEEDS) -> Path:
    lines = ["# test feeds", *(f"{site.url(p)}   # {p}" for p in paths), ""]
    path = tmp_path / "feeds.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _stored_urls(conn: sqlite3.Connection) -> list[str]:
    return sorted(row[0] for row in conn.execute("SELECT url FROM articles"))


def _page_hits(site: NewsSite) -> dict[str, int]:
    return {p: n for p, n in site.hits.items() if p.startswith("/news/")}


@pytest.fixture
def watcher(tmp_path: Path, pipeline) -> Iterator[Watcher]:
    """A watcher with small limits whose log lines are kept in ``watcher.lines``."""
    conn = connect(tmp_path / "w.db")
    lines: list[str] = []
    w = Watcher(conn, pipeline, Fetcher(small_config()), log=lines.append, max_attempts=2)
    w.lines = lines  # type: ignore[attr-defined]
    yield w
    w.close()
    conn.close()


def test_rounds_store_new_entries_once_and_use_conditional_requests(site: NewsSite, watcher: Watcher) -> None:
    feeds = [site.url(p) for p in FEEDS]
    first = watcher.run_round(feeds)
    urls = [site.url(p) for p in ("/flaky.html", "/news/a1.html", "/news/a2.html", "/news/b1.html", "/news/c1.html")]
    assert _stored_urls(watcher.conn) == sorted(urls)
    assert (first.new, first.skipped, first.failed) == (5, 1, len(BAD))  # dup.html repeats a1's text
    failures = "\n".join(first.failures)
    for path, problem in [("/slow.html", "timed out"), ("/missing.html", "HTTP 404"), ("/loop/a", "redirect loop"),
                          ("/big.html", "too large"), ("/huge.html", "too large"),
                          ("/private/secret.html", "disallowed by robots.txt"), ("/data.json", "not HTML")]:
        assert f"{site.url(path)}: {problem}" in failures
    assert site.hits["/private/secret.html"] == 0
    assert "round 1: 5 new, 1 skipped, 7 failed (4 feed(s) read, 0 unchanged;" in watcher.lines[-1]

    site.rss_paths.append("/news/a3.html")
    before = dict(_page_hits(site))
    second = watcher.run_round(feeds)
    assert (second.new, second.feeds, second.unchanged) == (1, 4, 3)
    assert site.not_modified == {"/atom.xml": 1, "/sitemap.xml": 1, "/bad.xml": 1}
    after = _page_hits(site)
    assert {p: n - before.get(p, 0) for p, n in after.items() if n != before.get(p, 0)} == {"/news/a3.html": 1}
    assert _stored_urls(watcher.conn) == sorted([*urls, site.url("/news/a3.html")])
    assert second.failed == len(BAD) and all("given up after 2 tries" in f for f in second.failures)

    third = watcher.run_round(feeds)
    assert (third.new, third.failed, third.unchanged) == (0, 0, 4)
    assert site.hits["/missing.html"] == 2 and site.hits["/slow.html"] == 4  # 2 rounds x (1 try + 1 retry)
    assert _page_hits(site) == after
    assert watcher.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 6


def test_failed_pages_are_retried_even_when_the_feed_is_unchanged(site: NewsSite, watcher: Watcher) -> None:
    site.bad_paths = ["/later.html"]
    feed = [site.url("/bad.xml")]
    assert watcher.run_round(feed).failed == 1
    report = watcher.run_round(feed)
    assert report.unchanged == 1 and site.hits["/later.html"] == 2


def test_feed_failures_are_reported_and_do_not_stop_the_round(site: NewsSite, watcher: Watcher) -> None:
    report = watcher.run_round([site.url("/nope.xml"), site.url("/news/a1.html"), site.url("/rss.xml")])
    assert report.new == 2
    assert f"{site.url('/nope.xml')}: HTTP 404 Not Found" in report.failures
    assert f"{site.url('/news/a1.html')}: not an RSS/Atom feed or a sitemap" in report.failures


def test_per_feed_cap_queues_the_rest_for_later_rounds(site: NewsSite, watcher: Watcher) -> None:
    watcher.max_per_feed = 1
    feed = [site.url("/rss.xml")]
    assert watcher.run_round(feed).new == 1
    assert FetchState(watcher.conn).pending(feed[0]) == [site.url("/news/a2.html")]
    report = watcher.run_round(feed)  # the feed is unchanged (304), the queued page is fetched
    assert (report.new, report.unchanged) == (1, 1)


def test_a_url_stored_by_ingest_is_not_fetched_again(site: NewsSite, watcher: Watcher, pipeline) -> None:
    from eventwire.ingest.web import read_url
    from eventwire.store import save_record

    (article,) = list(read_url(site.url("/news/a1.html"), watcher.fetcher))
    save_record(watcher.conn, pipeline.extract(article).to_dict(), article.source)
    report = watcher.run_round([site.url("/rss.xml")])
    assert (report.new, report.skipped) == (1, 1) and site.hits["/news/a1.html"] == 1


def test_feed_list_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# news\nhttps://example.org/rss#top  # main\n\n  ftp://example.org/x\nhttps://example.org/rss#top\n"
                    "http://example.net/sitemap.xml\n", encoding="utf-8")
    urls, problems = read_feed_list(path)
    assert urls == ["https://example.org/rss#top", "http://example.net/sitemap.xml"]
    assert problems == [f"{path}:4: not an http(s) URL, ignored: 'ftp://example.org/x'"]
    path.write_text("# nothing\n\n", encoding="utf-8")
    with pytest.raises(FeedListError, match="no feed URL"):
        read_feed_list(path)
    with pytest.raises(FeedListError, match="cannot read"):
        read_feed_list(tmp_path / "missing.txt")


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), ("30", 30),
                                           ("0.5m", 30)])
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "15 minutes", "-5m", "m"])
def test_parse_every_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def test_watch_once_through_the_cli(site: NewsSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in [("EVENTWIRE_HOST_DELAY", "0"), ("EVENTWIRE_FETCH_TIMEOUT", "0.4"),
                        ("EVENTWIRE_FETCH_RETRIES", "1"), ("EVENTWIRE_FETCH_BACKOFF", "0.05"),
                        ("EVENTWIRE_FETCH_MAX_BYTES", "40000")]:
        monkeypatch.setenv(name, value)
    feeds, db = _feeds_file(tmp_path, site, ("/rss.xml", "/atom.xml", "/bad.xml")), tmp_path / "cli.db"
    first = run_cli("watch", str(feeds), "--db", str(db), "--once", "--every", "1m")
    assert first.returncode == 0, first.stderr
    assert "round 1: 4 new, 1 skipped, 7 failed" in first.stderr
    assert f"failed: {site.url('/missing.html')}: HTTP 404 Not Found" in first.stderr
    site.rss_paths.append("/news/a3.html")
    second = run_cli("watch", str(feeds), "--db", str(db), "--once")
    assert second.returncode == 0, second.stderr
    assert "round 1: 1 new, 2 skipped, 7 failed (3 feed(s) read, 2 unchanged;" in second.stderr
    assert site.not_modified["/atom.xml"] == 1 and site.not_modified["/bad.xml"] == 1
    assert all(n == 1 for n in _page_hits(site).values())
    conn = connect(db, readonly=True)
    assert len(_stored_urls(conn)) == 5 and site.url("/news/a3.html") in _stored_urls(conn)
    conn.close()


def test_watch_refuses_an_unusable_feeds_file(tmp_path: Path) -> None:
    missing = run_cli("watch", str(tmp_path / "none.txt"), "--db", str(tmp_path / "x.db"), "--once")
    assert missing.returncode != 0 and "cannot read the feed list" in missing.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("# only a comment\n", encoding="utf-8")
    result = run_cli("watch", str(empty), "--db", str(tmp_path / "x.db"), "--once")
    assert result.returncode != 0 and "no feed URL" in result.stderr
    bad_every = run_cli("watch", str(empty), "--every", "soon")
    assert bad_every.returncode == 2 and "--every" in bad_every.stderr
