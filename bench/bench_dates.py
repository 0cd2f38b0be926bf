"""Benchmark (not a test): average milliseconds per ``normalize`` call after the first call.

Run: ``.venv/bin/python bench/bench_dates.py``. Two figures are printed:

* uncached - every call is a new (text, pub_date, tense) triple, so the cache never hits:
  the cost of the rules themselves (and of dateparser for the rare shapes they do not know);
* cached - the same triples again, as happens when one article repeats an expression;
* fallback - the rare shapes that go to dateparser (its first use pays its own warm-up).

The first call (imports, compiling dateparser's English data) is timed apart.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time

from newsevents.recognize.dates import find_date_expressions
from newsevents.resolve.dates import normalize

EXPRESSIONS = [
    "on Monday", "Tuesday", "late on Sunday", "last Friday", "next Monday", "August 15", "Aug. 15",
    "the 15th of August", "15 August 2021", "on February 14, 2003", "in March", "mid-March", "March 2019",
    "in 2003", "the 1990s", "from 2001 to 2009", "between January 4 and February 7", "yesterday", "today",
    "tomorrow", "two days ago", "last week", "earlier this month", "last year", "next month", "this week",
    "on the 5th", "15/08/2021", "2021-08-15", "December 28", "Monday, August 16", "the weekend",
    "Aug 15th 2021 at 10 a.m.", "3rd of Jan",
]  # fmt: skip
TENSES = (None, "past", "future")
TEXT = (
    "MOSCOW, August 23. Russian troops and 2,000 rebels clashed late on Sunday near the border, two days "
    "after talks that began on the 15th of August collapsed; the ceasefire signed in March 2019 held until "
    "last week, and officials will meet again on September 16. "
) * 4


def main() -> None:
    pubs = [dt.date(2021, 8, 23) + dt.timedelta(days=k) for k in range(60)]
    t0 = time.perf_counter()
    normalize("on Monday", dt.date(2000, 1, 3), "past")
    first_ms = (time.perf_counter() - t0) * 1000

    triples = list(itertools.product(EXPRESSIONS, pubs, TENSES))
    t0 = time.perf_counter()
    for text, pub, tense in triples:
        normalize(text, pub, tense)  # type: ignore[arg-type]
    uncached_ms = (time.perf_counter() - t0) * 1000 / len(triples)

    t0 = time.perf_counter()
    for text, pub, tense in triples:
        normalize(text, pub, tense)  # type: ignore[arg-type]
    cached_ms = (time.perf_counter() - t0) * 1000 / len(triples)

    # shapes the rules do not know go to dateparser: the slow path, timed on its own
    rare = ["Aug 15th, '21", "15-Aug-2021", "the 3rd of Jan, at 9:30 in the morning"]
    rare_triples = list(itertools.product(rare, pubs[:20], ("past", "future")))
    t0 = time.perf_counter()
    for text, pub, tense in rare_triples:
        normalize(text, pub, tense)  # type: ignore[arg-type]
    fallback_ms = (time.perf_counter() - t0) * 1000 / len(rare_triples)

    runs = 200
    t0 = time.perf_counter()
    for _ in range(runs):
        find_date_expressions(TEXT)
    find_ms = (time.perf_counter() - t0) * 1000 / runs

    print(f"first call:                     {first_ms:8.2f} ms")
    print(f"normalize, uncached ({len(triples)} calls): {uncached_ms:8.4f} ms per call")
    print(f"normalize, dateparser fallback ({len(rare_triples)} calls): {fallback_ms:8.4f} ms per call")
    print(f"normalize, cached:              {cached_ms:8.4f} ms per call")
    print(f"find_date_expressions ({len(TEXT)} chars): {find_ms:8.3f} ms per text")


if __name__ == "__main__":
    main()
