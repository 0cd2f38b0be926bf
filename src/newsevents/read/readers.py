"""Readers: plain text, JSON Lines, CSV, HTML pages and RSS/Atom feeds, from files, folders,
globs or standard input.

One interface: :func:`read_inputs` yields :class:`Article` records and :class:`ReadProblem`
records (an input, or one line of it, that could not be read, or was read with a warning). A bad
record never stops the run: it is reported with its file and line, and the rest is read. The
format comes from the extension, and the content decides when the extension does not tell or
is ``.txt`` (an HTML page or a feed saved as .txt is read as what it is); ``--input-format``
forces one.
"""

from __future__ import annotations

import csv
import dataclasses
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

from newsevents.read.clean import clean_controls, describe_controls, split_text
from newsevents.read.header import parse_header
from newsevents.records import Article

InputFormat = Literal["txt", "jsonl", "csv", "html", "feed"]
LongArticles = Literal["split", "skip"]
FORMATS: tuple[str, ...] = ("txt", "jsonl", "csv", "html", "feed")
LONG_ARTICLES: tuple[str, ...] = ("split", "skip")
_EXTENSIONS: dict[str, InputFormat] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
TEXT_FIELDS = ("text", "body")
DATE_FIELDS = ("date", "pub_date", "published")
DEFAULT_MAX_CHARS = 1_000_000
DATE_FORMS = "YYYY-MM-DD, an ISO date-time or an RFC 2822 date"
# file signatures of formats that are not text
_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x1f\x8b": "gzip-compressed",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"SQLite format 3\x00": "an SQLite database",
}


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
    """How inputs are read.

    ``max_chars``: the longest article taken whole; a longer one is split at paragraph boundaries
    into parts (``long_articles="split"``, each part knows its offset into the original) or
    skipped with the reason (``"skip"``). ``part_chars``: the longest text the parser takes (the
    run sets it from spaCy's ``nlp.max_length``); an article over it is split whatever
    ``max_chars`` says. ``detect_language``: set each article's ``language``.
    """

    input_format: InputFormat | None = None
    default_date: dt.date | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    long_articles: LongArticles = "split"
    part_chars: int = DEFAULT_MAX_CHARS
    detect_language: bool = True


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
                yield ReadProblem(item, f"folder holds no {', '.join(sorted(_EXTENSIONS))} files")
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
    (same article, same ``file:line`` source); the file-level checks (empty, binary, encoding,
    control characters, a JSON array) are the caller's: :mod:`newsevents.read.parts` makes them
    once per file and cuts only files that pass them all."""
    try:
        with open(name, "rb") as f:
            f.seek(start)
            raw = f.read(end - start)
    except OSError as e:
        yield ReadProblem(name, f"cannot read: {e.strerror or e}")
        return
    text = raw.decode("utf-8-sig" if start == 0 else "utf-8")
    yield from _read_json_lines(text, name, options or ReadOptions(), first_line)


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
    if not raw.strip():
        yield ReadProblem(source, "empty file")
        return
    binary = binary_kind(raw)
    if binary:
        yield ReadProblem(source, f"{binary}, not text (no article read)")
        return
    text, warning = decode(raw)
    if warning:
        yield ReadProblem(source, warning, skipped=False)
    text, removed = clean_controls(text)
    if removed:
        yield ReadProblem(source, describe_controls(removed), skipped=False)
    fmt = opts.input_format or sniff_format(name, text)
    if fmt == "txt":
        yield from _finish(_article_from_text(text, source, opts), opts)
    elif fmt == "jsonl":
        yield from _read_jsonl(text, source, opts)
    elif fmt == "csv":
        yield from _read_csv(text, source, opts)
    elif fmt == "html":
        yield from _read_html(text, source, opts)
    else:
        yield from _read_feed(raw if not removed else text.encode("utf-8"), source, opts)


def sniff_format(name: str, text: str) -> InputFormat:
    """The format by extension, corrected by the content: markup in a .txt (or in a file with no
    telling extension) is read as HTML or as a feed, a leading ``{`` or ``[`` as JSON."""
    by_ext = _EXTENSIONS.get(Path(name).suffix.lower()) if name != "-" else None
    if by_ext not in (None, "txt"):
        return by_ext  # type: ignore[return-value]
    head = text[:4096].lstrip().lower()
    if head.startswith("<"):
        if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
            return "feed"
        if any(tag in head for tag in ("<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div")):
            return "html"
    if by_ext is None and head[:1] in ("{", "["):
        return "jsonl"
    return "txt"


def _format_for(name: str, raw: bytes) -> InputFormat:
    """Kept for callers of the old helper: the format of a file's bytes."""
    return sniff_format(name, raw[:8192].decode("utf-8", errors="replace"))


def binary_kind(raw: bytes) -> str | None:
    """What a file is when it is not text ("a PDF", "binary file"), or None for text.

    Stray control bytes do not make a file binary when it decodes as UTF-8 and they are at most
    half of it (NULs and control characters in text are cleaned out with a warning, and its good
    records kept); more than 5% of control bytes in what is no UTF-8 make it binary, and so does a
    majority of control bytes. UTF-16 text (with its byte-order mark) is text."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            return what
    head = raw[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls <= len(head) * 0.05:
        return None
    if controls > len(head) * 0.5:
        return "binary file"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 3:  # not only a character cut at the end of the head
            return "binary file"
    return None


def _looks_binary(raw: bytes) -> bool:
    return binary_kind(raw) is not None


def decode(raw: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without BOM), UTF-16 with its BOM; otherwise Windows-1252 / Latin-1, with a
    warning saying so."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    try:
        return raw.decode("cp1252"), f"not valid UTF-8 ({where}); read as Windows-1252/Latin-1"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), f"not valid UTF-8 ({where}); read as Latin-1"


def _finish(item: Article | ReadProblem, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    """The last steps for every article: control characters out, language, length."""
    if isinstance(item, ReadProblem):
        yield item
        return
    where = item.source_name or item.id
    text, removed = clean_controls(item.text)
    if removed:
        yield ReadProblem(where, describe_controls(removed), skipped=False)
        item = dataclasses.replace(item, text=text)
    if not item.text.strip():
        yield ReadProblem(where, "no text left to code")
        return
    if opts.detect_language and item.language is None:
        from newsevents.read.language import detect_language

        item = dataclasses.replace(item, language=detect_language(item.text))
    yield from _check_size(item, opts)


def _check_size(item: Article | ReadProblem, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    if not isinstance(item, Article):
        yield item
        return
    n = len(item.text)
    where = item.source_name or item.id
    if n > opts.max_chars and opts.long_articles == "skip":
        yield ReadProblem(
            where,
            f"article is {n:,} characters, over the limit of {opts.max_chars:,} "
            "(split it into articles, raise --max-chars, or pass --long-articles split)",
        )
        return
    limit = max(1, min(opts.max_chars, opts.part_chars))
    if n <= limit:
        yield item
        return
    parts = split_text(item.text, limit)
    yield ReadProblem(
        where,
        f"article is {n:,} characters, over {limit:,}: split at paragraph boundaries into {len(parts)} parts "
        f"({item.id}-part1 … {item.id}-part{len(parts)}; each keeps its offset into the original)",
        skipped=False,
    )
    for k, part in enumerate(parts, start=1):
        yield dataclasses.replace(
            item,
            id=f"{item.id}-part{k}",
            text=part.text,
            part_of=item.id,
            offset=item.offset + part.start,
            source_name=f"{where} (part {k} of {len(parts)}, from character {part.start:,})",
        )


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
        present = ", ".join(sorted(str(k) for k in rec)) or "none"
        return ReadProblem(source, f"no text: expected a non-empty 'text' or 'body' field (fields: {present})")
    rid = rec.get("id")
    return _article_from_text(
        text,
        source,
        opts,
        article_id=str(rid) if rid not in (None, "") else None,
        title=_str_or_none(rec.get("title")),
        pub_date=parse_date(_raw_date(rec)),
        url=_str_or_none(rec.get("url")),
        publisher=_str_or_none(rec.get("publisher")),
    )


def _raw_date(rec: dict[str, Any]) -> Any:
    return next((rec[f] for f in DATE_FIELDS if rec.get(f)), None)


def _record_items(rec: dict[str, Any], source: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    """A JSON or CSV record's article, after a warning when its date is not a date."""
    item = _article_from_record(rec, source, opts)
    raw_date = _raw_date(rec)
    if isinstance(item, Article) and raw_date is not None and parse_date(raw_date) is None:
        yield ReadProblem(source, _bad_date(raw_date), skipped=False)
    yield from _finish(item, opts)


def _bad_date(raw: Any) -> str:
    return f"invalid date {str(raw)[:40]!r} (expected {DATE_FORMS}); read as undated"


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _read_html(text: str, source: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    from newsevents.read.web import read_html

    doc = read_html(text)
    if doc.reason:
        yield ReadProblem(source, doc.reason)
        return
    yield from _from_web(doc, source, opts)


def _read_feed(raw: bytes, source: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    from newsevents.read.web import read_feed

    docs, reason = read_feed(raw)
    if reason:
        yield ReadProblem(source, reason)
    for doc in docs:
        where = f"{source} {doc.where}"
        if doc.reason:
            yield ReadProblem(where, doc.reason)
            continue
        yield from _from_web(doc, where, opts)


def _from_web(doc: Any, where: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    pub_date = parse_date(doc.date)
    if doc.date and pub_date is None:
        yield ReadProblem(where, _bad_date(doc.date), skipped=False)
    yield from _finish(
        _article_from_text(
            doc.text, where, opts, title=doc.title, pub_date=pub_date, url=doc.url, publisher=doc.publisher
        ),
        opts,
    )


def _read_jsonl(text: str, source: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    if text.lstrip()[:1] == "[":
        try:
            records = json.loads(text)
        except json.JSONDecodeError:
            records = None  # JSON Lines whose first line is an array: read line by line
        if isinstance(records, list):
            yield from _read_json_array(records, source, opts)
            return
    yield from _read_json_lines(text, source, opts)


def _read_json_lines(text: str, source: str, opts: ReadOptions, first_line: int = 1) -> Iterator[Article | ReadProblem]:
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
        yield from _record_items(rec, where, opts)


def _read_json_array(records: list[Any], source: str, opts: ReadOptions) -> Iterator[Article | ReadProblem]:
    """A .json file holding one array of article objects (what many exports write)."""
    for n, rec in enumerate(records, start=1):
        where = f"{source}[{n}]"
        if not isinstance(rec, dict):
            yield ReadProblem(where, f"expected a JSON object, got {type(rec).__name__}")
            continue
        yield from _record_items(rec, where, opts)


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
            yield from _record_items(rec, f"{source}:{reader.line_num + line_offset}", opts)
    except csv.Error as e:
        yield ReadProblem(
            f"{source}:{reader.line_num + line_offset}", f"malformed CSV ({e}); the rest of the file is skipped"
        )
