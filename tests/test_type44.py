"""Wrong event types (issue 11, type44): a person handed over by name, to a tribunal or into custody is delivered to
justice (judicial cooperation, 063), while hostages, territory or power handed over stay a release or a cession; on
sentences written for the project (never gold sentences)."""

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
        "Croatia handed Ante Kovac over to the tribunal on Friday.",
        "Kenya handed over the banker Joseph Mwangi to Uganda.",
        "Pakistani agents handed him over to U.S. custody.",
        "Belgrade handed the former army chief Ratko Vukovic over to the international tribunal on Monday.",
    ],
)
def test_a_person_handed_over_is_judicial_cooperation(pipeline: Any, text: str) -> None:
    # delivered to a court, to custody or by name to another state: an extradition's kin (063), no release
    types = _types(pipeline, text)
    assert ("COOPERATE", "063") in types
    assert not any(t == "CONCEDE" for t, _ in types)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels handed over twelve hostages to the Red Cross on Tuesday.",
        "Britain handed Hong Kong over to China in 1997.",
        "The kidnappers released them and handed them over to the Red Cross.",
    ],
)
def test_hostages_or_territory_handed_over_stay_a_release(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert any(t == "CONCEDE" for t, _ in types)
    assert not any(t == "COOPERATE" for t, _ in types)
