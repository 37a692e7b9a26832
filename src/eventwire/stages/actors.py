"""actors stage (being written)."""
from __future__ import annotations

from ..document import Document


def run(doc: Document) -> None:
    return None
