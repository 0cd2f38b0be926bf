"""Import a GeoNames dump (allCountries.txt, a country file such as AF.txt, or its .zip) into a
built gazetteer index (:mod:`newsevents.resolve.gazetteer_build`); see docs/gazetteer.md."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsevents.resolve.gazetteer_build import KIND_ALTERNATE, KIND_PRIMARY
from newsevents.resolve.placekeys import fold, keep_alternate


def _level_for(fclass: str, fcode: str) -> str:
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        return "admin1" if fcode == "ADM1" else "region"
    if fclass == "P":
        return "sub-city" if fcode == "PPLX" else "city"
    if fclass == "S":
        return "sub-city"
    return "region"


def _open_text(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next((n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()), None)
            if member is None:
                raise ValueError(f"{path}: no .txt member in the archive")
            with zf.open(member) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def import_geonames(index: Path, path: Path, progress: Callable[[int], None] | None = None, batch: int = 20000) -> int:
    """Import a GeoNames dump (19 tab-separated columns) into the index; returns rows imported.

    Rows are keyed by geonameid (INSERT OR REPLACE), and each imported place's GeoNames names
    are replaced, not appended, so re-importing a file changes nothing. Curated and pycountry
    country names are kept. One transaction: an interrupted import leaves the index unchanged.
    """
    con = sqlite3.connect(index)
    try:
        iso2_to_3 = dict(con.execute("SELECT iso2, iso3 FROM countries"))
        country_names: dict[int, str] = dict(con.execute("SELECT geonameid, name FROM countries"))
        total = 0
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int, None]] = []
        admin1: list[tuple[str, str, str, int]] = []

        def flush() -> None:
            ids = [(p[0],) for p in places]
            con.executemany(
                f"DELETE FROM names WHERE geonameid = ? AND kind IN ({KIND_PRIMARY}, {KIND_ALTERNATE})", ids
            )
            con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
            con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)", names)
            con.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admin1)
            places.clear()
            names.clear()
            admin1.clear()
            if progress is not None:
                progress(total)

        with con:  # one transaction
            for line in _open_text(path):
                cols = line.rstrip("\r\n").split("\t")
                if len(cols) != 19 or not cols[0].isdigit():
                    continue
                try:
                    gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                    pop = int(cols[14]) if cols[14] else 0
                except ValueError:
                    continue
                name, fclass, fcode = cols[1], cols[6], cols[7]
                iso3 = iso2_to_3.get(cols[8]) if cols[8] else None
                level = _level_for(fclass, fcode)
                if gid in country_names:
                    level, name = "country", country_names[gid]  # keep the country's short name
                elif level == "country":
                    level = "region"  # a PCL feature we do not list as a country (historic, disputed)
                adm1 = cols[10] or None
                places.append((gid, name, lat, lon, iso3, adm1, fclass or None, fcode or None,
                               pop, level, "geonames-import", "geonames"))  # fmt: skip
                seen = {fold(name), fold(cols[1])}
                names.append((fold(name), gid, KIND_PRIMARY, None))
                if fold(cols[1]) != fold(name):
                    names.append((fold(cols[1]), gid, KIND_ALTERNATE, None))
                for alt in [cols[2], *cols[3].split(",")]:
                    if alt and keep_alternate(alt) and (k := fold(alt)) not in seen:
                        seen.add(k)
                        names.append((k, gid, KIND_ALTERNATE, None))
                if fcode == "ADM1" and iso3 and adm1:
                    admin1.append((iso3, adm1, name, gid))
                total += 1
                if len(places) >= batch:
                    flush()
            flush()
            imports = json.loads(con.execute("SELECT value FROM meta WHERE key = 'imports'").fetchone()[0])
            imports[str(path.resolve())] = total
            con.execute("UPDATE meta SET value = ? WHERE key = 'imports'", (json.dumps(imports),))
        return total
    finally:
        con.close()
