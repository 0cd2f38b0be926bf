"""Acts carried by a verb (issue 11, phrasal43; docs/verb-frames.md, "Acts carried by a verb"): a verb of
carrying on, leading or joining (lexicon carrier_verbs: "keep up", "step up", "lead", "join", ...) whose
object is an event noun that alone is a material act gives that act to its subject; a particle the parser
reads as an adverb counts as the particle.

Each test codes sentences written for it (none taken from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from coding import code_on as _code
from newsevents.frame.nouns import _phrasal


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    return [(e.event, e.cameo, e.event_text) for e in _code(pipeline, text)]


def test_a_particle_read_as_an_adverb_counts_as_the_particle() -> None:
    words = ["Rebels", "kept", "up", "their", "siege"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        lemmas=["rebel", "keep", "up", "their", "siege"],
        heads=[1, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "advmod", "poss", "dobj"],
    )
    assert _phrasal(doc[1]) == "keep up"
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        lemmas=["rebel", "keep", "up", "their", "siege"],
        heads=[1, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "prt", "poss", "dobj"],
    )
    assert _phrasal(doc[1]) == "keep up"


@pytest.mark.model
def test_a_siege_kept_up_is_the_subjects_siege(pipeline: Any) -> None:
    events = _code(pipeline, "The Tamil rebels kept up their siege of the garrison town on Tuesday.")
    siege = [e for e in events if e.event_text == "siege"]
    assert siege and siege[0].cameo == "191"
    assert any(a.country == "LKA" for a in siege[0].actor)


@pytest.mark.model
def test_protests_stepped_up_and_a_strike_led(pipeline: Any) -> None:
    assert any(
        ev == "PROTEST"
        for ev, _, _ in _coded(
            pipeline, "Dock workers in Antwerp stepped up their protests over pension cuts on Monday."
        )
    )
    assert ("PROTEST", "143", "strike") in _coded(
        pipeline, "The Bolivian miners' union led a general strike in La Paz on Thursday."
    )


@pytest.mark.model
def test_what_a_carrying_verb_does_not_carry(pipeline: Any) -> None:
    # a body of people led is no act of force
    assert not _coded(pipeline, "The Norwegian government led a multinational force into the region in March.")
    # a verbal act kept up is told by what is said
    assert not _coded(pipeline, "The central bank kept up pressure on the currency.")
    # a join told as not done is no blockade
    assert "191" not in {
        c for _, c, _ in _coded(pipeline, "Brazil would not join the blockade of the port, the minister said.")
    }
    # a definite act led was told before, and maybe not as the subject's
    assert not _coded(pipeline, "Uruguay won 2-1, with Luis Suarez leading the attack against a tired defence.")


@pytest.mark.model
def test_an_act_of_conflict_ended_by_its_doer_is_a_de_escalation(pipeline: Any) -> None:
    coded = _coded(
        pipeline, "Mutinous officers ended a three-day mutiny at the main barracks of the capital on Sunday."
    )
    assert ("RETREAT", "087", "ended") in coded
    coded = _coded(pipeline, "France ended its nuclear tests in the Pacific in January.")
    assert ("RETREAT", "087", "ended") in coded


@pytest.mark.model
def test_what_a_verb_of_ending_does_not_end(pipeline: Any) -> None:
    # a definite act was told before, and maybe not as the subject's: the police did not withdraw
    assert "087" not in {c for _, c, _ in _coded(pipeline, "Police ended the occupation of the university on Friday.")}
    # an act of cooperation ended is no de-escalation
    assert "087" not in {c for _, c, _ in _coded(pipeline, "Chile ended joint naval exercises with Peru in May.")}
    # a war ended is the peace of both sides; a participle tells what another act brought about
    assert "087" not in {
        c for _, c, _ in _coded(pipeline, "The two states signed a treaty in Lima, ending a six-year war.")
    }
    text = "Ferry links between the islands resumed on Monday, ending a blockade of four decades."
    assert "087" not in {c for _, c, _ in _coded(pipeline, text)}


@pytest.mark.model
def test_a_carried_act_in_a_description_or_setting_and_an_end_only_wanted(pipeline: Any) -> None:
    # a relative clause describes the doers; a clause of time sets the scene
    text = "Nurses who had led a general strike since Monday said they would go back to work."
    assert "143" not in {c for _, c, _ in _coded(pipeline, text)}
    text = "The governor fled the city as rebels kept up their siege of the port."
    assert "191" not in {c for _, c, _ in _coded(pipeline, text)}
    # an end wanted is not told
    text = "The army said it stood ready to step in and end the purge of moderates in the party."
    assert "087" not in {c for _, c, _ in _coded(pipeline, text)}
