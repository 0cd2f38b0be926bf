"""The filters of `newsevents serve`: parsed and checked from a query string, turned into SQL.

Every filter of `newsevents events` goes through the store's own :class:`EventFilter`; the few
the server adds (quad class, actor or recipient country, full text, bounding box) are appended
here. Every value is a bound parameter; a value that cannot be right is a :class:`QueryError`
(answered 400), never an SQL error.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlencode

from newsevents.errors import QueryError
from newsevents.store.db import DEFAULT_MODALITIES, EventFilter

MODALITIES = ("asserted", "future", "hypothetical", "negated", "reported")
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
ORDER = "e.date, e.article_id, e.sentence_index, e.id"
ORDER_DESC = "e.date DESC, e.article_id DESC, e.sentence_index DESC, e.id DESC"

# The query-string names, in the order the forms and links write them.
PARAMS = (
    "country",
    "actor_country",
    "recipient_country",
    "actor",
    "recipient",
    "event",
    "cameo",
    "quad",
    "modality",
    "since",
    "until",
    "q",
    "bbox",
    "article_id",
    "cluster_id",
)

_COUNTRY = re.compile(r"[A-Za-z]{3}")
_EVENT = re.compile(r"[A-Za-z_]{1,40}")
_CAMEO = re.compile(r"\d{1,4}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_NAME = re.compile(r"[\w .,'()&/-]{1,100}")
_ID = re.compile(r"[\w.:@/+-]{1,200}")


@dataclass(frozen=True)
class Filters:
    """One view of the events; None means no filter (``modalities`` None: every modality)."""

    country: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    cameo: str | None = None
    quad: int | None = None
    modalities: tuple[str, ...] | None = DEFAULT_MODALITIES
    since: str | None = None
    until: str | None = None
    q: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    article_id: str | None = None
    cluster_id: str | None = None
    # Filters that match many events (set by queries.plan from index counts, never from the query
    # string): those are checked event by event while walking the order index, the others by
    # looking their few events up.
    dense: frozenset[str] = frozenset()

    def event_filter(self) -> EventFilter:
        # The country filter is the CLI's (an actor or recipient of that ISO3 country), written
        # below in the form that suits its size; the rest are EventFilter's own conditions.
        return EventFilter(
            actor=self.actor,
            recipient=self.recipient,
            event=self.event,
            cameo=self.cameo,
            since=self.since,
            until=self.until,
            article=self.article_id,
            modalities=self.modalities,
        )

    def where(self) -> tuple[list[str], list[Any]]:
        """Conditions on ``events e`` and their parameters."""
        where, params = self.event_filter().where()
        for name, role, value in (
            ("country", None, self.country),
            ("actor_country", "actor", self.actor_country),
            ("recipient_country", "recipient", self.recipient_country),
        ):
            if not value:
                continue
            by_role = "" if role is None else " AND a.role = ?"
            roles = [role] if role else []
            if name in self.dense:
                where.append(
                    f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id{by_role} AND upper(a.country) = ?)"
                )
                params.extend([*roles, value.upper()])
            else:
                where.append(f"e.id IN (SELECT a.event_id FROM event_actors a WHERE upper(a.country) = ?{by_role})")
                params.extend([value.upper(), *roles])
        if self.quad is not None:
            where.append("e.quad_code = ?")
            params.append(self.quad)
        if self.q:
            matches = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?"
            if "q" in self.dense:
                where.append(
                    "EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = e.article_id "
                    f"AND s.idx = e.sentence_index AND s.rowid IN ({matches}))"
                )
            else:
                where.append(
                    f"(e.article_id, e.sentence_index) IN (SELECT s.article_id, s.idx FROM sentences s "
                    f"WHERE s.rowid IN ({matches}))"
                )
            params.append(fts_query(self.q))
        if self.cluster_id:
            where.append("e.id IN (SELECT event_id FROM cluster_events WHERE cluster_id = ?)")
            params.append(self.cluster_id)
        if self.bbox is not None:
            west, south, east, north = self.bbox
            where.append("e.loc_lat BETWEEN ? AND ? AND e.loc_lon BETWEEN ? AND ?")
            params.extend([south, north, west, east])
        return where, params

    def clause(self, extra: list[str] | None = None, extra_params: list[Any] | None = None) -> tuple[str, list[Any]]:
        where, params = self.where()
        where += extra or []
        params += extra_params or []
        return (f" WHERE {' AND '.join(where)}" if where else ""), params

    def params(self) -> dict[str, str]:
        """The query-string form of these filters (only what differs from the defaults)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "dense":
                continue
            if f.name == "modalities":
                if value != DEFAULT_MODALITIES:
                    out["modality"] = "all" if value is None else ",".join(value)
            elif f.name == "bbox":
                if value is not None:
                    out["bbox"] = ",".join(f"{v:g}" for v in value)
            elif value is not None and value != "":
                out[f.name] = str(value)
        return out

    def query_string(self, **extra: str | None) -> str:
        items = self.params()
        items.update({k: v for k, v in extra.items() if v is not None})
        return urlencode(items)

    def with_(self, **changes: Any) -> Filters:
        return replace(self, **changes)


def fts_query(text: str) -> str:
    """Words as quoted FTS5 phrases (all must occur): no FTS syntax reaches the engine."""
    words = re.findall(r"\w+", text)
    if not words:
        raise QueryError(f"q: no words to search for in {text[:40]!r}")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:20])


def _check(name: str, value: str, pattern: re.Pattern[str], what: str) -> str:
    if not pattern.fullmatch(value):
        raise QueryError(f"{name}: expected {what}, got {value[:60]!r}")
    return value


def check_date(name: str, value: str) -> str:
    m = _DATE.fullmatch(value)
    if not m:
        raise QueryError(f"{name}: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {value[:40]!r}")
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        dt.date(year, month, day)
    except ValueError as e:
        raise QueryError(f"{name}: {value!r} is not a calendar date ({e})") from e
    return value


def parse_filters(query: Mapping[str, str | None]) -> Filters:
    """Filters from query parameters (blank values are ignored, like an empty form field)."""
    raw = {k: v.strip() for k, v in query.items() if k in PARAMS and v is not None and v.strip()}
    kw: dict[str, Any] = {}
    for name in ("country", "actor_country", "recipient_country"):
        if name in raw:
            kw[name] = _check(name, raw[name], _COUNTRY, "a three-letter country code such as AFG").upper()
    for name in ("actor", "recipient"):
        if name in raw:
            kw[name] = _check(name, raw[name], _NAME, "an actor name, code or kb id (letters, digits, spaces)")
    if "event" in raw:
        kw["event"] = _check("event", raw["event"], _EVENT, "a PLOVER event type such as ASSAULT").upper()
    if "cameo" in raw:
        kw["cameo"] = _check("cameo", raw["cameo"], _CAMEO, "a CAMEO code prefix of 1 to 4 digits")
    if "quad" in raw:
        if raw["quad"] not in {"1", "2", "3", "4"}:
            raise QueryError(f"quad: expected 1, 2, 3 or 4 (the quad class), got {raw['quad'][:20]!r}")
        kw["quad"] = int(raw["quad"])
    if "modality" in raw:
        value = raw["modality"].lower()
        if value == "all":
            kw["modalities"] = None
        else:
            mods = tuple(dict.fromkeys(m.strip() for m in value.split(",") if m.strip()))
            bad = [m for m in mods if m not in MODALITIES]
            if bad or not mods:
                raise QueryError(f"modality: expected 'all' or a comma-separated list of {', '.join(MODALITIES)}")
            kw["modalities"] = mods
    for name in ("since", "until"):
        if name in raw:
            kw[name] = check_date(name, raw[name])
    if "since" in kw and "until" in kw and kw["since"] > kw["until"]:
        raise QueryError(f"since ({kw['since']}) is after until ({kw['until']})")
    if "q" in raw:
        if len(raw["q"]) > 200:
            raise QueryError("q: at most 200 characters")
        fts_query(raw["q"])
        kw["q"] = raw["q"]
    if "bbox" in raw:
        kw["bbox"] = parse_bbox(raw["bbox"])
    if "article_id" in raw:
        kw["article_id"] = _check("article_id", raw["article_id"], _ID, "an article id")
    if "cluster_id" in raw:
        kw["cluster_id"] = _check("cluster_id", raw["cluster_id"], _ID, "a cluster id (an event's 'cluster_id')")
    return Filters(**kw)


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    parts = value.split(",")
    msg = f"bbox: expected west,south,east,north in degrees, got {value[:60]!r}"
    if len(parts) != 4:
        raise QueryError(msg)
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError as e:
        raise QueryError(msg) from e
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise QueryError(msg + " (west ≤ east within ±180, south ≤ north within ±90)")
    return west, south, east, north


def parse_limit(value: str | None, default: int = DEFAULT_LIMIT) -> int:
    if value is None or not value.strip():
        return default
    try:
        n = int(value)
    except ValueError as e:
        raise QueryError(f"limit: expected a whole number from 1 to {MAX_LIMIT}, got {value[:20]!r}") from e
    if not 1 <= n <= MAX_LIMIT:
        raise QueryError(f"limit: expected a whole number from 1 to {MAX_LIMIT}, got {n}")
    return n


# -- keyset cursors ----------------------------------------------------------------------------
Key = tuple[str | None, str, int, str]  # (date, article_id, sentence_index, id): the export's order


def encode_cursor(key: Key) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key), separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(value: str) -> Key:
    bad = QueryError("cursor: not a cursor this server gave out (take it from a response's 'next')")
    if len(value) > 1000:
        raise bad
    try:
        raw = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as e:
        raise bad from e
    if not (
        isinstance(raw, list)
        and len(raw) == 4
        and (raw[0] is None or isinstance(raw[0], str))
        and isinstance(raw[1], str)
        and isinstance(raw[2], int)
        and not isinstance(raw[2], bool)
        and isinstance(raw[3], str)
    ):
        raise bad
    return raw[0], raw[1], raw[2], raw[3]


def after(key: Key) -> tuple[str, list[Any]]:
    """The condition 'after this key' in the export's order (SQLite sorts NULL dates first)."""
    date, article_id, idx, event_id = key
    if date is None:
        return (
            "(e.date IS NOT NULL OR (e.date IS NULL AND (e.article_id, e.sentence_index, e.id) > (?, ?, ?)))",
            [article_id, idx, event_id],
        )
    return "(e.date, e.article_id, e.sentence_index, e.id) > (?, ?, ?, ?)", [date, article_id, idx, event_id]
