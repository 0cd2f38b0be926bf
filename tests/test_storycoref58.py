"""Actor phrases that resolved to no one in stories (issue 11, storycoref58: built from the count of
scripts/dropped_causes.py over the stories of rounds 26-69), on sentences written for this test (none
taken from a gold or blind set):

* "the" + a noun told again after a description of that noun (participants/retold.py), with traps: two
  descriptions of that noun reading different parties, and a role word the knowledge base reads;
* "Both" or "the two" alone: the two parties a main clause named as its actors just before
  (participants/anaphora.lone_pair), with a trap: no such pair nearby;
* a surname whose full name the parse left untagged in apposition to a title (participants/titled.py).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import events_of, shown

PUB = dt.date(2022, 5, 17)

_of = partial(events_of, pub_date=PUB)
_shown = partial(shown, pub_date=PUB)


def _actor(pipeline: Any, text: str, event: str, trigger: str) -> set[tuple[str | None, str | None]]:
    found = [e for e in _of(pipeline, text, event) if e.event_text == trigger]
    return {(r.country, r.sector) for e in found for r in e.actor}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "trigger", "actor"),
    [
        # a description with a nationality and a service
        ("A Zambian military council seized power on Tuesday. "
         "The council accused the president of corruption.", "ACCUSE", "accused", ("ZMB", "MIL")),
        # a description of an armed faction
        ("A Somali rebel faction seized the port of Kismayo on Monday. "
         "The faction accused Kenya of arming its rivals.", "ACCUSE", "accused", ("SOM", "REB")),
    ],
)  # fmt: skip
def test_the_noun_told_again_is_the_party_its_description_read(
    pipeline: Any, text: str, event: str, trigger: str, actor: tuple[str, str]
) -> None:
    assert actor in _actor(pipeline, text, event, trigger), _shown(pipeline, text)


@pytest.mark.model
def test_two_descriptions_of_other_parties_take_none(pipeline: Any) -> None:
    text = (
        "A Somali rebel faction and an Ethiopian rebel faction met in Nairobi on Monday. "
        "The faction accused Kenya of arming its rivals."
    )
    found = _actor(pipeline, text, "ACCUSE", "accused")
    assert ("SOM", "REB") not in found and ("ETH", "REB") not in found, _shown(pipeline, text)


@pytest.mark.model
def test_the_two_alone_are_the_two_actors_just_named(pipeline: Any) -> None:
    text = "Ghana and Togo signed a border accord on Friday. The two accused Benin of harbouring smugglers."
    found = _actor(pipeline, text, "ACCUSE", "accused")
    assert {("GHA", None), ("TGO", None)} <= found, _shown(pipeline, text)


@pytest.mark.model
def test_both_alone_far_from_a_pair_takes_none(pipeline: Any) -> None:
    text = (
        "Ghana and Togo signed a border accord on Friday. Traders said the crossing reopened at dawn. "
        "Markets were busy by noon. Both accused Benin of harbouring smugglers."
    )
    found = _actor(pipeline, text, "ACCUSE", "accused")
    assert ("GHA", None) not in found and ("TGO", None) not in found, _shown(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "trigger", "actor"),
    [
        # a full name in apposition to a title, which the parse may leave untagged
        ("Nepal's deputy interior minister, Tolam Bhekarti, said the police had acted lawfully. "
         "Bhekarti later accused the opposition of inciting the riots.", "ACCUSE", "accused", ("NPL", "GOV")),
    ],
)  # fmt: skip
def test_a_surname_told_again(pipeline: Any, text: str, event: str, trigger: str, actor: tuple[str, str]) -> None:
    assert actor in _actor(pipeline, text, event, trigger), _shown(pipeline, text)


@pytest.mark.model
def test_an_event_noun_told_again_is_no_actor(pipeline: Any) -> None:
    # "the offensive" after "a Zambian military offensive" is the act, not its doer
    text = "A Zambian military offensive began on Tuesday. The offensive accused the rebels of shelling towns."
    assert ("ZMB", "MIL") not in _actor(pipeline, text, "ACCUSE", "accused"), _shown(pipeline, text)
