"""Sentence recall, fifty-fifth session (issue 11; sentrec55): the right act coded as another type, counted
over the missed required groups of rounds 26-63 sentences (docs/verb-frames.md, "Sentence recall,
sentrec55"). Each test codes sentences written for it (none taken from a gold set):

* an order whose object is the noun of an act is that act (verb_frames' class ORDER): a takeover of the
  security forces (170, COERCE), an end to trade (163, SANCTION), a
  military operation (190, ASSAULT);
* a bloc's business blocked by a member is a rejection (object_codes "144": budget, fund, membership ...);
* an international organisation that expels or suspends a member sanctions it (sector_codes "174", "1721");
* a company, a field or a plant seized or occupied is property seized (object_codes "192");
* "put under house arrest" stays an arrest, "put on trial" a legal action (lemma_codes "173").
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _typed(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        (
            "Brazil's president decreed a federal takeover of public security in Rio de Janeiro state on Friday.",
            "COERCE",
            "170",
        ),
        ("The governor ordered a federal intervention in the police of the northern province.", "COERCE", "170"),
        ("President Carter ordered an end to all American trade with Uganda on Thursday.", "SANCTION", "163"),
        ("The Kenyan president ordered a military operation in the border region on Friday.", "ASSAULT", "190"),
    ],
)
def test_an_order_of_an_act_is_the_act(pipeline: Any, text: str, event: str, cameo: str) -> None:
    assert (event, cameo) in _typed(pipeline, text)


def test_an_inquiry_ordered_is_no_takeover(pipeline: Any) -> None:
    # the act noun inside an inquiry's object leaves the inquiry as it was
    types = {t for t, _ in _typed(pipeline, "The minister ordered an inquiry into the collapse of the bridge.")}
    assert "COERCE" not in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia and Cyprus blocked the bloc's seven-year budget and its recovery fund on Tuesday.",
    ],
)
def test_a_bloc_business_blocked_is_a_rejection(pipeline: Any, text: str) -> None:
    typed = _typed(pipeline, text)
    assert ("REJECT", "120") in typed and not any(t == "PROTEST" for t, _ in typed)


def test_protesters_blocking_roads_still_obstruct(pipeline: Any) -> None:
    typed = _typed(
        pipeline, "Farmers blocked roads and motorways across Belgium on Monday to protest against fuel taxes."
    )
    assert ("REJECT", "120") not in typed


@pytest.mark.parametrize(
    "text",
    [
        "The Commonwealth expelled Zimbabwe on Friday after the disputed vote.",
        "The African Union suspended Mali from the bloc on Friday.",
    ],
)
def test_an_organisation_expelling_a_member_sanctions_it(pipeline: Any, text: str) -> None:
    assert "SANCTION" in {t for t, _ in _typed(pipeline, text)}


def test_a_state_expelling_people_still_coerces(pipeline: Any) -> None:
    typed = _typed(pipeline, "Burundi expelled hundreds of Congolese refugees on Monday.")
    assert not any(t == "SANCTION" and c == "160" for t, c in typed)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # control taken of a firm is coercion of the firm (types45: code_rules object_codes 192 CONTROL, 170)
        ("Ecuador moved on Tuesday to seize control of the telecoms company Movitel from a Mexican group.", "170"),
        ("Government troops occupied the oil fields of the foreign consortium on Sunday.", "171"),
    ],
)
def test_property_seized_is_coercion(pipeline: Any, text: str, code: str) -> None:
    typed = _typed(pipeline, text)
    assert ("COERCE", code) in typed and not any(t == "ASSAULT" for t, _ in typed)


def test_a_town_seized_stays_an_occupation(pipeline: Any) -> None:
    assert ("ASSAULT", "192") in _typed(pipeline, "Rebels seized the town of Goma on Tuesday.")


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        ("The junta put the deposed president under house arrest on Wednesday.", "COERCE", "173"),
        ("Thai police put the protest leader under arrest.", "COERCE", "173"),
        ("Prosecutors will put the former minister Jan Novak on trial next month.", "ACCUSE", "115"),
        ("The government said it would bring the two generals to trial.", "ACCUSE", "115"),
    ],
)
def test_put_under_arrest_is_an_arrest_and_put_on_trial_a_charge(
    pipeline: Any, text: str, event: str, cameo: str
) -> None:
    assert (event, cameo) in _typed(pipeline, text)
