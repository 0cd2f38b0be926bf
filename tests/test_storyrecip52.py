"""Recipient mechanisms of storyrecip52, on sentences written for this test (none taken from a gold or
blind set), with traps (participants/homeaim.py):

* an act of code_rules home_dateline_roots that names no one, in a story with no dateline whose own
  country (code/storyside.story_country: named far more often than any other) is its actors', is aimed
  at home, as it is in a story datelined there; not when the story is another country's;
* a party of the actors' own country named after the trigger of such an act (not of a demand) leaves
  it aimed at home;
* such an act, not a violent one, aimed only at role words of no country ("accused the television
  station", "accused the newspaper") gives those role words the actors' own country where the act would
  be aimed at home had it named no one; not when a role word names a state or another state's agent ("the
  embassy"), nor in a story datelined elsewhere, nor beside a party of another country, nor in a story of
  another country, nor for a violent act (a toll told after it would be merged into it).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.participants.homeaim import _home_role
from newsevents.records import ActorRef

PUB = "2013-03-14"

# a story of four sentences that names Bolivia far more than any other country, with no dateline
BOLIVIA = (
    "Thousands of miners marched through La Paz on Monday to protest against cuts to their pensions. "
    "Bolivian police fired tear gas at the marchers near the presidential palace in the Bolivian capital. "
    "The Bolivian government said 20 people were hurt in the clashes. "
)
# the same story told of Chile, where a Bolivian party's appeal may be aimed at Chile
CHILE = (
    "Thousands of miners marched through Santiago on Monday to protest against cuts to their pensions. "
    "Chilean police fired tear gas at the marchers near the presidential palace in the Chilean capital. "
    "The Chilean government said 20 people were hurt in the clashes. "
)


def _coded(pipeline: Any, text: str, roots: tuple[str, ...], trigger: str, dateline: str | None = None) -> Any:
    events = code_on(pipeline, text, PUB, dateline)
    found = [e for e in events if e.cameo.startswith(roots) and e.event_text == trigger]
    assert found, [(e.cameo, e.event_text) for e in events]
    return found[0]


@pytest.mark.model
def test_an_act_naming_no_one_in_a_story_of_its_own_country_is_aimed_at_home(pipeline: Any) -> None:
    text = BOLIVIA + "Bolivia's Catholic bishops appealed for calm on Tuesday."
    event = _coded(pipeline, text, ("02",), "appealed")
    assert country_set(event.recipient) == {"BOL"}, (event.recipient, event.reasons)


@pytest.mark.model
def test_an_act_naming_no_one_in_a_story_of_another_country_is_not_read_at_home(pipeline: Any) -> None:
    text = CHILE + "Bolivia's Catholic bishops appealed for calm on Tuesday."
    event = _coded(pipeline, text, ("02",), "appealed")
    assert "BOL" not in country_set(event.recipient), (event.recipient, event.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "trigger", "dateline", "country"),
    [
        ("Uganda's information minister accused the newspaper of spreading lies on Friday.", ("11",), "accused",
         "KAMPALA", "UGA"),
        (BOLIVIA + "Bolivia's interior minister accused the television station of inciting the violence.", ("11",),
         "accused", None, "BOL"),
    ],
)  # fmt: skip
def test_an_act_on_role_words_of_no_country_at_home_is_aimed_at_home(
    pipeline: Any, text: str, roots: tuple[str, ...], trigger: str, dateline: str | None, country: str
) -> None:
    event = _coded(pipeline, text, roots, trigger, dateline)
    assert country_set(event.recipient) == {country}, (event.recipient, event.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "trigger", "dateline", "country"),
    [
        # filed from another country
        ("Uganda's information minister accused the newspaper of spreading lies on Friday.", ("11",), "accused",
         "NAIROBI", "UGA"),
        # a violent act: its toll told after it would be merged into it
        ("Ugandan troops stormed the newspaper's offices on Friday night.", ("19", "18"), "stormed", "KAMPALA",
         "UGA"),
        # another country named in the sentence
        (BOLIVIA + "Bolivia's interior minister accused the television station of inciting the violence with "
         "Peruvian help.", ("11",), "accused", None, "BOL"),
        # a story of another country
        (CHILE + "Bolivia's interior minister accused the television station of inciting the violence.", ("11",),
         "accused", None, "BOL"),
    ],
)  # fmt: skip
def test_role_words_abroad_or_of_states_are_not_read_at_home(
    pipeline: Any, text: str, roots: tuple[str, ...], trigger: str, dateline: str | None, country: str
) -> None:
    event = _coded(pipeline, text, roots, trigger, dateline)
    assert country not in country_set(event.recipient), (event.recipient, event.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "trigger"),
    [
        ("Zimbabwe's opposition leader appealed for calm on Monday and promised to meet Zimbabwean church leaders.",
         ("02",), "appealed"),
        ("The Zimbabwean opposition rejected the election result on Monday and said Zimbabwean voters had been "
         "cheated.", ("12",), "rejected"),
    ],
)  # fmt: skip
def test_an_own_party_after_the_trigger_of_a_dateline_act_keeps_it_at_home(
    pipeline: Any, text: str, roots: tuple[str, ...], trigger: str
) -> None:
    event = _coded(pipeline, text, roots, trigger, "HARARE")
    assert country_set(event.recipient) == {"ZWE"}, (event.recipient, event.reasons)


@pytest.mark.model
def test_an_own_party_after_a_demand_is_what_it_is_about(pipeline: Any) -> None:
    text = "Zimbabwe's opposition demanded on Monday the release of 12 Zimbabwean activists."
    events = [e for e in code_on(pipeline, text, PUB, "HARARE") if e.cameo.startswith("10")]
    assert all("ZWE" not in country_set(e.recipient) for e in events), [(e.cameo, e.recipient) for e in events]


@pytest.mark.parametrize(
    ("words", "sector", "home"),
    [
        ("the newspaper", "MED", True),
        ("opposition leaders", "OPP", True),
        ("the embassy", "GOV", False),
        ("the three countries", "GOV", False),
        ("its neighbour", "CVL", False),
        ("Western governments", "GOV", False),
        ("the alliance", "IGO", False),
    ],
)
def test_which_role_words_may_be_read_at_home(words: str, sector: str, home: bool) -> None:
    ref = ActorRef(words, None, sector, None, sector, f"sector:{sector}")
    assert _home_role(ref) is home
