"""Event places (places47): former and hyphenated city names, and first-level divisions by the short
name news uses, are curated aliases (data/gazetteer_aliases.tsv). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    article = Article(id="p47", text=text, pub_date=dt.date(1988, 5, 11), dateline=dateline)
    return pipeline.code(article)  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def _place(e: Event) -> tuple[str | None, str | None]:
    loc = e.event_loc
    return (loc.resolved_place, loc.country_code) if loc is not None else (None, None)


@pytest.mark.model
@pytest.mark.parametrize("name", ["Alma-Ata", "Alma Ata"])
def test_a_soviet_era_city_name_is_a_place(pipeline: Any, name: str) -> None:
    # an alternate name alone is no place outside a tagged entity; a curated alias is
    e = _event(_code(pipeline, f"Students rioted in {name} on Wednesday after the party chief was replaced."), "rioted")
    assert _place(e) == ("Almaty", "KAZ"), e.reasons


@pytest.mark.model
def test_a_state_by_its_short_name(pipeline: Any) -> None:
    # the package lists "Michoacán de Ocampo" only
    text = "The president sent 6,000 soldiers to his home state of Michoacan on Monday to fight the cartels."
    e = _event(_code(pipeline, text), "sent")
    assert _place(e) == ("Michoacán de Ocampo", "MEX"), e.reasons


@pytest.mark.model
def test_a_former_country_name_is_the_country(pipeline: Any) -> None:
    text = "Soldiers from Zaire crossed into Rwanda on Monday."
    coded = _code(pipeline, text)
    assert any(m.text == "Zaire" and m.place is not None and m.place.country_code == "COD" for m in coded.mentions)


@pytest.mark.model
def test_a_castle_named_after_its_town_in_a_named_country(pipeline: Any) -> None:
    # the Hillsborough of Northern Ireland (3,900 people), not the larger New Jersey town
    text = (
        "The two prime ministers signed an agreement at Hillsborough Castle on Friday giving Dublin a say in"
        " Northern Ireland."
    )
    e = _event(_code(pipeline, text), "signed")
    assert _place(e) == ("Hillsborough", "GBR"), e.reasons


@pytest.mark.model
def test_a_court_named_after_its_city(pipeline: Any) -> None:
    text = "Police arrested opposition leader Nawaz Ali at the Islamabad High Court on Tuesday."
    e = _event(_code(pipeline, text), "arrested")
    assert _place(e) == ("Islamabad", "PAK"), e.reasons


@pytest.mark.model
def test_a_facility_named_after_a_small_town_elsewhere_takes_no_point(pipeline: Any) -> None:
    # no country of the article has a town of that name, and the namesake is small
    text = "The envoys signed the accord at Hillsborough Castle on Friday."
    e = _event(_code(pipeline, text), "signed")
    assert _place(e)[1] != "USA", e.reasons


@pytest.mark.model
def test_a_site_after_a_city_tagged_with_its_possessive(pipeline: Any) -> None:
    # "Mexico City's" is tagged as one entity: still the owner of the castle after it
    text = "The guerrillas and the government signed a peace treaty at Mexico City's Chapultepec Castle on Thursday."
    e = _event(_code(pipeline, text), "signed")
    assert _place(e) == ("Mexico City", "MEX"), e.reasons


@pytest.mark.model
def test_a_landmark_before_a_noun_is_the_place_of_the_sentence(pipeline: Any) -> None:
    # "the" is the lawn's: the landmark's own head is "House", in the locative phrase of "shook"
    text = "The two leaders shook hands on the White House lawn on Monday after their envoys signed a declaration."
    e = _event(_code(pipeline, text), "signed")
    assert _place(e) == ("White House", "USA"), e.reasons
