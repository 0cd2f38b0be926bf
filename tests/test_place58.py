"""Where an act done at a meeting happened (issue 11, place58): the meeting's place, when the sentence tells it.
Each test codes sentences written for it (none taken from a gold set):

* a meeting told in the subject's phrase ("delegates meeting in X", with "meeting" read as a noun of the
  subject, or "envoys at a conference in X") places what the subject did there;
* a walkout from a meeting ("walked out of talks in X") was where the meeting was held;
* a charter approved is an agreement adopted (057).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _placed(pipeline: Any, text: str, event: str) -> tuple[str | None, str | None]:
    got = [e for e in _code(pipeline, text) if e.event == event]
    assert got, f"no {event} event"
    loc = got[0].event_loc
    return (loc.resolved_place if loc else None, got[0].cameo)


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        (
            "Sudanese members of parliament meeting in the Kenyan town of Naivasha approved a charter on Friday.",
            "AGREE",
            "Naivasha",
        ),
        ("Envoys at a conference in Geneva agreed on Friday to a truce in Yemen.", "AGREE", "Geneva"),
    ],
)
def test_an_act_of_a_subject_told_at_a_meeting_is_placed_there(
    pipeline: Any, text: str, event: str, place: str
) -> None:
    assert _placed(pipeline, text, event)[0] == place


def test_a_subject_phrase_without_a_meeting_places_nothing_there(pipeline: Any) -> None:
    # the town names where the workers work, not a meeting the demand was made at
    assert _placed(pipeline, "Workers of the building in Lagos demanded higher pay on Monday.", "REQUEST")[0] != "Lagos"


def test_a_walkout_is_where_the_meeting_was(pipeline: Any) -> None:
    text = "Pakistan's envoy walked out of the conference in Tashkent after India's speech."
    assert _placed(pipeline, text, "REJECT")[0] == "Tashkent"


def test_a_charter_approved_is_an_agreement(pipeline: Any) -> None:
    text = "Somali clan elders, meeting in the Djiboutian town of Arta, approved a national charter on Tuesday."
    assert _placed(pipeline, text, "AGREE") == ("Arta", "057")
