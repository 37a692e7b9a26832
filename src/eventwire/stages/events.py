"""events stage: fills Document.events. Not implemented yet: the array stays empty (see its issue)."""
from __future__ import annotations

from ..document import Document


def run(doc: Document) -> None:
    """Leave Document.events empty."""
    return None
