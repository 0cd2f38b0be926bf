"""Store._replace: a new article drops nothing, a stored one drops exactly its own rows (full-text
indexes included). No model needed: the coded articles are built by hand."""

from __future__ import annotations

from pathlib import Path

from newsevents.records import Article, CodedArticle, Sentence
from newsevents.store.db import Store


def _coded(aid: str, text: str) -> CodedArticle:
    sentences = tuple(
        Sentence(i, text.index(s), text.index(s) + len(s), s) for i, s in enumerate(text.split(" | "))
    )
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
