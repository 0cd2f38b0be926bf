"""Scale: partitions read as the whole inputs read, streamed one-process runs, the Dask path (same
events as one process, restart-safe, failing partitions retried once), the progress line."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from newsevents.cli.main import cli
from newsevents.cli.progress import Progress
from newsevents.pipeline import Pipeline
from newsevents.read import ReadProblem, read_inputs
from newsevents.read.parts import Partition, plan, read_partition
from newsevents.records import Article
from newsevents.run import RunSummary, code_inputs, read_partitions
from newsevents.scale import worker
from newsevents.scale.runner import check_spec, code_inputs_dask
from newsevents.scale.worker import PartitionResult, WorkerConfigError, WorkerSettings, code_articles
from newsevents.store.db import EventFilter, Store
from newsevents.store.export import write_records


def _corpus(path: Path, copies: int = 2) -> Path:
    """The sample articles as JSON lines, each ``copies`` times under distinct ids, with a bad line
    and a blank line among them."""
    lines = []
    for c in range(copies):
        for f in sorted(SAMPLES.glob("*.txt")):
            lines.append(json.dumps({"id": f"{f.stem}-{c}", "text": f.read_text(encoding="utf-8")}))
        if c == 0:
            lines += ["{not json", ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _events(db: Path) -> list[str]:
    with Store(db, readonly=True) as store:
        out = io.StringIO()
        write_records(store.query_events(EventFilter()), "plover", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    for r in rows:
        r.pop("coded_date", None)
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def _read_all(parts: Iterator[Partition | ReadProblem]) -> list[Article | ReadProblem]:
    out: list[Article | ReadProblem] = []
    for p in parts:
        out.extend([p] if isinstance(p, ReadProblem) else read_partition(p))
    return out


# -- partitions (no model) --------------------------------------------------------------------


def test_partitions_read_exactly_what_the_whole_inputs_read(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl")
    (tmp_path / "a.txt").write_text("Kenyan police arrested protesters in Nairobi on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    inputs = [str(corpus), str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "missing.jsonl")]
    planned = list(plan(inputs, size=3))
    ranges = [p for p in planned if isinstance(p, Partition) and p.parts[0].name == str(corpus)]
    assert len(ranges) == 5 and all(p.parts[0].end is not None for p in ranges)
    assert [p.estimate for p in ranges] == [3, 3, 3, 3, 1]  # the bad line is a record too; blank lines are not
    whole = list(read_inputs(inputs))
    assert _read_all(iter(planned)) == whole
    assert any(isinstance(x, ReadProblem) and x.source == f"{corpus}:7" for x in whole)  # line numbers kept


def test_a_small_or_non_utf8_jsonl_file_is_one_partition(tmp_path: Path) -> None:
    small = tmp_path / "s.jsonl"
    small.write_text('{"id": "x", "text": "Troops crossed the border."}\n')
    latin = tmp_path / "l.jsonl"
    latin.write_bytes(b'{"id": "y", "text": "Caf\xe9 owners protested."}\n' * 5)
    planned = [p for p in plan([str(small), str(latin)], size=2) if isinstance(p, Partition)]
    assert [[part.end for part in p.parts] for p in planned] == [[None], [None]]  # each read whole
    assert _read_all(iter(plan([str(latin)], size=2))) == list(read_inputs([str(latin)]))


def test_an_id_read_twice_is_kept_once(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    rows = [
        {"id": "a", "text": "Police arrested protesters."},
        {"id": "a", "text": "Police arrested protesters."},  # the same article again: dropped silently
        {"id": "a", "text": "Troops shelled the town."},  # another article under the same id: reported
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    summary = RunSummary()
    got = [a for _, chunk in read_partitions(read_opts(), summary, plan([str(f)], size=1)) for a in chunk]
    assert [a.text for a in got] == ["Police arrested protesters."]
    assert len(summary.problems) == 1 and "duplicate id 'a'" in summary.problems[0].reason
    assert summary.problems[0].source == f"{f}:3" and summary.skipped == 1


def read_opts() -> Any:
    from newsevents.read import ReadOptions

    return ReadOptions()


def test_dask_addresses_are_checked() -> None:
    assert check_spec("local:2") == 2 and check_spec("tcp://10.0.0.5:8786") == 0
    for bad in ("local:0", "local:x", "10.0.0.5:8786", "tcp://host"):
        with pytest.raises(Exception, match="--dask"):
            check_spec(bad)
    res = CliRunner().invoke(cli, ["code", "x.jsonl", "--dask", "local:zero"])
    assert res.exit_code == 2 and "local:N" in res.stderr


def test_progress_is_quiet_without_a_tty() -> None:
    quiet = io.StringIO()
    bar = Progress(stream=quiet)
    bar.total(100)
    bar.update(40)
    bar.close()
    assert quiet.getvalue() == ""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    bar = Progress(stream=tty)
    bar.total(100)
    bar.update(40)
    bar.close()
    assert "40/100" in tty.getvalue() and "articles/s" in tty.getvalue() and "ETA" in tty.getvalue()
    muted = Tty()
    bar = Progress(stream=muted, quiet=True)
    bar.total(10)
    bar.close()
    assert muted.getvalue() == ""


# -- with the model ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("scale") / "corpus.jsonl")


@pytest.fixture(scope="module")
def one_process(corpus: Path, pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.db"
    with Store(db) as store:
        summary = code_inputs([str(corpus)], store, pipeline, partition_size=3)
    assert summary.articles == 12 and summary.skipped == 1
    return db


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as lc,
        Client(lc) as client,
    ):
        yield client


@pytest.mark.model
def test_coded_articles_pickle(pipeline: Pipeline) -> None:
    coded = pipeline.code(Article(id="p", text="Turkish warplanes bombed PKK positions in northern Iraq on Monday."))
    assert coded.events
    assert pickle.loads(pickle.dumps(coded)) == coded


@pytest.mark.model
@pytest.mark.slow
def test_dask_gives_the_events_of_one_process(
    corpus: Path, pipeline: Pipeline, one_process: Path, cluster: Any, tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    with Store(db) as store:
        summary = code_inputs_dask([str(corpus)], store, pipeline, cluster, partition_size=3)
    assert (summary.articles, summary.unchanged, summary.skipped) == (12, 0, 1)
    events = _events(db)
    assert events and events == _events(one_process)
    with Store(db) as store:  # a second run stores nothing new and sends nothing to the workers
        again = code_inputs_dask([str(corpus)], store, pipeline, cluster, partition_size=3)
        assert (again.articles, again.unchanged) == (0, 12)
        with Store(one_process, readonly=True) as ref:
            assert store.counts() == ref.counts()


@pytest.mark.model
@pytest.mark.slow
def test_a_killed_run_restarted_loses_and_doubles_nothing(
    corpus: Path, pipeline: Pipeline, one_process: Path, cluster: Any, tmp_path: Path
) -> None:
    db = tmp_path / "restart.db"
    with Store(db) as store:  # "killed" after two of the four partitions were sent
        first = code_inputs_dask([str(corpus)], store, pipeline, cluster, partition_size=3, max_partitions=2)
    assert first.articles == 6
    with Store(db) as store:
        second = code_inputs_dask([str(corpus)], store, pipeline, cluster, partition_size=3)
        counts = store.counts()
    assert (second.articles, second.unchanged) == (6, 6)
    assert _events(db) == _events(one_process)
    with Store(one_process, readonly=True) as ref:
        assert counts == ref.counts()


_FAILED: set[str] = set()


def _flaky(settings: WorkerSettings, articles: list[Article]) -> PartitionResult:
    """Fails the first time it sees a partition holding '02_protest-0', and always on '03_airstrike-1'."""
    ids = {a.id for a in articles}
    if "03_airstrike-1" in ids:
        raise MemoryError("worker ran out of memory")
    if "02_protest-0" in ids and "02_protest-0" not in _FAILED:
        _FAILED.add("02_protest-0")
        raise OSError("worker lost")
    return code_articles(settings, articles)


@pytest.mark.model
@pytest.mark.slow
def test_a_failing_partition_is_retried_once_and_reported(
    corpus: Path, pipeline: Pipeline, one_process: Path, tmp_path: Path
) -> None:
    from distributed import Client, LocalCluster

    worker._PIPELINES[WorkerSettings.of(pipeline)] = pipeline  # in-process workers share the loaded model
    db = tmp_path / "flaky.db"
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as lc,
        Client(lc) as client,
        Store(db) as store,
    ):
        summary = code_inputs_dask([str(corpus)], store, pipeline, client, partition_size=3, task=_flaky)
    retried = [p for p in summary.problems if "sent again" in p.reason]
    lost = [p for p in summary.problems if "failed twice" in p.reason]
    assert len(retried) == 2  # each failing partition is sent again once, no more
    assert len(lost) == 1 and "MemoryError" in lost[0].reason and "3 article(s)" in lost[0].reason
    assert summary.articles == 9 and summary.skipped == 2  # the bad JSON line and the lost partition
    with Store(db, readonly=True) as store:
        ids = {r["id"] for r in store.conn.execute("SELECT id FROM articles")}
    assert "02_protest-0" in ids and "03_airstrike-1" not in ids
    lost_ids = {"02_protest-1", "03_airstrike-1", "04_sanctions-1"}  # the partition of lines 11-13
    assert ids.isdisjoint(lost_ids) and len(ids) == 9
    assert _events(db) == [e for e in _events(one_process) if json.loads(e)["article_id"] not in lost_ids]


def _other_config(settings: WorkerSettings, articles: list[Article]) -> PartitionResult:
    """A worker whose configuration differs from the writer's (another --kb file, another version)."""
    return code_articles(dataclasses.replace(settings, config="0" * 16), articles)


@pytest.mark.model
def test_a_worker_with_another_configuration_stops_the_run(corpus: Path, pipeline: Pipeline, tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as lc,
        Client(lc) as client,
        Store(tmp_path / "x.db") as store,
    ):
        with pytest.raises(WorkerConfigError, match="configuration fingerprint"):
            code_inputs_dask([str(corpus)], store, pipeline, client, partition_size=3, task=_other_config)
        assert store.counts()["articles"] == 0


def test_csv_ranges_read_exactly_what_the_whole_file_reads(tmp_path: Path) -> None:
    import csv as csvlib

    f = tmp_path / "c.csv"
    with f.open("w", encoding="utf-8", newline="") as out:
        w = csvlib.writer(out)
        w.writerow(["id", "Title", "text", "date"])
        for i in range(7):
            text = f'Police in Nairobi arrested {i} protesters.\nThe "march", said officials, was banned.'
            w.writerow([f"r{i}", f"Title {i}", text if i != 3 else "", "2024-05-0" + str(i + 1)])
            if i == 4:
                out.write("\r\n")  # a blank line between records
    planned = list(plan([str(f)], size=2))
    assert len(planned) == 4 and all(isinstance(p, Partition) and p.parts[0].header_end for p in planned)
    whole = list(read_inputs([str(f)]))
    assert _read_all(iter(planned)) == whole
    assert any(isinstance(x, ReadProblem) and x.source == f"{f}:8" for x in whole)  # the row without text
    lone_cr = tmp_path / "cr.csv"
    lone_cr.write_bytes(f.read_bytes().replace(b"\r\n", b"\r"))
    assert [len(p.parts) for p in plan([str(lone_cr)], size=2) if isinstance(p, Partition)] == [1]
    assert _read_all(plan([str(lone_cr)], size=2)) == list(read_inputs([str(lone_cr)]))


# -- --processes N: workers forked from the writer ------------------------------------------------


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("spec", ["processes:2", "local:2"])
def test_forked_workers_give_the_events_of_one_process(
    spec: str, corpus: Path, pipeline: Pipeline, one_process: Path, tmp_path: Path
) -> None:
    """--processes 2 (a fork pool) and --dask local:2 (a LocalCluster whose workers are forked)."""
    from newsevents.scale.forked import ForkClient, can_fork
    from newsevents.scale.runner import connect

    if not can_fork():
        pytest.skip("no fork on this system")
    db = tmp_path / "forked.db"
    with connect(spec, pipeline) as client, Store(db) as store:
        assert isinstance(client, ForkClient) == spec.startswith("processes")
        if not isinstance(client, ForkClient):  # a local cluster's workers run without Dask's profiler
            assert set(client.run(_worker_profiles).values()) == {False}
        summary = code_inputs_dask([str(corpus)], store, pipeline, client, partition_size=5, task_size=1)
    assert (summary.articles, summary.unchanged, summary.skipped) == (12, 0, 1)
    assert _events(db) == _events(one_process)
    with Store(db, readonly=True) as store, Store(one_process, readonly=True) as ref:
        assert store.counts() == ref.counts()


def _worker_profiles() -> bool:
    """Whether Dask's statistical profiler samples this worker's threads."""
    import dask

    return bool(dask.config.get("distributed.worker.profile.enabled"))


def _dies_once(marker: Path, settings: WorkerSettings, articles: list[Article]) -> PartitionResult:
    """Kills its worker process the first time it sees '01_ceasefire-1' (the marker file says it did)."""
    import os

    if "01_ceasefire-1" in {a.id for a in articles} and not marker.exists():
        marker.write_text("died", encoding="utf-8")
        os._exit(9)
    return code_articles(settings, articles)


@pytest.mark.model
@pytest.mark.slow
def test_a_forked_worker_that_dies_is_replaced_and_its_partition_sent_again(
    corpus: Path, pipeline: Pipeline, one_process: Path, tmp_path: Path
) -> None:
    import functools

    from newsevents.scale.forked import ForkClient, can_fork

    if not can_fork():
        pytest.skip("no fork on this system")
    db = tmp_path / "died.db"
    task = functools.partial(_dies_once, tmp_path / "died")
    with ForkClient(2, pipeline) as client, Store(db) as store:
        summary = code_inputs_dask([str(corpus)], store, pipeline, client, partition_size=3, task=task)
    assert (tmp_path / "died").exists()
    retried = [p for p in summary.problems if "sent again" in p.reason]
    assert retried and all("BrokenProcessPool" in p.reason for p in retried)
    assert not [p for p in summary.problems if "failed twice" in p.reason]
    assert summary.articles == 12 and _events(db) == _events(one_process)


def test_a_missing_gazetteer_index_is_compiled_in_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsevents.resolve.gazetteer import default_index_path
    from newsevents.scale import prebuild

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    path = default_index_path()
    # the child's work, made quick: it writes the file the real one would compile
    monkeypatch.setattr(prebuild, "_BUILD", f"from pathlib import Path; Path({str(path)!r}).write_text('built')")
    path.parent.mkdir(parents=True)
    build = prebuild.IndexBuild()
    assert build.started
    build.wait()
    assert path.read_text() == "built"
    again = prebuild.IndexBuild()  # compiled: nothing to start, nothing to wait for
    assert not again.started
    again.wait()


def test_forked_workers_are_stopped_at_once_when_the_run_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from newsevents.scale.forked import ForkClient, can_fork

    if not can_fork():
        pytest.skip("no fork on this system")

    class Loaded:  # stands for a loaded pipeline (nothing to load, nothing to adopt)
        def warm_up(self) -> None:
            pass

    monkeypatch.setattr(worker, "adopt", lambda pipeline: None)
    with pytest.raises(KeyboardInterrupt), ForkClient(2, Loaded()) as client:  # type: ignore[arg-type]
        busy = client.submit(time.sleep, 600)
        assert client._pool is not None
        processes = list(client._pool._processes.values())  # type: ignore[attr-defined]
        raise KeyboardInterrupt  # a second Ctrl-C: the task in flight is not waited for
    assert processes and not any(p.is_alive() for p in processes)
    assert busy.status in ("error", "cancelled")
