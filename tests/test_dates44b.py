"""Event dates of the second dates44 session (dates44b): an act told within hours of a thing the story
told before under another word (the lexicon's ``act_kinds``: "the vote" after "authorised", "the speech"
after "said in a televised address"), and what names no act of the story's keeps what it had. Every text
is written for this test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coding import one_event
from newsevents.lexicon import table
from newsevents.when.dating import names_act

# Sentences written for these tests (pipeline fixture, tests/coding.py).
FRIDAY = dt.date(2022, 6, 10)


def test_one_kind_of_act_under_two_words() -> None:
    assert names_act("vote", "authorise")
    assert names_act("ruling", "annul")
    assert names_act("speech", "address")
    assert names_act("talk", "meet")
    assert not names_act("vote", "kill")  # a word of no kind
    assert not names_act("speech", "authorise")  # two kinds


def test_every_kind_is_named_by_a_noun() -> None:
    """A kind only a verb has could never be named by a noun told after: each kind has a noun."""
    kinds = table("act_kinds")
    nouns = {"vote", "speech", "ruling", "coup", "invasion", "talk", "signing"}
    assert set(kinds.values()) == {kinds[n] for n in nouns}


def test_hours_before_the_vote_told_as_an_authorisation(pipeline: Any) -> None:
    text = (
        "The regional assembly on Wednesday authorised sanctions against the northern province. "
        "Hours before the vote, the governor of the province warned that he would cut off the water supply."
    )
    ev = one_event(pipeline, text, "warned", FRIDAY)
    assert ev.date == "2022-06-08", ev.reasons


def test_shortly_after_the_speech_told_as_an_address(pipeline: Any) -> None:
    text = (
        "The president shut down parliament on Thursday. "
        "In a televised address on Wednesday night, the president accused the deputies of treason. "
        "Soldiers surrounded the parliament building shortly after the speech."
    )
    ev = one_event(pipeline, text, "surrounded", FRIDAY)
    assert ev.date == "2022-06-08", ev.reasons


def test_a_noun_of_another_kind_lends_no_day(pipeline: Any) -> None:
    """ "shortly after the speech" when the story told only a vote: no day of the story's acts."""
    text = (
        "The regional assembly on Wednesday authorised sanctions against the northern province. "
        "Soldiers surrounded the assembly building shortly after the speech."
    )
    ev = one_event(pipeline, text, "surrounded", FRIDAY)
    assert ev.date != "2022-06-08", ev.reasons


def test_an_act_during_a_dated_occasion_told_before(pipeline: Any) -> None:
    text = (
        "Farmers clashed with riot police outside the ministry on Tuesday. "
        "Officers fired water cannon during the clashes."
    )
    ev = one_event(pipeline, text, "fired", FRIDAY)
    assert ev.date == "2022-06-07", ev.reasons


def test_walking_out_of_the_talks_told_before(pipeline: Any) -> None:
    text = "The two foreign ministers met in Vienna on Monday. The visiting minister walked out of the talks."
    ev = one_event(pipeline, text, "walked", FRIDAY)
    assert ev.date == "2022-06-06", ev.reasons


def test_an_indefinite_occasion_lends_no_day(pipeline: Any) -> None:
    """ "during clashes": clashes of their own, not those told before."""
    text = (
        "Farmers clashed with riot police outside the ministry on Tuesday. "
        "Officers fired water cannon during clashes in another province."
    )
    ev = one_event(pipeline, text, "fired", FRIDAY)
    assert ev.date != "2022-06-07", ev.reasons


def test_a_when_clause_after_a_date_and_a_comma(pipeline: Any) -> None:
    """ "since Oct. 5, when X": the date the clause tells of, however the parser hung it."""
    text = (
        "The standoff at the border crossing, which has cost traders millions and angered both capitals, "
        "began on March 3, when customs officers seized a convoy of trucks that had tried to cross at night."
    )
    ev = one_event(pipeline, text, "seized", FRIDAY)
    assert ev.date == "2022-03-03", ev.reasons


def test_a_when_clause_after_no_date_keeps_what_it_has(pipeline: Any) -> None:
    text = "The standoff began in the spring, when customs officers seized a convoy of trucks."
    ev = one_event(pipeline, text, "seized", FRIDAY)
    assert ev.date_precision != "day", ev.reasons


def test_a_count_before_a_name_split_by_the_parser(pipeline: Any) -> None:
    """ "came a day after King X bin Y al-Z declared ...": "al" read as an adverbial noun of the verb is no
    count; "a day" is (the day before the news, told by no date)."""
    text = "The crackdown came a day after King Salman bin Isa al-Khalifa declared a two-week state of emergency."
    ev = one_event(pipeline, text, "declared", FRIDAY)
    assert ev.date == "2022-06-09", ev.reasons
