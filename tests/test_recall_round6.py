"""Mechanisms of the sixth session (issue 11, recall that transfers), each on sentences written for
this test (none taken from a gold or blind set), with traps that must stay as they are."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from coding import code_events, one_event
from newsevents.read import parse_header, read_inputs
from newsevents.records import Article, Event

PUB = dt.date(2019, 4, 2)


def _code(pipeline: Any, text: str) -> list[Event]:
    return code_events(pipeline, text, PUB)


def _one(pipeline: Any, text: str, trigger: str) -> Event:
    return one_event(pipeline, text, trigger, PUB)


# --- a dateline written as a place in capitals and a dash -------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("LUSAKA - Zambian police arrested two editors.", "LUSAKA", "Zambian police"),
        ("PORT LOUIS, Mauritius - The cabinet resigned.", "PORT LOUIS, Mauritius", "The cabinet"),
        ("THE HAGUE \u2014 Judges ruled on Monday.", "THE HAGUE", "Judges ruled"),
        ("QUITO - 300 miners marched.", "QUITO", "300 miners"),
    ],
)
def test_a_place_in_capitals_and_a_dash_is_a_dateline(text: str, place: str, body: str) -> None:
    h = parse_header(text)
    assert h.dateline == place
    assert text[h.body_offset :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance of thirty states - met in Brussels.",  # a lower-case sentence goes on
        "UN - Habitat opened an office.",  # an acronym of two letters
        "Lusaka - Zambian police arrested two editors.",  # not in capitals
        "LUSAKA-based editors were arrested.",  # no dash standing alone
    ],
)
def test_a_dash_after_other_words_is_no_dateline(text: str) -> None:
    h = parse_header(text)
    assert h.dateline is None and h.body_offset == 0


@pytest.mark.model
def test_the_dash_dateline_leaves_the_subject_whole(pipeline: Any, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "date": "2019-04-02", "text": "LIMA - Car bombs exploded outside the U.S. embassy on Monday."},
        {"id": "b", "date": "2019-04-02", "text": "DHAKA - Hundreds of garment workers marched through Dhaka."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts = [a for a in read_inputs([str(feed)]) if isinstance(a, Article)]
    assert [a.dateline for a in arts] == ["LIMA", "DHAKA"]
    bomb, march = (pipeline.code(a).events for a in arts)
    assert [(e.event, e.actor) for e in bomb] == [("ASSAULT", ())]
    assert [e.event for e in march] == ["PROTEST"]
    assert {r.country for r in march[0].actor} == {"BGD"}
