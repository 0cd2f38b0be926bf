"""Events dropped for want of an actor (noactor59): "it" as a subject, read as the one
organisation or state named as a subject just before (participants/itsubject.py); and the story's scene,
which lends no state to an act told in a time clause when that state is the doer of the sentence's other
act (code/agentless.story_authority). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from coding import code_on


def _doers(events: list[Any], trigger: str) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for e in events if e.event_text == trigger for a in e.actor]


def test_it_in_a_time_clause_is_the_one_body_named_as_a_subject_before(pipeline: Any) -> None:
    text = (
        "The Zambian Interior Ministry announced new rules on Monday. "
        "After it banned the opposition rallies on Wednesday, students marched in Lusaka."
    )
    evs = code_on(pipeline, text)
    ban = next(e for e in evs if e.event_text == "banned")
    assert [(a.country, a.sector) for a in ban.actor] == [("ZMB", "GOV")]
    assert any("the one organisation or state named as a subject" in r for r in ban.reasons)


def test_it_after_two_bodies_named_as_subjects_gets_no_actor(pipeline: Any) -> None:
    text = (
        "The Zambian Interior Ministry announced new rules on Monday, and the World Bank protested. "
        "After it banned the opposition rallies on Wednesday, students marched in Lusaka."
    )
    evs = code_on(pipeline, text)
    assert not [e for e in evs if e.event_text == "banned"]


def test_an_act_in_a_time_clause_is_not_the_scenes_state_when_that_state_answers_it(pipeline: Any) -> None:
    text = (
        "Canada expelled two diplomats in Ottawa on Monday. "
        "Canada recalled its ambassador on Friday after two of its nationals were jailed."
    )
    evs = code_on(pipeline, text)
    assert _doers(evs, "jailed") == []
    # told in a main clause of its own, the scene's state still takes the act
    other = "Kenya's president dissolved parliament in Nairobi on Monday. Between 30 and 40 people had been detained."
    assert _doers(code_on(pipeline, other), "detained") == [("KEN", "GOV")]


def test_it_in_a_clause_of_a_time_years_away_gets_no_actor(pipeline: Any) -> None:
    text = "Bhutan became a member of the postal union on Tuesday, 20 years after it had first sought a seat."
    evs = code_on(pipeline, text)
    assert not any("named as a subject just before" in r for e in evs for r in e.reasons)
