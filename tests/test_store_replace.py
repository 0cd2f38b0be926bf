"""Store._replace: a new article drops nothing, a stored one drops exactly its own rows (full-text
indexes included). No model needed: the coded articles are built by hand."""

from __future__ import annotations

from pathlib import Path

from newsevents.records import Article, CodedArticle, Sentence
from newsevents.store.db import Store


def _coded(aid: str, text: str) -> CodedArticle:
    sentences = tuple(Sentence(i, text.index(s), text.index(s) + len(s), s) for i, s in enumerate(text.split(" | ")))
    return CodedArticle(Article(id=aid, text=text, title=f"title {aid}"), sentences, (), (), (), ())


def _fts_rows(store: Store) -> list[tuple[str, str]]:
    return sorted(tuple(r) for r in store.conn.execute("SELECT article_id, text FROM articles_fts"))


def _sentence_fts(store: Store) -> list[tuple[str, str]]:
    return sorted(tuple(r) for r in store.conn.execute("SELECT article_id, text FROM sentences_fts"))


def test_new_articles_leave_the_others_and_a_recoded_one_replaces_only_its_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as s:
        s.write(_coded("a", "Farmers marched in Lyon | Police watched"), "c1", "cfg")
        s.write(_coded("b", "Ministers met in Oslo"), "c1", "cfg")
        s.commit()
        assert _fts_rows(s) == [("a", "Farmers marched in Lyon | Police watched"), ("b", "Ministers met in Oslo")]
        assert len(_sentence_fts(s)) == 3
        s.write(_coded("a", "Dockers struck in Genoa"), "c1", "cfg")  # the same id, a new text: recoded
        s.write(_coded("c", "Nurses rallied in Porto"), "c1", "cfg")
        s.commit()
        assert _fts_rows(s) == [
            ("a", "Dockers struck in Genoa"),
            ("b", "Ministers met in Oslo"),
            ("c", "Nurses rallied in Porto"),
        ]
        assert _sentence_fts(s) == [
            ("a", "Dockers struck in Genoa"),
            ("b", "Ministers met in Oslo"),
            ("c", "Nurses rallied in Porto"),
        ]
        assert [r[0] for r in s.search("Lyon")] == []
        assert [r[0] for r in s.search("Genoa")] == ["a"]
        assert s.counts()["articles"] == 3 and s.counts()["sentences"] == 3


def test_full_text_rows_are_deleted_only_for_articles_stored_before(tmp_path: Path) -> None:
    """The full-text table has no index on article_id, so a delete by it scans the whole table: a new
    article must not run one (the cost grew with the corpus); a recoded one must (its old text goes)."""
    with Store(tmp_path / "t.db") as s:
        traced: list[str] = []
        s.conn.set_trace_callback(traced.append)
        s.write(_coded("n1", "Farmers marched in Lyon"), "c1", "cfg")
        s.write(_coded("n2", "Ministers met in Oslo"), "c1", "cfg")
        s.commit()
        assert not [t for t in traced if t.startswith("DELETE FROM articles_fts")]
        traced.clear()
        s.write(_coded("n1", "Dockers struck in Genoa"), "c1", "cfg")  # stored before: its row goes
        s.write(_coded("n3", "Nurses rallied in Porto"), "c1", "cfg")  # new: nothing to delete
        s.commit()
        fts_deletes = [t for t in traced if t.startswith("DELETE FROM articles_fts")]
        assert fts_deletes == ["DELETE FROM articles_fts WHERE article_id = 'n1'"]
        assert _fts_rows(s) == [
            ("n1", "Dockers struck in Genoa"),
            ("n2", "Ministers met in Oslo"),
            ("n3", "Nurses rallied in Porto"),
        ]


def test_a_batch_of_more_than_one_chunk_replaces_every_stored_article(tmp_path: Path) -> None:
    """PostgreSQL writes a batch in one replace: its ids go in chunks of 500 (SQLite's variable limit)."""
    with Store(tmp_path / "m.db") as s:
        s._replace([(_coded(f"m{i}", f"Old text number {i}"), "c1", "cfg") for i in range(1203)])
        s.commit()
        s._replace([(_coded(f"m{i}", f"New text number {i}"), "c1", "cfg") for i in range(0, 1203, 2)])
        s.commit()
        rows = _fts_rows(s)
        assert len(rows) == 1203 and s.counts()["articles"] == 1203
        assert all(t.startswith("New" if int(a[1:]) % 2 == 0 else "Old") for a, t in rows)
