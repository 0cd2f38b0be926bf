"""Store: the event tables: the schema migrations that make them and the rows written to them.

:data:`MIGRATIONS` is the one list of schema steps (each applied once, on SQLite and PostgreSQL
alike, by :meth:`newsevents.store.db.Store.migrate`; see :class:`~newsevents.store.dialect.Migration`);
:data:`TABLES` the event tables that :meth:`~newsevents.store.db.Store.counts` counts. The rest is
what a stored article's rows hold: the insert and upsert statements and the functions that turn an
article (:class:`~newsevents.records.Article`), its mentions, events and their actors into rows,
kept beside the migrations that define those columns. No connection here: :class:`~newsevents.store.db.Store`
runs it all. Re-exported by :mod:`newsevents.store.db` (``MIGRATIONS``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from newsevents.records import ActorRef, Article, Event, Mention, content_hash, plain
from newsevents.store import clusters
from newsevents.store.dialect import Migration

__all__ = [
    "DELETE_SENTENCES_FTS",
    "INSERT_ARTICLE",
    "INSERT_SENTENCES_FTS",
    "MIGRATIONS",
    "TABLES",
    "UPSERT_EVENT",
    "UPSERT_MENTION",
    "actor_row",
    "article_hash",
    "article_row",
    "event_row",
    "iso_date",
    "mention_row",
    "statements",
    "upsert",
]

MIGRATIONS: list[Migration] = [
    Migration(
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
        """,
        sqlite="CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text)",
        # The same columns, and a generated tsvector with a GIN index in place of FTS5's index.
        postgresql="""
        CREATE TABLE articles_fts (
            article_id TEXT NOT NULL, title TEXT, text TEXT,
            tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv);
        CREATE INDEX articles_fts_article ON articles_fts(article_id)
        """,
    ),
    Migration(
        2,
        "configuration fingerprint of each coded article",
        # NULL for articles coded before: unknown configuration, so the next run recodes them.
        "ALTER TABLE articles ADD COLUMN config TEXT",
    ),
    # the reader's language and the parts of over-long articles (a step of its own: other steps number on)
    Migration(
        3,
        "article language and parts",
        """
        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN part_of TEXT;
        ALTER TABLE articles ADD COLUMN part_offset INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    Migration(clusters.MIGRATION_VERSION, clusters.MIGRATION_NAME, clusters.MIGRATION_SQL),
    # what `newsevents serve` needs to answer fast on millions of events (docs/serve.md); the
    # generated columns and the sentence index in each backend's own SQL
    Migration(
        5,
        "serve: order, place, dyad, country and code indexes; location and first-party columns; sentence text",
        """
        CREATE INDEX events_walk ON events(date, article_id, sentence_index, id, modality, quad_code, event, cameo);
        DROP INDEX events_date;
        CREATE INDEX event_actors_country_cover ON event_actors(upper(country), event_id);
        CREATE INDEX event_actors_code ON event_actors(code);
        """,
        sqlite="""
        ALTER TABLE events ADD COLUMN loc_lat REAL
            GENERATED ALWAYS AS (json_extract(record, '$.event_loc.lat')) VIRTUAL;
        ALTER TABLE events ADD COLUMN loc_lon REAL
            GENERATED ALWAYS AS (json_extract(record, '$.event_loc.lon')) VIRTUAL;
        ALTER TABLE events ADD COLUMN loc_country TEXT
            GENERATED ALWAYS AS (json_extract(record, '$.event_loc.country_code')) VIRTUAL;
        CREATE INDEX events_place ON events(modality, loc_lat, loc_lon, loc_country) WHERE loc_lat IS NOT NULL;
        ALTER TABLE events ADD COLUMN actor1 TEXT GENERATED ALWAYS AS (coalesce(json_extract(record, '$.actor[0].code'),
            json_extract(record, '$.actor[0].name'), json_extract(record, '$.actor[0].entity_text'))) VIRTUAL;
        ALTER TABLE events ADD COLUMN recipient1 TEXT GENERATED ALWAYS AS (coalesce(
            json_extract(record, '$.recipient[0].code'), json_extract(record, '$.recipient[0].name'),
            json_extract(record, '$.recipient[0].entity_text'))) VIRTUAL;
        CREATE INDEX events_dyad ON events(modality, actor1, recipient1, goldstein)
            WHERE actor1 IS NOT NULL AND recipient1 IS NOT NULL;
        CREATE VIRTUAL TABLE sentences_fts USING fts5(article_id UNINDEXED, idx UNINDEXED, text);
        INSERT INTO sentences_fts (rowid, article_id, idx, text) SELECT rowid, article_id, idx, text FROM sentences;
        """,
        postgresql="""
        ALTER TABLE events ADD COLUMN loc_lat DOUBLE PRECISION
            GENERATED ALWAYS AS ((record::jsonb #>> '{event_loc,lat}')::double precision) STORED;
        ALTER TABLE events ADD COLUMN loc_lon DOUBLE PRECISION
            GENERATED ALWAYS AS ((record::jsonb #>> '{event_loc,lon}')::double precision) STORED;
        ALTER TABLE events ADD COLUMN loc_country TEXT COLLATE "C"
            GENERATED ALWAYS AS (record::jsonb #>> '{event_loc,country_code}') STORED;
        CREATE INDEX events_place ON events(modality, loc_lat, loc_lon, loc_country) WHERE loc_lat IS NOT NULL;
        CREATE INDEX sentences_tsv ON sentences USING GIN (to_tsvector('simple', text));
        """,
    ),
    # several `newsevents code` runs on one database share the work: a run claims a batch's articles
    # before coding them (Store.claim) and releases them when the batch is stored
    Migration(
        6,
        "claims: articles being coded by a run",
        """
        CREATE TABLE claims (article_id TEXT PRIMARY KEY, owner TEXT NOT NULL, claimed_at TEXT NOT NULL);
        """,
    ),
    Migration(
        clusters.BANDS_VERSION,
        clusters.BANDS_NAME,
        clusters.BANDS_SQL,
        sqlite=clusters.BANDS_SQLITE,
        postgresql=clusters.BANDS_POSTGRESQL,
    ),
    Migration(clusters.TALLY_VERSION, clusters.TALLY_NAME, clusters.TALLY_SQL),
]
TABLES = ("articles", "sentences", "mentions", "events", "event_actors")


def statements(sql: str) -> list[str]:
    """The statements of a migration's SQL, one a string (split at ``;``)."""
    return [s.strip() for s in sql.split(";") if s.strip()]


def article_hash(text: str, title: str | None, coder: str) -> str:
    """The content hash of an article as coded by ``coder`` (``articles.content_hash``)."""
    return content_hash(title or "", text, coder)


INSERT_ARTICLE = (
    "INSERT INTO articles (id, content_hash, coder, title, text, pub_date, publisher, url, dateline, "
    "source_name, coded_at, config, language, part_of, part_offset) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def article_row(a: Article, coder: str, config: str, now: str) -> tuple[Any, ...]:
    h = article_hash(a.text, a.title, coder)
    return (
        a.id,
        h,
        coder,
        a.title,
        a.text,
        iso_date(a.pub_date),
        a.publisher,
        a.url,
        a.dateline,
        a.source_name,
        now,
        config,
        a.language,
        a.part_of,
        a.offset,
    )


def upsert(table: str, columns: Sequence[str]) -> str:
    """Insert a row, or replace the one with its id (both backends read ``ON CONFLICT ... DO UPDATE``)."""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}"


UPSERT_MENTION = upsert(
    "mentions",
    ("id", "article_id", "sentence_index", "kind", "start_char", "end_char", "text", "label", "value", "detail"),
)
UPSERT_EVENT = upsert(
    "events",
    (
        "id",
        "article_id",
        "sentence_index",
        "date",
        "date_precision",
        "event",
        "mode",
        "cameo",
        "cameo_root",
        "quad_code",
        "goldstein",
        "modality",
        "event_text",
        "confidence",
        "record",
    ),
)


def iso_date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def mention_row(article_id: str, m: Mention) -> tuple[Any, ...]:
    """A mentions row: the resolved value (date, place name or actor code) and the details as JSON."""
    value: str | None = None
    detail: dict[str, Any] = {"reason": m.reason}
    if m.date is not None:
        value = m.date.value
        detail["date"] = plain(m.date)
    if m.place is not None:
        value = m.place.name
        detail["place"] = plain(m.place)
    if m.actor is not None:
        value = m.actor.code or m.actor.name
        detail["actor"] = plain(m.actor)
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


def event_row(article_id: str, ev: Event) -> tuple[Any, ...]:
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


# The sentence index (migration 5) shares the sentences' rowids; the article_id guard keeps a
# delete to the article's own rows.
DELETE_SENTENCES_FTS = (
    "DELETE FROM sentences_fts WHERE rowid IN (SELECT rowid FROM sentences WHERE article_id = ?) AND article_id = ?"
)
INSERT_SENTENCES_FTS = (
    "INSERT INTO sentences_fts (rowid, article_id, idx, text) SELECT rowid, article_id, idx, text FROM sentences "
    "WHERE article_id = ?"
)


def actor_row(event_id: str, role: str, pos: int, r: ActorRef) -> tuple[Any, ...]:
    return (event_id, role, pos, r.entity_text, r.name, r.code, r.country, r.sector, r.kb_id, r.role)
