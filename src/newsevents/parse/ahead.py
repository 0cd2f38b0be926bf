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
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
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

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
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
