"""Importable functions behind the CLI: code inputs into a store, analyze inputs."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from newsevents.code.coder import CODER
from newsevents.errors import StoreError
from newsevents.identity import fingerprint
from newsevents.pipeline import Failure, Pipeline
from newsevents.read import ReadOptions, ReadProblem, read_inputs
from newsevents.records import Article, CodedArticle
from newsevents.store.clusters import update_clusters
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
    other_languages: dict[str, int] = field(default_factory=dict)  # language -> articles stored, not coded
    not_coded: int = 0  # articles left for the next run when the run was asked to stop

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
    should_stop: Callable[[], bool] | None = None,
) -> RunSummary:
    """Read → code → store. Commits once per batch; articles stored unchanged are skipped: same title,
    text and publication date, same coder, same configuration (:func:`newsevents.identity.fingerprint`).
    Any other stored article is recoded and its old rows replaced.

    ``should_stop`` is asked before each batch (the CLI's SIGTERM / Ctrl-C handler): when it says
    yes, the run ends with every batch before committed. A database write that fails rolls the
    batch back and raises :class:`StoreError`; earlier batches stay stored."""
    summary = RunSummary()
    articles = collect(inputs, _parser_limits(options, pipeline), summary)
    config = fingerprint(pipeline.res)
    todo = []
    for a in articles:
        if summary.other_language(a):
            # stored as what it is (with its language), never coded: no English parse of Russian;
            # its coder says "not coded", so that once the language is coded a rerun codes it
            marker = f"not coded ({a.language})"
            if not store.is_current(a, marker, config):
                store.write(CodedArticle(a, (), (), (), (), ()), marker, config)
            continue
        if store.is_current(a, CODER, config):
            summary.unchanged += 1
        else:
            todo.append(a)
        if a.pub_date is None:
            summary.no_pub_date += 1
    store.commit()
    if on_total:
        on_total(len(articles) - sum(summary.other_languages.values()))
    if progress and summary.unchanged:
        progress(summary.unchanged)
    batch = max(1, pipeline.config.batch_size)
    update_clusters(store.conn)  # events stored by a run killed before it clustered them
    for start in range(0, len(todo), batch):
        if should_stop is not None and should_stop():
            summary.not_coded = len(todo) - start  # stopped between batches: all before is committed
            break
        chunk = todo[start : start + batch]
        done = (summary.articles, summary.sentences, summary.events)
        try:
            for coded in _code_chunk(pipeline, chunk, summary.failures):
                result = store.write(coded, CODER, config)
                summary.articles += 1
                summary.sentences += result.sentences
                summary.events += result.events
            store.commit()
        except sqlite3.Error as e:
            store.conn.rollback()
            raise StoreError(
                f"cannot write to {store.path}: {e}; the {done[0]} article(s) coded before this batch are stored, "
                "this batch is not: run the same command again to code the rest"
            ) from e
        update_clusters(store.conn, [a.id for a in chunk])  # cross-article clusters of the batch (store/clusters.py)
        if progress:
            progress(len(chunk))
    return summary


def _code_chunk(pipeline: Pipeline, chunk: list[Article], failures: list[Failure]) -> Iterator[CodedArticle]:
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
    articles = [a for a in collect(inputs, _parser_limits(options, pipeline), summary) if not summary.other_language(a)]
    return pipeline.pipe(articles, on_error=summary.failures.append), summary


def _parser_limits(options: ReadOptions | None, pipeline: Pipeline) -> ReadOptions:
    """The read options with ``part_chars`` no larger than the parser takes (spaCy's
    ``nlp.max_length``), so that an over-long article is split instead of failing the batch."""
    opts = options or ReadOptions()
    max_length = int(getattr(pipeline.res.nlp, "max_length", opts.part_chars))
    return dataclasses.replace(opts, part_chars=min(opts.part_chars, max_length))
