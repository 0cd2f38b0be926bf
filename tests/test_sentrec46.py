"""Sentence recall of the forty-sixth session (issue 11, sentrec46), each mechanism on sentences written
for this test (none taken from a gold or blind set), with traps:

* an act done "at the request of" (at the invitation, at the behest) of a named party tells that party's
  request of the clause's subject, an event beside the act (code/requested.py), not where the act is
  reported by a verb of saying (a party's account of why it acted) nor in a passive clause; the act asked
  for lends the request whom it asked and its place (requested.asked_of).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2016, 3, 9)

_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


def _countries(refs: Any) -> set[str | None]:
    return {a.country for a in refs}


@pytest.mark.parametrize(
    ("text", "trigger", "asker", "asked"),
    [
        (
            "Kenya sent 300 police officers to Haiti on Friday at the request of the Haitian government.",
            "request",
            "HTI",
            "KEN",
        ),
        ("Portugal detained the banker in Lisbon at Brazil's request.", "request", "BRA", "PRT"),
        (
            "French warplanes struck rebel columns in Chad at the invitation of President Idriss Deby.",
            "invitation",
            "TCD",
            "FRA",
        ),
    ],
)
def test_an_act_at_the_request_of_a_party_tells_its_request(
    pipeline: Any, text: str, trigger: str, asker: str, asked: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == "REQUEST"
    assert _countries(e.actor) == {asker}
    assert _countries(e.recipient) == {asked}
    # the act asked for stays an event of its own
    assert any(o.event != "REQUEST" for o in _code(pipeline, text))


def test_a_request_with_no_party_named_is_no_event(pipeline: Any) -> None:
    """ "on request" names no one who asked: no request told."""
    text = "Kenya sent 300 police officers to Haiti on Friday on request."
    assert not [e for e in _code(pipeline, text) if e.event == "REQUEST"]


def test_a_request_that_is_not_an_adjunct_of_the_act_is_not_read_so(pipeline: Any) -> None:
    """ "rejected the request of the union": the request is what is rejected, told by the rejection."""
    text = "The Kenyan government rejected the request of the teachers' union on Friday."
    assert not [e for e in _code(pipeline, text) if e.event_text == "request"]


def test_a_request_in_a_passive_clause_is_not_told(pipeline: Any) -> None:
    """ "were deployed at the president's request": who was asked is not named as the doer."""
    text = "Russian troops were sent to Kazakhstan last week at the request of the Kazakh president."
    assert not [e for e in _code(pipeline, text) if e.event == "REQUEST"]


def test_a_request_in_a_reported_account_is_not_told(pipeline: Any) -> None:
    """ "X said its troops went in because Y had asked them to": X's account of why it acted."""
    text = "Moscow said its troops had entered the region at the request of a local council."
    assert not [e for e in _code(pipeline, text) if e.event == "REQUEST"]


def test_whom_a_pronoun_names_is_asked(pipeline: Any) -> None:
    """ "He sent ... at the request of X": X asked the party the pronoun names (the actor of the act asked)."""
    text = (
        "Kenyan President William Ruto visited the airport on Monday. "
        "He later sent 400 police officers to Haiti at the request of the Haitian government."
    )
    e = _one(pipeline, text, "request")
    assert _countries(e.actor) == {"HTI"}
    assert _countries(e.recipient) == {"KEN"}


def test_a_request_takes_the_place_of_the_act_asked_for(pipeline: Any) -> None:
    """ "At Moscow's request, the Council met in New York": the request has no place of its own."""
    text = "At Paris's request, the U.N. Security Council convened an urgent session in New York on Friday."
    e = _one(pipeline, text, "request")
    assert e.event_loc is not None and e.event_loc.country_code == "USA"
