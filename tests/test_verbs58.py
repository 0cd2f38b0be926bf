"""Frames with no pattern (issue 11, verbs58): from the missed required groups of rounds 26-69 whose frame had no
pattern of their type (docs/verb-frames.md, "Frames with no pattern, verbs58"), the one family kept after every set
was measured: troops, reinforcements or police flown in are deployed (154 / 153, MOBILIZE), as forces flown to a
place are ("fly MOVED_FORCE to"); a leader who flies in, or forces that fly in with no object, are no deployment.
Each test codes sentences written for it (none taken from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile flew in extra troops to the northern province on Tuesday.", ("MOBILIZE", "154")),
        ("Lisbon has flown in more soldiers and marines after the riots.", ("MOBILIZE", "154")),
        ("Madrid flew in riot police to the island on Friday.", ("MOBILIZE", "153")),
    ],
)
def test_forces_flown_in_are_deployed(pipeline: Any, text: str, want: tuple[str, str]) -> None:
    assert want in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president flew in on Tuesday for the funeral.",
        "The Peruvian envoy flew in from Lima with two aides.",
    ],
)
def test_a_person_flying_in_is_no_deployment(pipeline: Any, text: str) -> None:
    assert not {"153", "154"} & {c for _, c in _coded(pipeline, text)}
