"""Write tests/data/own_dates28.tsv: date expressions as wire copy writes them, with publication dates
1985-2026 and expected values computed here with datetime under the 12 rules of the blind date files
(see the headers it writes). Run: python tests/data/make_own_dates28.py  (deterministic, seed 28)."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from pathlib import Path

D = dt.date
DAY = dt.timedelta(days=1)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ABBR = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
MONTHS = list(calendar.month_name)[1:]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
rng = random.Random(28)


def pub() -> D:
    return D(1985, 1, 1) + dt.timedelta(days=rng.randrange((D(2026, 11, 30) - D(1985, 1, 1)).days))


def iso(d: D) -> str:
    return d.isoformat()


def weekday_past(p: D, wd: int) -> D:
    return p - dt.timedelta(days=(p.weekday() - wd) % 7)


def weekday_future(p: D, wd: int) -> D:
    return p + dt.timedelta(days=(wd - p.weekday()) % 7)


def yearless(p: D, month: int, day: int, tense: str) -> D:
    y = p.year
    if tense == "past":
        while True:
            try:
                d = D(y, month, day)
            except ValueError:
                y -= 1
                continue
            if d <= p:
                return d
            y -= 1
    while True:
        try:
            d = D(y, month, day)
        except ValueError:
            y += 1
            continue
        if d >= p:
            return d
        y += 1


def month_by_tense(p: D, month: int, tense: str) -> D:
    if tense == "past":
        return D(p.year if month <= p.month else p.year - 1, month, 1)
    return D(p.year if month >= p.month else p.year + 1, month, 1)


def last_day(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def monday(d: D) -> D:
    return d - dt.timedelta(days=d.weekday())


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    return D(d.year + m // 12, m % 12 + 1, 1)


HEADERS = [
    "weekdays: past = most recent such day on or before publication; future = nearest on or after; day precision",
    "yesterday/today/tomorrow and N days ago / in N days: count from publication date; day precision",
    "full dates with a year: that day regardless of tense; day precision",
    "year-less dates: past = latest such date on or before publication, future = earliest on or after; day precision",
    "weeks: Monday of the week named (Monday-Sunday weeks); last week = week before the publication week; week precision",
    "months: month precision, value YYYY-MM-01; a month named without a year resolves by tense (past: latest on or"
    " before the publication month, future: earliest on or after)",
    "years: year precision, value YYYY-01-01; last/next/this year from publication year",
    "seasons: year precision; the year the season falls in (a winter starts its year: winter 2009 = Dec 2009-Feb 2010"
    " -> 2009); northern hemisphere; year-less seasons by tense",
    "decades: value = first year YYYY-01-01, year precision, expected_end = last day of the decade",
    "ranges: value = first day (or first month/year at that precision), expected_end = last day of the range;"
    " year-less ranges by tense",
    "fixed-date holidays: resolved like year-less dates (past: on or before publication; future: on or after);"
    " day precision",
    "not calendar dates, relative to another event, durations, ages, times of day, vague words: value none,"
    " precision empty",
]

Row = tuple[str, D, str, str, str, str]
groups: list[list[Row]] = [[] for _ in HEADERS]


def add(g: int, text: str, p: D, tense: str, value: D | str, precision: str, end: D | str = "") -> None:
    v = value if isinstance(value, str) else iso(value)
    e = end if isinstance(end, str) else iso(end)
    groups[g].append((text, p, tense, v, precision, e))


def tense() -> str:
    return rng.choice(["past", "past", "future"])


# 0 weekdays, wire forms with times of day and qualifiers
for form in [
    "on {W}",
    "{W}",
    "on {A}",
    "late on {W}",
    "early {W}",
    "{W} night",
    "on {W} morning",
    "{W} evening",
    "late {W}",
    "on {W} afternoon",
    "before dawn on {W}",
    "earlier on {W}",
    "{W}'s",
    "on {W} local time",
]:
    for _ in range(2):
        p, t, wd = pub(), tense(), rng.randrange(7)
        text = form.replace("{W}", WEEKDAYS[wd]).replace("{A}", WD_ABBR[wd])
        add(0, text, p, t, weekday_past(p, wd) if t == "past" else weekday_future(p, wd), "day")
for _ in range(4):
    p, wd = pub(), rng.randrange(7)
    last = p - dt.timedelta(days=(p.weekday() - wd) % 7 or 7)
    add(0, f"last {WEEKDAYS[wd]}", p, "past", last, "day")
    nxt = p + dt.timedelta(days=(wd - p.weekday()) % 7 or 7)
    add(0, f"next {WEEKDAYS[wd]}", p, "future", nxt, "day")
for _ in range(3):
    p, wd = pub(), rng.randrange(7)
    add(0, f"this past {WEEKDAYS[wd]}", p, "past", p - dt.timedelta(days=(p.weekday() - wd) % 7 or 7), "day")

# times of day told before the weekday, time zones after it
for form in [
    "at dawn on {W}",
    "before dawn {W}",
    "shortly after midnight on {W}",
    "at about 10 p.m. on {W}",
    "at 3 a.m. {W}",
    "around noon on {W}",
    "overnight {W}",
    "at first light on {W}",
    "{W}, local time",
    "late {W} local time",
]:
    p, t, wd = pub(), tense(), rng.randrange(7)
    add(
        0, form.replace("{W}", WEEKDAYS[wd]), p, t, weekday_past(p, wd) if t == "past" else weekday_future(p, wd), "day"
    )

# 1 relative days
NUMW = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "10", 12: "12"}
for _ in range(3):
    p = pub()
    add(1, "yesterday", p, "past", p - DAY, "day")
    add(1, "tomorrow", p, "future", p + DAY, "day")
    add(1, "today", p, rng.choice(["past", "future"]), p, "day")
for n, w in NUMW.items():
    p = pub()
    add(1, f"{w} days ago", p, "past", p - dt.timedelta(days=n), "day")
    p = pub()
    add(1, f"in {w} days", p, "future", p + dt.timedelta(days=n), "day")
for _ in range(2):
    p = pub()
    add(1, "the day before yesterday", p, "past", p - 2 * DAY, "day")
    add(1, "the day after tomorrow", p, "future", p + 2 * DAY, "day")
    add(1, "yesterday morning", p, "past", p - DAY, "day")
    add(1, "last night", p, "past", p - DAY, "day")
    add(1, "tonight", p, "future", p, "day")
    add(1, "earlier today", p, "past", p, "day")
    add(1, "three days from now", p, "future", p + 3 * DAY, "day")

# 2 full dates
for form in [
    "{M} {d}, {y}",
    "on {M} {d}, {y}",
    "{d} {F} {y}",
    "on {d} {F} {y}",
    "{F} {d}, {y}",
    "{F} {o}, {y}",
    "the {o} of {F} {y}",
    "{W}, {M} {d}, {y}",
    "on {W}, {d} {F} {y}",
    "{iso}",
    "{F} {d} {y}",
    "{mm}/{dd}/{y}",
]:
    for _ in range(2):
        p = pub()
        day = D(rng.randrange(1985, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
        if form == "{mm}/{dd}/{y}" and day.day <= 12:
            day = day.replace(day=day.day + 12)
        o = f"{day.day}{'th' if 10 < day.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')}"
        text = (
            form.replace("{M}", MON_AP[day.month - 1])
            .replace("{F}", MONTHS[day.month - 1])
            .replace("{W}", WEEKDAYS[day.weekday()])
            .replace("{iso}", iso(day))
            .replace("{mm}", f"{day.month:02d}")
            .replace("{dd}", f"{day.day:02d}")
            .replace("{o}", o)
            .replace("{d}", str(day.day))
            .replace("{y}", str(day.year))
        )
        add(2, text, p, tense(), day, "day")

# 3 year-less dates
for form in ["{M} {d}", "on {M} {d}", "{d} {F}", "on {F} {d}", "on {F} {o}", "the {o} of {F}", "{W}, {M} {d}"]:
    for _ in range(3):
        p, t = pub(), tense()
        month, dd = rng.randrange(1, 13), rng.randrange(1, 29)
        day = yearless(p, month, dd, t)
        o = f"{dd}{'th' if 10 < dd < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')}"
        text = (
            form.replace("{M}", MON_AP[month - 1])
            .replace("{F}", MONTHS[month - 1])
            .replace("{W}", WEEKDAYS[day.weekday()])
            .replace("{o}", o)
            .replace("{d}", str(dd))
        )
        add(3, text, p, t, day, "day")

# 4 weeks
for _ in range(3):
    p = pub()
    add(4, "last week", p, "past", monday(p) - 7 * DAY, "week")
    add(4, "next week", p, "future", monday(p) + 7 * DAY, "week")
    add(4, "earlier this week", p, "past", monday(p), "week")
    add(4, "this week", p, tense(), monday(p), "week")
for _ in range(2):
    p = pub()
    add(4, "the week before last", p, "past", monday(p) - 14 * DAY, "week")
    add(4, "the week after next", p, "future", monday(p) + 14 * DAY, "week")
    day = D(rng.randrange(1985, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    add(4, f"the week of {MON_AP[day.month - 1]} {day.day}, {day.year}", pub(), "past", monday(day), "week")
    add(4, "late last week", p, "past", monday(p) - 7 * DAY, "week")
    add(4, "early next week", p, "future", monday(p) + 7 * DAY, "week")

# 5 months
for form in ["in {F}", "{F}", "in mid-{F}", "in early {F}", "late {F}", "at the end of {F}", "in {Mab}"]:
    for _ in range(2):
        p, t, m = pub(), tense(), rng.randrange(1, 13)
        ab = MON_AP[m - 1]
        text = form.replace("{F}", MONTHS[m - 1]).replace("{Mab}", ab if ab.endswith(".") else MONTHS[m - 1])
        add(5, text, p, t, month_by_tense(p, m, t), "month")
for _ in range(3):
    p = pub()
    add(5, "last month", p, "past", add_months(p, -1), "month")
    add(5, "next month", p, "future", add_months(p, 1), "month")
    add(5, "earlier this month", p, "past", p.replace(day=1), "month")
    add(5, "later this month", p, "future", p.replace(day=1), "month")
for form in ["in {F} {y}", "{M} {y}", "in {F} of {y}", "in late {F} {y}", "since {F} {y}", "by {F} {y}"]:
    for _ in range(2):
        p, m, y = pub(), rng.randrange(1, 13), rng.randrange(1985, 2027)
        text = form.replace("{F}", MONTHS[m - 1]).replace("{M}", MON_AP[m - 1]).replace("{y}", str(y))
        add(5, text, p, "past" if D(y, m, 1) <= p else "future", D(y, m, 1), "month")
for _ in range(2):
    p, m = pub(), rng.randrange(1, 13)
    add(5, f"last {MONTHS[m - 1]}", p, "past", D(p.year if m < p.month else p.year - 1, m, 1), "month")
    add(5, f"next {MONTHS[m - 1]}", p, "future", D(p.year if m > p.month else p.year + 1, m, 1), "month")
    add(5, f"{MONTHS[m - 1]} of last year", p, "past", D(p.year - 1, m, 1), "month")

# 6 years
for form in ["in {y}", "{y}", "in early {y}", "since {y}", "by the end of {y}", "in mid-{y}", "in the year {y}"]:
    for _ in range(2):
        p, y = pub(), rng.randrange(1950, 2030)
        add(6, form.replace("{y}", str(y)), p, "past" if y <= p.year else "future", D(y, 1, 1), "year")
for _ in range(3):
    p = pub()
    add(6, "last year", p, "past", D(p.year - 1, 1, 1), "year")
    add(6, "next year", p, "future", D(p.year + 1, 1, 1), "year")
    add(6, "earlier this year", p, "past", D(p.year, 1, 1), "year")
    add(6, "later this year", p, "future", D(p.year, 1, 1), "year")
for _ in range(2):
    p = pub()
    add(6, "the year before last", p, "past", D(p.year - 2, 1, 1), "year")
    add(6, "two years ago", p, "past", D(p.year - 2, 1, 1), "year")
    add(6, "late last year", p, "past", D(p.year - 1, 1, 1), "year")
    add(6, "early next year", p, "future", D(p.year + 1, 1, 1), "year")

# 7 seasons (year precision by the header's convention)
for _ in range(3):
    p, y = pub(), rng.randrange(1985, 2026)
    s = rng.choice(["spring", "summer", "autumn", "fall", "winter"])
    add(7, rng.choice([f"the {s} of {y}", f"{s} {y}", f"in the {s} of {y}"]), p, "past", D(y, 1, 1), "year")

# 8 decades
for dec in [1960, 1970, 1980, 1990, 2000, 2010]:
    p = D(max(dec + 12, 1985), 1, 1) + dt.timedelta(days=rng.randrange(3000))
    add(8, rng.choice([f"the {dec}s", f"in the {dec}s"]), p, "past", D(dec, 1, 1), "year", D(dec + 9, 12, 31))
for dec, lo, hi in [(1980, 0, 3), (1990, 7, 9), (1970, 4, 6)]:
    q = {0: "early", 7: "late", 4: "mid-"}[lo]
    text = f"the {q}{'' if q.endswith('-') else ' '}{dec}s"
    add(8, text, D(2001, 5, 5), "past", D(dec + lo, 1, 1), "year", D(dec + hi, 12, 31))
for w, dec in [("the '80s", 1980), ("the 'nineties", 1990), ("the seventies", 1970)]:
    if "'n" in w:
        continue
    add(8, w, D(1995, 3, 1) if dec < 1990 else D(2003, 3, 1), "past", D(dec, 1, 1), "year", D(dec + 9, 12, 31))

# decades written the older way ("the 1980's") or without the apostrophe after "the"
for w, dec in [("the 1980's", 1980), ("the 1960's", 1960), ("the 70s", 1970), ("the 90s", 1990)]:
    add(8, w, D(2004, 5, 1), "past", D(dec, 1, 1), "year", D(dec + 9, 12, 31))
add(8, "the early 1990's", D(2004, 5, 1), "past", D(1990, 1, 1), "year", D(1993, 12, 31))
add(8, "the late 80s", D(1996, 5, 1), "past", D(1987, 1, 1), "year", D(1989, 12, 31))

# 9 ranges
for _ in range(3):
    y = rng.randrange(1985, 2026)
    m = rng.randrange(1, 13)
    a = rng.randrange(1, 20)
    b = a + rng.randrange(1, 8)
    p = last_day(y, m) + dt.timedelta(days=rng.randrange(10, 200))
    add(9, f"{MON_AP[m - 1]} {a}-{b}, {y}", p, "past", D(y, m, a), "day", D(y, m, b))
    add(9, f"from {MONTHS[m - 1]} {a} to {b}, {y}", p, "past", D(y, m, a), "day", D(y, m, b))
    add(9, f"between {a} and {b} {MONTHS[m - 1]} {y}", p, "past", D(y, m, a), "day", D(y, m, b))
for _ in range(3):
    y1 = rng.randrange(1970, 2020)
    y2 = y1 + rng.randrange(1, 8)
    p = D(y2 + 1, 1, 1) + dt.timedelta(days=rng.randrange(2000))
    add(9, f"from {y1} to {y2}", p, "past", D(y1, 1, 1), "year", D(y2, 12, 31))
    add(9, f"between {y1} and {y2}", p, "past", D(y1, 1, 1), "year", D(y2, 12, 31))
    add(9, f"{y1}-{y2}", p, "past", D(y1, 1, 1), "year", D(y2, 12, 31))
for _ in range(3):
    y = rng.randrange(1985, 2026)
    m1 = rng.randrange(1, 10)
    m2 = m1 + rng.randrange(1, 3)
    p = D(y + 1, 2, 1)
    add(9, f"from {MONTHS[m1 - 1]} to {MONTHS[m2 - 1]} {y}", p, "past", D(y, m1, 1), "month", last_day(y, m2))
    add(9, f"between {MONTHS[m1 - 1]} and {MONTHS[m2 - 1]} {y}", p, "past", D(y, m1, 1), "month", last_day(y, m2))
for _ in range(3):
    p, t = pub(), tense()
    m = rng.randrange(1, 13)
    a = rng.randrange(1, 20)
    b = a + rng.randrange(1, 8)
    start = yearless(p, m, a, t)
    add(9, f"{MONTHS[m - 1]} {a}-{b}", p, t, start, "day", D(start.year, m, b))

# two days told together: the two days
for _ in range(4):
    p, t = pub(), tense()
    m, a = rng.randrange(1, 13), rng.randrange(1, 28)
    start = yearless(p, m, a, t)
    add(
        9,
        rng.choice([f"{MON_AP[m - 1]} {a} and {a + 1}", f"on {a} and {a + 1} {MONTHS[m - 1]}"]),
        p,
        t,
        start,
        "day",
        start + DAY,
    )
    day = D(rng.randrange(1985, 2026), rng.randrange(1, 13), rng.randrange(1, 28))
    add(9, f"on {MONTHS[day.month - 1]} {day.day} and {day.day + 1}, {day.year}", pub(), "past", day, "day", day + DAY)
for _ in range(3):
    p, t, wd = pub(), tense(), rng.randrange(6)
    start = weekday_past(p, wd) if t == "past" else weekday_future(p, wd)
    if t == "past" and start + DAY > p:
        start -= 7 * DAY
    add(9, f"on {WEEKDAYS[wd]} and {WEEKDAYS[wd + 1]}", p, t, start, "day", start + DAY)

# 10 fixed-date holidays
for name, m, d in [
    ("Christmas Day", 12, 25),
    ("Christmas Eve", 12, 24),
    ("New Year's Day", 1, 1),
    ("New Year's Eve", 12, 31),
    ("Bastille Day", 7, 14),
    ("Boxing Day", 12, 26),
    ("Valentine's Day", 2, 14),
    ("Halloween", 10, 31),
    ("the Fourth of July", 7, 4),
    ("Armistice Day", 11, 11),
    ("St. Patrick's Day", 3, 17),
    ("May Day", 5, 1),
]:
    p, t = pub(), tense()
    add(10, rng.choice([name, f"on {name}"]), p, t, yearless(p, m, d, t), "day")

# 11 none
for text in [
    "two days later",
    "the day before",
    "the next morning",
    "a week later",
    "three weeks after the election",
    "days before the vote",
    "for two weeks",
    "for nearly a decade",
    "over the past decade",
    "in recent weeks",
    "in the coming months",
    "at 6 a.m.",
    "around noon",
    "at 1430 GMT",
    "a 45-year-old",
    "in his 60s",
    "every year",
    "twice a week",
    "later that day",
    "earlier in the day",
    "the previous week",
    "that night",
    "shortly afterward",
    "a few weeks ago",
    "several days ago",
    "in the past",
    "eventually",
    "in the long run",
    "the same day",
    "within days",
    "in his 80s",
    "at dawn",
    "at 1700 GMT",
    "in 2001 and 2005",
    "June 3 and 10",
]:
    add(11, text, pub(), tense(), "none", "")


def main() -> None:
    out = Path(__file__).with_name("own_dates28.tsv")
    lines = ["text\tpub_date\ttense\texpected_value\texpected_precision\texpected_end"]
    for header, rows in zip(HEADERS, groups, strict=True):
        lines.append(f"# == {header}")
        lines += ["\t".join((t, iso(p), te, v, pr, e)) for t, p, te, v, pr, e in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, sum(map(len, groups)), "rows")


if __name__ == "__main__":
    main()
