"""Actors of story events, branch actors41 (sentences written for these tests): when a dateline's country
is not lent to a role word (participants/opening.told_of_another: a story about another country)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.participants.opening import told_of_another
from newsevents.progress import CountryTally

# -- a story filed from one country about another ---------------------------------------------------------------------


def _told(filed: str | None, *countries: str, sentences: int = 5) -> bool:
    """told_of_another for a story naming ``countries`` in that order, one a sentence."""
    tally = CountryTally(tuple((10 * k, 10 * k + 5, c, True) for k, c in enumerate(countries)), sentences)
    return told_of_another(filed, tally, [(k, c) for k, c in enumerate(countries)])


def test_a_story_naming_another_country_far_more_than_the_dateline_s_is_of_that_country() -> None:
    assert _told("FRA", "MLI", "MLI", "MLI", "FRA")
    assert not _told("FRA", "MLI", "MLI", "FRA", "FRA")  # no country far ahead of the others
    assert not _told("MLI", "MLI", "MLI", "MLI", "FRA")  # the story's country is the dateline's
    assert not _told("FRA", "FRA", "MLI", "MLI", "MLI", "MLI", "MLI")  # the lead names the dateline's country
    assert not _told(None, "MLI", "MLI", "MLI")
    assert not _told("FRA", "MLI", "MLI", "MLI", sentences=2)  # a sentence or two: no story


def test_role_words_of_a_story_about_another_country_take_no_dateline_country(pipeline: Any) -> None:
    text = (
        "Thousands of students marched through Bamako on Tuesday to demand the release of a Malian opposition leader. "
        "Police fired tear gas at the protesters near the national assembly in the Malian capital. "
        "France urged restraint. "
        "The government accused the opposition of planning a coup. "
        "Mali's interior minister said order had been restored."
    )
    events = code_on(pipeline, text, pub="2021-03-02", dateline="PARIS")
    assert [a.country for e in events if e.event_text == "accused" for a in e.actor] == ["MLI"]
    assert "FRA" not in [a.country for e in events if e.event_text != "urged" for a in e.actor]


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
