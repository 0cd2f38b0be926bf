"""``--processes N``: worker processes forked from the writer after it has loaded everything.

A Dask worker process starts bare: it imports Dask, spaCy and the package, loads the model and
the knowledge, about 9 CPU-seconds each before its first article. Here the writer loads the
pipeline once (model, knowledge base, verb frames, rules, gazetteer) and then forks N worker
processes (``multiprocessing``'s fork start method), which inherit all of it, copy-on-write: a
worker costs a few milliseconds to start and adds little memory while the model's weights stay
unwritten. :class:`ForkClient` offers the few calls of a ``distributed.Client`` that the writer
(:func:`newsevents.scale.runner.code_inputs_dask`) makes, so the same writer, with its
partitions, retries, input order and batches, drives either.

POSIX only (fork); where there is no fork, ``--processes`` falls back to a local Dask cluster.
"""

from __future__ import annotations

import itertools
import multiprocessing
import queue
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsevents.pipeline import Pipeline
from newsevents.scale import worker


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _child_init() -> None:
    """In each forked worker: Ctrl-C is the writer's to handle (it stores the partitions in flight
    as they come back), SIGTERM ends the worker, and connections to files opened before the fork
    (the gazetteer's) are the parent's: the worker opens its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    worker.after_fork()


class ForkFuture:
    """A submitted task, with the few attributes the writer reads from a Dask future."""

    def __init__(self, key: str, future: Future[Any]) -> None:
        self.key = key
        self._future = future

    @property
    def status(self) -> str:
        if not self._future.done():
            return "pending"
        if self._future.cancelled():
            return "cancelled"
        return "error" if self._future.exception() is not None else "finished"

    def result(self) -> Any:
        return self._future.result()

    def exception(self) -> BaseException | None:
        return None if self._future.cancelled() else self._future.exception()

    def release(self) -> None:
        """Nothing to release (Dask's futures hold results on the workers; these hold them here)."""


class Completions:
    """The submitted futures in the order they finish; more may be added while iterating (as
    ``distributed.as_completed``)."""

    def __init__(self) -> None:
        self._done: queue.SimpleQueue[ForkFuture] = queue.SimpleQueue()
        self._pending = 0

    def add(self, future: ForkFuture) -> None:
        self._pending += 1
        future._future.add_done_callback(lambda _: self._done.put(future))

    def __iter__(self) -> Iterator[ForkFuture]:
        while self._pending:
            future = self._done.get()
            self._pending -= 1
            yield future


class ForkClient:
    """N worker processes forked from this one, each with ``pipeline`` already loaded."""

    def __init__(self, n: int, pipeline: Pipeline) -> None:
        if n < 1:
            raise ValueError("at least one worker process")
        self.n = n
        pipeline.warm_up()  # everything the workers need, loaded once, here
        worker.adopt(pipeline)
        self._keys = itertools.count()
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        # a pool whose worker died (killed, out of memory) is broken for good: fork a new one
        if self._pool is None or getattr(self._pool, "_broken", False):
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = ProcessPoolExecutor(
                self.n, mp_context=multiprocessing.get_context("fork"), initializer=_child_init
            )
        return self._pool

    def submit(self, fn: Callable[..., Any], *args: Any, pure: bool = False) -> ForkFuture:
        try:
            future = self._executor().submit(fn, *args)
        except BrokenProcessPool:
            self._pool = None
            future = self._executor().submit(fn, *args)
        return ForkFuture(f"fork-{next(self._keys)}", future)

    def nthreads(self) -> dict[str, int]:
        return {f"fork-{i}": 1 for i in range(self.n)}

    def as_completed(self) -> Completions:
        return Completions()

    def close(self, *, now: bool = False) -> None:
        """Stop the workers: after the tasks they are running, or (``now``) at once."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if now:  # the run is failing or interrupted: the tasks in flight are not waited for
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ForkClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(now=exc_type is not None)
