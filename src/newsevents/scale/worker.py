"""What runs on a Dask worker: code a list of articles with the worker's own pipeline.

Each worker process builds one :class:`~newsevents.pipeline.Pipeline` per configuration (model,
``--kb`` and ``--frames`` files, stages, batch size, the run's coded date) on its first task and
keeps it: the model and the knowledge load once per worker, not once per partition. Before coding,
the worker checks that its configuration fingerprint is the writer's, so that a worker with other
knowledge files or another version of the package never stores events under the writer's name.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from newsevents.errors import NewseventsError
from newsevents.identity import fingerprint
from newsevents.pipeline import Failure, Pipeline, PipelineConfig, Resources
from newsevents.records import Article, CodedArticle
from newsevents.run import code_chunk


class WorkerConfigError(NewseventsError):
    """A worker's configuration differs from the writer's."""


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs to build the writer's pipeline (small, sent with every task)."""

    model: str
    kb_files: tuple[str, ...]
    frame_files: tuple[str, ...]
    stages: tuple[str, ...]
    batch_size: int
    coded_date: dt.date
    config: str  # the writer's configuration fingerprint
    backoff: bool = False  # the learned backoff (stage backoff) on

    @staticmethod
    def of(pipeline: Pipeline) -> WorkerSettings:
        res = pipeline.res
        return WorkerSettings(
            model=res.model,
            kb_files=tuple(res.kb_files),
            frame_files=tuple(res.frame_files),
            stages=tuple(pipeline.config.stages),
            batch_size=pipeline.config.batch_size,
            coded_date=pipeline.coded_date,
            config=fingerprint(res),
            backoff=res.backoff,
        )


@dataclass(frozen=True)
class PartitionResult:
    """A partition's coded articles (in input order) and the articles the pipeline could not code."""

    coded: tuple[CodedArticle, ...]
    failures: tuple[Failure, ...]


_PIPELINES: dict[WorkerSettings, Pipeline] = {}
_LOCK = threading.Lock()


def worker_pipeline(settings: WorkerSettings) -> Pipeline:
    """This process's pipeline for ``settings``, built (model and knowledge loaded) on first use."""
    with _LOCK:
        pipeline = _PIPELINES.get(settings)
        if pipeline is None:
            res = Resources(
                model=settings.model,
                kb_files=settings.kb_files,
                frame_files=settings.frame_files,
                backoff=settings.backoff,
            )
            mine = fingerprint(res)
            if mine != settings.config:
                raise WorkerConfigError(
                    f"this worker's configuration fingerprint is {mine}, the writer's {settings.config}: install the "
                    "same newsevents, model and --kb/--frames files (at the same paths) on every worker"
                )
            pipeline = Pipeline(
                PipelineConfig(stages=settings.stages, batch_size=settings.batch_size, coded_date=settings.coded_date),
                res,
            )
            pipeline.warm_up()
            _PIPELINES[settings] = pipeline
        return pipeline


def adopt(pipeline: Pipeline) -> None:
    """Use ``pipeline`` (loaded in this process) for its settings: worker processes forked from this
    one inherit it (:mod:`newsevents.scale.forked`), as do in-process workers."""
    with _LOCK:
        _PIPELINES[WorkerSettings.of(pipeline)] = pipeline


def after_fork() -> None:
    """In a process forked from the one that loaded the pipelines: close the inherited connection
    to the gazetteer's index file (an SQLite connection must not be shared across a fork); the
    worker reopens its own on its first lookup."""
    for pipeline in _PIPELINES.values():
        if "gazetteer" in vars(pipeline.res):  # loaded (a cached property): never load it here
            pipeline.res.gazetteer.close()


def code_articles(settings: WorkerSettings, articles: list[Article]) -> PartitionResult:
    """Code one partition's articles (the Dask task). A failing article is reported, not raised."""
    pipeline = worker_pipeline(settings)
    failures: list[Failure] = []
    coded = tuple(code_chunk(pipeline, articles, failures))
    return PartitionResult(coded, tuple(failures))
