"""Names that must not match, of kinds no earlier trap set had (actor36 session, issue 12 item 3): the
project's own dated set (tests/data/own_traps36.tsv, written from general knowledge, not from any gold or
probe set; tests/data/own_traps36.md) scored with a floor, and each mechanism beside a real look-alike:

* an event named after a place or a people: a war, a revolution, a vote, a round of talks or a time zone
  after a place or a demonym ("the Syrian civil war", "the Kenyan election", "the Doha round", "Moscow
  time"), an attack or a disaster after a place name ("the Lockerbie bombing"): no actor
  (data/kb/name_context.yaml ``event_nouns``, ``place_event_nouns``; kb/name_parts.py);
* a town located by its region ("Paris, Texas", "the town of China, Maine"): a location, no actor;
* an office on a day nobody held it: a state that had ended ("the Soviet leader" in 1995, already in
  former_states.yaml, which now names nobody instead of the successor state) or an office abolished, not yet
  created or vacant (data/kb/vacancies.yaml: "the Turkish prime minister" in 2020);
* a person the knowledge base knows for a non-political calling, before any office ("Arnold
  Schwarzenegger" in 1990): a private person, no actor (like a person it does not know);
* an office word as a surname after an unknown given name ("Stephen King", "Alexander Pope"): no office
  (``title_surnames``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import phrase_refs
from kbchecks import assert_roles_checked
from newsevents.evaluate.probes import score_actor_probes
from newsevents.kb import KnowledgeBase

DATA = Path(__file__).parent / "data"


def _countries(kb: KnowledgeBase, text: str, day: str) -> set[str | None]:
    return {r.country for r in phrase_refs(kb, text, day)}


def _pairs(kb: KnowledgeBase, text: str, day: str) -> set[tuple[str | None, str | None]]:
    return {(r.country, r.sector) for r in phrase_refs(kb, text, day)}


def test_own_trap_set_floor(kb: KnowledgeBase) -> None:
    s = score_actor_probes(DATA / "own_traps36.tsv", kb.resolve_phrase)
    assert s.traps[1] >= 135 and s.real[1] >= 114
    # with the code before this session: traps 112/136 = 0.824, real 114/114;
    # at the session's end: traps 133/136 = 0.978, real 114/114 ("the Kosovo conflict", "the Yemeni conflict":
    # "conflict" is left out of the event nouns for the seed's recipient; "the Kursk submarine")
    assert s.share("traps") >= 0.97, "\n".join(s.wrong)
    assert s.share("real") >= 0.99, "\n".join(s.wrong)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the Angolan civil war", "1995-06-01"),
        ("the Somali civil war", "1995-06-01"),
        ("the Sudanese revolution", "2019-06-01"),
        ("the Nigerian presidential election", "2015-03-28"),
        ("the Colombian peace referendum", "2016-10-02"),
        ("the Uruguay round", "1993-12-15"),
        ("Tehran time", "2020-01-08"),
        ("the Mexican Revolution", "2010-11-20"),
        ("the Madrid train bombings", "2004-03-11"),
        ("the Nairobi bombing", "1998-08-07"),
        ("the Andijan massacre", "2005-05-13"),
        ("the Chernobyl disaster", "2016-04-26"),
    ],
)
def test_an_event_named_after_a_place_is_no_actor(kb: KnowledgeBase, text: str, day: str) -> None:
    assert phrase_refs(kb, text, day) == [], text


@pytest.mark.parametrize(
    ("text", "day", "pair"),
    [
        ("the Nigerian election commission", "2015-03-28", ("NGA", "GOV")),  # a modifier of a sector word
        ("the Angolan army", "1995-06-01", ("AGO", "MIL")),
        ("Sudanese protesters", "2019-06-01", ("SDN", None)),
        ("the Russian bombing of Aleppo", "2016-10-01", ("RUS", None)),  # a demonym before an attack: the agent
    ],
)
def test_the_actors_beside_them_stay(kb: KnowledgeBase, text: str, day: str, pair: tuple[str, str | None]) -> None:
    got = _pairs(kb, text, day)
    assert pair in got or (pair[1] is None and pair[0] in {c for c, _ in got}), (text, got)


def test_a_hyphen_compound_before_a_war_is_its_leader(kb: KnowledgeBase) -> None:
    assert "USA" in _countries(kb, "a U.S.-led war on Iraq", "2003-02-15")


@pytest.mark.parametrize(
    "text",
    ["Rome, New York", "Vienna, Virginia", "Kingston, Ontario", "the village of Poland, Ohio", "Sparta, Illinois"],
)
def test_a_town_located_by_its_region_is_no_actor(kb: KnowledgeBase, text: str) -> None:
    assert phrase_refs(kb, text, "2012-06-01") == [], text


def test_a_place_inside_a_longer_phrase_or_a_known_capital_stays(kb: KnowledgeBase) -> None:
    assert _countries(kb, "Kabul, Afghanistan", "2012-06-01") == {"AFG"}
    assert "USA" in _countries(kb, "police in Rome, New York", "2012-06-01")
    assert "USA" in _countries(kb, "a rally in Sparta, Illinois", "2012-06-01")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the Kenyan prime minister", "2000-06-01"),  # no prime minister 1964-2008
        ("the Kenyan prime minister", "2016-06-01"),  # abolished 2013
        ("Iran's prime minister", "2005-06-01"),  # abolished 1989
        ("the Turkish premier", "2023-06-01"),  # abolished 2018
        ("the Afghan president", "2024-06-01"),  # none under the Taliban
        ("the Lebanese president", "2016-01-01"),  # vacant 2014-2016
        ("the King of Nepal", "2015-06-01"),  # monarchy abolished 2008
        ("the British king", "2000-06-01"),  # a queen reigned
        ("the Namibian president", "1988-06-01"),  # before independence
        ("the Soviet president", "1993-06-01"),  # the state had ended
        ("the East German government", "1993-06-01"),
        ("the Yugoslav prime minister", "2007-06-01"),
        ("the Iraqi president", "2003-10-01"),  # from Saddam Hussein's fall to Ghazi al-Yawer
    ],
)
def test_an_office_nobody_held_names_nobody(kb: KnowledgeBase, text: str, day: str) -> None:
    assert phrase_refs(kb, text, day) == [], text


@pytest.mark.parametrize(
    ("text", "day", "name"),
    [
        ("the Kenyan prime minister", "2010-06-01", "Raila Odinga"),
        ("the Lebanese president", "2019-06-01", "Michel Aoun"),
        ("the King of Nepal", "2005-06-01", "King Gyanendra"),
        ("the British king", "2023-06-01", "King Charles III"),
        ("the Namibian president", "1995-06-01", "Sam Nujoma"),
        ("the Soviet president", "1991-06-01", "Mikhail Gorbachev"),
        ("the Turkish prime minister", "2017-06-01", "Binali Yıldırım"),
    ],
)
def test_the_holder_on_either_side_of_the_vacancy(kb: KnowledgeBase, text: str, day: str, name: str) -> None:
    assert [r.name for r in phrase_refs(kb, text, day)] == [name], text


def test_a_vacant_office_is_no_state_act_but_the_state_stays(kb: KnowledgeBase) -> None:
    assert _pairs(kb, "the Afghan government", "2023-06-01") == {("AFG", "GOV")}
    assert _pairs(kb, "the Turkish government", "2020-06-01") == {("TUR", "GOV")}
    # "former": a past holder, not the holder on the day
    assert _pairs(kb, "the former Soviet leader", "1995-06-01") == {("RUS", "ELI")}


def test_a_private_person_before_any_office(kb: KnowledgeBase) -> None:
    assert phrase_refs(kb, "Arnold Schwarzenegger", "1990-06-01") == []
    assert phrase_refs(kb, "boxer Manny Pacquiao", "2005-06-01") == []
    # in office, and after it, the person is the actor
    assert _pairs(kb, "Arnold Schwarzenegger", "2005-06-01") == {("USA", "GOV")}
    assert _pairs(kb, "Arnold Schwarzenegger", "2015-06-01") == {("USA", "ELI")}


@pytest.mark.parametrize(
    "text", ["Alexander Pope", "Ian Bishop", "Gordon Cardinal", "Martin Luther King Jr.", "Ben King"]
)
def test_an_office_word_as_a_surname(kb: KnowledgeBase, text: str) -> None:
    assert phrase_refs(kb, text, "2012-06-01") == [], text


def test_an_office_word_as_a_title_stays(kb: KnowledgeBase) -> None:
    assert [r.name for r in phrase_refs(kb, "the Pope", "2012-06-01")] == ["Pope Benedict XVI"]
    assert _pairs(kb, "Saudi King Abdullah", "2010-06-01") == {("SAU", "GOV")}
    assert _pairs(kb, "Crown Prince Mohammed bin Salman", "2023-06-01") == {("SAU", "GOV")}
    assert _pairs(kb, "the King", "2012-06-01") == {(None, "GOV")}


def test_a_demonym_as_a_surname(kb: KnowledgeBase) -> None:
    assert phrase_refs(kb, "Philip French", "2010-06-01") == []
    assert phrase_refs(kb, "Lauren Welsh", "2010-06-01") == []
    # an adjective after a capitalised first word of a sentence stays
    assert "FRA" in _countries(kb, "Angry French farmers", "2010-06-01")
    assert "GBR" in _countries(kb, "Welsh nationalists", "2010-06-01")


def test_a_title_only_one_namesake_held_names_that_one(kb: KnowledgeBase) -> None:
    # the title before the date: in 2005 "President Clinton" is the former president, not the senator
    assert [(r.name, r.sector) for r in phrase_refs(kb, "President Clinton", "2005-06-01")] == [("Bill Clinton", "ELI")]
    assert [r.name for r in phrase_refs(kb, "Senator Clinton", "2005-06-01")] == ["Hillary Clinton"]
    assert [r.name for r in phrase_refs(kb, "President Kabila", "2010-06-01")] == ["Joseph Kabila"]  # both held it


def test_a_career_between_a_calling_and_an_office(kb: KnowledgeBase) -> None:
    # data/kb/persons_2026_actors36.yaml: the party leader is no private person
    assert _pairs(kb, "Imran Khan", "2005-06-01") == {("PAK", "OPP")}
    assert _pairs(kb, "George Weah", "2016-06-01") == {("LBR", "LEG")}
    assert phrase_refs(kb, "Imran Khan", "1992-03-25") == []  # the cricketer
    assert_roles_checked("persons_2026_actors36_selfcheck.tsv", "persons_2026_actors36.yaml")


def test_a_calling_of_the_other_kind_is_a_namesake(kb: KnowledgeBase) -> None:
    assert phrase_refs(kb, "actor Imran Khan", "2010-06-01") == []  # an actor, not the cricketer
    assert phrase_refs(kb, "the singer George Weah", "2019-06-01") == []
    assert _pairs(kb, "striker George Weah", "2019-06-01") == {("LBR", "GOV")}  # a sport: the footballer


def test_the_parties_to_a_conflict_keep_its_place(kb: KnowledgeBase) -> None:
    # a call on the parties to a country's internal conflict: the recipient phrase read is the conflict's
    assert _countries(kb, "the internal Somali conflict", "2021-08-23") == {"SOM"}
    assert _countries(kb, "the Yemeni conflict", "2019-06-01") == {"YEM"}
