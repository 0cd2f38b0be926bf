"""Precision and the choice of type (issue 11): general mechanisms, each on sentences written for
the project (never gold sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.code.rules import CodeRules
from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str, pub: str = "2024-06-12") -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub))
    return list(pipeline.code(art).events)


def test_the_condemning_roots_are_data() -> None:
    assert "11" in CodeRules.default().condemning_roots


def test_a_condemnation_of_a_definite_act_is_aimed_at_who_did_it(pipeline: Any) -> None:
    evs = _code(pipeline, "Ethiopian troops shelled villages in Eritrea on Monday. Kenya condemned the shelling.")
    accuse = next(e for e in evs if e.event == "ACCUSE")
    assert [a.country for a in accuse.recipient] == ["ETH"]


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        ("The Kenyan president ordered a trade embargo against Uganda on Monday.", "SANCTION", "163"),
        ("Ethiopia's prime minister ordered a military offensive against the rebels in Tigray.", "ASSAULT", "190"),
        ("The Russian defence minister ordered troops on Wednesday to withdraw from the city.", "RETREAT", "0874"),
        ("The Thai prime minister ordered a halt to military operations in the south.", "RETREAT", "087"),
        ("The Kenyan president ordered troops and warplanes to Somalia.", "MOBILIZE", "154"),
    ],
)
def test_an_order_is_the_act_ordered_by_whoever_orders_it(pipeline: Any, text: str, event: str, cameo: str) -> None:
    evs = _code(pipeline, text)
    assert [(e.event, e.cameo) for e in evs] == [(event, cameo)]
    assert all(r.sector == "GOV" for r in evs[0].actor)


def test_an_order_to_its_own_people_that_tells_no_act_is_no_demand(pipeline: Any) -> None:
    assert _code(pipeline, "The French president ordered border controls tightened after the attacks.") == []


def test_an_order_to_another_country_stays_a_demand_or_its_restriction(pipeline: Any) -> None:
    evs = _code(pipeline, "Uzbekistan ordered the United States to leave the air base within 180 days.")
    assert [e.event for e in evs] in (["REQUEST"], ["COERCE"], ["SANCTION"])
    assert [r.country for r in evs[0].recipient] == ["USA"]


def test_forcing_people_to_act_is_not_their_act(pipeline: Any) -> None:
    text = "Russian tanks shelled the parliament on Monday, forcing the hard-line deputies to surrender."
    evs = _code(pipeline, text)
    assert "RETREAT" not in {e.event for e in evs} and "ASSAULT" in {e.event for e in evs}


def test_protesters_setting_fire_riot_and_an_army_demolishing_destroys_property(pipeline: Any) -> None:
    riot = _code(pipeline, "Protesters set fire to a police station in Minneapolis.")
    assert [(e.event, e.cameo) for e in riot] == [("PROTEST", "145")]
    army = _code(pipeline, "Chadian soldiers burned villages near the border with Sudan.")
    assert [(e.event, e.cameo) for e in army] == [("COERCE", "1712")]


def test_troops_withdrawing_retreat_and_a_government_withdrawing_reduces_relations(pipeline: Any) -> None:
    troops = _code(pipeline, "Soviet troops began withdrawing from Afghanistan on Sunday.")
    assert [(e.event, e.cameo) for e in troops] == [("RETREAT", "0874")]
    treaty = _code(pipeline, "The United States withdrew from the treaty.")
    assert [(e.event, e.cameo) for e in treaty] == [("SANCTION", "160")]


def test_a_reaction_is_told_by_its_means(pipeline: Any) -> None:
    sanctions = _code(pipeline, "China retaliated with sanctions on European lawmakers.")
    assert [(e.event, e.cameo) for e in sanctions] == [("SANCTION", "163")]
    strikes = _code(pipeline, "Israel responded with air strikes on southern Lebanon.")
    assert [e.event for e in strikes] == ["ASSAULT"] and [a.country for a in strikes[0].actor] == ["ISR"]
    bare = _code(pipeline, "Iran retaliated against the United States.")
    assert [e.event for e in bare] == ["ASSAULT"]


def test_a_stance_in_a_relative_clause_describes_the_party(pipeline: Any) -> None:
    evs = _code(pipeline, "Rioters who opposed his government burned buildings in Honiara.")
    assert [e.event for e in evs] == ["PROTEST"]
    said = _code(pipeline, "Kenya opposed the deployment of foreign troops.")
    assert [e.event for e in said] == ["ACCUSE"]


def test_medical_teams_arriving_bring_aid_and_a_minister_arriving_visits(pipeline: Any) -> None:
    teams = _code(pipeline, "Chinese medical teams arrived in Nepal on Monday.")
    assert [(e.event, e.cameo) for e in teams] == [("AID", "073")]
    minister = _code(pipeline, "Kenya's foreign minister arrived in Uganda on Monday.")
    assert [e.event for e in minister] == ["CONSULT"]


def test_a_vow_to_pursue_people_is_a_threat_and_a_pledge_to_settle_is_not(pipeline: Any) -> None:
    for text in ("The Kenyan president vowed to hunt down those responsible.", "Iran vowed to find those responsible."):
        assert [e.event for e in _code(pipeline, text)] == ["THREATEN"], text
    settle = _code(pipeline, "Kenya's president pledged to find a solution to the crisis.")
    assert [e.event for e in settle] == ["AGREE"]
