"""Recall on wire stories (storyrec34 session, issue 11): mechanisms storyrec32 built and dropped come
back once the later stages read their events right: what came "after" an act told "overnight"
(or "overnight and into Friday") came the day the night began; a clause counted "a day after"
that the parser read as a conjunct is counted from the clause it hangs on; a state declared at
war with a party declares war; the streets of a named place taken to are the place. Every text is
written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import country_set, events_at
from newsevents.records import Event

PUB = dt.date(1997, 3, 12)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- "overnight": the night before the story's day ---------------------------------------------------


@pytest.mark.model
def test_an_act_told_overnight_itself_keeps_the_story_day(pipeline: Any) -> None:  # trap: after midnight too
    text = "Rebel gunners shelled the northern town of Gulu overnight, the army said."
    shelled = _at(pipeline, text, "shelled")
    assert shelled and shelled[0].date != "1997-03-11"


@pytest.mark.model
def test_what_came_after_an_overnight_act_came_the_day_before(pipeline: Any) -> None:
    text = "Thousands of refugees fled into Chad overnight after rebels attacked the town of Geneina."
    attacked = _at(pipeline, text, "attacked")
    assert attacked and attacked[0].date == "1997-03-11"
    lifted = _at(
        pipeline, "Hundreds of traders streamed into Thailand overnight after the junta lifted the curfew.", "lifted"
    )
    assert lifted and lifted[0].date == "1997-03-11"  # "overnight" hung by the parser under the "after" clause


@pytest.mark.model
def test_overnight_with_a_day_of_its_own_keeps_that_day(pipeline: Any) -> None:  # trap
    shelled = _at(pipeline, "Rebel gunners shelled the northern town of Gulu overnight on Sunday.", "shelled")
    assert shelled and shelled[0].date == "1997-03-09"


@pytest.mark.model
def test_what_came_after_a_span_overnight_into_a_day_came_the_night_before(pipeline: Any) -> None:
    text = "Thousands of refugees fled into Chad overnight and into Thursday after rebels attacked the town of Geneina."
    attacked = _at(pipeline, text, "attacked")
    assert attacked and attacked[0].date == "1997-03-05"


# --- a part of a named place reached: "took to the streets of X" -------------------------------------


@pytest.mark.model
def test_the_streets_of_a_city_taken_to_are_the_place(pipeline: Any) -> None:
    text = "Thousands took to the streets of Tbilisi on Sunday to protest against the election."
    protests = [e for e in _at(pipeline, text, "took") if e.event == "PROTEST"]
    assert protests and protests[0].event_loc is not None and protests[0].event_loc.extracted_place == "Tbilisi"


# --- a state declared at war with a party --------------------------------------------------------------


@pytest.mark.model
def test_a_state_declared_at_war_with_a_party_declares_war(pipeline: Any) -> None:
    text = "On Monday the Eritrean parliament declared that the country was in a state of war with Ethiopia."
    declared = _at(pipeline, text, "declared")
    assert declared and declared[0].cameo == "138" and declared[0].event == "THREATEN"
    assert country_set(declared[0].actor) == {"ERI"} and country_set(declared[0].recipient) == {"ETH"}


@pytest.mark.model
def test_a_declaration_a_day_before_a_dated_act_is_dated_the_day_before(pipeline: Any) -> None:
    text = (
        "Rebels shot a soldier on Saturday, a day after the Chadian parliament declared"
        " that Chad was at war with Sudan."
    )
    declared = _at(pipeline, text, "declared")
    assert declared and declared[0].cameo == "138" and declared[0].date == "1997-03-07"
    assert country_set(declared[0].actor) == {"TCD"} and country_set(declared[0].recipient) == {"SDN"}


@pytest.mark.model
def test_declared_not_at_war_is_no_declaration(pipeline: Any) -> None:  # trap
    text = "Armenia's president declared on Monday that his country was not at war with Azerbaijan."
    assert all(e.cameo != "138" for e in _at(pipeline, text, "declared"))


def test_a_day_after_read_as_a_conjunct_counts_from_the_clause_it_hangs_on() -> None:
    """The parser may read "..., a day after the council declared ..." as a conjunct of the clause
    before it (no "and"): it is still counted a day before that clause (a parse built by hand)."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.when.offsets import subordinate_offset

    vocab = spacy.blank("en").vocab
    words = ["Officials", "cited", "the", "raid", "on", "Saturday", ",", "a", "day", "after", "the", "council"]
    words += ["declared", "war", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 8, 12, 8, 11, 12, 1, 12, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "det", "npadvmod", "prep", "det", "nsubj"]
    deps += ["conj", "dobj", "punct"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    counted = subordinate_offset(doc[12])
    assert counted is not None and counted[0].i == 1 and counted[1] == -1 and counted[2] == "a day after"
    words[6], deps[6] = "and", "cc"
    joined = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    assert subordinate_offset(joined[12]) is None  # trap: "..., and a day after ..." is a clause of its own
