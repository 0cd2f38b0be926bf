"""Whole articles (issue 11, stories): what a sentence owes to the sentences before it. Each test
codes a short story written for it (none taken from a gold set): "it" and "they" as the subject
of a main clause, "the council" or "the party" after the organisation was named, and a verb
coordinated with a reported clause ("X said the vote was illegal and accused Y ...")."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event
from newsevents.read.readers import ReadOptions, _article_from_record
from newsevents.records import DATELINE, Article, Event, LentCountry

pytestmark = pytest.mark.model


PUB = dt.date(2024, 6, 12)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # the second act of another type than the first: two acts of one type and dyad on one day are merged
        # by the dedupe stage (dedupe/merge._restated), which this test is not about
        ("The United States condemned Iran's missile test. It also expelled two Iranian diplomats.", "expelled", "USA"),
        (
            "The Philippines protested to China on Monday. It also recalled its ambassador from Beijing.",
            "recalled",
            "PHL",
        ),
        (
            "Kenya's army said it had entered Somalia. On Tuesday it shelled a rebel camp near Kismayo.",
            "shelled",
            "KEN",
        ),
    ],
)
def test_it_is_the_body_named_as_the_actor_of_a_main_clause(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    e = _one(pipeline, text, trigger)
    assert actor in country_set(e.actor)
    assert any("the last body named" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "The European Union and the United States condemned the coup. They urged the junta to free the president.",
            "urged",
            {"USA", None},
        ),
        (
            "Kenyan police arrested 40 protesters in Nairobi on Monday. "
            "On Tuesday they detained two opposition leaders.",
            "detained",
            {"KEN"},
        ),
    ],
)
def test_they_is_the_group_named_as_the_actor_of_a_main_clause(
    pipeline: Any, text: str, trigger: str, actors: set[str | None]
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == actors
    assert any("the last group named" in r for r in e.reasons)


def test_rebels_taken_up_by_they_keep_their_sector(pipeline: Any) -> None:
    e = _one(
        pipeline, "Rebels seized the town of Kidal on Friday. They later attacked an army base near Gao.", "attacked"
    )
    assert {a.sector for a in e.actor} == {"REB"}


def test_it_in_a_subordinate_clause_is_not_taken_up(pipeline: Any) -> None:
    # "it" is the treaty here, no actor: a clause under "whether" takes up no body
    text = (
        "Russia recalled its ambassador to Estonia on Monday. The treaty goes to the court, "
        "which will rule on whether it violates the constitution."
    )
    assert [e.event_text for e in _code(pipeline, text) if e.sentence_index == 1] == []


def test_it_takes_up_only_a_body_of_the_last_two_sentences(pipeline: Any) -> None:
    text = (
        "Sweden expelled a Russian diplomat on Monday. Relations had been tense for months. "
        "Trade fell sharply. Officials met in Geneva in May. It later recalled its ambassador."
    )
    assert [e for e in _code(pipeline, text) if e.event_text == "recalled"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Zuma sacked his finance minister amid a feud inside the ruling ANC. "
            "On Friday the party accused the treasury chief of disloyalty.",
            "accused",
            "ZAF",
        ),
        (
            "The U.N. Security Council condemned the attack on Monday. The council also called on Israel to withdraw.",
            "called",
            None,
        ),
    ],
)
def test_a_definite_noun_is_the_organisation_named_before(
    pipeline: Any, text: str, trigger: str, actor: str | None
) -> None:
    e = _one(pipeline, text, trigger)
    assert e.actor and country_set(e.actor) == {actor}
    assert any("named before" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Sweden said the vote was illegal and accused Russia of interference.", "accused", "SWE"),
        ("Chile's foreign ministry said the decision was a mistake and urged Peru to reconsider.", "urged", "CHL"),
        ("Japan said five missiles had landed in its waters and lodged a protest with Beijing.", "lodged", "JPN"),
    ],
)
def test_a_verb_coordinated_with_a_reported_clause_is_the_speakers(
    pipeline: Any, text: str, trigger: str, actor: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == {actor}
    assert any("the speaker of 'said'" in r for r in e.reasons)


def test_a_coordinated_verb_keeps_a_subject_that_names_a_party(pipeline: Any) -> None:
    e = _one(pipeline, "Police said the army had seized the town and arrested 20 rebels.", "arrested")
    assert {a.sector for a in e.actor} == {"MIL"}


def _story(pipeline: Any, dateline: str, body: str) -> list[Event]:
    """The events of a story read as the readers read it (the header and the dateline cut off)."""
    art = _article_from_record({"id": "s", "text": f" date 2024-12-04\n{dateline} - {body}"}, "test", ReadOptions())
    assert isinstance(art, Article) and art.dateline is not None
    return list(pipeline.code(art).events)


def test_forces_known_by_a_role_word_are_the_dateline_countrys(pipeline: Any) -> None:
    events = _story(
        pipeline,
        "SEOUL, Dec 4 (Reuters)",
        "South Korean police sealed off the parliament on Wednesday. "
        "Security forces arrested two opposition lawmakers. "
        "North Korean troops fired artillery at an island near the border.",
    )
    arrested = next(e for e in events if e.event_text == "arrested")
    assert country_set(arrested.actor) == {"KOR"}
    assert any("from the dateline" in a.reason for a in arrested.actor)
    assert LentCountry(DATELINE, "KOR") in {a.lent for a in arrested.actor}


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        pytest.param(
            "Japan's parliament met on Wednesday. Security forces arrested two opposition lawmakers.",
            "arrested",
            id="a story filed from another country",
        ),
        pytest.param(
            "South Korean lawmakers met on Wednesday. Troops shelled a village in Ukraine, Russian officials said.",
            "shelled",
            id="a sentence naming another country",
        ),
    ],
)
def test_forces_of_another_country_take_no_dateline_country(pipeline: Any, body: str, trigger: str) -> None:
    events = _story(pipeline, "SEOUL, Dec 4 (Reuters)", body)
    found = [e for e in events if e.event_text == trigger]
    assert all("KOR" not in country_set(e.actor) for e in found)


def test_an_antecedent_is_kept_when_the_event_has_a_date_of_its_own(pipeline: Any) -> None:
    # "the armed forces" = Pakistan's army named before; reading the phrase again at Tuesday's
    # date must not drop the country the discourse lent it
    text = (
        "Pakistan's army seized the state broadcaster on Monday. "
        "On Tuesday the armed forces arrested the prime minister."
    )
    e = _one(pipeline, text, "arrested")
    assert e.date == "2024-06-11" and country_set(e.actor) == {"PAK"}


def test_a_verb_of_a_list_of_acts_parsed_on_the_object_shares_the_subject(pipeline: Any) -> None:
    # the parse hangs "imposed" on "parliament" (the object before it), not on "scrapped"
    text = (
        "The military council, which said it was acting to end corruption, scrapped the constitution, "
        "dissolved parliament and the cabinet and imposed martial law."
    )
    e = _one(pipeline, text, "imposed")
    assert {a.sector for a in e.actor} == {"MIL"}
    assert any("a verb coordinated with its object" in r for r in e.reasons)


def test_a_finite_verb_parsed_as_a_clause_of_the_next_lends_it_its_subject(pipeline: Any) -> None:
    text = (
        "The Malian army criticised the strikes. Earlier on Thursday the army accepted the resignation "
        "of the cabinet, declared a state of emergency and seized the national radio."
    )
    e = _one(pipeline, text, "declared")
    assert country_set(e.actor) == {"MLI"}
    assert e.date_text is not None and "Thursday" in e.date_text  # the first verb's date, shared


def test_a_verb_coordinated_deep_inside_a_reported_clause_is_the_speakers(pipeline: Any) -> None:
    text = (
        "Ukraine's foreign minister said the country had been attacked by gangs trained abroad and appealed to Poland."
    )
    e = _one(pipeline, text, "appealed")
    assert country_set(e.actor) == {"UKR"}
