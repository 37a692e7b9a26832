"""The embedded SQLite store: write records (db), read them back (queries)."""
from .db import StoreError, connect, load_record, migrate, save_record, schema_version, stored_ids
from .queries import TABLES, Filters, counts, run_query

__all__ = ["StoreError", "connect", "load_record", "migrate", "save_record", "schema_version", "stored_ids",
           "TABLES", "Filters", "counts", "run_query"]
