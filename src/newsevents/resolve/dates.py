"""Normalise one date expression against the publication date of its article.

``normalize(text, pub_date, tense)`` turns the words of ONE expression ("on Monday",
"August 15", "the 1990s", "from 2001 to 2009", "two days ago") into a :class:`DateInfo`
dated when the event happened. The common shapes go through the project's own regular
expressions and calendar rules; anything else falls back to dateparser (English only,
settings built once per publication date and tense), which parses the words of the
expression only and never searches raw text.

Rules on top of plain parsing (``reason`` names the one that decided):

* Weekdays. A bare weekday equal to the publication weekday is the publication day itself,
  whatever the tense ("will meet on Thursday" in a Thursday story is later that day). Other
  bare weekdays: past, present or no tense -> the most recent such day before publication; future -> the next one after.
  "last Monday" -> the most recent Monday strictly before publication; "next Monday" /
  "this coming Monday" -> the first Monday strictly after; "this Monday" -> as a bare weekday
  but the publication day itself whatever the tense; "Monday last week" -> the Monday of the
  previous calendar (ISO, Monday-first) week.
* Month and day without a year: past/present/None -> the most recent such date on or before
  publication; future -> the next one on or after publication (29 February goes to the nearest
  leap year in that direction). "the 5th" alone works the same way within months.
* Month without a year ("in March", "mid-March"): past/None -> the most recent such month on
  or before the publication month; future -> the next one on or after it. "last March" is
  strictly before the publication month, "next March" strictly after, "this March" in the
  publication year. Month precision.
* Explicit years win. Month and year -> month precision; a year alone -> year precision.
* Decades ("the 1990s") -> year precision, value "1990", end "1999"; "the early/mid/late
  1990s" -> 1990-1993 / 1994-1996 / 1997-1999; "the '90s" -> the most recent such decade
  that has started by publication (1990s without a publication date). Centuries ("the 19th
  century") -> 1800-1899 at year precision.
* Ranges ("from 2001 to 2009", "between January 4 and February 7", "March 3-5",
  "2008-09") -> value = start, end_value = end, both at the coarser of the two precisions;
  a side missing its month or year borrows it from the other side. "YYYY-YY" with a hyphen
  is a range only when YY is the following year ("2008-09"); otherwise "YYYY-MM" is an ISO
  month. An en dash always makes a range.
* Qualifiers "early", "late", "mid", "end of", "beginning of" do not change the value: "late
  on Sunday" is that Sunday (day), "mid-March" is March (month), "early 2003" is 2003 (year).
* Relative words. "today"/"tonight"/"this morning" -> publication day; "yesterday"/"last
  night" -> the day before; "tomorrow" -> the day after; "N days ago" -> day; "N weeks ago"
  -> the day 7N days before (approximate, reason says so); "N months ago" -> month
  precision; "N years ago" -> year precision; "in N days" / "N days from now" the same
  forwards.
* Vague spans of time are returned honestly as ranges of days rather than as a single made-up
  day: "last week" -> Monday to Sunday of the previous calendar week (precision day,
  end_value = the Sunday); "this week" and "earlier this week" -> the calendar week,
  Monday to Sunday, whatever the tense, and so is "later this week";
  "next week" -> Monday to Sunday of the following week; "the week of March 3" / "the week
  beginning March 3" -> the calendar week holding that day (a day without a year by tense); "the
  weekend" -> the Saturday and Sunday by tense (the one just gone in the past, the coming one
  in the future); "the past week" / "the past two weeks" -> the stretch of days that ends on
  the publication day ("the past 20 years" is a duration, no date). Months and years keep
  their own precision: "last month" / "earlier this month" / "next month" -> month
  precision; "last year" / "this year" / "earlier this year" -> year precision.
* Numeric dates: "15/08/2021" is day first unless that is impossible ("08/15/2021"); ISO
  "2021-08-15" and "2021/08/15".
* Seasons with a year or "last/this/next" ("the summer of 2019", "last winter") -> three
  months at month precision (meteorological, northern hemisphere; winter 2019 = Dec 2019 to
  Feb 2020). "August of last year" -> month precision in the year before publication.
* Quarters and halves ("the third quarter of 1997", "the first half", "last quarter") -> a range
  of months at month precision, by tense without a year; "the week before last" -> its days;
  "'98" -> the most recent year ending in 98.
* Holidays that name a day (data/holidays.yaml: "Christmas Day", "Good Friday", "Thanksgiving")
  -> that day, in the year given by the tense as for a date without a year (resolve/holidays.py).
* Times of day ("10:00 GMT", "at 3 p.m.", "Sunday night", "the early hours of Sunday") are
  dropped ("overnight" alone is a time of day, no date); "earlier on Thursday" is Thursday; a
  weekday's possessive ("Sunday's vote", also "next Tuesday's vote") is the day of the thing it
  names; ordinal words ("the first of March") read as numbers. A time of day before the date ("at
  dawn on Saturday", "at 3 a.m. Tuesday") and a time zone after it ("on Tuesday local time") are dropped too.
* Two days told together ("June 14 and 15", "Saturday and Sunday") -> the two days when they follow
  each other; otherwise None (never dateparser's guess). "the 1990's" and "the 80s" are decades.
* Without a publication date only absolute dates resolve; relative ones return None.
* The present tense counts as the past (news present tense mostly reports what happened);
  callers that know better pass "future".
* Vague quantities ("a few days ago", "several weeks ago"), anaphora ("the previous day",
  "two days later") and non-dates ("two years", "recent years") return None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Literal

from dateparser.date import DateDataParser

from newsevents.records import DateInfo
from newsevents.resolve.date_calendar import _parse_partial, _resolve_partial
from newsevents.resolve.date_relative import (
    _decade,
    _part_of_year,
    _relative,
    _season,
    _shift,
)
from newsevents.resolve.date_words import (
    _COORDINATED,
    _FROM_NOW,
    _HAS_MONTH,
    _HAS_NUMERIC_DATE,
    _HAS_TIME,
    _LEADING_TIME,
    _ORDINAL_WORD,
    _ORDINAL_WORDS,
    _PREPOSITION,
    _QUALIFIER,
    _RANGE_BETWEEN,
    _RANGE_DASH,
    _RANGE_FROM,
    _RANGE_WORD,
    _RANK,
    _TIME_OF_DAY_OF,
    _TRAILING_TIME,
    _TRAILING_TOD,
    _TRAILING_ZONE,
    _WEEK_OF,
    _YEAR_RE,
    _YEAR_SLASH,
    WEEKDAYS,
    _info,
    _is_future,
    _num,
    _Partial,
    _Point,
    _Prec,
)
from newsevents.resolve.holidays import holiday_day

Tense = Literal["past", "present", "future"]

__all__ = ["normalize", "Tense"]


def _clean(text: str) -> str:
    s = text.strip().lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", "–").replace("\u2012", "–")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\d0)'s\b", "s", s)  # a decade written "the 1990's", not a possessive
    s = re.sub(r"'s\b", "", s)  # possessive: "monday's", "last year's"
    s = re.sub(r"(?<=[a-z])\.", "", s)  # "aug." -> "aug", "a.m." -> "am"
    s = s.replace(",", " ")
    s = re.sub(r"\(.*?\)", " ", s)  # "(reuters)"
    s = re.sub(r"(?<=\d)t\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?$", "", s)  # ISO time
    s = _TRAILING_TIME.sub("", s)
    s = re.sub(r"\s+", " ", s).strip(" .;:!?\"'")
    if _HAS_MONTH.search(s):  # "the first of March" -> "the 1st of march"
        s = _ORDINAL_WORD.sub(_ordinal_digits, s)
    return s


def _ordinal_digits(m: re.Match[str]) -> str:
    n = _ORDINAL_WORDS[m[2]] + (20 if m[1] == "twenty" else 30 if m[1] == "thirty" else 0)
    return f"{n}th" if n <= 31 else m[0]


def _strip_prepositions(s: str) -> str:
    while True:
        m = _PREPOSITION.match(s)
        if m is None or m.end() >= len(s):
            return s
        if s.startswith("from ") and re.search(r"\b(?:to|until|till|through|thru)\b|–|-", s):
            return s  # a range: keep "from"
        s = s[m.end() :]


def _point(s: str, pub: dt.date | None, tense: str | None) -> tuple[_Point, str] | None:
    """One expression that is not a range."""
    if pub is not None:
        rel = _relative(s, pub, tense)
        if rel is not None:
            return rel
    p = _parse_partial(s)
    if p is not None:
        return _resolve_partial(p, pub, tense)
    return None


def _range(s: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    m = _YEAR_SLASH.fullmatch(s)
    if m and int(m[2]) == (int(m[1]) + 1) % 100:
        return DateInfo(m[1], "year", str(int(m[1]) + 1), "range: explicit year (YYYY/YY)")
    for rx in (_RANGE_BETWEEN, _RANGE_FROM, _RANGE_DASH, _RANGE_WORD):
        m = rx.fullmatch(s)
        if m is None:
            continue
        groups = [g for g in m.groups() if g is not None]
        if len(groups) != 2:
            continue
        res = _resolve_range(groups[0].strip(), groups[1].strip(), pub, tense)
        if res is not None:
            return res
    return None


def _coordinated_days(a: str, b: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    """Two days told together ("June 14 and 15", "Saturday and Sunday"): the two days when they follow each
    other; anything else ("in 2001 and 2005", "June 3 and 10") is no single date, and never dateparser's."""
    res = _resolve_range(a.strip(), b.strip(), pub, tense)
    if res is None or res.precision != "day" or res.end_value is None:
        return None
    if dt.date.fromisoformat(res.end_value) - dt.date.fromisoformat(res.value) != dt.timedelta(days=1):
        return None
    return DateInfo(res.value, "day", res.end_value, f"two days told together ({res.reason})")


def _side(s: str) -> tuple[str, str | None]:
    """Strip a side of a range down to its date words, keeping a qualifier aside."""
    s = _strip_prepositions(s)
    m = _QUALIFIER.match(s)
    if m:
        return s[m.end() :], m[1]
    return s, None


def _resolve_range(a: str, b: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    a, _ = _side(a)
    b, _ = _side(b)
    pa, pb = _parse_partial(a), _parse_partial(b)
    # Relative sides ("from Monday to Wednesday", "from last week until today")
    if pa is None or pb is None:
        if pub is None:
            return None
        ra, rb = _point(a, pub, tense), _point(b, pub, tense)
        if ra is None or rb is None:
            return None
        return _combine(ra[0], rb[0], "range: " + ra[1])
    # A number alone borrows its meaning from the other side.
    if pb.bare is not None:
        bare = pb.bare
        if pa.day is not None and pa.month is not None and 1 <= bare <= 31:
            if pa.year is None:
                pa.year = pb.year  # "March 3-5, 2004": the year written once, at the end
            pb = _Partial(year=pa.year, month=pa.month, day=bare)
        elif pa.year is not None and pa.month is None and pb.bare_len == 2 and pb.year is None:
            century = pa.year // 100 * 100
            y = century + bare
            if y < pa.year:
                y += 100
            pb = _Partial(year=y)
        else:
            return None
    if pa.bare is not None:
        if pb.day is not None and pb.month is not None and 1 <= pa.bare <= 31:
            pa = _Partial(year=pb.year, month=pb.month, day=pa.bare)
        else:
            return None
    # A side without a year borrows it from the other side.
    if pa.year is None and pb.year is not None and pa.month is not None and pa.weekday is None:
        pa.year = pb.year
        if pb.month is not None and (pa.month, pa.day or 0) > (pb.month, pb.day or 0):
            pa.year -= 1
    if pb.month is None and pb.day is not None and pa.month is not None:
        pb.month = pa.month
    ra = _resolve_partial(pa, pub, tense)
    if ra is None:
        return None
    start = ra[0]
    if pb.year is None and pb.month is not None and pb.weekday is None:
        pb.year = start.date.year
        cand_day = pb.day or 31
        if (pb.month, cand_day) < (start.date.month, start.date.day if start.precision == "day" else 1):
            pb.year += 1
    if pb.weekday is not None and pb.wd_mod is None and pb.wd_week is None:
        ahead = (pb.weekday - start.date.weekday()) % 7
        end_pt = _Point(start.date + dt.timedelta(days=ahead), "day")
        return _combine(start, end_pt, "range: " + ra[1])
    rb = _resolve_partial(pb, pub, tense)
    if rb is None:
        return None
    return _combine(start, rb[0], "range: " + ra[1])


def _combine(a: _Point, b: _Point, reason: str) -> DateInfo | None:
    prec: _Prec = a.precision if _RANK[a.precision] >= _RANK[b.precision] else b.precision
    end = b.end or b.date
    if end < a.date:
        return None
    return _info(a.date, prec, reason, end)


# ----------------------------------------------------------------------------- dateparser fallback


@functools.lru_cache(maxsize=256)
def _parser(pub: dt.date | None, tense: str | None) -> DateDataParser:
    settings: Any = {
        "PREFER_DATES_FROM": "future" if _is_future(tense) else "past",
        "RETURN_TIME_AS_PERIOD": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if pub is not None:
        settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
    return DateDataParser(languages=["en"], settings=settings)


def _fallback(s: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    """dateparser for the words of shapes the rules above do not know (absolute dates only)."""
    if not (_HAS_MONTH.search(s) or _HAS_NUMERIC_DATE.search(s)):
        return None
    has_year = re.search(r"\b" + _YEAR_RE + r"\b", s) is not None
    if pub is None and not has_year:
        return None
    try:
        data = _parser(pub, tense).get_date_data(s)
    except (ValueError, OverflowError, TypeError):
        return None
    when = data.date_obj
    if when is None:
        return None
    if (when.hour, when.minute, when.second) != (0, 0, 0) and not _HAS_TIME.search(s):
        return None  # dateparser filled in "now" for words it did not understand
    period = data.period or "day"
    prec: _Prec = "year" if period == "year" else "month" if period == "month" else "day"
    return _info(when.date(), prec, "dateparser" + (" (explicit year)" if has_year else ""))


# ----------------------------------------------------------------------------- entry point


def normalize(text: str, pub_date: dt.date | None, tense: Tense | None = None) -> DateInfo | None:
    """Normalise one date expression against the publication date (see the module docstring)."""
    if isinstance(pub_date, dt.datetime):
        pub_date = pub_date.date()
    return _normalize_cached(text, pub_date, tense)


@functools.lru_cache(maxsize=8192)
def _normalize_cached(text: str, pub: dt.date | None, tense: Tense | None) -> DateInfo | None:
    try:
        return _normalize(text, pub, tense)
    except (ValueError, OverflowError):  # dates beyond year 1..9999
        return None


# "Sunday's vote", "next Tuesday's vote": the day of the thing it names
_WEEKDAY_OF = re.compile(r"\s*((?:(?:[Nn]ext|[Ll]ast|[Tt]his)\s+)?(\w+))['’]s\s+[a-z][a-z-]*\s*")
# "the 2014 referendum", "a 1942 border treaty", "the 1975-1990 civil war", "next year's election": a thing
# named by its year (or years) is dated by it, at year precision (whether it dates an event is the when stage's)
_YEAR_OF = re.compile(
    r"\s*(?:(?:the|a|an)\s+(\d{4}(?:\s*[-–]\s*\d{4})?)|((?:next|last|this)\s+year)['’]s)(?:\s+[A-Za-z][\w-]*){1,3}\s*"
)
_EARLIER_ON = re.compile(r"(?:earlier|later)\s+(?=on\s)")  # "earlier on Thursday"


def _normalize(text: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    m = _WEEKDAY_OF.fullmatch(text)
    if m is not None and m[2].lower() in WEEKDAYS and len(m[2]) > 3:
        return _normalize(m[1], pub, tense)
    m = _YEAR_OF.fullmatch(text)
    if m is not None:
        return _normalize(m[1] or m[2], pub, tense)
    s = _EARLIER_ON.sub("", _clean(text), count=1)
    if not s or len(s) > 80:
        return None
    # "in two days" must be read before "in" is stripped as a preposition.
    if pub is not None:
        m = _FROM_NOW.fullmatch(s)
        if m:
            n = _num(m[1] or m[3])
            if n is not None:
                pt, reason = _shift(pub, n, m[2] or m[4], 1)
                return _info(pt.date, pt.precision, reason)
    s = _strip_prepositions(_TRAILING_ZONE.sub("", s))
    s = _strip_prepositions(_LEADING_TIME.sub("", s, count=1))
    s = _TIME_OF_DAY_OF.sub("", s)
    s = _TRAILING_TOD.sub("", s)
    dec = _decade(s, pub, tense)
    if dec is not None:
        return dec
    season = _season(s, pub, tense)
    if season is not None:
        return season
    part = _part_of_year(s, pub, tense)
    if part is not None:
        return part
    holiday = holiday_day(s, pub, tense)
    if holiday is not None:
        return _info(holiday[0], "day", holiday[1])
    m = _WEEK_OF.fullmatch(s)
    if m is not None:
        day = _normalize(m[1], pub, tense)
        if day is None or day.precision != "day" or day.end_value is not None:
            return None
        monday = dt.date.fromisoformat(day.value) - dt.timedelta(days=dt.date.fromisoformat(day.value).weekday())
        return _info(monday, "day", f"the week of a day ({day.reason})", monday + dt.timedelta(days=6))
    found = _point(s, pub, tense)
    if found is not None:
        return _info(found[0].date, found[0].precision, found[1], found[0].end)
    m = _COORDINATED.fullmatch(s)
    if m is not None:
        return _coordinated_days(m[1], m[2], pub, tense)
    rng = _range(s, pub, tense)
    if rng is not None:
        return rng
    if s.startswith("from "):
        return _normalize(s[5:], pub, tense)
    m = _QUALIFIER.match(s)
    if m:
        rest = m.end()
        inner = s[rest:]
        if inner in ("the month", "the year", "the week"):
            inner = "this " + inner[4:]
        res = _normalize(inner, pub, tense)
        if res is not None:
            return DateInfo(res.value, res.precision, res.end_value, f"{res.reason} ('{m[1]}' kept at that precision)")
        return None
    return _fallback(s, pub, tense)
