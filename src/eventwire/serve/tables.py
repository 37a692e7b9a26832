"""Lists as CSV: every list the site shows (and its JSON twin) can be downloaded as a spreadsheet.

Nested values are flattened: a dict becomes one column per key ("events.source"), a list one cell with
its items joined by "; ". Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a
leading apostrophe, so that article text cannot become a formula on the analyst's machine."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def flat(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flat(value, name + "."))
        elif isinstance(value, (list, tuple)):
            out[name] = "; ".join("" if v is None else str(v) for v in value)
        else:
            out[name] = value
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def csv_text(rows: Iterable[dict[str, Any]]) -> str:
    """The rows as CSV with a header of every column any row has, in first-seen order."""
    flattened = [flat(r) for r in rows]
    columns: dict[str, None] = {}
    for r in flattened:
        columns.update(dict.fromkeys(r))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for r in flattened:
        writer.writerow({k: _cell(v) for k, v in r.items()})
    return buffer.getvalue()
