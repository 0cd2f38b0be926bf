"""A progress line on stderr for long runs: articles done of the expected total, articles/s, ETA.

Shown only when the stream is a terminal (and the run is not --quiet): a log file or a pipe gets
nothing. The total is an estimate made before reading (a JSONL file's non-empty lines, one article
a text file), so the line can end a little short of it; it is redrawn at most a few times a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class Progress:
    """``total(n)`` once, then ``update(k)`` as articles are dealt with; ``close()`` at the end."""

    def __init__(self, label: str = "coding", stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.shown = not quiet and bool(isatty and isatty())
        self.label = label
        self.expected = 0
        self.done = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def total(self, n: int) -> None:
        self.expected = n
        self.started = time.monotonic()
        self._draw(force=True)

    def update(self, n: int) -> None:
        self.done += n
        self._draw()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.label} {self.done:,}" + (f"/{self.expected:,}" if self.expected else "")]
        if self.expected:
            parts.append(f"{min(100, 100 * self.done // max(1, self.expected))}%")
        parts.append(f"{rate:.1f} articles/s")
        if self.expected and rate > 0 and self.done < self.expected:
            parts.append(f"ETA {_clock((self.expected - self.done) / rate)}")
        parts.append(f"elapsed {_clock(elapsed)}")
        return "  ".join(parts)

    def _draw(self, force: bool = False) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if not force and now - self._drawn < 0.25:
            return
        self._drawn = now
        text = self.line()
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        if self.shown:
            self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()
