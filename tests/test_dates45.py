"""Event dates of the dates45 session: a conjunct lowered under a reported clause continues a past perfect
(parse/syntax.lowered_conjunct), a statement told right after an act the story dated, an act timed by a
pronoun that names a dated act, and a material act of a pronoun subject told right after a sentence that
names its doer's day (when/anchors.py). Every text is written for this test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coding import one_event
from newsevents.parse.syntax import lowered_conjunct, raised_conjunct

# Sentences written for these tests (pipeline fixture, tests/coding.py).
FRIDAY = dt.date(2022, 6, 10)
OPENING = "Rebels shelled two border towns on Thursday. "  # a lead, so that the acts below are told after it


def test_a_conjunct_continues_the_past_perfect_above_it(pipeline: Any) -> None:
    doc = pipeline.res.nlp(
        "The minister had told a rally in the capital earlier on Wednesday that she would never resign "
        "and urged her followers to march on the parliament."
    )
    urged = next(t for t in doc if t.text == "urged")
    told = lowered_conjunct(urged)
    assert told is not None and told.text == "told"


def test_the_lowered_conjunct_takes_the_past_perfect_s_day(pipeline: Any) -> None:
    text = (
        "The minister had told a rally in the capital earlier on Wednesday that she would never resign "
        "and urged her followers to march on the parliament."
    )
    ev = one_event(pipeline, text, "urged", FRIDAY)
    assert ev.date == "2022-06-08", ev.reasons


def test_a_statement_issued_after_the_meeting(pipeline: Any) -> None:
    text = (
        OPENING + "The two presidents met in Geneva on Monday to discuss the border dispute. "
        "Aid workers left the region. "
        "In a statement issued after the meeting, the Kenyan leader accused his neighbour of arming the rebels."
    )
    ev = one_event(pipeline, text, "accused", FRIDAY)
    assert ev.date == "2022-06-06", ev.reasons


def test_a_statement_after_a_meeting_of_its_own(pipeline: Any) -> None:
    """ "after a meeting": an indefinite occasion, not the meeting told before."""
    text = (
        OPENING + "The two presidents met in Geneva on Monday to discuss the border dispute. "
        "Aid workers left the region. "
        "In a statement issued after a meeting, the Kenyan leader accused his neighbour of arming the rebels."
    )
    ev = one_event(pipeline, text, "accused", FRIDAY)
    assert ev.date != "2022-06-06", ev.reasons


def test_talks_held_before_the_speech_a_pronoun_names(pipeline: Any) -> None:
    text = (
        OPENING + "The president addressed parliament in a televised speech on Tuesday night. "
        "Aid workers left the region. "
        "The prime minister, who followed the speech from a side box, held talks with the president "
        "before it and pledged his support."
    )
    assert one_event(pipeline, text, "held", FRIDAY).date == "2022-06-07"
    assert one_event(pipeline, text, "pledged", FRIDAY).date == "2022-06-07"


def test_a_count_of_days_from_a_pronoun_is_not_read(pipeline: Any) -> None:
    text = (
        OPENING + "The president addressed parliament in a televised speech on Tuesday night. "
        "Aid workers left the region. "
        "The prime minister, who followed the speech from a side box, held talks with the president "
        "two days before it."
    )
    assert one_event(pipeline, text, "held", FRIDAY).date != "2022-06-07"


def test_a_pronoun_subject_runs_on_with_the_day_told_before(pipeline: Any) -> None:
    text = (
        OPENING + "Army commanders announced on Monday that the president was too ill to govern. "
        "They imposed a curfew and deployed armoured columns around the parliament."
    )
    assert one_event(pipeline, text, "imposed", FRIDAY).date == "2022-06-06"
    assert one_event(pipeline, text, "deployed", FRIDAY).date == "2022-06-06"


def test_a_noun_subject_does_not_run_on(pipeline: Any) -> None:
    text = (
        OPENING + "Army commanders announced on Monday that the president was too ill to govern. "
        "The generals imposed a curfew and deployed armoured columns around the parliament."
    )
    assert one_event(pipeline, text, "imposed", FRIDAY).date != "2022-06-06"


def test_a_statement_of_a_pronoun_subject_does_not_run_on(pipeline: Any) -> None:
    """A statement may be the story's reaction, of its own day."""
    text = (
        OPENING + "Army commanders announced on Monday that the president was too ill to govern. "
        "They accused the government of corruption."
    )
    assert one_event(pipeline, text, "accused", FRIDAY).date != "2022-06-06"


def test_a_day_that_names_a_thing_in_a_reported_clause_does_not_run_on(pipeline: Any) -> None:
    text = (
        OPENING + "Army commanders said that they had acted over fraud in the May 8 election. "
        "They declared a state of emergency."
    )
    assert one_event(pipeline, text, "declared", FRIDAY).date != "2022-05-08"


def test_walking_out_of_that_meeting_told_only_as_a_noun(pipeline: Any) -> None:
    text = (
        OPENING + "The opposition leader was arrested on Monday after a short meeting with the prime minister "
        "at a hotel. Aid workers left the region. "
        "The prime minister walked out of that meeting and accused the opposition of blackmail."
    )
    assert one_event(pipeline, text, "walked", FRIDAY).date == "2022-06-06"
    assert one_event(pipeline, text, "accused", FRIDAY).date == "2022-06-06"


def test_a_meeting_with_no_demonstrative_is_not_looked_up_as_a_noun(pipeline: Any) -> None:
    """ "the meeting" may be another meeting: only "that meeting" names the one told as a noun."""
    text = (
        OPENING + "The opposition leader was arrested on Monday after a short meeting with the prime minister "
        "at a hotel. Aid workers left the region. "
        "The prime minister walked out of the meeting and accused the opposition of blackmail."
    )
    assert one_event(pipeline, text, "walked", FRIDAY).date != "2022-06-06"


def test_a_communique_released_that_day(pipeline: Any) -> None:
    text = (
        OPENING + "Aid workers left the region. "
        "The rebel army launched its offensive on May 3, the day the new constitution took effect. "
        "In a communique released that day, the insurgents declared war on the government and demanded "
        "the removal of the president."
    )
    assert one_event(pipeline, text, "declared", FRIDAY).date == "2022-05-03"
    assert one_event(pipeline, text, "demanded", FRIDAY).date == "2022-05-03"


def test_a_conjunct_right_after_a_time_clause_continues_it(pipeline: Any) -> None:
    """No comma before "and": the conjunct the parser hung on the main verb is the time clause's."""
    doc = pipeline.res.nlp(
        "Prime Minister Nikol Pashinyan dissolved parliament on Thursday, a day after police dispersed a rally "
        "outside the assembly with stun grenades and he ordered a curfew in the capital."
    )
    ordered = next(t for t in doc if t.text == "ordered")
    assert ordered.head.text == "dissolved"  # the parse this reads
    clause = raised_conjunct(ordered)
    assert clause is not None and clause.text == "dispersed"


def test_a_conjunct_after_a_comma_stays_with_the_main_clause(pipeline: Any) -> None:
    doc = pipeline.res.nlp(
        "Prime Minister Nikol Pashinyan dissolved parliament on Thursday, a day after police dispersed a rally "
        "outside the assembly, and he ordered a curfew in the capital."
    )
    ordered = next(t for t in doc if t.text == "ordered")
    assert raised_conjunct(ordered) is None
