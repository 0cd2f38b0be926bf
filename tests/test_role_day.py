"""when.dating.role_day: the day a person's roles are read on for an event (never "the latest role"
while the article has a date)."""

from __future__ import annotations

import datetime as dt

import pytest

from coding import one_event
from newsevents.progress import ClauseDate
from newsevents.records import DateInfo
from newsevents.when.dating import role_day

PUB = dt.date(2008, 8, 12)


def _date(value: str | None, precision: str = "day") -> ClauseDate:
    return ClauseDate(DateInfo(value, precision) if value is not None else None, None, "")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("date", "pub", "want"),
    [
        (_date("2008-08-08"), PUB, dt.date(2008, 8, 8)),  # its own day
        (_date("2008-08-12", "publication"), PUB, PUB),  # dated by the publication
        (_date(None), PUB, PUB),  # no date at all
        (_date("2008", "unknown"), PUB, PUB),
        (_date("2008-08", "month"), PUB, PUB),  # the publication's month: that day
        (_date("2008-03", "month"), PUB, dt.date(2008, 3, 15)),  # another month: its middle
        (_date("2008", "year"), PUB, PUB),
        (_date("1994", "year"), PUB, dt.date(1994, 7, 1)),
        (_date(None), None, None),  # an undated article: the latest roles, as before
        (_date("1994", "year"), None, dt.date(1994, 7, 1)),
    ],
)
def test_role_day(date: ClauseDate, pub: dt.date | None, want: dt.date | None) -> None:
    assert role_day(date, pub) == want


def test_an_undated_event_reads_roles_on_the_publication_day(pipeline: object) -> None:
    # Saakashvili was Georgia's president in 2008 and later a governor in Ukraine: an event with no
    # date of its own in a 2008 story is Georgia's, not his latest role's country
    text = (
        "TBILISI, Aug 12 (Reuters) - Georgian troops pulled back from the town of Gori on Tuesday.\n\n"
        "Saakashvili accused Moscow of trying to topple his government."
    )
    ev = one_event(pipeline, text, "accused", PUB)
    assert {r.country for r in ev.actor} == {"GEO"}
