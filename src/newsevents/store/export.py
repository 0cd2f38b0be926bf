"""Exports: PLOVER JSON Lines, CSV, GDELT-style TSV and Parquet, all fed by the same query.

The column orders are documented in docs/codebook.md; ``FLAT_COLUMNS`` and ``GDELT_COLUMNS``
are the single source of truth that the docs test checks.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

EXPORT_FORMATS = ("plover", "csv", "gdelt", "parquet", "clusters")

FLAT_COLUMNS = (
    "id",
    "article_id",
    "date",
    "date_precision",
    "date_text",
    "end_date",
    "event",
    "mode",
    "cameo",
    "cameo_root",
    "quad_code",
    "goldstein",
    "modality",
    "actor_text",
    "actor_name",
    "actor_code",
    "actor_country",
    "actor_sector",
    "actor_kb_id",
    "recipient_text",
    "recipient_name",
    "recipient_code",
    "recipient_country",
    "recipient_sector",
    "recipient_kb_id",
    "location",
    "location_resolved",
    "location_geonameid",
    "location_lat",
    "location_lon",
    "location_country",
    "location_resolution",
    "location_step",
    "event_text",
    "sentence_index",
    "start_char",
    "end_char",
    "confidence",
    "publisher",
    "url",
    "pub_date",
    "dateline",
    "text",
    "reasons",
    "coder",
    "coded_date",
    "cluster_id",
)

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
    "DatePrecision",
    "Modality",
    "PloverEvent",
    "ArticleId",
    "SentenceIndex",
)
_GEO_TYPE = {"country": 1, "admin1": 5, "region": 5, "city": 4, "sub-city": 4}


def _join(items: Iterable[Any]) -> str:
    return ";".join("" if i is None else str(i) for i in items)


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record as a flat row (lists joined with ';')."""
    loc = rec.get("event_loc") or {}
    src = rec.get("source") or {}
    row: dict[str, Any] = {k: rec.get(k) for k in FLAT_COLUMNS if k in rec}
    for role in ("actor", "recipient"):
        refs = rec.get(role) or []
        row[f"{role}_text"] = _join(r.get("entity_text") for r in refs)
        for key in ("name", "code", "country", "sector", "kb_id"):
            row[f"{role}_{key}"] = _join(r.get(key) for r in refs)
    row.update(
        location=loc.get("extracted_place"),
        location_resolved=loc.get("resolved_place"),
        location_geonameid=loc.get("geonameid"),
        location_lat=loc.get("lat"),
        location_lon=loc.get("lon"),
        location_country=loc.get("country_code"),
        location_resolution=loc.get("resolution"),
        location_step=loc.get("step"),
        publisher=src.get("publisher"),
        url=src.get("url"),
        pub_date=src.get("pub_date"),
        dateline=src.get("dateline"),
        reasons=" | ".join(rec.get("reasons") or []),
    )
    return {k: row.get(k) for k in FLAT_COLUMNS}


def gdelt_row(rec: dict[str, Any]) -> list[Any]:
    date = (rec.get("date") or "").replace("-", "")
    loc = rec.get("event_loc") or {}
    a1 = (rec.get("actor") or [{}])[0]
    a2 = (rec.get("recipient") or [{}])[0]
    cameo = rec.get("cameo") or ""
    coded = (rec.get("coded_date") or "").replace("-", "")
    return [
        rec.get("id"),
        date.ljust(8, "0")[:8] if date else "",
        date[:6],
        date[:4],
        a1.get("code") or "",
        a1.get("name") or a1.get("entity_text") or "",
        a1.get("country") or "",
        a1.get("sector") or "",
        a2.get("code") or "",
        a2.get("name") or a2.get("entity_text") or "",
        a2.get("country") or "",
        a2.get("sector") or "",
        1 if rec.get("sentence_index") == 0 else 0,
        cameo,
        cameo[:3],
        rec.get("cameo_root") or "",
        rec.get("quad_code"),
        rec.get("goldstein"),
        len(rec.get("mentions") or []) or 1,
        _GEO_TYPE.get(loc.get("precision") or loc.get("resolution") or "", 0),
        loc.get("resolved_place") or "",
        loc.get("country_code") or "",
        loc.get("admin1") or "",
        loc.get("lat") if loc else "",
        loc.get("lon") if loc else "",
        loc.get("geonameid") or "",
        coded,
        (rec.get("source") or {}).get("url") or "",
        rec.get("date_precision"),
        rec.get("modality"),
        rec.get("event") or "",
        rec.get("article_id"),
        rec.get("sentence_index"),
    ]


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write records in a text format (plover, csv, gdelt); returns how many were written."""
    n = 0
    if fmt == "plover":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
        w.writeheader()
        for rec in records:
            w.writerow(flatten(rec))
            n += 1
    elif fmt == "gdelt":
        t = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        for rec in records:
            t.writerow(["" if v is None else v for v in gdelt_row(rec)])
            n += 1
    else:
        raise ValueError(f"unknown text export format {fmt!r}")
    return n


def write_clusters(clusters: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object a line per real-world event (cluster), with its mentions (docs/dedup.md)."""
    n = 0
    for rec in clusters:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(records: Iterable[dict[str, Any]], path: str | IO[bytes]) -> int:
    """Parquet with the flat columns (types inferred; lists joined with ';')."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flatten(r) for r in records]
    columns: dict[str, list[Any]] = {c: [r[c] for r in rows] for c in FLAT_COLUMNS}
    schema = pa.schema(
        [
            (
                c,
                pa.float64()
                if c in {"goldstein", "confidence", "location_lat", "location_lon"}
                else pa.int64()
                if c in {"quad_code", "sentence_index", "start_char", "end_char", "location_geonameid"}
                else pa.string(),
            )
            for c in FLAT_COLUMNS
        ]
    )
    table = pa.table({c: pa.array(v, type=schema.field(c).type) for c, v in columns.items()}, schema=schema)
    pq.write_table(table, path)
    return len(rows)
