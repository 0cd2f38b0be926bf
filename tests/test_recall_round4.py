"""Mechanisms of the fifth session (issue 11, recall by class of miss), each on sentences written
for this test (none taken from a gold or blind set): relative clauses whose own subject is a group
of people or forces, attacks by a
means that strikes by itself (an unknown attacker)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, one_event

pytestmark = pytest.mark.model


PUB = dt.date(2018, 3, 9)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


def test_a_relative_clause_whose_subject_is_a_group_of_people_tells_an_act(pipeline: Any) -> None:
    text = "Police in Lima blamed the rebels for the blast, a charge the rebels denied on Tuesday."
    e = _one(pipeline, text, "denied")
    assert e.event == "REJECT"


def test_a_relative_clause_of_a_setting_with_protesters_as_subject(pipeline: Any) -> None:
    text = "Officials in Quito reopened the ministry, a week after a rally during which protesters stormed it."
    e = _one(pipeline, text, "stormed")
    assert e.event in {"PROTEST", "ASSAULT"}


def test_a_relative_clause_that_only_describes_stays_background(pipeline: Any) -> None:
    events = _code(pipeline, "Chilean students protested outside the school where the children live.")
    assert [e.event_text for e in events] == ["protested"]


def test_bombs_exploding_in_a_place_are_an_attack_by_an_unknown_hand(pipeline: Any) -> None:
    text = "Several car bombs exploded near ministry buildings in the Somali capital Mogadishu on Sunday."
    e = _one(pipeline, text, "exploded")
    assert e.event == "ASSAULT"
    assert e.actor == ()


def test_rockets_hitting_a_market_in_a_named_city(pipeline: Any) -> None:
    e = _one(pipeline, "Two rockets hit a crowded market in Mosul on Sunday.", "hit")
    assert e.event == "ASSAULT"
    assert e.actor == ()


def test_something_else_exploding_is_no_attack(pipeline: Any) -> None:
    assert not _code(pipeline, "A gas cylinder exploded in a kitchen in Nairobi on Friday.")


def test_a_finite_verb_misparsed_as_an_adjective_keeps_its_subject(pipeline: Any) -> None:
    e = _one(pipeline, "Zimbabwe's military seized power on Wednesday.", "seized")
    assert e.event == "COERCE"
    assert {r.country for r in e.actor} == {"ZWE"}


def test_the_verb_coordinated_with_the_misparsed_one_shares_its_subject(pipeline: Any) -> None:
    for text, country in (
        ("Gabon's military seized power on Thursday and expelled the French ambassador.", "GAB"),
        ("Kenya's military seized power on Monday and expelled the French ambassador.", "KEN"),
    ):
        e = _one(pipeline, text, "expelled")
        assert e.event == "SANCTION"
        assert {r.country for r in e.actor} == {country}


def test_a_noun_compound_misparsed_as_a_clause_is_the_object(pipeline: Any) -> None:
    e = _one(pipeline, "Canada imposed asset freezes and travel bans on ten Venezuelan officials on Monday.", "imposed")
    assert e.event == "SANCTION"
    assert {r.country for r in e.actor} == {"CAN"}


def test_a_real_complement_clause_is_no_object(pipeline: Any) -> None:
    assert not _code(pipeline, "Canadian officials said exports rise every year.")


def test_a_statement_backing_a_party_is_support_by_its_issuer(pipeline: Any) -> None:
    e = _one(pipeline, "The Peruvian navy released a statement on Friday backing the president.", "backing")
    assert e.event == "SUPPORT"
    assert {r.country for r in e.actor} == {"PER"}


def test_a_vow_of_violence_told_with_an_act_is_a_threat(pipeline: Any) -> None:
    text = "Somalia's al Shabaab militia seized a cargo ship on Sunday, vowing to target more vessels."
    e = _one(pipeline, text, "vowing")
    assert e.event == "THREATEN"


def test_a_pledge_to_withdraw_stays_an_intent(pipeline: Any) -> None:
    e = _one(pipeline, "Kenya pledged on Friday to withdraw its troops from Somalia.", "pledged")
    assert e.event == "AGREE"


def test_a_where_clause_happens_in_the_place_it_modifies(pipeline: Any) -> None:
    text = "Radio stations went silent in Kandy, the hill city, where troops took up positions outside the town hall."
    e = _one(pipeline, text, "took up")
    assert e.event_loc is not None and e.event_loc.extracted_place == "Kandy"


def test_a_where_clause_without_a_date_takes_its_head_clause_date(pipeline: Any) -> None:
    text = "The unrest began on Tuesday in the town of Osh, where protesters seized the governor's office."
    e = _one(pipeline, text, "seized")
    assert e.date == "2018-03-06"


def test_the_object_misparsed_as_a_clause_lends_its_date(pipeline: Any) -> None:
    e = _one(pipeline, "Canada slapped asset freezes and travel bans on Tuesday on twelve Burmese generals.", "slapped")
    assert e.date == "2018-03-06"


def test_killings_in_riots_take_the_date_of_what_triggered_them(pipeline: Any) -> None:
    text = "Militants tore down a mosque in Ayodhya on Sunday, triggering riots in which police killed scores."
    e = _one(pipeline, text, "killed")
    assert e.event == "ASSAULT"
    assert e.date == "2018-03-04"
