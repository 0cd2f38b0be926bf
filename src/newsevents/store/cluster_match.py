"""Store: where an event belongs among the stored clusters (the reading side of ``store/clusters.py``).

:class:`Matcher` holds what one run of the clusterer reads and keeps: the connection, the candidate index
(``store/cluster_index.py``), the clusters' running aggregates (``store/cluster_tally.py``), the features parsed
from the store (kept across batches, bounded) and the writes held until the store is read again. Its
:meth:`Matcher.decide` says where an event goes (join, bridge, link or a new cluster) with the reasons, reading
the store and writing nothing; ``store/clusters.py``'s ``_Clusterer`` extends it with the writing (an event added,
clusters merged, events removed, the touched clusters refreshed) and the run's entry points.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from newsevents.dedupe.cluster_config import ClusterConfig
from newsevents.dedupe.cluster_features import Features, PlaceKey
from newsevents.dedupe.clusters import block_keys, compare, fits_range, fits_summary
from newsevents.store.cluster_index import CandidateIndex
from newsevents.store.cluster_tally import Tally
from newsevents.store.dialect import SQLITE, Connection, Dialect
from newsevents.store.near_dups import chunks, marks

__all__ = ["Decision", "Matcher", "dialect_of", "remember"]


def dialect_of(conn: Connection) -> Dialect:
    """The store's dialect of a connection: SQLite's, or PostgreSQL's (:class:`newsevents.store.pg.PgConnection`)."""
    if isinstance(conn, sqlite3.Connection):
        return SQLITE
    from newsevents.store.pg import POSTGRESQL

    return POSTGRESQL


@dataclass(frozen=True)
class Decision:
    cluster_id: str | None  # the cluster to join (None: a new one)
    merge: tuple[str, ...]  # other clusters the event bridges (merged into cluster_id)
    links: tuple[tuple[str, tuple[str, ...]], ...]  # (cluster, reasons) of planned/held events
    reasons: tuple[str, ...]


_PARSED: dict[tuple[str, int, str], Features] = {}
_PARSED_MAX = 5_000  # features parsed from the store, kept across batches (bounded: memory stays flat)


def _parsed(db: str, seq: int, event_id: str, text: str) -> Features:
    f = _PARSED.get((db, seq, event_id))
    if f is None:
        f = remember(db, seq, Features.from_json(json.loads(text)))
    return f


def remember(db: str, seq: int, f: Features) -> Features:
    """Keep an event's features (as parsed from its stored JSON, or as stored: the same)."""
    if len(_PARSED) >= _PARSED_MAX:  # the older half goes (insertion order)
        for old in list(itertools.islice(_PARSED, _PARSED_MAX // 2)):
            del _PARSED[old]
    _PARSED[(db, seq, f.event_id)] = f
    return f


_UNBOUNDED_WEEK = -1  # events without any date (nor publication date) are blocked apart


def _weeks(f: Features, slack: int) -> tuple[int, int]:
    """The weeks (ordinal days // 7) an event's date range covers, widened by the slack."""
    if f.date_hi - f.date_lo > 400:
        return (_UNBOUNDED_WEEK, _UNBOUNDED_WEEK)
    return ((f.date_lo - slack) // 7, (f.date_hi + slack) // 7)


@dataclass
class Matcher:
    """A run's reading of the stored clusters (where an event belongs: :meth:`decide`), with the writes held."""

    conn: Connection
    cfg: ClusterConfig
    tallies: dict[str, Tally] = field(default_factory=dict)  # the running aggregates of the clusters at hand
    rebuild_ids: set[str] = field(default_factory=set)  # clusters whose tally is recomputed from the members
    tallies_stored: bool | None = None  # the store has cluster_tallies (migration 8)
    db: str = ""
    dialect: Dialect = SQLITE
    seqs: dict[str, int] = field(default_factory=dict)  # cluster -> its seq (order of arrival)
    index: CandidateIndex | None = None  # the candidates of the batch
    # writes held until the store is read again or the batch ends (one statement a table, not one an event)
    pending: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    pending_articles: set[str] = field(default_factory=set)  # articles with events among them
    pending_clusters: set[str] = field(default_factory=set)  # clusters made among them

    def __post_init__(self) -> None:
        self.index = CandidateIndex(self.conn, before_read=self.flush)
        self.dialect = dialect_of(self.conn)
        if self.dialect is SQLITE:
            row = self.conn.execute("PRAGMA database_list").fetchone()
            self.db = str(row[2]) if row and row[2] else f"memory:{id(self.conn)}"
        else:  # the cache of parsed features is this connection's
            self.db = f"{self.dialect.name}:{id(self.conn)}"

    # -- aggregates ------------------------------------------------------------------------
    def tally(self, cid: str) -> Tally:
        """A cluster's running aggregates: stored, or recomputed from its members (after a merge or a
        removal, and for a cluster stored before migration 8)."""
        t = self.tallies.get(cid)
        if t is None:
            if self.tallies_stored is None:
                self.tallies_stored = self.dialect.has_table(self.conn, "cluster_tallies")
            if cid not in self.rebuild_ids and self.tallies_stored:
                if cid in self.pending_clusters:
                    self.flush()
                t = Tally.load(self.conn, cid)
            if t is None:
                t = self.rebuild(cid)
            self.tallies[cid] = t
        return t

    def rebuild(self, cid: str) -> Tally:
        self.flush()
        rows = self.conn.execute(
            "SELECT seq, event_id, features FROM cluster_events WHERE cluster_id = ? ORDER BY seq", (cid,)
        ).fetchall()
        return Tally.rebuild(cid, [(int(r[0]), _parsed(self.db, *r)) for r in rows])

    def summary(self, cid: str) -> tuple[int, int, PlaceKey | None]:
        """The cluster's best-evidenced date range and place: as stored (read with the candidates) for a
        cluster this run has not touched, else from its running aggregates."""
        t = self.tallies.get(cid)
        stored = self.candidate_index().summaries
        if t is None and cid not in self.rebuild_ids and cid in stored:
            return stored[cid]
        return self.tally(cid).summary()

    # -- matching (read-only) ----------------------------------------------------------------
    def candidate_index(self) -> CandidateIndex:
        if self.index is None:
            self.index = CandidateIndex(self.conn, before_read=self.flush)
        return self.index

    def pairs(self, f: Features) -> list[tuple[str, int]]:
        """The (block key, week) pairs under which an event's candidates are."""
        first, last = _weeks(f, self.cfg.slack_days)
        return [(k, w) for k in sorted(block_keys(f, self.cfg)) for w in range(first, last + 1)]

    def candidates(self, f: Features) -> dict[str, list[Features]]:
        """Clustered events of other articles under the same block keys in the weeks the event's dates may
        cover, whose dates meet its own (store/cluster_index.py), by cluster, in the order they were told."""
        slack = self.cfg.slack_days
        rows = self.candidate_index().candidates(self.pairs(f), f.date_lo - slack, f.date_hi + slack, f.article_id)
        missing = [r.event_id for r in rows if (self.db, r.seq, r.event_id) not in _PARSED]
        texts: dict[str, str] = {}
        if missing:
            self.flush()
        for part in chunks(missing):  # the features not parsed yet, in one query
            q = f"SELECT event_id, features FROM cluster_events WHERE event_id IN ({marks(part)})"
            texts.update(self.conn.execute(q, part).fetchall())
        out: dict[str, list[Features]] = {}
        for r in rows:
            found = texts.get(r.event_id)
            f_ = _parsed(self.db, r.seq, r.event_id, found) if found is not None else self.parsed(r.seq, r.event_id)
            out.setdefault(r.cluster_id, []).append(f_)
        return out

    def parsed(self, seq: int, event_id: str) -> Features:
        key = (self.db, seq, event_id)
        found = _PARSED.get(key)
        if found is None:
            row = self.conn.execute("SELECT features FROM cluster_events WHERE event_id = ?", (event_id,)).fetchone()
            found = _parsed(self.db, seq, event_id, row[0])
        return found

    def decide(self, f: Features, duplicate_of: tuple[str, float] | None = None) -> Decision:
        """Where an event belongs, with the reasons; reads the store, writes nothing."""
        if duplicate_of is not None:
            original, sim = duplicate_of
            twin = self.twin(f, original)
            if twin is not None:
                cid, why = twin
                return Decision(cid, (), (), (f"near-duplicate of article {original} (Jaccard ~{sim:.2f})", *why))
        fitting: list[tuple[int, int, str, tuple[str, ...]]] = []
        links: list[tuple[str, tuple[str, ...]]] = []
        rejected: list[str] = []
        for cid, cands in self.candidates(f).items():
            best: tuple[int, tuple[str, ...]] | None = None
            link: tuple[str, ...] | None = None
            for m in cands:
                v = compare(f, m, self.cfg, explain=False)
                if v.kind == "merge" and (best is None or v.strength > best[0]):
                    best = (v.strength, (f"matches event {m.event_id} of article {m.article_id}", *v.reasons))
                elif v.kind == "link" and link is None:
                    link = (f"planned/held with event {m.event_id} of article {m.article_id}", *v.reasons)
            if best is not None:
                lo, hi, place = self.summary(cid)
                misfit = fits_summary(f, lo, hi, place, self.cfg)
                if misfit is None:
                    seq = self.cluster_seq(cid)
                    fitting.append((best[0], -seq, cid, best[1]))
                else:
                    rejected.append(f"not {cid}: {misfit}")
            elif link is not None:
                lo, hi, place = self.summary(cid)
                if fits_summary(f, lo, hi, place, self.cfg) is None:
                    links.append((cid, link))
        if not fitting:
            return Decision(None, (), tuple(links), ("no compatible cluster: a new one", *rejected))
        fitting.sort(reverse=True)
        _, _, target, why = fitting[0]
        bridged = [cid for _, _, cid, _ in fitting[1:] if self.bridgeable(target, cid)]
        # the merged cluster keeps the id of the oldest (derived from the first event told)
        target, *rest = sorted([target, *bridged], key=self.cluster_seq)
        merge = tuple(rest)
        reasons = (f"joined {target}", *why, *(f"bridges {m}" for m in merge), *rejected)
        return Decision(target, merge, tuple(links), reasons)

    def twin(self, f: Features, original: str) -> tuple[str, tuple[str, ...]] | None:
        if original in self.pending_articles:
            self.flush()
        rows = self.conn.execute(
            "SELECT cluster_id, seq, event_id, features FROM cluster_events WHERE article_id = ? ORDER BY seq",
            (original,),
        ).fetchall()
        best: tuple[int, str, tuple[str, ...]] | None = None
        for cid, seq, eid, feats in rows:
            m = _parsed(self.db, int(seq), eid, feats)
            v = compare(f, m, self.cfg)
            same_place = m.cameo == f.cameo and m.mentions[:1] == f.mentions[:1]
            score = (2 if same_place else 0) + (1 if v.kind == "merge" else 0)
            if score and (best is None or score > best[0]):
                best = (score, cid, (f"its event {m.event_id}", *v.reasons))
        return None if best is None else (best[1], best[2])

    def bridgeable(self, a: str, b: str) -> bool:
        ta, tb = self.tally(a), self.tally(b)
        if not ta.num_events or not tb.num_events or ta.modality != tb.modality:
            return False
        return fits_range(*ta.summary(), *tb.summary(), self.cfg) is None

    def cluster_seq(self, cid: str) -> int:
        seq = self.seqs.get(cid)
        if seq is None:
            seq = self.candidate_index().seqs.get(cid)
        if seq is None:
            row = self.conn.execute("SELECT seq FROM clusters WHERE id = ?", (cid,)).fetchone()
            seq = self.seqs[cid] = int(row[0]) if row else 0
        return seq

    # -- held writes ---------------------------------------------------------------------------
    def hold(self, sql: str, row: tuple[Any, ...]) -> None:
        """A write held until :meth:`flush` (in the order held, a statement a table)."""
        self.pending.setdefault(sql, []).append(row)

    def flush(self) -> None:
        """Write what is held: before the store is read where it may be, and at the end of the batch."""
        for sql, rows in self.pending.items():
            self.conn.executemany(sql, rows)
        self.pending.clear()
        self.pending_articles.clear()
        self.pending_clusters.clear()

    def blocks(self, f: Features) -> list[tuple[str, int]]:
        """The (block key, week) rows of a clustered event in the candidate index."""
        first, last = _weeks(f, 0)
        return [(k, w) for k in sorted(block_keys(f, self.cfg)) for w in range(first, last + 1)]
