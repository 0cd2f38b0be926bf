"""Actors of story events, branch actors52 (sentences written for these tests): a story told from abroad, whose text
names no place nor people of its dateline's country, takes no country from the dateline
(participants/opening.filed_abroad)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.participants.opening import filed_abroad

# -- a story told from abroad ----------------------------------------------------------------------------------------


def test_a_story_naming_no_place_of_the_dateline_s_country_is_told_from_abroad() -> None:
    assert filed_abroad("CYP", [(0, "IRQ"), (0, "KWT"), (2, "SAU")], 4)
    assert not filed_abroad("CYP", [(0, "IRQ"), (3, "CYP")], 4)  # the dateline's country named again
    assert not filed_abroad("CYP", [], 4)  # a story naming no place at all keeps its dateline
    assert not filed_abroad(None, [(0, "IRQ")], 4)
    assert not filed_abroad("HKG", [(0, "CHN")], 1)  # a sentence need not name its dateline's country again


def test_a_role_word_of_a_story_told_from_abroad_takes_no_dateline_country(pipeline: Any) -> None:
    text = (
        "Iraqi tanks crossed into Kuwait early on Thursday and reached the capital within hours. "
        "The emir fled to Saudi Arabia, diplomats said. Gunfire was heard near the palace."
    )
    events = code_on(pipeline, text, pub="1990-08-02", dateline="NICOSIA")
    assert events
    assert "CYP" not in {a.country for e in events for a in (*e.actor, *e.recipient)}
    # the dateline's country named in the text: the story is told from there, and lends its country
    home = code_on(pipeline, text + " Cyprus closed its airspace.", pub="1990-08-02", dateline="NICOSIA")
    assert [a.country for e in home if e.event_text == "fled" for a in e.actor] == ["CYP"]
