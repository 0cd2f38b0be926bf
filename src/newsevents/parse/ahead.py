"""Parse ahead: spaCy parses the next batch in a thread while this thread codes and stores the last.

One process of ``newsevents code`` used one core: it parsed a batch, then coded, stored and
clustered it, then parsed the next. spaCy releases the GIL in much of its parse (the neural
network's matrix products and the transition parsers' inner loops), so a second thread can parse
batch k + 1 while the first codes batch k: on a machine with a second core the coding, the writes
and the clustering mostly hide behind the parse (docs/scale.md, "Parse ahead").

Every use of the model goes through the one thread (:meth:`ParseAhead.parse`), in the order it was
asked for, so the model never runs in two threads at once and every document is parsed exactly as
``nlp.pipe`` parses it in one thread (the same batches): the events are the same.

While it is open, the interpreter's switch interval is 1 ms instead of 5: when the parse thread
comes back from a GIL-free stretch it waits at most that long for the coding thread to hand the
GIL over (with 5 ms the parse was about 3x slower beside a busy Python thread; measured).
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from statistics import median
from types import TracebackType
from typing import TYPE_CHECKING

from newsevents.errors import NewseventsError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005


class ParseAhead:
    """A single parse thread over one spaCy pipeline; a context manager (the thread ends on exit)."""

    def __init__(self, nlp: Language, batch_size: int) -> None:
        self._nlp = nlp
        self._batch_size = max(1, batch_size)
        self._pool: ThreadPoolExecutor | None = None
        self._switch: float | None = None

    def __enter__(self) -> ParseAhead:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsevents-parse")
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
        return self

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._switch is not None:
            sys.setswitchinterval(self._switch)
            self._switch = None

    def parse(self, texts: Sequence[str]) -> Future[list[Doc]]:
        """The documents of ``texts``, parsed in the thread after everything asked before (a spaCy
        error comes out of ``result()``)."""
        if self._pool is None:
            raise NewseventsError("the parse thread is closed")
        return self._pool.submit(self._parse, list(texts))

    def _parse(self, texts: list[str]) -> list[Doc]:
        return list(self._nlp.pipe(texts, batch_size=self._batch_size))


class Pacer:
    """Whether the next batch should parse while this one is coded (ahead) or after (serial).

    Parsing ahead pays when a second core is free; on a machine whose cores are all busy (other
    processes), the two threads' hand-overs of the GIL wait for the scheduler, and parsing ahead
    was measured up to twice as slow as serial (docs/scale.md, "Parse ahead"). So the run measures
    both: it parses ahead, and now and then codes a few batches serially; whichever mode took less
    wall time per character of text over its last few batches is used until the next trial. Trials
    come after 8 batches, then 16, 32 and at most 64 while the choice stays the same (back to 8
    when it changes). The mode never changes what is parsed or coded, only when.
    """

    TRIAL = 3  # batches in the other mode; the first after a switch is not counted (it straddles both)
    FIRST_GAP = 8
    LONGEST_GAP = 64

    def __init__(self, enabled: bool = True) -> None:
        self._enabled = enabled
        self._cost: dict[bool, deque[float]] = {True: deque(maxlen=4), False: deque(maxlen=4)}
        self._mode = enabled  # parse ahead first
        self._choice = enabled
        self._gap = self.FIRST_GAP
        self._left = self.FIRST_GAP  # batches before the next trial
        self._trial = 0  # batches left in a trial
        self._skip = 0  # intervals not to count (just after a switch)
        self._last: float | None = None
        self.switches = 0

    def ahead(self) -> bool:
        """The mode for the batch being submitted."""
        return self._mode

    def finished(self, chars: int, *, count: bool = True) -> None:
        """A batch of ``chars`` characters was stored; ``count=False`` for batches parsed while the
        run was waiting for something else (not a measure of either mode)."""
        now = time.perf_counter()
        last, self._last = self._last, now
        if not self._enabled or last is None or not count or chars <= 0:
            return
        if self._skip:
            self._skip -= 1
        else:
            self._cost[self._mode].append((now - last) / chars)
        self._step()

    def _step(self) -> None:
        if self._trial:
            self._trial -= 1
            if self._trial == 0:  # the trial is over: keep the faster mode
                ahead, serial = (median(self._cost[m]) if self._cost[m] else None for m in (True, False))
                choice = self._choice if ahead is None or serial is None else ahead <= serial
                self._gap = min(self._gap * 2, self.LONGEST_GAP) if choice == self._choice else self.FIRST_GAP
                self._choice = choice
                self._left = self._gap
                self._set(choice)
            return
        self._left -= 1
        if self._left <= 0:
            self._trial = self.TRIAL
            self._set(not self._choice)

    def _set(self, mode: bool) -> None:
        if mode != self._mode:
            self._mode = mode
            self._skip = 1
            self.switches += 1
