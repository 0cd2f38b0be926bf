"""Two tellings merged by dedupe keep the more exact told date and place; two tellings of one sentence
told on two days of their own are two acts (dedupe/merge.py, where/steps.finer; dates43). Hand-built
events, no model: each test states the sentence the events stand for."""

from __future__ import annotations

from dataclasses import replace

from tests.test_retellings_merge import ARMY, LEAD, LEADER, LUSAKA, ev, merged

from newsevents.records import EventLocation

ZAMBIA = EventLocation("Zambia", "Zambia", 895949, -14.0, 27.0, "ZM", None, "A", "PCLI", "country", "country")
NORTH = EventLocation("northern Zambia", "northern Zambia", 895949, -10.0, 29.0, "ZM", None, "A", "PCLI", "region")
KASAMA = EventLocation("Kasama", "Kasama", 909129, -10.21, 31.18, "ZM", None, "P", "PPLA", "city", "city")
LANDMARK = EventLocation("the State House", "State House", 1, -15.4, 28.3, "ZM", None, "S", "BLDG", "region")

ONE = "Soldiers detained Hichilema on Monday and held Mumba on Thursday at the same barracks."


def test_two_days_told_in_one_sentence_are_two_acts() -> None:
    first = ev(0, ONE, "detained", date="2024-03-04", precision="day", date_text="on Monday")
    second = ev(0, ONE, "held", date="2024-02-29", precision="day", date_text="on Thursday")
    assert len(merged(first, second)) == 2


def test_a_day_counted_from_the_clause_does_not_tell_two_acts_apart() -> None:
    # "fought on Tuesday, a day after soldiers detained him": the count keeps the clause's date words
    text = "Soldiers fought on Tuesday, a day after they detained Hichilema."
    fought = ev(0, text, "fought", date="2024-03-05", precision="day", date_text="on Tuesday")
    detained = ev(0, text, "detained", date="2024-03-04", precision="day", date_text="on Tuesday")
    assert len(merged(fought, detained)) == 1


def test_a_month_beside_a_day_in_one_sentence_stays_one_act() -> None:
    text = "Soldiers detained Hichilema in February and held him on March 4."
    month = ev(0, text, "detained", date="2024-02-01", precision="month", date_text="in February")
    day = ev(0, text, "held", date="2024-03-04", precision="day", date_text="on March 4")
    assert len(merged(month, day)) == 1


def test_the_merged_act_takes_the_day_its_year_or_month_holds() -> None:
    text = "Soldiers staged two raids in 2024, the first on March 4 when they detained Hichilema."
    year = ev(0, text, "staged", date="2024-01-01", precision="year", date_text="in 2024")
    day = ev(0, text, "detained", date="2024-03-04", precision="day", date_text="on March 4")
    (one,) = merged(year, day)
    assert (one.date, one.date_precision, one.date_text) == ("2024-03-04", "day", "on March 4")
    assert one.event_text == "staged"  # the first telling's trigger stays
    assert any("the more exact" in r for r in one.reasons)


def test_a_later_telling_with_a_day_dates_a_publication_dated_lead() -> None:
    lead = ev(0, "Soldiers detained Hichilema, his party said.", "detained")  # the publication day
    later = ev(2, "He was detained at his home on Monday.", "detained", actor=(), date="2024-03-04",
               precision="day", date_text="on Monday")  # fmt: skip
    (one,) = merged(lead, later)
    assert (one.date, one.date_precision) == ("2024-03-04", "day")


def test_a_date_counted_from_the_news_is_not_more_exact() -> None:
    lead = ev(0, "Soldiers detained Hichilema, his party said.", "detained")
    later = replace(
        ev(
            2,
            "He was detained at his home.",
            "detained",
            actor=(),
            date="2024-03-04",
            precision="day",
            date_text="a day after",
        ),  # fmt: skip
        date_from_news=True,
    )
    (one,) = merged(lead, later)
    assert one.date_precision == "publication"


def test_a_day_outside_the_first_tellings_month_is_not_taken() -> None:
    # the retelling rule already keeps such dates apart; the day is never taken across months
    text = "Soldiers detained Hichilema in January and held him for a week."
    month = ev(0, text, "detained", date="2024-01-01", precision="month", date_text="in January")
    day = ev(0, text, "held", date="2024-03-04", precision="day", date_text="on March 4")
    (one,) = merged(month, day)
    assert one.date == "2024-01-01" and one.date_precision == "month"


def test_a_town_the_later_telling_names_is_the_place_of_a_country_or_a_part_of_it() -> None:
    for area in (ZAMBIA, NORTH):
        first = replace(LEAD, event_loc=area)
        later = ev(2, "Soldiers held Hichilema in Kasama on Monday.", "held", loc=replace(KASAMA, step="sentence"),
                   date="2024-03-04", precision="day", date_text="on Monday")  # fmt: skip
        (one,) = merged(first, later)
        assert one.event_loc is not None and one.event_loc.resolved_place == "Kasama"


def test_a_building_or_a_town_is_not_replaced_by_another_town() -> None:
    for place in (LANDMARK, LUSAKA):
        first = replace(LEAD, event_loc=replace(place, step="sentence"))
        later = ev(2, "Soldiers held Hichilema in Kasama on Monday.", "held", loc=replace(KASAMA, step="sentence"),
                   date="2024-03-04", precision="day", date_text="on Monday")  # fmt: skip
        out = merged(first, later)
        assert all(e.event_loc is None or e.event_loc.resolved_place != "Kasama" for e in out[:1])


def test_one_act_in_one_sentence_keeps_its_parties() -> None:
    text = "Soldiers detained Hichilema on Monday and took him to a barracks on Monday."
    a = ev(0, text, "detained", date="2024-03-04", precision="day", date_text="on Monday")
    b = ev(0, text, "took", date="2024-03-04", precision="day", date_text="on Monday", recipient=(LEADER,))
    (one,) = merged(a, b)
    assert one.actor == (ARMY,)
