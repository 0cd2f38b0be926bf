"""A small in-process cache of summaries (counts, timelines, dyads, map data).

An entry is keyed by what was asked and by the database's signature (size and modification time
of the file and its write-ahead log), so any write, by this server or by `newsevents code`,
makes the old entries unreachable. Summaries over a million events take seconds in SQLite; a
dashboard opened again, or by a second analyst, is then served from memory.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class SummaryCache:
    def __init__(self, db: str, size: int = 256) -> None:
        self.db = db
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def signature(self) -> tuple[int, ...]:
        out: list[int] = []
        for path in (self.db, self.db + "-wal"):
            try:
                st = os.stat(path)
            except FileNotFoundError:
                out += [0, 0]
                continue
            out += [st.st_size, st.st_mtime_ns]
        return tuple(out)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        full = (key, self.signature())
        with self._lock:
            if full in self._items:
                self._items.move_to_end(full)
                value: T = self._items[full]
                return value
        value = compute()
        with self._lock:
            self._items[full] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
