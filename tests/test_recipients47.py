"""Recipient mechanisms of recip47 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: a sanction's phrase that names only the
actor's own country tells what is cut, and the next phrase names whom (participants/recipients.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.records import Event

PUB = dt.date(2019, 5, 14)


def _coded(pipeline: Any, text: str, prefix: str) -> Event:
    found = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(prefix)]
    assert found, text
    return found[0]


# a sanction's phrase of the actor's own country: the next phrase names whom


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan suspended all Japanese arms sales to Indonesia on Tuesday.", "IDN"),
        ("France halted French military cooperation with Niger on Monday.", "NER"),
    ],
)
def test_a_sanction_of_the_own_countrys_goods_reads_the_next_phrase(pipeline: Any, text: str, target: str) -> None:
    ev = _coded(pipeline, text, "16")
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.model
def test_a_sanction_aimed_at_the_actors_country_reads_no_other_phrase(pipeline: Any) -> None:  # trap
    # the actor is misread as North Korea: "against Pyongyang" names whom, so no other phrase is taken
    text = (
        "North Korea threatened on Thursday to launch a nuclear strike against the United States "
        "as the U.N. Security Council approved new sanctions against Pyongyang."
    )
    ev = _coded(pipeline, text, "16")
    assert "USA" not in country_set(ev.recipient), (ev.recipient, ev.reasons)
