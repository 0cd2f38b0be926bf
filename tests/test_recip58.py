"""recip58: an object owned by "their" or "its" names the party that pronoun takes up
(participants/possessor.py), and a membership or accession a state would not approve is a rejection aimed at
the states whose membership it is. Sentences written for these tests (none taken from a gold set)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, list[str | None], tuple[str, ...]]]:
    return [(e.event, e.cameo, [r.country for r in e.recipient], e.reasons) for e in _code(pipeline, text)]


def test_their_membership_refused_names_the_applicants_told_before(pipeline: Any) -> None:
    text = (
        "Lithuania and Slovenia applied to join the customs union in March. "
        "Austria said on Tuesday it would not approve their membership unless both tightened their border controls."
    )
    rejected = [r for t, c, r, _ in _coded(pipeline, text) if c == "120"]
    assert rejected and set(rejected[0]) == {"LTU", "SVN"}


def test_their_request_is_of_the_parties_told_as_a_subject(pipeline: Any) -> None:
    text = "Burundian families crossed the lake in May, but Zambia rejected their request for shelter on Sunday."
    rejected = [(r, why) for t, c, r, why in _coded(pipeline, text) if t == "REJECT"]
    assert rejected and rejected[0][0] == ["BDI"]
    assert any("'their'" in w for w in rejected[0][1])


def test_its_own_programme_names_no_other_party(pipeline: Any) -> None:
    text = "Norway suspended its whaling programme on Friday after Iceland criticised the catch."
    for _, _, _, why in _coded(pipeline, text):
        assert not any("'its' in" in w for w in why)
