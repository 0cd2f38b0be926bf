"""scale/cache.py: the compiled knowledge kept in the user's cache folder between runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.scale import cache


class Built(dict[str, int]):
    """A picklable value of its own type (a file holding anything else is built again)."""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    monkeypatch.delenv("NEWSEVENTS_NO_CACHE", raising=False)
    return tmp_path


def counting_build(calls: list[int]) -> Built:
    calls.append(1)
    return Built(answer=42, calls=len(calls))


def test_built_once_then_read(folder: Path) -> None:
    calls: list[int] = []
    first = cache.cached("demo", lambda: counting_build(calls), Built)
    second = cache.cached("demo", lambda: counting_build(calls), Built)
    assert first == second == Built(answer=42, calls=1)
    assert len(calls) == 1
    assert [p.name for p in folder.glob("demo-v1-*.pickle")] == [cache.cache_path("demo").name]


def test_damaged_or_foreign_file_is_built_again(folder: Path) -> None:
    calls: list[int] = []
    path = cache.cache_path("demo")
    path.write_bytes(b"\x80\x05not a pickle")
    assert cache.cached("demo", lambda: counting_build(calls), Built)["calls"] == 1
    path.write_bytes(path.read_bytes()[:10])  # truncated
    assert cache.cached("demo", lambda: counting_build(calls), Built)["calls"] == 2
    import pickle

    path.write_bytes(pickle.dumps(["another", "type"]))
    assert cache.cached("demo", lambda: counting_build(calls), Built)["calls"] == 3
    assert cache.cached("demo", lambda: counting_build(calls), Built)["calls"] == 3  # the rebuilt file is read


def test_switched_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_NO_CACHE", "1")
    calls: list[int] = []
    cache.cached("demo", lambda: counting_build(calls), Built)
    cache.cached("demo", lambda: counting_build(calls), Built)
    assert len(calls) == 2
    assert not list(folder.glob("demo-*"))


def test_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(blocked / "cache"))
    calls: list[int] = []
    assert cache.cached("demo", lambda: counting_build(calls), Built)["answer"] == 42
    assert cache.cached("demo", lambda: counting_build(calls), Built)["calls"] == 2


def test_key_follows_data_and_code(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.cache_path("demo")
    monkeypatch.setattr(cache, "builtin_digest", lambda: "other data")
    assert cache.cache_path("demo") != before


def test_stale_files_of_the_kind_removed(folder: Path) -> None:
    import os

    old = folder / "demo-v1-0000000000000000.pickle"
    old.write_bytes(b"old")
    os.utime(old, (0, 0))
    recent = folder / "demo-v1-1111111111111111.pickle"
    recent.write_bytes(b"recent")
    other_kind = folder / "other-v1-0000000000000000.pickle"
    other_kind.write_bytes(b"old")
    os.utime(other_kind, (0, 0))
    cache.cached("demo", lambda: counting_build([]), Built)
    assert not old.exists()
    assert recent.exists() and other_kind.exists()


def test_cached_knowledge_base_resolves_as_a_fresh_one(folder: Path) -> None:
    from newsevents.kb import KnowledgeBase
    from newsevents.work import Resources

    built = Resources().kb  # empty cache: built and written
    assert cache.cache_path("kb").exists()
    read = Resources().kb  # read back
    assert read is not built
    fresh = KnowledgeBase.load()
    phrases = [
        "Kenyan police",
        "the Russian foreign minister",
        "hundreds of Sudanese refugees",
        "the United Nations Security Council",
        "Ethopian troops",
        "rebels in the north",
    ]
    on = dt.date(2015, 6, 1)
    for p in phrases:
        assert read.resolve_phrase(p, on) == fresh.resolve_phrase(p, on), p
    assert read.sizes() == fresh.sizes()


def test_prepare_runs_once_after_the_first_batch_is_parsed(pipeline: object) -> None:
    from newsevents.pipeline import Pipeline
    from newsevents.records import Article

    assert isinstance(pipeline, Pipeline)
    parsed: list[int] = []
    calls: list[int] = []
    nlp = pipeline.res.nlp

    def prepare() -> None:  # what newsevents code does on a new machine: wait for the index, warm up
        calls.append(len(parsed))

    articles = [Article(id=f"a{i}", text=f"Police arrested {i + 2} protesters in Nairobi.") for i in range(3)]
    pipeline.before_first_article(prepare)
    original = nlp.pipe

    def counting_pipe(*args: object, **kwargs: object) -> object:
        for item in original(*args, **kwargs):  # type: ignore[arg-type]
            if kwargs.get("as_tuples"):  # the pipeline's own call (spaCy's inner call has none)
                parsed.append(1)
            yield item

    nlp.pipe = counting_pipe  # type: ignore[method-assign]
    try:
        coded = list(pipeline.pipe(articles))
    finally:
        del nlp.pipe
    assert calls == [1]  # once, when the first parsed article was about to be coded
    assert [c.article.id for c in coded] == ["a0", "a1", "a2"]
    list(pipeline.pipe(articles[:1]))
    assert calls == [1]


def test_collections_paused_while_loading_survive_a_library_switching_gc_on() -> None:
    import gc

    from newsevents.scale.collect import pause_collections, paused, resume_collections

    before = gc.get_threshold()
    pause_collections()
    try:
        gc.disable()  # what srsly does around a msgpack load (spaCy's model)
        gc.enable()
        assert paused()
        pause_collections()  # nested: the outermost thresholds come back
    finally:
        resume_collections()
    assert gc.get_threshold() == before and not paused()
    resume_collections()  # none open: nothing changes
    assert gc.get_threshold() == before


def test_only_the_last_used_other_files_kept(folder: Path) -> None:
    import os

    others = [folder / f"demo-v1-{i:016d}.pickle" for i in range(6)]
    for i, path in enumerate(others):
        path.write_bytes(b"other")
        os.utime(path, (1_900_000_000 + i, 1_900_000_000 + i))  # the last ones used last
    cache.cached("demo", lambda: counting_build([]), Built)
    assert [p.exists() for p in others] == [False, False, False, True, True, True]
    assert cache.cache_path("demo").exists()
