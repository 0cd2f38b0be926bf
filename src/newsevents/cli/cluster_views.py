"""How the CLI shows cross-article clusters: `events --clusters`, and `analyze --db` (why an event joins a cluster)."""

from __future__ import annotations

import csv
from typing import IO, Any

from newsevents.records import CodedArticle
from newsevents.store.cluster_read import CLUSTER_COLUMNS, event_reasons
from newsevents.store.clusters import explain_article
from newsevents.store.db import Store

CLUSTER_TABLE = ("cluster_id", "date", "event", "actors", "recipients", "place", "art", "src", "men", "first_seen")


def cluster_rows(clusters: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            str(c["cluster_id"]),
            str(c.get("date") or ""),
            str(c.get("event") or ""),
            " + ".join(c.get("actors") or []) or "-",
            " + ".join(c.get("recipients") or []) or "-",
            str(c.get("place") or ""),
            str(c["num_articles"]),
            str(c["num_sources"]),
            str(c["num_mentions"]),
            str(c.get("first_seen") or ""),
        ]
        for c in clusters
    ]


def write_cluster_csv(clusters: list[dict[str, Any]], out: IO[str]) -> int:
    """Flat cluster rows: the cluster columns, then actors, recipients, article ids and links joined with ';'."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow([*CLUSTER_COLUMNS, "actors", "recipients", "articles", "linked"])
    for c in clusters:
        articles = sorted({m["article_id"] for m in c["mentions"]})
        w.writerow(
            [
                *("" if c[k] is None else c[k] for k in CLUSTER_COLUMNS),
                ";".join(c["actors"]),
                ";".join(c["recipients"]),
                ";".join(articles),
                ";".join(link["cluster_id"] for link in c["links"]),
            ]
        )
    return len(clusters)


def cluster_explanations(store: Store, coded: CodedArticle) -> list[dict[str, Any]]:
    """For each event: the cluster it is in (when stored) or would join, and the reasons."""
    if not store.has_clusters():
        return [
            {"event_id": e.id, "cluster_id": None, "stored": False, "reasons": ["the database has no clusters"]}
            for e in coded.events
        ]
    records = [e.to_plover() for e in coded.events]
    decisions = explain_article(store.conn, records)
    out = []
    for rec, d in zip(records, decisions, strict=True):
        stored, why = event_reasons(store.conn, rec["id"])
        if stored is not None:
            out.append({"event_id": rec["id"], "cluster_id": stored, "stored": True, "reasons": why})
        else:
            links = [{"cluster_id": cid, "reasons": list(r)} for cid, r in d.links]
            out.append(
                {
                    "event_id": rec["id"],
                    "cluster_id": d.cluster_id,
                    "stored": False,
                    "merges": list(d.merge),
                    "links": links,
                    "reasons": list(d.reasons),
                }
            )
    return out


def cluster_text(store: Store, coded: CodedArticle) -> str:
    lines = [f"-- clusters in {store.location}"]
    if not coded.events:
        lines.append("   (no events)")
    for e, x in zip(coded.events, cluster_explanations(store, coded), strict=True):
        if x["stored"]:
            head = f"stored in {x['cluster_id']}"
        elif x["cluster_id"]:
            head = f"would join {x['cluster_id']}"
        else:
            head = "would start a new cluster"
        lines.append(f"  => {e.event} '{e.event_text}' (sentence {e.sentence_index}): {head}")
        lines.extend(f"       · {r}" for r in x["reasons"])
        lines.extend(f"       · linked to {link['cluster_id']} (planned/held)" for link in x.get("links", []))
    return "\n".join(lines)
