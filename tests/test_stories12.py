"""Whole stories, round 12 (issue 11): a side named by its owner ("Perez's camp", "his aides",
"members of her own guard") after the owner was named, a text that speaks for its author ("a
statement issued by the ministry urged"), and a past-tense verb coordinated with a modal one
("said it would accept the ruling but accused the court"). Each test codes a short story written
for it (none taken from a gold set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, one_event
from newsevents.participants.anaphora import author_span, owner_word

PUB = dt.date(2016, 4, 12)


_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("words", "owner"),
    [
        ("Perez's camp", ("Perez", False)),
        ("Juan Perez's allies", ("Perez", False)),
        ("members of his own presidential guard", ("his", True)),
        ("Her aides", ("her", True)),
        ("the president's camp", None),  # no name: the role word's own antecedent rules decide
        ("his wife Maria", None),  # a name after the noun names the person itself
        ("Perez's Party of Regions", None),  # a name of its own
        ("his predecessor", None),  # another person, not his side
        ("Perez's rivals", ("Perez", False)),  # a rival: of Perez's country (owner_before)
    ],
)
def test_owner_word(words: str, owner: tuple[str, bool] | None) -> None:
    assert owner_word(words) == owner


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Bolivian opposition leader Juan Perez lost the run-off on Sunday. "
            "Perez's camp accused the electoral court of fraud.",
            "accused",
            "BOL",
        ),
        (
            "Kenyan opposition leader Wafula Omondi rejected the result on Monday. "
            "Omondi's allies accused the election commission of rigging the count.",
            "accused",
            "KEN",
        ),
        (
            "Peruvian President Martin Vizcarra dissolved Congress on Monday. "
            "His camp accused lawmakers of blocking reforms.",
            "accused",
            "PER",
        ),
    ],
)
def test_a_side_named_by_its_owner_is_the_owners(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert {a.country for a in e.actor} == {country}
    assert any("the side of" in r for r in e.reasons)


@pytest.mark.model
def test_a_side_of_someone_never_named_stays_unknown(pipeline: Any) -> None:
    # nobody called Perez was named before: the camp is no one's
    text = "Perez's camp accused the electoral court of fraud on Sunday."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "accused"]
    assert all(a.country != "BOL" for e in events for a in e.actor)


@pytest.mark.model
def test_a_past_conjunct_is_not_under_the_modal_of_its_head(pipeline: Any) -> None:
    text = "Russian President Vladimir Putin said he would accept the ruling but accused the court of bias."
    assert _one(pipeline, text, "accused").modality == "asserted"
    assert _one(pipeline, text, "accept").modality == "future"


@pytest.mark.model
def test_a_base_form_conjunct_stays_under_the_modal(pipeline: Any) -> None:
    text = "Turkey said it would recall its ambassador and suspend trade with Israel."
    events = code_events(pipeline, text, PUB)
    assert events and all(e.modality == "future" for e in events)


@pytest.mark.model
def test_a_rival_named_by_the_owner_is_of_the_owners_country_not_the_owner(pipeline: Any) -> None:
    text = (
        "Bolivian President Juan Perez claimed victory on Monday. "
        "His main challenger, a former judge, rejected the result."
    )
    e = _one(pipeline, text, "rejected")
    assert {a.country for a in e.actor} == {"BOL"}
    assert all(a.name is None for a in e.actor)


@pytest.mark.parametrize(
    ("words", "author"),
    [
        ("A statement issued by the Chilean interior ministry", "the Chilean interior ministry"),
        ("A communique from the Nigerian presidency", "the Nigerian presidency"),
        ("A message posted on the party's website in Perez's name", "Perez"),
        ("A joint statement by Chad and Sudan", "Chad and Sudan"),
        ("The statement", None),  # no author in the phrase
        ("Protesters from the north", None),  # not a text
        ("Officials who read a statement by the army", None),  # the text is not the head
    ],
)
def test_author_span(words: str, author: str | None) -> None:
    at = author_span(words)
    assert (words[at[0] : at[1]] if at else None) == author


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("A statement issued by the Chilean interior ministry urged truckers to end their blockade.", "urged", "CHL"),
        (
            "Bolivian opposition leader Juan Perez called a general strike on Friday. "
            "A message posted on his party's website in Perez's name urged supporters to protest.",
            "urged",
            "BOL",
        ),
    ],
)
def test_a_text_speaks_for_its_author(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert {a.country for a in e.actor} == {country}
    assert any("the author of the text" in r for r in e.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers cheered and danced in Lusaka as crowds poured into the streets.",
        "Jubilant crowds massed at the border crossing in Berlin.",
    ],
)
def test_a_crowd_celebrating_is_no_protest(pipeline: Any, text: str) -> None:
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "PROTEST"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters poured into the streets of Lusaka demanding the president's resignation.",
        "Thousands poured into the streets of Lusaka on Sunday.",
    ],
)
def test_a_crowd_with_a_grievance_or_no_celebration_still_protests(pipeline: Any, text: str) -> None:
    assert [e for e in code_events(pipeline, text, PUB) if e.event == "PROTEST"]


@pytest.mark.model
def test_an_occupation_told_with_cheers_is_still_a_protest(pipeline: Any) -> None:
    text = "Thousands of students who had occupied the parliament building in Lusaka since Monday cheered and sang."
    assert [e for e in code_events(pipeline, text, PUB) if e.event == "PROTEST"]


@pytest.mark.model
def test_a_surname_named_before_in_full_is_a_person_held(pipeline: Any) -> None:
    # "hold" takes a person as its object: the bare surname is the person named in full before
    text = (
        "NIAMEY - Troops seized power in Niger on Wednesday, toppling President Mohamed Bazoum. "
        "Soldiers have held Bazoum at the palace since then."
    )
    held = [e for e in code_events(pipeline, text, PUB) if e.event_text == "held"]
    assert held and held[0].event == "COERCE"
