"""Relative expressions, decades and seasons (see newsevents.resolve.dates for the rules)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from newsevents.records import DateInfo
from newsevents.resolve.date_words import (
    _AGO,
    _CENTURY,
    _DAY_AFTER_TOMORROW,
    _DAY_BEFORE_YESTERDAY,
    _DECADE,
    _DECADE_BARE,
    _DECADE_TENS,
    _DECADE_WORD,
    _FROM_NOW,
    _MONTH_OF_REL_YEAR,
    _PART_OF_YEAR,
    _PAST_N,
    _PAST_UNIT,
    _REL_UNIT,
    _SEASON,
    _SEASON_START,
    _SHORT_YEAR,
    _TODAY,
    _TOMORROW,
    _WEEK_AFTER_NEXT,
    _WEEK_BEFORE_LAST,
    _WEEK_NUMBER,
    _WEEKEND,
    _YEAR_BEFORE_LAST,
    _YESTERDAY,
    MONTHS,
    _add_months,
    _info,
    _is_future,
    _num,
    _Point,
    _safe_date,
)


def _relative(s: str, pub: dt.date, tense: str | None) -> tuple[_Point, str] | None:
    """Expressions measured from the publication date."""
    one = dt.timedelta(days=1)
    if _TODAY.fullmatch(s):
        return _Point(pub, "day"), "relative: publication day"
    if _YESTERDAY.fullmatch(s):
        return _Point(pub - one, "day"), "relative: day before publication"
    if _DAY_BEFORE_YESTERDAY.fullmatch(s):
        return _Point(pub - 2 * one, "day"), "relative: two days before publication"
    if _TOMORROW.fullmatch(s):
        return _Point(pub + one, "day"), "relative: day after publication"
    if _DAY_AFTER_TOMORROW.fullmatch(s):
        return _Point(pub + 2 * one, "day"), "relative: two days after publication"
    m = _AGO.fullmatch(s)
    if m:
        n = _num(m[1])
        return None if n is None else _shift(pub, n, m[2], -1)
    m = _FROM_NOW.fullmatch(s)
    if m:
        n = _num(m[1] or m[3])
        return None if n is None else _shift(pub, n, m[2] or m[4], 1)
    m = _MONTH_OF_REL_YEAR.fullmatch(s)
    if m:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m[4]]
        day = m[1] or m[3]
        if day is None:
            return _Point(dt.date(year, MONTHS[m[2]], 1), "month"), f"month of {m[4]} year"
        d = _safe_date(year, MONTHS[m[2]], int(re.sub(r"\D", "", day)))
        return (_Point(d, "day"), f"day of {m[4]} year") if d else None
    m = _PAST_N.fullmatch(s)
    if m:
        n = _num(m[1])
        if n is None or m[2] == "year":
            return None  # "for the past 20 years" tells how long, not when (as "the past decade")
        start = _span_back(pub, n, m[2])
        return _Point(start, "day", pub), f"relative: the past {n} {m[2]}(s) up to publication"
    m = _PAST_UNIT.fullmatch(s)
    if m:
        return _Point(_span_back(pub, 1, m[1]), "day", pub), f"relative: the past {m[1]} up to publication"
    m = _REL_UNIT.fullmatch(s)
    if m:
        if m[4] is not None:  # "earlier in the week", "later in the week": this calendar week
            return _rel_unit(m[4], "this", m[5], pub, tense)
        return _rel_unit(m[1], m[2].replace("the ", ""), m[3], pub, tense)
    if _WEEKEND.fullmatch(s):
        return _weekend(None, pub, tense)
    return None


def _span_back(pub: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return pub - dt.timedelta(days=n)
    if unit in ("week", "fortnight"):
        return pub - dt.timedelta(days=n * (14 if unit == "fortnight" else 7))
    months = n * (12 if unit == "year" else 1)
    first = _add_months(dt.date(pub.year, pub.month, 1), -months)
    return dt.date(first.year, first.month, min(pub.day, calendar.monthrange(first.year, first.month)[1]))


def _shift(pub: dt.date, n: int, unit: str, sign: int) -> tuple[_Point, str]:
    word = "before" if sign < 0 else "after"
    if unit == "day":
        return _Point(pub + sign * dt.timedelta(days=n), "day"), f"relative: {n} day(s) {word} publication"
    if unit in ("week", "fortnight"):
        days = n * (14 if unit == "fortnight" else 7)
        return (
            _Point(pub + sign * dt.timedelta(days=days), "day"),
            f"relative: {days} days {word} publication (approximate)",
        )
    if unit == "month":
        d = _add_months(dt.date(pub.year, pub.month, 1), sign * n)
        return _Point(d, "month"), f"relative: {n} month(s) {word} publication"
    return _Point(dt.date(pub.year + sign * n, 1, 1), "year"), f"relative: {n} year(s) {word} publication"


def _rel_unit(adverb: str | None, which: str, unit: str, pub: dt.date, tense: str | None) -> tuple[_Point, str] | None:
    one = dt.timedelta(days=1)
    if which == "past" and adverb is None:
        return _Point(_span_back(pub, 1, unit), "day", pub), f"relative: the past {unit} up to publication"
    if which in ("coming", "this coming"):
        which = "next"
    if which in ("past", "this past"):
        which = "last"
    if unit == "weekend":
        return _weekend(which, pub, tense)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        sunday = monday + 6 * one
        if which == "last":
            return _Point(monday - 7 * one, "day", sunday - 7 * one), "relative: previous calendar week (Mon-Sun)"
        if which == "next":
            return _Point(monday + 7 * one, "day", sunday + 7 * one), "relative: following calendar week (Mon-Sun)"
        if adverb in ("later", "late"):
            return _Point(monday, "day", sunday), "relative: later this week (the calendar week, Mon-Sun)"
        return _Point(monday, "day", sunday), "relative: this calendar week (Mon-Sun)"
    if unit == "month":
        first = dt.date(pub.year, pub.month, 1)
        shift = {"last": -1, "this": 0, "next": 1}[which]
        return _Point(_add_months(first, shift), "month"), f"relative: {which} month"
    shift = {"last": -1, "this": 0, "next": 1}[which]
    return _Point(dt.date(pub.year + shift, 1, 1), "year"), f"relative: {which} year"


def _weekend(which: str | None, pub: dt.date, tense: str | None) -> tuple[_Point, str]:
    one = dt.timedelta(days=1)
    back_to_sat = (pub.weekday() - 5) % 7
    last_sat = pub - back_to_sat * one  # most recent Saturday on or before publication
    if which == "last":
        sat = last_sat if last_sat + one < pub else last_sat - 7 * one
        return _Point(sat, "day", sat + one), "relative: last weekend (most recent completed Sat-Sun)"
    if which == "next":
        sat = pub + ((5 - pub.weekday()) % 7 or 7) * one
        return _Point(sat, "day", sat + one), "relative: next weekend (first Saturday after publication)"
    if _is_future(tense):
        sat = last_sat if pub.weekday() == 6 else pub + ((5 - pub.weekday()) % 7) * one
        return _Point(max(sat, pub), "day", sat + one), "relative: the weekend, future tense (the coming one)"
    return _Point(last_sat, "day", min(last_sat + one, pub)), "relative: the weekend, past tense (the one just gone)"


def _decade_of_tens(tens: int, pub: dt.date | None, tense: str | None) -> int:
    """A decade named without its century ("the '90s", "the sixties"): past (or no tense) -> the most
    recent such decade that has begun by publication; future -> the first that has not ended."""
    if pub is None:
        return 1900 + tens
    start = (pub.year // 100) * 100 + tens
    if _is_future(tense):
        return start if start + 9 >= pub.year else start + 100
    return start if start <= pub.year else start - 100


def _decade(s: str, pub: dt.date | None, tense: str | None = None) -> DateInfo | None:
    m = _DECADE.fullmatch(s) or _DECADE_WORD.fullmatch(s) or _DECADE_BARE.fullmatch(s)
    if m and m.re is _DECADE_BARE:
        q, start = m[1], _decade_of_tens(int(m[2]), pub, tense)
    elif m and m.re is _DECADE_WORD:
        q, century, tens = m[1], m[2], _DECADE_TENS[m[3]]
        if century is not None:
            start = (1900 if century == "nineteen" else 2000) + tens
        else:
            start = _decade_of_tens(tens, pub, tense)
    elif m:
        q, dec = m[1], m[2]
        start = _decade_of_tens(int(dec[1:]), pub, tense) if dec.startswith("'") else int(dec)
    if m:
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}[q]
        return DateInfo(
            f"{start + lo:04d}", "year", f"{start + hi:04d}", f"decade{' (' + q + ')' if q else ''}: year range"
        )
    m = _CENTURY.fullmatch(s)
    if m:
        q, n = m[1], int(m[2])
        if not 1 <= n <= 21:
            return None
        start = (n - 1) * 100
        lo, hi = {"early": (0, 32), "mid": (33, 66), "late": (67, 99), None: (0, 99)}[q]
        return DateInfo(f"{start + lo:04d}", "year", f"{start + hi:04d}", "century: year range")
    return None


def _season(s: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    """Seasons (northern hemisphere, meteorological): month precision, three months.

    "summer 2019" -> 2019-06..2019-08; "winter 2019" -> 2019-12..2020-02; "last summer" -> the
    most recent summer that has ended by publication; "this summer" -> the publication
    year's; "next summer" -> the first that starts after publication. A season alone ("in the
    summer", "since the spring") by tense: past (or no tense) -> the most recent one that has
    begun by publication, future -> the first that has not ended.
    """
    m = _SEASON.fullmatch(s)
    if m is None:
        return None
    mod, season, year = m[1], m[2], m[3]
    start_month = _SEASON_START[season]
    if year is not None:
        start = dt.date(int(year), start_month, 1)
        reason = "season: explicit year"
    elif pub is None:
        return None
    elif mod is None:
        start = dt.date(pub.year, start_month, 1)
        if _is_future(tense):
            while _add_months(start, 3) <= pub:
                start = dt.date(start.year + 1, start_month, 1)
            while _add_months(dt.date(start.year - 1, start_month, 1), 3) > pub:
                start = dt.date(start.year - 1, start_month, 1)
            reason = "season without a year: future tense → the first not over"
        else:
            if start > pub:
                start = dt.date(start.year - 1, start_month, 1)
            reason = "season without a year: past tense → the most recent begun"
    else:
        this = dt.date(pub.year, start_month, 1)
        if season == "winter" and pub.month <= 2:
            this = dt.date(pub.year - 1, 12, 1)
        if mod in ("last", "past", "this past"):
            start = this if _add_months(this, 3) <= pub else dt.date(this.year - 1, start_month, 1)
        elif mod in ("next", "coming", "this coming"):
            start = this if this > pub else dt.date(this.year + 1, start_month, 1)
        else:
            start = this
        reason = f"season: {mod}"
    return _info(start, "month", reason, _add_months(start, 2))


_ORDINAL_PART = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}


def _part_of_year(s: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    """Quarters and halves of a year: month precision, a range of months. "the third quarter of 1997"
    -> 1997-07..1997-09; "the first half of 2024" -> 2024-01..2024-06; without a year, past tense
    -> the most recent such part that has begun by publication, future -> the nearest that has not
    ended; "last/previous quarter" -> the one before the publication's, "this quarter" -> the
    publication's, "next quarter" -> the one after. "the last quarter of 1997" is its fourth.
    Also "the week before last" / "the week after next" (days, Monday to Sunday), "week 12 of 2015"
    (the ISO week, Monday to Sunday; without a year the publication year's), "the year before last" /
    "the year after next" (year precision) and "'98" (the most recent such year)."""
    if pub is not None and (_WEEK_BEFORE_LAST.fullmatch(s) or _WEEK_AFTER_NEXT.fullmatch(s)):
        before = "before" in s
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=-14 if before else 14)
        which = "before last" if before else "after next"
        return _info(monday, "day", f"the week {which} (Monday to Sunday)", monday + dt.timedelta(days=6))
    m = _YEAR_BEFORE_LAST.fullmatch(s)
    if m is not None:
        if pub is None:
            return None
        shift = -2 if m[1].startswith("before") else 2
        return _info(dt.date(pub.year + shift, 1, 1), "year", f"the year {m[1]}")
    m = _WEEK_NUMBER.fullmatch(s)
    if m is not None:
        year = int(m[3]) if m[3] else pub.year if pub is not None else None
        n = int(m[1] or m[2])
        if year is None or not 1 <= n <= dt.date(year, 12, 28).isocalendar()[1]:
            return None
        monday = dt.date.fromisocalendar(year, n, 1)
        return _info(monday, "day", f"ISO week {n} (Monday to Sunday)", monday + dt.timedelta(days=6))
    m = _SHORT_YEAR.fullmatch(s)
    if m is not None:
        if pub is None:
            return None
        year = pub.year - (pub.year - int(m[1])) % 100
        return _info(dt.date(year, 1, 1), "year", "two-digit year: the most recent such year")
    m = _PART_OF_YEAR.fullmatch(s)
    if m is None:
        return None
    which, unit, year_text, rel_year = m[1], m[2], m[3], m[4]
    months = 3 if unit == "quarter" else 6
    parts = 12 // months
    index = _ORDINAL_PART.get(which)
    if which == "last" and (year_text or rel_year):
        index = parts - 1  # "the last quarter of 1997"
    if index is not None and index >= parts:
        return None  # "the third half"
    if year_text is not None or rel_year in {"this", "last", "next"}:
        if index is None:
            return None
        if year_text is not None:
            year = int(year_text)
        elif pub is None:
            return None
        else:
            year = pub.year + {"this": 0, "last": -1, "next": 1}[rel_year]
        start = dt.date(year, 1 + index * months, 1)
        return _info(start, "month", f"{unit} of the year", _add_months(start, months - 1))
    if pub is None:
        return None
    current = dt.date(pub.year, 1 + (pub.month - 1) // months * months, 1)
    if index is None:
        shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1}[which]
        start = _add_months(current, shift * months)
        return _info(start, "month", f"{which} {unit}", _add_months(start, months - 1))
    start = dt.date(pub.year, 1 + index * months, 1)
    if _is_future(tense):
        if _add_months(start, months) <= pub:
            start = dt.date(pub.year + 1, start.month, 1)
    elif start > pub:
        start = dt.date(pub.year - 1, start.month, 1)
    return _info(start, "month", f"{unit} without a year: by tense", _add_months(start, months - 1))
