"""Events dropped for want of an actor (noactor45): a release from a state's custody told by an agentless
passive with no place at all (none in its clause, no dateline, none told before) and no holder told before is
the state of the one country its sentence names outside those freed (code/agentless.custody_state); never the
country of those freed, nor for a release told in a time clause. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from coding import code_on


def _freed(events: list[Any], trigger: str) -> list[Any]:
    return [e for e in events if e.event_text == trigger]


def test_a_release_from_prison_with_no_place_is_the_state_its_sentence_names(pipeline: Any) -> None:
    text = (
        "Poland's senate voted on Friday to dissolve the cabinet, and the jailed union leader Jan Nowak was freed "
        "from prison."
    )
    (ev,) = _freed(code_on(pipeline, text), "freed")
    assert [(a.country, a.sector) for a in ev.actor] == [("POL", "GOV")]
    assert any("a release from a state's custody ('prison') with no place" in r for r in ev.reasons)
    assert ev.event_loc is None  # no place is guessed for it


def test_no_state_from_those_freed_nor_in_a_time_clause(pipeline: Any) -> None:
    # the country of those freed is not their jailer's; a release told as the time of another act is left
    assert not _freed(code_on(pipeline, "Two Dutch tourists were freed from prison on Tuesday."), "freed")
    text = "The government of Ghana resigned on Monday hours after a union leader was released from police detention."
    assert not _freed(code_on(pipeline, text), "released")


def test_no_state_for_a_release_told_in_a_relative_clause(pipeline: Any) -> None:
    # a release told in the background of another act, dated from that act's: left rather than guessed
    text = "Ghana's cabinet quit on Monday after protests led by Kofi Mensah, who had been freed from prison days ago."
    assert not _freed(code_on(pipeline, text), "freed")
