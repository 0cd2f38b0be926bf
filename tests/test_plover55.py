"""Mechanisms of plover55 (issue 11, coder accuracy that transfers), each on sentences written for this
test (none taken from a gold or blind set):

* an agentless passive of a state act whose place and dateline say nothing is done by the state of the
  one country its sentence names (code/parties.state_of_place);
* the to-infinitive of a verb of striving (lexicon striving_verbs) tells an aim, no act
  (derive/nonacts.striven_aim)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)
_code = partial(code_events, pub_date=PUB)


def test_an_agentless_charge_takes_the_one_country_of_its_sentence(pipeline: Any) -> None:
    text = (
        "Riots over the death of a student who died after a Porto policeman beat him spread to several "
        "Portuguese towns on Monday, and the policeman was charged with murder."
    )
    charged = [e for e in _code(pipeline, text) if e.event_text == "charged"]
    assert [e.event for e in charged] == ["ACCUSE"]
    assert [a.country for a in charged[0].actor] == ["PRT"]


def test_agentless_arrests_take_the_one_country_of_their_sentence(pipeline: Any) -> None:
    text = (
        "Ghana's president flew back to Accra on Sunday after loyal troops put down a mutiny, and dozens of "
        "the mutineers were arrested."
    )
    arrested = [e for e in _code(pipeline, text) if e.event_text == "arrested"]
    assert [e.event for e in arrested] == ["COERCE"]
    assert {a.country for a in arrested[0].actor} == {"GHA"}


def test_an_agentless_arrest_in_a_sentence_of_two_countries_stays_uncoded(pipeline: Any) -> None:
    # whose state arrested them the sentence does not say: no actor, no event
    text = "Ghana and Togo traded accusations over the border raid on Sunday, and dozens of smugglers were arrested."
    assert not [e for e in _code(pipeline, text) if e.event_text == "arrested"]


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        (
            "Aid reached the villages after a truce with militias fighting to topple the governor of the province.",
            "topple",
        ),
        (
            "Belgian jets struck rebel columns on Monday after the president appealed for help for an army "
            "struggling to halt an advance by rebels.",
            "halt",
        ),
        ("The two premiers sought to defuse tensions between their countries at a dinner on Tuesday.", "defuse"),
        ("The junta sought to expel the foreign reporters.", "expel"),
    ],
)
def test_an_aim_striven_for_is_no_act(pipeline: Any, text: str, aim: str) -> None:
    assert not [e for e in _code(pipeline, text) if e.event_text.split()[0] == aim]


def test_a_negated_striving_still_tells_its_act(pipeline: Any) -> None:
    # "would not seek to open talks": a refusal said, kept
    text = "Norway said on Tuesday it would not seek to open talks with the junta."
    assert [e for e in _code(pipeline, text) if e.modality == "negated"]


def test_a_compulsion_in_the_passive_takes_no_country_from_its_sentence(pipeline: Any) -> None:
    # "was forced to let the currency float": made to by circumstance, no state coerced it
    text = (
        "Ghana asked lenders for emergency loans on Monday, weeks after the government was forced to let the "
        "cedi float."
    )
    assert not [e for e in _code(pipeline, text) if e.event_text == "forced"]


def test_an_aim_that_is_itself_a_use_of_force_is_the_fight(pipeline: Any) -> None:
    text = (
        "Armenian troops pushed into the Gazakh district on Wednesday, and Baku said it was fighting to repel "
        "them near the village of Ashagi."
    )
    assert [e for e in _code(pipeline, text) if e.event_text.split()[0] == "repel" and e.event == "ASSAULT"]
