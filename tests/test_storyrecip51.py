"""Recipient mechanisms of storyrecip51, on sentences written for this test (none taken from a gold or
blind set), with traps: an appeal, an accusation, a rejection, a threat, a protest, a coercion or a
violent act that names no one it is aimed at, by actors of one country, in a story datelined in that
country, is aimed at their own country (participants/homeaim.py, code_rules home_dateline_roots); not
in a story datelined elsewhere or with no dateline, nor when its sentence names a party of another
country."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set

PUB = "2011-05-12"


def _coded(pipeline: Any, text: str, roots: tuple[str, ...], dateline: str | None) -> Any:
    events = [e for e in code_on(pipeline, text, PUB, dateline) if e.cameo.startswith(roots)]
    assert events, [(e.cameo, e.event_text) for e in code_on(pipeline, text, PUB, dateline)]
    return events[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "dateline", "country"),
    [
        ("Zambia's president appealed for calm on Tuesday after two days of rioting.", ("02",), "LUSAKA", "ZMB"),
        ("The Kenyan government rejected the report on Monday.", ("12",), "NAIROBI", "KEN"),
        ("Peru's president declared a state of emergency on Sunday.", ("17",), "LIMA", "PER"),
    ],
)  # fmt: skip
def test_an_act_naming_no_one_in_its_dateline_country_is_aimed_at_home(
    pipeline: Any, text: str, roots: tuple[str, ...], dateline: str, country: str
) -> None:
    event = _coded(pipeline, text, roots, dateline)
    assert country_set(event.recipient) == {country}, (event.recipient, event.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "dateline"),
    [
        # filed from another country: the act may be aimed abroad
        ("Zambia's president appealed for calm on Tuesday after two days of rioting.", ("02",), "LONDON"),
        # no dateline: a sentence alone tells nothing of where the story is
        ("The Kenyan government rejected the report on Monday.", ("12",), None),
        # another country named in the sentence
        ("The Kenyan government rejected the report on Monday, after Uganda had published it.", ("12",), "NAIROBI"),
    ],
)  # fmt: skip
def test_an_act_abroad_or_beside_another_party_is_not_read_at_home(
    pipeline: Any, text: str, roots: tuple[str, ...], dateline: str | None
) -> None:
    event = _coded(pipeline, text, roots, dateline)
    assert "ZMB" not in country_set(event.recipient) and "KEN" not in country_set(event.recipient), (
        event.recipient,
        event.reasons,
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dateline", "country"),
    [
        ("The United Nations urged restraint on Friday and called for an independent inquiry.", "TASHKENT", "UZB"),
        ("Amnesty International demanded an independent investigation into the shootings.", "TASHKENT", "UZB"),
    ],
)  # fmt: skip
def test_an_appeal_by_a_party_of_no_country_is_aimed_at_the_dateline(
    pipeline: Any, text: str, dateline: str, country: str
) -> None:
    event = _coded(pipeline, text, ("02", "10"), dateline)
    assert country_set(event.recipient) == {country}, (event.recipient, event.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # no dateline
        ("The United Nations urged restraint on Friday and called for an independent inquiry.", None),
        # a state's appeal: whom it is aimed at is not told by where the story is filed
        ("Britain urged restraint on Friday and called for an independent inquiry.", "TASHKENT"),
        # another country named in the sentence
        ("The United Nations urged restraint in Kyrgyzstan on Friday.", "TASHKENT"),
    ],
)  # fmt: skip
def test_an_appeal_with_no_dateline_or_by_a_state_is_not_read_at_the_dateline(
    pipeline: Any, text: str, dateline: str | None
) -> None:
    event = _coded(pipeline, text, ("02", "10"), dateline)
    assert "UZB" not in country_set(event.recipient), (event.recipient, event.reasons)
