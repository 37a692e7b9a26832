"""Web pages over HTTP(S): polite, bounded fetching, and pages to articles.

A ``Fetcher`` sends a clear User-Agent, waits between two requests to one host (longer when robots.txt
asks for a Crawl-delay), reads and caches each host's robots.txt and obeys it, follows at most a few
redirects (checking every hop), streams bodies and stops reading at a size limit, retries 5xx answers and
timeouts with backoff, and sends ETag / Last-Modified validators when asked (conditional requests).
Every problem is a ``FetchError`` naming the URL and what went wrong; ``read_url`` turns it into an
``IngestError`` so that a batch goes on with its other inputs.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import settings
from ..record import Article
from .decode import DecodeProblem, decode
from .errors import IngestError
from .html import article_from_html

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
ROBOTS_RETRY_S = 60.0  # an unreachable robots.txt (5xx, timeout) means "disallow all" for this long
MAX_CRAWL_DELAY_S = 60.0
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class FetchError(Exception):
    """A URL that could not be fetched, and why (HTTP status, timeout, too large, robots.txt, ...)."""

    def __init__(self, url: str, problem: str) -> None:
        super().__init__(f"{url}: {problem}")
        self.url, self.problem = url, problem


class _Transient(Exception):
    """A failure worth another try (5xx, timeout); carries the FetchError to raise when tries run out."""

    def __init__(self, error: FetchError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class FetchConfig:
    """How a Fetcher behaves; the defaults come from ``eventwire.settings`` when it is made."""

    user_agent: str = field(default_factory=lambda: settings.USER_AGENT)
    timeout: float = field(default_factory=lambda: settings.FETCH_TIMEOUT_S)
    max_bytes: int = field(default_factory=lambda: settings.FETCH_MAX_BYTES)
    max_redirects: int = field(default_factory=lambda: settings.FETCH_MAX_REDIRECTS)
    retries: int = field(default_factory=lambda: settings.FETCH_RETRIES)
    backoff: float = field(default_factory=lambda: settings.FETCH_BACKOFF_S)
    host_delay: float = field(default_factory=lambda: settings.HOST_DELAY_S)
    robots_ttl: float = field(default_factory=lambda: settings.ROBOTS_TTL_S)


@dataclass
class Page:
    """One answer: the final URL (after redirects), the status, the body and what describes it."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> None:
    """Raise FetchError unless ``url`` is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        raise FetchError(url, "not an http(s) URL")


class Fetcher:
    """Polite HTTP GETs; one per job so that rate limits and robots.txt caches are shared."""

    def __init__(self, config: FetchConfig | None = None) -> None:
        self.config = config or FetchConfig()
        self.client = httpx.Client(headers={"User-Agent": self.config.user_agent}, follow_redirects=False,
                                   timeout=httpx.Timeout(self.config.timeout),
                                   max_redirects=self.config.max_redirects)
        self.requests = 0
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[RobotFileParser, float, str]] = {}  # base -> (parser, expiry, why not)
        self._crawl_delay: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch(self, url: str, html_only: bool = True, etag: str | None = None,
              last_modified: str | None = None) -> Page:
        """GET ``url`` following redirects; with ``etag``/``last_modified`` a 304 Page may come back."""
        check_url(url)
        headers = _conditional_headers(etag, last_modified)
        seen, current = {url}, url
        for _ in range(self.config.max_redirects + 1):
            try:
                page = self._get_allowed(current, headers, html_only)
            except FetchError as exc:
                raise FetchError(url, exc.problem if current == url else f"{exc.problem} (at {current})") from None
            if page.status not in REDIRECT_CODES:
                return page
            current = self._next_hop(url, current, page, seen)
            headers = {}
        raise FetchError(url, f"too many redirects (more than {self.config.max_redirects})")

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets this crawler fetch ``url`` (read once per host and cached)."""
        return self._refusal(url) is None

    def _refusal(self, url: str) -> str | None:
        """Why robots.txt keeps this crawler from ``url``, or None when it may fetch it."""
        parser, why = self._robots_for(url)
        return None if parser.can_fetch(self.config.user_agent, url) else why

    def _next_hop(self, url: str, current: str, page: Page, seen: set[str]) -> str:
        if not page.location:
            raise FetchError(url, f"HTTP {page.status} redirect without a Location header")
        target = urljoin(current, page.location)
        try:
            check_url(target)
        except FetchError:
            raise FetchError(url, f"redirected to a non-http(s) URL ({target})") from None
        if target in seen:
            raise FetchError(url, f"redirect loop ({current} -> {target})")
        seen.add(target)
        return target

    def _get_allowed(self, url: str, headers: dict[str, str], html_only: bool) -> Page:
        refusal = self._refusal(url)
        if refusal:
            raise FetchError(url, refusal)
        return self._get_retrying(url, headers, html_only)

    def _get_retrying(self, url: str, headers: dict[str, str], html_only: bool) -> Page:
        for attempt in range(self.config.retries + 1):
            try:
                return self._get(url, headers, html_only)
            except _Transient as exc:
                if attempt >= self.config.retries:
                    raise exc.error from None
                time.sleep(self.config.backoff * 2 ** attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _get(self, url: str, headers: dict[str, str], html_only: bool) -> Page:
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._page(url, response, html_only)
        except httpx.TimeoutException:
            raise _Transient(FetchError(url, f"timed out after {self.config.timeout:g} s")) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None

    def _page(self, url: str, response: httpx.Response, html_only: bool) -> Page:
        status = response.status_code
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if status in REDIRECT_CODES or status == 304:
            return Page(url, status, etag=etag, last_modified=modified, location=response.headers.get("location"))
        if status >= 500:
            raise _Transient(FetchError(url, _status_text(response)))
        if not 200 <= status < 300:
            raise FetchError(url, _status_text(response))
        mime, charset = _content_type(response.headers.get("content-type", ""))
        if html_only and mime and mime not in HTML_TYPES:
            raise FetchError(url, f"not HTML (content type {mime})")
        body = self._read_body(url, response)
        return Page(url, status, body, mime, charset, etag, modified)

    def _read_body(self, url: str, response: httpx.Response, limit: int | None = None) -> bytes:
        """The body, streamed; stops reading past the size limit or the whole-fetch deadline."""
        limit = limit or self.config.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"too large ({int(declared):,} bytes; the limit is {limit:,})")
        deadline = time.monotonic() + 3 * self.config.timeout
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"too large (more than {limit:,} bytes)")
            if time.monotonic() > deadline:
                raise _Transient(FetchError(url, f"timed out reading the body (over {3 * self.config.timeout:g} s)"))
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        """Sleep until this host may be asked again; the request counts from now."""
        host = urlsplit(url).netloc.lower()
        delay = max(self.config.host_delay, self._crawl_delay.get(host, 0.0))
        wait = self._last.get(host, -math.inf) + delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()
        self.requests += 1

    def _robots_for(self, url: str) -> tuple[RobotFileParser, str]:
        parts = urlsplit(url)
        base = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        cached = self._robots.get(base)
        if cached and cached[1] > time.monotonic():
            return cached[0], cached[2]
        parser, ttl, why = self._read_robots(base)
        self._robots[base] = (parser, time.monotonic() + ttl, why)
        delay = parser.crawl_delay(self.config.user_agent) if parser.mtime() else None
        self._crawl_delay[parts.netloc.lower()] = min(float(delay or 0.0), MAX_CRAWL_DELAY_S)
        return parser, why

    def _read_robots(self, base: str) -> tuple[RobotFileParser, float, str]:
        """(parser, seconds to trust it, why it refuses) for a host's robots.txt, as RFC 9309 says: 4xx
        allows all, 5xx or unreachable disallows all for a while; 401 and 403 disallow all (as Python's
        robotparser does)."""
        url = f"{base}/robots.txt"
        parser = RobotFileParser(url)
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url, follow_redirects=True) as response:
                status = response.status_code
                body = self._read_capped(response, ROBOTS_MAX_BYTES) if status == 200 else b""
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            parser.disallow_all = True
            return parser, ROBOTS_RETRY_S, f"cannot read {url} ({type(exc).__name__}: {exc}), so not fetched"
        if status >= 500:
            parser.disallow_all = True
            return parser, ROBOTS_RETRY_S, f"{url} answered HTTP {status}, so not fetched"
        if status in (401, 403):
            parser.disallow_all = True
        elif status >= 400:
            parser.allow_all = True
        else:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser, self.config.robots_ttl, "disallowed by robots.txt"

    def _read_capped(self, response: httpx.Response, limit: int) -> bytes:
        """At most ``limit`` bytes of the body (the rest is not read)."""
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= limit:
                break
        return b"".join(chunks)[:limit]


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _status_text(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


def _content_type(header: str) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset=UTF-8'."""
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return mime.strip().lower(), charset


def page_text(page: Page) -> str:
    """The page's text: the charset the server or the page declares, else UTF-8 (raises DecodeProblem)."""
    charset = page.charset or _meta_charset(page.body)
    if charset and charset.replace("-", "").replace("_", "") not in ("utf8", "usascii", "ascii"):
        try:
            return decode(page.body.decode(charset, errors="replace").encode("utf-8"))
        except LookupError:
            pass
    return decode(page.body)


def _meta_charset(body: bytes) -> str | None:
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def article_from_page(page: Page, source: str) -> Article:
    """The article in a fetched HTML page; its URL is the page's final URL unless the page names its own."""
    return article_from_html(page_text(page), source, url=page.url)


_shared: Fetcher | None = None


def shared_fetcher() -> Fetcher:
    """The process's Fetcher for URLs given on the command line (one rate limit and robots cache)."""
    global _shared
    if _shared is None:
        _shared = Fetcher()
    return _shared


def read_url(url: str, fetcher: Fetcher | None = None) -> Iterator[Article | IngestError]:
    """The article at ``url``, or an IngestError naming the URL and the problem."""
    try:
        page = (fetcher or shared_fetcher()).fetch(url)
        yield article_from_page(page, source=url)
    except FetchError as exc:
        yield IngestError(url, exc.problem)
    except DecodeProblem as exc:
        yield IngestError(url, str(exc))
