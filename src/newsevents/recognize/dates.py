"""Find date expressions in text with the project's own patterns.

``find_date_expressions(text)`` returns ``(start, end)`` character spans, sorted, that do not
overlap. The spans leave out a leading "on"/"in" (and other prepositions) but keep the words
that change the value: "late on Sunday", "last week", "earlier this month", "the 15th of
August", "the 1990s", "from 2001 to 2009", "between January 4 and February 7".

The patterns are conservative. Month and weekday names must be capitalised ("march" and "may"
are not months); a month name alone needs a preposition or qualifier before it ("in March",
"early March"). A bare four-digit number is a year only in 1900-2099, and not when it is part
of a larger number ("2,000", "2000.5"), follows a currency sign or a word such as "Route",
"Resolution", "nearly" or "some", or is followed by a count noun ("2000 troops"), a percent
sign, or "to 3000". "the 5th" needs "on"/"by"/"until" before it and nothing noun-like after it.
Holidays that name a day (data/holidays.yaml: "Christmas Day", "Good Friday", "on Easter") are
dates; a one-word holiday needs a preposition or last/next/this before it ("at Easter", not "Easter
eggs"), and a holiday followed by a capitalised word is part of a name ("the Good Friday Agreement",
"Easter Island"); a holiday that needs its country ("Independence Day") is a date only with it
("Kenya's Independence Day", "Independence Day in the United States"). "the week of March 3", "the
week after next", "the year before last" and decades in words ("the sixties", never "his sixties")
are dates. Other weekday names ("Bloody Sunday", "Black Monday") and newspaper names
("Sunday Times", "USA Today") are not dates. Durations ("two years", "the year's 12 months")
and anaphora ("two days later") are not caught.
"""

from __future__ import annotations

import re

from newsevents.lexicon import LEXICON
from newsevents.resolve.holidays import country_holiday_names, holiday_names, names_a_holiday

__all__ = ["find_date_expressions"]

_MONTH_FULL = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _alt(words: list[str]) -> str:
    forms = [w for w in words] + [w.upper() for w in words]
    return "(?:" + "|".join(sorted(set(forms), key=len, reverse=True)) + ")"


def _ci(word: str) -> str:
    """A word whose first letter may be either case (sentence-initial "Last week")."""
    return f"[{word[0].upper()}{word[0].lower()}]{word[1:]}"


MONTH_FULL = _alt(_MONTH_FULL) + r"\b"
MONTH = "(?:" + _alt(_MONTH_FULL) + r"\b|" + _alt(_MONTH_ABBR) + r"(?:\.|\b))"
WEEKDAY = _alt(_WEEKDAYS) + r"\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?!,\d{3})"
ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.:]\d)"
# A day's year told in words after it: "on Feb. 3 last year", "on 9 May this year" (the normaliser
# reads the year from the publication's; without it the day would be read in the publication's year)
_YEAR_WORDS = r"\s+(?:last|this|next)\s+year\b"
YEAR_BODY = r"(?:19|20)\d\d(?![\d:]|[,.]\d|s\b|'s\b|-\d|/\d|\s*%)"
QUAL = r"(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|\s*-\s*)"
TOD = r"(?:night|morning|afternoon|evening|overnight)"
NUM = (
    r"(?:\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+couple\s+of|a\s+dozen|a\s+hundred))"
)
_PREP = r"(?:in|In|since|Since|by|By|until|Until|till|during|During|through|throughout|from|From|of|before|"
_PREP += r"Before|after|After|to|and|or|between|Between|around|for|last|Last|next|Next|this|This)"


def _first_letters(words: list[str]) -> str:
    """A lookahead for the characters the words begin with (speed: see _PATTERNS)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def _holiday_rx(one_word: bool) -> re.Pattern[str]:
    """Holiday names as written, apostrophes either way; one-word names after a preposition."""

    def form(name: str) -> str:
        words = [re.escape(w).replace("'", "['’]") for w in name.split()]
        return r"\s+".join(words).replace(r"St\.", r"(?:St\.?|Saint)")

    multi = sorted((n for n in holiday_names() if " " in n), key=len, reverse=True)
    single = sorted((n for n in holiday_names() if " " not in n), key=len, reverse=True)
    lead = rf"(?:\b(?:{_ci('last')}|{_ci('next')}|{_ci('this')})\s+)?"
    prep = r"\b(?:[Oo]n|[Aa]t|[Oo]ver|[Dd]uring|[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his)\s+"
    not_name = r"(?!\s+[A-Z][a-z])(?!['’]s\s+[A-Z])"
    if one_word:
        return re.compile(rf"(?=[OoAaDdBbSsUuLlNnTt]){prep}(?P<d>(?:{'|'.join(form(n) for n in single)})){not_name}\b")
    year = rf"(?:,?\s+{YEAR}\b)?"  # "Christmas Day 1989"
    first = _first_letters([*multi, "Last", "last", "Next", "next", "This", "this"])
    return re.compile(rf"{first}{lead}\b(?:{'|'.join(form(n) for n in multi)}){not_name}\b{year}")


def _country_holiday_rx() -> re.Pattern[str]:
    """A holiday that needs its country, with up to four capitalised words before it ("Kenya's",
    "U.S.") or "in"/"of" and a capitalised country after it; the span is cut to the words that
    name a listed holiday (_country_holiday_span)."""
    names = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in country_holiday_names())
    cap = r"[A-Z][\w.’'-]*"
    first = _first_letters([*country_holiday_names(), *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"])
    return re.compile(
        rf"{first}(?:\b(?:{cap}\s+){{0,3}}{cap}\s+)?\b(?:{names})\b"
        rf"(?:\s+(?:in|of)\s+(?:the\s+)?{cap}(?:\s+{cap}){{0,3}})?"
    )


def _country_holiday_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest part of a candidate that names a listed holiday: leading words dropped one by
    one ("On Kenya's Independence Day" -> "Kenya's Independence Day"), then trailing ones."""
    for a in [start, *(start + m.end() for m in re.finditer(r"\S+\s+", text[start:end]))]:
        for b in [end, *(start + m.start() for m in reversed(list(re.finditer(r"\s+\S+$|\s+\S+(?=\s)", text[a:end]))))]:
            if b > a and names_a_holiday(text[a:b]):
                return a, b
    return None


# Each pattern's span is its group "d" where it has one, the whole match otherwise. A leading
# "(?=[...])" lists the characters a match can start with: it changes no match, but lets the regex
# engine give up at once at every other position (speed).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Monday, August 15, 2021", "Aug. 15", "August 15th", "the 15th of August 2021", "15 August"
    (
        "month-day",
        re.compile(
            rf"\b(?=[ADFJMNOSTWt])(?:{WEEKDAY},?\s+)?(?:the\s+)?{MONTH}\s+(?:the\s+)?{DAY}(?:,?\s+{YEAR}|{_YEAR_WORDS})?"
        ),
    ),
    (
        "day-month",
        re.compile(
            rf"\b(?=[FMSTWt0-9])(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+(?:of\s+)?{YEAR}|{_YEAR_WORDS})?"
        ),
    ),
    # "March 3-5", "3-5 March 2019"
    ("month-day-range", re.compile(rf"\b(?=[ADFJMNOS]){MONTH}\s+{DAY}\s*[-–]\s*{DAY}(?:,?\s+{YEAR})?")),
    ("day-range-month", re.compile(rf"\b(?=[0-9]){DAY}\s*[-–]\s*{DAY}\s+{MONTH}(?:,?\s+{YEAR})?")),
    # "March 2019", "mid-March 2019", "March of 2019"
    ("month-year", re.compile(rf"(?=[ADEFJLMNOSelm])(?:\b{QUAL})?\b{MONTH_FULL}\s+(?:of\s+)?{YEAR}")),
    ("abbr-month-year", re.compile(rf"\b(?=[ADFJMNOS]){MONTH}\s+{YEAR}")),
    # "early March", "last March", "in March"
    (
        "qualified-month",
        re.compile(rf"(?=[ELMNTelmnt])(?:\b{QUAL}|\b(?:{_ci('last')}|{_ci('next')}|{_ci('this')})\s+){MONTH_FULL}"),
    ),
    ("month", re.compile(rf"\b(?=[ABDFILNSTUabdfilnostu]){_PREP}\s+(?P<d>{MONTH_FULL})")),
    # numeric dates
    (
        "iso",
        re.compile(r"(?=[12])(?<![\w/.-])(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"),
    ),
    (
        "numeric",
        re.compile(
            r"(?=[0-9])(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|[12]\d|3[01])\1(?:(?:19|20)\d\d|\d\d)(?![\w/-]|\.\d)"
        ),
    ),
    # years, decades, centuries
    ("year", re.compile(rf"(?=[ELMelm12])(?:\b{QUAL}|(?<![\w$€£¥.,/:#-]))(?P<y>{YEAR_BODY})")),
    ("year-range", re.compile(r"(?=[12])(?<![\w$€£¥.,/-])(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)\b(?!\s*%)")),
    ("decade", re.compile(rf"(?=[TtEeLlMm12'’])(?:\b[Tt]he\s+)?(?:\b{QUAL})?(?:\b(?:1[89]|20)\d0|['’]\d0)'?s\b")),
    (
        "century",
        re.compile(rf"(?=[TtEeLlMm1-9])(?:\b[Tt]he\s+)?(?:{QUAL})?\b(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b"),
    ),
    # seasons with a year or a "last/this/next": "the summer of 2019", "last winter"
    (
        "season",
        re.compile(
            rf"(?=[TtLlNnSsAaFfWw])(?:(?:\b[Tt]he\s+)?(?:\b(?:{_ci('last')}|{_ci('this')}|{_ci('next')})\s+)?"
            rf"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?{YEAR}"
            rf"|\b(?:{_ci('last')}|{_ci('this')}|{_ci('next')})\s+(?:spring|summer|autumn|fall|winter)\b)"
        ),
    ),
    # weekdays: "Monday", "late on Sunday", "last Tuesday", "Sunday night", "Monday last week"
    (
        "weekday",
        re.compile(
            rf"(?=[EeLlNnTtMWFS])(?:\b(?:{_ci('late')}|{_ci('early')})\s+(?:on\s+)?)?"
            rf"(?:\b(?:{_ci('last')}|{_ci('next')}|{_ci('this')}(?:\s+(?:coming|past))?)\s+)?"
            rf"\b{WEEKDAY}(?:\s+{TOD})?(?:\s+(?:last|next|this)\s+week\b)?"
        ),
    ),
    # "the 5th" after "on"/"by"/"until"
    (
        "day-only",
        re.compile(
            rf"\b(?=[OoBbUuSs])(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince)\s+(?P<d>the\s+{ORDINAL})"
            rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|when|while|after|before|at|in)\b)"
        ),
    ),
    # relative words
    (
        "relative-day",
        re.compile(
            rf"\b(?=[EeLlYyTt])(?:(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
            rf"|(?:{_ci('earlier')}|{_ci('later')})\s+today"
            rf"|(?:{_ci('yesterday')}|{_ci('today')}|{_ci('tomorrow')})(?:\s+{TOD})?"
            rf"|{_ci('tonight')}|{_ci('last')}\s+night|{_ci('this')}\s+(?:morning|afternoon|evening))\b"
        ),
    ),
    (
        "relative-unit",
        re.compile(
            rf"(?=[EeLlTtNnpc])(?:\b(?:{_ci('earlier')}|{_ci('later')}|{_ci('early')}|{_ci('late')})\s+)?"
            rf"(?:\b[Tt]he\s+)?\b(?:{_ci('this')}(?:\s+(?:coming|past))?|{_ci('last')}|{_ci('next')}|"
            rf"(?:[Tt]he\s+)?(?:past|coming))\s+(?:week|weekend|month|year)\b(?!\s+of\b)"
            # "earlier in the week", "later in the week": the calendar week, as "earlier this week"
            rf"|\b(?:{_ci('earlier')}|{_ci('later')})\s+in\s+the\s+week\b(?!\s+(?:of|before|after)\b)"
        ),
    ),
    ("weekend", re.compile(r"\b(?=[OoAaDd])(?:[Oo]ver|[Aa]t|[Dd]uring|[Oo]n)\s+(?P<d>the\s+weekend)\b")),
    ("ago", re.compile(rf"\b(?=[0-9AaOoTtFfSsEeNn]){NUM}\s+(?:days?|weeks?|months?|years?|fortnights?)\s+ago\b")),
    # "the third quarter (of 1997)", "the first half of this year", "last quarter"; not "a quarter
    # century" or "the last quarter-final"
    (
        "part-of-year",
        re.compile(
            rf"\b(?=[TtFfSsLlNnPpC1-4])(?:[Tt]he\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|"
            rf"{_ci('last')}|{_ci('this')}|{_ci('next')}|{_ci('previous')}|{_ci('past')}|current)\s+"
            rf"(?:quarter|half)\b(?![\s-]+(?:century|final|of\s+a\b|of\s+the\s+(?!year)))"
            rf"(?:\s+of\s+(?:{YEAR}|(?:this|last|next|the)\s+year))?"
        ),
    ),
    ("week-before-last", re.compile(r"\b(?=[TtWwYy])(?:[Tt]he\s+)?(?:week|year)\s+(?:before\s+last|after\s+next)\b")),
    # "the week of March 3, 2008", "the week of 14 October", "the week beginning Oct. 5"
    (
        "week-of",
        re.compile(
            rf"\b(?=[Tt])[Tt]he\s+week\s+(?:of|(?:beginning|starting|commencing)(?:\s+on)?)\s+(?:the\s+)?(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?|{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)"
        ),
    ),
    # "the sixties", "the late nineteen-seventies" ("in his sixties" is an age: "the" is required)
    (
        "decade-word",
        re.compile(
            rf"\b(?=[Tt])[Tt]he\s+(?:{QUAL})?(?:(?i:nineteen|twenty)[\s-]+)?"
            r"(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b"
        ),
    ),
    ("holiday-country", _country_holiday_rx()),
    # "in '98": a two-digit year after a preposition
    (
        "short-year",
        re.compile(r"\b(?=[IiSsOoUuBb])(?:[Ii]n|[Ss]ince|[Oo]f|[Uu]ntil|[Bb]y)\s+(?P<d>['’]\d\d)\b(?!['’]?s\b)"),
    ),
    ("holiday", _holiday_rx(one_word=False)),
    ("holiday-one", _holiday_rx(one_word=True)),
    (
        "from-now",
        re.compile(rf"\b(?=[0-9AaOoTtFfSsEeNn]){NUM}\s+(?:days?|weeks?|months?|years?)\s+from\s+(?:now|today)\b"),
    ),
    ("past-n", re.compile(rf"\b(?=[Ttpl])(?:[Tt]he\s+)?(?:past|last)\s+{NUM}\s+(?:days|weeks|months|years)\b")),
]

# A bare year is not a year when one of these comes right before it ...
_NOT_YEAR_BEFORE = LEXICON["not_year_before"]
# ... or one of these right after it.
_NOT_YEAR_AFTER = LEXICON["not_year_after"]
_NEXT_WORD = re.compile(r"\s*-?\s*([A-Za-z%]+)")
_NEXT_RANGE_NUMBER = re.compile(r"\s*(?:to|-|–|and|or)\s*(\d[\d,]*)")
_PREV_WORD = re.compile(r"([A-Za-z$.]+)\s*$")
_NOT_WEEKDAY_BEFORE = LEXICON["not_weekday_before"]
_NOT_WEEKDAY_AFTER = LEXICON["not_weekday_after"]
_NOT_TODAY_BEFORE = LEXICON["not_today_before"]
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s*")
_RANGE_START = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")


def _year_ok(text: str, start: int, end: int, after_pos: int | None = None) -> bool:
    """Whether the four digits at text[start:end] read as a year (see the module docstring).

    ``after_pos`` is where the words after the expression start (the end of a year range).
    """
    value = int(text[start : start + 4])
    if not 1900 <= value <= 2099:
        return False
    before = text[max(0, start - 30) : start]
    if before.rstrip().endswith(("$", "€", "£", "¥", "#", "No.", "no.")):
        return False
    pm = _PREV_WORD.search(before)
    if pm and pm.group(1).lower().rstrip(".") in _NOT_YEAR_BEFORE:
        return False
    after_at = end if after_pos is None else after_pos
    after = text[after_at : after_at + 40]
    nm = _NEXT_WORD.match(after)
    if nm and nm.group(1).lower() in _NOT_YEAR_AFTER:
        return False
    rm = _NEXT_RANGE_NUMBER.match(after)
    if rm:
        other = int(rm.group(1).replace(",", "") or 0)
        if not 1900 <= other <= 2099 or "," in rm.group(1):
            return False
    return True


def _weekday_ok(text: str, start: int, end: int) -> bool:
    pm = _PREV_WORD.search(text[max(0, start - 20) : start])
    if pm and pm.group(1) in _NOT_WEEKDAY_BEFORE:
        return False
    nm = re.match(r"\s+([A-Z]\w+)", text[end : end + 20])
    return not (nm and nm.group(1) in _NOT_WEEKDAY_AFTER)


# Words every match of a pattern contains, case-folded: a pattern is not run on a text without
# one of them (speed). "from-now" has a regular expression instead.
_NEEDS: dict[str, tuple[str, ...]] = {
    "decade": ("0s", "0's"),
    "century": ("century",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "weekday": tuple(w.lower() for w in _WEEKDAYS),
    "relative-day": ("yesterday", "today", "tomorrow", "night", "morning", "afternoon", "evening"),
    "relative-unit": ("week", "month", "year"),
    "ago": ("ago",),
    "past-n": ("past", "last"),
    "weekend": ("weekend",),
    "part-of-year": ("quarter", "half"),
    "week-before-last": ("before last", "after next"),
    "week-of": ("week of", "week beginning", "week starting", "week commencing"),
    "decade-word": ("ties", "noughties"),
    "holiday-country": tuple(n.casefold() for n in country_holiday_names()),
    "short-year": ("'", "’"),
}
_TRIGGERS: dict[str, re.Pattern[str]] = {"from-now": re.compile(r"from\s+(?:now|today)", re.IGNORECASE)}


def _candidates(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    folded = text.casefold()
    for kind, rx in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not any(word in folded for word in needs):
            continue
        trigger = _TRIGGERS.get(kind)
        if trigger is not None and not trigger.search(text):
            continue
        for m in rx.finditer(text):
            start, end = m.span("d") if "d" in rx.groupindex else m.span()
            if start == end:
                continue
            if kind == "year" and not _year_ok(text, *m.span("y")):
                continue
            if kind == "holiday-country":
                span = _country_holiday_span(text, start, end)
                if span is None:
                    continue
                start, end = span
            if kind == "year-range" and not _year_ok(text, start, start + 4, end):
                continue
            if kind == "weekday":
                wm = re.search(WEEKDAY, text[start:end])
                if wm and not _weekday_ok(text, start + wm.start(), start + wm.end()):
                    continue
            if kind == "relative-day" and text[start:end].startswith("Today"):
                pm = _PREV_WORD.search(text[max(0, start - 12) : start])
                if pm and pm.group(1) in _NOT_TODAY_BEFORE:
                    continue
            if kind in ("month-day", "day-month", "month-day-range", "day-range-month"):
                tail = text[end : end + 20]
                # "May 5 soldiers", "June 30,000": a count, not a day
                nm = _NEXT_WORD.match(tail)
                if nm and nm.group(1).lower() in _NOT_YEAR_AFTER - {"of", "more"}:
                    continue
            found.append((start, end))
    return found


def _select(cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest first, then leftmost; a candidate that overlaps a chosen one is dropped."""
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(set(cands), key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(chosen)


def _merge_ranges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "from X to Y", "between X and Y", "X - Y" and "X until Y" into one span."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out:
            ps, pe = out[-1]
            gap = text[pe : span[0]]
            jm = _RANGE_JOIN.fullmatch(gap)
            if jm and gap.strip():
                joiner = gap.strip()
                sm = _RANGE_START.search(text[max(0, ps - 12) : ps])
                start_word = sm.group(0).strip().lower() if sm else None
                if joiner == "and":
                    ok = start_word == "between"
                else:
                    ok = start_word != "between"
                if ok:
                    new_start = ps - len(sm.group(0)) if sm else ps
                    out[-1] = (new_start, span[1])
                    continue
        out.append(span)
    return out


def find_date_expressions(text: str) -> list[tuple[int, int]]:
    """Character spans of the date expressions in ``text``, sorted and non-overlapping."""
    return _merge_ranges(text, _select(_candidates(text)))
