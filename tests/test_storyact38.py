"""Recipients a wire story names again (storyact38 session, issue 11's coreference): a judgement whose
object is a pronoun or a generic act noun ("also denounced it", "condemned the decision") right after
another judgement takes up that judgement's object, as wire stories list the reactions to one act one
after another (code/judged.judged_again); an appeal that names no one after the lead ("Kenya called for a
halt to the fighting") is aimed at whoever did the story's lead act (code_rules appeal_roots,
code/toldbefore.lead_doer), unless the appealer's country is the one the lead act hit. Every text is
written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.code.judged import judged_again
from newsevents.records import ActorRef, Event, Source

PUB = dt.date(2019, 3, 6)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


# --- a pronoun after a judgement in its sentence: "X condemned the incursion, and Y also denounced it" ---


@pytest.mark.model
def test_a_pronoun_judged_after_a_judgement_takes_up_its_object(pipeline: Any) -> None:
    text = (
        "Chilean troops crossed into southern Peru on Tuesday. "
        "Argentina condemned the incursion on Wednesday, and Bolivia also denounced it."
    )
    denounced = _at(pipeline, text, "denounced")
    assert denounced and country_set(denounced[0].actor) == {"BOL"}
    assert country_set(denounced[0].recipient) == {"CHL"}  # not Argentina, the first judge


@pytest.mark.model
def test_an_approval_of_it_after_an_approval_takes_up_its_object(pipeline: Any) -> None:
    text = (
        "Ghana released the jailed opposition leader Kofi Mensah on Tuesday. "
        "The United States welcomed the release, and Britain also welcomed it."
    )
    welcomed = _at(pipeline, text, "welcomed")
    assert len(welcomed) == 2 and country_set(welcomed[1].actor) == {"GBR"}
    assert country_set(welcomed[1].recipient) == {"GHA"}  # not the United States


# --- a generic act noun in the sentence after a judgement, its act told too far back -------------------


@pytest.mark.model
def test_the_decision_judged_after_the_move_judged_is_the_same_act(pipeline: Any) -> None:
    text = (
        "Turkey recognised the breakaway region of Transnistria as an independent state on Tuesday, "
        "defying warnings from Brussels. Turkish Foreign Minister Mevlut Cavusoglu announced the step at a "
        "news conference in Ankara. He said the region's people had chosen their own path. "
        "Moldovan President Igor Dodon condemned the move as an attack on his country's borders. "
        "Romanian President Klaus Iohannis condemned the decision as reckless."
    )
    condemned = _at(pipeline, text, "condemned")
    assert len(condemned) == 2 and country_set(condemned[1].actor) == {"ROU"}
    assert country_set(condemned[1].recipient) == {"TUR"}


# --- an appeal that names no one after the lead: at the lead act's doers -----------------------------------


@pytest.mark.model
def test_an_appeal_naming_no_one_is_aimed_at_the_lead_acts_doers(pipeline: Any) -> None:
    text = (
        "Ethiopian troops crossed into Somalia on Monday and shelled the town of Baidoa, witnesses said. "
        "The Somali government said dozens of civilians had been killed. "
        "Kenya called for an immediate halt to the fighting."
    )
    called = _at(pipeline, text, "called")
    assert called and country_set(called[0].actor) == {"KEN"}
    assert country_set(called[0].recipient) == {"ETH"}


@pytest.mark.model
def test_an_appeal_at_home_after_the_own_side_acted_names_no_one(pipeline: Any) -> None:  # trap
    text = "Ethiopian troops crossed into Somalia on Monday. Ethiopian Prime Minister Meles Zenawi appealed for calm."
    for e in _at(pipeline, text, "appealed"):
        assert "ETH" not in country_set(e.recipient)


@pytest.mark.model
def test_an_appeal_for_help_by_the_country_hit_is_not_aimed_at_the_attacker(pipeline: Any) -> None:  # trap
    text = (
        "Eritrean troops crossed into Djibouti on Monday and seized a border post. "
        "Djibouti's state radio appealed to friendly nations for help."
    )
    for e in _at(pipeline, text, "appealed"):
        assert "ERI" not in country_set(e.recipient)


@pytest.mark.model
def test_an_appeal_in_the_lead_takes_no_lead_doer(pipeline: Any) -> None:  # trap: no act told before it
    text = "Kenya called on Monday for an immediate halt to the fighting after Ethiopian troops crossed into Somalia."
    for e in _at(pipeline, text, "called"):
        assert country_set(e.recipient) <= {"SOM", None}


# --- traps ------------------------------------------------------------------------------------------------


@pytest.mark.model
def test_a_rejection_of_a_charge_against_the_rejecter_is_no_second_judgement(pipeline: Any) -> None:  # trap
    text = "Britain accused Iran on Tuesday of seizing a British tanker in the Gulf, and Iran rejected it."
    rejected = _at(pipeline, text, "rejected")
    assert rejected and "IRN" not in country_set(rejected[0].recipient)


def _ref(country: str) -> ActorRef:
    return ActorRef(country, None, country, country, None, f"country:{country}", None)


def _judgement(cameo: str, sentence: int, actor: str, recipient: str) -> Event:
    return Event(
        id=Event.make_id("t", sentence, 0, 9, cameo), article_id="t", sentence_index=sentence, date=None,
        date_precision="unknown", date_text=None, event="ACCUSE", mode=None, context=(), cameo=cameo,
        cameo_root=cameo[:2], quad_code=3, goldstein=-2.0, modality="asserted", actor=(_ref(actor),),
        recipient=(_ref(recipient),), event_loc=None, event_text="condemned", text="", start_char=0, end_char=9,
        source=Source(None, None, "2019-03-06", None), confidence=0.8, reasons=(), coder="test",
        coded_date="2019-03-07",
    )  # fmt: skip


def test_only_a_judgement_told_just_before_is_taken_up() -> None:
    judging = ("051", "11", "12")
    first = _judgement("111", 2, "ARG", "CHL")
    assert judged_again(first, [_ref("BOL")], 2, judging) is not None  # the same sentence
    assert judged_again(first, [_ref("BOL")], 3, judging) is not None  # the sentence after
    assert judged_again(first, [_ref("BOL")], 4, judging) is None  # two sentences on: too far
    assert judged_again(first, [_ref("CHL")], 2, judging) is None  # aimed at the judge himself
    assert judged_again(_judgement("020", 2, "ARG", "CHL"), [_ref("BOL")], 2, judging) is None  # an appeal
    assert judged_again(first, [_ref("BOL")], 2, ()) is None
