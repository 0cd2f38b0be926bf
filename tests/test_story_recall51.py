"""Story recall, thirty-first session (issue 11; storyrec51): the missed required story groups of rounds
26-55 counted by their gold type and by what in the sentence tells them (docs/stories.md "Thirty-first
session"). Each test codes sentences written for it (none taken from a gold set):

* a verb of declaring that judges what it names ("declared the takeover unconstitutional"): a
  criticism (ACCUSE) aimed at whoever did the act judged, as "called the decree unconstitutional";
* a governor-general is an official of the state ("Governor-General Ratu Sir X"): the title no longer
  hides the name after it;

The branch's protest camps and ongoing relative clauses were taken out at the merge (docs/stories.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, types_triggers
from newsevents.kb import KnowledgeBase

PUB = dt.date(1999, 6, 4)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return types_triggers(pipeline, text, PUB)


# --- a verb of declaring with a label of condemnation ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The supreme court of Ruritania declared the takeover unconstitutional on Thursday.",  # swallowed object
        "Parliament in Lisbon declared the referendum illegal on Tuesday.",  # the small clause's subject
        "The African Union, which declared the election illegal, met in Addis Ababa on Tuesday.",  # a relative clause
    ],
)
def test_declared_illegal_is_a_criticism(pipeline: Any, text: str) -> None:
    assert ("ACCUSE", "declared") in _types(pipeline, text)


@pytest.mark.model
def test_the_takeover_declared_unlawful_is_aimed_at_whoever_seized_power(pipeline: Any) -> None:
    text = (
        "Army officers seized power in Fiji on Thursday. "
        "Fiji's governor-general declared the takeover unlawful on Friday."
    )
    judged = [e for e in code_events(pipeline, text, PUB) if e.event_text == "declared"]
    assert [e.event for e in judged] == ["ACCUSE"]
    assert {r.country for r in judged[0].recipient} == {"FJI"}
    assert {r.sector for r in judged[0].recipient} == {"MIL"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thailand declared a state of emergency in the capital on Monday.",  # a state declared, no label
        "The president declared the country liberated from terrorism on Monday.",  # a participle, no label
        "Eritrea and Ethiopia declared on Monday that the state of war between them had ended.",  # a clause
        "The minister declared the session open on Monday.",  # a label of no condemnation
    ],
)
def test_declaring_without_a_label_of_condemnation_judges_nothing(pipeline: Any, text: str) -> None:
    assert "ACCUSE" not in [e for e, _ in _types(pipeline, text)]


# --- a governor-general --------------------------------------------------------------------------------


def test_a_governor_general_is_an_official(kb: KnowledgeBase) -> None:
    refs = kb.resolve_phrase("Australia's Governor-General", dt.date(1999, 6, 4))
    assert [(r.country, r.sector) for r in refs] == [("AUS", "GOV")]


def test_the_title_governor_general_leaves_the_name_after_it_to_be_read(kb: KnowledgeBase) -> None:
    # a person the knowledge base knows under a longer alias with honorifics ("Ratu Sir ..."); the title
    # before it was read as a capitalised word of a longer, unknown name and the match was dropped
    refs = kb.resolve_phrase("Governor-General Ratu Sir Penaia Ganilau", dt.date(1987, 5, 15))
    assert [(r.name, r.country) for r in refs] == [("Penaia Ganilau", "FJI")]
