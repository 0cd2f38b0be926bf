"""What the participants stage decides about a frame's doers is on its record (progress.Cast), and the coder reads
it there (arch41): the speech verb a plain past beside a reported clause continues (Cast.continues, read by
Cast.continued), the phrases naming whom the doers follow (Cast.leaders, participants/ledby: read by the coder at the
event's date) and the speaker of a reported clause (Cast.speakers). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest

from newsevents.parse.tree import open_index, release
from newsevents.progress import Cast, Discourse
from newsevents.records import Article, Event
from newsevents.work import Work

DAY = dt.date(2005, 3, 7)


def _work(pipeline: Any, text: str, last: str) -> Work:
    """The work of ``text`` after the stages up to ``last`` (its index left open: ``_finish`` releases it)."""
    article = Article(id="a41", text=text, pub_date=DAY)
    doc = pipeline.res.nlp(text)
    work = Work(article=article, doc=doc, coded_date=DAY, index=open_index(doc))
    for st, func in pipeline._stage_funcs():
        func(work)
        if st.name == last:
            break
    return work


def _finish(pipeline: Any, work: Work, after: str) -> list[Event]:
    """The events of ``work`` once the stages after ``after`` have run."""
    started = False
    for st, func in pipeline._stage_funcs():
        if started:
            func(work)
        started = started or st.name == after
    release(work.doc)
    return list(work.events)


def _casts(work: Work) -> dict[str, Cast]:
    return {work.doc[c.token_i].text: c for c in work.participants}


def test_continued_takes_the_recorded_speech_verb_for_a_continuing_code_only() -> None:
    cast = Cast(4, (), Discourse(), continues=1)
    roots = frozenset({"10"})
    appeal: Any = SimpleNamespace(code=SimpleNamespace(root="10"))
    blow: Any = SimpleNamespace(code=SimpleNamespace(root="18"))
    assert cast.continued(appeal, roots) == 1
    assert cast.continued(blow, roots) is None
    assert cast.continued(None, roots) is None
    assert replace(cast, continues=None).continued(appeal, roots) is None


@pytest.mark.model
def test_the_participants_stage_records_the_speech_verb_a_plain_past_continues(pipeline: Any) -> None:
    text = "The Peruvian ministry denied that its police had fired on the marchers and urged both groups to stay calm."
    work = _work(pipeline, text, "participants")
    release(work.doc)
    casts = _casts(work)
    denied = next(t.i for t in work.doc if t.text == "denied")
    assert casts["urged"].continues == denied
    assert casts["fired"].continues is None


@pytest.mark.model
def test_the_participants_stage_records_the_leader_and_the_coder_gives_his_side(pipeline: Any) -> None:
    text = "Militiamen led by Joseph Kony burned a market near the border on Tuesday."
    work = _work(pipeline, text, "participants")
    assert [text[a:b] for a, b in _casts(work)["burned"].leaders] == ["Joseph Kony"]
    events = _finish(pipeline, work, "participants")
    burned = [e for e in events if e.event_text == "burned"]
    assert burned and {a.country for a in burned[0].actor} == {"UGA"}


@pytest.mark.model
def test_the_coder_reads_the_leader_from_the_record(pipeline: Any) -> None:
    # the record emptied, the coder finds no leader of its own
    text = "Militiamen led by Joseph Kony burned a market near the border on Tuesday."
    work = _work(pipeline, text, "participants")
    work.participants = [replace(c, leaders=()) for c in work.participants]
    burned = [e for e in _finish(pipeline, work, "participants") if e.event_text == "burned"]
    assert not burned or "UGA" not in {a.country for a in burned[0].actor}


@pytest.mark.model
def test_a_leader_of_no_known_country_is_recorded_but_gives_no_side(pipeline: Any) -> None:
    text = "Soldiers led by an unnamed captain seized the radio station on Monday."
    work = _work(pipeline, text, "participants")
    assert [text[a:b] for a, b in _casts(work)["seized"].leaders] == ["an unnamed captain"]
    seized = [e for e in _finish(pipeline, work, "participants") if e.event_text == "seized"]
    assert seized and {a.country for a in seized[0].actor} == {None}


@pytest.mark.model
def test_the_participants_stage_records_the_speaker_of_a_reported_clause(pipeline: Any) -> None:
    text = "Chile's interior minister said that two journalists were detained near the border on Friday."
    work = _work(pipeline, text, "participants")
    release(work.doc)
    casts = _casts(work)
    assert {r.country for r in casts["detained"].speakers} == {"CHL"}
    assert casts["said"].speakers == ()
