"""Tests for the PETRARCH/TABARI dictionary importers (newsevents.kb.petrarch) on files of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.kb import KBError, KnowledgeBase
from newsevents.kb.petrarch import parse_actors, parse_agents, petrarch_name

DATA = Path(__file__).resolve().parent / "data"
ACTORS = DATA / "sample.actors"
AGENTS = DATA / "sample.agents"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load([ACTORS, AGENTS])


def codes(kb: KnowledgeBase, text: str, on_date: dt.date | None = None) -> list[str | None]:
    return [a.code for a in kb.resolve_phrase(text, on_date)]


def test_names() -> None:
    assert petrarch_name("ASHRAF_GHANI_") == "Ashraf Ghani"
    assert petrarch_name("+KASSYM-JOMART_TOKAYEV_") == "Kassym-Jomart Tokayev"
    assert petrarch_name("NATO_") == "NATO"


def test_parse_actors_entries_synonyms_and_dates() -> None:
    parsed = parse_actors(ACTORS.read_text(encoding="utf-8"))
    first = parsed.actors[0]
    assert first.names == ["Zarko Velanic", "Velanic", "President Zarko Velanic"]
    assert [(c.code, c.start, c.end) for c in first.codes] == [
        ("TJKGOV", dt.date(2015, 3, 1), dt.date(2020, 8, 15)),
        ("TJKOPP", dt.date(2020, 8, 16), None),
    ]
    second = parsed.actors[1]
    assert (second.codes[0].start, second.codes[0].end) == (None, dt.date(2012, 12, 31))
    assert [a.names[0] for a in parsed.actors] == ["Zarko Velanic", "Mirela Ostova", "Amber Valley Front", "Tajikistan"]


def test_date_restricted_codes_resolve_by_date(kb: KnowledgeBase) -> None:
    assert codes(kb, "President Zarko Velanic", dt.date(2018, 1, 1)) == ["TJKGOV"]
    assert codes(kb, "Velanic", dt.date(2021, 1, 1)) == ["TJKOPP"]
    (before,) = kb.resolve_phrase("Velanic", dt.date(2014, 1, 1))
    assert (before.country, before.sector) == ("TJK", None)


def test_igo_code_role_uses_the_known_organisation(kb: KnowledgeBase) -> None:
    assert codes(kb, "Ostova", dt.date(2010, 6, 1)) == ["KGZGOV"]
    (igo,) = kb.resolve_phrase("Ostova", dt.date(2014, 6, 1))
    assert (igo.sector, igo.country) == ("IGO", None)
    assert igo.code == kb.orgs["sco"].code  # [IGOSCO] is the built-in SCO


def test_undated_code_is_an_organisation_and_bare_country_code_adds_aliases(kb: KnowledgeBase) -> None:
    (avf,) = kb.resolve_phrase("AVF fighters")
    assert (avf.code, avf.country, avf.sector) == ("TJKREBAVF", "TJK", "REB")
    assert codes(kb, "Amber Front") == ["TJKREBAVF"]
    assert codes(kb, "Tojikiston") == ["TJK"]
    assert kb.country("TJK").demonyms  # type: ignore[union-attr]  # the rest of the row is kept


def test_parse_agents_substitutions_plurals_and_synonyms() -> None:
    parsed = parse_agents(AGENTS.read_text(encoding="utf-8"))
    by_code = {}
    for a in parsed.agents:
        by_code.setdefault(a.code, []).extend(a.words)
    assert {"water minister", "water ministry", "grand vizier", "high vizier"} <= set(by_code["GOV"])
    assert {"bargeman", "bargemen", "boatman", "ferryman"} <= set(by_code["CVL"])
    assert by_code["ORA"] == ["dream oracle"]
    assert [line for line, _ in parsed.ignored] == [12]  # the unsupported <ADJ> tag


def test_agents_extend_sectors(kb: KnowledgeBase) -> None:
    assert codes(kb, "the Kazakh water minister") == ["KAZGOV"]
    assert codes(kb, "Tajik hill rangers") == ["TJKMIL"]
    assert codes(kb, "the grand vizier of Uzbekistan") == ["UZBGOV"]
    assert codes(kb, "ferrymen") == ["CVL"]  # regular plural added by the loader
    assert codes(kb, "dream oracles") == ["ORA"]  # a new sector
    assert KnowledgeBase.default().resolve_phrase("dream oracles") == []  # the default KB is untouched


def test_bad_petrarch_files_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.actors"
    bad.write_text("SOMEONE_ [USAGOV 991399-000101]\n", encoding="utf-8")
    with pytest.raises(KBError, match="bad date"):
        KnowledgeBase.load([bad])
    nocode = tmp_path / "nocode.actors"
    nocode.write_text("SOMEONE_\n+ALIAS_\n", encoding="utf-8")
    with pytest.raises(KBError, match="has no"):
        KnowledgeBase.load([nocode])
    orphan = tmp_path / "orphan.actors"
    orphan.write_text("+ALIAS_\n", encoding="utf-8")
    with pytest.raises(KBError, match="synonym before"):
        KnowledgeBase.load([orphan])
