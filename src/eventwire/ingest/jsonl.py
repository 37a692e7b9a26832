"""JSON Lines: one article per line; ``text`` is required, other known fields are used when present."""
from __future__ import annotations

import json
from typing import Iterator

from .. import settings
from ..record import Article
from .dates import normalise_published
from .errors import IngestError


def _authors(item: dict) -> list[str]:
    raw = item.get("authors", item.get("author"))
    if raw is None:
        return []
    if isinstance(raw, str):
        return [a.strip() for a in raw.replace(";", ",").split(",") if a.strip()]
    return [str(a).strip() for a in raw if str(a).strip()]


def article_from_item(item: object, where: str) -> Article | IngestError:
    if not isinstance(item, dict):
        return IngestError(where, "JSON value is not an object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(where, "no 'text' field with article text")
    if len(text) > settings.MAX_TEXT_CHARS:
        return IngestError(where, f"text too long ({len(text):,} characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        published = normalise_published(item.get("published") or item.get("date"))
    except ValueError as exc:
        return IngestError(where, str(exc))
    ident = item.get("id")
    return Article(text=text, id=str(ident) if ident not in (None, "") else "", title=item.get("title") or None,
                   url=item.get("url") or None, outlet=item.get("outlet") or item.get("source") or None,
                   authors=_authors(item), published=published, source=where)


def articles_from_lines(lines: Iterator[str], source: str) -> Iterator[Article | IngestError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield article_from_item(item, where)
