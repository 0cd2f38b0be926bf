"""Readers: plain text, JSON Lines and CSV, from files, folders, globs or standard input.

One interface: :func:`read_inputs` yields :class:`Article` records and :class:`ReadProblem`
records (an input, or one line of it, that could not be read). A bad record never stops the
run: it is reported with its file and line, and the rest is read.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import glob
import io
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from newsevents.read.header import parse_header
from newsevents.records import Article

InputFormat = Literal["txt", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("txt", "jsonl", "csv")
_EXTENSIONS: dict[str, InputFormat] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
}
TEXT_FIELDS = ("text", "body")
DATE_FIELDS = ("date", "pub_date", "published")
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ReadProblem:
    """An input (or one record of it) that was skipped, or read with a warning."""

    source: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class ReadOptions:
    input_format: InputFormat | None = None
    default_date: dt.date | None = None
    max_chars: int = DEFAULT_MAX_CHARS


def expand_inputs(inputs: Sequence[str]) -> Iterator[str | ReadProblem]:
    """Turn the command line's inputs (files, folders, globs, ``-``) into file names."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _EXTENSIONS)
            if not files:
                yield ReadProblem(item, "folder holds no .txt, .jsonl or .csv files")
            yield from (str(p) for p in files)
        elif path.is_file():
            yield item
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReadProblem(item, "no file matches this pattern")
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield ReadProblem(item, "no such file or folder")


def read_inputs(inputs: Sequence[str], options: ReadOptions | None = None) -> Iterator[Article | ReadProblem]:
    """Read every input; yields articles and problems in input order."""
    opts = options or ReadOptions()
    for name in expand_inputs(inputs):
        if isinstance(name, ReadProblem):
            yield name
            continue
        yield from _read_one(name, opts)


def read_file(name: str, options: ReadOptions | None = None) -> Iterator[Article | ReadProblem]:
    """Read one file (``-``: standard input) whole; yields its articles and problems."""
    return _read_one(name, options or ReadOptions())


def read_jsonl_range(
    name: str, start: int, end: int, first_line: int, options: ReadOptions | None = None
) -> Iterator[Article | ReadProblem]:
    """Read the lines of a UTF-8 JSONL file between two byte offsets at line starts (``first_line``:
    the number of the line at ``start``). Each record reads as it does when the whole file is read
    (same article, same ``file:line`` source); the file-level checks (empty, binary, encoding) are
    the caller's (:mod:`newsevents.read.parts` makes them once per file)."""
    try:
        with open(name, "rb") as f:
            f.seek(start)
            raw = f.read(end - start)
    except OSError as e:
        yield ReadProblem(name, f"cannot read: {e.strerror or e}")
        return
    text = raw.decode("utf-8-sig" if start == 0 else "utf-8")
    yield from _read_jsonl(text, name, options or ReadOptions(), first_line=first_line)


def read_csv_range(
    name: str, start: int, end: int, first_line: int, header_end: int, options: ReadOptions | None = None
) -> Iterator[Article | ReadProblem]:
    """Read the CSV records between two byte offsets at record starts, under the file's header (the
    bytes before ``header_end``), as :func:`read_jsonl_range` reads JSON lines: same articles, same
    ``file:line`` sources as reading the whole (UTF-8) file."""
    try:
        with open(name, "rb") as f:
            header = f.read(header_end)
            f.seek(start)
            raw = f.read(end - start)
    except OSError as e:
        yield ReadProblem(name, f"cannot read: {e.strerror or e}")
        return
    head = header.decode("utf-8-sig")
    header_lines = head.count("\n")
    yield from _read_csv(head + raw.decode("utf-8"), name, options or ReadOptions(), first_line - 1 - header_lines)


def _read_one(name: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as e:
        yield ReadProblem(name, f"cannot read: {e.strerror or e}")
        return
    source = "<stdin>" if name == "-" else name
    fmt = opts.input_format or _format_for(name, raw)
    if not raw.strip():
        yield ReadProblem(source, "empty file")
        return
    if _looks_binary(raw):
        yield ReadProblem(source, "binary file, not text (no article read)")
        return
    text, warning = decode(raw)
    if warning:
        yield ReadProblem(source, warning, skipped=False)
    if fmt == "txt":
        yield from _check_size(_article_from_text(text, source, opts), opts)
    elif fmt == "jsonl":
        yield from _read_jsonl(text, source, opts)
    else:
        yield from _read_csv(text, source, opts)


def _format_for(name: str, raw: bytes) -> InputFormat:
    fmt = _EXTENSIONS.get(Path(name).suffix.lower()) if name != "-" else None
    if fmt:
        return fmt
    return "jsonl" if raw.lstrip()[:1] == b"{" else "txt"


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode(raw: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without BOM); otherwise Windows-1252 / Latin-1, with a warning saying so."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    try:
        return raw.decode("cp1252"), f"not valid UTF-8 ({where}); read as Windows-1252/Latin-1"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), f"not valid UTF-8 ({where}); read as Latin-1"


def _check_size(item: Article | ReadProblem, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    if isinstance(item, Article) and len(item.text) > opts.max_chars:
        yield ReadProblem(
            item.source_name or item.id,
            f"article is {len(item.text):,} characters, over the limit of {opts.max_chars:,} "
            "(split it into articles, or raise --max-chars)",
        )
    else:
        yield item


def parse_date(value: Any) -> dt.date | None:
    """An ISO date or datetime, or an RFC 2822 date as RSS uses; None when not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError):
        return None


def _article_from_text(
    raw_text: str,
    source: str,
    opts: ReadOptions,
    *,
    article_id: str | None = None,
    title: str | None = None,
    pub_date: dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> Article:
    header = parse_header(raw_text)
    body = raw_text[header.body_offset :]
    return Article(
        id=article_id or Article.make_id(body, title),
        text=body,
        pub_date=pub_date or header.pub_date or _dateline_date(header.dateline_date, opts.default_date),
        title=title,
        publisher=publisher or header.publisher,
        url=url,
        dateline=header.dateline,
        source_name=source,
    )


def _dateline_date(words: str | None, default: dt.date | None) -> dt.date | None:
    """The publication date from the dateline ("WASHINGTON, May 3, 2021 (Reuters)"): an explicit
    year stands alone; a month and day ("MOSCOW, August 23.") are placed by --date's year, on or
    before that date. Without either, --date itself."""
    if words:
        from newsevents.resolve.dates import normalize

        info = normalize(words, default, "past")
        if info is not None and info.precision == "day":
            return dt.date.fromisoformat(info.value)
    return default


def _article_from_record(rec: dict[str, Any], source: str, opts: ReadOptions) -> Article | ReadProblem:
    text = next((rec[f] for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f].strip()), None)
    if text is None:
        present = ", ".join(sorted(rec)) or "none"
        return ReadProblem(source, f"no text: expected a non-empty 'text' or 'body' field (fields: {present})")
    raw_date = next((rec[f] for f in DATE_FIELDS if rec.get(f)), None)
    pub_date = parse_date(raw_date)
    rid = rec.get("id")
    article = _article_from_text(
        text,
        source,
        opts,
        article_id=str(rid) if rid not in (None, "") else None,
        title=rec.get("title") or None,
        pub_date=pub_date,
        url=rec.get("url") or None,
        publisher=rec.get("publisher") or None,
    )
    return article


def _read_jsonl(text: str, source: str, opts: ReadOptions, first_line: int = 1) -> Iterator[Article | ReadProblem]:
    for lineno, line in enumerate(io.StringIO(text), start=first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadProblem(where, f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict):
            yield ReadProblem(where, f"expected a JSON object, got {type(rec).__name__}")
            continue
        yield from _check_size(_article_from_record(rec, where, opts), opts)


def _read_csv(text: str, source: str, opts: ReadOptions, line_offset: int = 0) -> Iterator[Article | ReadProblem]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if not any(f in fields for f in TEXT_FIELDS):
        yield ReadProblem(
            source, f"CSV has no text column: expected 'text' or 'body' (columns: {', '.join(fields) or 'none'})"
        )
        return
    try:
        for row in reader:
            rec = {(k or "").strip().lower(): v for k, v in row.items()}
            where = f"{source}:{reader.line_num + line_offset}"
            yield from _check_size(_article_from_record(rec, where, opts), opts)
    except csv.Error as e:
        yield ReadProblem(
            f"{source}:{reader.line_num + line_offset}", f"malformed CSV ({e}); the rest of the file is skipped"
        )
