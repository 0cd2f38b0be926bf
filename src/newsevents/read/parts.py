"""Partitions: the inputs cut into pieces that are read (and coded) one at a time.

A :class:`Part` is a whole file, or a range of lines of a large JSON Lines file; a
:class:`Partition` is one or more consecutive parts holding about ``size`` articles. Reading the
partitions in order yields exactly the articles and problems that
:func:`~newsevents.read.read_inputs` yields, in the same order and with the same sources
(``file:line``), but never holds more than one partition in memory: this is what keeps a run's
memory flat in the size of the corpus, and what the Dask path sends to its workers.

A JSONL or CSV file is cut into line ranges when it holds more than ``size`` records and is valid
UTF-8 (the file-level checks -- empty, binary, encoding, control characters, a JSON array, a CSV
header with a text column -- are made here, once per file; a CSV range is read under the file's
header). Other files (plain text, HTML, feeds, a file in another encoding, with control
characters or lone carriage returns, a malformed CSV, standard input) are read whole.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsevents.errors import NewseventsError
from newsevents.read.readers import (
    TEXT_FIELDS,
    ReadOptions,
    ReadProblem,
    _format_for,
    _looks_binary,
    expand_inputs,
    read_csv_range,
    read_file,
    read_jsonl_range,
)
from newsevents.records import Article

DEFAULT_PARTITION_SIZE = 500  # articles per partition
# the control characters the reader cleans out of a whole file, with one warning (read.clean)
_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Part:
    """A whole file (``end`` None) or the lines ``first_line``.. of a JSONL or CSV file between two byte offsets."""

    name: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    last_line: int = 0
    estimate: int = 1  # articles expected (for progress; exact for a range)
    header_end: int = 0  # a CSV range: the byte offset where the file's header ends

    @property
    def label(self) -> str:
        if self.end is None:
            return self.name
        return f"{self.name}:{self.first_line}-{self.last_line}"


@dataclass(frozen=True)
class Partition:
    """Consecutive parts read and coded as one unit; ``index`` is its place in the run."""

    index: int
    parts: tuple[Part, ...]

    @property
    def estimate(self) -> int:
        return sum(p.estimate for p in self.parts)

    @property
    def label(self) -> str:
        if len(self.parts) == 1:
            return self.parts[0].label
        return f"{self.parts[0].label} .. {self.parts[-1].label} ({len(self.parts)} files)"


def plan(
    inputs: Sequence[str], options: ReadOptions | None = None, size: int = DEFAULT_PARTITION_SIZE
) -> Iterator[Partition | ReadProblem]:
    """The inputs' partitions in input order, and the problems found while planning them (a missing
    file, a JSONL file's encoding warning) where :func:`read_inputs` would report them."""
    opts = options or ReadOptions()
    size = max(1, size)
    group: list[Part] = []
    index = 0

    def flush() -> Iterator[Partition]:
        nonlocal index
        if group:
            yield Partition(index, tuple(group))
            index += 1
            group.clear()

    for name in expand_inputs(inputs):
        if isinstance(name, ReadProblem):
            yield from flush()
            yield name
            continue
        for item in _parts_of(name, opts, size):
            if isinstance(item, ReadProblem):
                yield from flush()
                yield item
                continue
            if group and sum(p.estimate for p in group) + item.estimate > size:
                yield from flush()
            group.append(item)
            if item.end is not None:  # a range of a large file is a partition of its own
                yield from flush()
    yield from flush()


def read_partition(partition: Partition, options: ReadOptions | None = None) -> Iterator[Article | ReadProblem]:
    """The partition's articles and problems, as :func:`read_inputs` yields them."""
    opts = options or ReadOptions()
    for part in partition.parts:
        if part.end is None:
            yield from read_file(part.name, opts)
        elif part.header_end:
            yield from read_csv_range(part.name, part.start, part.end, part.first_line, part.header_end, opts)
        else:
            yield from read_jsonl_range(part.name, part.start, part.end, part.first_line, opts)


def _parts_of(name: str, opts: ReadOptions, size: int) -> Iterator[Part | ReadProblem]:
    if name == "-":
        yield Part(name, estimate=0)
        return
    try:
        with open(name, "rb") as f:
            head = f.read(65536)
    except OSError:
        yield Part(name)  # read_file reports it
        return
    fmt = opts.input_format or _format_for(name, head)
    if fmt == "txt":
        yield Part(name)
        return
    if fmt not in ("jsonl", "csv") or not head.strip() or _looks_binary(head) or head.lstrip()[:1] == b"[":
        # (a file that opens with "[" may be one JSON array: read whole, as the reader decides)
        yield Part(name, estimate=_count_lines(name))
        return
    yield from _jsonl_ranges(name, size) if fmt == "jsonl" else _csv_ranges(name, size)


def _count_lines(name: str) -> int:
    n = 0
    try:
        with open(name, "rb") as f:
            for line in f:
                n += bool(line.strip())
    except OSError:
        return 0
    return n


def _parts_from_cuts(name: str, cuts: list[tuple[int, int, int, int, int]], header_end: int = 0) -> Iterator[Part]:
    """The parts of a file cut into ranges (start, end, first_line, last_line, records): the whole
    file when there is one range, else one part a range."""
    if len(cuts) == 1:
        yield Part(name, estimate=cuts[0][4])
        return
    for s, e, fl, ll, n in cuts:
        yield Part(name, s, e, fl, ll, n, header_end)


def _jsonl_ranges(name: str, size: int) -> Iterator[Part | ReadProblem]:
    """Line ranges of ``size`` records each, or the whole file when it is small or not UTF-8."""
    cuts: list[tuple[int, int, int, int, int]] = []  # start, end, first_line, last_line, records
    start, first, records, offset, lineno = 0, 1, 0, 0, 0
    try:
        with open(name, "rb") as f:
            for line in f:
                lineno += 1
                offset += len(line)
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError:
                    yield Part(name, estimate=_count_lines(name))  # read whole: the reader decides the encoding
                    return
                if _CONTROLS.search(line):
                    yield Part(name, estimate=_count_lines(name))  # read whole: one warning for the file
                    return
                if line.strip():
                    records += 1
                if records == size:
                    cuts.append((start, offset, first, lineno, records))
                    start, first, records = offset, lineno + 1, 0
    except OSError:
        yield Part(name)
        return
    if records or not cuts:
        cuts.append((start, offset, first, lineno, records))
    yield from _parts_from_cuts(name, cuts)


class _NotSplit(NewseventsError):
    """The CSV file is read whole (not UTF-8, a lone carriage return, malformed, no text column)."""


def _csv_ranges(name: str, size: int) -> Iterator[Part | ReadProblem]:
    """Record ranges of ``size`` rows each under the file's header, or the whole file."""
    offset = 0
    lineno = 0

    def lines() -> Iterator[str]:
        nonlocal offset, lineno
        with open(name, "rb") as f:
            for raw in f:
                if b"\r" in raw.rstrip(b"\r\n") or raw.endswith(b"\r"):
                    raise _NotSplit  # the reader splits lines at a lone CR too
                try:
                    line = raw.decode("utf-8-sig" if offset == 0 else "utf-8")
                except UnicodeDecodeError as e:
                    raise _NotSplit from e
                if _CONTROLS.search(raw):
                    raise _NotSplit
                offset += len(raw)
                lineno += 1
                yield line

    cuts: list[tuple[int, int, int, int, int]] = []
    try:
        reader = csv.reader(lines())
        header = next(reader, None)
        fields = [f.strip().lower() for f in header or []]
        if not any(f in fields for f in TEXT_FIELDS):
            raise _NotSplit
        header_end = offset
        start, first, records = offset, lineno + 1, 0
        for row in reader:
            if row:  # blank rows are no records (csv.DictReader skips them)
                records += 1
            if records == size:
                cuts.append((start, offset, first, lineno, records))
                start, first, records = offset, lineno + 1, 0
    except (_NotSplit, csv.Error, OSError):
        yield Part(name, estimate=_count_lines(name))
        return
    if records or not cuts:
        cuts.append((start, offset, first, lineno, records))
    yield from _parts_from_cuts(name, cuts, header_end)


def describe(partition: Partition) -> str:
    """One line naming the partition, for reports."""
    return f"partition {partition.index} ({partition.label})"


__all__ = ["DEFAULT_PARTITION_SIZE", "Part", "Partition", "describe", "plan", "read_partition"]
