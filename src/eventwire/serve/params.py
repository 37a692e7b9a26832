"""Query parameters: parsed and checked here, so handlers only see valid ``Filters``.

Bad values (unknown types, malformed dates, oversized pages) raise ``ApiError`` (400); FastAPI's own
validation errors (non-integers, out-of-range integers) are turned into the same JSON shape by the app.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Query

from ..record import ACTOR_KINDS, PLACE_FEATURES, PLOVER_TYPES, QUOTE_KINDS, STATUSES
from ..store import Filters
from ..store.queries import ACTOR_SORTS, ARTICLE_SORTS, EVENT_SORTS, INCIDENT_SORTS, QUOTE_SORTS
from .errors import ApiError

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MAX_OFFSET = 10_000_000
MAX_TEXT = 200
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Za-z]{2,3}")


def clean_text(value: str | None, param: str) -> str | None:
    """Strip; empty means no filter; refuse overlong values and control characters other than spaces."""
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise ApiError(400, f"{param}: at most {MAX_TEXT} characters", param)
    if any(ord(c) < 32 for c in value):
        raise ApiError(400, f"{param}: control characters are not allowed", param)
    return value or None


def clean_day(value: str | None, param: str) -> str | None:
    value = clean_text(value, param)
    if value is None:
        return None
    if not _DAY.fullmatch(value):
        raise ApiError(400, f"{param}: want a date as YYYY-MM-DD", param)
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(400, f"{param}: {value!r} is not a calendar date", param) from None


def clean_choice(value: str | None, choices: tuple[str, ...], param: str, upper: bool = False) -> str | None:
    value = clean_text(value, param)
    if value is None:
        return None
    value = value.upper() if upper else value.lower()
    if value not in choices:
        raise ApiError(400, f"{param}: unknown value; choose one of {', '.join(choices)}", param)
    return value


def clean_country(value: str | None, param: str = "country") -> str | None:
    value = clean_text(value, param)
    if value is not None and not _COUNTRY.fullmatch(value):
        raise ApiError(400, f"{param}: want an ISO 3166-1 alpha-2 or alpha-3 code", param)
    return value.upper() if value else None


def check_range(since: str | None, until: str | None) -> None:
    if since and until and since > until:
        raise ApiError(400, "since: must not be after until", "since")


Text = Annotated[str | None, Query(max_length=MAX_TEXT * 4)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Day = Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD, inclusive")]


def _sort(choices: dict[str, str]) -> object:
    return Query(max_length=20, description="order: " + ", ".join(choices) + f" (default {next(iter(choices))})")


EventSort = Annotated[str | None, _sort(EVENT_SORTS)]
ActorSort = Annotated[str | None, _sort(ACTOR_SORTS)]
QuoteSort = Annotated[str | None, _sort(QUOTE_SORTS)]
ArticleSort = Annotated[str | None, _sort(ARTICLE_SORTS)]
IncidentSort = Annotated[str | None, _sort(INCIDENT_SORTS)]


def clean_sort(value: str | None, choices: dict[str, str]) -> str | None:
    return clean_choice(value, tuple(choices), "sort")


@dataclass
class Page:
    limit: int
    offset: int


def event_filters(actor: Text = None, country: Text = None,
                  type: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
                  status: Annotated[str | None, Query(max_length=40)] = None,
                  since: Day = None, until: Day = None, text: Text = None, article: Text = None,
                  source: Annotated[str | None, Query(max_length=MAX_TEXT * 4, description="exact source name")] = None,
                  target: Annotated[str | None, Query(max_length=MAX_TEXT * 4, description="exact target name")] = None,
                  place: Annotated[str | None, Query(max_length=MAX_TEXT * 4, description="exact place name")] = None,
                  sort: EventSort = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Filters:
    """Events by actor (source or target name), country, PLOVER type, status, day range, trigger text,
    exact source, target or place name; sorted by day (newest first), confidence or incident reports."""
    f = Filters(name=clean_text(actor, "actor"), country=clean_country(country),
                type=clean_choice(type, PLOVER_TYPES, "type", upper=True),
                status=clean_choice(status, STATUSES, "status"),
                since=clean_day(since, "since"), until=clean_day(until, "until"),
                text=clean_text(text, "text"), article=clean_text(article, "article"), limit=limit, offset=offset,
                source=clean_text(source, "source"), target=clean_text(target, "target"),
                place=clean_text(place, "place"), sort=clean_sort(sort, EVENT_SORTS))
    check_range(f.since, f.until)
    return f


@dataclass
class QuoteQuery:
    filters: Filters
    via: str | None
    outlet: str | None


def quote_filters(speaker: Text = None, via: Text = None, outlet: Text = None, text: Text = None,
                  kind: Annotated[str | None, Query(max_length=40)] = None, country: Text = None,
                  since: Day = None, until: Day = None, article: Text = None, sort: QuoteSort = None,
                  limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> QuoteQuery:
    """Quotes by speaker name, relay (via) name, article outlet, quoted text, kind, day range."""
    f = Filters(name=clean_text(speaker, "speaker"), country=clean_country(country),
                type=clean_choice(kind, QUOTE_KINDS, "kind"), text=clean_text(text, "text"),
                since=clean_day(since, "since"), until=clean_day(until, "until"),
                article=clean_text(article, "article"), limit=limit, offset=offset, sort=clean_sort(sort, QUOTE_SORTS))
    check_range(f.since, f.until)
    return QuoteQuery(f, clean_text(via, "via"), clean_text(outlet, "outlet"))


def actor_filters(name: Text = None, country: Text = None,
                  kind: Annotated[str | None, Query(max_length=40)] = None,
                  since: Day = None, until: Day = None, sort: ActorSort = None,
                  limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Filters:
    """Actors by name substring, country (alpha-3), kind; sorted by mentions, articles, events or name."""
    f = Filters(name=clean_text(name, "name"), country=clean_country(country),
                type=clean_choice(kind, ACTOR_KINDS, "kind"), since=clean_day(since, "since"),
                until=clean_day(until, "until"), limit=limit, offset=offset, sort=clean_sort(sort, ACTOR_SORTS))
    check_range(f.since, f.until)
    return f


def place_filters(name: Text = None, country: Text = None,
                  feature: Annotated[str | None, Query(max_length=40)] = None,
                  since: Day = None, until: Day = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Filters:
    """Places by name substring, country (alpha-2), feature."""
    f = Filters(name=clean_text(name, "name"), country=clean_country(country),
                type=clean_choice(feature, PLACE_FEATURES, "feature"), since=clean_day(since, "since"),
                until=clean_day(until, "until"), limit=limit, offset=offset)
    check_range(f.since, f.until)
    return f


def article_filters(text: Text = None, actor: Text = None, since: Day = None, until: Day = None,
                    sort: ArticleSort = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Filters:
    """Articles by title/text substring, an actor name they mention, day range."""
    f = Filters(text=clean_text(text, "text"), name=clean_text(actor, "actor"), since=clean_day(since, "since"),
                until=clean_day(until, "until"), limit=limit, offset=offset, sort=clean_sort(sort, ARTICLE_SORTS))
    check_range(f.since, f.until)
    return f


@dataclass
class IncidentQuery:
    filters: Filters
    conflicts: bool


def incident_filters(actor: Text = None, type: Annotated[str | None, Query(max_length=40)] = None,
                     since: Day = None, until: Day = None,
                     conflicts: Annotated[bool, Query(description="only incidents claimed by some, denied by others")] = False,
                     sort: IncidentSort = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> IncidentQuery:
    """Incidents by participant name, PLOVER type, day range, and whether they are disputed."""
    f = Filters(name=clean_text(actor, "actor"), type=clean_choice(type, PLOVER_TYPES, "type", upper=True),
                since=clean_day(since, "since"), until=clean_day(until, "until"), limit=limit, offset=offset,
                sort=clean_sort(sort, INCIDENT_SORTS))
    check_range(f.since, f.until)
    return IncidentQuery(f, conflicts)


def event_id(value: str | None) -> str | None:
    """The ?event= of an article page: any event id (printable, at most 200 characters), else None.
    Whether the article has such an event is for the page to say; the id is only ever compared."""
    return clean_text(value, "event")


def search_text(value: str | None) -> str | None:
    """The search box: words of at least two characters in all."""
    value = clean_text(value, "q")
    if value is not None and len(value) < 2:
        raise ApiError(400, "q: type at least two characters", "q")
    return value
