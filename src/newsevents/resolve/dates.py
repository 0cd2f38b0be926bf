"""Normalise one date expression against the publication date of its article.

``normalize(text, pub_date, tense)`` turns the words of ONE expression ("on Monday",
"August 15", "the 1990s", "from 2001 to 2009", "two days ago") into a :class:`DateInfo`
dated when the event happened. The common shapes go through the project's own regular
expressions and calendar rules; anything else falls back to dateparser (English only,
settings built once per publication date and tense), which parses the words of the
expression only and never searches raw text.

Rules on top of plain parsing (``reason`` names the one that decided):

* Weekdays. A bare weekday equal to the publication weekday is the publication day itself,
  unless the tense is future (then a week later). Other bare weekdays: past, present or no
  tense -> the most recent such day before publication; future -> the next one after.
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
  end_value = the Sunday); "this week" -> Monday to publication day in the past tense,
  publication day to Sunday in the future tense, Monday to Sunday with no tense; "earlier
  this week" -> Monday to the day before publication; "later this week" -> the day after
  publication to Sunday; "next week" -> Monday to Sunday of the following week; "the
  weekend" -> the Saturday and Sunday by tense (the one just gone in the past, the coming one
  in the future); "the past week" / "the past two weeks" -> the stretch of days that ends on
  the publication day. Months and years keep their own precision: "last month" / "earlier
  this month" / "next month" -> month precision; "last year" / "this year" / "earlier this
  year" -> year precision.
* Numeric dates: "15/08/2021" is day first unless that is impossible ("08/15/2021"); ISO
  "2021-08-15" and "2021/08/15".
* Seasons with a year or "last/this/next" ("the summer of 2019", "last winter") -> three
  months at month precision (meteorological, northern hemisphere; winter 2019 = Dec 2019 to
  Feb 2020). "August of last year" -> month precision in the year before publication.
* Times of day ("10:00 GMT", "at 3 p.m.", "Sunday night", "the early hours of Sunday") are
  dropped; ordinal words ("the first of March") read as numbers.
* Without a publication date only absolute dates resolve; relative ones return None.
* The present tense counts as the past (news present tense mostly reports what happened);
  callers that know better pass "future".
* Vague quantities ("a few days ago", "several weeks ago"), anaphora ("the previous day",
  "two days later") and non-dates ("two years", "recent years") return None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from dateparser.date import DateDataParser

from newsevents.records import DateInfo, Precision

Tense = Literal["past", "present", "future"]
_Prec = Literal["day", "month", "year"]

__all__ = ["normalize", "Tense"]

# ----------------------------------------------------------------------------- vocabulary

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name.lower()[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name.lower()[:3]] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100,
}  # fmt: skip

_MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WD_RE = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_NUM_RE = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORD_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_YEAR_RE = r"(?:1\d{3}|20\d{2}|21\d{2})"
_TOD_RE = r"(?:night|morning|afternoon|evening|overnight|midday|noon)"

# ----------------------------------------------------------------------------- patterns
# All patterns run on the cleaned, lower-cased expression (see _clean) and must match it whole.

_ISO_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_YEAR = re.compile(rf"(?:the\s+year\s+)?({_YEAR_RE})")
_MONTH_DAY = re.compile(
    rf"(?:({_WD_RE})\s+)?(?:the\s+)?({_MONTH_RE})\s+(?:the\s+)?({_DAY_RE})(?:\s+(?:of\s+)?({_YEAR_RE}))?"
)
_DAY_MONTH = re.compile(
    rf"(?:({_WD_RE})\s+)?(?:the\s+)?({_DAY_RE})\s+(?:of\s+)?({_MONTH_RE})(?:\s+(?:of\s+)?({_YEAR_RE}))?"
)
_MONTH_YEAR = re.compile(rf"({_MONTH_RE})\s+(?:of\s+)?({_YEAR_RE})")
_MONTH_ONLY = re.compile(rf"(?:(last|this|next|this coming|this past|coming|past)\s+)?({_MONTH_RE})")
_DAY_ONLY = re.compile(rf"(?:the\s+)?({_ORD_RE})(?:\s+of\s+(?:the|this)\s+month)?")
_WEEKDAY = re.compile(
    rf"(?:(last|this|next|this coming|this past|coming|past)\s+)?({_WD_RE})"
    rf"(?:\s+{_TOD_RE})?(?:\s+(?:of\s+)?(last|this|next)\s+week)?"
)
_BARE_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_DECADE = re.compile(r"(?:the\s+)?(?:(early|mid|late)(?:\s+|\s*-\s*))?(\d{3}0|'\d0)'?s")
_CENTURY = re.compile(r"(?:the\s+)?(?:(early|mid|late)(?:\s+|\s*-\s*))?(\d{1,2})(?:st|nd|rd|th)(?:\s+|-)century")

_AGO = re.compile(rf"({_NUM_RE})\s+(day|week|fortnight|month|year)s?\s+ago")
_FROM_NOW = re.compile(
    rf"(?:in\s+({_NUM_RE})\s+(day|week|fortnight|month|year)s?(?:'|'s)?(?:\s+time)?"
    rf"|({_NUM_RE})\s+(day|week|fortnight|month|year)s?\s+from\s+(?:now|today))"
)
_PAST_N = re.compile(rf"(?:the\s+)?(?:past|last)\s+({_NUM_RE})\s+(day|week|fortnight|month|year)s?")
_PAST_UNIT = re.compile(r"(?:the\s+)?past\s+(day|week|fortnight|month|year)")
_REL_UNIT = re.compile(
    r"(?:the\s+)?(earlier|later|early|late)?\s*"
    r"(this|last|next|coming|the coming|this coming|this past|past|the past)\s+(week|weekend|month|year)"
)
_WEEKEND = re.compile(r"(?:the\s+)?weekend")
_TODAY = re.compile(rf"(?:today|tonight|this\s+{_TOD_RE}|(?:earlier|later)\s+today|today\s+{_TOD_RE})")
_YESTERDAY = re.compile(rf"(?:yesterday(?:\s+{_TOD_RE})?|last\s+night|overnight)")
_DAY_BEFORE_YESTERDAY = re.compile(r"the\s+day\s+before\s+yesterday|the\s+night\s+before\s+last")
_TOMORROW = re.compile(rf"tomorrow(?:\s+{_TOD_RE})?")
_DAY_AFTER_TOMORROW = re.compile(r"the\s+day\s+after\s+tomorrow")

_QUALIFIER = re.compile(
    r"(?:the\s+)?(early|late|mid|middle|end|beginning|start|close)(?:\s*-\s*|\s+)(?:of\s+)?(?:on\s+|in\s+)?(?=\S)"
)
_PREPOSITION = re.compile(
    r"(?:on|in|at|during|since|by|until|till|through|throughout|around|about|circa|before|after|"
    r"of|for|over|as of|as early as|as late as|sometime in|sometime on|some time in|as from|starting|"
    r"beginning|from)\s+"
)
_RANGE_BETWEEN = re.compile(r"between\s+(.+?)\s+and\s+(.+)")
_RANGE_FROM = re.compile(r"from\s+(.+?)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|–|-)\s*(.+)")
_RANGE_DASH = re.compile(r"(.+?)\s*(?:–|\s-\s)\s*(.+)|(.*?\d)-(\d.*)|([a-z]{3,9})-([a-z].*)")
_RANGE_WORD = re.compile(r"(.+?)\s+(?:to|until|till|through|thru)\s+(.+)")

_TIME_OF_DAY_OF = re.compile(rf"^(?:the\s+)?(?:{_TOD_RE}|early hours|small hours)\s+of\s+(?=\S)")
_TRAILING_TOD = re.compile(rf"(?<=\d)(?:st|nd|rd|th)?\s+{_TOD_RE}$")
_SEASON = re.compile(
    rf"(?:the\s+)?(?:(last|this|next|this past|this coming|past|coming)\s+)?(spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?({_YEAR_RE}))?"
)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_YEAR_SLASH = re.compile(r"(\d{4})/(\d{2})")
_TRAILING_TIME = re.compile(
    r"\s+(?:at\s+|around\s+|about\s+)?(?:\d{1,2}(?::\d{2}){1,2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm)|noon|midnight)"
    r"(?:\s+(?:gmt|utc|[a-z]{2,4}t|local\s+time|[a-z]+\s+time))?$"
)
_MONTH_OF_REL_YEAR = re.compile(
    rf"(?:(?:({_DAY_RE})\s+(?:of\s+)?)?({_MONTH_RE})(?:\s+({_DAY_RE}))?)\s+(?:of\s+)?(last|this|next)\s+year"
)
_ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ORDINAL_WORD = re.compile(r"\b(?:(twenty|thirty)[- ])?(" + "|".join(_ORDINAL_WORDS) + r")\b")
_HAS_TIME = re.compile(r"\d:\d\d|\b(?:am|pm|noon|midnight)\b")
_HAS_MONTH = re.compile(rf"\b{_MONTH_RE}\b")
_HAS_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")

# ----------------------------------------------------------------------------- helpers


@dataclass
class _Partial:
    """The fields one side of an expression states; the rest is filled in by the rules."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    wd_mod: str | None = None
    wd_week: str | None = None
    month_mod: str | None = None
    bare: int | None = None  # a number alone ("5" in "March 3-5", "91" in "1990-91")
    bare_len: int = 0


@dataclass(frozen=True)
class _Point:
    date: dt.date
    precision: _Prec
    end: dt.date | None = None  # for expressions that are themselves spans ("last week")


_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}


def _fmt(d: dt.date, precision: _Prec) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _info(start: dt.date, precision: _Prec, reason: str, end: dt.date | None = None) -> DateInfo:
    p: Precision = precision
    end_value = _fmt(end, precision) if end is not None else None
    if end_value == _fmt(start, precision):
        end_value = None
    return DateInfo(_fmt(start, precision), p, end_value, reason)


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]) or not (1 <= y <= 9999):
        return None
    return dt.date(y, m, d)


def _add_months(d: dt.date, n: int) -> dt.date:
    idx = d.year * 12 + (d.month - 1) + n
    return dt.date(idx // 12, idx % 12 + 1, 1)


def _is_future(tense: str | None) -> bool:
    return tense == "future"


def _clean(text: str) -> str:
    s = text.strip().lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", "–").replace("\u2012", "–")
    s = re.sub(r"\s+", " ", s)
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


# ----------------------------------------------------------------------------- calendar rules


def _resolve_weekday(wd: int, mod: str | None, week: str | None, pub: dt.date, tense: str | None) -> _Point:
    if week is not None:
        monday = pub - dt.timedelta(days=pub.weekday())
        shift = {"last": -7, "this": 0, "next": 7}[week]
        return _Point(monday + dt.timedelta(days=shift + wd), "day")
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod in ("last", "past", "this past"):
        return _Point(pub - dt.timedelta(days=back or 7), "day")
    if mod in ("next", "coming", "this coming"):
        return _Point(pub + dt.timedelta(days=ahead or 7), "day")
    if back == 0:
        if _is_future(tense) and mod is None:
            return _Point(pub + dt.timedelta(days=7), "day")
        return _Point(pub, "day")
    if _is_future(tense):
        return _Point(pub + dt.timedelta(days=ahead), "day")
    return _Point(pub - dt.timedelta(days=back), "day")


def _weekday_reason(wd: int, mod: str | None, week: str | None, pub: dt.date, tense: str | None) -> str:
    if week is not None:
        return f"weekday of {week} week"
    if mod in ("last", "past", "this past"):
        return "'last' weekday: most recent before publication"
    if mod in ("next", "coming", "this coming"):
        return "'next' weekday: first after publication"
    if wd == pub.weekday():
        if _is_future(tense) and mod is None:
            return "weekday = publication day, future tense → a week later"
        return "weekday = publication day"
    if _is_future(tense):
        return "weekday: future tense → next after publication"
    return "weekday: past tense → most recent before publication"


def _month_day_no_year(m: int, d: int, pub: dt.date, tense: str | None) -> dt.date | None:
    if _is_future(tense):
        for y in range(pub.year, pub.year + 9):
            cand = _safe_date(y, m, d)
            if cand is not None and cand >= pub:
                return cand
        return None
    for y in range(pub.year, pub.year - 9, -1):
        cand = _safe_date(y, m, d)
        if cand is not None and cand <= pub:
            return cand
    return None


def _month_no_year(m: int, mod: str | None, pub: dt.date, tense: str | None) -> tuple[dt.date, str]:
    y = pub.year
    if mod in ("last", "past", "this past"):
        return dt.date(y if m < pub.month else y - 1, m, 1), "'last' month name: most recent before publication"
    if mod in ("next", "coming", "this coming"):
        return dt.date(y if m > pub.month else y + 1, m, 1), "'next' month name: first after publication"
    if mod == "this":
        return dt.date(y, m, 1), "'this' month name: publication year"
    if _is_future(tense):
        return dt.date(y if m >= pub.month else y + 1, m, 1), "no year: future tense → next"
    return dt.date(y if m <= pub.month else y - 1, m, 1), "no year: past tense → most recent"


def _day_of_month_no_month(d: int, pub: dt.date, tense: str | None) -> dt.date | None:
    step = 1 if _is_future(tense) else -1
    first = dt.date(pub.year, pub.month, 1)
    for k in range(0, 13):
        mfirst = _add_months(first, step * k)
        cand = _safe_date(mfirst.year, mfirst.month, d)
        if cand is None:
            continue
        if (step == 1 and cand >= pub) or (step == -1 and cand <= pub):
            return cand
    return None


# ----------------------------------------------------------------------------- parsing


def _parse_partial(s: str) -> _Partial | None:
    """The fields an absolute or calendar expression states, or None if it is not one."""
    m = _ISO_DAY.fullmatch(s)
    if m:
        return _Partial(year=int(m[1]), month=int(m[2]), day=int(m[3]))
    m = _ISO_MONTH.fullmatch(s)
    if m:
        y, mm = int(m[1]), int(m[2])
        if 1 <= mm <= 12 and mm != (y + 1) % 100:
            return _Partial(year=y, month=mm)
        return None
    m = _NUMERIC.fullmatch(s)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if len(m[3]) == 2:
            y += 2000 if y < 50 else 1900
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        else:
            day, month = a, b
        return _Partial(year=y, month=month, day=day)
    m = _YEAR.fullmatch(s)
    if m:
        return _Partial(year=int(m[1]))
    m = _MONTH_DAY.fullmatch(s)
    if m:
        return _Partial(year=int(m[4]) if m[4] else None, month=MONTHS[m[2]], day=int(re.sub(r"\D", "", m[3])))
    m = _DAY_MONTH.fullmatch(s)
    if m:
        return _Partial(year=int(m[4]) if m[4] else None, month=MONTHS[m[3]], day=int(re.sub(r"\D", "", m[2])))
    m = _MONTH_YEAR.fullmatch(s)
    if m:
        return _Partial(year=int(m[2]), month=MONTHS[m[1]])
    m = _MONTH_ONLY.fullmatch(s)
    if m:
        return _Partial(month=MONTHS[m[2]], month_mod=m[1])
    m = _WEEKDAY.fullmatch(s)
    if m:
        return _Partial(weekday=WEEKDAYS[m[2]], wd_mod=m[1], wd_week=m[3])
    m = _DAY_ONLY.fullmatch(s)
    if m:
        return _Partial(day=int(re.sub(r"\D", "", m[1])))
    m = _BARE_NUMBER.fullmatch(s)
    if m:
        return _Partial(bare=int(m[1]), bare_len=len(m[1]))
    return None


def _resolve_partial(p: _Partial, pub: dt.date | None, tense: str | None) -> tuple[_Point, str] | None:
    if p.bare is not None:
        return None
    if p.year is not None:
        if p.month is None:
            return _Point(dt.date(p.year, 1, 1), "year"), "explicit year"
        if p.day is None:
            if not 1 <= p.month <= 12:
                return None
            return _Point(dt.date(p.year, p.month, 1), "month"), "explicit year"
        d = _safe_date(p.year, p.month, p.day)
        return (_Point(d, "day"), "explicit year") if d else None
    if pub is None:
        return None
    if p.weekday is not None:
        pt = _resolve_weekday(p.weekday, p.wd_mod, p.wd_week, pub, tense)
        return pt, _weekday_reason(p.weekday, p.wd_mod, p.wd_week, pub, tense)
    if p.month is not None and p.day is not None:
        d = _month_day_no_year(p.month, p.day, pub, tense)
        if d is None:
            return None
        rule = "future tense → next" if _is_future(tense) else "past tense → most recent"
        return _Point(d, "day"), f"no year: {rule}"
    if p.month is not None:
        first, reason = _month_no_year(p.month, p.month_mod, pub, tense)
        return _Point(first, "month"), reason
    if p.day is not None:
        d = _day_of_month_no_month(p.day, pub, tense)
        if d is None:
            return None
        rule = "future tense → next" if _is_future(tense) else "past tense → most recent"
        return _Point(d, "day"), f"day of month only: {rule}"
    return None


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
        if n is None:
            return None
        start = _span_back(pub, n, m[2])
        return _Point(start, "day", pub), f"relative: the past {n} {m[2]}(s) up to publication"
    m = _PAST_UNIT.fullmatch(s)
    if m:
        return _Point(_span_back(pub, 1, m[1]), "day", pub), f"relative: the past {m[1]} up to publication"
    m = _REL_UNIT.fullmatch(s)
    if m:
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
        if adverb in ("earlier", "early"):
            return _Point(monday, "day", max(monday, pub - one)), "relative: earlier this week (Monday to day before)"
        if adverb in ("later", "late"):
            return _Point(min(sunday, pub + one), "day", sunday), "relative: later this week (day after to Sunday)"
        if _is_future(tense):
            return _Point(pub, "day", sunday), "relative: this week, future tense (publication day to Sunday)"
        if tense is None:
            return _Point(monday, "day", sunday), "relative: this calendar week (Mon-Sun)"
        return _Point(monday, "day", pub), "relative: this week, past tense (Monday to publication day)"
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


def _decade(s: str, pub: dt.date | None) -> DateInfo | None:
    m = _DECADE.fullmatch(s)
    if m:
        q, dec = m[1], m[2]
        if dec.startswith("'"):
            tens = int(dec[1:])
            if pub is None:
                start = 1900 + tens
            else:
                start = (pub.year // 100) * 100 + tens
                if start > pub.year:
                    start -= 100
        else:
            start = int(dec)
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
    year's; "next summer" -> the first that starts after publication. A season alone
    ("in the summer") is left to the caller: None.
    """
    m = _SEASON.fullmatch(s)
    if m is None:
        return None
    mod, season, year = m[1], m[2], m[3]
    start_month = _SEASON_START[season]
    if year is not None:
        start = dt.date(int(year), start_month, 1)
        reason = "season: explicit year"
    elif pub is None or mod is None:
        return None
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
            pb = _Partial(year=pa.year, month=pa.month, day=bare)
        elif pa.year is not None and pa.month is None and pb.bare_len == 2:
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


def _normalize(text: str, pub: dt.date | None, tense: str | None) -> DateInfo | None:
    s = _clean(text)
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
    s = _strip_prepositions(s)
    s = _TIME_OF_DAY_OF.sub("", s)
    s = _TRAILING_TOD.sub("", s)
    dec = _decade(s, pub)
    if dec is not None:
        return dec
    season = _season(s, pub, tense)
    if season is not None:
        return season
    found = _point(s, pub, tense)
    if found is not None:
        return _info(found[0].date, found[0].precision, found[1], found[0].end)
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
