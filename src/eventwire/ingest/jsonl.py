"""JSON Lines: one article per line; ``text`` is required, other known fields are used when present."""
from __future__ import annotations

import json
from typing import BinaryIO, Iterable, Iterator

from .. import settings
from ..record import Article
from .dates import normalise_published
from .errors import IngestError
from .outlets import outlet_from_url


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
                   url=item.get("url") or None,
                   outlet=item.get("outlet") or item.get("source") or outlet_from_url(item.get("url")) or None,
                   authors=_authors(item), published=published, source=where)


def decoded_lines(stream: BinaryIO, source: str, first_line: int = 1) -> Iterator[str | IngestError]:
    """Lines of a byte stream as text; a line that is not UTF-8 or far too long becomes an IngestError.
    ``first_line`` is the number of the stream's first line in its file (a batch shard starts mid-file)."""
    for number, raw in enumerate(stream, first_line):
        if len(raw) > 4 * settings.MAX_TEXT_CHARS + 4096:
            yield IngestError(f"{source}:{number}", f"line too long ({len(raw):,} bytes)")
            continue
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield IngestError(f"{source}:{number}", f"not valid UTF-8 (bad byte at column {exc.start + 1})")


def articles_from_lines(lines: Iterable[str | IngestError], source: str,
                        first_line: int = 1) -> Iterator[Article | IngestError]:
    for number, line in enumerate(lines, first_line):
        if isinstance(line, IngestError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield article_from_item(item, where)
