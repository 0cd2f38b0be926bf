"""Names that must not match, of kinds the earlier trap sets had few of (actor34 session, issue 12 item 3):
the project's own dated set (tests/data/own_traps34.tsv, written from general knowledge, not from any gold or
probe set; tests/data/own_traps34.md) scored with a floor, and each mechanism beside a real look-alike:

* a currency after a demonym, a place name or a place's possessive ("the Russian rouble", "Turkey's
  currency") and an illness named after a place ("Japanese encephalitis") are things, not the state
  (data/kb/name_context.yaml ``currencies``, ``thing_heads``);
* "speakers" after a capitalised word are speakers of a language, not parliament speakers, and a demonym
  before them is the language ("Russian speakers in Estonia" -> EST); a language's demonym after another
  country's demonym is a language or a linguistic group of that country ("a Swiss German banker" -> CHE);
* a demonym that styles a local institution ("the American University of Beirut") yields to the place after
  "of"/"in"; a place inside a name that a demonym opens ("the Norwegian Helsinki Committee") is its subject
  (kb/name_parts.py), and so is a place inside a military operation's name ("Operation Iraqi Freedom");
* a building named after a ruler with a regnal number ("the Hassan II Mosque") is no person, and a club's
  name before its city ("Galatasaray Istanbul") no country (``named_after_heads``, ``club_words``);
* the central banks named "Bank of X" are the state (GOV), the commercial banks of that pattern are not
  (scripts/build_countries.py, which also makes Dubai a region of the UAE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import phrase_refs
from newsevents.evaluate.probes import score_actor_probes
from newsevents.kb import KnowledgeBase

DATA = Path(__file__).parent / "data"
DAY = "2015-06-01"


def _countries(kb: KnowledgeBase, text: str, day: str = DAY) -> set[str | None]:
    return {r.country for r in phrase_refs(kb, text, day)}


def _pairs(kb: KnowledgeBase, text: str, day: str = DAY) -> set[tuple[str | None, str | None]]:
    return {(r.country, r.sector) for r in phrase_refs(kb, text, day)}


def test_own_trap_set_floor(kb: KnowledgeBase) -> None:
    s = score_actor_probes(DATA / "own_traps34.tsv", kb.resolve_phrase)
    assert s.traps[1] >= 260 and s.real[1] >= 210
    # with the code before this session: traps 214/263 = 0.814, real 210/213 = 0.986;
    # at the session's end: traps 260/263 = 0.989, real 211/213 = 0.991
    assert s.share("traps") >= 0.98, "\n".join(s.wrong)
    assert s.share("real") >= 0.98, "\n".join(s.wrong)


@pytest.mark.parametrize(
    "thing",
    [
        "the Russian rouble",
        "the Kenyan shilling",
        "the South African rand",
        "Russia's rouble",
        "Turkey's currency",
        "Japanese encephalitis",
        "the Chinese virus",
    ],
)
def test_currencies_and_illnesses_are_things(kb: KnowledgeBase, thing: str) -> None:
    assert _countries(kb, thing) <= {None}, thing


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("the Turkish central bank", ("TUR", "GOV")),
        ("Russia's central bank", ("RUS", "GOV")),
        ("Japanese health officials", ("JPN", "GOV")),
        ("Kenyan officials", ("KEN", "GOV")),
    ],
)
def test_the_state_beside_them_stays(kb: KnowledgeBase, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(kb, text), text


def test_speakers_of_a_language(kb: KnowledgeBase) -> None:
    assert _pairs(kb, "Russian speakers in Estonia") == {("EST", None)}
    assert _pairs(kb, "Kurdish speakers in Turkey") == {("TUR", None)}
    assert phrase_refs(kb, "Arabic speakers", DAY) == []
    # the singular is the speaker of a parliament; a demonym before a sector word stays
    assert _pairs(kb, "the Iraqi speaker") == {("IRQ", "LEG")}
    assert _pairs(kb, "Russian diplomats in Estonia") == {("RUS", "GOV")}


def test_a_language_after_a_demonym(kb: KnowledgeBase) -> None:
    assert _countries(kb, "a Swiss German banker") == {"CHE"}
    assert _countries(kb, "Canadian French speakers") == {"CAN"}
    assert _countries(kb, "German bankers") == {"DEU"}
    assert _countries(kb, "Germans in Afghanistan", "2010-06-01") == {"DEU"}  # a plural keeps its country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the American University of Beirut", "LBN"),
        ("the German University in Cairo", "EGY"),
        ("the American Hospital of Paris", "FRA"),
        ("the British School of Kuwait", "KWT"),
        ("the British University in Dubai", "ARE"),  # a region of the country
    ],
)
def test_an_institution_abroad_is_of_its_place(kb: KnowledgeBase, text: str, country: str) -> None:
    assert _countries(kb, text) == {country}, text


def test_a_demonym_before_other_words_stays(kb: KnowledgeBase) -> None:
    assert _countries(kb, "the American embassy in Beirut") == {"USA"}
    assert _countries(kb, "the American University in Washington") == {"USA"}
    assert _pairs(kb, "the US ambassador in Beirut") == {("USA", "GOV")}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the American Israel Public Affairs Committee", "USA"),
        ("the Norwegian Helsinki Committee", "NOR"),
        ("the Israeli Gaza Division", "ISR"),
        ("the British Kenya Society", "GBR"),
        ("the Dutch East India Company", "NLD"),  # a compass word between
    ],
)
def test_a_place_inside_a_demonyms_name_is_its_subject(kb: KnowledgeBase, text: str, country: str) -> None:
    assert _countries(kb, text) == {country}, text


def test_a_place_of_the_same_country_or_a_list_stays(kb: KnowledgeBase) -> None:
    assert _countries(kb, "the Iraqi Kurdistan Regional Government") == {"IRQ"}
    assert _countries(kb, "Israeli and Palestinian officials") == {"ISR", "PSE"}
    assert _countries(kb, "Israeli troops in Gaza", "2014-07-20") == {"ISR"}


def test_a_military_operations_name(kb: KnowledgeBase) -> None:
    assert phrase_refs(kb, "Operation Iraqi Freedom", "2003-03-20") == []
    assert _countries(kb, "Operation Restore Hope in Somalia", "1993-01-01") == {"SOM"}  # the place after "in"


def test_named_after_a_ruler_and_clubs(kb: KnowledgeBase) -> None:
    assert not any((r.kb_id or "").startswith("person:") for r in phrase_refs(kb, "the Hassan II Mosque", DAY))
    assert any((r.kb_id or "").startswith("person:") for r in phrase_refs(kb, "King Hassan II", "1995-06-01"))
    assert _countries(kb, "Galatasaray Istanbul") <= {None}
    assert _countries(kb, "Maccabi Tel Aviv") <= {None}
    assert _pairs(kb, "Istanbul police") == {("TUR", "COP")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("the Bank of Korea", ("KOR", "GOV")),
        ("the Bank of Israel", ("ISR", "GOV")),
        ("the National Bank of Ukraine", ("UKR", "GOV")),
        ("the Riksbank", ("SWE", "GOV")),
        # banks of the same pattern that are businesses
        ("the Bank of Ireland", ("IRL", "BUS")),
        ("the Bank of Cyprus", ("CYP", "BUS")),
        ("the National Bank of Greece", ("GRC", "BUS")),
    ],
)
def test_central_banks_are_the_state(kb: KnowledgeBase, text: str, pair: tuple[str, str]) -> None:
    assert _pairs(kb, text) == {pair}, text
