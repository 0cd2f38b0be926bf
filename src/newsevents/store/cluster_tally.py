"""Store: a cluster's running aggregates (``cluster_tallies``, migration 8; docs/dedup.md).

A cluster's row (counts, first and last seen, the best-evidenced date and place, the most told type)
and its mentions' roles follow from its members. Instead of reading every member again after each
batch, a :class:`Tally` keeps what they add up to: the votes for each date, place and type told (with
the order they were first told, for ties), the sources (publishers) seen, the lead article. A batch's
new members update it and only the rows they change are written: the cost of a batch does not grow
with the size of the clusters it touches. A full recompute from the members (:meth:`Tally.rebuild`)
is left for a cluster that merged another or lost events, and for one stored before migration 8.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsevents.dedupe.best import DateKey, best_date_of, best_place_of, date_key, date_weight
from newsevents.dedupe.cluster_features import Features, PlaceKey
from newsevents.store.dialect import Connection
from newsevents.store.near_dups import chunks, marks

TALLY_VERSION = 8
TALLY_NAME = "clusters: running aggregates of each cluster (cluster_tallies)"
TALLY_SQL = """
CREATE TABLE cluster_tallies (
    cluster_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    votes INTEGER NOT NULL, first_seq INTEGER NOT NULL, day_seq INTEGER,
    PRIMARY KEY (cluster_id, kind, key)
);
"""
# kinds: 'date' (key: JSON [date, precision, first day, last day]; votes: 2 a day-precise member, else 1),
# 'place' (JSON [name, lat, lon, resolution, country]; a vote a member), 'type' (votes: members;
# day_seq: the first member told to the day), 'source' (publisher, else article id: its members),
# 'lead' (the lead article: the first member published first). first_seq: the first member told.
_KINDS = ("date", "place", "type", "lead")
_Row = tuple[str, Any, int, int, "int | None"]  # kind, key, votes, first seq, day seq
_UPSERT = (
    "INSERT INTO cluster_tallies VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cluster_id, kind, key) DO UPDATE SET "
    "votes = excluded.votes, first_seq = excluded.first_seq, day_seq = excluded.day_seq"
)
_NO_RETROSPECTIVE = "9999-99-99"  # sorts after every ISO date: no mention is a retrospective


def _place_json(p: PlaceKey) -> str:
    return json.dumps([p.name, p.lat, p.lon, p.resolution, p.country])


def _place_of(key: str) -> PlaceKey:
    name, lat, lon, resolution, country = json.loads(key)
    return PlaceKey(name, lat, lon, resolution, country)


def source_key(f: Features) -> str:
    return f.publisher or f.article_id


def main_type(types: dict[str, list[Any]]) -> str | None:
    """The most told type; on a tie, one told to the day, then the first told (the first member that is
    the most, and then day-precise, of the most told types)."""
    best: tuple[int, bool, int] | None = None
    found = None
    for t, (votes, first, day) in types.items():
        key = (votes, day is not None, -(day if day is not None else first))
        if best is None or key > best:
            best, found = key, t
    return found


@dataclass
class Tally:
    """What one cluster's members add up to; ``members`` holds them all after a rebuild (then every row
    is written again), else only ``new`` (this batch's) are at hand."""

    cid: str
    cameo: str | None = None  # of the first member
    modality: str | None = None
    dates: dict[DateKey, list[int]] = field(default_factory=dict)  # key -> [votes, first seq]
    places: dict[PlaceKey, list[int]] = field(default_factory=dict)
    types: dict[str, list[Any]] = field(default_factory=dict)  # type -> [votes, first seq, first day seq]
    lead: str | None = None  # article
    lead_pub: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    num_articles: int = 0
    num_sources: int = 0
    num_mentions: int = 0
    num_events: int = 0
    stored_lead: str | None = None  # as stored before this batch: the mentions' roles follow from them
    stored_hi: int | None = None
    members: list[tuple[int, Features]] | None = None  # (seq, features)
    fresh: bool = False  # a new cluster whose id has no rows yet: nothing to delete first
    new: list[tuple[int, Features]] = field(default_factory=list)
    dirty: set[tuple[str, Any]] = field(default_factory=set)
    _summary: tuple[int, int, PlaceKey | None] | None = None

    # -- updating ------------------------------------------------------------------------------
    def add(self, f: Features, seq: int) -> None:
        """One more member (in seq order)."""
        if self.num_events == 0:
            self.cameo, self.modality = f.cameo, f.modality
        self.num_events += 1
        self.num_mentions += len(f.mentions)
        d = self.dates.setdefault(date_key(f), [0, seq])
        d[0] += date_weight(f)
        self.dirty.add(("date", date_key(f)))
        if f.place is not None:
            self.places.setdefault(f.place, [0, seq])[0] += 1
            self.dirty.add(("place", f.place))
        t = self.types.setdefault(f.type, [0, seq, None])
        t[0] += 1
        if t[2] is None and f.date_precision == "day":
            t[2] = seq
        self.dirty.add(("type", f.type))
        if f.pub_date:
            self.first_seen = min(self.first_seen or f.pub_date, f.pub_date)
            self.last_seen = max(self.last_seen or f.pub_date, f.pub_date)
        if self.lead is None or (f.pub_date or "9999") < (self.lead_pub or "9999"):
            self.lead, self.lead_pub = f.article_id, f.pub_date
        if self.members is not None:
            self.members.append((seq, f))
        self.new.append((seq, f))
        self._summary = None

    def summary(self) -> tuple[int, int, PlaceKey | None]:
        """The best-evidenced date range and place (what a new event must fit)."""
        if self._summary is None:
            _, _, lo, hi = self.best_date()
            self._summary = (lo, hi, best_place_of({p: v[0] for p, v in self.places.items()}))
        return self._summary

    def best_date(self) -> tuple[str | None, str, int, int]:
        return best_date_of({k: v[0] for k, v in self.dates.items()})

    # -- reading -------------------------------------------------------------------------------
    @staticmethod
    def rebuild(cid: str, members: Sequence[tuple[int, Features]]) -> Tally:
        """A cluster's tally from all its members (seq, features), in seq order; written whole."""
        t = Tally(cid, members=[])
        for seq, f in members:
            t.add(f, seq)
        t.new = []
        return t

    @staticmethod
    def load(conn: Connection, cid: str) -> Tally | None:
        """A cluster's stored tally (its row and its date, place, type and lead tallies), or None when it
        has none (stored before migration 8) or the cluster is not stored."""
        row = conn.execute(
            "SELECT cameo, modality, date_hi, first_seen, last_seen, num_articles, num_sources, num_mentions, "
            "num_events FROM clusters WHERE id = ?",
            (cid,),
        ).fetchone()
        if row is None:
            return None
        rows = conn.execute(
            f"SELECT kind, key, votes, first_seq, day_seq FROM cluster_tallies WHERE cluster_id = ? "
            f"AND kind IN ({marks(_KINDS)}) ORDER BY first_seq, kind, key",
            (cid, *_KINDS),
        ).fetchall()
        leads = [r[1] for r in rows if r[0] == "lead"]
        if not leads:
            return None
        t = Tally(cid, cameo=row[0], modality=row[1], first_seen=row[3], last_seen=row[4])
        t.num_articles, t.num_sources, t.num_mentions, t.num_events = (int(v) for v in row[5:9])
        t.stored_hi = None if row[2] is None else int(row[2])
        t.lead = t.stored_lead = leads[0]
        t.lead_pub = t.first_seen
        for kind, key, votes, first, day in rows:
            if kind == "date":
                d, precision, lo, hi = json.loads(key)
                t.dates[(d, precision, int(lo), int(hi))] = [int(votes), int(first)]
            elif kind == "place":
                t.places[_place_of(key)] = [int(votes), int(first)]
            elif kind == "type":
                t.types[key] = [int(votes), int(first), None if day is None else int(day)]
        return t

    # -- writing -------------------------------------------------------------------------------
    def write(
        self,
        conn: Connection,
        duplicates: dict[str, str],
        retrospective_after_days: int,
        recoded: set[str],
        writes: TallyWrites | None = None,
    ) -> None:
        """Store the cluster's row, its tallies and the mentions: all of them after a rebuild, else the
        new members' (and the roles of the others when the lead or the best date changed). ``recoded``: the
        batch's articles that had events clustered before it (the others are new to every cluster). The
        rows written (not the deletes) are added to ``writes``, which the caller writes after the batch's
        other clusters (without it, at once)."""
        if writes is None:
            writes = TallyWrites()
            self.write(conn, duplicates, retrospective_after_days, recoded, writes)
            writes.flush(conn)
            return
        c, cid = conn, self.cid
        date, precision, lo, hi = self.best_date()
        place = self.summary()[2]
        rebuilt = self.members is not None
        rows: list[_Row]
        new = [f for _, f in (self.members if self.members is not None else self.new)]
        if rebuilt and not self.fresh:
            c.execute("DELETE FROM cluster_mentions WHERE cluster_id = ?", (cid,))
            c.execute("DELETE FROM cluster_tallies WHERE cluster_id = ?", (cid,))
        if rebuilt:
            rows = [("date", json.dumps(list(k)), v[0], v[1], None) for k, v in self.dates.items()]
            rows += [("place", _place_json(p), v[0], v[1], None) for p, v in self.places.items()]
            rows += [("type", k, v[0], v[1], v[2]) for k, v in self.types.items()]
            counts: dict[str, list[int]] = {}
            for seq, f in self.members or ():
                counts.setdefault(source_key(f), [0, seq])[0] += 1
            rows += [("source", k, v[0], v[1], None) for k, v in counts.items()]
            self.num_sources = len(counts)
            self.num_articles = len({f.article_id for f in new})
        else:
            rows = []
            for kind, key in sorted(self.dirty, key=repr):
                if kind == "date":
                    v = self.dates[key]
                    rows.append(("date", json.dumps(list(key)), v[0], v[1], None))
                elif kind == "place":
                    v = self.places[key]
                    rows.append(("place", _place_json(key), v[0], v[1], None))
                else:
                    v = self.types[key]
                    rows.append(("type", key, v[0], v[1], v[2]))
            rows += self._new_sources(c)
            self._count_new_articles(c, recoded)
        if rebuilt or self.lead != self.stored_lead:
            if not rebuilt:
                c.execute("DELETE FROM cluster_tallies WHERE cluster_id = ? AND kind = 'lead'", (cid,))
            rows.append(("lead", str(self.lead), 0, 0, None))
        if rebuilt and self.num_events == 1:
            rows = []  # a cluster of one event keeps no tallies: its one member is read when it is next joined
        writes.tallies.extend((cid, *r) for r in rows)
        after = _threshold(hi, retrospective_after_days)
        if not rebuilt and (self.lead != self.stored_lead or hi != self.stored_hi):
            c.execute(  # the roles of the mentions stored before (rare: a new lead or a new best date)
                "UPDATE cluster_mentions SET role = CASE WHEN article_id = ? THEN 'lead' "
                "WHEN first_seen > ? THEN 'retrospective' ELSE 'follow-up' END WHERE cluster_id = ?",
                (self.lead, after, cid),
            )
        mention_rows = []
        for m in new:
            if m.article_id == self.lead:
                role = "lead"
            elif m.pub_date is not None and m.pub_date > after:
                role = "retrospective"
            else:
                role = "follow-up"
            dup = duplicates.get(m.article_id)
            for s, a, b in m.mentions:
                mention_rows.append((cid, m.event_id, m.article_id, s, a, b, m.publisher, m.pub_date, role, dup))
        writes.mentions.extend(mention_rows)
        writes.clusters.append(
            (
                main_type(self.types),
                self.cameo,
                self.modality,
                date,
                precision,
                lo,
                hi,
                place.name if place else None,
                place.lat if place else None,
                place.lon if place else None,
                place.resolution if place else None,
                place.country if place else None,
                self.num_articles,
                self.num_sources,
                self.num_mentions,
                self.num_events,
                self.first_seen,
                self.last_seen,
                cid,
            )
        )

    def _new_sources(self, c: Connection) -> list[_Row]:
        """The new members' source tallies (read by key), counting the sources not seen before."""
        counts: dict[str, list[int]] = {}
        for seq, f in self.new:
            counts.setdefault(source_key(f), [0, seq])[0] += 1
        keys = sorted(counts)
        known: dict[str, tuple[int, int]] = {}
        for part in chunks(keys):
            for key, votes, first in c.execute(
                "SELECT key, votes, first_seq FROM cluster_tallies WHERE cluster_id = ? AND kind = 'source' "
                f"AND key IN ({marks(part)})",
                (self.cid, *part),
            ):
                known[str(key)] = (int(votes), int(first))
        self.num_sources += sum(1 for k in keys if k not in known)
        out: list[_Row] = []
        for k in keys:
            votes, first = known.get(k, (0, counts[k][1]))
            out.append(("source", k, votes + counts[k][0], first, None))
        return out

    def _count_new_articles(self, c: Connection, recoded: set[str]) -> None:
        """The new members' articles that had no member in the cluster before this batch (only an article
        re-coded with some of its events kept can have had one)."""
        if not self.new:
            return
        before = min(s for s, _ in self.new)
        arts = {f.article_id for _, f in self.new}
        seen: set[str] = set()
        for part in chunks(sorted(arts & recoded)):
            seen.update(
                str(r[0])
                for r in c.execute(
                    "SELECT DISTINCT article_id FROM cluster_events WHERE cluster_id = ? AND seq < ? "
                    f"AND article_id IN ({marks(part)})",
                    (self.cid, before, *part),
                )
            )
        self.num_articles += len(arts) - len(seen)


@dataclass
class TallyWrites:
    """The rows that the clusters refreshed after a batch write (their tallies, new mentions and cluster
    rows), written together, a statement a table, after them all. A cluster is refreshed once a batch and
    reads and deletes only its own rows (the roles it rewrites before its new mentions), so the order of
    the rows does not change what is stored."""

    tallies: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    clusters: list[tuple[Any, ...]] = field(default_factory=list)

    def flush(self, conn: Connection) -> None:
        for sql, rows in ((_UPSERT, self.tallies), (_INSERT_MENTION, self.mentions), (_UPDATE_CLUSTER, self.clusters)):
            if rows:
                conn.executemany(sql, rows)
            rows.clear()


_UPDATE_CLUSTER = (
    "UPDATE clusters SET event = ?, cameo = ?, modality = ?, date = ?, date_precision = ?, date_lo = ?, "
    "date_hi = ?, place = ?, place_lat = ?, place_lon = ?, place_resolution = ?, place_country = ?, "
    "num_articles = ?, num_sources = ?, num_mentions = ?, num_events = ?, first_seen = ?, last_seen = ? "
    "WHERE id = ?"
)


def _threshold(hi: int, days: int) -> str:
    """A mention published after this ISO date is a retrospective (more than ``days`` after the best date)."""
    try:
        return dt.date.fromordinal(hi + days).isoformat()
    except (ValueError, OverflowError):
        return _NO_RETROSPECTIVE


_INSERT_MENTION = (
    "INSERT INTO cluster_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (event_id, sentence_index, start_char, end_char) DO UPDATE SET cluster_id = excluded.cluster_id, "
    "article_id = excluded.article_id, publisher = excluded.publisher, first_seen = excluded.first_seen, "
    "role = excluded.role, duplicate_of = excluded.duplicate_of"
)
