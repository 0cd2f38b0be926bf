"""Parse ahead (parse/ahead.py): the next batch parses in a thread while the last is coded and stored.
The stored events are those of a run without it; stopping, parser failures and claims behave as before."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES
from newsevents.parse.ahead import Pacer, ParseAhead
from newsevents.pipeline import Pipeline
from newsevents.records import Article
from newsevents.run import code_inputs
from newsevents.store.db import EventFilter, Store
from newsevents.store.export import write_records

pytestmark = pytest.mark.model


def _corpus(path: Path, copies: int = 2) -> Path:
    lines = []
    for c in range(copies):
        for f in sorted(SAMPLES.glob("*.txt")):
            lines.append(json.dumps({"id": f"{f.stem}-{c}", "text": f.read_text(encoding="utf-8")}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dump(db: Path) -> tuple[list[str], dict[str, int]]:
    with Store(db, readonly=True) as store:
        out = io.StringIO()
        write_records(store.query_events(EventFilter()), "plover", out)
        counts = store.counts()
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    for r in rows:
        r.pop("coded_date", None)
    return sorted(json.dumps(r, sort_keys=True) for r in rows), counts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("ahead") / "corpus.jsonl")


@pytest.fixture(scope="module")
def serial(corpus: Path, pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    with Store(db) as store:
        summary = code_inputs([str(corpus)], store, pipeline, partition_size=3)
    assert summary.articles == 12
    return db


def test_parse_ahead_stores_the_events_of_a_serial_run(
    corpus: Path, pipeline: Pipeline, serial: Path, tmp_path: Path
) -> None:
    db = tmp_path / "ahead.db"
    before = sys.getswitchinterval()
    with Store(db) as store:  # partitions of 3 articles: four batches, one parsing while another is coded
        summary = code_inputs([str(corpus)], store, pipeline, partition_size=3, parse_ahead=True)
    assert (summary.articles, summary.failures) == (12, [])
    assert sys.getswitchinterval() == before
    events, counts = _dump(db)
    assert events and (events, counts) == _dump(serial)
    with Store(db) as store:  # a second run stores nothing new and leaves no claim behind
        again = code_inputs([str(corpus)], store, pipeline, partition_size=3, parse_ahead=True)
        assert (again.articles, again.unchanged, again.left_to_others) == (0, 12, 0)


def test_a_stopped_run_stops_after_the_current_batch(corpus: Path, pipeline: Pipeline, tmp_path: Path) -> None:
    asked = [0]

    def stop() -> bool:
        asked[0] += 1
        return asked[0] > 2  # the first batch coded and stored, the second parsed ahead: stop

    with Store(tmp_path / "stopped.db") as store:
        summary = code_inputs([str(corpus)], store, pipeline, partition_size=3, should_stop=stop, parse_ahead=True)
    assert (summary.articles, summary.not_coded) == (3, 9)  # the batch parsed ahead is left, unclaimed
    with Store(tmp_path / "stopped.db") as store:
        rest = code_inputs([str(corpus)], store, pipeline, partition_size=3, parse_ahead=True)
    assert (rest.articles, rest.unchanged, rest.left_to_others) == (9, 3, 0)


def test_a_parser_failure_codes_the_batch_one_by_one(
    corpus: Path, pipeline: Pipeline, serial: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ParseAhead._parse

    def fails_on_batches(self: ParseAhead, texts: list[str]) -> Any:
        if len(texts) > 1:
            raise ValueError("parser failed on the batch")
        return real(self, texts)

    monkeypatch.setattr(ParseAhead, "_parse", fails_on_batches)
    db = tmp_path / "one_by_one.db"
    with Store(db) as store:
        summary = code_inputs([str(corpus)], store, pipeline, partition_size=3, parse_ahead=True)
    assert (summary.articles, summary.failures) == (12, [])
    assert _dump(db) == _dump(serial)


def test_coding_one_article_inside_parse_ahead(pipeline: Pipeline) -> None:
    article = Article(id="p", text="Turkish warplanes bombed PKK positions in northern Iraq on Monday.")
    plain = pipeline.code(article)
    with pipeline.parse_ahead():
        assert pipeline.code(article) == plain
        assert list(pipeline.pipe([article])) == [plain]


def _simulate(monkeypatch: pytest.MonkeyPatch, seconds: dict[bool, float], batches: int) -> list[bool]:
    """The modes a Pacer picks when a batch costs ``seconds[ahead]``."""
    from newsevents.parse import ahead as mod

    clock = [0.0]
    monkeypatch.setattr(mod.time, "perf_counter", lambda: clock[0])
    pacer = Pacer()
    modes = []
    pacer.finished(1000)  # the first batch only starts the clock
    for _ in range(batches):
        mode = pacer.ahead()
        modes.append(mode)
        clock[0] += seconds[mode]
        pacer.finished(1000)
    return modes


def test_the_pacer_keeps_parsing_ahead_where_it_pays(monkeypatch: pytest.MonkeyPatch) -> None:
    modes = _simulate(monkeypatch, {True: 1.0, False: 1.5}, 200)
    assert modes[:8] == [True] * 8
    assert sum(modes) >= 180  # serial only in trials, which grow rarer


def test_the_pacer_goes_serial_on_a_busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    modes = _simulate(monkeypatch, {True: 2.0, False: 1.0}, 200)
    assert modes[8:11] == [False] * 3 and not any(modes[11:19])  # its first trial, then serial
    assert len(modes) - sum(modes) >= 180


def test_a_disabled_pacer_is_serial() -> None:
    pacer = Pacer(enabled=False)
    for _ in range(20):
        assert not pacer.ahead()
        pacer.finished(100)
