"""Store: reading cross-article clusters (`export --format clusters`, `events --clusters`, `analyze --db`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsevents.dedupe.cluster_features import Features
from newsevents.store.clusters import has_clusters
from newsevents.store.dialect import Connection


def cluster_ids(conn: Connection, event_ids: list[str]) -> dict[str, str]:
    if not has_clusters(conn) or not event_ids:
        return {}
    out: dict[str, str] = {}
    for i in range(0, len(event_ids), 500):
        part = event_ids[i : i + 500]
        q = f"SELECT event_id, cluster_id FROM cluster_events WHERE event_id IN ({','.join('?' * len(part))})"
        out.update(dict(conn.execute(q, part).fetchall()))
    return out


def event_reasons(conn: Connection, event_id: str) -> tuple[str | None, list[str]]:
    """The cluster an event is in and why it joined it (as written when it was clustered)."""
    if not has_clusters(conn):
        return None, []
    row = conn.execute("SELECT cluster_id, reasons FROM cluster_events WHERE event_id = ?", (event_id,)).fetchone()
    return (row[0], json.loads(row[1])) if row else (None, [])


CLUSTER_COLUMNS = (
    "cluster_id",
    "event",
    "cameo",
    "modality",
    "date",
    "date_precision",
    "place",
    "place_lat",
    "place_lon",
    "place_resolution",
    "place_country",
    "num_articles",
    "num_sources",
    "num_mentions",
    "num_events",
    "first_seen",
    "last_seen",
)


def query_clusters(
    conn: Connection, *, since: str | None = None, until: str | None = None, event: str | None = None
) -> Iterator[dict[str, Any]]:
    """One record per real-world event (live clusters), with its events, mentions and links."""
    if not has_clusters(conn):
        return
    where = ["merged_into IS NULL"]
    params: list[Any] = []
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("substr(date, 1, length(?)) <= ?")
        params.extend([until, until])
    if event:
        where.append("upper(event) = ?")
        params.append(event.upper())
    sql = (
        "SELECT id, event, cameo, modality, date, date_precision, place, place_lat, place_lon, place_resolution, "
        "place_country, num_articles, num_sources, num_mentions, num_events, first_seen, last_seen FROM clusters "
        f"WHERE {' AND '.join(where)} ORDER BY date NULLS FIRST, first_seen NULLS FIRST, seq"
    )
    for row in conn.execute(sql, params).fetchall():
        rec = dict(zip(CLUSTER_COLUMNS, tuple(row), strict=True))
        cid = rec["cluster_id"]
        members = [
            Features.from_json(json.loads(r[0]))
            for r in conn.execute("SELECT features FROM cluster_events WHERE cluster_id = ? ORDER BY seq", (cid,))
        ]
        rec["actors"] = sorted({p.label() for m in members for p in m.actors if not p.weak})
        rec["recipients"] = sorted({p.label() for m in members for p in m.recipients if not p.weak})
        rec["events"] = [m.event_id for m in members]
        rec["mentions"] = [
            dict(
                zip(
                    (
                        "event_id",
                        "article_id",
                        "sentence_index",
                        "start_char",
                        "end_char",
                        "publisher",
                        "first_seen",
                        "role",
                        "duplicate_of",
                    ),
                    tuple(r),
                    strict=True,
                )
            )
            for r in conn.execute(
                "SELECT event_id, article_id, sentence_index, start_char, end_char, publisher, first_seen, role, "
                "duplicate_of FROM cluster_mentions WHERE cluster_id = ? "
                "ORDER BY first_seen NULLS FIRST, article_id, sentence_index, start_char, event_id",
                (cid,),
            )
        ]
        rec["links"] = [
            {"cluster_id": other, "kind": kind, "reasons": json.loads(why)}
            for other, kind, why in conn.execute(
                "SELECT other_id, kind, reasons FROM cluster_links WHERE cluster_id = ? "
                "UNION ALL SELECT cluster_id, 'linked from', reasons FROM cluster_links WHERE other_id = ? "
                "ORDER BY 1, 2",
                (cid, cid),
            )
        ]
        yield rec
