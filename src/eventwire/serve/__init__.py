"""``eventwire serve``: a read-only JSON API and web pages over a store (FastAPI + uvicorn)."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
