"""Store: reading events back: the filter of `newsevents events`, `export` and `serve`, and a stored event as a record.

:class:`EventFilter` turns the command-line and API filters into SQL on ``events e`` for either
backend (full text through :mod:`newsevents.store.dialect`); :data:`DEFAULT_MODALITIES` is what
is shown unless asked; :func:`export_record` is a stored event's ``record`` column as every output
writes it, with its ``cluster_id``. Re-exported by :mod:`newsevents.store.db`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.errors import StoreError
from newsevents.store import clusters
from newsevents.store.dialect import SQLITE, Connection, Dialect, search_words

__all__ = ["DEFAULT_MODALITIES", "EventFilter", "export_record"]


def export_record(conn: Connection | None, record: str) -> dict[str, Any]:
    """A stored event (its ``record`` column) as every export writes it: the PLOVER record with its
    ``cluster_id`` (``conn``: the connection of a database that keeps clusters, else None)."""
    rec: dict[str, Any] = json.loads(record)
    rec["cluster_id"] = clusters.cluster_of(conn, rec["id"]) if conn is not None else None
    return rec


DEFAULT_MODALITIES = ("asserted", "future")  # what `newsevents events` and `serve` show unless asked


@dataclass(frozen=True)
class EventFilter:
    """Filters of `newsevents events` and `export`; None means no filter."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    event: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    modalities: Sequence[str] | None = None  # None: every modality
    q: str | None = None  # words that must all occur in the event's article (title or text): full text

    def sql(self, dialect: Dialect = SQLITE) -> tuple[str, list[Any]]:
        where, params = self.where(dialect)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        # NULLS FIRST: SQLite's order of undated events, which PostgreSQL would put last.
        order = "e.date NULLS FIRST, e.article_id, e.sentence_index, e.id"
        return f"SELECT e.record FROM events e{clause} ORDER BY {order}", params

    def where(self, dialect: Dialect = SQLITE) -> tuple[list[str], list[Any]]:
        """The conditions on ``events e`` (joined with AND) and their parameters."""
        where: list[str] = []
        params: list[Any] = []

        def actor_clause(role: str, value: str) -> None:
            like = f"%{value.lower()}%"
            where.append(
                "e.id IN (SELECT event_id FROM event_actors WHERE role = ? AND (lower(coalesce(name,'')) LIKE ? "
                "OR lower(coalesce(code,'')) LIKE ? OR lower(coalesce(entity_text,'')) LIKE ? "
                "OR lower(coalesce(kb_id,'')) LIKE ? OR upper(coalesce(country,'')) = ?))"
            )
            params.extend([role, like, like, like, like, value.upper()])

        if self.actor:
            actor_clause("actor", self.actor)
        if self.recipient:
            actor_clause("recipient", self.recipient)
        if self.country:
            where.append("e.id IN (SELECT event_id FROM event_actors WHERE upper(country) = ?)")
            params.append(self.country.upper())
        if self.event:
            where.append("upper(e.event) = ?")
            params.append(self.event.upper())
        if self.cameo:
            where.append("e.cameo LIKE ?")
            params.append(f"{self.cameo}%")
        if self.since:
            where.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            where.append("substr(e.date, 1, length(?)) <= ?")
            params.extend([self.until, self.until])
        if self.article:
            where.append("e.article_id = ?")
            params.append(self.article)
        if self.q is not None:
            words = search_words(self.q)
            if not words:
                raise StoreError(f"full-text query {self.q[:40]!r} has no words to search for")
            where.append(f"e.article_id IN ({dialect.fts_articles_sql()})")
            params.append(dialect.fts_query(words))
        if self.modalities is not None:
            where.append(f"e.modality IN ({', '.join('?' for _ in self.modalities)})")
            params.extend(self.modalities)
        return where, params
