"""The one failure type of ingest."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestError:
    source: str  # a path, "path:line" for JSON Lines, or "-" for standard input
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
