"""The outlet of an article whose input names none: the registered domain of its URL
("https://www.voanews.com/a/x.html" -> "voanews.com", "http://news.bbc.co.uk/..." -> "bbc.co.uk").

The public-suffix knowledge (which part of a host is the registered domain) comes from courlan, the URL
library trafilatura already uses; nothing is fetched."""
from __future__ import annotations

from functools import lru_cache

from courlan import extract_domain


@lru_cache(maxsize=4096)
def outlet_from_url(url: str | None) -> str | None:
    """The registered domain of an http(s) URL, lower-case; None for anything else."""
    text = (url or "").strip()
    if not text.lower().startswith(("http://", "https://")):
        return None
    try:
        domain = extract_domain(text)
    except (ValueError, TypeError):
        return None
    return domain.lower() if domain else None
