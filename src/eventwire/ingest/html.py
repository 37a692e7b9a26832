"""HTML pages: main text and metadata (title, author, date, URL, site name) through trafilatura."""
from __future__ import annotations

import trafilatura

from ..record import Article
from .dates import normalise_published
from .decode import DecodeProblem
from .outlets import outlet_from_url


def article_from_html(html: str, source: str, url: str | None = None) -> Article:
    """Paragraphs of the main text are joined by blank lines; raises DecodeProblem when no text is found."""
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, url=url, include_comments=False,
                                            include_tables=False)
    except (ValueError, RecursionError, MemoryError, TypeError) as exc:
        raise DecodeProblem(f"HTML page that cannot be parsed ({exc.__class__.__name__})") from None
    body = (getattr(found, "text", None) or "").strip() if found else ""
    if not body:
        raise DecodeProblem("HTML page with no main text that could be extracted")
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    authors = [a.strip() for a in (found.author or "").split(";") if a.strip()]
    try:
        published = normalise_published(found.date)
    except ValueError:
        published = None
    page_url = found.url or url
    return Article(text="\n\n".join(paragraphs), title=found.title or None, url=page_url,
                   outlet=found.sitename or outlet_from_url(page_url) or None, authors=authors, published=published,
                   source=source)
