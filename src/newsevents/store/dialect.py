"""Store: where the two backends differ, in one place (SQLite here, PostgreSQL in ``store/pg.py``).

The store's queries are written once, with ``?`` placeholders and SQL that both SQLite and
PostgreSQL read the same; what they cannot share is a :class:`Dialect` method: opening a
connection, the full-text index and its queries, the type names of a migration, and the locks that
let several processes write one PostgreSQL database at once. ``--db`` / ``$NEWSEVENTS_DB`` is
parsed here (:func:`parse_target`): a path, ``sqlite:///path`` or ``postgresql://USER@HOST:PORT/NAME``;
any other URL is refused before anything is created.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from newsevents.errors import StoreError

DEFAULT_DB = "newsevents.db"
ENV_DB = "NEWSEVENTS_DB"
SQLITE_URL = "sqlite:///"
POSTGRESQL_URL = "postgresql://"

_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?")
_PASSWORD = re.compile(r"^(postgresql://[^:/@]*):[^@]*@")
_WORD = re.compile(r"\w+")


class UnsupportedDatabaseError(StoreError):
    """--db / $NEWSEVENTS_DB names a database the store cannot open (a path, sqlite:/// and postgresql:// work)."""


class Migration(NamedTuple):
    """One step of the schema, applied once per database and recorded in ``schema_migrations``.

    ``sql`` runs on both backends: write it in the SQL they share (``TEXT``, ``INTEGER``, ``REAL``
    and ``BLOB`` columns, type names in capitals, which PostgreSQL reads as ``TEXT COLLATE "C"``,
    ``INTEGER``, ``DOUBLE PRECISION`` and ``BYTEA``; plain and partial indexes; ``ALTER TABLE ...
    ADD COLUMN``). What one backend needs and the other cannot read
    goes into ``sqlite`` or ``postgresql``, run after ``sql``. A plain ``(version, name, sql)``
    tuple in ``MIGRATIONS`` is a migration that runs unchanged on both."""

    version: int
    name: str
    sql: str
    sqlite: str = ""
    postgresql: str = ""


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store asks of a connection (``sqlite3.Connection`` or :class:`newsevents.store.pg.PgConnection`):
    ``?`` placeholders, rows that index by position, ``with conn:`` commits or rolls back."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Any: ...
    def __exit__(self, *exc: Any) -> Any: ...


@dataclass(frozen=True)
class DbTarget:
    """Where the events go: an SQLite file (``path``) or a PostgreSQL database (``url``)."""

    backend: str  # "sqlite" or "postgresql"
    path: Path | None = None
    url: str | None = None

    @property
    def display(self) -> str:
        """The path, or the URL without its password (safe to print)."""
        return str(self.path) if self.path is not None else _PASSWORD.sub(r"\1:***@", self.url or "")


def parse_target(path: str | os.PathLike[str] | None = None) -> DbTarget:
    """The argument, else $NEWSEVENTS_DB, else ./newsevents.db: a path, ``sqlite:///relative/path``,
    ``sqlite:////absolute/path`` or ``postgresql://USER@HOST:PORT/NAME`` (libpq's URL, with its
    ``?options``). Any other URL (mysql://, http://, file:, postgres://, ...) raises
    :class:`UnsupportedDatabaseError`; nothing is created here."""
    chosen = os.fspath(path or os.environ.get(ENV_DB) or DEFAULT_DB)
    if chosen.startswith(POSTGRESQL_URL):
        if len(chosen) == len(POSTGRESQL_URL) or any(c.isspace() for c in chosen):
            raise UnsupportedDatabaseError("a postgresql URL needs a server: postgresql://USER@HOST:PORT/NAME")
        return DbTarget("postgresql", url=chosen)
    if chosen.startswith(SQLITE_URL):
        rest = chosen[len(SQLITE_URL) :]
        if not rest or "?" in rest:
            raise UnsupportedDatabaseError(
                "sqlite URL without a plain file path is not supported; use sqlite:///path or sqlite:////abs/path"
            )
        chosen = rest
    else:
        url = _URL.match(chosen)
        if url and (url.group(2) or len(url.group(1)) > 1):  # "C:" alone is a drive, not a scheme
            hint = "; write postgresql://" if url.group(1).lower() == "postgres" else ""
            raise UnsupportedDatabaseError(
                f"database URLs with scheme {url.group(1)!r} are not supported; use a path, sqlite:///path or "
                f"postgresql://USER@HOST:PORT/NAME{hint}"
            )
    return DbTarget("sqlite", path=Path(chosen).expanduser().absolute())


def search_words(text: str) -> list[str]:
    """The words of a full-text query (letters and digits; punctuation and operators are dropped)."""
    return _WORD.findall(text)


class Dialect:
    """SQLite: the base behaviour. :class:`newsevents.store.pg.PostgresDialect` overrides what differs."""

    name = "sqlite"
    # Writes wait for commit() and lock their articles there (PostgreSQL: several writers at once).
    deferred_writes = False
    # The driver's errors that a deferred batch write turns into a StoreError (SQLite: none deferred).
    errors: tuple[type[Exception], ...] = ()

    def migration_sql(self, m: Migration) -> str:
        return ";\n".join(part for part in (m.sql, m.sqlite) if part.strip())

    @contextmanager
    def migration_lock(self, conn: Connection) -> Iterator[None]:
        """Held while migrating (SQLite: the writer's own file lock suffices)."""
        yield

    def lock_articles(self, conn: Connection, article_ids: Sequence[str]) -> None:
        """Lock these articles for this transaction, in one global order (no deadlocks). SQLite: one writer."""

    def has_table(self, conn: Connection, name: str) -> bool:
        row = conn.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (name,))
        return row.fetchone() is not None

    # -- full text --------------------------------------------------------------------------
    def fts_articles_sql(self) -> str:
        """A subquery: the ids of articles whose title or text holds every word of the parameter."""
        return "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?"

    def fts_query(self, words: Sequence[str]) -> str:
        """The parameter of :meth:`fts_articles_sql` and :meth:`search_sql` (every word, quoted: no operators)."""
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)

    def search_sql(self) -> tuple[str, int]:
        """Article id and a snippet with the matches in [brackets]; how many times the query parameter is used."""
        return (
            "SELECT article_id, snippet(articles_fts, 2, '[', ']', '…', 12) FROM articles_fts "
            "WHERE articles_fts MATCH ? LIMIT ?",
            1,
        )


SQLITE = Dialect()
