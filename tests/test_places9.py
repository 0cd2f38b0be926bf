"""Event places (issue 11, ninth session): a meeting's or signing's own place nested in its
phrases, a place said there after one the event is only about, datelines filed from two places.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.read import parse_header
from newsevents.records import Article, CodedArticle, Event


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p9", text=text, pub_date=dt.date(2024, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def _place(e: Event) -> str | None:
    return e.event_loc.resolved_place if e.event_loc is not None else None


def test_dateline_filed_from_two_places() -> None:
    h = parse_header("DAKAR/BAMAKO, June 4 (Reuters) - Regional leaders met on Tuesday.")
    assert (h.dateline, h.publisher, h.dateline_date) == ("DAKAR/BAMAKO", "Reuters", "June 4")
    h = parse_header("LIMA/TASS/. Ministers met.")
    assert (h.dateline, h.publisher) == ("LIMA", "TASS")
    assert parse_header("AU/UN forces attacked the town on Monday.").dateline is None


@pytest.mark.model
def test_dateline_of_two_places_places_the_lead_at_the_first(pipeline: Any) -> None:
    from newsevents.read.readers import ReadOptions, _article_from_record

    text = "DAKAR/BAMAKO, June 4 (Reuters) - Senegalese police arrested dozens of opposition supporters on Tuesday."
    art = _article_from_record({"id": "p9d", "text": text, "date": "2024-06-04"}, "t", ReadOptions())
    assert isinstance(art, Article) and art.dateline == "DAKAR/BAMAKO"
    e = _event(pipeline.code(art), "arrested")
    assert _place(e) == "Dakar", e.reasons


@pytest.mark.model
def test_meeting_place_nested_in_its_phrase(pipeline: Any) -> None:
    text = "The two presidents held talks at the presidential palace in Nairobi on Friday."
    e = _event(_code(pipeline, text), "held")
    assert _place(e) == "Nairobi", e.reasons
    text = "The premier held talks with the king at the royal palace in Rabat on Monday."
    e = _event(_code(pipeline, text), "held")
    assert _place(e) == "Rabat", e.reasons
    text = "The two leaders held their first meeting on the sidelines of a summit in Jakarta on Tuesday."
    e = _event(_code(pipeline, text), "held")
    assert _place(e) == "Jakarta", e.reasons


@pytest.mark.model
def test_signed_where_not_what_about(pipeline: Any) -> None:
    text = "Rebel and government leaders signed an accord in Lisbon on Monday on the future of Angola."
    e = _event(_code(pipeline, text), "signed")
    assert _place(e) == "Lisbon", e.reasons
    # a statement still does not take the place it is about
    e = _event(_code(pipeline, "Ghana condemned the attack on a market in Kano."), "condemned")
    assert _place(e) != "Kano", e.reasons


@pytest.mark.model
def test_name_with_soft_sign_found_without_it(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    place, _, _ = gz.resolve("Tskhinvali")  # GeoNames writes Ts'khinvali
    assert place is not None and place.country_code == "GEO"
    place, _, _ = gz.resolve("N'Djamena")  # a name written with its apostrophe still is
    assert place is not None and place.country_code == "TCD"


@pytest.mark.model
def test_town_read_by_its_neighbour(pipeline: Any) -> None:
    text = "Firefighters battled a forest fire near Oka, 50 km from Montreal, on Sunday."
    m = next(m for m in _code(pipeline, text).mentions if m.kind == "place" and m.text == "Oka")
    assert m.place is not None and m.place.country_code == "CAN", m.reason
    assert "named in the same sentence" in m.reason
    # alone, the name keeps its reading
    m = next(m for m in _code(pipeline, "Firefighters battled a fire near Oka.").mentions if m.text == "Oka")
    assert m.place is None or m.place.country_code != "CAN" or "same sentence" not in m.reason


@pytest.mark.model
def test_seats_of_power_name_their_town(pipeline: Any) -> None:
    e = _event(_code(pipeline, "The two leaders signed a trade pact at the White House on Friday."), "signed")
    assert _place(e) == "Washington", e.reasons
    text = "The Chechen leader and the Russian president signed a peace accord in the Kremlin on Monday."
    assert _place(_event(_code(pipeline, text), "signed")) == "Moscow"
    gz = pipeline.res.gazetteer
    assert gz.resolve("capitol")[0] is None  # the case-sensitive alias: only "Capitol"
    # a statement of the White House gets no place from its name
    e = _event(_code(pipeline, "The White House accused Iran of arming the rebels on Monday."), "accused")
    assert _place(e) != "Washington" or "locative phrase" not in " ".join(e.reasons)


@pytest.mark.model
def test_town_of_the_clause_beats_its_country(pipeline: Any) -> None:
    text = "Rebels seized Chad's second city Moundou on Friday."
    assert _place(_event(_code(pipeline, text), "seized")) == "Moundou"


@pytest.mark.model
def test_troops_ordered_to_a_town_not_the_objector(pipeline: Any) -> None:
    text = "The governor ordered 500 troops to Fresno on Monday, over the objections of Oregon Governor Kate Brown."
    e = _event(_code(pipeline, text), "ordered")
    assert _place(e) == "Fresno", e.reasons


@pytest.mark.model
def test_what_an_accord_or_a_call_is_about_stays_out(pipeline: Any) -> None:
    text = "Negotiators for both sides signed an accord on autonomy in Gaza on Monday."
    e = _event(_code(pipeline, text), "signed")
    assert e.event_loc is None or e.event_loc.extracted_place != "Gaza", e.reasons
    text = "The French foreign minister, in a statement issued in Paris, called on Russia to stop its attacks."
    e = _event(_code(pipeline, text), "called")
    assert _place(e) != "Russia", e.reasons
    text = "Envoys delivered a protest to the government in Damascus, expressing Washington's concern."
    m = next(m for m in _code(pipeline, text).mentions if m.text == "Damascus" and m.kind == "place")
    assert m.place is not None and m.place.country_code == "SYR", m.reason


@pytest.mark.model
def test_state_act_without_a_place_is_at_its_capital(pipeline: Any) -> None:
    e = _event(_code(pipeline, "Peruvian President Alberto Fujimori resigned on Monday."), "resigned")
    assert _place(e) == "Lima", e.reasons
    assert e.event_loc is not None and "capital" in " ".join(e.reasons)
    e = _event(_code(pipeline, "The Malian army removed President Keita on Tuesday."), "removed")
    assert _place(e) == "Bamako", e.reasons
    # the capital of the story's day: Nigeria's was Lagos in 1985
    art = Article(id="p9n", text="The Nigerian government banned all political parties on Monday.",
                  pub_date=dt.date(1985, 6, 3))  # fmt: skip
    e = _event(pipeline.code(art), "banned")
    assert _place(e) == "Lagos", e.reasons
    # fighting by an army is not at its capital
    e = _event(_code(pipeline, "Senegalese troops shelled rebel positions on Monday."), "shelled")
    assert _place(e) != "Dakar", e.reasons


@pytest.mark.model
def test_measure_aimed_on_a_country_is_not_placed_there(pipeline: Any) -> None:
    e = _event(_code(pipeline, "Washington imposed sanctions on Iran on Monday."), "imposed")
    assert _place(e) != "Iran", e.reasons
    text = "The U.N. Security Council voted on Friday to impose an arms embargo on Eritrea."
    e = _event(_code(pipeline, text), "impose")
    assert _place(e) == "New York City", e.reasons
    e = _event(_code(pipeline, "Police imposed a curfew on Kano on Sunday."), "imposed")
    assert _place(e) == "Kano", e.reasons  # a curfew is where it is imposed


@pytest.mark.model
def test_court_acts_where_it_sits(pipeline: Any) -> None:
    e = _event(_code(pipeline, "A Mombasa court sentenced two activists to prison on Sunday."), "sentenced")
    assert _place(e) == "Mombasa", e.reasons
    e = _event(_code(pipeline, "A Paris judge charged the former minister with corruption on Monday."), "charged")
    assert _place(e) == "Paris", e.reasons
    e = _event(_code(pipeline, "A Kenyan court jailed the journalist on Monday."), "jailed")
    assert _place(e) != "Nairobi", e.reasons  # a court of the country sits in any of its towns


@pytest.mark.model
def test_a_list_after_including_is_no_place(pipeline: Any) -> None:
    text = "Two bombs outside the stadium killed 40 people, including 9 U.S. soldiers, in Kandahar on Friday."
    e = _event(_code(pipeline, text), "killed")
    assert _place(e) != "United States", e.reasons
