"""Store: cross-article clusters (one row per real-world event) and their mentions, kept incrementally.

:func:`update_clusters` runs after each committed batch of ``newsevents code``: it signs the new
articles (MinHash, banded LSH kept in SQL) and links near-duplicates to their original, then puts
every event not yet clustered into the cluster it fits (``dedupe/clusters.py`` decides), makes a new
one (its id derived from its first event), merges clusters that a new event bridges, links a future
event to the event held, and refreshes the touched clusters' counts, best date and place, and
mentions from their running aggregates (``store/cluster_tally.py``: only what the batch added is
written). Events whose article was re-coded or removed leave their clusters first. Nothing changes
when nothing new was stored. The schema is migrations 4, 7 and 8 of ``store/schema.py``.

Where an event goes is read by ``store/cluster_match.py`` (:class:`~newsevents.store.cluster_match.Matcher`,
which writes nothing but what it is handed to hold); this module's ``_Clusterer`` extends it with the writes, and
holds the run's entry points.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsevents.dedupe.cluster_config import ClusterConfig, default_config
from newsevents.dedupe.cluster_features import Features, features
from newsevents.dedupe.clusters import fill_from_sentence
from newsevents.errors import StoreError
from newsevents.store.cluster_index import Row
from newsevents.store.cluster_lock import lock as _lock
from newsevents.store.cluster_lock import pending as _pending
from newsevents.store.cluster_match import Decision, Matcher, dialect_of, remember
from newsevents.store.cluster_schema import (
    BANDS_NAME,
    BANDS_POSTGRESQL,
    BANDS_SQL,
    BANDS_SQLITE,
    BANDS_VERSION,
    MIGRATION_NAME,
    MIGRATION_SQL,
    MIGRATION_VERSION,
)
from newsevents.store.cluster_tally import TALLY_NAME, TALLY_SQL, TALLY_VERSION, Tally, TallyWrites
from newsevents.store.dialect import Connection
from newsevents.store.near_dups import SIGNATURE_DTYPE, Signer, chunks, marks

__all__ = [
    "BANDS_NAME",
    "BANDS_POSTGRESQL",
    "BANDS_SQL",
    "BANDS_SQLITE",
    "BANDS_VERSION",
    "MIGRATION_NAME",
    "MIGRATION_SQL",
    "MIGRATION_VERSION",
    "TALLY_NAME",
    "TALLY_SQL",
    "TALLY_VERSION",
    "ClusterRun",
    "Decision",
    "cluster_of",
    "explain",
    "explain_article",
    "has_clusters",
    "recompute_clusters",
    "update_clusters",
]

TABLES = ("clusters", "cluster_events", "cluster_mentions", "cluster_links", "article_duplicates")


def has_clusters(conn: Connection) -> bool:
    """Whether the database has the cluster tables (a database from before migration 4 opened read-only has not)."""
    return dialect_of(conn).has_table(conn, "cluster_events")


def event_order(record: dict[str, Any]) -> tuple[int, int, int, str]:
    """An article's events are clustered in reading order (sentence, offsets, id): the order the coder
    gives them, the same on both backends."""
    return (
        int(record.get("sentence_index") or 0),
        int(record.get("start_char") or 0),
        int(record.get("end_char") or 0),
        str(record["id"]),
    )


@dataclass
class ClusterRun:
    events: int = 0  # events clustered in this run
    new_clusters: int = 0
    joined: int = 0
    merged: int = 0  # clusters merged into another by a bridging event
    links: int = 0
    duplicates: int = 0  # near-duplicate articles found
    removed: int = 0  # events that left their cluster (article re-coded or removed)


_INSERT_CLUSTER = (  # a cluster of that id left empty earlier in this run is made anew (refresh fills it)
    "INSERT INTO clusters (id, first_event_id, seq) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "first_event_id = excluded.first_event_id, seq = excluded.seq, merged_into = NULL"
)
_INSERT_EVENT = "INSERT INTO cluster_events VALUES (?, ?, ?, ?, ?, ?)"
_INSERT_BLOCK = "INSERT INTO cluster_blocks VALUES (?, ?, ?, ?, ?)"
_INSERT_LINK = "INSERT INTO cluster_links VALUES (?, ?, ?, ?) ON CONFLICT (cluster_id, other_id) DO NOTHING"


@dataclass
class _Clusterer(Matcher):
    """A run of the clusterer: the matching of :class:`Matcher` (``store/cluster_match.py``) and the writes: events
    added, clusters merged, events removed, the touched clusters refreshed."""

    signer: Signer | None = None
    batch_dups: dict[str, tuple[str, float]] = field(default_factory=dict)  # the batch's near-duplicates
    recoded: set[str] = field(default_factory=set)  # the batch's articles with events clustered before

    def __post_init__(self) -> None:
        self.signer = Signer(self.conn, self.cfg)
        super().__post_init__()

    # -- writing -----------------------------------------------------------------------------
    def forget_removed(self, run: ClusterRun, touched: set[str], batch: list[str]) -> None:
        """Events of the batch's articles that are no longer stored (re-coded) leave their clusters."""
        c = self.conn
        for part in chunks(batch):
            gone = c.execute(
                "SELECT ce.event_id, ce.cluster_id, ce.features FROM cluster_events ce "
                f"WHERE ce.article_id IN ({marks(part)}) "
                "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = ce.event_id) ORDER BY ce.seq",
                part,
            ).fetchall()
            for eid, cid, feats in gone:
                c.execute("DELETE FROM cluster_events WHERE event_id = ?", (eid,))
                # its blocks, found from its stored features (no index by event: migration 7)
                c.executemany(
                    "DELETE FROM cluster_blocks WHERE key = ? AND week = ? AND event_id = ?",
                    [(k, w, eid) for k, w in self.blocks(Features.from_json(json.loads(feats)))],
                )
                c.execute("DELETE FROM cluster_mentions WHERE event_id = ?", (eid,))
                touched.add(cid)
                self.rebuild_ids.add(cid)
                run.removed += 1
            # the batch's articles are new or re-coded: they are signed again (their bands found
            # from their stored signature: the band table is keyed by band alone, migration 7)
            old = c.execute(
                f"SELECT article_id, signature FROM article_signatures WHERE article_id IN ({marks(part)})", part
            ).fetchall()
            signer = self.signer or Signer(c, self.cfg)
            bands = [(aid, np.frombuffer(bytes(sig), dtype=SIGNATURE_DTYPE)) for aid, sig in old]
            c.executemany(
                "DELETE FROM article_bands WHERE key = ? AND article_id = ?",
                [(k, aid) for aid, hv in bands for k in signer.band_keys(hv)],
            )
            for table in ("article_signatures", "article_duplicates"):
                c.execute(f"DELETE FROM {table} WHERE article_id IN ({marks(part)})", part)

    def add(self, f: Features, d: Decision, seq: int, run: ClusterRun, touched: set[str]) -> str:
        c = self.conn
        if d.cluster_id is None:
            cid = "cl-" + f.event_id.removeprefix("ev-")
            run.new_clusters += 1
            self.seqs[cid] = seq
            self.hold(_INSERT_CLUSTER, (cid, f.event_id, seq))
            self.pending_clusters.add(cid)
            fresh = Tally.rebuild(cid, [])  # written whole (the rows of a former cluster of that id go first)
            fresh.fresh = cid not in self.rebuild_ids
            self.tallies[cid] = fresh
        else:
            cid = d.cluster_id
            run.joined += 1
        if d.merge:
            self.flush()
        for other in d.merge:
            self.candidate_index().move(other, cid)
            c.execute("UPDATE cluster_events SET cluster_id = ? WHERE cluster_id = ?", (cid, other))
            c.execute("UPDATE cluster_mentions SET cluster_id = ? WHERE cluster_id = ?", (cid, other))
            # the merged cluster's links move to the kept one, but for those it has already
            c.execute(
                "DELETE FROM cluster_links WHERE cluster_id = ? AND other_id IN "
                "(SELECT other_id FROM cluster_links WHERE cluster_id = ?)",
                (other, cid),
            )
            c.execute("UPDATE cluster_links SET cluster_id = ? WHERE cluster_id = ?", (cid, other))
            c.execute(
                "DELETE FROM cluster_links WHERE other_id = ? AND cluster_id IN "
                "(SELECT cluster_id FROM cluster_links WHERE other_id = ?)",
                (other, cid),
            )
            c.execute("UPDATE cluster_links SET other_id = ? WHERE other_id = ?", (cid, other))
            c.execute(
                "DELETE FROM cluster_links WHERE cluster_id = other_id OR cluster_id = ? OR other_id = ?",
                (other, other),
            )
            c.execute(
                "UPDATE clusters SET merged_into = ?, event = NULL, cameo = NULL, modality = NULL, date = NULL, "
                "date_precision = NULL, date_lo = NULL, date_hi = NULL, place = NULL, place_lat = NULL, "
                "place_lon = NULL, place_resolution = NULL, place_country = NULL, num_articles = 0, "
                "num_sources = 0, num_mentions = 0, num_events = 0, first_seen = NULL, last_seen = NULL "
                "WHERE id = ? OR merged_into = ?",
                (cid, other, other),
            )
            c.execute("DELETE FROM cluster_tallies WHERE cluster_id = ?", (other,))
            self.tallies.pop(other, None)
            touched.discard(other)
            run.merged += 1
        if d.merge:  # a merge: the kept cluster's aggregates from all its members (the merged ones' too)
            self.rebuild_ids.add(cid)
            self.tallies[cid] = self.rebuild(cid)
        tally = self.tally(cid)  # before the event is stored: a recompute must not count it twice
        self.hold(
            _INSERT_EVENT,
            (f.event_id, cid, f.article_id, seq, json.dumps(f.to_json()), json.dumps([*d.reasons, *f.notes])),
        )
        self.pending_articles.add(f.article_id)
        blocks = self.blocks(f)
        for k, w in blocks:
            self.hold(_INSERT_BLOCK, (k, w, f.date_lo, f.date_hi, f.event_id))
        self.candidate_index().add(Row(seq, f.event_id, f.date_lo, f.date_hi, f.article_id, cid), blocks)
        remember(self.db, seq, f)  # the next events' candidates need not read it back
        tally.add(f, seq)
        for other, why in d.links:
            if other != cid:
                self.hold(_INSERT_LINK, (cid, other, f"{f.modality} telling of", json.dumps(list(why))))
                run.links += 1
        touched.add(cid)
        return cid

    def refresh(self, cid: str, writes: TallyWrites) -> None:
        """The cluster's row, tallies and mentions from its running aggregates (what this batch added;
        everything after a recompute)."""
        c = self.conn
        t = self.tally(cid)
        if not t.num_events:
            c.execute("DELETE FROM clusters WHERE id = ?", (cid,))
            c.execute("DELETE FROM cluster_links WHERE cluster_id = ? OR other_id = ?", (cid, cid))
            c.execute("DELETE FROM cluster_tallies WHERE cluster_id = ?", (cid,))
            return
        if t.members is None or t.fresh:  # only this batch's articles: their originals are at hand
            dups = {aid: original for aid, (original, _) in self.batch_dups.items()}
        else:
            dups = {}
            for part in chunks(sorted({f.article_id for _, f in t.members})):
                q = f"SELECT article_id, original_id FROM article_duplicates WHERE article_id IN ({marks(part)})"
                dups.update(c.execute(q, part).fetchall())
        t.write(c, dups, self.cfg.retrospective_after_days, self.recoded, writes)


def update_clusters(
    conn: Connection, article_ids: Iterable[str] | None = None, cfg: ClusterConfig | None = None
) -> ClusterRun:
    """Cluster the events of ``article_ids`` (the batch just committed, in its order) that are not
    clustered yet; with None, of every article that needs it (a full scan: events stored but not
    clustered, articles not signed, events gone), in the order they were stored. Commits. The
    connection is SQLite's or PostgreSQL's (the same clusters on both)."""
    errors: tuple[type[Exception], ...] = (sqlite3.Error, *dialect_of(conn).errors)
    try:
        return _update(conn, article_ids, cfg or default_config())
    except errors as e:
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise StoreError(
            f"cannot cluster the stored events ({first}); the articles are stored: run the same command again"
        ) from e


def _update(conn: Connection, article_ids: Iterable[str] | None, cfg: ClusterConfig) -> ClusterRun:
    cl = _Clusterer(conn, cfg)
    run = ClusterRun()
    touched: set[str] = set()
    with conn:
        _lock(conn, cl.dialect)
        batch = _pending(conn, cl.dialect) if article_ids is None else list(dict.fromkeys(article_ids))
        cl.forget_removed(run, touched, batch)
        for part in chunks(batch):  # articles whose other events stay clustered (re-coded, some events kept)
            q = f"SELECT DISTINCT article_id FROM cluster_events WHERE article_id IN ({marks(part)})"
            cl.recoded.update(str(r[0]) for r in conn.execute(q, part))
        run.duplicates += len((cl.signer or Signer(conn, cfg)).sign_articles(batch))
        dups: dict[str, tuple[str, float]] = {}
        records: dict[str, list[dict[str, Any]]] = {}
        for part in chunks(batch):
            for aid, original, sim in conn.execute(
                "SELECT article_id, original_id, similarity FROM article_duplicates "
                f"WHERE article_id IN ({marks(part)})",
                part,
            ):
                dups[aid] = (str(original), float(sim))
            for aid, record in conn.execute(
                f"SELECT e.article_id, e.record FROM events e WHERE e.article_id IN ({marks(part)}) "
                "AND NOT EXISTS (SELECT 1 FROM cluster_events ce WHERE ce.event_id = e.id)",
                part,
            ):
                records.setdefault(aid, []).append(json.loads(record))
        cl.batch_dups = dups
        seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM cluster_events").fetchone()[0])
        feats = [  # each article's events in reading order, with what they take from their sentence
            fill_from_sentence([features(r, cl.cfg) for r in sorted(records[aid], key=event_order)])
            for aid in batch
            if records.get(aid)
        ]
        # the candidates of the batch in one query (a near-duplicate's events look for them only when
        # their twin is not found)
        cl.candidate_index().fetch({p for fs in feats for f in fs if f.article_id not in dups for p in cl.pairs(f)})
        for fs in feats:
            for f in fs:
                seq += 1
                cl.add(f, cl.decide(f, dups.get(f.article_id)), seq, run, touched)
                run.events += 1
        cl.flush()
        writes = TallyWrites()
        for cid in sorted(touched):
            cl.refresh(cid, writes)
        writes.flush(conn)
    return run


def recompute_clusters(conn: Connection, cfg: ClusterConfig | None = None) -> int:
    """Recompute every cluster's row, tallies and mentions from all its members (what the running
    aggregates must equal; a repair after a hand edit). Returns the clusters rewritten. Commits."""
    cl = _Clusterer(conn, cfg or default_config())
    with conn:
        _lock(conn, cl.dialect)
        ids = [str(r[0]) for r in conn.execute("SELECT id FROM clusters WHERE merged_into IS NULL ORDER BY seq")]
        writes = TallyWrites()
        for cid in ids:
            cl.rebuild_ids.add(cid)
            cl.refresh(cid, writes)
        writes.flush(conn)
    return len(ids)


def explain(conn: Connection, record: dict[str, Any], cfg: ClusterConfig | None = None) -> Decision:
    """Where a coded event (a PLOVER record) would go in the stored clusters, and why; writes nothing."""
    m = Matcher(conn, cfg or default_config())
    return m.decide(features(record, m.cfg))


def explain_article(conn: Connection, records: list[dict[str, Any]]) -> list[Decision]:
    """:func:`explain` for the events of one article (they take place and date from their sentence first)."""
    m = Matcher(conn, default_config())
    return [m.decide(f) for f in fill_from_sentence([features(r, m.cfg) for r in records])]


def cluster_of(conn: Connection, event_id: str) -> str | None:
    row = conn.execute("SELECT cluster_id FROM cluster_events WHERE event_id = ?", (event_id,)).fetchone()
    return None if row is None else str(row[0])
