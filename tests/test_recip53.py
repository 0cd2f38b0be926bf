"""Recipients of recip53, on sentences written for this test (none taken from a gold or blind set): a
reaction by parties of no country (an international body, "European leaders", a legislature no country
is lent to) answers the one other country its sentence names (participants/counterpart.py); a verb of
handing over whose "to" phrase the parser hangs on a participle of its object ("sent planes loaded with
food to Fiji") is aimed at that destination (participants/phrases.carried_to); an act of force at home
that names no one, told after an act of material conflict of another country's forces in its sentence,
answers them (participants/counterattack.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

DAY = dt.date(2012, 4, 17)


def coded(pipeline: Any, text: str, roots: set[str]) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, DAY) if ev.cameo[:2] in roots]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "target"),
    [
        (
            "Kenya's president signed a contested security law on Monday, and the European Union warned "
            "that it could put aid at risk.",
            {"13"},
            "KEN",
        ),
        (
            "Belarus forced a passenger jet to land in Minsk on Sunday, and European leaders threatened new sanctions.",
            {"13"},
            "BLR",
        ),
    ],
)
def test_a_reaction_of_no_country_answers_the_one_country_named(
    pipeline: Any, text: str, roots: set[str], target: str
) -> None:
    found = coded(pipeline, text, roots)
    assert found, text
    assert country_set(found[0].recipient) == {target}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_a_reaction_of_no_country_between_two_doers_names_no_one(pipeline: Any) -> None:
    # both countries named did the act reacted to: which one the warning answers is not said
    text = (
        "Chile and Argentina signed a border accord on Monday, and the European Union warned that the deal "
        "could slow trade talks."
    )
    found = coded(pipeline, text, {"13"})
    assert found, text
    assert not country_set(found[0].recipient) - {None}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("New Zealand sent navy planes loaded with water and tents to Fiji on Monday.", "FJI"),
        (
            "Britain will send two navy ships carrying water and a medical team to Fiji, the defence ministry said.",
            "FJI",
        ),
        ("Japan sent transport aircraft loaded with emergency food to Laos's flooded north on Monday.", "LAO"),
    ],
)
def test_a_destination_on_the_objects_participle(pipeline: Any, text: str, target: str) -> None:
    found = coded(pipeline, text, {"07"})
    assert found, text
    assert country_set(found[0].recipient) == {target}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_where_people_are_sent_fleeing_is_no_destination(pipeline: Any) -> None:
    text = (
        "Myanmar's army launched operations in Rakhine after insurgents attacked police posts on Friday, "
        "sending thousands of villagers fleeing into Bangladesh."
    )
    found = [ev for ev in code_events(pipeline, text, DAY) if ev.event_text == "attacked"]
    assert found, text
    assert "BGD" not in country_set(found[0].recipient), (found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_an_act_of_force_at_home_answers_the_act_before_it(pipeline: Any) -> None:
    text = "Serbian army tanks rolled into Montenegro on Friday, and Montenegrin police units fired on the columns."
    found = [ev for ev in coded(pipeline, text, {"17", "18", "19", "20"}) if ev.event_text == "fired"]
    assert found, text
    assert country_set(found[0].recipient) == {"SRB"}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_an_act_of_force_that_names_its_target_keeps_it(pipeline: Any) -> None:
    # whom the police acted on is named: the looters, not the bombers told before
    text = "Russian jets bombed Kyiv on Monday, and Ukrainian police detained dozens of looters in the capital."
    found = [ev for ev in coded(pipeline, text, {"17"}) if ev.event_text == "detained"]
    assert found, text
    assert country_set(found[0].recipient) == {"UKR"}, (found[0].recipient, found[0].reasons)
