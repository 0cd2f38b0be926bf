"""Store: the two things every clustering run does first: take the one-run-at-a-time lock, and (for a
full scan) list the articles whose events need clustering, in the order they were stored. Used by
``store/clusters.py``."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsevents.store.dialect import SQLITE, Connection, Dialect
from newsevents.store.near_dups import chunks, marks

_CLUSTER_LOCK = "newsevents: clusters"
_PENDING = (
    "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_signatures) "
    "UNION SELECT article_id FROM events WHERE id NOT IN (SELECT event_id FROM cluster_events) "
    "UNION SELECT article_id FROM cluster_events WHERE event_id NOT IN (SELECT id FROM events)"
)


def lock(conn: Connection, dialect: Dialect) -> None:
    """One clustering run at a time: SQLite's write lock first (a transaction that reads and then
    writes fails at once, "database is locked", when another run committed in between; this one
    waits its turn instead); on PostgreSQL an advisory lock held until the transaction ends."""
    if dialect is SQLITE:
        if isinstance(conn, sqlite3.Connection) and not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        return
    from newsevents.store.pg import lock_key

    conn.execute("SELECT pg_advisory_xact_lock(?)", (lock_key(_CLUSTER_LOCK),))


def pending(conn: Connection, dialect: Dialect) -> list[str]:
    """The articles a full scan clusters, in the order they were stored (SQLite's rowid; PostgreSQL:
    coding time, then id); those no longer stored (their events left behind) last."""
    pending = sorted({str(r[0]) for r in conn.execute(_PENDING)})
    key = "rowid" if dialect is SQLITE else "coded_at"
    stored: list[tuple[Any, str]] = []
    for part in chunks(pending):
        sql = f"SELECT {key}, id FROM articles WHERE id IN ({marks(part)})"
        stored.extend((r[0], r[1]) for r in conn.execute(sql, part))
    order = [aid for _, aid in sorted(stored)]
    known = set(order)
    return order + [a for a in pending if a not in known]
