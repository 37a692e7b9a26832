"""Ingest: turn paths (files, directories, JSON Lines, standard input) into articles or clear failures.

``read_inputs`` never raises for bad input: each problem is yielded as an ``IngestError`` naming the
file (and line) so that a batch goes on with the rest.
"""
from .errors import IngestError
from .sources import read_inputs

__all__ = ["IngestError", "read_inputs"]
