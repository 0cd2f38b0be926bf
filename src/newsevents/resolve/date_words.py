"""Vocabulary, patterns and small helpers of date normalisation (see newsevents.resolve.dates)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from newsevents.records import DateInfo, Precision

_Prec = Literal["day", "month", "year"]

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
_BARE_NUMBER = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+({_YEAR_RE}))?")  # "5", "13 2001" ("Sept. 11-13, 2001")
_DECADE = re.compile(r"(?:the\s+)?(?:(early|mid|late)(?:\s+|\s*-\s*))?(\d{3}0|'\d0)'?s")
# "the 80s", "the late 80s": a decade of two figures without its apostrophe only after "the" ("in his 80s" is an age)
_DECADE_BARE = re.compile(r"the\s+(?:(early|mid|late)(?:\s+|\s*-\s*))?(\d0)s")
# "the sixties", "the early nineteen-seventies", "the noughties": a decade in words ("the" required:
# "in his sixties" is an age)
_DECADE_TENS = {
    "noughties": 0, "aughts": 0, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_DECADE_WORD = re.compile(
    r"the\s+(?:(early|mid|late)(?:\s+|\s*-\s*))?(?:(nineteen|twenty)(?:\s+|\s*-\s*))?(" + "|".join(_DECADE_TENS) + ")"
)
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
    r"|(?:the\s+)?(earlier|later)\s+in\s+the\s+(week)"  # "earlier in the week": this calendar week
)
_WEEKEND = re.compile(r"(?:the\s+)?weekend")
_TODAY = re.compile(rf"(?:today|tonight|this\s+{_TOD_RE}|(?:earlier|later)\s+today|today\s+{_TOD_RE})")
_YESTERDAY = re.compile(rf"(?:yesterday(?:\s+{_TOD_RE})?|last\s+night)")  # "overnight" alone: a time of day
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
_RANGE_DASH = re.compile(
    rf"(.+?)\s*(?:–|\s-\s)\s*(.+)|(.*?\d)-(\d.*)|([a-z]{{3,9}})-([a-z].*)|(.*?\d)-({_MONTH_RE}\s.*\d.*)"
)  # "March 3-5", "June-July", "Oct 30-Nov 2"
# "June 14 and 15", "on Saturday and Sunday": two days told together (read as a range only when they follow
# each other; "between X and Y" is a range of its own)
_COORDINATED = re.compile(r"(?!between\s)(.+?)\s+and\s+(.+)")
_RANGE_WORD = re.compile(r"(.+?)\s+(?:to|until|till|through|thru)\s+(.+)")

_TIME_OF_DAY_OF = re.compile(rf"^(?:the\s+)?(?:{_TOD_RE}|early hours|small hours)\s+of\s+(?=\S)")
_TRAILING_TOD = re.compile(rf"(?<=\d)(?:st|nd|rd|th)?\s+{_TOD_RE}$")
# A time of day told before the date ("at dawn on Saturday", "before dawn Tuesday", "shortly after midnight
# on Sunday", "at 3 am Tuesday", "overnight on Monday") or a time zone after it ("on Tuesday local time"): the
# date is the rest (a time of day alone stays no date: the rest must be there).
_CLOCK_RE = r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|\d{4}\s+(?:gmt|utc|hrs|hours))"
_LEADING_TIME = re.compile(
    r"^(?:(?:just|shortly|soon|right|sometime|some time|early|late)\s+)?"
    r"(?:(?:before|after|at|around|about|near|until|by|from)\s+)?"
    rf"(?:dawn|daybreak|first light|sunrise|sunset|dusk|nightfall|midnight|noon|midday|overnight|{_CLOCK_RE})"
    r"(?:\s+(?:gmt|utc|local time|[a-z]{2,4}t))?\s+(?:on\s+|of\s+)?(?=\S)"
)
_TRAILING_ZONE = re.compile(r"(?<=[a-z])\s+(?:local\s+time|gmt|utc)$")
_SEASON = re.compile(
    rf"(?:the\s+)?(?:(last|this|next|this past|this coming|past|coming)\s+)?(spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?({_YEAR_RE})(?:\s*[-–/]\s*\d{{2}}(?:\d{{2}})?)?)?"  # "the winter of 1993-94"
)
# "the third quarter (of 1997)", "the first half of this year", "last quarter", "the week before last"
_PART_OF_YEAR = re.compile(
    rf"(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|previous|past|current)\s+"
    rf"(quarter|half)(?:\s+of\s+(?:({_YEAR_RE})|(this|last|next|the)\s+year))?"
)
_WEEK_BEFORE_LAST = re.compile(r"(?:the\s+)?week\s+before\s+last")
_WEEK_AFTER_NEXT = re.compile(r"(?:the\s+)?week\s+after\s+next")
_YEAR_BEFORE_LAST = re.compile(r"(?:the\s+)?year\s+(before\s+last|after\s+next)")
# "week 12 of 2015", "the 12th week of 2015", "week 12": an ISO (Monday-first) week by its number
_WEEK_NUMBER = re.compile(
    rf"(?:the\s+)?(?:week\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)\s+week)(?:\s+of\s+(?:the\s+year\s+)?({_YEAR_RE}))?"
)
# "the week of March 3, 2008", "the week beginning 5 January 2004": the calendar week holding a day
_WEEK_OF = re.compile(r"(?:the\s+)?week\s+(?:of|(?:beginning|starting|commencing)(?:\s+on)?)\s+(?:the\s+)?(.*\d.*)")
_SHORT_YEAR = re.compile(r"'(\d\d)")  # "in '98" (after _clean: the apostrophe is ')
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
