"""Story recall, storyrec54 (issue 11): an act told with "they" as its subject, whose party the sentence
before named by a role word and an "of" phrase (docs/stories.md "storyrec54"). Each test codes sentences
written for it (none taken from a gold set): "Commanders of the Atlantic alliance", "Fighters of the
Workers' Party (PKK)" are a group by their head, though the name they belong to is one body; an "of"
phrase that names no party ("leaders of an unknown group") makes no group of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.participants.actors import plural_phrase
from newsevents.records import ActorRef

PUB = dt.date(1999, 3, 22)


def _ref(kind: str) -> ActorRef:
    return ActorRef(entity_text="x", name="x", code=None, country=None, sector="IGO", kb_id=f"{kind}:x")


@pytest.mark.parametrize(
    ("words", "plural"),
    [
        ("Commanders of the North Atlantic Treaty Organization", True),
        ("Senegalese-led forces of the regional bloc", True),
        ("Fighters of the Kurdistan Workers' Party", True),
        ("the United States of America", False),  # a name, not a role word before "of"
        ("the Organization of American States", False),  # the head is singular
        ("the Kurdistan Workers' Party", False),
    ],
)
def test_a_phrase_is_a_group_by_the_head_before_its_of_phrase(words: str, plural: bool) -> None:
    assert plural_phrase(words, (_ref("org"),)) is plural


def _actors_of(pipeline: Any, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]
    assert events, [(e.event, e.event_text) for e in code_events(pipeline, text, PUB)]
    return [(a.country, a.code) for a in events[0].actor]


@pytest.mark.model
def test_they_after_the_fighters_of_a_named_group(pipeline: Any) -> None:
    text = (
        "Fighters of the Kurdistan Workers' Party (PKK) attacked a police post in Van on Friday. "
        "They released three policemen they had captured on Sunday."
    )
    assert _actors_of(pipeline, text, "released") == [("TUR", "TURREBPKK")]


@pytest.mark.model
def test_they_after_commanders_of_an_alliance(pipeline: Any) -> None:
    text = (
        "Commanders of the North Atlantic Treaty Organization (NATO), meeting in Brussels on Sunday, gave "
        "Serbia three days to withdraw its troops. They also imposed a no-fly zone over the province."
    )
    assert [c for _, c in _actors_of(pipeline, text, "imposed")] == ["IGONATO"]


@pytest.mark.model
def test_a_pronoun_with_no_party_before_stays_without_an_actor(pipeline: Any) -> None:
    # the sentence before names no party as an actor: "they" takes no one
    text = "Heavy rain fell over the north on Friday. They also imposed a curfew on the town."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event_text == "imposed" and e.actor]


def test_an_of_phrase_that_names_no_party_makes_no_group() -> None:
    # the "of" phrase was not read as a party: the refs are the role word alone, with no country
    role_only = ActorRef(entity_text="leaders", name=None, code="GOV", country=None, sector="GOV", kb_id=None)
    assert not plural_phrase("Latin American leaders of the Andean Pact", (role_only,))
    assert plural_phrase("Latin American leaders", (role_only,))
    # read by its last word then, as before: "thousands of protesters" is still a group
    crowd = ActorRef(entity_text="protesters", name=None, code="OPP", country=None, sector="OPP", kb_id=None)
    assert plural_phrase("Thousands of protesters", (crowd,))
