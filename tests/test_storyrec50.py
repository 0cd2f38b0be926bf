"""Mechanisms of storyrec50 (issue 11: required story groups whose trigger has no pattern of its type,
rounds 26-53), each on sentences written for this test (none taken from a gold or blind set), with traps
in other senses: reports of usurping, betraying or stealing."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 12)

_of = partial(events_of, pub_date=PUB)
_shown = partial(shown, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a report of usurping or stealing accuses the doer
        ("The opposition says President Mwangi stole the March election.", "ACCUSE"),
        ("The foreign ministry said Colonel Ruiz had usurped the presidency.", "ACCUSE"),
    ],
)
def test_a_frame_with_no_pattern_of_its_type_before_codes_its_act(pipeline: Any, text: str, event: str) -> None:
    assert _of(pipeline, text, event), _shown(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a minister sent somewhere is left to the act he is sent to do
        ("The court sent the former minister to prison for six years.", "CONSULT"),
        # one who flies into exile visits no one
        ("The Gambian leader flew into exile on Saturday.", "CONSULT"),
        # an armed struggle kept up is left uncoded (the writers split)
        ("The rebel movement said it would keep up its armed struggle against the regime.", "REJECT"),
        # a report that names no wrong accuses no one
        ("The minister said the president had visited the flooded region.", "ACCUSE"),
    ],
)
def test_the_same_verbs_in_other_senses_code_nothing_of_that_type(pipeline: Any, text: str, event: str) -> None:
    assert not _of(pipeline, text, event), _shown(pipeline, text)
