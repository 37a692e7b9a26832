"""Fetching web pages: a real HTTP server on 127.0.0.1, started here, serves news pages and bad cases.

``NewsSite`` is shared with test_watch.py: it serves RSS, Atom and sitemap feeds, article pages, a slow
page, a 404, a redirect loop, oversized pages, a 503-then-200 page and a robots.txt that disallows
/private/, and counts every request (and every 304) per path.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest

from eventwire import settings
from eventwire.ingest import IngestError, read_inputs
from eventwire.ingest import web
from eventwire.ingest.web import FetchConfig, FetchError, Fetcher, read_url
from eventwire.record import Article

from .cli_helpers import run_cli

SLOW_S = 2.0
MAX_BYTES = 40_000
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)

STORIES: dict[str, tuple[str, str, str, list[str]]] = {
    "a1": ("Port workers strike over pay in Rotterdam", "Anna de Vries", "2024-03-04", [
        "Thousands of port workers in Rotterdam walked off the job on Monday, halting container traffic at "
        "Europe's largest port, union leaders said.",
        "\"We have waited two years for a fair offer,\" said Jan Bakker, a spokesman for the FNV union, "
        "speaking outside the main terminal.",
        "The port authority said it expected delays of several days and urged both sides to return to talks."]),
    "a2": ("Kenya and Tanzania sign border trade deal", "Grace Mwangi", "2024-03-05", [
        "Kenya and Tanzania signed an agreement on Tuesday to cut waiting times for lorries at their shared "
        "border, officials in Nairobi said.",
        "President William Ruto said the deal would lower the cost of goods for families in both countries.",
        "Traders at the Namanga crossing welcomed the news but said they wanted to see the changes first."]),
    "a3": ("Flood warnings issued along the Danube", "Karl Huber", "2024-03-06", [
        "Austrian authorities issued flood warnings on Wednesday for towns along the Danube after days of "
        "heavy rain across the region.",
        "\"The river is still rising and we ask residents to stay away from the banks,\" said Maria Gruber, "
        "the governor of Lower Austria.",
        "Emergency crews built barriers in Krems overnight and schools in several villages were closed."]),
    "b1": ("Chile central bank holds interest rates", "Pedro Soto", "2024-03-07", [
        "Chile's central bank kept its benchmark interest rate unchanged on Thursday, citing uncertainty about "
        "copper prices and inflation.",
        "The bank said in a statement that it would watch the data closely before any further move.",
        "Economists polled by local newspapers had expected the decision, which was taken unanimously."]),
    "c1": ("Wildfire forces evacuations near Athens", "Eleni Papadopoulou", "2024-03-08", [
        "Greek authorities ordered the evacuation of three villages north of Athens on Friday as a wildfire "
        "spread through pine forests, the fire service said.",
        "Firefighters backed by water-dropping aircraft battled the flames through the afternoon.",
        "No injuries were reported, but several homes were damaged, the mayor of Marathon told state television."]),
    "flaky": ("Rail union accepts new contract offer in Ottawa", "Luc Tremblay", "2024-03-09", [
        "Canada's largest rail union accepted a new contract offer on Saturday, ending weeks of uncertainty "
        "for freight shippers, the union said in Ottawa.",
        "\"Our members voted for stability,\" said union president Paul Boucher after the ballot was counted.",
        "The railway company said normal service would resume across the country by Monday morning."]),
}


def news_page(key: str) -> str:
    title, author, date, paragraphs = STORIES[key]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta name=\"author\" content=\"{author}\"><meta property=\"og:site_name\" content=\"Test Herald\">"
            f"<meta property=\"article:published_time\" content=\"{date}\"></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>{title}</h1>"
            f"<p class=\"byline\">By {author}</p>{body}</article><footer>Test Herald 2024</footer></body></html>")


def rss(base: str, keys: list[str]) -> str:
    items = "".join(f"<item><title>{STORIES.get(k, (k,))[0]}</title><link>{base}{path}</link>"
                    f"<guid>{base}{path}</guid></item>" for k, path in ((_key(p), p) for p in keys))
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test Herald</title>"
            f"<link>{base}/</link><description>News</description>{items}</channel></rss>")


def atom(base: str, paths: list[str]) -> str:
    entries = "".join(f"<entry><title>{p}</title><id>{base}{p}</id><link rel=\"alternate\" href=\"{base}{p}\"/>"
                      f"<updated>2024-03-07T10:00:00Z</updated></entry>" for p in paths)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Test Herald</title><id>{base}/atom.xml</id><updated>2024-03-07T10:00:00Z</updated>"
            f"{entries}</feed>")


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><image:image><image:loc>{base}/pic.jpg</image:loc></image:image>"
                   f"</url>" for p in paths)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            f" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">{urls}</urlset>")


def _key(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".html")


@dataclass
class NewsSite:
    """What the server serves (mutable between rounds) and what it saw."""

    base: str = ""
    rss_paths: list[str] = field(default_factory=lambda: ["/news/a1.html", "/news/a2.html"])
    atom_paths: list[str] = field(default_factory=lambda: ["/news/b1.html", "/news/dup.html"])
    sitemap_paths: list[str] = field(default_factory=lambda: ["/news/c1.html"])
    bad_paths: list[str] = field(default_factory=lambda: [
        "/slow.html", "/missing.html", "/loop/a", "/big.html", "/huge.html", "/private/secret.html",
        "/flaky.html", "/data.json"])
    hits: Counter = field(default_factory=Counter)
    not_modified: Counter = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def respond(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.hits[path] += 1
            self.agents.add(headers.get("user-agent", ""))
            count = self.hits[path]
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"
        feeds = {"/rss.xml": lambda: rss(self.base, self.rss_paths), "/atom.xml": lambda: atom(self.base, self.atom_paths),
                 "/bad.xml": lambda: rss(self.base, self.bad_paths),
                 "/sitemap.xml": lambda: sitemap(self.base, self.sitemap_paths)}
        if path in feeds:
            return self._feed(path, feeds[path]().encode(), headers)
        return self._page(path, count)

    def _feed(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
        if path == "/sitemap.xml":  # validated by date only
            fresh = headers.get("if-modified-since") == LAST_MODIFIED
            out = {"Last-Modified": LAST_MODIFIED}
        else:
            fresh = headers.get("if-none-match") == etag
            out = {"ETag": etag}
        if fresh:
            with self.lock:
                self.not_modified[path] += 1
            return 304, out, b""
        return 200, {**out, "Content-Type": "application/xml"}, body

    def _page(self, path: str, count: int) -> tuple[int, dict[str, str], bytes]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path.startswith("/news/"):
            key = "a1" if _key(path) == "dup" else _key(path)
            if key in STORIES:
                return 200, html, news_page(key).encode()
        if path == "/flaky.html":
            return (503, html, b"busy") if count == 1 else (200, html, news_page("flaky").encode())
        if path == "/slow.html":
            time.sleep(SLOW_S)
            return 200, html, news_page("a1").encode()
        if path in ("/loop/a", "/loop/b"):
            return 302, {"Location": "/loop/b" if path == "/loop/a" else "/loop/a"}, b""
        if path.startswith("/chain/"):
            return 302, {"Location": f"/chain/{int(path[7:]) + 1}"}, b""
        if path == "/to-ftp":
            return 301, {"Location": "ftp://127.0.0.1/file"}, b""
        if path == "/big.html":
            return 200, html, b"<html><body><p>" + b"x" * (2 * MAX_BYTES) + b"</p></body></html>"
        if path == "/huge.html":  # no Content-Length: must be stopped while streaming
            return 200, {**html, "X-Stream": "1"}, b"<html><body><p>" + b"y" * (20 * MAX_BYTES) + b"</p></body></html>"
        if path == "/data.json":
            return 200, {"Content-Type": "application/json"}, b'{"not": "html"}'
        return 404, html, b"<html><body>not found</body></html>"


def _handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            status, headers, body = site.respond(self.path, {k.lower(): v for k, v in self.headers.items()})
            try:
                self.send_response(status)
                for name, value in headers.items():
                    if name != "X-Stream":
                        self.send_header(name, value)
                if "X-Stream" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for start in range(0, len(body), 8192):
                    self.wfile.write(body[start:start + 8192])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout, too large): that is the point of the test

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[NewsSite]:
    news = NewsSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(news))
    server.daemon_threads = True
    server.block_on_close = False
    news.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield news
    server.shutdown()
    server.server_close()


def small_config(**changes: object) -> FetchConfig:
    """Small limits so that failures are quick: 0.4 s timeout, one retry, no host delay."""
    values: dict = dict(timeout=0.4, max_bytes=MAX_BYTES, max_redirects=5, retries=1, backoff=0.05, host_delay=0.0)
    values.update(changes)
    return FetchConfig(**values)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(small_config()) as f:
        yield f


def _one(site: NewsSite, path: str, fetcher: Fetcher) -> Article | IngestError:
    (item,) = list(read_url(site.url(path), fetcher))
    return item


def test_page_becomes_an_article_with_its_url_and_metadata(site: NewsSite, fetcher: Fetcher) -> None:
    article = _one(site, "/news/a1.html", fetcher)
    assert isinstance(article, Article), article
    assert article.url == site.url("/news/a1.html")
    assert article.source == site.url("/news/a1.html")
    assert article.title == "Port workers strike over pay in Rotterdam"
    assert article.authors == ["Anna de Vries"]
    assert article.published == "2024-03-04"
    assert article.outlet == "Test Herald"
    assert "Thousands of port workers" in article.text and "Home" not in article.text
    (agent,) = site.agents
    assert agent.startswith("eventwire/") and "(+" in agent
    assert site.hits["/robots.txt"] == 1


def test_read_inputs_dispatches_urls_and_keeps_going(site: NewsSite, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "HOST_DELAY_S", 0.0)
    monkeypatch.setattr(web, "_shared", None)
    items = list(read_inputs([site.url("/news/a2.html"), site.url("/missing.html")], published="2024-01-02"))
    assert isinstance(items[0], Article) and items[0].published == "2024-01-02"
    assert items[0].url == site.url("/news/a2.html")
    assert isinstance(items[1], IngestError)
    assert str(items[1]) == f"{site.url('/missing.html')}: HTTP 404 Not Found"


@pytest.mark.parametrize("path, problem", [
    ("/missing.html", "HTTP 404 Not Found"),
    ("/loop/a", "redirect loop"),
    ("/chain/1", "too many redirects (more than 5)"),
    ("/to-ftp", "redirected to a non-http(s) URL"),
    ("/big.html", "too large"),
    ("/huge.html", "too large (more than"),
    ("/private/secret.html", "disallowed by robots.txt"),
    ("/data.json", "not HTML (content type application/json)"),
])
def test_fetch_failures_name_the_url_and_the_problem(site: NewsSite, fetcher: Fetcher, path: str, problem: str) -> None:
    error = _one(site, path, fetcher)
    assert isinstance(error, IngestError), error
    assert error.source == site.url(path)
    assert problem in error.message
    assert site.hits["/private/secret.html"] == 0


def test_a_slow_page_times_out_after_the_retries(site: NewsSite, fetcher: Fetcher) -> None:
    started = time.perf_counter()
    error = _one(site, "/slow.html", fetcher)
    assert isinstance(error, IngestError) and "timed out after 0.4 s" in error.message
    assert site.hits["/slow.html"] == 2  # one retry
    assert time.perf_counter() - started < SLOW_S


def test_5xx_is_retried_with_backoff_and_4xx_is_not(site: NewsSite, fetcher: Fetcher) -> None:
    assert isinstance(_one(site, "/flaky.html", fetcher), Article)
    assert site.hits["/flaky.html"] == 2
    _one(site, "/missing.html", fetcher)
    assert site.hits["/missing.html"] == 1


def test_only_http_urls_are_fetched(fetcher: Fetcher) -> None:
    for url in ("ftp://127.0.0.1/x.html", "file:///etc/passwd", "http:///nohost"):
        (error,) = list(read_url(url, fetcher))
        assert isinstance(error, IngestError) and error.message == "not an http(s) URL"


def test_requests_to_one_host_are_spaced(site: NewsSite) -> None:
    with Fetcher(small_config(host_delay=0.3)) as slow:
        started = time.perf_counter()
        slow.fetch(site.url("/news/a1.html"))  # robots.txt, then the page
        slow.fetch(site.url("/news/a2.html"))
        assert time.perf_counter() - started >= 0.6
        assert slow.requests == 3


def test_conditional_request_gets_304(site: NewsSite, fetcher: Fetcher) -> None:
    first = fetcher.fetch(site.url("/atom.xml"), html_only=False)
    assert first.status == 200 and first.etag
    again = fetcher.fetch(site.url("/atom.xml"), html_only=False, etag=first.etag)
    assert again.not_modified and again.body == b""
    assert site.not_modified["/atom.xml"] == 1


def test_fetch_error_for_a_closed_port() -> None:
    with Fetcher(small_config(retries=0)) as f, pytest.raises(FetchError) as caught:
        f.fetch("http://127.0.0.1:9/news.html")  # the discard port: nothing listens there
    assert "127.0.0.1:9" in str(caught.value)


def test_extract_url_through_the_cli(site: NewsSite, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_HOST_DELAY", "0")
    monkeypatch.setenv("EVENTWIRE_FETCH_TIMEOUT", "2")
    result = run_cli("extract", "--format", "jsonl", site.url("/news/a3.html"), site.url("/missing.html"))
    assert result.returncode == 1, result.stderr
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["article"]["url"] == site.url("/news/a3.html")
    assert record["article"]["title"] == "Flood warnings issued along the Danube"
    assert any(a["name"] == "Maria Gruber" for a in record["actors"]), record["actors"]
    assert f"{site.url('/missing.html')}: HTTP 404 Not Found" in result.stderr
