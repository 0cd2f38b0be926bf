"""Events dropped for want of an actor (noactor42): a release told by an agentless passive whose clause says the
people freed were in a state's custody ("the jailed editor was released", "were freed from prison", "leaders held
under house arrest were freed") is a state act (code/agentless.custody_release, lexicon custody_words): its actor
is the state of its place, read like any agentless passive of a state act, and its date, place and recipient by
the same stages as any act. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from coding import code_on


def _freed(events: list[Any], trigger: str) -> list[Any]:
    return [e for e in events if e.event_text == trigger]


def test_a_release_from_prison_is_the_state_of_its_place(pipeline: Any) -> None:
    evs = code_on(pipeline, "Nine long-serving detainees were freed from prison in Lusaka on Sunday.")
    (ev,) = _freed(evs, "freed")
    assert [(a.country, a.sector) for a in ev.actor] == [("ZMB", "GOV")]
    assert any("a release from a state's custody ('prison')" in r for r in ev.reasons)
    assert ev.date == "2024-06-09"  # its own clause's Sunday
    assert ev.event_loc is not None and ev.event_loc.country_code == "ZMB"


def test_a_jailed_subject_freed_is_the_state_of_its_place(pipeline: Any) -> None:
    evs = code_on(pipeline, "Police said the jailed editor was released in Harare on Monday.")
    (ev,) = _freed(evs, "released")
    assert [a.country for a in ev.actor] == ["ZWE"]
    assert {r.country for r in ev.recipient} <= {"ZWE"}
    assert ev.date == "2024-06-10"


def test_leaders_held_under_house_arrest_freed(pipeline: Any) -> None:
    text = "Zambia's opposition leaders held in house arrest were freed on Tuesday, their lawyers said."
    evs = code_on(pipeline, text)
    (ev,) = _freed(evs, "freed")
    assert [a.country for a in ev.actor] == ["ZMB"]


def test_people_freed_with_no_word_of_custody_or_held_by_captors_get_no_state(pipeline: Any) -> None:
    # hostages of gunmen, and people freed with nothing saying a state held them: no state is made their jailer
    assert not _freed(code_on(pipeline, "Three aid workers held by gunmen in Zambia were freed on Tuesday."), "freed")
    assert not _freed(code_on(pipeline, "Two Zambian journalists were freed in Lusaka on Sunday."), "freed")


def test_a_motion_speaks_for_whoever_tabled_it(pipeline: Any) -> None:
    # a motion is a document that speaks for its author (code_rules statement_nouns), and "tabled by X" names
    # the author (lexicon document_author_participles)
    text = "The motion, tabled by Zambian opposition lawmakers, accused the president of corruption."
    evs = code_on(pipeline, text)
    (ev,) = [e for e in evs if e.event_text == "accused"]
    assert {a.country for a in ev.actor} == {"ZMB"}
    assert any("the author the document's own phrase names" in r for r in ev.reasons)


def test_a_resolution_speaks_for_whoever_adopted_it(pipeline: Any) -> None:
    text = "The resolution, adopted on Friday by Kenyan lawmakers, urges the government to expel the envoy."
    evs = code_on(pipeline, text)
    (ev,) = [e for e in evs if e.event_text == "urges"]
    assert {a.country for a in ev.actor} == {"KEN"}
