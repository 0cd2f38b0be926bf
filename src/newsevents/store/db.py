"""Stage: store. The event database: :class:`Store`, the one class that owns the schema and its queries.

Two backends behind one :class:`Store`: SQLite (a path or ``sqlite:///path``; WAL, one writer) and
PostgreSQL (``postgresql://USER@HOST:PORT/NAME``; several writers at once); what differs between
them lives in :mod:`newsevents.store.dialect` and :mod:`newsevents.store.pg`. Schema migrations
are recorded in ``schema_migrations``; each is written once and runs on both (see
:class:`~newsevents.store.dialect.Migration`). An article is written in one transaction (its old
rows replaced), and the writer commits once per batch, so a run killed midway loses at most the
batch in flight and a rerun neither loses nor doubles anything: ids are content hashes, and an
article already coded from the same title, text and publication date by the same coder version
under the same configuration (the fingerprint of :mod:`newsevents.identity`: model, knowledge,
frame and rule files) is skipped; any other is recoded, its old rows (events included) replaced.

``--db`` / ``$NEWSEVENTS_DB`` is a path, ``sqlite:///path`` (``sqlite:////abs/path``) or a
``postgresql://`` URL; other URL schemes are refused before anything is created.

The schema migrations and the rows an article is written as are in :mod:`newsevents.store.schema`;
the event filter and the record an event is read back as in :mod:`newsevents.store.query`. This
module holds the database targets, :class:`Store` (opening, migrating, writing, reading, claims)
and re-exports what callers import from here (``MIGRATIONS``, ``EventFilter``, ``DEFAULT_MODALITIES``,
``export_record``).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import StoreError
from newsevents.records import Article, CodedArticle
from newsevents.store import clusters
from newsevents.store.dialect import (
    DEFAULT_DB,
    ENV_DB,
    SQLITE,
    SQLITE_URL,
    Connection,
    DbTarget,
    Dialect,
    Migration,
    UnsupportedDatabaseError,
    parse_target,
    search_words,
)
from newsevents.store.query import DEFAULT_MODALITIES as DEFAULT_MODALITIES
from newsevents.store.query import EventFilter, export_record
from newsevents.store.schema import (
    DELETE_SENTENCES_FTS,
    INSERT_ARTICLE,
    INSERT_SENTENCES_FTS,
    MIGRATIONS,
    TABLES,
    UPSERT_EVENT,
    UPSERT_MENTION,
    actor_row,
    article_hash,
    article_row,
    event_row,
    iso_date,
    mention_row,
    statements,
)

__all__ = [
    "DEFAULT_DB",
    "ENV_DB",
    "MIGRATIONS",
    "SQLITE_URL",
    "DbTarget",
    "EventFilter",
    "Migration",
    "Store",
    "UnsupportedDatabaseError",
    "WriteResult",
    "db_path",
    "db_target",
]


def db_target(path: str | os.PathLike[str] | None = None) -> DbTarget:
    """The database: the argument, else $NEWSEVENTS_DB, else ./newsevents.db, checked before anything is
    loaded: an unknown URL scheme, or a postgresql:// URL without psycopg installed, raises
    :class:`UnsupportedDatabaseError`. Nothing is created or connected to."""
    target = parse_target(path)
    if target.backend == "postgresql" and importlib.util.find_spec("psycopg") is None:
        raise UnsupportedDatabaseError(
            "postgresql:// databases need psycopg: pip install 'newsevents[pg]' (or psycopg[binary])"
        )
    return target


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite database path (for what only SQLite can do: a fresh demo file, the web view):
    a path or ``sqlite:///path``; a postgresql:// or other URL raises :class:`UnsupportedDatabaseError`."""
    target = parse_target(path)
    if target.path is None:
        raise UnsupportedDatabaseError(
            f"{target.display} is a PostgreSQL database; this needs an SQLite path or sqlite:///path "
            "(PostgreSQL works with code, events, export and info)"
        )
    return target.path


def _dialect(target: DbTarget) -> Dialect:
    if target.backend == "postgresql":
        db_target(target.url)  # psycopg is there
        from newsevents.store.pg import POSTGRESQL

        return POSTGRESQL
    return SQLITE


@dataclass(frozen=True)
class WriteResult:
    written: bool  # False when the article was already stored as it is (Store.is_current)
    events: int
    sentences: int


class Store:
    """The event database. ``Store(db)`` opens (creating and migrating) it for writing; ``db`` is a
    path, ``sqlite:///path`` or ``postgresql://USER@HOST:PORT/NAME`` (see :func:`db_target`)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> None:
        self.target = parse_target(path)
        self.path: Path | None = self.target.path  # None for PostgreSQL
        self.location = self.target.display  # path or URL, without a password
        self.dialect = _dialect(self.target)
        self._pending: dict[str, tuple[CodedArticle, str, str]] = {}  # deferred writes (PostgreSQL)
        self._forced: set[str] = set()  # of those, the ones to write even when stored as they are
        if self.target.path is None:
            self.conn: Connection = self._open_pg(readonly)
            return
        path_ = self.target.path
        try:
            if readonly:
                if not path_.exists():
                    raise StoreError(f"no database at {path_}: run `newsevents code` first (or pass --db)")
                conn = sqlite3.connect(f"file:{path_}?mode=ro", uri=True)
            else:
                path_.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(path_, timeout=60.0)  # another run's batch commit may hold the lock a while
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a file that is no database fails here
            conn.row_factory = sqlite3.Row
            self.conn = conn
            if not readonly:
                self.migrate()
        except sqlite3.Error as e:
            raise StoreError(f"cannot open database {path_}: {e}") from e

    def _open_pg(self, readonly: bool) -> Connection:
        import psycopg

        from newsevents.store.pg import connect

        conn = connect(self.target, readonly)
        self.conn = conn
        try:
            if not readonly:
                self.migrate()
            elif not self.has_table("schema_migrations"):
                raise StoreError(f"no newsevents tables in {self.location}: run `newsevents code` first")
        except psycopg.Error as e:
            conn.close()
            raise StoreError(f"cannot open database {self.location}: {' '.join(str(e).split())}") from e
        except StoreError:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_table(self, name: str) -> bool:
        return self.dialect.has_table(self.conn, name)

    def sqlite_conn(self, what: str = "this") -> sqlite3.Connection:
        """The SQLite connection, for what only SQLite does; a clear StoreError on another backend."""
        if self.dialect is not SQLITE or not isinstance(self.conn, sqlite3.Connection):
            raise StoreError(f"{what} needs an SQLite database, not {self.location}")
        return self.conn

    def has_clusters(self) -> bool:
        """Whether cross-article clusters are kept here (store/clusters.py; both backends since migration 4)."""
        return self.has_table("cluster_events")

    def update_clusters(self, article_ids: list[str] | None = None) -> clusters.ClusterRun:
        """Cluster the stored events of these articles (all not yet clustered when None)."""
        return clusters.update_clusters(self.conn, article_ids)

    # -- schema -------------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        c = self.conn
        applied = []
        with self.dialect.migration_lock(c):
            if not self.has_table("schema_migrations"):  # a writer without the right to create tables may go on
                c.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    "applied_at TEXT NOT NULL)"
                )
            c.commit()
            done = {r[0] for r in c.execute("SELECT version FROM schema_migrations")}
            for m in MIGRATIONS:
                version, name = m[0], m[1]
                if version in done:
                    continue
                with c:
                    if self.dialect is SQLITE:
                        # one process migrates at a time (several runs may open a new database at once);
                        # the others wait here and then find the step applied
                        c.execute("BEGIN IMMEDIATE")
                    if c.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                        continue
                    for stmt in statements(self.dialect.migration_sql(Migration(*m))):
                        c.execute(stmt)
                    c.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                        (version, name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                    )
                applied.append(version)
        return applied

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # -- writing ------------------------------------------------------------------------------
    @staticmethod
    def article_hash(text: str, title: str | None, coder: str) -> str:
        return article_hash(text, title, coder)

    def is_current(self, article: Article, coder: str, config: str) -> bool:
        """True when the article is stored from the same title, text and publication date, by the
        same coder under the same configuration (``config``: :func:`newsevents.identity.fingerprint`)."""
        row = self.conn.execute(
            "SELECT content_hash, config, pub_date FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        return row is not None and tuple(row) == self._stamp(article, coder, config)

    def current_ids(self, articles: Sequence[Article], coder: str, config: str) -> set[str]:
        """The ids of those articles that :meth:`is_current` would say are stored as they are, in a
        few queries."""
        stored = self._stamps([a.id for a in articles])
        return {a.id for a in articles if stored.get(a.id) == self._stamp(a, coder, config)}

    def _stamp(self, a: Article, coder: str, config: str) -> tuple[str, str, str | None]:
        return (self.article_hash(a.text, a.title, coder), config, iso_date(a.pub_date))

    def _stamps(self, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        """The stored (content_hash, config, pub_date) of these articles, in a few queries."""
        found: dict[str, tuple[Any, ...]] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT id, content_hash, config, pub_date FROM articles WHERE id IN ({marks})"
            found.update((r[0], tuple(r[1:])) for r in self.conn.execute(sql, chunk))
        return found

    def write(self, coded: CodedArticle, coder: str, config: str, *, force: bool = False) -> WriteResult:
        """Replace the article's rows (in the open transaction; call :meth:`commit` per batch).
        ``force``: also when it is stored as it is (``newsevents recode``).

        On PostgreSQL the rows are written by :meth:`commit`, batched and under a lock on each
        article, so that processes writing the same article at once neither fail nor double it;
        an article stored as it is by then is skipped there (``written`` is then not known here)."""
        a = coded.article
        if self.dialect.deferred_writes:
            self._pending[a.id] = (coded, coder, config)
            if force:
                self._forced.add(a.id)
            return WriteResult(True, len(coded.events), len(coded.sentences))
        if not force and self.is_current(a, coder, config):
            return WriteResult(False, len(coded.events), len(coded.sentences))
        self._replace([(coded, coder, config)])
        return WriteResult(True, len(coded.events), len(coded.sentences))

    def commit(self) -> None:
        """Commit the batch. PostgreSQL: lock the batch's articles (in one order: no deadlocks), write
        those that are not stored as they are (another process may have stored them meanwhile), commit."""
        pending, self._pending = self._pending, {}
        forced, self._forced = self._forced, set()
        if pending:
            try:
                self.dialect.lock_articles(self.conn, list(pending))
                stored = self._stamps(list(pending))
                self._replace(
                    [p for i, p in pending.items() if i in forced or stored.get(i) != self._stamp(p[0].article, *p[1:])]
                )
            except self.dialect.errors as e:
                self.conn.rollback()
                raise StoreError(
                    f"database {self.location}: {' '.join(str(e).split())} (this batch was not stored)"
                ) from e
            except BaseException:
                self.conn.rollback()
                raise
        self.conn.commit()

    def _replace(self, items: Sequence[tuple[CodedArticle, str, str]]) -> None:
        """Drop these articles (and, by cascade, their sentences, mentions, events and actors) and
        insert their new rows: one statement a table, run over all the rows."""
        if not items:
            return
        c = self.conn
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        ids = [(coded.article.id,) for coded, _, _ in items]
        if self.dialect is SQLITE:
            c.executemany(DELETE_SENTENCES_FTS, [(i, i) for (i,) in ids])
        # The full-text table has no index on article_id (an FTS5 UNINDEXED column): deleting by it scans
        # the whole table, a cost that grew with the corpus for every new article. So its rows are
        # deleted only for the articles stored before, which the articles' delete returns; that delete is
        # a write (a read first would open the transaction as a reader and could fail to upgrade while
        # another run writes the same database).
        stored: list[tuple[str]] = []
        for i in range(0, len(ids), 500):
            chunk = [a for (a,) in ids[i : i + 500]]
            marks = ", ".join("?" for _ in chunk)
            stored.extend(
                (r[0],) for r in c.execute(f"DELETE FROM articles WHERE id IN ({marks}) RETURNING id", chunk).fetchall()
            )
        c.executemany("DELETE FROM articles_fts WHERE article_id = ?", stored)
        c.executemany(
            INSERT_ARTICLE, [article_row(coded.article, coder, config, now) for coded, coder, config in items]
        )
        c.executemany(
            "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
            [(coded.article.id, coded.article.title or "", coded.article.text) for coded, _, _ in items],
        )
        c.executemany(
            "INSERT INTO sentences (article_id, idx, start_char, end_char, text) VALUES (?, ?, ?, ?, ?)",
            [
                (coded.article.id, s.index, s.start_char, s.end_char, s.text)
                for coded, _, _ in items
                for s in coded.sentences
            ],
        )
        if self.dialect is SQLITE:
            c.executemany(INSERT_SENTENCES_FTS, ids)
        c.executemany(
            UPSERT_MENTION, [mention_row(coded.article.id, m) for coded, _, _ in items for m in coded.mentions]
        )
        # An event id told twice keeps its last telling, actors included (as a row-by-row upsert would).
        events = {ev.id: (coded.article.id, ev) for coded, _, _ in items for ev in coded.events}
        c.executemany(UPSERT_EVENT, [event_row(article_id, ev) for article_id, ev in events.values()])
        c.executemany("DELETE FROM event_actors WHERE event_id = ?", [(i,) for i in events])
        c.executemany(
            "INSERT INTO event_actors (event_id, role, position, entity_text, name, code, country, sector, "
            "kb_id, actor_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                actor_row(ev.id, role, i, r)
                for _, ev in events.values()
                for role, refs in (("actor", ev.actor), ("recipient", ev.recipient))
                for i, r in enumerate(refs)
            ],
        )

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = TABLES + (("clusters",) if self.has_clusters() else ())
        return {t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

    def query_events(self, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Events as PLOVER records with their ``cluster_id``, filtered; the one query that feeds every output."""
        sql, params = (f or EventFilter()).sql(self.dialect)
        conn = self.conn if self.has_clusters() else None
        for row in self.conn.execute(sql, params):
            yield export_record(conn, row[0])

    def claim(self, ids: Sequence[str], owner: str) -> list[str]:
        """Claim these articles for the run ``owner`` (``host:pid:nonce``, see :func:`run_owner`) and
        commit at once, so that other runs see it; returns the ids it got. An article claimed by
        another run is left to it, unless that claim is stale: older than :data:`CLAIM_TTL`, or of
        a process of this host that is gone (a run killed and started again takes its articles back)."""
        now = dt.datetime.now(dt.UTC)
        stamp = now.isoformat(timespec="seconds")
        c = self.conn
        c.execute("DELETE FROM claims WHERE claimed_at < ?", ((now - CLAIM_TTL).isoformat(timespec="seconds"),))
        got: list[str] = []
        for aid in ids:
            cur = c.execute(
                "INSERT INTO claims (article_id, owner, claimed_at) VALUES (?, ?, ?) "
                "ON CONFLICT (article_id) DO NOTHING",
                (aid, owner, stamp),
            )
            if cur.rowcount == 1:
                got.append(aid)
                continue
            row = c.execute("SELECT owner FROM claims WHERE article_id = ?", (aid,)).fetchone()
            if row is not None and (row[0] == owner or _owner_gone(row[0])):
                c.execute(
                    "UPDATE claims SET owner = ?, claimed_at = ? WHERE article_id = ? AND owner = ?",
                    (owner, stamp, aid, row[0]),
                )
                got.append(aid)
        c.commit()
        return got

    def release(self, ids: Sequence[str], owner: str) -> None:
        """Drop this run's claims on these articles (committed)."""
        self.conn.executemany("DELETE FROM claims WHERE article_id = ? AND owner = ?", [(i, owner) for i in ids])
        self.conn.commit()

    def article_ids(self, f: EventFilter | None = None) -> list[str]:
        """Ids of the stored articles that were coded (not those stored as another language): all,
        or those with an event the filter keeps; in id order."""
        if f is None:
            rows = self.conn.execute("SELECT id FROM articles WHERE coder NOT LIKE 'not coded%' ORDER BY id")
        else:
            where, params = f.where(self.dialect)
            clause = f" WHERE {' AND '.join(where)}" if where else ""
            rows = self.conn.execute(f"SELECT DISTINCT e.article_id FROM events e{clause} ORDER BY 1", params)
        return [r[0] for r in rows]

    def stored_articles(self, ids: Sequence[str]) -> Iterator[Article]:
        """The stored articles of these ids, as they were read (text, title, dates, source)."""
        cols = "id, text, pub_date, title, publisher, url, dateline, source_name, language, part_of, part_offset"
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ", ".join("?" for _ in chunk)
            by_id = {r[0]: r for r in self.conn.execute(f"SELECT {cols} FROM articles WHERE id IN ({marks})", chunk)}
            for aid in chunk:
                r = by_id.get(aid)
                if r is not None:
                    yield Article(
                        id=r[0],
                        text=r[1],
                        pub_date=dt.date.fromisoformat(r[2]) if r[2] else None,
                        title=r[3],
                        publisher=r[4],
                        url=r[5],
                        dateline=r[6],
                        source_name=r[7],
                        language=r[8],
                        part_of=r[9],
                        offset=r[10] or 0,
                    )

    def search(self, words: str, limit: int = 20) -> list[tuple[str, str]]:
        """Articles whose title or text holds every word of ``words``: (id, snippet with [matches])."""
        terms = search_words(words)
        if not terms:
            return []
        sql, uses = self.dialect.search_sql()
        rows = self.conn.execute(sql, (*[self.dialect.fts_query(terms)] * uses, limit))
        return [(r[0], r[1]) for r in rows]


CLAIM_TTL = dt.timedelta(hours=1)  # a claim older than this is another run's that died elsewhere


def run_owner() -> str:
    """This run's name in the claims table: host, process id and a nonce."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _owner_gone(owner: str) -> bool:
    """Whether a claim's owner is a process of this host that no longer runs."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
