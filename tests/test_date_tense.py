"""The tense a clause's date is read with: an act owed ("must", "should") is still to come."""

from __future__ import annotations

import datetime as dt

from newsevents.pipeline import Pipeline
from newsevents.records import Article


def test_an_owed_act_reads_its_date_forwards(pipeline: Pipeline) -> None:
    # "must ... by November 20" in a story of November 10: the deadline still to come, not last year's
    art = Article(
        id="o1",
        text="The army must pull out of the city by November 20, the council ruled.",
        pub_date=dt.date(2019, 11, 10),
    )
    (coded,) = list(pipeline.pipe([art]))
    dated = [e.date for e in coded.events if e.date_text == "November 20"]
    assert dated and all(d == "2019-11-20" for d in dated)  # by the past-tense rule: 2018-11-20
