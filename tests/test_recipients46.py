"""Recipient mechanisms of recip46 (issue 12's recipient country), on sentences written for this test
(none taken from a gold or blind set), with traps: a counter-attack ("fought back", "retaliated") answers
the attackers of the act told before it (participants/counterattack.py); a complaint lodged with a forum
(a court, the Security Council) is against the party complained about (participants/forum.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2011, 6, 14)


def _attacks(pipeline: Any, text: str, trigger: str) -> list[Any]:
    return [
        ev
        for ev in code_events(pipeline, text, PUB)
        if ev.cameo.startswith(("18", "19", "20")) and ev.event_text.split()[0] == trigger
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Serbian tanks rolled into Bosnia on Thursday, and Bosnian forces fought back.", "fought", {"SRB"}),
        (
            "Israel struck Iranian military sites on Friday, and Iran retaliated with waves of missiles.",
            "retaliated",
            {"ISR"},
        ),
        ("India shelled Pakistani border posts on Sunday, and Islamabad hit back within hours.", "hit", {"IND"}),
    ],
)
def test_a_counter_attack_answers_the_attackers_told_before(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    hits = _attacks(pipeline, text, trigger)
    assert hits, text
    assert country_set(hits[0].recipient) == target, (text, hits[0].recipient, hits[0].reasons)
    assert any("counter-attack" in r for r in hits[0].reasons), hits[0].reasons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the earlier attackers are of the counter-attackers' own country: no foreign attacker to answer
        ("Rebels attacked an army post in Mali on Monday, and troops fought back.", "fought"),
        # the earlier attack hit a third country, not the counter-attackers'
        (
            "Russian jets bombed rebel positions in Syria on Monday, and Ukrainian forces fought back near Kharkiv.",
            "fought",
        ),
        # no "back", no verb of counter-attack: an attack of its own
        ("Israel struck Iranian military sites on Friday, and Iran fired missiles at Haifa.", "fired"),
    ],
)
def test_other_attacks_are_left(pipeline: Any, text: str, trigger: str) -> None:
    hits = _attacks(pipeline, text, trigger)
    assert hits, text
    assert not any("counter-attack" in r for r in hits[0].reasons), (text, hits[0].reasons)


def _complaints(pipeline: Any, text: str, trigger: str) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, PUB) if ev.cameo.startswith("11") and ev.event_text == trigger]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a participle of charging names whom it is against
        (
            "Ukraine filed a suit at the International Court of Justice accusing Russia of terrorism financing.",
            "filed",
            {"RUS"},
        ),
        # an "against" phrase
        ("Bolivia filed a suit at the International Court of Justice against Chile on Tuesday.", "filed", {"CHL"}),
        # the attackers of the act told before it
        (
            "Turkish warplanes bombed a Kurdish camp near Sinjar on Monday, and Iraq lodged a complaint with the "
            "Arab League.",
            "lodged",
            {"TUR"},
        ),
    ],
)
def test_a_complaint_lodged_with_a_forum_is_against_the_party_complained_about(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    found = _complaints(pipeline, text, trigger)
    assert found, text
    assert country_set(found[0].recipient) == target, (text, found[0].recipient, found[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # nothing says whom it is against: the forum stays
        ("Iran complained to the United Nations on Monday.", "complained"),
        # a criticism of the body itself (its object), not a complaint lodged with it
        ("Hungary criticised the European Commission on Monday over its migration plan.", "criticised"),
    ],
)
def test_a_forum_with_no_party_complained_about_stays(pipeline: Any, text: str, trigger: str) -> None:
    found = _complaints(pipeline, text, trigger)
    assert found, text
    assert country_set(found[0].recipient) == {None}, (text, found[0].recipient, found[0].reasons)
    assert not any("forum" in r for r in found[0].reasons), found[0].reasons
