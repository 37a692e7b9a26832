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


def singular_forms(word: str, *, shortest: int = 0) -> frozenset[str]:
    """The project's one plural reading: a lower-case word as it stands and, when it ends in "s" and is longer
    than `shortest` letters, the singulars it may be of: without the "s" ('groups' -> 'group') and, for
    "-ies", with "-y" ('agencies' -> 'agency', 'duties' -> 'duty').

    Two uses: a word looked up in a list of singulars (the actors stage: ``singular_forms(w) & nouns``), and a
    word matched with a cell of the event lexicons, which may list a singular or a plural ("troop|troops",
    "talks"): there both sides are read through it and match when their forms meet (eventcoding.triggers),
    with ``shortest=3``, so that a short word that loses its "s" on both sides ('bus', 'gas', 'its') is kept
    whole."""
    if not word.endswith("s") or len(word) <= shortest:
        return frozenset((word,))
    if word.endswith("ies"):
        return frozenset((word, word[:-1], word[:-3] + "y"))
    return frozenset((word, word[:-1]))
