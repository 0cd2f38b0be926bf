"""Story recipients, storyrecip49 (issue 12), each mechanism on texts written for this test (none
taken from a gold or blind set): "them" after a phrase that counts parties in its sentence is the
parties the phrase names (participants/partypronoun.counted_before); a mediation that names neither
side is between the sides of the story's lead (code/toldbefore.lead_sides)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set

pytestmark = pytest.mark.model


def _at(pipeline: Any, text: str, trigger: str) -> Any:
    events = code_on(pipeline, text)
    found = [e for e in events if e.event_text == trigger]
    assert found, [(e.event, e.event_text) for e in events]
    return found[0]


def test_them_after_both_leaders_is_the_pair(pipeline: Any) -> None:
    text = (
        "Talks between Chile and Peru resumed in Lima. "
        "The Pope wrote to both leaders this week, urging them to settle the dispute."
    )
    assert country_set(_at(pipeline, text, "urging").recipient) == {"CHL", "PER"}


def test_them_after_both_countries_leaves_the_speaker_out(pipeline: Any) -> None:
    text = (
        "Kyrgyzstan and Tajikistan traded fire on their border on Monday. "
        "Russia, which has bases in both countries, urged them to end the clashes."
    )
    assert country_set(_at(pipeline, text, "urged").recipient) == {"KGZ", "TJK"}


def test_them_with_no_counted_phrase_is_still_the_party_named_last(pipeline: Any) -> None:
    """The reading before this session stays where no counted phrase stands before "them"."""
    text = "Ecuador said rebels had crossed from Colombia. Brazil urged them to show restraint."
    assert country_set(_at(pipeline, text, "urged").recipient) == {"COL"}


def test_a_mediation_that_names_no_side_is_between_the_leads_sides(pipeline: Any) -> None:
    text = (
        "Chile and Peru agreed on Sunday to end a week of border clashes. "
        "The deal, mediated by Brazil and Argentina, takes effect on Monday."
    )
    e = _at(pipeline, text, "mediated")
    assert e.cameo == "045"
    assert country_set(e.recipient) == {"CHL", "PER"}


def test_talks_hosted_are_not_read_as_a_mediation(pipeline: Any) -> None:
    """Hosting (043) is left out of mediation_codes (the writers split): no lead's sides for it."""
    text = (
        "Chile and Peru agreed on Sunday to end a week of border clashes. "
        "The deal followed two days of talks hosted by Uruguay."
    )
    assert not country_set(_at(pipeline, text, "hosted").recipient) & {"CHL", "PER"}


def test_a_mediator_is_no_side_of_its_own_mediation(pipeline: Any) -> None:
    """The lead's party of the mediator's own country is left out: its other side remains."""
    text = (
        "Brazil and Peru agreed on Sunday to end a week of border clashes. "
        "The deal, mediated by Brazil, takes effect on Monday."
    )
    assert country_set(_at(pipeline, text, "mediated").recipient) == {"PER"}


def test_a_mediation_that_names_other_countries_is_not_the_leads(pipeline: Any) -> None:
    """A sentence that names countries other than the mediator's and the lead's sides tells its own
    sides ("between Bolivia and Paraguay"): the lead's are not taken."""
    text = (
        "Chile and Peru agreed on Sunday to end a week of border clashes. "
        "Brazil mediated between Bolivia and Paraguay last year."
    )
    e = _at(pipeline, text, "mediated")
    assert not country_set(e.recipient) & {"CHL", "PER"}


def test_an_appeal_to_both_sides_after_a_civil_wars_lead(pipeline: Any) -> None:
    """ "Both sides" of a story whose lead is a war within one country are that country's sides, not
    the two countries named last."""
    text = (
        "Rebels seized three towns in southern Chad on Sunday. "
        "Sudan and Libya closed their borders. "
        "The African Union urged both sides to halt the fighting."
    )
    assert country_set(_at(pipeline, text, "urged").recipient) == {"TCD"}


def test_an_appeal_to_the_two_sides_of_a_border_war(pipeline: Any) -> None:
    text = (
        "Chile and Peru traded fire on their border on Sunday. "
        "Argentina offered to mediate. "
        "Brazil urged the two sides to show restraint."
    )
    assert country_set(_at(pipeline, text, "urged").recipient) == {"CHL", "PER"}


def test_an_appeal_in_the_lead_sentence_keeps_its_pair_reading(pipeline: Any) -> None:
    """In the story's first sentence there is no lead told before: "both sides" is read as before."""
    text = "Chile and Peru traded fire on Sunday, and Brazil urged both sides to show restraint."
    assert country_set(_at(pipeline, text, "urged").recipient) == {"CHL", "PER"}


def test_negotiations_hosted_are_not_a_mediation_between_the_leads_sides(pipeline: Any) -> None:
    """ "Hosted the negotiations" is coded as a mediation (045) but told by a verb of hosting (code_rules
    hosting_verbs), whose writers split: no lead's sides."""
    text = (
        "Chile and Peru agreed on Sunday to end a week of border clashes. "
        "Uruguay hosted most of the secret negotiations."
    )
    e = _at(pipeline, text, "hosted")
    assert not country_set(e.recipient) & {"CHL", "PER"}
