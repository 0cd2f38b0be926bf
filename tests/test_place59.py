"""The scene a story set places an act nothing else places (issue 11, place59: where/scene.py).
Each test codes a story written for it (none taken from a gold set):

* an act three sentences after the story's located act, with no place of its own and none from its
  actors, is placed at the scene the story set, with a reason that says so;
* not when its own date words set it in another year;
* not when its sentence names a place of another country (the story may have moved).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on
from newsevents.where.scene import SCENE_TOLD

pytestmark = pytest.mark.model

LEAD = (
    "Pirates seized a cargo ship off Mombasa on Saturday, the port authority said.\n\n"
    "The ship was carrying maize and fertiliser.\n\n"
    "Its owners said the crew of 19 were unharmed.\n\n"
)


def _released(pipeline: Any, last: str) -> Any:
    got = [e for e in code_on(pipeline, LEAD + last) if e.event_text == "released"]
    assert got, "no release coded"
    return got[0]


def test_an_act_placed_by_nothing_else_is_at_the_story_scene(pipeline: Any) -> None:
    ev = _released(pipeline, "The pirates released the crew on Tuesday.")
    assert ev.event_loc is not None and ev.event_loc.resolved_place == "Mombasa"
    assert ev.event_loc.step == "scene"
    assert any(SCENE_TOLD in r for r in ev.reasons)


def test_an_act_of_another_year_is_not_at_the_scene(pipeline: Any) -> None:
    ev = _released(pipeline, "In 2009 the pirates released another crew.")
    assert ev.event_loc is None or ev.event_loc.resolved_place != "Mombasa"


def test_a_sentence_naming_another_country_keeps_the_act_off_the_scene(pipeline: Any) -> None:
    ev = _released(pipeline, "The pirates, who sailed from Yemen, released the crew on Tuesday.")
    assert ev.event_loc is None or ev.event_loc.resolved_place != "Mombasa"
