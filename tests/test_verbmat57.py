"""Material acts with no pattern of their type (issue 11, verbmat57): families of a verb class x an object
class counted over the missed required groups of rounds 26-67 whose gold type is a material act
(docs/verb-frames.md, "Material acts with no pattern, verbmat57"). Each test codes sentences written for it
(none taken from a gold set):

* forces made ready by an order, a decree or an authorisation of their call-up or reinforcement (ORDER_UP x
  call-up of reservists, reinforcements: 154, MOBILIZE);
* a person captured (CAPTURE x CAPTIVE_NOUN: 173, COERCE), where "capture" alone occupies a place (192);
* defeat accepted (080, CONCEDE);
* tariffs or sanctions ordered (163, SANCTION);
* military drills begun or announced (150, MOBILIZE), not drilling for oil;
* forces going into action (190, ASSAULT);
* an army put on a state of alert (FORCE_BODY, 152, MOBILIZE).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _typed(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president ordered reinforcements to the northern border on Monday.", ("MOBILIZE", "154")),
        ("Israel's defence minister authorised the call-up of 40,000 reservists.", ("MOBILIZE", "154")),
        ("Chadian troops captured a Sudanese pilot on Friday.", ("COERCE", "173")),
        ("Ghana's president Kwame Mensah accepted defeat in the election on Tuesday.", ("CONCEDE", "080")),
        ("Brazil's president ordered tariffs on Argentine steel.", ("SANCTION", "163")),
        ("Russia began three days of large-scale naval drills near Norway on Monday.", ("MOBILIZE", "150")),
        ("Tehran announced live-fire military exercises in the Gulf on Sunday.", ("MOBILIZE", "150")),
        ("Belgian troops and helicopters went into action against the rebels in Kisangani.", ("ASSAULT", "190")),
        ("Greece put its army on a state of high alert on Friday.", ("MOBILIZE", "152")),
    ],
)
def test_material_acts_of_the_families(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(pipeline, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a town captured stays an occupation, not an arrest
        ("Chadian troops captured the town of Abeche on Friday.", ("COERCE", "173")),
        # an inquiry ordered is no mobilisation
        ("The Nigerian president ordered an inquiry into the riots on Monday.", ("MOBILIZE", "154")),
        # drilling for oil is no military drill
        ("A Norwegian company began drilling for oil off the Faroe Islands on Monday.", ("MOBILIZE", "150")),
        # defeat inflicted on someone is no concession
        ("Ghana's army inflicted a defeat on the rebels on Tuesday.", ("CONCEDE", "080")),
    ],
)
def test_other_objects_keep_their_reading(pipeline: Any, text: str, unexpected: tuple[str, str]) -> None:
    assert unexpected not in _typed(pipeline, text)
