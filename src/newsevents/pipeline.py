"""The pipeline: runs the registered stages a config lists, in order, over articles.

This module only orchestrates; the stage contract (``Work``, ``Stage``, ``register``,
``Resources``) lives in :mod:`newsevents.work`, which every stage imports and which imports no
stage. :meth:`Pipeline.pipe` batches the articles through spaCy's ``nlp.pipe`` and applies an
error policy per article: ``"raise"`` (the library default) raises a
:class:`~newsevents.errors.StageError` naming the stage and the article; ``"skip"`` drops the
article; a callable receives a :class:`Failure` and the run goes on (the CLI reports them).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from newsevents.errors import NewseventsError, StageError
from newsevents.records import Article, CodedArticle
from newsevents.work import STAGES, Resources, Stage, StageFunc, Work, register

# Coded once by warm_up (written for the project): an actor, a place, a date and an event.
_WARM_UP_TEXT = "Kenyan police arrested ten protesters in Nairobi on Monday, officials said."

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsevents.parse.ahead import ParseAhead

__all__ = ["DEFAULT_STAGES", "Failure", "Pipeline", "PipelineConfig", "Resources", "Stage", "Work", "register"]

DEFAULT_STAGES: tuple[str, ...] = (
    "sentences",
    "dates",
    "places",
    "actors",
    "frames",
    "match",
    "told",
    "participants",
    "derive",
    "when",
    "where",
    "code",
    "backoff",
    "dedupe",
)


@dataclass(frozen=True)
class PipelineConfig:
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 32
    n_process: int = 1
    coded_date: dt.date | None = None  # the run's date on every event; None: the day the Pipeline is built


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not code."""

    article_id: str
    source: str | None
    reason: str
    stage: str | None = None


OnError = Literal["raise", "skip"] | Callable[[Failure], None]


def load_stage_modules() -> None:
    """Import the modules that register the built-in stages."""
    import newsevents.backoff.stage  # noqa: F401
    import newsevents.code.coder  # noqa: F401
    import newsevents.dedupe.merge  # noqa: F401
    import newsevents.derive.stage  # noqa: F401
    import newsevents.frame.stage  # noqa: F401
    import newsevents.match.stage  # noqa: F401
    import newsevents.participants.stage  # noqa: F401
    import newsevents.recognize.mentions  # noqa: F401
    import newsevents.recognize.places  # noqa: F401
    import newsevents.when.stage  # noqa: F401
    import newsevents.where.stage  # noqa: F401


class Pipeline:
    """Runs the configured stages over articles."""

    def __init__(self, config: PipelineConfig | None = None, resources: Resources | None = None) -> None:
        load_stage_modules()
        self.config = config or PipelineConfig()
        self.res = resources or Resources()
        self.coded_date = self.config.coded_date or dt.date.today()
        missing = [s for s in self.config.stages if s not in STAGES]
        if missing:
            raise NewseventsError(f"unknown pipeline stage(s): {', '.join(missing)}; known: {', '.join(STAGES)}")
        self.stages = [STAGES[s] for s in self.config.stages]
        have: set[str] = {"doc", "article"}
        for st in self.stages:
            lacking = [r for r in st.requires if r not in have]
            if lacking:
                raise NewseventsError(f"stage {st.name!r} needs {', '.join(lacking)}, set by no earlier stage")
            have.update(st.sets)
        self._funcs: list[tuple[Stage, StageFunc]] | None = None
        self._before_first: Callable[[], None] | None = None
        self._ready: Callable[[], bool] | None = None
        self._ahead: ParseAhead | None = None

    @contextmanager
    def parse_ahead(self) -> Iterator[None]:
        """Within it, every parse runs in one thread of its own (parse/ahead.py), so that
        :meth:`parse` returns at once and the batch parses while this thread codes the one before.
        Nothing changes with ``n_process`` > 1 (spaCy's own processes parse)."""
        if self._ahead is not None or self.config.n_process > 1:
            yield
            return
        from newsevents.parse.ahead import ParseAhead

        with ParseAhead(self.res.nlp, self.config.batch_size) as ahead:
            self._ahead = ahead
            try:
                yield
            finally:
                self._ahead = None

    def parse(self, articles: Sequence[Article]) -> Future[list[Doc]]:
        """The articles' documents: parsing in the parse thread within :meth:`parse_ahead`, else
        parsed now. A spaCy error comes out of ``result()``."""
        texts = [a.text for a in articles]
        if self._ahead is not None:
            return self._ahead.parse(texts)
        done: Future[list[Doc]] = Future()
        try:
            done.set_result(list(self.res.nlp.pipe(texts, batch_size=self.config.batch_size)))
        except (ValueError, RuntimeError) as e:  # spaCy's errors, out of result() as from the thread
            done.set_exception(e)
        return done

    def before_first_article(self, prepare: Callable[[], None], ready: Callable[[], bool] | None = None) -> None:
        """Call ``prepare`` once, before the first article is coded, i.e. after the first batch is
        parsed (the parse needs only the model). ``newsevents code`` on a new machine waits there for
        the gazetteer index compiling in another process (scale/prebuild.py) and warms up, so the
        first batch's parse overlaps the compilation. ``ready`` says whether ``prepare`` would
        return at once (:meth:`ready_to_code`)."""
        self._before_first = prepare
        self._ready = ready

    def ready_to_code(self) -> bool:
        """False while coding would first wait for what :meth:`before_first_article` prepares (a run
        parsing ahead parses more batches meanwhile)."""
        return self._before_first is None or self._ready is None or self._ready()

    def _stage_funcs(self) -> list[tuple[Stage, StageFunc]]:
        """Each stage built once from the resources (the knowledge loads here, on first use)."""
        if self._funcs is None:
            self._funcs = [(st, st.factory(self.res)) for st in self.stages]
        return self._funcs

    def warm_up(self) -> None:
        """Load the model and build the stages now (otherwise the first article pays for it), code
        one short sentence of our own so that the tables built on first use exist too, and move
        everything loaded into the garbage collector's permanent generation (``gc.freeze``): the
        model and the knowledge (about 340,000 objects) live as long as the process, and a full
        collection that scanned them cost about 0.15 s each time it ran during a run (and, in
        forked workers, wrote to pages shared with the parent)."""
        _ = self.res.nlp
        self._stage_funcs()
        self.code(Article(id="warm-up", text=_WARM_UP_TEXT, pub_date=dt.date(2000, 1, 3)))
        gc.collect()
        gc.freeze()

    def code_doc(self, article: Article, doc: Doc) -> CodedArticle:
        """Run every stage over one parsed article. A stage's failure is a StageError naming it."""
        from newsevents.parse.tree import open_index, release

        if self._before_first is not None:
            prepare, self._before_first = self._before_first, None
            prepare()
        work = Work(article=article, doc=doc, coded_date=self.coded_date, index=open_index(doc))
        try:
            for st, func in self._stage_funcs():
                try:
                    func(work)
                except NewseventsError:
                    raise
                except Exception as e:  # any failure inside a stage is that stage's, named with the article
                    raise StageError(st.name, article.id, f"{type(e).__name__}: {e}") from e
            return work.freeze()
        finally:
            release(doc)

    def code(self, article: Article) -> CodedArticle:
        if self._ahead is not None:  # the model runs in one thread only
            return self.code_doc(article, self._ahead.parse([article.text]).result()[0])
        return self.code_doc(article, self.res.nlp(article.text))

    def pipe(self, articles: Iterable[Article], on_error: OnError = "raise") -> Iterator[CodedArticle]:
        """Code articles in batches. ``on_error``: ``"raise"`` (default) raises the StageError,
        ``"skip"`` drops the article, a callable gets a :class:`Failure` and the article is skipped."""
        if not (on_error in ("raise", "skip") or callable(on_error)):
            raise NewseventsError(f"on_error must be 'raise', 'skip' or a callable, not {on_error!r}")
        if self._ahead is not None:
            chunk = list(articles)
            yield from self.code_parsed(chunk, self._ahead.parse([a.text for a in chunk]).result(), on_error)
            return
        nlp = self.res.nlp
        pairs = ((a.text, a) for a in articles)
        kwargs: dict[str, Any] = {"batch_size": self.config.batch_size, "as_tuples": True}
        if self.config.n_process > 1:
            kwargs["n_process"] = self.config.n_process
        for doc, article in nlp.pipe(pairs, **kwargs):
            yield from self.code_parsed([article], [doc], on_error)

    def code_parsed(
        self, articles: Sequence[Article], docs: Sequence[Doc], on_error: OnError = "raise"
    ) -> Iterator[CodedArticle]:
        """Code parsed articles (``docs[i]`` is the parse of ``articles[i]``) under the error
        policy of :meth:`pipe`."""
        for article, doc in zip(articles, docs, strict=True):
            try:
                yield self.code_doc(article, doc)
            except NewseventsError as e:
                if on_error == "raise":
                    raise
                if callable(on_error):
                    stage = e.stage if isinstance(e, StageError) else None
                    on_error(Failure(article.id, article.source_name, str(e), stage))
