"""Wrong event types (issue 11, type53): a deployment whose own object lists relief brings aid (073), not
a deployment (154); on sentences written for the project (never gold sentences). The halt crosswalk
(164/165 as REJECT) of the branch was taken out at the merge (docs/verb-frames.md)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


# a deployment whose own object lists relief brings aid (073), not a deployment (154); a word of relief
# that only names another thing ("a supply ship") leaves the deployment as it is


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand sent a frigate and relief supplies to Samoa after the tsunami.",
        "Chile dispatched two warships and medicine to Haiti.",
        "Spain is sending soldiers, rescue teams and medicine to Morocco after the earthquake.",
    ],
)
def test_a_deployment_that_carries_relief_is_aid(pipeline: Any, text: str) -> None:
    types = {e.event for e in _code(pipeline, text)}
    assert "AID" in types
    assert "MOBILIZE" not in types


def test_a_supply_ship_sent_with_warships_stays_a_deployment(pipeline: Any) -> None:
    types = {e.event for e in _code(pipeline, "Italy will send two destroyers plus a supply ship to the Adriatic.")}
    assert "MOBILIZE" in types
    assert "AID" not in types
