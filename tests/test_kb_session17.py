"""Knowledge base, coverage of both executive offices (issue 12, branch actors28): the office-coverage count
(scripts/check_office_coverage.py over data/kb/executive_offices.tsv) and the heads of government and state of
persons_2026_session17.yaml, each held to its dates with phrases written for these tests."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from coding import phrase_one
from kbchecks import check_rows
from newsevents.kb import KnowledgeBase
from newsevents.kb.entries import Role

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cov() -> ModuleType:
    path = ROOT / "scripts" / "check_office_coverage.py"
    spec = importlib.util.spec_from_file_location("check_office_coverage", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_office_coverage"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def _role(title: str, country: str, start: str, end: str | None = None) -> Role:
    return Role(title=title, sector="GOV", country=country, start=dt.date.fromisoformat(start),
                end=dt.date.fromisoformat(end) if end else None)  # fmt: skip


# -- the count: one office, two offices, a monarch abroad ------------------------------------------------------


def test_offices_file_reads_and_names_known_exceptions(cov: ModuleType) -> None:
    periods = cov.read_offices()
    assert cov.period_of(periods, "USA", 1999).offices == "one"
    assert cov.period_of(periods, "CAN", 2010).offices == "crown"
    assert cov.period_of(periods, "FRA", 2010).offices == "two"  # not listed: two offices
    assert cov.period_of(periods, "KEN", 2010).offices == "two"  # between Kenya's one-office periods
    assert cov.period_of(periods, "KEN", 2015).offices == "one"
    assert "president" in cov.period_of(periods, "IRN", 2000).hog_titles


def test_missing_offices_by_kind_of_member(cov: ModuleType) -> None:
    periods = cov.read_offices()
    heads = {
        "ZZA": [_role("President", "ZZA", "1990-01-01")],  # two offices, only a president
        "USA": [_role("President", "USA", "1990-01-01")],  # one office
        "CAN": [_role("Prime Minister", "CAN", "1990-01-01")],  # the crown abroad
        "IRN": [_role("Supreme Leader", "IRN", "1989-06-04"), _role("President", "IRN", "1989-08-03")],
        "FRA": [_role("President", "FRA", "1990-01-01"), _role("Acting Prime Minister", "FRA", "1995-01-01")],
    }
    assert cov.missing_offices(heads, periods, "ZZA", 1995) == ["head of government"]
    assert cov.missing_offices(heads, periods, "USA", 1995) == []
    assert cov.missing_offices(heads, periods, "USA", 1985) == ["head of state and government"]
    assert cov.missing_offices(heads, periods, "CAN", 1995) == []
    assert cov.missing_offices(heads, periods, "IRN", 1995) == []  # the president counts as head of government
    assert cov.missing_offices(heads, periods, "FRA", 1995) == []  # "Acting" read through
    assert cov.missing_offices(heads, periods, "FRA", 1992) == ["head of government"]


def test_coverage_of_the_shipped_files(cov: ModuleType, kb: KnowledgeBase) -> None:
    gaps = cov.coverage(kb, 1985, 2025)
    # members whose head of government no file had before this session's file
    for iso3, year in [
        ("TUN", 1995),
        ("MAR", 2005),
        ("KWT", 2015),
        ("PRK", 2000),
        ("UGA", 2000),
        ("DZA", 1996),
        ("PER", 2008),
        ("UZB", 2000),
        ("BLR", 2005),
        ("GAB", 2000),
        ("YEM", 2005),
        ("MRT", 2010),
    ]:
        assert year not in gaps.get(iso3, {}), (iso3, gaps.get(iso3))
    # heads of state no file had
    for iso3, year in [("DNK", 2000), ("SWE", 2000), ("MYS", 2000), ("SGP", 2000), ("KHM", 2010), ("VUT", 2000)]:
        assert year not in gaps.get(iso3, {}), (iso3, gaps.get(iso3))
    assert sum(len(v) for v in gaps.values()) < 300
    fm = cov.missing_foreign_ministers(kb, 1985, 2025)
    assert "COL" not in fm or 2000 not in fm["COL"]
    assert sum(len(v) for v in fm.values()) < 300


def test_years_are_written_as_runs(cov: ModuleType) -> None:
    assert cov._years([1990, 1991, 1992, 1995]) == "1990-1992, 1995"


# -- new roles, held to their dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "code", "sector"),
    [("Prime Minister Hamed Karoui", "1995-03-01", "TUNGOV", "GOV"),         # in office 1989-1999
     ("Prime Minister Hamed Karoui", "2003-03-01", "TUNELI", "ELI"),         # after it
     ("Premier Pak Pong-ju", "2005-06-01", "PRKGOV", "GOV"),                 # first term 2003-2007
     ("Premier Pak Pong-ju", "2010-06-01", "PRKELI", "ELI"),                 # between his terms
     ("Premier Pak Pong-ju", "2015-06-01", "PRKGOV", "GOV"),                 # second term 2013-2019
     ("King Carl XVI Gustaf", "2018-05-01", "SWEGOV", "GOV"),
     ("Queen Margrethe", "2025-03-01", "DNKELI", "ELI"),                     # abdicated January 2024
     ("Prime Minister Apolo Nsibambi", "2004-09-01", "UGAGOV", "GOV"),
     ("Prime Minister Apolo Nsibambi", "2012-09-01", "UGAELI", "ELI")],
)  # fmt: skip
def test_new_roles_on_both_sides_of_their_dates(kb: KnowledgeBase, text: str, day: str, code: str, sector: str) -> None:
    r = phrase_one(kb, text, day)
    assert (r.code, r.sector) == (code, sector), r


@pytest.mark.parametrize(
    ("text", "day", "kb_id"),
    [("the Kuwaiti prime minister", "2015-06-01", "person:jaber-al-mubarak-al-hamad-al-sabah"),
     ("the Moroccan prime minister", "2005-06-01", "person:driss-jettou"),
     ("the Tanzanian prime minister", "2010-06-01", "person:mizengo-pinda")],
)  # fmt: skip
def test_office_words_find_the_new_holders(kb: KnowledgeBase, text: str, day: str, kb_id: str) -> None:
    assert phrase_one(kb, text, day).kb_id == kb_id


def test_every_drafted_role_goes_to_the_blind_check() -> None:
    import yaml

    from kbchecks import KB_DIR

    drafted = yaml.safe_load((KB_DIR / "persons_2026_session17.yaml").read_text(encoding="utf-8"))
    rows = check_rows("persons_2026_session17_check_input.tsv")
    assert len(rows) == sum(len(p["roles"]) for p in drafted)
    assert set(rows[0]) == {"id", "name", "country", "title"}  # no dates: the check is blind
    text = (KB_DIR / "persons_2026_session17.yaml").read_text(encoding="utf-8")
    assert text.count("}  # drafted 2026-12-04") == len(rows)
