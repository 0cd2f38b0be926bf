"""Knowledge base, sixteenth session (issue 12): mechanisms built from round 14's actor probes, each tested
with phrases written for these tests (not taken from any blind set), about half of them traps."""

from __future__ import annotations

import pytest

from coding import phrase_one, phrase_refs
from newsevents.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


_refs = phrase_refs
_one = phrase_one


# -- a government title the knowledge base does not know for the person -----------------------------------


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [("Governor Joko Widodo", "2013-05-01", "IDN"),          # governor of Jakarta before his presidency
     ("Justice Minister Olaf Scholz", "2005-01-01", "DEU"),   # known only as finance minister and chancellor
     ("Finance Minister Liz Truss", "2018-01-01", "GBR")],    # a title the phrase gives, right or loose
)  # fmt: skip
def test_an_unknown_government_title_gives_gov(kb: KnowledgeBase, text: str, day: str, country: str) -> None:
    r = _one(kb, text, day)
    assert (r.country, r.sector) == (country, "GOV") and (r.kb_id or "").startswith("person:")


@pytest.mark.parametrize(
    ("text", "day", "sector"),
    [("President Joko Widodo", "2010-01-01", None),            # the known presidency, named before its time
     ("President Jacob Zuma", "2003-01-01", None),
     ("Foreign Minister Ahmet Davutoglu", "2016-06-01", "ELI"),  # a known office named after it ended
     ("former Justice Minister Olaf Scholz", "2005-01-01", "ELI")],
)  # fmt: skip
def test_a_known_title_out_of_its_dates_gives_no_gov(kb: KnowledgeBase, text: str, day: str, sector: str) -> None:
    assert _one(kb, text, day).sector == sector
