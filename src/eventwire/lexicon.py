"""Read the project's word lists and tables from ``eventwire/lexicons/`` (data files only live there)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("eventwire").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-entry-per-line list, lower-cased."""
    return frozenset(ln.strip().lower() for ln in _lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated table whose first non-comment line names the columns; empty cells become ''."""
    rows = [ln.split("\t") for ln in _lines(name)]
    header = [h.strip() for h in rows[0]]
    out = []
    for row in rows[1:]:
        cells = [c.strip() for c in row] + [""] * (len(header) - len(row))
        out.append(dict(zip(header, cells)))
    return tuple(out)
