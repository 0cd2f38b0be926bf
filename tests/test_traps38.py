"""Names that must not match and real actors the resolver missed, of kinds no earlier own set had (actor38
session, issue 12): the project's own dated set (tests/data/own_traps38.tsv, written from general knowledge,
not from any gold or probe set; tests/data/own_traps38.md) scored with a floor, and each mechanism on phrases
written for these tests, beside a real look-alike that must stay:

* a work's title after a lower-case work word ("the film Nixon", "the song Zimbabwe"): no actor
  (data/kb/name_context.yaml ``work_heads``; kb/name_parts.py ``work_titles``);
* another regnal number ("King Charles I" is not Charles III; "Pope Francis I" is Francis) (``other_regnal``);
* a place named after a person ("the town of Turkmenbashi") (``settlement_words``, ``named_place_of``);
* a thing named after a state or people: an anthem, a stock index, a national day or new year ("the Russian
  anthem", "the Mexican IPC index", "Pakistani Independence Day") (``thing_heads``, ``event_heads``);
* a plan or a report named after its author ("the Kerry plan") (``named_after_heads``);
* transliterations the press used ("Husni Mubarak", "Nursultan Nazarbaev", "Mahmoud Ahmadinezhad")
  (data/kb/spellings.yaml ``groups``, ``endings``);
* cartels named after their city or state, the Sadrists, Russia's republics, a daughter whose full name ends
  in her father's ("Maryam Nawaz Sharif") (organizations.yaml, subdivisions.yaml, persons_2026_actors38.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import phrase_refs
from kbchecks import assert_roles_checked
from newsevents.evaluate.probes import score_actor_probes
from newsevents.kb import KnowledgeBase

DATA = Path(__file__).parent / "data"


def _pairs(kb: KnowledgeBase, text: str, day: str) -> set[tuple[str | None, str | None]]:
    return {(r.country, r.sector) for r in phrase_refs(kb, text, day)}


def _names(kb: KnowledgeBase, text: str, day: str) -> list[str | None]:
    return [r.name for r in phrase_refs(kb, text, day)]


def test_own_trap_set_floor(kb: KnowledgeBase) -> None:
    s = score_actor_probes(DATA / "own_traps38.tsv", kb.resolve_phrase)
    assert s.traps[1] >= 123 and s.real[1] >= 148
    # with the code before this session: real 133/148 = 0.899, traps 99/123 = 0.805;
    # at the session's end: real 148/148, traps 115/123 = 0.935 (titles with no work word, "the U.S.-Mexico
    # border", "national anthem", where "national" is a sector word, and "King Abdullah I", read as the Saudi
    # King Abdullah, whose names hold no numeral, are left)
    assert s.share("traps") >= 0.93, "\n".join(s.wrong)
    assert s.share("real") >= 0.99, "\n".join(s.wrong)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the film Nixon", "1996-01-01"),
        ("the song Zimbabwe", "1985-06-01"),
        ("the documentary Mugabe and the White African", "2010-06-01"),
    ],
)
def test_a_works_title_names_no_actor(kb: KnowledgeBase, text: str, day: str) -> None:
    assert phrase_refs(kb, text, day) == [], text


def test_a_work_word_before_a_lower_case_word_keeps_the_actor(kb: KnowledgeBase) -> None:
    assert ("IRN", None) in _pairs(kb, "Iranian film censors", "2010-06-01")


@pytest.mark.parametrize(("text", "day"), [("King Charles I", "2023-06-01"), ("Queen Margrethe I", "2000-06-01")])
def test_another_regnal_number_is_another_monarch(kb: KnowledgeBase, text: str, day: str) -> None:
    assert phrase_refs(kb, text, day) == [], text


def test_the_own_regnal_number_and_a_sole_monarchs_i_stay(kb: KnowledgeBase) -> None:
    assert _names(kb, "King Charles III", "2023-06-01") == ["King Charles III"]
    assert _names(kb, "Pope Francis I", "2013-03-20") == ["Pope Francis"]
    assert _names(kb, "King Baudouin I", "1990-06-01") == ["King Baudouin"]


def test_a_place_named_after_a_person(kb: KnowledgeBase) -> None:
    assert phrase_refs(kb, "the town of Turkmenbashi", "2005-06-01") == []
    assert _names(kb, "Turkmenbashi", "2005-06-01") == ["Saparmurat Niyazov"]  # his title, alone


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the Russian anthem", "2015-06-01"),
        ("the Mexican IPC index", "2015-06-01"),
        ("Pakistani Independence Day", "2015-08-14"),
        ("the Kerry plan", "2014-01-01"),
        ("the Kerry report", "2014-01-01"),
    ],
)
def test_a_thing_named_after_a_state_or_a_person(kb: KnowledgeBase, text: str, day: str) -> None:
    assert phrase_refs(kb, text, day) == [], text


def test_the_actors_beside_them_stay(kb: KnowledgeBase) -> None:
    assert _pairs(kb, "Russian Orthodox priests", "2015-06-01") == {("RUS", "REL")}
    assert _pairs(kb, "the Mexican Interior Ministry", "2015-06-01") == {("MEX", "GOV")}
    assert _pairs(kb, "Danish Web sites", "2015-06-01") == {("DNK", "MED")}
    assert _pairs(kb, "the Swiss Federal Council", "2015-06-01") == {("CHE", "GOV")}  # a known body since actors49
    assert _names(kb, "Kerry", "2014-01-01") == ["John Kerry"]


@pytest.mark.parametrize(
    ("text", "day", "name"),
    [
        ("Husni Mubarak", "1995-06-01", "Hosni Mubarak"),
        ("Nursultan Nazarbaev", "1997-06-01", "Nursultan Nazarbayev"),
        ("Mahmoud Ahmadinezhad", "2007-06-01", "Mahmoud Ahmadinejad"),
        ("Libyan leader Moammar Khadafy", "1986-04-15", "Muammar Gaddafi"),
    ],
)
def test_transliterations(kb: KnowledgeBase, text: str, day: str, name: str) -> None:
    assert _names(kb, text, day) == [name]


@pytest.mark.parametrize(
    ("text", "day", "pair"),
    [
        ("the Cali cartel", "1994-06-01", ("COL", "CRM")),
        ("the Sinaloa cartel", "2015-06-01", ("MEX", "CRM")),
        ("the Sadrists", "2022-06-01", ("IRQ", "OPP")),
        ("Bashkortostan police", "2010-06-01", ("RUS", "COP")),
        ("Punjab Chief Minister Maryam Nawaz", "2024-06-01", ("PAK", "GOV")),
    ],
)
def test_real_actors_the_resolver_missed(kb: KnowledgeBase, text: str, day: str, pair: tuple[str, str]) -> None:
    assert _pairs(kb, text, day) == {pair}, text


def test_a_daughter_is_not_her_father(kb: KnowledgeBase) -> None:
    assert _names(kb, "Maryam Nawaz Sharif", "2018-07-06") == ["Maryam Nawaz"]
    assert _names(kb, "Nawaz Sharif", "2018-07-06") == ["Nawaz Sharif"]
    assert_roles_checked("persons_2026_actors38_selfcheck.tsv", "persons_2026_actors38.yaml")


@pytest.mark.parametrize(
    ("text", "day", "name", "pair"),
    [
        ("Chile's Constitutional Tribunal", "2022-06-01", "Constitutional Tribunal", ("CHL", "JUD")),
        ("Pakistan's Supreme Court", "2017-07-28", "Supreme Court", ("PAK", "JUD")),
        ("Kenya's Supreme Court", "2017-09-01", "Supreme Court", ("KEN", "JUD")),
        ("Germany's Social Democratic Party", "2021-09-26", "Social Democratic Party", ("DEU", "PTY")),
    ],
)
def test_a_named_institution_of_a_state_takes_its_name(
    kb: KnowledgeBase, text: str, day: str, name: str, pair: tuple[str, str]
) -> None:
    refs = phrase_refs(kb, text, day)
    assert [(r.name, (r.country, r.sector)) for r in refs] == [(name, pair)], text


def test_an_institution_word_alone_or_a_known_body_keeps_its_actor(kb: KnowledgeBase) -> None:
    assert _pairs(kb, "the Supreme Court", "2017-01-01") == {(None, "JUD")}
    assert _names(kb, "the UN Security Council", "2017-01-01") == ["United Nations Security Council"]
    assert _names(kb, "the Iraqi Governing Council", "2004-01-01") == ["Iraq"]  # no sector: no institution named


@pytest.mark.parametrize(
    ("text", "day", "pair"),
    [
        ("Fine Gael", "2011-03-01", ("IRL", "PTY")),
        ("the Sweden Democrats", "2022-09-11", ("SWE", "PTY")),
        ("Kenya's Orange Democratic Movement", "2013-03-04", ("KEN", "PTY")),
        ("the Stasi", "1988-06-01", ("DEU", "SPY")),
        ("Acting Homeland Security Secretary Chad Wolf", "2020-06-01", ("USA", "GOV")),
    ],
)
def test_parties_and_services_in_the_news(kb: KnowledgeBase, text: str, day: str, pair: tuple[str, str]) -> None:
    assert _pairs(kb, text, day) == {pair}, text


def test_a_country_as_a_given_name_of_a_known_person(kb: KnowledgeBase) -> None:
    assert _names(kb, "Chad Wolf", "2020-06-01") == ["Chad Wolf"]
    assert _pairs(kb, "Chad", "2020-06-01") == {("TCD", None)}
