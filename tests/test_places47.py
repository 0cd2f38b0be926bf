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
