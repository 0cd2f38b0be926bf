"""parse/tree.py: the per-document index gives what spaCy's own accessors give, and holds the memo tables."""

from __future__ import annotations

from typing import Any

from newsevents.parse.tree import children, ents, release, tokens

TEXT = (
    "Police arrested 40 people in Kabul on Monday, the interior ministry said. "
    "Delegations from Ethiopia and Egypt met in Addis Ababa and agreed to resume talks, officials said."
)


def test_children_tokens_ents_match_spacy(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    assert [t.i for t in tokens(doc)] == [t.i for t in doc]
    for tok in doc:
        assert [c.i for c in children(tok)] == [c.i for c in tok.children]
    assert [(e.start, e.end, e.label_) for e in ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    for sent in doc.sents:
        assert [t.i for t in tokens(doc)[sent.start : sent.end]] == [t.i for t in sent]


def test_two_documents_and_release(pipeline: Any) -> None:
    a, b = pipeline.res.nlp(TEXT), pipeline.res.nlp("Rebels attacked the town.")
    for _ in range(2):  # alternating documents each get their own lists
        assert [c.i for c in children(a[2])] == [c.i for c in a[2].children]
        assert [c.i for c in children(b[1])] == [c.i for c in b[1].children]
    release(a)
    assert "newsevents.index" not in a.user_data
    assert [c.i for c in children(a[2])] == [c.i for c in a[2].children]


def test_pipeline_releases_the_lists(pipeline: Any) -> None:
    from newsevents.records import Article

    doc = pipeline.res.nlp(TEXT)
    pipeline.code_doc(Article(id="t", text=TEXT), doc)
    assert "newsevents.index" not in doc.user_data


def test_memo_tables_live_on_the_index(pipeline: Any) -> None:
    """Per-document memo tables are made once per document and go with the index."""
    from newsevents.frame.locative import locative_spans
    from newsevents.parse.tree import index, memo

    class Table(dict[int, int]):
        pass

    doc = pipeline.res.nlp(TEXT)
    t = memo(doc, Table)
    t[1] = 2
    assert memo(doc, Table) is t and Table in index(doc).memos
    verb = next(tok for tok in doc if tok.lemma_ == "arrest")
    first = locative_spans(verb, [c for c in verb.children if c.dep_ == "dobj"])
    assert len(index(doc).memos) == 2  # the locative rules' table joined ours
    assert locative_spans(verb, [c for c in verb.children if c.dep_ == "dobj"]) == first
    release(doc)
    assert "newsevents.index" not in doc.user_data
    assert memo(doc, Table) == {}  # a new index, new tables
