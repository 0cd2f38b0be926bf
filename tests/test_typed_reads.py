"""Typed fields read instead of reason text or local copies: records.first_day, the determiner sets of
parse.syntax, the gazetteer's Reading.by_alternate and Mention.by_alternate."""

import datetime as dt

from newsevents.parse.syntax import DEFINITE_DETERMINERS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS
from newsevents.records import first_day


def test_day_month_year() -> None:
    assert first_day("2019-03-14") == dt.date(2019, 3, 14)
    assert first_day("2019-03") == dt.date(2019, 3, 1)
    assert first_day("1994") == dt.date(1994, 1, 1)


def test_no_value_or_no_date() -> None:
    assert first_day(None) is None
    assert first_day("") is None
    assert first_day("2019-02-30") is None
    assert first_day("unknown") is None


def test_determiner_sets() -> None:
    assert DEFINITE_DETERMINERS == DEMONSTRATIVES | POSSESSIVE_DETERMINERS
    assert "the" in DEMONSTRATIVES and "their" not in DEMONSTRATIVES
    assert POSSESSIVE_DETERMINERS == {"its", "his", "her", "their"}


def test_mention_by_alternate_from_the_gazetteer() -> None:
    """A place mention read by an alternate name only carries ``by_alternate``; one read by its
    own name does not (recognize/places.py; read by nearby, owner and toponyms)."""
    from newsevents.pipeline import Pipeline
    from newsevents.records import Article

    art = Article(id="t1", text="Troops moved from Kaboul to Kandahar on Monday.", pub_date=dt.date(2001, 11, 12))
    places = {m.text: m for m in Pipeline().code(art).mentions if m.kind == "place"}
    assert places["Kaboul"].place is not None and places["Kaboul"].place.name == "Kabul"
    assert places["Kaboul"].by_alternate
    assert not places["Kandahar"].by_alternate
