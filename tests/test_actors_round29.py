"""Actor countries, session 29 (sentences written for these tests): a place where the actors met or
visited, named on its own beside an actor with a country, is no party (participants.visited.unplaced);
people who live or serve in a place still take its country; a force named with its country and
then by its role word alone is that force (participants.sameforce.same_force)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.participants.visited import unplaced
from newsevents.records import ActorRef, CountryRead


def _actors(pipeline: Any, text: str, event: str, pub: str = "2015-06-12") -> list[tuple[str, str | None]]:
    evs = [e for e in code_on(pipeline, text, pub) if e.event == event]
    assert evs, f"no {event} coded from {text!r}"
    return [(a.entity_text, a.country) for a in evs[0].actor]


def _role(words: str, sector: str, country: str | None = None, read: CountryRead | None = None) -> ActorRef:
    kb_id = f"country:{country}" if country else f"sector:{sector}"
    return ActorRef(words, None, f"{country or ''}{sector}", country, sector, kb_id, None, 0, len(words), "", read)


# -- a place in the actor phrase (participants.visited.unplaced) ------------------------------------


def test_a_visited_place_beside_a_named_person_is_no_party() -> None:
    words = "Canadian Foreign Minister Anne Brook, on a visit to Oslo"
    person = ActorRef(words[:36], None, "CANGOV", "CAN", "GOV", None, None, 0, 36, "demonym")
    oslo = CountryRead("capital metonym", "Oslo", "to")
    place = ActorRef("Oslo", "Norway", "NOR", "NOR", None, "country:NOR", None, 51, 55, "", oslo)
    assert [r.country for r in unplaced([person, place], words)] == ["CAN"]


def test_people_who_serve_or_sit_in_a_place_keep_its_country() -> None:
    words = "riot police in Bucharest"
    why = CountryRead("capital metonym", "Bucharest", "in")
    assert unplaced([_role(words, "COP", "ROU", why)], words)[0].country == "ROU"
    words = "officials in Ankara"
    why = CountryRead("capital metonym", "Ankara", "in")
    assert unplaced([_role(words, "GOV", "TUR", why)], words)[0].country == "TUR"


def test_a_place_where_leaders_met_keeps_its_role_word(pipeline: Any) -> None:
    words = "leaders meeting in Lima"
    why = CountryRead("capital metonym", "Lima", "in")
    assert unplaced([_role(words, "GOV", "PER", why)], words)[0].country == "PER"  # where stage reads it
    text = "Police in Nairobi arrested dozens of protesters on Friday."
    assert _actors(pipeline, text, "COERCE") == [("Police in Nairobi", "KEN")]


# -- a force named with its country, then by its role word (participants.sameforce) ---------------


def test_soldiers_are_the_troops_their_sentence_named_before(pipeline: Any) -> None:
    # without the rule the place (Kosovo) would lend the soldiers its country
    text = "Villagers threw rocks at Serbian troops near Pristina on Tuesday, and soldiers opened fire on the crowd."
    assert _actors(pipeline, text, "ASSAULT", "1998-06-12") == [("soldiers", "SRB")]


def _taken_up(pipeline: Any, text: str, trigger: str) -> list[tuple[str | None, str]]:
    evs = [e for e in code_on(pipeline, text, "2015-06-12") if e.event_text == trigger]
    assert evs, f"no event '{trigger}' coded from {text!r}"
    return [(a.country, a.reason) for a in evs[0].actor]


def test_a_force_that_acts_in_a_clause_of_its_own_is_not_taken_up(pipeline: Any) -> None:
    text = (
        "Indian troops and Pakistani troops exchanged fire across the border on Tuesday, "
        "and soldiers shelled a village near Uri."
    )
    assert all("force of that kind" not in why for _, why in _taken_up(pipeline, text, "shelled"))


def test_forces_of_two_countries_named_before_leave_the_role_word_alone(pipeline: Any) -> None:
    text = (
        "Villagers threw rocks at Chadian troops and Sudanese troops near the border on Monday, "
        "and soldiers opened fire on the crowd."
    )
    assert all("force of that kind" not in why for _, why in _taken_up(pipeline, text, "opened"))
