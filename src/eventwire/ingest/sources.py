"""Walk the paths given on the command line and dispatch each file to its reader."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..record import Article
from .dates import normalise_published
from .decode import DecodeProblem, decode
from .errors import IngestError
from .html import article_from_html
from .jsonl import articles_from_lines, decoded_lines
from .language import not_english_reason
from .text import article_from_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ""}
KNOWN_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES


def files_under(directory: Path) -> Iterator[Path | IngestError]:
    """Readable article files below ``directory`` in a stable order; symlinked directories are not
    followed (no loops); hidden files and unknown suffixes are skipped."""
    def on_error(exc: OSError) -> None:
        problems.append(IngestError(str(exc.filename or directory), f"cannot read directory ({exc.strerror})"))

    problems: list[IngestError] = []
    for root, dirs, names in os.walk(directory, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root, name)
            if name.startswith(".") or path.suffix.lower() not in KNOWN_SUFFIXES - {""}:
                continue
            if not path.is_file():  # a dangling or looping symlink, a FIFO, a socket
                problems.append(IngestError(str(path), "not a regular file (broken or looping link, pipe or device)"))
                continue
            yield path
        yield from problems
        problems.clear()


def read_file(path: Path) -> Iterator[Article | IngestError]:
    source = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        text = decode(data)
        if path.suffix.lower() in HTML_SUFFIXES:
            yield article_from_html(text, source)
        else:
            yield article_from_text(text, source)
    except DecodeProblem as exc:
        yield IngestError(source, str(exc))


def read_jsonl_file(path: Path) -> Iterator[Article | IngestError]:
    """JSON Lines read line by line, so that a file of any size streams; each line is checked alone."""
    source = str(path)
    try:
        with path.open("rb") as stream:
            if path.stat().st_size == 0:
                yield IngestError(source, "empty input: no text to read")
                return
            yield from articles_from_lines(decoded_lines(stream, source), source)
    except OSError as exc:
        yield IngestError(source, f"cannot read file ({exc.strerror or exc})")


def read_stdin() -> Iterator[Article | IngestError]:
    try:
        text = decode(sys.stdin.buffer.read())
    except DecodeProblem as exc:
        yield IngestError("-", str(exc))
        return
    if text.lstrip().startswith("{"):
        yield from articles_from_lines(iter(text.split("\n")), "-")
    elif text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        try:
            yield article_from_html(text, "-")
        except DecodeProblem as exc:
            yield IngestError("-", str(exc))
    else:
        yield article_from_text(text, "-")


def read_path(arg: str) -> Iterator[Article | IngestError]:
    if arg == "-":
        yield from read_stdin()
        return
    if arg.lower().startswith(("http://", "https://")):
        from .web import read_url  # imported here: httpx is loaded only when a URL is given

        yield from read_url(arg)
        return
    path = Path(arg)
    if path.is_symlink() and not path.exists():
        yield IngestError(arg, "broken or looping symbolic link")
    elif not path.exists():
        yield IngestError(arg, "no such file or directory")
    elif path.is_dir():
        for item in files_under(path):
            if isinstance(item, IngestError):
                yield item
            else:
                yield from read_file(item)
    elif not path.is_file():
        yield IngestError(arg, "not a regular file (broken or looping link, pipe or device)")
    else:
        yield from read_file(path)


def read_inputs(paths: Iterable[str], published: str | None = None) -> Iterator[Article | IngestError]:
    """Articles and failures from every path, in order; ``published`` (YYYY-MM-DD) overrides dates."""
    for arg in paths:
        yield from checked(read_path(arg), published)


def checked(items: Iterable[Article | IngestError], published: str | None = None) -> Iterator[Article | IngestError]:
    """What every article passes before extraction: a text that is not English becomes a failure, and
    ``published`` (when given) replaces the article's date."""
    override = normalise_published(published) if published else None
    for item in items:
        if isinstance(item, Article):
            reason = not_english_reason(item.text)
            if reason:
                yield IngestError(item.source or item.id, reason)
                continue
            if override:
                item.published = override
        yield item
