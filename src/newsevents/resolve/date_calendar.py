"""Calendar expressions: the fields a date expression states, resolved against the publication date.

``_parse_partial`` reads the fields an absolute or calendar expression states (an ISO or numeric date, a year,
a month and day, a month, a weekday, a day of the month, a bare number); ``_resolve_partial`` dates them against
the publication date and tense by the calendar rules of ``newsevents.resolve.dates`` (weekdays, a month and day
without a year, a month without a year, a day of the month alone), with the reason that decided. Both are read
by ``resolve/dates.py`` (one expression and each side of a range).
"""

from __future__ import annotations

import datetime as dt
import re

from newsevents.resolve.date_words import (
    _BARE_NUMBER,
    _DAY_MONTH,
    _DAY_ONLY,
    _ISO_DAY,
    _ISO_MONTH,
    _MONTH_DAY,
    _MONTH_ONLY,
    _MONTH_YEAR,
    _NUMERIC,
    _WEEKDAY,
    _YEAR,
    MONTHS,
    WEEKDAYS,
    _add_months,
    _is_future,
    _Partial,
    _Point,
    _safe_date,
)

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
        return _Partial(year=int(m[2]) if m[2] else None, bare=int(m[1]), bare_len=len(m[1]))
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
