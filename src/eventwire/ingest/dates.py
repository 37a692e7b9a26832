"""Publication dates as eventwire/1 wants them: YYYY-MM-DD, or full ISO 8601 when a time is known."""
from __future__ import annotations

import re
from datetime import date, datetime

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalise_published(value: object) -> str | None:
    """An ISO 8601 date or date-time string, or None when ``value`` holds no readable date."""
    if value is None:
        return None
    raw = str(value).strip()
    if not raw:
        return None
    if _DATE_ONLY.match(raw):
        return date.fromisoformat(raw).isoformat()
    try:
        stamp = datetime.fromisoformat(raw.replace(" ", "T", 1))
    except ValueError:
        head = raw[:10]
        if _DATE_ONLY.match(head):
            return date.fromisoformat(head).isoformat()
        raise ValueError(f"unreadable publication date {raw!r} (want YYYY-MM-DD or ISO 8601)") from None
    return stamp.isoformat().replace("+00:00", "Z")


def published_day(published: str | None) -> date | None:
    """The calendar day of an eventwire/1 ``published`` value."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
