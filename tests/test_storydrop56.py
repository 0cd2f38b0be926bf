"""Story events found and then dropped (storydrop56): a relative clause that tells a party's stance
held up to now, an accusation or a rejection, in the present perfect or the present
(code/stances.held_stance). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, list[str | None], list[str | None]]]:
    return [
        (e.event, e.event_text, [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_on(pipeline, text)
    ]


def test_an_accusation_in_the_present_perfect_told_by_a_named_party(pipeline: Any) -> None:
    text = (
        "Opposition leader Joseph Kariuki, who has accused the Kenyan government of rigging the election, "
        "called for new protests."
    )
    accused = [c for c in _coded(pipeline, text) if c[1] == "accused"]
    assert accused and accused[0][0] == "ACCUSE"


def test_an_accusation_in_the_present_told_by_a_named_party(pipeline: Any) -> None:
    coded = _coded(pipeline, "Kenya, which accuses Uganda of arming the rebels, closed the border.")
    assert ("ACCUSE", "accuses", ["KEN"], ["UGA"]) in coded


def test_a_material_act_in_the_present_stays_background(pipeline: Any) -> None:
    # a habit, not an event: "rebels who attack convoys"
    coded = _coded(pipeline, "Kenya closed the border with Somalia, where militants attack aid convoys.")
    assert not any(c[1] == "attack" for c in coded)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norway, which has given Kenya millions of dollars in aid, criticised the vote.", "given"),
        ("Somalia, which has fought two wars with Kenya since 1963, called for talks.", "fought"),
        ("Police dispersed the crowd in the square, where students have demanded new elections.", "demanded"),
    ],
)
def test_other_acts_in_the_present_perfect_stay_background(pipeline: Any, text: str, trigger: str) -> None:
    # a history summed up or an act that lasts, not an act of the story
    assert not any(c[1] == trigger for c in _coded(pipeline, text))


def test_a_stance_in_the_present_perfect_of_a_description_stays_background(pipeline: Any) -> None:
    # the relative clause of a thing, not a party: "a plan that rejects ..."
    coded = _coded(pipeline, "Kenya and Uganda discussed a border plan that rejects the old colonial line.")
    assert not any(c[1] == "rejects" for c in coded)


def test_a_stance_against_a_name_the_clause_hangs_on(pipeline: Any) -> None:
    coded = _coded(pipeline, "Kenya closed the border with Uganda, which Nairobi accuses of arming the rebels.")
    assert [c for c in coded if c[1] == "accuses"] == [("ACCUSE", "accuses", ["KEN"], ["UGA"])]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun object stands for a party of the sentence around the clause
        "On Friday the Kenyan president survived a vote brought by the opposition, which accuses him of fraud.",
        # people known by a common noun are often placed nowhere
        "Kenyan police detained 40 refugees whom President Ruto has refused to let into the country.",
    ],
)
def test_a_stance_aimed_at_no_name_stays_background(pipeline: Any, text: str) -> None:
    assert not any(c[0] in {"ACCUSE", "REJECT"} for c in _coded(pipeline, text))


def test_a_stance_whose_recipient_was_read_from_another_phrase_is_dropped(pipeline: Any) -> None:
    # the man is known to no one: the recipient would be read from "Kampala", another party
    text = "Police hunted Joseph Kariuki, whom Nairobi blames for the attacks on Mombasa and Kampala."
    assert not any(c[1] == "blames" for c in _coded(pipeline, text))
