"""The project's one CAMEO -> PLOVER table (lexicons/cameo_plover.tsv, generated from the PLOVER manual's
conversion table by tools/cameo_plover.py). The events stage, the dictionary coder and the evaluation
all type CAMEO codes through ``plover_type``."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import table


@lru_cache(maxsize=None)
def cameo_table() -> dict[str, str]:
    """CAMEO code (as listed, 2-4 digits) -> PLOVER type."""
    return {row["cameo"]: row["plover"] for row in table("cameo_plover.tsv")}


@lru_cache(maxsize=4096)
def plover_type(cameo: str | None) -> str | None:
    """The PLOVER type of a CAMEO code by its longest listed prefix; None when it has none ("023": an
    appeal, which PLOVER does not code)."""
    digits = "".join(ch for ch in cameo or "" if ch.isdigit())
    found = cameo_table()
    for n in range(len(digits), 1, -1):
        if digits[:n] in found:
            return found[digits[:n]]
    return None
