"""Sentence recall of the forty-second session (issue 11, sentrec42), each mechanism on sentences written
for this test (none taken from a gold or blind set), with traps in other senses:

* a release told by the one released ("walked free", "walked out of prison", "emerged from jail") is
  built as the passive of the release: the one freed is the recipient, the state that held them (of the
  prison's place) the actor;
* a right or an option reserved to answer ("reserved the right to respond") is a threat;
* a trip cancelled, postponed or called off is a visit cancelled (160), as a visit is.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 12)

_of = partial(events_of, pub_date=PUB)
_shown = partial(shown, pub_date=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Raila Mbeki walked free on Tuesday from a prison near Johannesburg.",
        "The dissident walked out of a jail near Minsk on Friday after six years.",
        "Former prime minister Yulia Sobko emerged from prison in Kharkiv on Saturday.",
    ],
)
def test_a_release_told_by_the_one_released_is_the_states_release(pipeline: Any, text: str) -> None:
    found = _of(pipeline, text, "CONCEDE")
    assert found, _shown(pipeline, text)
    e = found[0]
    assert e.cameo == "0841", _shown(pipeline, text)
    assert e.actor and all(a.sector == "GOV" for a in e.actor), _shown(pipeline, text)
    assert e.recipient, _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation walked out of the talks in Geneva on Monday.",  # a walkout, no release
        "The prisoners walked to the prison gate under guard in Minsk.",
        "Divers emerged from the water near the harbour in Gdansk.",
    ],
)
def test_walking_and_emerging_elsewhere_free_no_one(pipeline: Any, text: str) -> None:
    assert not [e for e in _of(pipeline, text, "CONCEDE") if e.cameo == "0841"], _shown(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Seoul said it reserved the right to respond to the missile launches.", "THREATEN"),
        ("Ankara reserved the right to retaliate against the militia on Sunday.", "THREATEN"),
        ("Foreign Minister Lisa Grant postponed a trip to Moscow after the poisoning.", "SANCTION"),
        ("The Japanese premier called off a trip to Seoul over the dispute.", "SANCTION"),
    ],
)
def test_a_family_with_no_pattern_before_codes_its_act(pipeline: Any, text: str, event: str) -> None:
    assert _of(pipeline, text, event), _shown(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The airline reserved seats for the delegation on Monday.", "THREATEN"),
    ],
)
def test_the_same_verbs_in_other_senses_code_nothing_of_that_type(pipeline: Any, text: str, event: str) -> None:
    assert not _of(pipeline, text, event), _shown(pipeline, text)
