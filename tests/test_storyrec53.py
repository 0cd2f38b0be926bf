"""Story recall, thirty-third session (issue 11; storyrec53): the missed required story groups of rounds
26-59 counted by what in the sentence tells them (docs/stories.md "Thirty-third session"). Each test
codes sentences written for it (none taken from a gold set):

* a verdict of invalidity ("declared the poll null", "declared the takeover unconstitutional"): a rejection
  (derive/labels.by_label, code_rules verdict_verbs), not told in the pluperfect of a relative clause;
* labels the parser hides ("called the merger unacceptable" read as one phrase, an adjective after the object
  before a conjunct, a foreign word, a gerund before the label);
* an appeal the parse hangs on a denied clause ("denied that ... and appealed to his supporters to ..."): the
  denier's (code/clauses.denial_turn).

The branch's protesters camping, lone names and "until" appeals were not merged (docs/stories.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_on, types_triggers

PUB = dt.date(2004, 9, 8)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return types_triggers(pipeline, text, PUB)


# --- verdicts of invalidity ---------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The electoral court in Caracas declared the regional poll null on Monday.",
        "Bolivia's constitutional tribunal declared the annexation vote unconstitutional on Tuesday.",
        "The supreme court of Ghana declared the new decree unlawful on Friday.",
        "The opposition boycotted the poll, which the supreme court declared illegal on Monday.",
    ],
)
def test_an_act_declared_invalid_is_rejected(pipeline: Any, text: str) -> None:
    kinds = [kind for kind, trigger in _types(pipeline, text) if trigger == "declared"]
    assert kinds == ["REJECT"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the history of what is told: no act of the story
        "Police in Lima blocked voters on Sunday from a plebiscite that the congress had declared illegal.",
        "The governor said on Monday that Zambia had won the match, and fans celebrated in Lusaka.",
        # a clause of its own after the verdict verb: no label
        "The crisis grew out of a vote which the assembly declared the ruling party had won despite fraud.",
    ],
)
def test_no_verdict_told_in_a_pluperfect_relative_clause_or_a_clause(pipeline: Any, text: str) -> None:
    assert "REJECT" not in {kind for kind, _ in _types(pipeline, text)}


# --- labels the parser hides ---------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the farmers' union called the governor's order unconstitutional and urged members to strike.",
        "Peru's foreign ministry called the deployment unacceptable.",
        "Cambodia's exiled prince called the raid a coup d'etat.",
        "The Zambian president called the beating cold-blooded murder and asked the police to act.",
        "Ghana's ruling party said the arrest of the mayor was a serious setback to democracy.",
    ],
)
def test_a_label_of_condemnation_the_parser_hides_is_a_criticism(pipeline: Any, text: str) -> None:
    assert "ACCUSE" in {kind for kind, _ in _types(pipeline, text)}


# --- an appeal hung on a denied clause ------------------------------------------------------------------------


@pytest.mark.model
def test_an_appeal_after_a_denial_is_the_deniers(pipeline: Any) -> None:
    text = (
        "Nepal's opposition leader denied that he had encouraged the rioters and appealed to his supporters "
        "to stay calm."
    )
    events = [e for e in code_on(pipeline, text, "2004-09-08") if e.event == "REQUEST"]
    assert [e.event_text for e in events] == ["appealed"]
    assert [a.country for a in events[0].actor] == ["NPL"]


@pytest.mark.model
def test_an_act_denied_stays_denied(pipeline: Any) -> None:
    text = "Nepal's army denied that its soldiers had fired on the crowd and beaten the students."
    assert "ASSAULT" not in {kind for kind, _ in _types(pipeline, text)}


@pytest.mark.model
