"""Actors of story events, branch actors41 (sentences written for these tests): when a dateline's country
is not lent to a role word (participants/lending.body_owner: "its soldiers" of an international body)."""

from __future__ import annotations

from typing import Any

from coding import code_on

# -- a possessive role word of an international body -----------------------------------------------------------------


def test_its_soldiers_of_an_alliance_are_the_alliance_s_not_the_dateline_s(pipeline: Any) -> None:
    text = (
        "Serb protesters clashed with police in northern Kosovo on Monday. "
        "NATO said its soldiers were ready to restore order."
    )
    events = code_on(pipeline, text, pub="2023-05-30", dateline="PRISTINA")
    ready = [(a.country, a.sector) for e in events if e.event_text == "were" for a in e.actor]
    assert ready == [(None, "IGO")]


def test_its_after_a_country_named_in_the_sentence_is_that_country_s(pipeline: Any) -> None:
    text = "The African Union suspended Guinea on Friday after its military junta refused to free the president."
    events = code_on(pipeline, text, pub="2021-06-04", dateline="ADDIS ABABA")
    refused = [(a.country, a.sector) for e in events if e.event_text == "refused" for a in e.actor]
    assert refused == [("GIN", "MIL")]
