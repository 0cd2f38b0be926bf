"""Stage: store. The SQLite event database: the one module that owns the schema.

WAL journal, schema migrations recorded in ``schema_migrations``, one writer. An article is
written in one transaction (its old rows replaced), and the writer commits once per batch, so a
run killed midway loses at most the batch in flight and a rerun neither loses nor doubles
anything: ids are content hashes, and an article already coded from the same title, text and
publication date by the same coder version under the same configuration (the fingerprint of
:mod:`newsevents.identity`: model, knowledge, frame and rule files) is skipped; any other is
recoded, its old rows (events included) replaced.

``--db`` / ``$NEWSEVENTS_DB`` is a path or ``sqlite:///path`` (``sqlite:////abs/path``); other
URL schemes are refused before anything is created.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import StoreError
from newsevents.records import ActorRef, Article, CodedArticle, Event, Mention, Sentence, content_hash
from newsevents.store import clusters

DEFAULT_DB = "newsevents.db"
ENV_DB = "NEWSEVENTS_DB"

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            coder TEXT NOT NULL,
            title TEXT, text TEXT NOT NULL, pub_date TEXT, publisher TEXT, url TEXT, dateline TEXT,
            source_name TEXT, coded_at TEXT NOT NULL
        );
        CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_index INTEGER NOT NULL, kind TEXT NOT NULL, start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL, text TEXT NOT NULL, label TEXT, value TEXT, detail TEXT
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_index INTEGER NOT NULL, date TEXT, date_precision TEXT, event TEXT, mode TEXT,
            cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_code INTEGER, goldstein REAL,
            modality TEXT NOT NULL, event_text TEXT, confidence REAL, record TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            position INTEGER NOT NULL,
            entity_text TEXT, name TEXT, code TEXT, country TEXT, sector TEXT, kb_id TEXT, actor_role TEXT,
            PRIMARY KEY (event_id, role, position)
        );
        CREATE INDEX event_actors_country ON event_actors(country);
        CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text);
        """,
    ),
    (
        2,
        "configuration fingerprint of each coded article",
        # NULL for articles coded before: unknown configuration, so the next run recodes them.
        "ALTER TABLE articles ADD COLUMN config TEXT",
    ),
    # the reader's language and the parts of over-long articles (a step of its own: other steps number on)
    (
        3,
        "article language and parts",
        """
        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN part_of TEXT;
        ALTER TABLE articles ADD COLUMN part_offset INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (clusters.MIGRATION_VERSION, clusters.MIGRATION_NAME, clusters.MIGRATION_SQL),
]
TABLES = ("articles", "sentences", "mentions", "events", "event_actors")


_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?")
SQLITE_URL = "sqlite:///"


class UnsupportedDatabaseError(StoreError):
    """--db / $NEWSEVENTS_DB names a URL the store cannot open (only paths and sqlite:/// work)."""


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database path: the argument, else $NEWSEVENTS_DB, else ./newsevents.db (the user's choice of folder).

    A path, or ``sqlite:///relative/path`` / ``sqlite:////absolute/path``; any other URL (postgresql://,
    mysql://, http://, file:, ...) raises :class:`UnsupportedDatabaseError` and nothing is created."""
    chosen = os.fspath(path or os.environ.get(ENV_DB) or DEFAULT_DB)
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
            raise UnsupportedDatabaseError(
                f"database URLs with scheme {url.group(1)!r} are not supported yet; use a path or sqlite:///path"
            )
    return Path(chosen).expanduser().absolute()


@dataclass(frozen=True)
class WriteResult:
    written: bool  # False when the article was already stored as it is (Store.is_current)
    events: int
    sentences: int


class Store:
    """The event database. ``Store(path)`` opens (creating and migrating) it for writing."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> None:
        self.path = db_path(path)
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"no database at {self.path}: run `newsevents code` first (or pass --db)")
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a file that is no database fails here
            self.conn.row_factory = sqlite3.Row
            if not readonly:
                self.migrate()
        except sqlite3.Error as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from e

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        c = self.conn
        c.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in c.execute("SELECT version FROM schema_migrations")}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with c:
                for stmt in _statements(sql):
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
        return content_hash(title or "", text, coder)

    def is_current(self, article: Article, coder: str, config: str) -> bool:
        """True when the article is stored from the same title, text and publication date, by the
        same coder under the same configuration (``config``: :func:`newsevents.identity.fingerprint`)."""
        row = self.conn.execute(
            "SELECT content_hash, config, pub_date FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        return (
            row is not None
            and row[0] == self.article_hash(article.text, article.title, coder)
            and row[1] == config
            and row[2] == _iso(article.pub_date)
        )

    def write(self, coded: CodedArticle, coder: str, config: str) -> WriteResult:
        """Replace the article's rows (in the open transaction; call :meth:`commit` per batch)."""
        a = coded.article
        if self.is_current(a, coder, config):
            return WriteResult(False, len(coded.events), len(coded.sentences))
        self._delete_article(a.id)
        self._insert_article(a, coder, config)
        self._insert_sentences(a.id, coded.sentences)
        self._insert_mentions(a.id, coded.mentions)
        self._insert_events(a.id, coded.events)
        return WriteResult(True, len(coded.events), len(coded.sentences))

    def _delete_article(self, article_id: str) -> None:
        """Drop the article and, by cascade, its sentences, mentions, events and their actors."""
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?", (article_id,))

    def _insert_article(self, a: Article, coder: str, config: str) -> None:
        self.conn.execute(
            "INSERT INTO articles (id, content_hash, coder, title, text, pub_date, publisher, url, dateline, "
            "source_name, coded_at, config, language, part_of, part_offset) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id,
                self.article_hash(a.text, a.title, coder),
                coder,
                a.title,
                a.text,
                _iso(a.pub_date),
                a.publisher,
                a.url,
                a.dateline,
                a.source_name,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                config,
                a.language,
                a.part_of,
                a.offset,
            ),
        )
        self.conn.execute(
            "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)", (a.id, a.title or "", a.text)
        )

    def _insert_sentences(self, article_id: str, sentences: Sequence[Sentence]) -> None:
        self.conn.executemany(
            "INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
            [(article_id, s.index, s.start_char, s.end_char, s.text) for s in sentences],
        )

    def _insert_mentions(self, article_id: str, mentions: Sequence[Mention]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_mention_row(article_id, m) for m in mentions],
        )

    def _insert_events(self, article_id: str, events: Sequence[Event]) -> None:
        c = self.conn
        for ev in events:
            c.execute(
                "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _event_row(article_id, ev),
            )
            c.execute("DELETE FROM event_actors WHERE event_id = ?", (ev.id,))
            c.executemany(
                "INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    _actor_row(ev.id, role, i, r)
                    for role, refs in (("actor", ev.actor), ("recipient", ev.recipient))
                    for i, r in enumerate(refs)
                ],
            )

    def commit(self) -> None:
        self.conn.commit()

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = TABLES + (("clusters",) if clusters.has_clusters(self.conn) else ())
        return {t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

    def query_events(self, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Events as PLOVER records with their ``cluster_id``, filtered; the one query that feeds every output."""
        sql, params = (f or EventFilter()).sql()
        with_clusters = clusters.has_clusters(self.conn)
        for row in self.conn.execute(sql, params):
            rec = json.loads(row["record"])
            rec["cluster_id"] = clusters.cluster_of(self.conn, rec["id"]) if with_clusters else None
            yield rec

    def search(self, words: str, limit: int = 20) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT article_id, snippet(articles_fts, 2, '[', ']', '…', 12) FROM articles_fts "
            "WHERE articles_fts MATCH ? LIMIT ?",
            (words, limit),
        )
        return [(r[0], r[1]) for r in rows]


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _mention_row(article_id: str, m: Mention) -> tuple[Any, ...]:
    """A mentions row: the resolved value (date, place name or actor code) and the details as JSON."""
    value: str | None = None
    detail: dict[str, Any] = {"reason": m.reason}
    if m.date is not None:
        value = m.date.value
        detail["date"] = asdict(m.date)
    if m.place is not None:
        value = m.place.name
        detail["place"] = asdict(m.place)
    if m.actor is not None:
        value = m.actor.code or m.actor.name
        detail["actor"] = asdict(m.actor)
    mid = content_hash(article_id, m.kind, m.start_char, m.end_char, m.label)
    return (
        mid,
        article_id,
        m.sentence_index,
        m.kind,
        m.start_char,
        m.end_char,
        m.text,
        m.label,
        value,
        json.dumps(detail, ensure_ascii=False),
    )


def _event_row(article_id: str, ev: Event) -> tuple[Any, ...]:
    return (
        ev.id,
        article_id,
        ev.sentence_index,
        ev.date,
        ev.date_precision,
        ev.event,
        ev.mode,
        ev.cameo,
        ev.cameo_root,
        ev.quad_code,
        ev.goldstein,
        ev.modality,
        ev.event_text,
        ev.confidence,
        json.dumps(ev.to_plover(), ensure_ascii=False),
    )


def _actor_row(event_id: str, role: str, pos: int, r: ActorRef) -> tuple[Any, ...]:
    return (event_id, role, pos, r.entity_text, r.name, r.code, r.country, r.sector, r.kb_id, r.role)


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

    def sql(self) -> tuple[str, list[Any]]:
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
        if self.modalities is not None:
            where.append(f"e.modality IN ({', '.join('?' for _ in self.modalities)})")
            params.extend(self.modalities)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return f"SELECT e.record FROM events e{clause} ORDER BY e.date, e.article_id, e.sentence_index, e.id", params
