"""Wrong event types (issue 11, type36): the code an act takes by what it is done to, by who does it
and by its object's modifier, each on sentences written for the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union closed its members' borders with Guinea on Monday.",
        "The European Union will close its airspace to Belarusian airlines, the bloc's foreign policy chief said.",
    ],
)
def test_an_international_organisation_closing_borders_sanctions(pipeline: Any, text: str) -> None:
    # an organisation has no territory of its own to restrict at home: a collective sanction (163)
    assert _types(pipeline, text) == [("SANCTION", "163")]


def test_a_country_closing_its_own_border_still_restricts_movement(pipeline: Any) -> None:
    assert _types(pipeline, "Kenya closed its border with Somalia on Friday.") == [("COERCE", "191")]


@pytest.mark.parametrize(
    "text",
    [
        "Canada banned all steel imports from Belarus on Friday.",
        "The government barred trade with Caracas on Tuesday.",
    ],
)
def test_imports_or_trade_banned_are_an_embargo(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == [("SANCTION", "163")]


def test_people_banned_from_an_activity_stay_a_restriction(pipeline: Any) -> None:
    assert _types(pipeline, "The Taliban banned women from working for aid groups.") == [("COERCE", "172")]


def test_air_strikes_begun_are_an_attack_not_a_labour_strike(pipeline: Any) -> None:
    assert _types(pipeline, "Turkey began air strikes on Kurdish positions in northern Iraq on Sunday.") == [
        ("ASSAULT", "195")
    ]
    assert _types(pipeline, "Dock workers began a strike over pay on Monday.") == [("PROTEST", "143")]


def test_police_breaking_into_a_building_raid_it(pipeline: Any) -> None:
    # the actor's sector: police forcing their way in coerce (170); rioters doing it riot (145)
    assert _types(pipeline, "Ecuadorean police broke into the Venezuelan embassy in Quito on Friday night.") == [
        ("COERCE", "170")
    ]
    assert _types(pipeline, "Rioters broke into the parliament building on Monday.") == [("PROTEST", "145")]


def test_protesters_defying_a_curfew_protest(pipeline: Any) -> None:
    assert _types(pipeline, "Thousands of protesters defied a curfew in Dhaka on Sunday.") == [("PROTEST", "141")]
    assert _types(pipeline, "Lebanon defied the ban on Monday.") == [("REJECT", "128")]


def test_constitutional_guarantees_suspended_restrict_rights(pipeline: Any) -> None:
    text = "President Ramon Castillo suspended constitutional guarantees on Tuesday after riots in the capital."
    assert _types(pipeline, text) == [("COERCE", "1721")]
    # a guarantee given to another state, suspended, stays a reduction of relations
    given = "The United States suspended its security guarantees to Fiji on Monday."
    assert _types(pipeline, given) == [("SANCTION", "160")]


@pytest.mark.parametrize(
    "text",
    [
        "The Constitutional Court suspended the referendum on Thursday.",
        "Spain's Constitutional Court suspended the regional referendum law on Thursday.",
    ],
)
def test_a_court_suspending_a_measure_rejects_it(pipeline: Any, text: str) -> None:
    # no reduction of relations (160) nor a concession on policy (0832): the court blocks the measure
    assert _types(pipeline, text) == [("REJECT", "120")]


def test_a_government_suspending_its_own_reform_still_concedes(pipeline: Any) -> None:
    assert _types(pipeline, "The government suspended the pension reform on Monday.") == [("CONCEDE", "0832")]


def test_missiles_destroyed_under_an_accord_are_disarmament(pipeline: Any) -> None:
    text = "Under the accord, both countries will destroy their short-range missiles within two years."
    assert _types(pipeline, text) == [("RETREAT", "0873")]
    # other property destroyed stays 1712
    assert _types(pipeline, "Soldiers destroyed the opposition newspaper's offices on Monday.") == [("COERCE", "1712")]


def test_a_missile_depot_destroyed_is_no_disarmament(pipeline: Any) -> None:
    evs = _types(pipeline, "Rebel rockets destroyed a missile depot near the airport on Sunday.")
    assert ("RETREAT", "0873") not in evs
