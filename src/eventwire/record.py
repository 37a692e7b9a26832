"""The eventwire/1 record: one JSON object per article (see docs/record-format.md).

Every extracted item carries character offsets into ``Article.text`` (Python string indices, end
exclusive). These types are what the stages fill in and what the store, the CLI and the scorer read.
"""
from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "eventwire/1"

ACTOR_KINDS = ("person", "organization", "media", "country", "group", "other")
QUOTE_KINDS = ("direct", "partial", "indirect")
TIME_ANCHORS = ("published", "explicit", "none")
PLACE_FEATURES = ("city", "country", "admin", "region", "water", "landmark", "other")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "reported", "planned", "negated", "denied", "hypothetical")


def article_id(text: str) -> str:
    """The default article id: the first 16 hex characters of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str = "en"
    source: str | None = None  # where it was read from (file path, path:line); not part of eventwire/1

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "outlet": self.outlet,
            "authors": list(self.authors), "published": self.published,
            "language": self.language, "text": self.text,
        }


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None  # the title or role word seen with it ("President"); extra field


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    via: list[str] = field(default_factory=list)
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class TimeExpr:
    id: str
    text: str
    start: int
    end: int
    value: str | None = None
    mod: str | None = None
    interval: list[str] | None = None
    anchor: str = "none"
    type: str = "DATE"  # TIMEX3 type: DATE | TIME | DURATION | SET; extra field


@dataclass
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = "other"


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Trigger:
    text: str
    start: int
    end: int


@dataclass
class Event:
    id: str
    type: str
    source: list[str]
    target: list[str]
    sentence: Span
    trigger: Trigger
    rule: str
    mode: str | None = None
    cameo: str | None = None
    time: str | None = None
    place: str | None = None
    status: str = "asserted"
    according_to: list[str] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Record:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [plain(a) for a in self.actors],
            "quotes": [plain(q) for q in self.quotes],
            "times": [plain(t) for t in self.times],
            "places": [plain(p) for p in self.places],
            "events": [plain(e) for e in self.events],
        }


_ATOMS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(item: Any) -> dict[str, Any]:
    """A record item (a dataclass) as the dict ``dataclasses.asdict`` makes of it: fields in order, nested
    items as dicts, lists copied. ``asdict`` runs ``copy.deepcopy`` on every string and number of every
    item and looks the fields up on each call, which took ~1% of a batch worker's time."""
    names = _FIELD_NAMES.get(type(item))
    if names is None:
        names = _FIELD_NAMES[type(item)] = tuple(f.name for f in fields(item))
    return {name: _plain_value(getattr(item, name)) for name in names}


def _plain_value(value: Any) -> Any:
    if isinstance(value, _ATOMS):
        return value
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if hasattr(type(value), "__dataclass_fields__"):
        return plain(value)
    if isinstance(value, dict):
        return {_plain_value(k): _plain_value(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return type(value)(*(_plain_value(v) for v in value)) if hasattr(value, "_fields") \
            else tuple(_plain_value(v) for v in value)
    return copy.deepcopy(value)


def offsets_problems(record: dict[str, Any]) -> list[str]:
    """Every place where a record's offsets fall outside its text or its mention texts disagree with it."""
    text = record["article"]["text"]
    problems: list[str] = []

    def check(where: str, start: int | None, end: int | None, said: str | None) -> None:
        if start is None or end is None:
            return
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: span {start}:{end} outside the text ({len(text)} chars)")
        elif said is not None and text[start:end] != said:
            problems.append(f"{where}: text {said!r} differs from {text[start:end]!r} at {start}:{end}")

    for a in record.get("actors", []):
        for m in a["mentions"]:
            check(f"actor {a['id']}", m["start"], m["end"], m["text"])
    for q in record.get("quotes", []):
        check(f"quote {q['id']}", q["start"], q["end"], q["text"])
    for t in record.get("times", []):
        check(f"time {t['id']}", t["start"], t["end"], t["text"])
    for p in record.get("places", []):
        check(f"place {p['id']}", p["start"], p["end"], p["text"])
    for e in record.get("events", []):
        check(f"event {e['id']} sentence", e["sentence"]["start"], e["sentence"]["end"], None)
        check(f"event {e['id']} trigger", e["trigger"]["start"], e["trigger"]["end"], e["trigger"]["text"])
    return problems
