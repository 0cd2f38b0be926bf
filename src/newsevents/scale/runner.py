"""The writer of a Dask run: plan partitions, send them to the workers, store what comes back.

One process (this one) reads the inputs partition by partition, leaves out the articles already
stored as they are (:meth:`Store.is_current` under the configuration fingerprint, exactly as a
one-process run does) and sends each partition's remaining articles to the cluster; the workers
parse and code them (:mod:`newsevents.scale.worker`) and send back the coded articles, which this
process alone writes to the store, in input order, in the batches (transactions, each clustered
after it) a one-process run uses. So:

* the workers need neither the inputs nor the database, only the package, the model and the same
  ``--kb`` / ``--frames`` files;
* a batch is stored whole or not at all; a run that is killed and started again skips the stored
  articles and every partition whose articles are all stored (a partition is recognised by its articles' ids and
  content, not by a name: renaming or re-splitting the inputs loses nothing);
* a partition whose task fails (a worker dies, runs out of memory, ...) is reported and sent again
  once; when it fails again it is reported as skipped and the run goes on (exit status 1); a worker
  that cannot code at all (another configuration fingerprint, a missing model) stops the run with
  its error;
* a partition goes out in tasks of a few batches, at most two tasks a worker thread in flight, so
  that the workers share a partition and the writer's memory stays flat too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsevents.errors import NewseventsError
from newsevents.identity import fingerprint
from newsevents.pipeline import Pipeline
from newsevents.read import ReadOptions, ReadProblem
from newsevents.read.parts import DEFAULT_PARTITION_SIZE, Partition, describe, plan
from newsevents.records import Article
from newsevents.run import RunSummary, parser_limits, pending, read_partitions, store_batch, unread
from newsevents.scale.forked import ForkClient, can_fork
from newsevents.scale.worker import PartitionResult, WorkerSettings, adopt, code_articles
from newsevents.store.db import Store

if TYPE_CHECKING:
    from distributed import Client

Task = Callable[[WorkerSettings, list[Article]], PartitionResult]


# Dask's background work in a local cluster's processes, which a run on one machine does not need and
# which costs CPU all along the run (measured: about -4.5 of 28 CPU-s for `--dask local:2` on 300
# articles; docs/scale.md): each worker's statistical profiler (a sample of every thread's stack
# every 10 ms), and the event loop's tick (20 ms), the system monitor (500 ms) and the memory
# monitor (100 ms) polled less often. Workers started by a `dask worker` command keep their own
# configuration (docs/scale.md says how to set the same there).
LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class DaskError(NewseventsError):
    """A --dask address that cannot be used."""


@contextlib.contextmanager
def connect(spec: str, pipeline: Pipeline | None = None) -> Iterator[Client | ForkClient]:
    """A Dask client for ``local:N`` (a LocalCluster of N single-threaded worker processes, closed on
    exit) or ``tcp://HOST:PORT`` (a running scheduler); for ``processes:N`` (``--processes N``), N
    worker processes forked from this one once ``pipeline`` is loaded here
    (:mod:`newsevents.scale.forked`; a LocalCluster where the system cannot fork)."""
    if spec.startswith("processes:"):
        n = int(spec.removeprefix("processes:"))
        if pipeline is not None and can_fork():
            with ForkClient(n, pipeline) as forked:
                yield forked
            return
        spec = f"local:{n}"
    from distributed import Client, LocalCluster

    n = check_spec(spec)
    if n:
        import dask

        method = "spawn"
        if pipeline is not None and can_fork():  # the workers start from this process, loaded
            pipeline.warm_up()
            adopt(pipeline)
            method = "fork"
        with dask.config.set({"distributed.worker.multiprocessing-method": method, **LOCAL_CLUSTER_CONFIG}):
            cluster = LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
            )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(spec, timeout=30)
    except (OSError, TimeoutError) as e:
        raise DaskError(f"--dask {spec}: cannot reach the scheduler ({e})") from e
    with client:
        yield client


def check_spec(spec: str) -> int:
    """The number of local workers ``local:N`` asks for, 0 for a scheduler address; a DaskError for the rest."""
    if spec.startswith("local:"):
        n = spec.removeprefix("local:")
        if not n.isdigit() or int(n) < 1:
            raise DaskError(f"--dask {spec}: expected local:N with N at least 1, e.g. local:2")
        return int(n)
    if not spec.startswith(("tcp://", "tls://")) or ":" not in spec.split("://", 1)[1]:
        raise DaskError(f"--dask {spec}: expected local:N or a scheduler address tcp://HOST:PORT")
    return 0


@dataclass
class _InFlight:
    seq: int
    partition: Partition
    articles: list[Article]
    tries: int


def code_inputs_dask(
    inputs: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    client: Client | ForkClient,
    options: ReadOptions | None = None,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    max_partitions: int | None = None,
    task: Task = code_articles,
    task_size: int = 4,
) -> RunSummary:
    """Code the inputs on the cluster behind ``client`` and store them here; the same summary (and the
    same stored events) as :func:`newsevents.run.code_inputs`. ``max_partitions``: stop after sending
    that many tasks (a partition of at most ``task_size`` batches is one task; the rest is left for
    the next run). ``should_stop`` (the CLI's SIGTERM /
    Ctrl-C handler) is asked before each partition is sent: when it says yes, nothing more is sent,
    the partitions in flight are stored as they come back, and the run ends. ``task``: the function
    the workers run. A partition's articles go to the workers in tasks of ``task_size`` batches
    (``--batch-size``), so that a partition is shared out among the workers; their results are
    stored in input order, in the batches a one-process run commits."""
    summary = RunSummary()
    opts = parser_limits(options, pipeline)
    config = fingerprint(pipeline.res)
    settings = WorkerSettings.of(pipeline)
    partitions = list(plan(inputs, opts, partition_size))
    if on_total:
        on_total(sum(p.estimate for p in partitions if isinstance(p, Partition)))
    batch = max(1, pipeline.config.batch_size)
    size = max(1, task_size) * batch
    stream = _todo(read_partitions(opts, summary, partitions), store, config, summary, progress)
    tasks: list[tuple[Partition, list[Article]]] = []  # the read partition's articles not yet sent

    def next_task() -> tuple[Partition, list[Article]] | None:
        while not tasks:
            nxt = next(stream, None)
            if nxt is None:
                return None
            tasks.extend((nxt[0], nxt[1][i : i + size]) for i in range(0, len(nxt[1]), size))
        return tasks.pop(0)

    flying: dict[Any, _InFlight] = {}
    done: dict[int, tuple[PartitionResult | None, list[Article]]] = {}
    if isinstance(client, ForkClient):
        ready: Any = client.as_completed()
    else:
        from distributed import as_completed

        ready = as_completed()
    store.update_clusters()  # events stored by a run killed before it clustered them
    sent = 0
    written = 0
    last = -1  # the index of the last partition read

    def send(item: _InFlight) -> None:
        future = client.submit(task, settings, item.articles, pure=False)
        flying[future.key] = item
        ready.add(future)

    def fill() -> None:
        nonlocal sent, last
        window = 2 * max(1, sum(client.nthreads().values()))  # worker threads; workers may join or leave
        # done but not yet written (waiting for an earlier partition) counts too, within a wider bound
        while (
            len(flying) < window
            and len(flying) + len(done) < 4 * window
            and (max_partitions is None or sent < max_partitions)
        ):
            if should_stop is not None and should_stop():  # nothing more is read or sent
                summary.not_coded = unread(partitions, last) + sum(len(t[1]) for t in tasks)
                return
            nxt = next_task()
            if nxt is None:
                return
            send(_InFlight(sent, nxt[0], nxt[1], 0))
            sent += 1
            last = nxt[0].index

    fill()
    for future in ready:
        item = flying.pop(future.key)
        if future.status == "finished":
            done[item.seq] = (future.result(), item.articles)
        else:
            exc = future.exception() if future.status == "error" else None
            if isinstance(exc, NewseventsError):  # a worker that cannot code (its configuration, its model)
                raise exc  # is not a passing failure: stop the run, with what is stored kept
            reason = _reason(future)
            if item.tries == 0:
                summary.problems.append(
                    ReadProblem(describe(item.partition), f"failed on a worker ({reason}); sent again", skipped=False)
                )
                send(_InFlight(item.seq, item.partition, item.articles, 1))
            else:
                summary.problems.append(
                    ReadProblem(
                        describe(item.partition),
                        f"failed twice on a worker ({reason}); its {len(item.articles)} article(s) are not stored: "
                        "run the same command again to code them",
                    )
                )
                done[item.seq] = (None, item.articles)
                if progress:
                    progress(len(item.articles))
        future.release()
        while written in done:
            result, articles = done.pop(written)
            if result is not None:
                # stored in the batches a one-process run stores (and clusters) them in
                coded = {c.article.id: c for c in result.coded}
                for start in range(0, len(articles), batch):
                    chunk = articles[start : start + batch]
                    store_batch(store, [coded[a.id] for a in chunk if a.id in coded], config, summary, chunk)
                summary.failures.extend(result.failures)
                if progress:
                    progress(len(result.coded) + len(result.failures))
            written += 1
        fill()
    return summary


def _todo(
    stream: Iterator[tuple[Partition, list[Article]]],
    store: Store,
    config: str,
    summary: RunSummary,
    progress: Callable[[int], None] | None,
) -> Iterator[tuple[Partition, list[Article]]]:
    """The partitions that hold articles to code, with those articles (the rest count as unchanged)."""
    for partition, articles in stream:
        todo = pending(articles, store, config, summary)
        if progress and len(todo) < len(articles):
            progress(len(articles) - len(todo))
        if todo:
            yield partition, todo


def _reason(future: Any) -> str:
    if future.status != "error":  # cancelled: the scheduler lost it
        return str(future.status)
    exc = future.exception()
    return f"{type(exc).__name__}: {exc}" if exc is not None else "error"
