"""Sentence recall, fifty-sixth session (issue 11; sentrec56): frames with no pattern, counted over the missed
required groups of rounds 26-65 sentences (docs/verb-frames.md, "Sentence recall, sentrec56"). Each test codes
sentences written for it (none taken from a gold set):

* a person handed to a court, a tribunal or the authorities is delivered to justice (verb class DELIVER_UP
  with a person as object and a JUSTICE_NOUN, 063, COOPERATE); a letter handed to someone, or a child to a
  parent, is not;
* sanctions or an embargo widened, broadened or tightened are sanctions (TOUGHEN PENALTY_NOUN, 163).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _typed(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Croatia handed the former militia chief Ivan Petrovic to the war crimes tribunal on Monday.",
        "Kenya handed the fugitive banker John Mwangi to Ugandan authorities.",
    ],
)
def test_a_person_handed_to_justice_is_judicial_cooperation(pipeline: Any, text: str) -> None:
    assert ("COOPERATE", "063") in _typed(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Danish minister handed the Iranian envoy a letter of protest.",
        "Police handed the boy to his mother in Nairobi.",
    ],
)
def test_other_things_handed_are_no_judicial_cooperation(pipeline: Any, text: str) -> None:
    assert ("COOPERATE", "063") not in _typed(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union agreed on Monday to widen sanctions against Belarusian officials.",
        "The United States broadened its embargo on Cuba.",
    ],
)
def test_sanctions_widened_are_sanctions(pipeline: Any, text: str) -> None:
    assert ("SANCTION", "163") in _typed(pipeline, text)
