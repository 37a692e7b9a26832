"""Geometry for the server-drawn SVG charts: event timeline, actor network, map. Templates draw the shapes;
all labels stay plain strings, escaped by the template engine."""
from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from ..record import PLOVER_TYPES
from .worldmap import LAND, WATER

PALETTE = ("#4e79a7", "#59a14f", "#8cd17d", "#b6992d", "#499894", "#86bcb6", "#f1ce63", "#a0cbe8",
           "#e15759", "#ff9d9a", "#f28e2b", "#d37295", "#fabfd2", "#b07aa1", "#9d7660", "#79706e")
TYPE_COLOURS = dict(zip(PLOVER_TYPES, PALETTE))


def type_colour(kind: str) -> str:
    return TYPE_COLOURS.get(kind, "#bab0ac")


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    colour: str
    title: str
    type: str
    href: str = ""


@dataclass
class Timeline:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    ymax: int = 0
    unit: str = "day"
    legend: list[tuple[str, str]] = field(default_factory=list)
    top: int = 10
    left: int = 40
    bottom: int = 190


def _bucket(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def _unit(first: date, last: date) -> str:
    span = (last - first).days
    return "day" if span <= 120 else "week" if span <= 3 * 365 else "month"


def _stack(series: list[dict[str, Any]], unit: str) -> dict[date, dict[str, int]]:
    stacks: dict[date, dict[str, int]] = {}
    for row in series:
        try:
            day = _bucket(date.fromisoformat(row["day"][:10]), unit)
        except (TypeError, ValueError):
            continue
        by_type = stacks.setdefault(day, {})
        by_type[row["type"]] = by_type.get(row["type"], 0) + int(row["events"])
    return stacks


def timeline(series: list[dict[str, Any]], width: int = 900, height: int = 220) -> Timeline:
    """Stacked bars of event counts per day (or week/month for long spans), one colour per PLOVER type."""
    chart = Timeline(width, height)
    days = sorted(date.fromisoformat(r["day"][:10]) for r in series if _is_day(r.get("day")))
    if not days:
        return chart
    chart.unit = _unit(days[0], days[-1])
    stacks = _stack(series, chart.unit)
    slots = _slots(min(stacks), max(stacks), chart.unit)
    chart.ymax = max(sum(s.values()) for s in stacks.values())
    plot_w, plot_h = width - chart.left - 10, chart.bottom - chart.top
    step = plot_w / len(slots)
    for i, slot in enumerate(slots):
        _column(chart, stacks.get(slot, {}), chart.left + i * step, max(step * 0.8, 1.0), plot_h, slot)
    chart.ticks = [(chart.left + i * step + step / 2, slots[i].isoformat()) for i in _tick_indexes(len(slots))]
    used = {b.type for b in chart.bars}
    chart.legend = [(t, type_colour(t)) for t in PLOVER_TYPES if t in used] + sorted(
        (t, type_colour(t)) for t in used if t not in TYPE_COLOURS)
    return chart


def data_span(series: list[dict[str, Any]], published: tuple[str | None, str | None],
              lead_days: int = 31) -> tuple[str | None, str | None, int]:
    """The days the overview charts: from a month before the first article was published to the last
    event or publication day, so that the history articles recall ("the 2011 uprising") does not stretch
    the chart over years with one spike. Returns (first, last, events dated outside)."""
    days = sorted(r["day"][:10] for r in series if _is_day(r.get("day")))
    if not days:
        return None, None, 0
    first, last = days[0], days[-1]
    if published[0] and _is_day(published[0]):
        lead = (date.fromisoformat(published[0][:10]) - timedelta(days=lead_days)).isoformat()
        if lead <= last:
            first = max(first, lead)
    outside = sum(int(r["events"]) for r in series if _is_day(r.get("day")) and not first <= r["day"][:10] <= last)
    return first, last, outside


def bucketed(series: list[dict[str, Any]], first: str | None, last: str | None) -> list[dict[str, Any]]:
    """Event counts per (bucket, type) between ``first`` and ``last``: days for a short span, weeks or
    months for longer ones (``day`` is the bucket's first day, ``unit`` its length)."""
    if not first or not last:
        return []
    unit = _unit(date.fromisoformat(first), date.fromisoformat(last))
    stacks: dict[tuple[str, str], int] = {}
    for row in series:
        if not _is_day(row.get("day")) or not first <= row["day"][:10] <= last:
            continue
        key = (_bucket(date.fromisoformat(row["day"][:10]), unit).isoformat(), row["type"])
        stacks[key] = stacks.get(key, 0) + int(row["events"])
    return [{"day": d, "type": t, "events": n, "unit": unit} for (d, t), n in sorted(stacks.items())]


def _is_day(value: Any) -> bool:
    try:
        date.fromisoformat(str(value)[:10])
        return True
    except ValueError:
        return False


def _slots(first: date, last: date, unit: str) -> list[date]:
    slots = [first]
    while slots[-1] < last and len(slots) < 2000:
        slots.append(_next(slots[-1], unit))
    return slots


def _column(chart: Timeline, counts: dict[str, int], x: float, w: float, plot_h: float, slot: date) -> None:
    y = float(chart.bottom)
    for kind in sorted(counts, key=lambda k: (PLOVER_TYPES.index(k) if k in PLOVER_TYPES else 99, k)):
        h = counts[kind] / chart.ymax * plot_h
        y -= h
        until = _next(slot, chart.unit) - timedelta(days=1)
        chart.bars.append(Bar(round(x, 2), round(y, 2), round(w, 2), round(h, 2), type_colour(kind),
                              f"{slot.isoformat()} ({chart.unit}): {counts[kind]} {kind}", kind,
                              f"/events?type={kind}&since={slot.isoformat()}&until={until.isoformat()}"))


def _tick_indexes(n: int, most: int = 6) -> list[int]:
    if n <= most:
        return list(range(n))
    return sorted({round(i * (n - 1) / (most - 1)) for i in range(most)})


@dataclass
class Node:
    x: float
    y: float
    name: str
    r: float
    centre: bool = False


@dataclass
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str
    direction: str
    href: str = ""


def network(name: str, links: list[dict[str, Any]], size: int = 420) -> tuple[list[Node], list[Edge]]:
    """A star: the actor in the centre, the actors it acts on or that act on it around it; arrows show who acts."""
    c = size / 2
    others = sorted({row["other"] for row in links})
    nodes = [Node(c, c, name, 9, True)]
    place: dict[str, tuple[float, float]] = {}
    for i, other in enumerate(others):
        angle = 2 * math.pi * i / max(len(others), 1) - math.pi / 2
        place[other] = (round(c + 0.72 * c * math.cos(angle), 1), round(c + 0.72 * c * math.sin(angle), 1))
        nodes.append(Node(*place[other], other, 6))
    top = max((row["events"] for row in links), default=1)
    edges = []
    for row in links:
        ox, oy = place[row["other"]]
        (x1, y1, x2, y2) = (c, c, ox, oy) if row["direction"] == "out" else (ox, oy, c, c)
        x1, y1, x2, y2 = _shorten(x1, y1, x2, y2, 11)
        who = f"{name} → {row['other']}" if row["direction"] == "out" else f"{row['other']} → {name}"
        source, target = (name, row["other"]) if row["direction"] == "out" else (row["other"], name)
        edges.append(Edge(x1, y1, x2, y2, round(1 + 4 * row["events"] / top, 1),
                          f"{who}: {row['events']} event(s) ({row.get('types') or ''})", row["direction"],
                          f"/events?source={quote(source, safe='')}&target={quote(target, safe='')}"))
    return nodes, edges


def _shorten(x1: float, y1: float, x2: float, y2: float, by: float) -> tuple[float, float, float, float]:
    d = math.hypot(x2 - x1, y2 - y1) or 1.0
    return (round(x1 + (x2 - x1) * by / d, 1), round(y1 + (y2 - y1) * by / d, 1),
            round(x2 - (x2 - x1) * by / d, 1), round(y2 - (y2 - y1) * by / d, 1))


MAP_W, MAP_H = 720, 360


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: longitude -180..180 to x 0..720, latitude 90..-90 to y 0..360."""
    return round((lon + 180) * MAP_W / 360, 1), round((90 - lat) * MAP_H / 180, 1)


def _path(ring: list[tuple[float, float]]) -> str:
    return "M" + " L".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in ring)) + " Z"


@lru_cache(maxsize=1)
def world_paths() -> dict[str, list[str]]:
    return {"land": [_path(r) for r in LAND], "water": [_path(r) for r in WATER]}


@lru_cache(maxsize=4)
def graticule(step: int = 30) -> list[tuple[float, float, float, float]]:
    lines = [(*project(lon, 90), *project(lon, -90)) for lon in range(-180, 181, step)]
    return lines + [(*project(-180, lat), *project(180, lat)) for lat in range(-90 + step, 90, step)]


def map_dots(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Circles for places with coordinates; radius grows with the square root of mentions."""
    dots = []
    for p in points:
        if p.get("lat") is None or p.get("lon") is None or not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            continue
        x, y = project(p["lon"], p["lat"])
        dots.append({"x": x, "y": y, "r": round(min(2.5 + 1.5 * math.sqrt(p["mentions"]), 14), 1),
                     "href": "/events?place=" + quote(str(p["name"]), safe=""), "events": p.get("events") or 0,
                     "title": f"{p['name']} ({p.get('country') or '?'}): {p['mentions']} mention(s), "
                              f"{p['articles']} article(s), {p.get('events') or 0} event(s)"})
    return dots
