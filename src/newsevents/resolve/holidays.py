"""Holidays that name a day ("on Christmas Day", "at Easter", "Thanksgiving"), from data/holidays.yaml.

``holiday_day(words, pub, tense)`` returns the day and a reason, or None when the words are not a
listed holiday. The year comes from the publication date and the tense, as for a date written without
a year: past (or no tense) → the most recent such day on or before publication, future → the nearest
on or after; "last X" strictly before, "next X" strictly after; a year written after the name
("Christmas 2012") is that year's day, with or without a publication date. Easter is computed (Gregorian and
Julian computus); the other rules are fixed days and the Nth weekday of a month.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from newsevents.errors import KnowledgeError

__all__ = ["country_holiday_names", "holiday_day", "holiday_names", "names_a_holiday", "parse_holidays"]

HOLIDAYS_FILE = "holidays.yaml"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RULES = ("fixed", "easter", "orthodox_easter", "nth")


@dataclass(frozen=True)
class Holiday:
    names: tuple[str, ...]
    day_in: Callable[[int], dt.date | None]  # the holiday's day in a year (None before it was kept)
    country: str | None = None  # ISO3 of the country whose holiday it is
    by_country: bool = False  # a name many countries keep on different days: read only with the country


def western_easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday (Julian computus), as a Gregorian date (valid 1900-2099: +13 days)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=13)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _rule(entry: dict[str, Any], where: str) -> Callable[[int], dt.date]:
    given = [k for k in _RULES if k in entry]
    if len(given) != 1:
        raise KnowledgeError(f"{where}: give exactly one of {', '.join(_RULES)}")
    kind, value = given[0], entry[given[0]]
    if kind == "fixed":
        m = re.fullmatch(r"(\d\d)-(\d\d)", str(value))
        if not m:
            raise KnowledgeError(f'{where}: fixed must be "MM-DD", got {value!r}')
        month, day = int(m[1]), int(m[2])
        dt.date(2000, month, day)  # raises ValueError on an impossible day
        return lambda y: dt.date(y, month, day)
    if kind in {"easter", "orthodox_easter"}:
        if not isinstance(value, int):
            raise KnowledgeError(f"{where}: {kind} must be a number of days, got {value!r}")
        base = western_easter if kind == "easter" else orthodox_easter
        return lambda y: base(y) + dt.timedelta(days=value)
    if (
        not isinstance(value, list)
        or len(value) != 3
        or not isinstance(value[0], int)
        or not 1 <= value[0] <= 12
        or str(value[1]).lower() not in _WEEKDAYS
        or value[2] not in {1, 2, 3, 4, -1}
    ):
        raise KnowledgeError(f"{where}: nth must be [MONTH, WEEKDAY, N] with N 1-4 or -1, got {value!r}")
    month, weekday, n = value[0], _WEEKDAYS.index(str(value[1]).lower()), value[2]
    return lambda y: _nth_weekday(y, month, weekday, n)


def parse_holidays(text: str, source: str = HOLIDAYS_FILE) -> tuple[Holiday, ...]:
    """Read a holidays file; a malformed entry raises KnowledgeError naming it."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}") from exc
    entries = data.get("holidays") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise KnowledgeError(f"{source}: expected a 'holidays' list")
    out: list[Holiday] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries, start=1):
        where = f"{source}: holiday {i}"
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{where}: expected a mapping")
        unknown = set(entry) - {"names", "country", "by_country", "since", *_RULES}
        if unknown:
            raise KnowledgeError(f"{where}: unknown key(s) {sorted(unknown)}")
        names = entry.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise KnowledgeError(f"{where}: names must be a non-empty list of names")
        country, by_country = entry.get("country"), entry.get("by_country", False)
        if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)):
            raise KnowledgeError(f"{where}: country must be an ISO alpha-3 code, got {country!r}")
        if not isinstance(by_country, bool) or (by_country and country is None):
            raise KnowledgeError(f"{where}: by_country must be true or false, and needs a country")
        for name in names:
            key = f"{_key(name)}@{country}" if by_country else _key(name)
            if key in seen:
                raise KnowledgeError(f"{where}: {name!r} is listed twice")
            seen.add(key)
        try:
            rule = _rule(entry, where)
        except ValueError as exc:
            raise KnowledgeError(f"{where}: {exc}") from exc
        since = entry.get("since")
        if since is not None and not isinstance(since, int):
            raise KnowledgeError(f"{where}: since must be a year")
        out.append(Holiday(tuple(names), _kept(rule, since), country, by_country))
    return tuple(out)


def _kept(rule: Callable[[int], dt.date], since: int | None) -> Callable[[int], dt.date | None]:
    return lambda y: None if since is not None and y < since else rule(y)


def _key(words: str) -> str:
    """A holiday name folded for lookup: case, apostrophes, "St"/"Saint", dots and spaces."""
    s = words.lower().replace("’", "'").replace(".", "")
    s = re.sub(r"'s\b|(?<=s)'", "", s)  # "New Year's Day", "Presidents' Day" (the normaliser drops "'s")
    s = re.sub(r"\bsaint\b", "st", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


@functools.cache
def _holidays() -> tuple[Holiday, ...]:
    text = resources.files("newsevents").joinpath("data", HOLIDAYS_FILE).read_text(encoding="utf-8")
    return parse_holidays(text)


@functools.cache
def _table() -> dict[str, Holiday]:
    return {_key(n): h for h in _holidays() if not h.by_country for n in h.names}


@functools.cache
def _national() -> dict[tuple[str, str], Holiday]:
    """(name, ISO3) -> a holiday whose name needs its country ("Independence Day")."""
    return {(_key(n), h.country or ""): h for h in _holidays() if h.by_country for n in h.names}


@functools.cache
def _country_words() -> dict[str, str]:
    """A country's name, aliases and demonyms (data/kb/countries.tsv), folded -> its ISO3 code."""
    text = resources.files("newsevents").joinpath("data", "kb", "countries.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 5 or cols[0] == "iso3":
            continue
        for word in [cols[2], *cols[3].split("|"), *cols[4].split("|")]:
            key = re.sub(r"^the ", "", _key(word))
            if key:
                out.setdefault(key, cols[0])
    return out


def holiday_names() -> tuple[str, ...]:
    """Every name that is a date by itself, as written in the file (for the date recogniser)."""
    return tuple(n for h in _holidays() if not h.by_country for n in h.names)


def country_holiday_names() -> tuple[str, ...]:
    """The names read only with their country ("Independence Day"), as written in the file."""
    return tuple(sorted({n for h in _holidays() if h.by_country for n in h.names}))


def names_a_holiday(words: str) -> bool:
    """Whether ``words`` name one listed holiday (with its country where the name needs one)."""
    return _lookup(re.sub(r"^(?:the\s+)", "", words.strip(), flags=re.IGNORECASE)) is not None


_IN_COUNTRY = re.compile(r"^(.+?)\s+(?:in|of)\s+(?:the\s+)?(.+)$")


def _lookup(words: str) -> Holiday | None:
    """The holiday that ``words`` name: a name alone, or with its country before ("Kenya's Independence
    Day", "U.S. Independence Day") or after it ("Independence Day in Kenya")."""
    holiday = _table().get(_key(words))
    if holiday is not None:
        return holiday
    tokens = words.split()
    splits = [(" ".join(tokens[:i]), " ".join(tokens[i:])) for i in range(1, len(tokens))]
    m = _IN_COUNTRY.match(words)
    if m is not None:
        splits.append((m[2], m[1]))
    for country_words, name in splits:
        iso3 = _country_words().get(re.sub(r"^the ", "", _key(country_words)))
        if iso3 is None:
            continue
        holiday = _national().get((_key(name), iso3))
        plain = _table().get(_key(name))
        if holiday is None and plain is not None and plain.country in (None, iso3):
            holiday = plain  # "Kenya's Jamhuri Day", "Christmas in Kenya"
        if holiday is not None:
            return holiday
    return None


_MOD = re.compile(r"^(?:(last|next|this)\s+)?(?:the\s+)?(.+?)$", re.IGNORECASE)
_WITH_YEAR = re.compile(r"^(?:the\s+)?(.+?),?\s+(?:of\s+)?(1\d{3}|20\d{2})$", re.IGNORECASE)


def holiday_day(words: str, pub: dt.date | None, tense: str | None) -> tuple[dt.date, str] | None:
    """The day a holiday named by ``words`` falls on, counted from ``pub`` by tense."""
    m = _WITH_YEAR.match(words.strip())
    if m is not None and (holiday := _lookup(m[1])) is not None:
        day = holiday.day_in(int(m[2]))  # "Christmas 2012", "on Christmas Day 1989": the year written
        return (day, f"holiday '{holiday.names[0]}' of the year written") if day is not None else None
    m = _MOD.match(words.strip())
    if m is None or pub is None:
        return None
    mod, holiday = (m[1] or "").lower(), _lookup(m[2])
    if holiday is None:
        return None
    name = holiday.names[0]
    ahead = mod == "next" or (not mod and tense == "future")
    strictly = mod in {"last", "next"}
    for year in (pub.year - 1, pub.year, pub.year + 1) if ahead else (pub.year + 1, pub.year, pub.year - 1):
        day = holiday.day_in(year)
        if day is None:
            continue
        if ahead and (day > pub or (day == pub and not strictly)):
            return day, f"holiday '{name}': {'next' if strictly else 'nearest'} on or after publication"
        if not ahead and (day < pub or (day == pub and not strictly and mod != "this")):
            return day, f"holiday '{name}': most recent on or before publication"
        if mod == "this" and day.year == pub.year:
            return day, f"holiday '{name}' of the publication year"
    return None
