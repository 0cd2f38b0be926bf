"""Knowledge base, sixth session (issue 12): names that name a period, a manner or a ship after a
person or a place, and a given name written with a joined particle before a known surname (examples
written for these tests, not taken from the blind sets)."""

from __future__ import annotations

import pytest

from coding import phrase_one, phrase_refs
from newsevents.kb import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Clinton-era welfare rules", "2005-03-01"),  # a period named after a person
        ("the Reagan years", "1995-03-01"),
        ("a Thatcher-style privatisation", "1999-03-01"),  # a manner
        ("Soviet-era missiles", "2003-03-01"),  # a period named after a state
        ("the Soviet era", "2003-03-01"),
        ("a Soviet-style planning office", "1996-03-01"),
        ("USS Abraham Lincoln", "2003-05-01"),  # a ship named after a person
        ("HMS Winston Churchill", "2001-05-01"),
        ("Ahmed al-Rashid Gaddafi", "2011-03-01"),  # another person of that surname
        ("Hamza ad-Din Mubarak", "2008-03-01"),
    ],
)
def test_traps_name_no_known_actor(kb: KnowledgeBase, text: str, day: str) -> None:
    assert phrase_refs(kb, text, day) == []


@pytest.mark.parametrize(
    ("text", "day", "name", "country"),
    [
        ("the Clinton administration", "1996-03-01", "Bill Clinton", "USA"),  # a government: the person
        ("President Reagan", "1985-03-01", "Ronald Reagan", "USA"),
        ("Muammar Gaddafi", "2009-03-01", "Muammar Gaddafi", "LBY"),
        ("Colonel Gaddafi", "2009-03-01", "Muammar Gaddafi", "LBY"),
        ("Egyptian President Hosni Mubarak", "2004-03-01", "Hosni Mubarak", "EGY"),
        ("Prime Minister Nouri al-Maliki", "2010-03-01", "Nouri al-Maliki", "IRQ"),
        ("Syrian President Bashar al-Assad", "2012-03-01", "Bashar al-Assad", "SYR"),
    ],
)
def test_real_actors_stay(kb: KnowledgeBase, text: str, day: str, name: str, country: str) -> None:
    ref = phrase_one(kb, text, day)
    assert (ref.name, ref.country) == (name, country)


def test_soviet_era_leaves_the_sector_word(kb: KnowledgeBase) -> None:
    [ref] = phrase_refs(kb, "Soviet-era tanks", "2003-03-01")
    assert (ref.country, ref.sector) == (None, "MIL")
    assert phrase_one(kb, "Soviet tanks", "1985-03-01").country == "RUS"  # without "-era": the state


def test_an_envoy_role_that_ended(kb: KnowledgeBase) -> None:
    assert phrase_one(kb, "Geir Pedersen", "2024-03-01").sector == "IGO"
    assert phrase_one(kb, "Geir Pedersen", "2026-03-01").sector == "ELI"


def test_a_joined_particle_of_the_persons_own_name(kb: KnowledgeBase) -> None:
    # the name is known as "Zine El Abidine Ben Ali": "el-Abidine" is his own name word, not a stranger's
    ref = phrase_one(kb, "Tunisia's Zine el-Abidine Ben Ali", "2009-06-01")
    assert (ref.name, ref.country, ref.sector) == ("Zine El Abidine Ben Ali", "TUN", "GOV")


@pytest.mark.parametrize(
    "text",
    ["the Australian Open", "the Hungarian Grand Prix", "the Asian Games", "the Spanish Cup", "the British Masters"],
)
def test_a_sports_event_named_after_a_place_is_no_actor(kb: KnowledgeBase, text: str) -> None:
    assert phrase_refs(kb, text, "2015-06-01") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the French Foreign Ministry", "FRA"),  # a capitalised run that ends in no event word
        ("Russian Orthodox priests", "RUS"),
        ("the Indian Army", "IND"),
        ("the British Open University", "GBR"),  # the run ends in "University", not in "Open"
        # (eleventh session: "the Egyptian Olympic Committee", the example here before, is now a sports body
        # of no state: kb/sport.py)
    ],
)
def test_a_demonym_before_other_capitalised_words_stays(kb: KnowledgeBase, text: str, country: str) -> None:
    refs = phrase_refs(kb, text, "2015-06-01")
    assert [r.country for r in refs] == [country]


# -- opposition leaders and dissidents (persons_2026_opposition.yaml): roles on both sides of a date ---


@pytest.mark.parametrize(
    ("text", "day", "name", "country", "sector"),
    [
        ("Congolese opposition leader Etienne Tshisekedi", "2011-12-01", "Étienne Tshisekedi", "COD", "OPP"),
        ("Etienne Tshisekedi", "2018-01-01", "Étienne Tshisekedi", "COD", "ELI"),  # died 2017
        ("Tshisekedi", "2020-01-01", "Félix Tshisekedi", "COD", "GOV"),  # the surname stays the son's
        ("Moise Katumbi", "2012-01-01", "Moïse Katumbi", "COD", "GOV"),  # governor of Katanga
        ("Moise Katumbi", "2018-01-01", "Moïse Katumbi", "COD", "OPP"),
        ("Abdullah Abdullah", "2004-01-01", "Abdullah Abdullah", "AFG", "GOV"),  # foreign minister
        ("Abdullah Abdullah", "2012-01-01", "Abdullah Abdullah", "AFG", "OPP"),
        ("Abdullah Abdullah", "2017-01-01", "Abdullah Abdullah", "AFG", "GOV"),  # chief executive
        ("Cambodian opposition leader Sam Rainsy", "2008-07-01", "Sam Rainsy", "KHM", "OPP"),
        ("Nelson Chamisa", "2011-01-01", "Nelson Chamisa", "ZWE", "GOV"),  # a minister of the unity government
        ("Nelson Chamisa", "2019-01-01", "Nelson Chamisa", "ZWE", "OPP"),
        ("dissident Liu Xiaobo", "2010-10-08", "Liu Xiaobo", "CHN", "OPP"),
    ],
)
def test_opposition_roles(kb: KnowledgeBase, text: str, day: str, name: str, country: str, sector: str) -> None:
    ref = phrase_one(kb, text, day)
    assert (ref.name, ref.country, ref.sector) == (name, country, sector)
