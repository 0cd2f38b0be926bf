"""The event location's fallback chain (where/), capitals with dates (resolve/capitals.py), "the
capital" descriptions and the gazetteer matcher for names the tagger missed (recognize/).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.code.location import precision
from newsevents.errors import KnowledgeError
from newsevents.recognize.capital_named import BARE_CAPITAL, DESCRIPTIONS
from newsevents.records import Article, CodedArticle, Event, Place
from newsevents.resolve.capitals import capital_spans, parse_capitals

KABUL = Place("Kabul", 1138958, 34.53, 69.17, "AFG", "13", "P", "PPLC", 4_000_000, "city")


def test_precision_of_a_location() -> None:
    assert precision(KABUL) == "city"
    country = Place("Afghanistan", 1149361, 33.0, 65.0, "AFG", None, "A", "PCL", 1, "country")
    assert precision(country) == "country"
    region = Place("northern Afghanistan", None, 33.0, 65.0, "AFG", None, "A", None, 0, "region")
    assert precision(region) == "admin1"
    continent = Place("Africa", 6255146, 7.0, 21.0, None, None, "L", "CONT", 0, "region")
    assert precision(continent) is None


def test_capital_table_parses_and_rejects_bad_dates() -> None:
    rows = parse_capitals("# c\nXXA\tOld Town\t\t2001-02-03\tnote\nXXA\tNew Town\t2001-02-03\t\t\n")
    assert [r.name for r in rows if r.covers(dt.date(2000, 1, 1))] == ["Old Town"]
    assert [r.name for r in rows if r.covers(dt.date(2001, 2, 3))] == ["New Town"]
    with pytest.raises(KnowledgeError, match="not a date"):
        parse_capitals("XXA\tTown\t2001-13-01\t\t\n")
    with pytest.raises(KnowledgeError, match="expected"):
        parse_capitals("XXA\tTown\n")
    shipped = {r.iso3 for r in capital_spans()}
    assert {"SSD", "MMR", "KAZ", "NGA"} <= shipped


def _code(pipeline: Any, text: str, day: dt.date = dt.date(2024, 5, 2), dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="w", text=text, pub_date=day, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def _reasons(e: Event) -> str:
    return " | ".join(e.reasons)


@pytest.mark.model
def test_capitals_follow_the_date(pipeline: Any) -> None:
    from newsevents.resolve.capitals import capital_on

    gz = pipeline.res.gazetteer
    assert capital_on(gz, "SSD", dt.date(2010, 1, 1))[0] is None
    juba = capital_on(gz, "SSD", dt.date(2012, 1, 1))[0]
    assert juba is not None and juba.name == "Juba"
    old = capital_on(gz, "MMR", dt.date(2001, 1, 1))[0]
    new = capital_on(gz, "MMR", dt.date(2021, 1, 1))[0]
    assert old is not None and old.name == "Yangon" and new is not None and new.name != "Yangon"
    lagos = capital_on(gz, "NGA", dt.date(1985, 6, 1))[0]
    assert lagos is not None and lagos.name == "Lagos"


@pytest.mark.model
def test_bare_capital_is_the_dateline_countrys(pipeline: Any) -> None:
    coded = _code(pipeline, "Riot police fired tear gas at students in the capital on Monday.", dateline="LUSAKA")
    e = _event(coded, "fired")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Lusaka", _reasons(e)
    assert e.event_loc.precision == "city"
    desc = [m for m in coded.mentions if m.label == BARE_CAPITAL]  # a bare "the capital"
    assert desc and desc[0].text == "the capital"


@pytest.mark.model
def test_capital_followed_by_its_name_is_left_to_the_name(pipeline: Any) -> None:
    coded = _code(pipeline, "Soldiers detained ministers in the capital Kampala on Monday.", dateline="NAIROBI")
    assert not [m for m in coded.mentions if m.label in DESCRIPTIONS]


@pytest.mark.model
def test_dateline_city_for_a_local_event(pipeline: Any) -> None:
    text = "The Zambian government banned all opposition rallies on Tuesday."
    e = _event(_code(pipeline, text, dateline="LUSAKA"), "banned")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Lusaka", _reasons(e)
    assert "dateline" in _reasons(e)
    # a foreign actor's act is not local to the story
    text = "The French government banned all Zambian imports on Tuesday."
    e = _event(_code(pipeline, text, dateline="LUSAKA"), "banned")
    assert e.event_loc is None or e.event_loc.resolved_place != "Lusaka", _reasons(e)


@pytest.mark.model
def test_verbal_event_keeps_a_place_named_by_a_place_noun(pipeline: Any) -> None:
    text = "Chile and Peru signed a border treaty in the northern city of Arica on Monday."
    e = _event(_code(pipeline, text), "signed")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Arica", _reasons(e)


@pytest.mark.model
def test_verbal_event_does_not_take_the_place_it_is_about(pipeline: Any) -> None:
    text = "Ghana condemned the attack on a market in Kano."
    e = _event(_code(pipeline, text), "condemned")
    assert e.event_loc is None or e.event_loc.resolved_place != "Kano", _reasons(e)


@pytest.mark.model
def test_nearest_place_of_the_sentence(pipeline: Any) -> None:
    text = "Soldiers shot dead two farmers guarding cattle near Mopti on Sunday, residents said."
    e = _event(_code(pipeline, text), "shot")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Mopti", _reasons(e)


@pytest.mark.model
def test_untagged_town_is_recognised_by_the_gazetteer(pipeline: Any) -> None:
    coded = _code(pipeline, "Flooding cut off roads between Magway and Taunggyi last week.")
    names = {m.place.name for m in coded.mentions if m.kind == "place" and m.place is not None}
    assert {"Magway", "Taunggyi"} <= names, names
    coded = _code(pipeline, "Soldiers detained ministers in early morning raids in the capital Naypyitaw.")
    names = {m.place.name for m in coded.mentions if m.kind == "place" and m.place is not None}
    assert any("Pyi" in n for n in names), names


@pytest.mark.model
def test_place_opening_an_organisations_name_is_never_the_location(pipeline: Any) -> None:
    coded = _code(pipeline, "Police arrested a reporter of the Toronto Daily Courier on Friday.")
    embedded = [m for m in coded.mentions if m.label == "embedded"]
    assert embedded and embedded[0].place is not None and embedded[0].place.name == "Toronto"
    e = _event(coded, "arrested")
    assert e.event_loc is None or e.event_loc.extracted_place != "Toronto", _reasons(e)


@pytest.mark.model
def test_town_in_the_division_the_article_names(pipeline: Any) -> None:
    coded = _code(pipeline, "Storms hit Springfield overnight. Officials in Illinois said roads were closed.")
    spring = next(m for m in coded.mentions if m.kind == "place" and m.text == "Springfield")
    assert spring.place is not None and spring.place.admin1 == "IL", spring.reason


# ---------------------------------------------------------------- when: dates from other clauses


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # a day after clause is the day before its head
        ("Ministers resigned on Thursday, a day after soldiers shot three students in Gulu.", "shot", "2024-05-01"),
        # a year naming a thing is not the events date
        ("Iran expelled two diplomats over the 2016 border treaty on Tuesday.", "expelled", "2024-04-30"),
        # a progressive report takes the day it was said
        ("The army said on Tuesday it was sending about 400 more troops to the north.", "sending", "2024-04-30"),
        # a complement act takes the date of the verb it completes
        ("The parliament voted on Tuesday to impose sanctions on Belarus.", "impose", "2024-04-30"),
        # a future weekday equal to the publication day is that day
        ("The Security Council will meet on Friday to discuss the fighting in Sudan.", "meet", "2024-05-03"),
        # when and hours-after clauses share the day
        ("The strike began on Monday when workers blocked the port of Mombasa.", "blocked", "2024-04-29"),
        (
            "Police arrested ten men late on Tuesday, hours after gunmen attacked a bank in Kisumu.",
            "attacked",
            "2024-04-30",
        ),
        # an undated clause takes the date of its when clause
        (
            "The defence ministers of Chad and Niger were killed when their plane was hit on Wednesday evening.",
            "killed",
            "2024-05-01",
        ),
        (
            "Police arrested the opposition leader as he addressed a rally in Kampala on Tuesday.",
            "arrested",
            "2024-04-30",
        ),
    ],
)
def test_the_date_an_event_takes(pipeline: Any, text: str, trigger: str, want: str) -> None:
    coded = _code(pipeline, text, day=dt.date(2024, 5, 3))  # a Friday
    assert _event(coded, trigger).date == want, _reasons(_event(coded, trigger))


@pytest.mark.model
def test_the_same_day_and_a_day_later_count_from_the_event_before(pipeline: Any) -> None:
    text = (
        "Rebels attacked an army post near Goma on Monday. "
        "The government closed the border with Rwanda the same day. "
        "The rebels withdrew a day later."
    )
    coded = _code(pipeline, text, day=dt.date(2024, 5, 3))
    assert _event(coded, "attacked").date == "2024-04-29"
    assert _event(coded, "closed").date == "2024-04-29", _reasons(_event(coded, "closed"))
    assert _event(coded, "withdrew").date == "2024-04-30", _reasons(_event(coded, "withdrew"))


@pytest.mark.model
def test_coordinated_clauses_share_a_trailing_date(pipeline: Any) -> None:
    text = "Police killed two robbers and arrested three others in Eldoret late on Tuesday."
    coded = _code(pipeline, text, day=dt.date(2024, 5, 3))
    assert _event(coded, "arrested").date == "2024-04-30"
    assert _event(coded, "killed").date == "2024-04-30", _reasons(_event(coded, "killed"))
    text = "The army shelled the town on Monday, but rebels attacked a convoy near Kidal."
    coded = _code(pipeline, text, day=dt.date(2024, 5, 3))
    assert _event(coded, "attacked").date == "2024-04-29", _reasons(_event(coded, "attacked"))


@pytest.mark.model
def test_the_following_day_parsed_under_the_object(pipeline: Any) -> None:
    text = (
        "Rebels captured the town of Brega on Thursday. "
        "The government announced an immediate ceasefire the following day."
    )
    coded = _code(pipeline, text, day=dt.date(2024, 5, 4))
    assert _event(coded, "announced").date == "2024-05-03", _reasons(_event(coded, "announced"))


@pytest.mark.model
def test_a_date_hung_under_a_phrase_of_the_clause_dates_it(pipeline: Any) -> None:
    # the parser hangs "on Tuesday" under the object's phrase or a non-finite verb; it still dates
    # the clause; a date naming a thing ("the March 3 vote") or a participle clause's does not
    text = "Riot police fired water cannon at farmers blocking roads outside the agriculture ministry on Tuesday."
    e = _event(_code(pipeline, text, day=dt.date(2024, 5, 2)), "fired")
    assert e.date == "2024-04-30" and "hung under" in _reasons(e), _reasons(e)
    text = "The army imposed a curfew, citing unrest after the March 3 vote."
    e = _event(_code(pipeline, text, day=dt.date(2024, 5, 2)), "imposed")
    assert e.date_precision == "publication", _reasons(e)


@pytest.mark.model
def test_on_the_same_day_and_a_reported_act_take_the_dates_they_point_to(pipeline: Any) -> None:
    text = (
        "Rebels shelled the airport on Monday. "
        "On the same day, thousands of opposition supporters protested outside the parliament."
    )
    e = _event(_code(pipeline, text, day=dt.date(2024, 5, 2)), "protested")
    assert e.date == "2024-04-29", _reasons(e)
    text = "The Danish government said on Tuesday it had expelled two Iranian diplomats."
    e = _event(_code(pipeline, text, day=dt.date(2024, 5, 2)), "expelled")
    assert e.date == "2024-04-30", _reasons(e)
