"""What cross-article deduplication compares of one event: its parties, its days, its place (``Features``), read
from a PLOVER record (``features``) and kept as JSON beside its cluster membership. The comparison itself is
``dedupe/clusters.py``; the thresholds are in ``data/clusters.yaml`` (docs/dedup.md). Split from
``dedupe/clusters.py`` (arch43).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsevents.dedupe.cluster_config import ClusterConfig
from newsevents.records import first_day, kb_kind
from newsevents.where.steps import stored_inferred

_WORD = re.compile(r"\w+")


# -- features ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """An actor or recipient as the comparison sees it; ``weak`` ones (a place read as a party) never conflict."""

    kb_id: str | None
    country: str | None
    sector: str | None
    text: str
    code: str | None

    @property
    def kind(self) -> str | None:
        """The kind of its knowledge-base id (records.kb_kind)."""
        return kb_kind(self.kb_id)

    @property
    def weak(self) -> bool:
        return self.kind == "place"

    @functools.cached_property
    def key(self) -> tuple[str | None, ...]:
        """The fields as a plain tuple (hashed and compared in C: the key of the match memo)."""
        return (self.kb_id, self.country, self.sector, self.text, self.code)

    def label(self) -> str:
        return self.code or self.kb_id or self.text or "?"


@dataclass(frozen=True)
class PlaceKey:
    name: str
    lat: float | None
    lon: float | None
    resolution: str
    country: str | None


@dataclass(frozen=True)
class Features:
    """What clustering compares of one event (kept as JSON beside its cluster membership)."""

    event_id: str
    article_id: str
    type: str
    cameo: str
    modality: str
    actors: tuple[Party, ...]
    recipients: tuple[Party, ...]
    date: str | None
    date_precision: str
    date_lo: int  # proleptic ordinal days
    date_hi: int
    place: PlaceKey | None
    pub_date: str | None
    publisher: str | None
    mentions: tuple[tuple[int, int, int], ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "type": self.type,
            "cameo": self.cameo,
            "modality": self.modality,
            "actors": [_party_json(p) for p in self.actors],
            "recipients": [_party_json(p) for p in self.recipients],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_lo": self.date_lo,
            "date_hi": self.date_hi,
            "place": None if self.place is None else self.place.__dict__,
            "pub_date": self.pub_date,
            "publisher": self.publisher,
            "mentions": [list(m) for m in self.mentions],
            "notes": list(self.notes),
        }

    @staticmethod
    def from_json(d: Mapping[str, Any]) -> Features:
        place = d.get("place")
        return Features(
            event_id=d["event_id"],
            article_id=d["article_id"],
            type=d["type"],
            cameo=d["cameo"],
            modality=d["modality"],
            actors=tuple(Party(**p) for p in d["actors"]),
            recipients=tuple(Party(**p) for p in d["recipients"]),
            date=d["date"],
            date_precision=d["date_precision"],
            date_lo=int(d["date_lo"]),
            date_hi=int(d["date_hi"]),
            place=None if place is None else PlaceKey(**place),
            pub_date=d["pub_date"],
            publisher=d["publisher"],
            mentions=tuple((int(a), int(b), int(c)) for a, b, c in d["mentions"]),
            notes=tuple(d.get("notes") or ()),
        )


def _party_json(p: Party) -> dict[str, Any]:
    return {"kb_id": p.kb_id, "country": p.country, "sector": p.sector, "text": p.text, "code": p.code}


_PARTY_OBJECTS: dict[tuple[Any, ...], Party] = {}  # one Party a set of fields (frozen: shared), bounded


def _party(r: Mapping[str, Any]) -> Party:
    fields = (
        r.get("kb_id"),
        r.get("country"),
        r.get("sector"),
        r.get("entity_text") or r.get("name") or "",
        r.get("code"),
    )
    found = _PARTY_OBJECTS.get(fields)
    if found is None:
        if len(_PARTY_OBJECTS) > 20_000:
            _PARTY_OBJECTS.clear()
        kb_id, country, sector, text, code = fields
        found = _PARTY_OBJECTS[fields] = Party(kb_id=kb_id, country=country, sector=sector, text=text, code=code)
    return found


def date_range(
    date: str | None, precision: str, date_text: str | None, pub_date: str | None, cfg: ClusterConfig
) -> tuple[int, int]:
    """The days an event's date may stand for, as ordinals (see ``dates`` in clusters.yaml)."""
    pub = first_day(pub_date)
    day = first_day(date)
    if day is None or precision == "unknown":
        if pub is None:
            return (dt.date.min.toordinal(), dt.date.max.toordinal())
        return (pub.toordinal() - cfg.unknown_before, pub.toordinal())
    lo = day.toordinal()
    if precision == "year":
        return (lo, dt.date(day.year, 12, 31).toordinal())
    if precision == "month":
        nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return (lo, nxt.toordinal() - 1)
    if precision == "publication":
        return (lo - cfg.publication_before, lo)
    words = {w.lower() for w in _WORD.findall(date_text or "")}
    wide = max((n for w, n in cfg.vague_words.items() if w in words), default=0)
    return (lo, lo + wide)


def features(rec: Mapping[str, Any], cfg: ClusterConfig) -> Features:
    """Features of one PLOVER record (the export shape of GUIDE.md)."""
    source = rec.get("source") or {}
    pub_date = source.get("pub_date")
    lo, hi = date_range(rec.get("date"), rec.get("date_precision") or "unknown", rec.get("date_text"), pub_date, cfg)
    loc = rec.get("event_loc") or None
    place = None
    # a place inferred from who acted ("EU sanctions" at the EU's seat by one copy, in the target's
    # country by another that names it) does not tell two reports apart: it counts as none
    told = not stored_inferred(loc, rec.get("reasons") or ()) if loc else True
    if loc and (loc.get("resolved_place") or loc.get("country_code")) and told:
        place = PlaceKey(
            name=loc.get("resolved_place") or loc.get("extracted_place") or "",
            lat=loc.get("lat"),
            lon=loc.get("lon"),
            resolution=loc.get("resolution") or "city",
            country=loc.get("country_code"),
        )
    mentions = tuple(tuple(m) for m in rec.get("mentions") or ()) or (
        (rec.get("sentence_index", 0), rec.get("start_char", 0), rec.get("end_char", 0)),
    )
    cameo = str(rec.get("cameo") or "")
    return Features(
        event_id=rec["id"],
        article_id=rec["article_id"],
        type=rec.get("event") or f"cameo:{rec.get('cameo_root') or cameo[:2]}",
        cameo=cameo,
        modality=rec.get("modality") or "asserted",
        actors=tuple(_party(r) for r in rec.get("actor") or ()),
        recipients=tuple(_party(r) for r in rec.get("recipient") or ()),
        date=rec.get("date"),
        date_precision=rec.get("date_precision") or "unknown",
        date_lo=lo,
        date_hi=hi,
        place=place,
        pub_date=pub_date,
        publisher=source.get("publisher"),
        mentions=tuple((int(a), int(b), int(c)) for a, b, c in mentions),
    )
