"""Server-drawn SVG: the timeline (stacked bars by quad class) and an actor's partner network.

Only numbers and CSS class names are computed here; labels go through the template's escaping.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from newsevents.serve.filters import QUADS


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    cls: str
    title: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    labels: list[Label]
    max_count: int
    periods: int


def _period_key(day: dt.date, by: str) -> str:
    if by == "week":
        return day.strftime("%Y-W%W")  # as SQLite's strftime('%Y-W%W') writes it
    return day.isoformat()[: {"day": 10, "month": 7, "year": 4}[by]]


def all_periods(keys: list[str], by: str) -> list[str]:
    """The periods from the first to the last key, empty ones included (so gaps show as gaps)."""
    if not keys:
        return keys
    try:
        first = dt.date.fromisoformat(_start(keys[0], by))
        last = dt.date.fromisoformat(_start(keys[-1], by))
    except ValueError:
        return keys
    if (last - first).days > 40_000:
        return keys
    out: list[str] = []
    day = first
    while day <= last + dt.timedelta(days=6):
        key = _period_key(day, by)
        if key > keys[-1]:
            break
        if key >= keys[0] and (not out or out[-1] != key):
            out.append(key)
        day += dt.timedelta(days=1)
    return sorted(set(out) | set(keys))


def _start(key: str, by: str) -> str:
    if by == "week":
        year, week = key.split("-W")
        return dt.datetime.strptime(f"{year} {week} 1", "%Y %W %w").date().isoformat()
    return (key + "-01-01")[:10] if by != "day" else key


def timeline(rows: list[dict[str, Any]], by: str = "day", width: int = 900, height: int = 200) -> Chart:
    """Stacked bars: one per period, one colour per quad class (rows: period, group, count)."""
    periods: dict[str, dict[int, int]] = {}
    for r in rows:
        periods.setdefault(r["period"], {})
        q = int(r["group"]) if r["group"] is not None else 0
        periods[r["period"]][q] = periods[r["period"]].get(q, 0) + r["count"]
    keys = all_periods(sorted(periods), by)
    top, bottom, left = 10, 24, 36
    plot_h = height - top - bottom
    max_count = max((sum(v.values()) for v in periods.values()), default=0)
    bars: list[Bar] = []
    labels: list[Label] = [Label(left - 4, top + 8, str(max_count), "end"), Label(left - 4, top + plot_h, "0", "end")]
    if not keys or max_count == 0:
        return Chart(width, height, bars, labels, 0, 0)
    step = (width - left - 4) / len(keys)
    w = min(max(1.0, step * 0.8), 60.0)
    for i, key in enumerate(keys):
        y: float = top + plot_h
        for q in (1, 2, 3, 4, 0):
            n = periods.get(key, {}).get(q, 0)
            if not n:
                continue
            h = plot_h * n / max_count
            y -= h
            name = QUADS.get(q, "no quad class")
            bars.append(
                Bar(round(left + i * step, 2), round(y, 2), round(w, 2), round(h, 2), f"q{q}", f"{key}: {n} {name}")
            )
    every = max(1, math.ceil(len(keys) / 8))
    for i in range(0, len(keys), every):
        labels.append(Label(round(left + i * step + w / 2, 2), height - 6, keys[i]))
    return Chart(width, height, bars, labels, max_count, len(keys))


@dataclass(frozen=True)
class Node:
    x: float
    y: float
    r: float
    label: str
    cls: str
    href: str | None


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    w: float
    cls: str
    title: str


def network(center: str, partners: list[dict[str, Any]], size: int = 420) -> tuple[list[Node], list[Edge]]:
    """The actor in the middle, its partners on a circle; edge width by count, colour by the sign
    of the mean Goldstein score (cooperation or conflict)."""
    c = size / 2
    nodes = [Node(c, c, 16, center, "center", None)]
    edges: list[Edge] = []
    if not partners:
        return nodes, edges
    top = max(p["count"] for p in partners)
    radius = size / 2 - 50
    for i, p in enumerate(partners):
        a = 2 * math.pi * i / len(partners) - math.pi / 2
        x, y = round(c + radius * math.cos(a), 1), round(c + radius * math.sin(a), 1)
        g = p["mean_goldstein"]
        cls = "coop" if g > 0 else "conflict" if g < 0 else "neutral"
        edges.append(
            Edge(
                c,
                c,
                x,
                y,
                round(1 + 5 * p["count"] / top, 1),
                cls,
                f"{p['code']} ({p['role']}): {p['count']} events, mean Goldstein {g}",
            )
        )
        code = str(p["code"])
        nodes.append(Node(x, y, 8, code, cls, code if code.isalnum() else None))
    return nodes, edges
