"""Recipients a wire story names by a role word of a force told before (storyact42 session, issue 11's
coreference): an object or prepositional phrase "the" + a plural role word of a force ("the bombers", "the
rebels"), or one whose head the earlier mention shares ("the force" after "a Nigerian-led force"), that names
no country by itself is the party of that sector the story named before as an actor
(participants/anaphora.force_named_before, lexicon ``role_anaphor_sectors``). Every text is written
for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.participants.anaphora import force_named_before
from newsevents.records import DATELINE, ActorRef, Event, LentCountry


def _at(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.event_text == trigger]


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}")


def _party(words: str, country: str, sector: str) -> ActorRef:
    return ActorRef(words, None, f"{country}{sector}", country, sector, f"country:{country}")


# --- the reader's rule, on hand-made references ------------------------------------------------------------


def test_a_plural_force_word_is_the_force_named_before() -> None:
    named = (_party("Turkish warplanes", "TUR", "MIL"),)
    found = force_named_before("the warplanes", [_role("warplanes", "MIL")], named, plural=True)
    assert found is not None and found[0].country == "TUR"


def test_a_singular_word_with_the_same_head_is_the_force_named_before() -> None:
    named = (_party("a Kenyan-led force", "KEN", "MIL"),)
    found = force_named_before("the force", [_role("force", "MIL")], named, plural=False)
    assert found is not None and found[0].country == "KEN"


def test_a_singular_title_is_a_person_not_the_force_trap() -> None:
    named = (_party("Kenyan troops", "KEN", "MIL"),)
    assert force_named_before("the general", [_role("general", "MIL")], named, plural=False) is None


def test_leaders_and_officials_take_no_earlier_government_trap() -> None:
    named = (_party("the Kenyan government", "KEN", "GOV"),)
    assert force_named_before("the coup leaders", [_role("leaders", "GOV")], named, plural=True) is None


def test_a_force_lent_the_datelines_country_is_no_party_named_trap() -> None:
    lent = replace(_party("troops", "KEN", "MIL"), lent=LentCountry(DATELINE, "KEN"))
    assert force_named_before("the troops", [_role("troops", "MIL")], (lent,), plural=True) is None


def test_an_indefinite_role_word_is_no_anaphor_trap() -> None:
    named = (_party("Kenyan troops", "KEN", "MIL"),)
    assert force_named_before("foreign troops", [_role("troops", "MIL")], named, plural=True) is None


# --- whole stories --------------------------------------------------------------------------------------


@pytest.mark.model
def test_the_bombers_are_the_bombers_named_in_the_lead(pipeline: Any) -> None:
    text = (
        "Turkish warplanes bombed Kurdish rebel positions in northern Iraq on Monday. "
        "The raid lasted two hours. "
        "Syria refused to let the warplanes cross its airspace on the way back."
    )
    refused = _at(code_on(pipeline, text, "2019-03-06"), "refused")
    assert refused and country_set(refused[0].recipient) == {"TUR"}  # before: no one


@pytest.mark.model
def test_the_rebels_are_the_rebels_named_before(pipeline: Any) -> None:
    text = (
        "Chadian rebels seized the border town of Bol on Tuesday. "
        "The fighting drove thousands of people from their homes. "
        "Nigeria warned the rebels not to cross into its territory."
    )
    warned = _at(code_on(pipeline, text, "2019-03-06", dateline="ABUJA"), "warned")
    assert warned and country_set(warned[0].recipient) == {"TCD"}  # before: Nigeria's, from the dateline


@pytest.mark.model
def test_a_title_after_foreign_troops_is_no_party_of_theirs_trap(pipeline: Any) -> None:
    # "the general" is a person (singular, another head than "troops"), not the Kenyan troops named before
    text = (
        "Kenyan troops crossed into Somalia on Monday. "
        "The operation had been planned for months. "
        "Somali elders urged the general to withdraw his men."
    )
    urged = _at(code_on(pipeline, text, "2019-03-06"), "urged")
    assert not urged or "KEN" not in country_set(urged[0].recipient)
