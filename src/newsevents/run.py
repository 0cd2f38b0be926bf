"""Importable functions behind the CLI: code inputs into a store, analyze inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsevents.code.coder import CODER
from newsevents.identity import fingerprint
from newsevents.pipeline import Failure, Pipeline
from newsevents.read import ReadOptions, ReadProblem
from newsevents.read.parts import DEFAULT_PARTITION_SIZE, Partition, plan, read_partition
from newsevents.records import Article, CodedArticle
from newsevents.store.db import Store


@dataclass
class RunSummary:
    articles: int = 0  # articles coded and written in this run
    unchanged: int = 0  # articles already stored as they are (same text, date, coder and configuration)
    sentences: int = 0
    events: int = 0
    no_pub_date: int = 0
    problems: list[ReadProblem] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

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
    """The articles not stored as they are (Store.is_current); the others count as unchanged."""
    todo = []
    for a in articles:
        if store.is_current(a, CODER, config):
            summary.unchanged += 1
        else:
            todo.append(a)
        if a.pub_date is None:
            summary.no_pub_date += 1
    return todo


def store_coded(store: Store, coded: CodedArticle, config: str, summary: RunSummary) -> None:
    result = store.write(coded, CODER, config)
    summary.articles += 1
    summary.sentences += result.sentences
    summary.events += result.events


def code_inputs(
    inputs: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    options: ReadOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> RunSummary:
    """Read → code → store, one partition of the inputs at a time (:mod:`newsevents.read.parts`), so
    that memory stays flat in the size of the corpus. Commits once per batch; articles stored
    unchanged are skipped: same title, text and publication date, same coder, same configuration
    (:func:`newsevents.identity.fingerprint`). Any other stored article is recoded and its old rows
    replaced. ``on_total`` gets the number of articles the inputs are expected to hold (before any
    is read); ``progress`` the number of articles dealt with, as they are."""
    summary = RunSummary()
    opts = options or ReadOptions()
    config = fingerprint(pipeline.res)
    partitions = list(plan(inputs, opts, partition_size))
    if on_total:
        on_total(sum(p.estimate for p in partitions if isinstance(p, Partition)))
    batch = max(1, pipeline.config.batch_size)
    for _, articles in read_partitions(opts, summary, partitions):
        todo = pending(articles, store, config, summary)
        if progress and len(todo) < len(articles):
            progress(len(articles) - len(todo))
        for start in range(0, len(todo), batch):
            chunk = todo[start : start + batch]
            for coded in pipeline.pipe(chunk, on_error=summary.failures.append):
                store_coded(store, coded, config, summary)
            store.commit()
            if progress:
                progress(len(chunk))
    return summary


def analyze_inputs(
    inputs: Sequence[str], pipeline: Pipeline, options: ReadOptions | None = None
) -> tuple[Iterator[CodedArticle], RunSummary]:
    summary = RunSummary()
    opts = options or ReadOptions()
    partitions = plan(inputs, opts)
    articles = (a for _, chunk in read_partitions(opts, summary, partitions) for a in chunk)
    return pipeline.pipe(articles, on_error=summary.failures.append), summary
