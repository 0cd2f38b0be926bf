"""Story events found and then dropped for want of an actor (storydrop55): an agentless passive of a
state act whose place names no state (code/agentless.story_authority), and a release told with no
doer after the story told who held the people released (code/agentless.holders)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.records import AGENTLESS_PASSIVE, LentCountry


def _actors(events: list[Any], event: str) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for e in events if e.event == event for a in e.actor]


def test_an_agentless_state_act_reported_by_an_authority_is_its_states(pipeline: Any) -> None:
    evs = code_on(pipeline, "Kenya's interior minister said on Tuesday that 40 people had been detained.")
    arrest = next(e for e in evs if e.event == "COERCE")
    assert [(a.country, a.sector) for a in arrest.actor] == [("KEN", "GOV")]
    assert [a.lent for a in arrest.actor] == [LentCountry(AGENTLESS_PASSIVE, "KEN")]
    assert any("reported by an authority" in r for r in arrest.reasons)


def test_an_agentless_state_act_with_no_place_is_the_state_of_the_storys_scene(pipeline: Any) -> None:
    text = (
        "Kenya's president dissolved parliament on Monday. "
        "Between 30 and 40 people had been detained, a rights group said."
    )
    arrest = next(e for e in code_on(pipeline, text) if e.cameo == "173")
    assert [(a.country, a.sector) for a in arrest.actor] == [("KEN", "GOV")]
    assert any("the story's scene" in r for r in arrest.reasons)
    # a story that told nothing before and no authority reporting it: still no actor, no event
    assert code_on(pipeline, "Between 30 and 40 people had been detained, a rights group said.") == []


def test_a_release_told_with_no_doer_is_by_those_who_held_them(pipeline: Any) -> None:
    text = "Kenyan police detained the opposition leader in Nairobi on Monday. He was released on Wednesday."
    evs = code_on(pipeline, text)
    release = next(e for e in evs if e.event == "CONCEDE")
    assert [(a.country, a.sector) for a in release.actor] == [("KEN", "COP")]
    assert any("by those who held them" in r for r in release.reasons)


def test_a_release_after_a_detention_by_no_state_gets_no_actor(pipeline: Any) -> None:
    # captors that are no state: the story names no one who freed them
    evs = code_on(pipeline, "Rebels detained two aid workers in northern Mali on Monday. They were freed on Friday.")
    assert _actors(evs, "CONCEDE") == []


def test_the_day_before_is_a_day_before_the_event_told_before(pipeline: Any) -> None:
    text = (
        "The Malawian finance minister resigned on Thursday after a week of protests led by opposition leader "
        "Lazarus Phiri, who had been detained by police the day before."
    )
    evs = code_on(pipeline, text)  # published Wednesday 2024-06-12: Thursday is 2024-06-06
    detention = next(e for e in evs if e.cameo == "173")
    assert detention.date == "2024-06-05"
    assert any("-1 day(s)" in r for r in detention.reasons)


def test_an_agentless_state_act_with_no_place_is_the_state_its_sentence_names(pipeline: Any) -> None:
    # noactor58: no dateline, no place of the clause, nothing told before: the one country the sentence names
    text = "Riots broke out in several Brazilian cities on Monday, and more than 200 people were arrested."
    arrest = next(e for e in code_on(pipeline, text) if e.cameo == "173")
    assert [(a.country, a.sector) for a in arrest.actor] == [("BRA", "GOV")]
    assert [a.lent for a in arrest.actor] == [LentCountry(AGENTLESS_PASSIVE, "BRA")]
    assert any("the one country its sentence names" in r for r in arrest.reasons)


def test_the_country_of_the_people_held_is_not_the_state_that_holds_them(pipeline: Any) -> None:
    # the passive's own subject names whom the act was done to, not who did it
    assert code_on(pipeline, "Two Dutch tourists were arrested on Monday.") == []
    assert code_on(pipeline, "Three Chilean officers were charged with murder on Tuesday.") == []


def test_the_places_of_another_time_clause_are_not_the_acts(pipeline: Any) -> None:
    # the country named in a clause of what came before is not the state that sacked or arrested
    for text in (
        "The navy chief was sacked on Monday after auditors found that frigates had been sold to Venezuela.",
        "Two deputies were arrested on Monday after reporters revealed that money had been wired to Venezuela.",
    ):
        assert code_on(pipeline, text) == []
    # a time phrase that is no clause still places the sentence
    arrest = code_on(pipeline, "A union leader was detained on Thursday after a week of marches across Peruvian towns.")
    assert [(a.country, a.sector) for e in arrest for a in e.actor] == [("PER", "GOV")]
