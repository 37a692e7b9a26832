"""quotes stage: fills Document.quotes. Not implemented yet: the array stays empty (see its issue)."""
from __future__ import annotations

from ..document import Document


def run(doc: Document) -> None:
    """Leave Document.quotes empty."""
    return None
