"""Guards around a command's work: a failing database is one message; SIGTERM and Ctrl-C stop
a `code` run between batches."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import click

from newsevents.errors import StoreError
from newsevents.store.db import Store


@contextlib.contextmanager
def damaged(store: Store) -> Iterator[None]:
    """A database that fails while being read or written (damaged, locked, full) is one message."""
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError, *store.dialect.errors)
    try:
        yield
    except errors as e:
        raise StoreError(f"database {store.location}: {e} (nothing was changed by this command)") from e


class StopOnSignal:
    """SIGTERM and Ctrl-C ask the run to stop after the batch in flight (committed, nothing lost);
    a second Ctrl-C stops at once."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self._old: dict[int, Any] = {}

    def requested(self) -> bool:
        return self.signal is not None

    def _handle(self, signum: int, _frame: Any) -> None:
        if self.signal is not None and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.signal = signum
        click.echo(
            f"\n{signal.Signals(signum).name}: stopping after the current batch (Ctrl-C again to stop at once)",
            err=True,
        )

    def __enter__(self) -> StopOnSignal:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._old[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, old in self._old.items():
            signal.signal(signum, old)
