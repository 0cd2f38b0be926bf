"""Whom an event is aimed at, fifteenth session (recip24). Where a cooperative act was held is
not whom it was done with (participants/venue.py, lexicon venue_prepositions and venue_nouns): a
site or a town reached from the trigger or from a meeting or accord noun through a phrase of place
names the venue, not a party; a visit keeps the place it goes to, a country named with "with"
stays, force sent to a place keeps it. A force posture faces the country a demonym or a name
before its border names (participants/phrases.bordering). Every text is written for this test
(none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import country_set, last_event_on

pytestmark = pytest.mark.model

PUB = dt.date(2019, 5, 10)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a site noun with a town and its country after it
        (
            "The leaders of Chile and Argentina signed a border treaty on Monday at a naval base in "
            "Valparaiso, Chile, ending a long dispute.",
            "signed",
        ),
        # a capital standing alone after an accord noun: where it was signed
        ("Canada and Mexico signed a trade pact in Ottawa on Friday.", "signed"),
        # an island named with a demonym
        ("The foreign ministers of Kenya and Uganda held talks on the Tanzanian island of Pemba.", "held"),
        # a summit off a coast
        ("The foreign ministers of Kenya and Uganda ended their summit off the coast of Zanzibar, Tanzania.", "ended"),
    ],
)
def test_the_venue_of_a_cooperative_act_is_no_recipient(pipeline: Any, text: str, trigger: str) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert not country_set(e.recipient) & {"CHL", "CAN", "TZA"}


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # the other party named with "with" stays; the town where it was signed does not add
        ("The European Union signed a trade agreement with Vietnam at a ceremony in Hanoi.", "signed", {"VNM"}),
        # a visit is aimed at where it goes
        ("President Putin arrived in Beijing on Monday for a two-day visit.", "arrived", {"CHN"}),
        # force sent to a base in a country: the country is the target (not a cooperative act)
        ("France sent troops to a base in Mali.", "sent", {"MLI"}),
    ],
)
def test_parties_and_visits_keep_their_place(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert country_set(e.recipient) == countries


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # a border named by a demonym: the neighbour faced
        ("Venezuela ordered ten battalions to the Colombian border on Sunday.", "ordered", {"COL"}),
        # by a country's name before it
        ("Russia has massed tens of thousands of troops near Ukraine's border.", "massed", {"UKR"}),
        # the neighbour named after "with" (unchanged)
        ("India moved troops along its border with Pakistan.", "moved", {"PAK"}),
    ],
)
def test_a_force_posture_faces_the_border_it_names(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert country_set(e.recipient) == countries


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # a former leader's accusation of the government: the judging verb's own object
        ("Former Peruvian President Alan Garcia accused the government of hiding the deficit.", "accused", {"PER"}),
        # an army's accusation of an institution of its own country
        ("Thailand's army accused the election commission of failing to stop fraud.", "accused", {"THA"}),
    ],
)
def test_a_judgement_s_own_object_is_of_the_one_country_named(
    pipeline: Any, text: str, trigger: str, countries: set[str]
) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert country_set(e.recipient) == countries


def test_the_victims_of_a_judged_act_stay_without_a_country(pipeline: Any) -> None:
    e = last_event_on(pipeline, "Thailand's army condemned the killing of the soldiers.", "condemned", PUB)
    assert "THA" not in country_set(e.recipient)
