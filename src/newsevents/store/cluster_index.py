"""Store: the candidate events of one clustering batch, read once (``cluster_blocks``; docs/dedup.md).

An event's candidates are the clustered events of other articles under its block keys, in the weeks
its dates may cover, whose date ranges meet its own. Instead of a query an event, the (key, week)
pairs of a whole batch are read in one query before it is clustered (:meth:`CandidateIndex.fetch`),
and the batch's events join the index in memory as they are clustered (:meth:`CandidateIndex.add`);
a merge moves the merged cluster's rows (:meth:`CandidateIndex.move`), as its ``UPDATE`` moves the
stored ones. So :meth:`CandidateIndex.candidates` gives each event, at its turn, the rows the query
would have given it then: the same events, in the same order (``seq``), in the same clusters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsevents.dedupe.cluster_features import PlaceKey
from newsevents.store.dialect import Connection

Pair = tuple[str, int]  # (block key, week)
Summary = tuple[int, int, PlaceKey | None]  # a cluster's stored best date range and place
_RUNS_A_QUERY = 200  # (key, first week, last week) conditions in one query


@dataclass(eq=False)
class Row:
    """A clustered event as the candidate index sees it (its cluster changes when that cluster merges)."""

    seq: int
    event_id: str
    date_lo: int
    date_hi: int
    article_id: str
    cluster_id: str


def _seq(row: Row) -> int:
    return row.seq


def _noop() -> None:
    return None


@dataclass
class CandidateIndex:
    """The candidate rows of the pairs read so far, and the batch's events clustered so far."""

    conn: Connection
    before_read: Callable[[], None] = _noop  # writes the store must have before it is read
    rows: dict[Pair, list[Row]] = field(default_factory=dict)
    events: dict[str, Row] = field(default_factory=dict)
    fetched: set[Pair] = field(default_factory=set)
    summaries: dict[str, Summary] = field(default_factory=dict)  # as stored, for the clusters read
    seqs: dict[str, int] = field(default_factory=dict)  # the clusters' seq, as stored

    def fetch(self, pairs: Iterable[Pair]) -> None:
        """Read the stored rows of the pairs not read yet, in one query (a few for many pairs)."""
        fetched = self.fetched
        todo = sorted({p for p in pairs if p not in fetched})
        if not todo:
            return
        self.before_read()
        runs: list[list[object]] = []  # (key, first week, last week)
        for key, week in todo:
            if runs and runs[-1][0] == key and runs[-1][2] == week - 1:
                runs[-1][2] = week
            else:
                runs.append([key, week, week])
        for i in range(0, len(runs), _RUNS_A_QUERY):
            part = runs[i : i + _RUNS_A_QUERY]
            where = " OR ".join(["(b.key = ? AND b.week BETWEEN ? AND ?)"] * len(part))
            sql = (
                "SELECT b.key, b.week, b.date_lo, b.date_hi, ce.article_id, ce.cluster_id, ce.seq, ce.event_id, "
                "cl.seq, cl.date_lo, cl.date_hi, cl.place, cl.place_lat, cl.place_lon, cl.place_resolution, "
                "cl.place_country FROM cluster_blocks b JOIN cluster_events ce ON ce.event_id = b.event_id "
                f"JOIN clusters cl ON cl.id = ce.cluster_id WHERE {where}"
            )
            params = [v for run in part for v in run]
            events, rows, seqs = self.events, self.rows, self.seqs
            for key, week, lo, hi, aid, cid, seq, eid, cseq, clo, chi, *place in self.conn.execute(sql, params):
                row = events.get(eid)
                if row is None:
                    row = events[eid] = Row(int(seq), eid, int(lo), int(hi), aid, cid)
                pair = (key, int(week))
                found = rows.get(pair)
                if found is None:
                    rows[pair] = [row]
                else:
                    found.append(row)
                if cid not in seqs:  # the cluster's row, read once (the same for all its events)
                    seqs[cid] = int(cseq)
                    if clo is not None:
                        self.summaries[cid] = (int(clo), int(chi), None if place[0] is None else PlaceKey(*place))
        self.fetched.update(todo)

    def candidates(self, pairs: list[Pair], date_lo: int, date_hi: int, article_id: str) -> list[Row]:
        """The rows under the pairs whose date range meets [date_lo, date_hi], of other articles, once
        each, in ``seq`` order."""
        fetched, rows = self.fetched, self.rows
        if not all(p in fetched for p in pairs):
            self.fetch(pairs)
        seen: dict[str, Row] = {}
        for pair in pairs:
            for row in rows.get(pair, ()):
                if row.date_hi >= date_lo and row.date_lo <= date_hi and row.article_id != article_id:
                    seen[row.event_id] = row
        return sorted(seen.values(), key=_seq)

    def add(self, row: Row, pairs: Iterable[Pair]) -> None:
        """A batch's event just clustered (its blocks: the pairs)."""
        self.events[row.event_id] = row
        for pair in pairs:
            self.rows.setdefault(pair, []).append(row)

    def move(self, other: str, cid: str) -> None:
        """Cluster ``other`` merged into ``cid``: its events are ``cid``'s."""
        for row in self.events.values():
            if row.cluster_id == other:
                row.cluster_id = cid
