"""Importable functions behind the CLI: code inputs into a store, analyze inputs."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsevents.code.coder import CODER
from newsevents.errors import StoreError
from newsevents.identity import fingerprint
from newsevents.parse.ahead import Pacer
from newsevents.pipeline import Failure, Pipeline
from newsevents.read import ReadOptions, ReadProblem
from newsevents.read.parts import DEFAULT_PARTITION_SIZE, Partition, plan, read_partition
from newsevents.records import Article, CodedArticle
from newsevents.store.db import EventFilter, Store, run_owner

if TYPE_CHECKING:
    from spacy.tokens import Doc


MAX_AHEAD = 8  # batches parsed ahead at most, while the first article waits (see code_inputs)


@dataclass
class RunSummary:
    articles: int = 0  # articles coded and written in this run
    unchanged: int = 0  # articles already stored as they are (same text, date, coder and configuration)
    sentences: int = 0
    events: int = 0
    no_pub_date: int = 0
    problems: list[ReadProblem] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    other_languages: dict[str, int] = field(default_factory=dict)  # language -> articles stored, not coded
    not_coded: int = 0  # articles left for the next run when the run was asked to stop
    left_to_others: int = 0  # articles another run on the same database was coding (Store.claim)

    def other_language(self, article: Article) -> bool:
        """Count the article when it is in a language the pipeline does not code."""
        from newsevents.read.language import coded_languages

        if article.language is None or article.language in coded_languages():
            return False
        self.other_languages[article.language] = self.other_languages.get(article.language, 0) + 1
        return True

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.skipped) + len(self.failures)

    @property
    def warnings(self) -> list[ReadProblem]:
        return [p for p in self.problems if not p.skipped]


class SeenIds:
    """The article ids read in this run, each with a hash of its content: memory-light (an id and an
    int an article), so that a run streams its inputs and still catches an id read twice. A repeat
    with the same content is dropped silently; a different article under an id already read is
    skipped and reported (the first read is kept)."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def admit(self, article: Article, summary: RunSummary) -> bool:
        key = hash((article.text, article.title, article.pub_date, article.publisher, article.url, article.dateline))
        first = self._seen.get(article.id)
        if first is None:
            self._seen[article.id] = key
            return True
        if first == key:
            return False
        summary.problems.append(
            ReadProblem(
                article.source_name or article.id,
                f"duplicate id {article.id!r}: another article with this id was read earlier in this run "
                "(the first is kept)",
            )
        )
        return False


def read_partitions(
    options: ReadOptions, summary: RunSummary, partitions: Iterable[Partition | ReadProblem]
) -> Iterator[tuple[Partition, list[Article]]]:
    """Each partition's articles, read one partition at a time (problems go into the summary; an id
    read twice is admitted once, see :class:`SeenIds`)."""
    seen = SeenIds()
    for item in partitions:
        if isinstance(item, ReadProblem):
            summary.problems.append(item)
            continue
        articles = []
        for a in read_partition(item, options):
            if isinstance(a, ReadProblem):
                summary.problems.append(a)
            elif seen.admit(a, summary):
                articles.append(a)
        yield item, articles


def pending(articles: Sequence[Article], store: Store, config: str, summary: RunSummary) -> list[Article]:
    """The articles to code: not stored as they are (Store.is_current); the others count as
    unchanged. An article in a language the pipeline does not code is stored as what it is (with
    its language), never coded: its coder says "not coded", so that once the language is coded a
    rerun codes it. Commits what it stored."""
    todo = []
    current = store.current_ids(articles, CODER, config)
    for a in articles:
        if summary.other_language(a):
            marker = f"not coded ({a.language})"
            if not store.is_current(a, marker, config):
                store.write(CodedArticle(a, (), (), (), (), ()), marker, config)
            continue
        if a.id in current:
            summary.unchanged += 1
        else:
            todo.append(a)
        if a.pub_date is None:
            summary.no_pub_date += 1
    store.commit()
    return todo


def store_batch(
    store: Store,
    coded: Iterable[CodedArticle],
    config: str,
    summary: RunSummary,
    batch: Sequence[Article],
    *,
    force: bool = False,
) -> None:
    """Write the coded articles of ``batch`` and commit them as one transaction, then cluster the
    batch's events across articles (:mod:`newsevents.store.clusters`). A database write that fails
    rolls the batch back and raises :class:`StoreError`; earlier batches stay stored."""
    done = summary.articles
    coded = list(coded)  # coded before the write transaction opens: the lock is held only to write
    try:
        for c in coded:
            result = store.write(c, CODER, config, force=force)
            summary.articles += 1
            summary.sentences += result.sentences
            summary.events += result.events
        store.commit()
    except sqlite3.Error as e:
        store.conn.rollback()
        raise StoreError(
            f"cannot write to {store.location}: {e}; the {done} article(s) coded before this batch are stored, "
            "this batch is not: run the same command again to code the rest"
        ) from e
    store.update_clusters([a.id for a in batch])  # cross-article clusters of the batch


def code_inputs(
    inputs: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    options: ReadOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    parse_ahead: bool = False,
) -> RunSummary:
    """Read → code → store, one partition of the inputs at a time (:mod:`newsevents.read.parts`), so
    that memory stays flat in the size of the corpus. Commits once per batch; articles stored
    unchanged are skipped: same title, text and publication date, same coder, same configuration
    (:func:`newsevents.identity.fingerprint`). Any other stored article is recoded and its old rows
    replaced. ``on_total`` gets the number of articles the inputs are expected to hold (before any
    is read); ``progress`` the number of articles dealt with, as they are.

    ``should_stop`` is asked before each batch (the CLI's SIGTERM / Ctrl-C handler): when it says
    yes, the run ends with every batch before committed. A database write that fails rolls the
    batch back and raises :class:`StoreError`; earlier batches stay stored. ``parse_ahead``: parse
    the next batch in a thread while this one is coded and stored (:meth:`Pipeline.parse_ahead`;
    the same events, faster with a second core; ``newsevents code`` does)."""
    summary = RunSummary()
    opts = parser_limits(options, pipeline)
    config = fingerprint(pipeline.res)
    partitions = list(plan(inputs, opts, partition_size))
    if on_total:
        on_total(sum(p.estimate for p in partitions if isinstance(p, Partition)))
    batch = max(1, pipeline.config.batch_size)
    store.update_clusters()  # events stored by a run killed before it clustered them
    owner = run_owner()
    # Batches claimed and parsing (in the parse thread with ``parse_ahead``), not yet stored: the
    # next batch parses while this thread codes, writes and clusters the one before.
    inflight: deque[tuple[list[Article], Future[list[Doc]], int]] = deque()
    pacer = Pacer(enabled=parse_ahead)  # ahead, or serial when that is faster here (a busy machine)

    def finish() -> None:
        mine, parsing, size = inflight.popleft()
        try:
            store_batch(store, code_parsed(pipeline, mine, parsing, summary.failures), config, summary, mine)
        finally:  # stored or not, the articles are this run's no more
            store.release([a.id for a in mine], owner)
        pacer.finished(sum(len(a.text) for a in mine), count=len(inflight) <= 1)
        if progress:
            progress(size)

    with pipeline.parse_ahead() if parse_ahead else contextlib.nullcontext():
        try:
            for partition, articles in read_partitions(opts, summary, partitions):
                todo = pending(articles, store, config, summary)
                if progress and len(todo) < len(articles):
                    progress(len(articles) - len(todo))
                for start in range(0, len(todo), batch):
                    if should_stop is not None and should_stop():  # stopped between batches: all before is committed
                        # the batch parsed ahead is not coded (the finally releases its claim)
                        ahead = sum(size for _, _, size in inflight)
                        summary.not_coded = len(todo) - start + unread(partitions, partition.index) + ahead
                        return summary
                    chunk = todo[start : start + batch]
                    mine = claimed(store, chunk, owner, config, summary)
                    if mine:
                        inflight.append((mine, pipeline.parse(mine), len(chunk)))
                    elif progress:
                        progress(len(chunk))
                    # one batch ahead (or none); more while coding would wait (a first run's gazetteer index)
                    depth = 1 if pacer.ahead() else 0
                    while len(inflight) > depth and (len(inflight) > MAX_AHEAD or pipeline.ready_to_code()):
                        finish()
            while inflight:
                finish()
        finally:  # a run that fails leaves no claim behind
            if inflight:
                store.release([a.id for mine, _, _ in inflight for a in mine], owner)
    return summary


def claimed(store: Store, chunk: Sequence[Article], owner: str, config: str, summary: RunSummary) -> list[Article]:
    """The articles of ``chunk`` this run codes: those it could claim (another run on the same
    database is coding the others: counted, left to it) and that no other run has stored meanwhile."""
    got = set(store.claim([a.id for a in chunk], owner))
    summary.left_to_others += sum(1 for a in chunk if a.id not in got)
    mine = [a for a in chunk if a.id in got]
    stored = store.current_ids(mine, CODER, config)  # by another run since this one read them
    summary.unchanged += len(stored)
    if stored:
        store.release(sorted(stored), owner)
    return [a for a in mine if a.id not in stored]


def recode_stored(
    store: Store,
    pipeline: Pipeline,
    where: EventFilter | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> RunSummary:
    """Recode stored articles in place from their stored text, under this pipeline's configuration:
    all coded articles, or (``where``) those with an event the filter keeps. Each article's events
    are replaced (event ids are content hashes of the article, sentence, trigger and code, so an
    event coded the same keeps its id); batches commit and cluster as a `code` run's do."""
    summary = RunSummary()
    config = fingerprint(pipeline.res)
    ids = store.article_ids(where)
    if on_total:
        on_total(len(ids))
    batch = max(1, pipeline.config.batch_size)
    for start in range(0, len(ids), batch):
        if should_stop is not None and should_stop():
            summary.not_coded = len(ids) - start
            break
        chunk = list(store.stored_articles(ids[start : start + batch]))
        summary.no_pub_date += sum(1 for a in chunk if a.pub_date is None)
        store_batch(store, code_chunk(pipeline, chunk, summary.failures), config, summary, chunk, force=True)
        if progress:
            progress(len(chunk))
    return summary


def unread(partitions: Sequence[Partition | ReadProblem], after: int) -> int:
    """The articles expected in the partitions after the one numbered ``after`` (a run that stops
    early reads no further; some of these may be stored already, and a rerun skips them)."""
    return sum(p.estimate for p in partitions if isinstance(p, Partition) and p.index > after)


def code_parsed(
    pipeline: Pipeline, chunk: list[Article], parsing: Future[list[Doc]], failures: list[Failure]
) -> Iterator[CodedArticle]:
    """:func:`code_chunk` for a chunk whose parse was started (:meth:`Pipeline.parse`): when the
    parser failed on the batch, the articles are parsed and coded one by one."""
    try:
        docs = parsing.result()
    except (ValueError, RuntimeError):
        yield from code_chunk(pipeline, chunk, failures)
        return
    yield from pipeline.code_parsed(chunk, docs, on_error=failures.append)


def code_chunk(pipeline: Pipeline, chunk: list[Article], failures: list[Failure]) -> Iterator[CodedArticle]:
    """The chunk's coded articles. A stage's failure is the article's (the pipeline reports it);
    when the parser itself fails on the batch (spaCy raises out of ``nlp.pipe``), the articles
    not yet coded are coded one by one, so that only the article at fault is lost."""
    done: set[str] = set()
    try:
        for coded in pipeline.pipe(chunk, on_error=failures.append):
            done.add(coded.article.id)
            yield coded
        return
    except (ValueError, RuntimeError):
        pass
    failed = {f.article_id for f in failures}
    for article in chunk:
        if article.id in done or article.id in failed:
            continue
        try:
            yield from pipeline.pipe([article], on_error=failures.append)
        except (ValueError, RuntimeError) as e:
            failures.append(Failure(article.id, article.source_name, f"{type(e).__name__}: {e}"))


def analyze_inputs(
    inputs: Sequence[str], pipeline: Pipeline, options: ReadOptions | None = None
) -> tuple[Iterator[CodedArticle], RunSummary]:
    summary = RunSummary()
    opts = parser_limits(options, pipeline)
    partitions = plan(inputs, opts)
    articles = (
        a for _, chunk in read_partitions(opts, summary, partitions) for a in chunk if not summary.other_language(a)
    )
    return pipeline.pipe(articles, on_error=summary.failures.append), summary


def parser_limits(options: ReadOptions | None, pipeline: Pipeline) -> ReadOptions:
    """The read options with ``part_chars`` no larger than the parser takes (spaCy's
    ``nlp.max_length``), so that an over-long article is split instead of failing the batch."""
    from newsevents.parse.nlp import MIN_MAX_LENGTH

    opts = options or ReadOptions()
    if opts.part_chars <= MIN_MAX_LENGTH:  # within what every loaded model takes: no need to load it here
        return opts
    max_length = int(getattr(pipeline.res.nlp, "max_length", opts.part_chars))
    return dataclasses.replace(opts, part_chars=min(opts.part_chars, max_length))
