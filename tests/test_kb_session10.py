"""Knowledge base, ninth session (issue 12): the named holder of a title the knowledge base does not know,
private persons and teams after a non-political calling, titles of one country only, and a territory's own
non-state actors before its statehood (examples written for these tests, not taken from the blind sets; the
persons named are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import phrase_one, phrase_refs
from kbchecks import assert_drafted_roles_agree, assert_orgs_agree
from newsevents.kb import KnowledgeBase

KB_DIR = Path(__file__).parents[1] / "src" / "newsevents" / "data" / "kb"


# -- the named holder of a title ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "sector", "name"),
    [
        ("Peruvian Interior Minister Tomas Velarde", "PER", "GOV", "Tomas Velarde"),
        ("the Ghanaian finance minister Kofi Amankwah", "GHA", "GOV", "Kofi Amankwah"),
        ("Jordanian Information Minister Samir al-Khatib", "JOR", "GOV", "Samir al-Khatib"),
        ("Chilean Defence Minister Gen. Arturo Pena", "CHL", "GOV", "Arturo Pena"),
        ("Mexican army chief Gen. Ramon Ibarra", "MEX", "MIL", "Ramon Ibarra"),
        ("Bolivian police chief Hugo Quiroga", "BOL", "COP", "Hugo Quiroga"),
        ("Chancellor of the Exchequer Tom Ashworth", "GBR", "GOV", "Tom Ashworth"),
        ("Tanaiste Aoife Brennan", "IRL", "GOV", "Aoife Brennan"),
    ],
)
def test_a_name_after_a_title_is_its_holder(kb: KnowledgeBase, text: str, country: str, sector: str, name: str) -> None:
    ref = phrase_one(kb, text, "2013-04-01")
    assert (ref.country, ref.sector, ref.name) == (country, sector, name)
    assert not (ref.kb_id or "").startswith("person:")  # no known person borrowed
    assert "holder" in ref.reason


def test_a_title_without_a_country_keeps_only_the_name(kb: KnowledgeBase) -> None:
    ref = phrase_one(kb, "Deputy Mayor Ilse Brandauer", "2013-04-01")
    assert (ref.country, ref.sector, ref.name) == (None, "GOV", "Ilse Brandauer")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Kenyan Police Service", "Kenya"),  # an institution's name, not a person's
        ("Egyptian Interior Ministry Special Forces", "Egypt"),
        ("the Brazilian foreign minister Tuesday", None),  # a day is no name
        ("Turkish police in Istanbul", "Turkey"),  # a place after a preposition
    ],
)
def test_no_holder_without_a_person_name(kb: KnowledgeBase, text: str, name: str | None) -> None:
    refs = phrase_refs(kb, text, "2013-04-01")
    assert refs and all("holder" not in r.reason for r in refs)
    if name is not None:
        assert refs[0].name == name


def test_a_known_person_stays_the_known_person(kb: KnowledgeBase) -> None:
    ref = phrase_one(kb, "Afghan President Hamid Karzai", "2006-01-01")
    assert ref.kb_id == "person:hamid-karzai" and ref.sector == "GOV"


# -- private persons and teams ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ugandan runner Jacob Tanui", "Jacob Tanui"),
        ("Chilean singer Rosa Ibarra", "Rosa Ibarra"),
        ("the Moroccan striker Youssef Amrani", "Youssef Amrani"),
        ("Norwegian skier Ola Brekke", "Ola Brekke"),
        ("Polish tennis player Anna Kowal", "Anna Kowal"),
    ],
)
def test_a_calling_before_an_unknown_name_is_a_private_person(kb: KnowledgeBase, text: str, name: str) -> None:
    ref = phrase_one(kb, text, "2013-04-01")
    assert (ref.name, ref.country, ref.sector, ref.kb_id) == (name, None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "the Ghana football team",
        "Argentina's national rugby team",
        "the Miss Colombia pageant",
        "the Welsh cricket squad",
    ],
)
def test_a_team_is_not_its_country(kb: KnowledgeBase, text: str) -> None:
    # (eleventh session: "Miss Colombia" is now no place at all, so the pageant may give no actor)
    refs = phrase_refs(kb, text, "2013-04-01")
    assert len(refs) <= 1 and all(r.country is None and r.sector is None for r in refs)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Bolivian strikers", "BOL", "LAB"),  # workers on strike: "striker" as a calling needs a name after it
        ("the Indonesian military team", "IDN", "MIL"),  # no sport word: a team of the state
        ("Kenyan police", "KEN", "COP"),
    ],
)
def test_calling_and_team_words_need_their_context(kb: KnowledgeBase, text: str, country: str, sector: str) -> None:
    refs = phrase_refs(kb, text, "2013-04-01")
    assert any((r.country, r.sector) == (country, sector) for r in refs), refs


# -- a territory before its statehood -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "country", "sector"),
    [
        ("Kosovo Albanian rebels", "1997-05-01", "XKX", "REB"),
        ("ethnic Albanians in Kosovo", "1996-05-01", "XKX", "CVL"),
        ("Eritrean guerrillas", "1988-05-01", "ERI", "REB"),
        ("Kosovo police", "1999-01-10", "SRB", "COP"),  # the state's institutions are the parent state's
        ("Eritrea", "1988-05-01", "ETH", None),
        ("ethnic Serbs in Croatia", "1995-05-01", "HRV", "CVL"),
    ],
)
def test_a_territory_keeps_its_own_people(kb: KnowledgeBase, text: str, day: str, country: str, sector: str) -> None:
    ref = phrase_one(kb, text, day)
    assert (ref.country, ref.sector) == (country, sector)


# -- national branches, union centres, peoples --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [("the Ugandan Red Cross", "UGA"), ("Iraq's Red Crescent", "IRQ"), ("the Lebanese Red Cross", "LBN")],
)
def test_a_movement_named_with_a_country_is_its_national_society(kb: KnowledgeBase, text: str, country: str) -> None:
    ref = phrase_one(kb, text, "2013-04-01")
    assert (ref.country, ref.sector) == (country, "NGO")
    assert ref.kb_id != "org:icrc"


@pytest.mark.parametrize("text", ["the Red Cross", "the International Committee of the Red Cross"])
def test_the_movement_alone_is_international(kb: KnowledgeBase, text: str) -> None:
    assert phrase_one(kb, text, "2013-04-01").country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [("the Malawi Congress of Trade Unions", "MWI"), ("the Uganda Labour Congress", "UGA")],
)  # fmt: skip
def test_a_union_centre_is_labour_not_a_legislature(kb: KnowledgeBase, text: str, country: str) -> None:
    ref = phrase_one(kb, text, "2013-04-01")
    assert (ref.country, ref.sector) == (country, "LAB")


def test_a_congress_is_still_a_legislature(kb: KnowledgeBase) -> None:
    assert phrase_one(kb, "Peru's Congress", "2013-04-01").sector == "LEG"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [("Crimean Tatar leaders", "UKR", "CVL"), ("Jewish settlers in the West Bank", "ISR", "CVL")],
)
def test_peoples_of_one_home(kb: KnowledgeBase, text: str, country: str, sector: str) -> None:
    refs = phrase_refs(kb, text, "2015-04-01")
    assert (refs[0].country, refs[0].sector) == (country, sector)


def test_the_organisations_second_check_agrees_with_the_data(kb: KnowledgeBase) -> None:
    assert_orgs_agree(kb, "organizations_session9_check.tsv", 50)


# -- offices filled as series (persons_2026_session9.yaml) --------------------------------------------------


@pytest.mark.parametrize(
    ("day", "holder"),
    [
        ("1989-10-25", "person:nigel-lawson"),  # the last day before the change
        ("1989-10-27", "person:john-major"),
        ("1993-05-26", "person:norman-lamont"),
        ("2022-09-20", "person:kwasi-kwarteng"),
        ("2022-10-20", "person:jeremy-hunt"),
    ],
)
def test_the_chancellor_of_the_exchequer_on_a_date(kb: KnowledgeBase, day: str, holder: str) -> None:
    assert phrase_one(kb, "the Chancellor of the Exchequer", day).kb_id == holder


def test_a_role_series_on_both_sides_of_a_boundary(kb: KnowledgeBase) -> None:
    assert phrase_one(kb, "Carla Hills", "1992-06-01").sector == "GOV"
    assert phrase_one(kb, "Carla Hills", "1994-06-01").sector == "ELI"  # after her term
    assert phrase_one(kb, "Liu He", "2020-06-01").country == "CHN"
    assert phrase_one(kb, "Vice Premier Liu He", "2020-06-01").kb_id == "person:liu-he"


def test_the_persons_second_check_agrees_with_the_data() -> None:
    assert_drafted_roles_agree("persons_2026_session9_check.tsv", "persons_2026_session9.yaml")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Colonel Major Issa Maiga", "Issa Maiga"),  # ranks are not part of the name
        ("Secretary-General Don Farrow", "Don Farrow"),  # "Don" here is a given name
        ("Uttarakhand Chief Minister Rajalakshmi", "Rajalakshmi"),  # a one-word name
    ],
)
def test_the_holder_name_leaves_ranks_out(kb: KnowledgeBase, text: str, name: str) -> None:
    assert phrase_one(kb, text, "2013-04-01").name == name


@pytest.mark.parametrize(
    "text", ["U.S. Army Rangers", "the Kenyan Navy Seals", "Interior Minister A and Defence Minister B Chol"]
)
def test_units_and_lists_are_no_holder(kb: KnowledgeBase, text: str) -> None:
    assert all("holder" not in r.reason for r in phrase_refs(kb, text, "2013-04-01"))
