"""Acts found at their trigger and then thrown away (issue 11, fifteenth session, built from the
misses of rounds 19 to 22), each on sentences written for this test (none taken from a gold or
blind set):

what an accord provides, told in a relative clause opened by "under which" / "whereby" ("signed
a deal under which Ethiopian troops will withdraw"): an act of its own, with the modality of its
own verb, not a description of the accord (code/provisions.provided_by_accord).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2011, 5, 2)

_code = partial(code_events, pub_date=PUB)


def _shown(events: list[Event]) -> list[tuple[str | None, str, str, str]]:
    return [(e.event, e.cameo, e.event_text, e.modality) for e in events]


def _on(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.event_text == trigger]


# what an accord provides


@pytest.mark.parametrize(
    ("text", "trigger", "event", "country"),
    [
        ("Ethiopia and Eritrea signed an accord on Monday under which Ethiopian troops will withdraw "
         "from the border town.", "withdraw", "RETREAT", "ETH"),
        ("Serbia and Kosovo reached a deal on Friday under which NATO troops will patrol the northern "
         "districts.", "patrol", "MOBILIZE", None),
        ("The two governments signed a treaty to end the border war, under which Peruvian troops will "
         "withdraw from the captured villages.", "withdraw", None, "PER"),
        ("Sudan and the rebels signed a deal to end the war in Darfur, under which African Union troops "
         "will deploy to the region.", "deploy", "MOBILIZE", None),
    ],
)  # fmt: skip
def test_what_an_accord_provides_is_told(
    pipeline: Any, text: str, trigger: str, event: str | None, country: str | None
) -> None:
    events = _code(pipeline, text)
    found = _on(events, trigger)
    assert found, _shown(events)
    assert all(e.modality == "future" for e in found), _shown(events)
    if event is not None:
        assert found[0].event == event, _shown(events)
    if country is not None:
        assert country in {a.country for a in found[0].actor}, _shown(events)


def test_a_provision_is_not_dated_by_the_signing(pipeline: Any) -> None:
    """The weekday of the signing is not the day the troops will withdraw."""
    text = "Ethiopia and Eritrea signed an accord on Monday under which Ethiopian troops will withdraw from the town."
    found = _on(_code(pipeline, text), "withdraw")
    assert found and found[0].date != "2011-05-09", _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause that describes the accord, not what it provides
        "Ethiopia and Eritrea signed the accord that ended their war in 2000.",
        # "under which" after a noun that is no accord
        "The rebels seized the town under which the mines lie.",
        # a party's act on its own thing: the dictionary would call it a sanction
        "Iran and the powers signed a deal on Sunday under which Tehran will freeze its enrichment programme.",
        # what the accord asks of a party: a demand, not an act to come
        "Paris and Berlin struck a deal on Monday under which Serbia must disband the militias.",
    ],
)
def test_other_relative_clauses_stay_background(pipeline: Any, text: str) -> None:
    events = _code(pipeline, text)
    assert not any(_on(events, w) for w in ("ended", "lie", "freeze", "disband")), _shown(events)
