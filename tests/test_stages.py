"""Each stage of the coding pipeline reads only what it declares it needs and writes only what it
declares it sets; the frames an article shows are the frames its events were built from."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

import pytest

from newsevents.parse.tree import open_index, release
from newsevents.pipeline import DEFAULT_STAGES, Pipeline, PipelineConfig
from newsevents.records import Article, CodedArticle
from newsevents.work import Work

pytestmark = pytest.mark.model

# Always there: what the pipeline builds the work from.
GIVEN = {"article", "doc", "coded_date", "index"}
FIELDS = [f.name for f in dataclasses.fields(Work)]

# Written for these tests: a dateline, a speech verb with a reported demand, a pronoun, a
# retold attack, a judged act, a planned act, a claim.
TEXT = (
    "Israeli jets bombed a camp in Gaza on Monday. The strike killed 12 Palestinians. "
    "Kenya condemned an airstrike by Somali aircraft on the border town of Mandera. "
    "President William Ruto met opposition leaders in Nairobi on Tuesday. "
    "He said Somalia must stop the attacks. Police arrested 40 protesters. "
    "Houthi rebels claimed that they had attacked a Saudi oil facility. "
    "Kenya plans to send troops to Somalia next week."
)


class _Guarded:
    """A work whose fields a stage may touch only if it declared them."""

    def __init__(self, work: Work, allowed: set[str], stage: str) -> None:
        object.__setattr__(self, "_work", work)
        object.__setattr__(self, "_allowed", allowed)
        object.__setattr__(self, "_stage", stage)

    def __getattr__(self, name: str) -> Any:
        if name not in self._allowed:
            raise AssertionError(f"stage {self._stage!r} reads {name!r}, which it does not declare")
        return getattr(self._work, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self._allowed:
            raise AssertionError(f"stage {self._stage!r} writes {name!r}, which it does not declare")
        setattr(self._work, name, value)


def _state(work: Work) -> dict[str, Any]:
    return {name: copy.copy(getattr(work, name)) for name in FIELDS if name not in GIVEN}


def test_each_stage_needs_only_what_it_requires_and_sets_only_what_it_declares(pipeline: Any) -> None:
    p = Pipeline(PipelineConfig(coded_date=dt.date(2024, 6, 13)), pipeline.res)
    article = Article(id="contract", text=TEXT, pub_date=dt.date(2024, 6, 12), dateline="NAIROBI")
    doc = p.res.nlp(article.text)
    index = open_index(doc)
    full = Work(article=article, doc=doc, coded_date=p.coded_date, index=index)
    assert [st.name for st in p.stages] == list(DEFAULT_STAGES)
    for st in p.stages:
        before = _state(full)
        st.factory(p.res)(full)  # the reference run: every field present
        after = _state(full)
        # the same stage on a work that holds only what it requires
        alone = Work(article=article, doc=doc, coded_date=p.coded_date, index=index)
        for name in st.requires:
            if name not in GIVEN:
                setattr(alone, name, copy.copy(before[name]))
        st.factory(p.res)(_Guarded(alone, GIVEN | set(st.requires) | set(st.sets), st.name))  # type: ignore[arg-type]
        fresh = _state(Work(article=article, doc=doc, coded_date=p.coded_date, index=index))
        for name in FIELDS:
            if name in GIVEN:
                continue
            got = getattr(alone, name)
            if name in st.sets:
                assert got == after[name], f"stage {st.name!r} sets {name!r} differently with only its inputs"
            elif name in st.requires:
                assert got == before[name], f"stage {st.name!r} changes {name!r}, which it only requires"
            else:
                assert got == fresh[name], f"stage {st.name!r} writes {name!r}"
        changed = {name for name in after if after[name] != before[name]}
        assert changed <= set(st.sets), f"stage {st.name!r} changes {changed - set(st.sets)} undeclared"
    release(doc)
    assert full.events and full.retellings  # the text exercised the coder and its links


def _frames_at(coded: CodedArticle) -> dict[tuple[int, int], Any]:
    return {(f.trigger_start, f.trigger_end): f for f in coded.frames}


@pytest.mark.parametrize(
    "text, event, modality, date",
    [
        ("Kenya plans to send troops to Somalia next week.", "THREATEN", "future", "2024-06-17"),
        (
            "Houthi rebels claimed that they had attacked a Saudi oil facility on Sunday.",
            "ASSAULT",
            "reported",
            "2024-06-09",
        ),  # fmt: skip
        # a clause of "as" happens when its head does
        (
            "Ugandan police arrested 30 people in Kampala on Monday as hundreds of students marched on parliament.",
            "PROTEST",
            "asserted",
            "2024-06-10",
        ),  # fmt: skip
        ("Uganda agreed to withdraw its troops from Somalia next week.", "AGREE", "asserted", "2024-06-12"),
        ("Kenya said it had arrested 12 Somali militants.", "COERCE", "asserted", "2024-06-12"),
        # the act a statement judges keeps its own date, not the statement's
        (
            "Kenya on Monday condemned an airstrike by Somali aircraft on Mandera.",
            "ASSAULT",
            "asserted",
            "2024-06-12",
        ),  # fmt: skip
    ],
)
def test_analyzed_frames_agree_with_the_events_built_from_them(
    pipeline: Any, text: str, event: str, modality: str, date: str
) -> None:
    coded = pipeline.code(Article(id="f", text=text, pub_date=dt.date(2024, 6, 12)))
    ev = next(e for e in coded.events if e.event == event)
    assert (ev.modality, ev.date) == (modality, date)
    frames = _frames_at(coded)
    for e in coded.events:
        frame = frames[(e.start_char, e.end_char)]
        assert frame.modality == e.modality, (frame.trigger_text, frame.reasons)
        dates = [text[a:b] for a, b in frame.date_spans]
        assert e.date_text in dates if e.date_text else dates == [], (frame.trigger_text, dates)


def test_the_coder_links_a_retold_attack_and_dedupe_merges_it(pipeline: Any) -> None:
    text = "Israeli jets bombed a camp in Gaza. The strike killed 12 Palestinians on Monday."
    article = Article(id="r", text=text, pub_date=dt.date(2024, 6, 12))
    stages = tuple(s for s in DEFAULT_STAGES if s != "dedupe")
    told = Pipeline(PipelineConfig(stages=stages), pipeline.res).code(article).events
    assert [(e.event, e.sentence_index) for e in told] == [("ASSAULT", 0), ("ASSAULT", 1)]
    merged = pipeline.code(article).events
    assert len(merged) == 1 and merged[0].date == "2024-06-10" and len(merged[0].mentions) == 2
