"""Story recall, thirty-first session (issue 11; storyrec51): the missed required story groups of rounds
26-55 counted by their gold type and by what in the sentence tells them (docs/stories.md "Thirty-first
session"). Each test codes sentences written for it (none taken from a gold set):

* a governor-general is an official of the state ("Governor-General Ratu Sir X"): the title no longer
  hides the name after it.

The branch's judging "declared", protest camps and ongoing relative clauses were taken out at the merge
(docs/stories.md); a declaring with no label of condemnation stays no criticism (the trap below).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import types_triggers
from newsevents.kb import KnowledgeBase

PUB = dt.date(1999, 6, 4)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return types_triggers(pipeline, text, PUB)


# --- a verb of declaring with a label of condemnation (taken out at the merge: what stays is the trap) ---


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru declared a state of emergency in two southern provinces on Monday.",  # a state declared, no label
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
