"""Recip43 (issue 11), on sentences written for this test (none taken from a gold or blind set): the people
of an act's place are its recipient only when the place is told in the act's own clause
(code/parties.clause_place), not in a participle or relative clause on one of its phrases."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set

pytestmark = pytest.mark.model


def _at(pipeline: Any, text: str, trigger: str) -> Any:
    events = code_on(pipeline, text)
    found = [e for e in events if e.event_text == trigger]
    assert found, [(e.event, e.event_text) for e in events]
    return found[0]


def test_a_town_of_a_participle_on_the_act_names_no_people(pipeline: Any) -> None:
    """Geneva is where the guarantees were signed, not whose people the concession is made to."""
    text = "Kenya gave up its claim on Monday in return for guarantees signed at a conference in Geneva."
    e = _at(pipeline, text, "gave up")
    assert "CHE" not in country_set(e.recipient)


def test_a_town_in_the_acts_own_phrase_still_names_its_people(pipeline: Any) -> None:
    text = "Police lifted the curfew in Podgorica on Monday after a week of calm."
    assert country_set(_at(pipeline, text, "lifted").recipient) == {"MNE"}
