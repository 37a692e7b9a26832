"""Plain text articles: an optional headline on the first line, followed by a blank line."""
from __future__ import annotations

from ..record import Article

_MAX_HEADLINE = 200


def headline(text: str) -> str | None:
    """The first line when it stands alone before a blank line and reads like a headline."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    if not sep or not rest.startswith("\n"):
        return None
    first = first.strip()
    if not first or len(first) > _MAX_HEADLINE or first.endswith((".", ",", ";")):
        return None
    return first


def article_from_text(text: str, source: str) -> Article:
    """The whole text stays the article text (offsets point into it); the headline becomes the title."""
    return Article(text=text, title=headline(text), source=source)
