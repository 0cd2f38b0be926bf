"""Precision and the choice of type (issue 11): general mechanisms, each on sentences written for
the project (never gold sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.code.rules import CodeRules
from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str, pub: str = "2024-06-12") -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub))
    return list(pipeline.code(art).events)


def test_the_condemning_roots_are_data() -> None:
    assert "11" in CodeRules.default().condemning_roots


def test_a_condemnation_of_a_definite_act_is_aimed_at_who_did_it(pipeline: Any) -> None:
    evs = _code(pipeline, "Ethiopian troops shelled villages in Eritrea on Monday. Kenya condemned the shelling.")
    accuse = next(e for e in evs if e.event == "ACCUSE")
    assert [a.country for a in accuse.recipient] == ["ETH"]
