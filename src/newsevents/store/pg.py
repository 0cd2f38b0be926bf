"""Store: the PostgreSQL backend (psycopg 3; ``pip install 'newsevents[pg]'``).

Imported only for a ``postgresql://`` database, so SQLite users need no psycopg. What differs from
SQLite (:mod:`newsevents.store.dialect`):

- the connection: :class:`PgConnection` takes the store's ``?`` placeholders and gives tuples;
- migrations: ``REAL``, ``BLOB`` and ``TEXT`` columns are created as ``DOUBLE PRECISION``, ``BYTEA`` and
  ``TEXT COLLATE "C"`` (SQLite's byte order, whatever the server's locale), and a
  migration's ``postgresql`` part runs instead of its ``sqlite`` part; migrating holds an advisory
  lock, so processes that open a new database at once apply each step once;
- full text: ``articles_fts`` is a plain table whose ``tsv`` column (``to_tsvector('simple', title
  || text)``, generated) has a GIN index; a query needs every word (``plainto_tsquery('simple')``),
  as SQLite's FTS5 does with quoted words;
- several writers: the writes of a batch wait for ``commit()``, which takes a transaction-scoped
  advisory lock per article in one global order, checks again that the article is not stored as it
  is (another process may have stored it meanwhile), replaces its rows and commits.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg

from newsevents.errors import StoreError
from newsevents.store.dialect import Connection, DbTarget, Dialect, Migration

# SQLite's types as PostgreSQL reads them. Text compares byte by byte (collation "C", SQLite's
# BINARY), whatever the server's locale: the same order, the same date ranges, ASCII lower().
_TYPES = {"REAL": "DOUBLE PRECISION", "BLOB": "BYTEA", "TEXT": 'TEXT COLLATE "C"'}
_TYPE_WORD = re.compile(r"\b(REAL|BLOB|TEXT)\b")


def lock_key(name: str) -> int:
    """A signed 64-bit advisory-lock key for a name (an article id, or the migrations)."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


MIGRATION_LOCK = lock_key("newsevents: schema migrations")


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """``?`` placeholders (outside quoted literals) as psycopg's ``%s``; a literal ``%`` as ``%%``."""
    parts = sql.split("'")
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        parts[i] = part.replace("?", "%s") if i % 2 == 0 else part
    return "'".join(parts)


def _clean(value: Any) -> Any:
    # PostgreSQL text cannot hold NUL; SQLite can. U+FFFD keeps the offsets of the other characters.
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value


def _params(parameters: Sequence[Any] | None) -> tuple[Any, ...]:
    return tuple(_clean(p) for p in parameters or ())


class PgConnection:
    """A psycopg connection with the store's conventions: ``?`` placeholders and ``with conn:``
    committing (or rolling back) like ``sqlite3.Connection``."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.raw = conn

    def execute(self, sql: str, parameters: Sequence[Any] | None = None, /) -> psycopg.Cursor[Any]:
        return self.raw.execute(to_pyformat(sql), _params(parameters))

    def executemany(self, sql: str, parameters: Sequence[Sequence[Any]], /) -> None:
        rows = [_params(p) for p in parameters]
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(to_pyformat(sql), rows)

    def commit(self) -> None:
        self.raw.commit()

    def rollback(self) -> None:
        self.raw.rollback()

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.raw.commit()
        else:
            self.raw.rollback()


def connect(target: DbTarget, readonly: bool) -> PgConnection:
    try:
        conn = psycopg.connect(target.url or "", autocommit=False)
        conn.read_only = readonly
    except psycopg.Error as e:
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise StoreError(f"cannot open database {target.display}: {first}") from e
    return PgConnection(conn)


class PostgresDialect(Dialect):
    name = "postgresql"
    deferred_writes = True
    errors = (psycopg.Error,)

    def migration_sql(self, m: Migration) -> str:
        common = _TYPE_WORD.sub(lambda t: _TYPES[t.group(1)], m.sql)
        return ";\n".join(part for part in (common, m.postgresql) if part.strip())

    @contextmanager
    def migration_lock(self, conn: Connection) -> Iterator[None]:
        conn.execute("SELECT pg_advisory_lock(?)", (MIGRATION_LOCK,))
        try:
            yield
        finally:
            conn.rollback()  # nothing is left open; every step committed its own transaction
            conn.execute("SELECT pg_advisory_unlock(?)", (MIGRATION_LOCK,))
            conn.commit()

    def lock_articles(self, conn: Connection, article_ids: Sequence[str]) -> None:
        # One pipelined round trip; the server takes the locks in this order.
        conn.executemany("SELECT pg_advisory_xact_lock(?)", [(k,) for k in sorted({lock_key(a) for a in article_ids})])

    def has_table(self, conn: Connection, name: str) -> bool:
        row = conn.execute("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()
        return bool(row[0])

    def fts_articles_sql(self) -> str:
        return "SELECT article_id FROM articles_fts WHERE tsv @@ plainto_tsquery('simple', ?)"

    def fts_query(self, words: Sequence[str]) -> str:
        return " ".join(words)

    def search_sql(self) -> tuple[str, int]:
        return (
            "SELECT article_id, ts_headline('simple', text, plainto_tsquery('simple', ?), "
            "'StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1, FragmentDelimiter=…') "
            "FROM articles_fts WHERE tsv @@ plainto_tsquery('simple', ?) LIMIT ?",
            2,
        )


POSTGRESQL = PostgresDialect()
