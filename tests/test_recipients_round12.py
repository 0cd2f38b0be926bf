"""Whom an event is aimed at (issues 11 and 12, tenth session), each mechanism on sentences written
for this test (none taken from a gold or blind set), with traps.

* A verb coordinated with another that shares its subject, or a participle clause after its verb,
  names no one of its own: it is aimed at whom that verb is aimed at (code/governing.py)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2014, 6, 12)


_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The European Union condemned Belarus on Monday and demanded the immediate release of the detainees.",
         "demanded", {"BLR"}),
        ("Sudan expelled the Norwegian ambassador on Tuesday, warning that further interference would not "
         "be tolerated.", "warning", {"NOR"}),
        ("Prime Minister Modi urged Pakistan to dismantle the camps, warning that India would act otherwise.",
         "warning", {"PAK"}),
        ("Ankara summoned the Dutch ambassador on Sunday and threatened to impose sanctions.", "threatened", {"NLD"}),
    ],
)  # fmt: skip
def test_a_clause_hanging_on_a_verb_shares_its_recipient(
    pipeline: Any, text: str, trigger: str, recipient: set
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("hangs on" in r for r in e.reasons)


def test_a_coordinated_verb_with_its_own_subject_does_not_share(pipeline: Any) -> None:
    """'Chile protested to Peru, and Bolivia demanded talks': Bolivia's demand is not aimed at Peru."""
    text = "Chile protested to Peru on Friday, and Bolivia demanded new talks."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "demanded"]
    assert events
    assert all("PER" not in country_set(e.recipient) for e in events)
    assert all(not any("hangs on" in r for r in e.reasons) for e in events)


def test_a_clause_that_names_its_own_recipient_keeps_it(pipeline: Any) -> None:
    text = "Japan condemned North Korea on Monday and urged China to restrain its ally."
    e = _one(pipeline, text, "urged")
    assert country_set(e.recipient) == {"CHN"}


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Turkish jets shot down a Syrian helicopter near the border on Sunday, and Damascus condemned "
         "the downing in strong terms.", "condemned", {"TUR"}),
        ("Iran seized a British tanker in the Gulf on Friday, and London demanded its immediate release.",
         "demanded", {"IRN"}),
        ("Saudi Arabia beheaded two Indonesian maids on Tuesday, and Jakarta recalled its ambassador.",
         "recalled", {"SAU"}),
    ],
)  # fmt: skip
def test_a_reaction_naming_no_one_is_aimed_at_who_hit_the_reactor(
    pipeline: Any, text: str, trigger: str, recipient: set
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient


def test_a_reaction_to_an_act_against_someone_else_stays_without_the_doer(pipeline: Any) -> None:
    """Who hit a third country is not the target of a reaction that names no one."""
    text = "Ethiopian troops shelled a Somali town on Monday, and Kenya recalled its ambassador."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "recalled"]
    assert all("ETH" not in country_set(e.recipient) for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient", "absent"),
    [
        ("Israeli jets struck targets in Damascus on Sunday, in what officials called a response to "
         "Iranian drone attacks.", "struck", {"SYR"}, "IRN"),
        ("French troops raided a camp in northern Mali, in what Paris described as retaliation for "
         "attacks on French soldiers.", "raided", {"MLI"}, "FRA"),
    ],
)  # fmt: skip
def test_in_what_it_called_says_how_the_act_was_called_not_what_it_hit(
    pipeline: Any, text: str, trigger: str, recipient: set, absent: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert absent not in country_set(e.recipient)
    assert country_set(e.recipient) == recipient


def test_fired_at_what_it_called_still_names_the_target(pipeline: Any) -> None:
    text = "Turkish artillery fired at what Ankara called Kurdish militant positions in northern Iraq."
    e = _one(pipeline, text, "fired")
    assert "IRQ" in country_set(e.recipient) or any("described target" in r for r in e.reasons)


STORY = (
    "Pakistan carried out two more nuclear tests on Saturday, two days after its first explosions.\n\n"
    "The United States said it would cut all economic aid.\n\n"
    "Tokyo froze new loans.\n\n"
    "Pakistani Prime Minister Nawaz Sharif said the country had no choice."
)


def test_a_reaction_in_a_story_is_aimed_at_the_doer_of_its_first_act_of_conflict(pipeline: Any) -> None:
    """Reactions in later sentences that name no one: at the doer of the story's lead act, not at the
    doer of an earlier reaction ("Tokyo froze new loans" is not aimed at the United States)."""
    events = code_events(pipeline, STORY, dt.date(1998, 5, 30))
    reactions = [e for e in events if e.sentence_index > 0 and e.cameo[:2] in {"11", "16"}]
    assert reactions, [(e.event, e.event_text) for e in events]
    for e in reactions:
        assert country_set(e.recipient) == {"PAK"}, (e.event_text, e.reasons)
    assert any("first act of conflict" in r for e in reactions for r in e.reasons)


def test_the_doers_own_reaction_is_not_aimed_at_itself(pipeline: Any) -> None:
    text = "Russian troops seized two Ukrainian ships near Kerch on Sunday.\n\nMoscow later rejected all criticism."
    events = [e for e in code_events(pipeline, text, dt.date(2018, 11, 26)) if e.event_text == "rejected"]
    assert all("RUS" not in country_set(e.recipient) for e in events)


def test_a_first_sentence_reaction_does_not_look_at_the_lead(pipeline: Any) -> None:
    """In a story's first sentence there is no lead act before it."""
    text = "Kenya recalled its ambassador on Monday.\n\nSomali troops shelled a border town on Tuesday."
    events = [e for e in code_events(pipeline, text, dt.date(2019, 2, 20)) if e.event_text == "recalled"]
    assert all("SOM" not in country_set(e.recipient) for e in events)


def test_a_refusal_answers_a_demand_not_an_attack(pipeline: Any) -> None:
    """'refused to resign' after an attack on the refuser's country is not aimed at the attacker."""
    text = "Rebels from Chad shelled a Sudanese border town on Monday, and the Sudanese governor refused to resign."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "refused"]
    assert all("TCD" not in country_set(e.recipient) for e in events)


def test_a_plan_told_in_an_earlier_sentence_is_no_act_to_answer(pipeline: Any) -> None:
    """'would send troops to Haiti' told before is a plan, not an act the next sentence answers."""
    text = (
        "The United States said it would send 5,000 troops to Haiti.\n\n"
        "Haitian opposition leaders threatened a general strike on Tuesday."
    )
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "threatened"]
    assert events
    assert all("USA" not in country_set(e.recipient) for e in events)
