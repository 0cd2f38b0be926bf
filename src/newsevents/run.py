"""Importable functions behind the CLI: code inputs into a store, analyze inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from newsevents.code.coder import CODER
from newsevents.identity import fingerprint
from newsevents.pipeline import Failure, Pipeline
from newsevents.read import ReadOptions, ReadProblem, read_inputs
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


def collect(inputs: Sequence[str], options: ReadOptions, summary: RunSummary) -> list[Article]:
    """Read all inputs; problems go into the summary. Duplicate ids keep the last article."""
    articles: dict[str, Article] = {}
    for item in read_inputs(inputs, options):
        if isinstance(item, ReadProblem):
            summary.problems.append(item)
        else:
            articles[item.id] = item
    return list(articles.values())


def code_inputs(
    inputs: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    options: ReadOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> RunSummary:
    """Read → code → store. Commits once per batch; articles stored unchanged are skipped: same title,
    text and publication date, same coder, same configuration (:func:`newsevents.identity.fingerprint`).
    Any other stored article is recoded and its old rows replaced."""
    summary = RunSummary()
    articles = collect(inputs, options or ReadOptions(), summary)
    config = fingerprint(pipeline.res)
    todo = []
    for a in articles:
        if store.is_current(a, CODER, config):
            summary.unchanged += 1
        else:
            todo.append(a)
        if a.pub_date is None:
            summary.no_pub_date += 1
    if on_total:
        on_total(len(articles))
    if progress and summary.unchanged:
        progress(summary.unchanged)
    batch = max(1, pipeline.config.batch_size)
    for start in range(0, len(todo), batch):
        chunk = todo[start : start + batch]
        for coded in pipeline.pipe(chunk, on_error=summary.failures.append):
            result = store.write(coded, CODER, config)
            summary.articles += 1
            summary.sentences += result.sentences
            summary.events += result.events
        store.commit()
        if progress:
            progress(len(chunk))
    return summary


def analyze_inputs(
    inputs: Sequence[str], pipeline: Pipeline, options: ReadOptions | None = None
) -> tuple[Iterator[CodedArticle], RunSummary]:
    summary = RunSummary()
    articles = collect(inputs, options or ReadOptions(), summary)
    return pipeline.pipe(articles, on_error=summary.failures.append), summary
