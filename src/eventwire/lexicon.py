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


def singular_forms(word: str, *, shortest: int = 0, irregular: bool = False) -> tuple[str, ...]:
    """The project's one plural reading: a lower-case word as it stands, then, when it ends in "s" and is
    longer than `shortest` letters, the singulars it may be of, the likelier first: without the "s" ('groups'
    -> 'group'), "-ies" as "-y" ('agencies' -> 'agency', 'duties' -> 'duty'); with `irregular`, then "-es"
    without it ('churches' -> 'church') and "-men" as "-man" ('congressmen').

    Its uses: a word looked up in a list of singulars (the actors stage: ``any(f in nouns for f in
    singular_forms(w))``; sector's head nouns, with `irregular`, take the first form a lexicon knows), and a
    word matched with a cell of the event lexicons, which may list a singular or a plural ("troop|troops",
    "talks"): there both sides are read through it and match when their forms meet (eventcoding.triggers),
    with ``shortest=3``, so that a short word that loses its "s" on both sides ('bus', 'gas', 'its') is kept
    whole."""
    forms = [word]
    if word.endswith("s") and len(word) > shortest:
        forms.append(word[:-1])
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
        if irregular and word.endswith("es"):
            forms.append(word[:-2])
    if irregular and word.endswith("men"):
        forms.append(word[:-3] + "man")
    return tuple(forms)
