"""Clauses the background rule left out that tell an act of their own (absorb58, code/toldtime.py),
each on sentences written for this test (none taken from a gold or blind set), with the traps that
must stay background."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2021, 6, 8)

_code = partial(code_events, pub_date=PUB)


def _types(pipeline: Any, text: str) -> dict[str, str | None]:
    return {e.event_text: e.event for e in _code(pipeline, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The truce, brokered by Qatari diplomats, ended two weeks of fighting in Gaza.",
        "Under the accord, brokered by Norway, both armies will pull back from the border.",
    ],
)
def test_a_participle_of_origin_set_off_or_dated_tells_the_mediation(pipeline: Any, text: str) -> None:
    told = _types(pipeline, text)
    assert "brokered" in told, told


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia and Paraguay signed a river accord on Friday, in a deal brokered by Uruguay.",
        "Bolivia and Paraguay signed a river accord brokered on Friday by Uruguay.",
    ],
)
def test_a_participle_of_origin_said_in_passing_stays_background(pipeline: Any, text: str) -> None:
    assert "brokered" not in _types(pipeline, text)


@pytest.mark.model
def test_a_pronoun_clause_with_a_time_of_its_own_tells_the_act(pipeline: Any) -> None:
    from newsevents.code.toldby import told_by_party

    nlp = pipeline.res.nlp
    dated = nlp("The junta lifted the curfew it had imposed on Friday in the capital.")
    later = nlp("Parliament passed the budget law, a plan it later dropped.")
    plain = nlp("The rebels ignored the deadline he had set.")
    by_which = nlp("Greece pointed to the sinking of a ferry, which it blamed on Turkish smugglers.")
    assert told_by_party(next(t for t in dated if t.text == "imposed"))
    assert told_by_party(next(t for t in later if t.text == "dropped"))
    assert told_by_party(next(t for t in by_which if t.text == "blamed"))
    assert not told_by_party(next(t for t in plain if t.text == "set"))


@pytest.mark.model
def test_a_mediation_told_by_a_participle_is_aimed_at_the_accords_parties(pipeline: Any) -> None:
    text = (
        "Ghana and Togo signed a border accord in Lome on Monday. "
        "The accord, brokered by Nigerian President Olusegun Obasanjo, ends a decade of disputes."
    )
    events = _code(pipeline, text)
    brokered = next(e for e in events if e.event_text == "brokered")
    signed = next(e for e in events if e.event_text == "signed")
    assert {r.country for r in brokered.recipient} == {"GHA", "TGO"}
    assert signed.event_loc is not None and brokered.event_loc is not None
    assert brokered.event_loc.geonameid == signed.event_loc.geonameid
