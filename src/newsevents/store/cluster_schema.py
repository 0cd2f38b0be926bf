"""Store: the schema of the cross-article clusters (migrations 4 and 7 of ``store/schema.py``; docs/dedup.md)."""

from __future__ import annotations

MIGRATION_VERSION = 4
MIGRATION_NAME = "cross-article clusters"
MIGRATION_SQL = """
CREATE TABLE clusters (
    id TEXT PRIMARY KEY, first_event_id TEXT NOT NULL, seq INTEGER NOT NULL,
    event TEXT, cameo TEXT, modality TEXT,
    date TEXT, date_precision TEXT, date_lo INTEGER, date_hi INTEGER,
    place TEXT, place_lat REAL, place_lon REAL, place_resolution TEXT, place_country TEXT,
    num_articles INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0,
    num_mentions INTEGER NOT NULL DEFAULT 0, num_events INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT, last_seen TEXT, merged_into TEXT
);
CREATE INDEX clusters_date ON clusters(date);
CREATE TABLE cluster_events (
    event_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, article_id TEXT NOT NULL, seq INTEGER NOT NULL,
    features TEXT NOT NULL, reasons TEXT NOT NULL
);
CREATE INDEX cluster_events_cluster ON cluster_events(cluster_id);
CREATE INDEX cluster_events_article ON cluster_events(article_id);
CREATE INDEX cluster_events_seq ON cluster_events(seq);
CREATE TABLE cluster_blocks (
    key TEXT NOT NULL, week INTEGER NOT NULL, date_lo INTEGER NOT NULL, date_hi INTEGER NOT NULL, event_id TEXT NOT NULL
);
CREATE INDEX cluster_blocks_key ON cluster_blocks(key, week);
CREATE INDEX cluster_blocks_event ON cluster_blocks(event_id);
CREATE TABLE cluster_mentions (
    cluster_id TEXT NOT NULL, event_id TEXT NOT NULL, article_id TEXT NOT NULL,
    sentence_index INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    publisher TEXT, first_seen TEXT, role TEXT NOT NULL, duplicate_of TEXT,
    PRIMARY KEY (event_id, sentence_index, start_char, end_char)
);
CREATE INDEX cluster_mentions_cluster ON cluster_mentions(cluster_id);
CREATE TABLE cluster_links (
    cluster_id TEXT NOT NULL, other_id TEXT NOT NULL, kind TEXT NOT NULL, reasons TEXT NOT NULL,
    PRIMARY KEY (cluster_id, other_id)
);
CREATE TABLE article_signatures (article_id TEXT PRIMARY KEY, signature BLOB NOT NULL);
CREATE TABLE article_bands (key TEXT NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX article_bands_key ON article_bands(key);
CREATE INDEX article_bands_article ON article_bands(article_id);
CREATE TABLE article_duplicates (article_id TEXT PRIMARY KEY, original_id TEXT NOT NULL, similarity REAL NOT NULL);
"""
# Migration 7: the LSH bands keyed by (band key, article) alone, without a row id and an index by
# article (32 random index writes an article less; a re-signed article's bands are found from its
# stored signature), and the candidate blocks without their index by event (a removed event's blocks
# are found from its stored features).
BANDS_VERSION = 7
BANDS_NAME = "clusters: LSH bands keyed by band; candidate blocks without an index by event"
BANDS_SQL = "DROP INDEX cluster_blocks_event"
BANDS_SQLITE = """
CREATE TABLE article_bands_by_key (
    key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_bands_by_key SELECT key, article_id FROM article_bands;
DROP TABLE article_bands;
ALTER TABLE article_bands_by_key RENAME TO article_bands
"""
BANDS_POSTGRESQL = """
DELETE FROM article_bands a USING article_bands b
    WHERE a.ctid < b.ctid AND a.key = b.key AND a.article_id = b.article_id;
ALTER TABLE article_bands ADD PRIMARY KEY (key, article_id);
DROP INDEX article_bands_key;
DROP INDEX article_bands_article
"""
