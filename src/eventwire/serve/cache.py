"""A small result cache for the read-only server: aggregates over a large store cost hundreds of
milliseconds, and under load many requests ask for the same ones at once.

Entries are keyed by the view and its parameters and stamped with the store's data version (size and
modification time of the database file and its WAL), so a concurrent ``eventwire ingest`` invalidates
them. One computation runs per key at a time; concurrent askers wait for it instead of repeating it.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable, TypeVar

T = TypeVar("T")


class ResultCache:
    def __init__(self, db: str | Path, size: int = 256) -> None:
        self.db = Path(db)
        self.size = size
        self._data: OrderedDict[Hashable, tuple[tuple[int, ...], Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def version(self) -> tuple[int, ...]:
        """Changes whenever a writer commits (WAL grows or is reset) or checkpoints (the file changes)."""
        stamp: list[int] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.db}{suffix}")
                stamp += [st.st_size, st.st_mtime_ns]
            except FileNotFoundError:
                stamp += [-1, -1]
        return tuple(stamp)

    def _lookup(self, key: Hashable, version: tuple[int, ...]) -> tuple[bool, Any]:
        with self._lock:
            entry = self._data.get(key)
            if entry is not None and entry[0] == version:
                self._data.move_to_end(key)
                return True, entry[1]
            return False, None

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = self.version()
        hit, value = self._lookup(key, version)
        if hit:
            return value
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            hit, value = self._lookup(key, version)
            if hit:
                return value
            value = compute()
            with self._lock:
                self._data[key] = (version, value)
                self._data.move_to_end(key)
                while len(self._data) > self.size:
                    old, _ = self._data.popitem(last=False)
                    self._computing.pop(old, None)
        return value
