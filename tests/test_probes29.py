"""The dated actor classes of the probes29 work (issue 12; docs/knowledge-base.md): bare titles that name an
office's holder (title words, an organisation's own office words, the heads of named state institutions, a
deputy's title that is no office of its head), a title of a person's own role out of its time, a people's armed
forces, organisations whose names held another actor's word, things named after a place, and the probe
scorer's trap rule for a person spelt otherwise. Examples written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kbchecks import assert_drafted_roles_agree, assert_orgs_agree, assert_roles_checked, check_rows
from newsevents.evaluate.probes import score_actor_probes
from newsevents.kb import KnowledgeBase
from newsevents.records import ActorRef


def _refs(kb: KnowledgeBase, phrase: str, day: str) -> list[ActorRef]:
    return kb.resolve_phrase(phrase, dt.date.fromisoformat(day))


def _who(kb: KnowledgeBase, phrase: str, day: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.kb_id, r.country, r.sector) for r in _refs(kb, phrase, day)]


# --- a bare title names the office's holder (offices.yaml titles) --------------------------------------------

TITLES = [
    # the UK's chancellor is its finance minister; a German chancellor stays the head of government
    ("Britain's chancellor", "2005-03-01", "person:gordon-brown", "GBR"),
    ("the German chancellor", "2005-03-01", "person:gerhard-schroeder", "DEU"),
    ("the American Treasury secretary", "2019-05-01", "person:steven-mnuchin", "USA"),
    ("the U.S. attorney general", "2016-03-01", "person:loretta-lynch", "USA"),
    ("the Indian external affairs minister", "2016-03-01", "person:sushma-swaraj", "IND"),
    ("Russia's army chief", "2020-03-01", "person:valery-gerasimov", "RUS"),
    ("the Thai army commander-in-chief", "2012-03-01", "person:prayut-chan-o-cha", "THA"),
    ("the Zimbabwean opposition leader", "2005-03-01", "person:morgan-tsvangirai", "ZWE"),
    ("Nigeria's deputy president", "2019-03-01", "person:yemi-osinbajo", "NGA"),
    ("Kenya's vice president", "2015-03-01", "person:william-ruto", "KEN"),
    ("Zimbabwe's first vice-president", "2015-03-01", "person:emmerson-mnangagwa", "ZWE"),
    # holders added for these words (persons_2026_probes29.yaml)
    ("the German finance minister", "2007-03-01", "person:peer-steinbrueck", "DEU"),
    ("Japan's finance minister", "2019-03-01", "person:taro-aso", "JPN"),
    ("the Russian finance minister", "2005-03-01", "person:alexei-kudrin", "RUS"),
]


@pytest.mark.parametrize(("phrase", "day", "kb_id", "country"), TITLES)
def test_a_bare_title_names_its_holder(kb: KnowledgeBase, phrase: str, day: str, kb_id: str, country: str) -> None:
    refs = _refs(kb, phrase, day)
    assert [(r.kb_id, r.country) for r in refs] == [(kb_id, country)], [r.reason for r in refs]


def test_the_finance_office_has_a_holder_on_each_side_of_a_change(kb: KnowledgeBase) -> None:
    assert _who(kb, "the German finance minister", "2009-10-27")[0][0] == "person:peer-steinbrueck"
    assert _who(kb, "the German finance minister", "2009-10-29")[0][0] == "person:wolfgang-schaeuble"


# --- a deputy's title is another office ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the US deputy secretary of state", "2015-03-01"),  # not Kerry
        ("Kenya's deputy prime minister", "2015-03-01"),
        ("the Chinese vice premier", "2015-03-01"),  # not the premier
    ],
)
def test_a_deputy_title_names_no_holder_of_the_office(kb: KnowledgeBase, phrase: str, day: str) -> None:
    refs = _refs(kb, phrase, day)
    assert refs and not any((r.kb_id or "").startswith("person:") for r in refs), [r.reason for r in refs]


# --- an organisation's own office words -----------------------------------------------------------------------

ORG_OFFICES = [
    ("the WTO chief", "2010-03-01", "person:pascal-lamy"),
    ("the IMF head", "2015-03-01", "person:christine-lagarde"),
    ("the EU foreign policy chief", "2016-03-01", "person:federica-mogherini"),
    ("the WHO director-general", "2019-03-01", "person:tedros-adhanom-ghebreyesus"),
]


@pytest.mark.parametrize(("phrase", "day", "kb_id"), ORG_OFFICES)
def test_an_organisation_office_word_names_its_holder(kb: KnowledgeBase, phrase: str, day: str, kb_id: str) -> None:
    assert [r.kb_id for r in _refs(kb, phrase, day)] == [kb_id]


def test_a_lower_case_word_between_organisation_and_office_is_another_office(kb: KnowledgeBase) -> None:
    # "the UN aid chief" is the emergency relief coordinator, not the secretary-general
    assert _who(kb, "the UN aid chief", "2015-03-01") == [("org:un", None, "IGO")]


def test_an_organisation_and_a_topic_name_its_agencys_head(kb: KnowledgeBase) -> None:
    # "UN" + "nuclear" + an agency word is the alias "UN nuclear watchdog" (the IAEA); "human rights" + "office"
    assert _who(kb, "the UN nuclear chief", "2012-01-01") == [("person:yukiya-amano", None, "IGO")]
    assert _who(kb, "the U.N. human rights chief", "2020-01-01") == [("person:michelle-bachelet", None, "IGO")]


def test_an_organisation_word_names_no_office_of_a_country(kb: KnowledgeBase) -> None:
    assert _who(kb, "the Kenyan chief", "2015-03-01") == [("country:KEN", "KEN", "GOV")]


# --- the head of a named state institution ----------------------------------------------------------------------


def test_the_head_of_a_named_state_institution(kb: KnowledgeBase) -> None:
    assert _who(kb, "the BOJ governor", "2005-03-01") == [("person:toshihiko-fukui", "JPN", "GOV")]
    assert _who(kb, "the Fed chairman", "2000-03-01") == [("person:alan-greenspan", "USA", "GOV")]
    # its deputy, or more words after the head word, is not the head
    assert _who(kb, "the Bank of Japan deputy governor", "2005-03-01")[0][0] == "country:JPN"
    assert _who(kb, "the Fed chairman's remarks", "2000-03-01")[0][0] == "country:USA"


# --- a title of the person's own role out of its time -------------------------------------------------------------


def test_a_title_of_the_persons_own_role_is_no_sector_of_its_own(kb: KnowledgeBase) -> None:
    # "Chief Executive" is also a business word: after her term she is Hong Kong's former chief executive
    assert _who(kb, "Chief Executive Carrie Lam", "2024-03-01") == [("person:carrie-lam", "HKG", "ELI")]


# --- a people's armed forces ---------------------------------------------------------------------------------------


def test_a_peoples_armed_forces_are_no_states(kb: KnowledgeBase) -> None:
    assert _who(kb, "Amhara forces", "2022-03-01") == [("country:ETH", "ETH", "REB")]
    assert _who(kb, "Ethiopian forces", "2022-03-01") == [("country:ETH", "ETH", "MIL")]


# --- organisations whose names held another actor's word -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day", "kb_id", "country", "sector"),
    [
        ("Oromo Liberation Army fighters", "2023-01-01", "org:ola", "ETH", "REB"),  # not the newspaper Libération
        ("the Red Army Faction's founders", "1975-01-01", "org:red-army-faction", "DEU", "REB"),  # not MIL
        ("the Democratic Alliance", "2019-05-08", "org:democratic-alliance-zaf", "ZAF", "PTY"),  # not an IGO
        ("Transdniestrian rebels", "1992-03-01", "country:MDA", "MDA", "REB"),
    ],
)
def test_an_organisation_is_not_a_word_inside_its_name(
    kb: KnowledgeBase, phrase: str, day: str, kb_id: str, country: str, sector: str
) -> None:
    assert _who(kb, phrase, day) == [(kb_id, country, sector)]


def test_a_garment_is_no_protest_movement(kb: KnowledgeBase) -> None:
    assert _who(kb, "yellow vest protesters", "2019-02-01") == [("org:gilets-jaunes", "FRA", "OPP")]
    assert not any(r.country for r in _refs(kb, "a man in a yellow vest", "2019-02-01"))


# --- things named after a place -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase", ["a Norway maple", "Virginia ham", "Brazil walnuts", "Bermuda grass", "a Scotch blanket"]
)
def test_a_thing_named_after_a_place_is_no_actor(kb: KnowledgeBase, phrase: str) -> None:
    assert not any(r.country for r in _refs(kb, phrase, "2010-01-01"))


# --- the trap rule of the probe scorer -------------------------------------------------------------------------

PROBE_HEADER = "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"


def test_a_trap_counts_the_expected_person_spelt_otherwise(tmp_path: Path) -> None:
    f = tmp_path / "a.tsv"
    f.write_text(
        PROBE_HEADER
        + "Premier Jonas Aalvik\t2001-10-07\tNOR\tGOV\tJonas Aalvik\tyes\tthe same person, spelt otherwise\n"
        "Mayor Tomas Brand\t2001-10-07\tNOR\tGOV\tTomas Brand\tyes\tonly a part names another person\n",
        encoding="utf-8",
    )
    aalvik = ActorRef("Jonas Ålvik", "Jonas Ålvik", "NORGOV", "NOR", "GOV", "person:jonas-alvik")
    brand = ActorRef("Brand", "Kari Brand", "NORGOV", "NOR", "GOV", "person:kari-brand")
    refs = {
        "Premier Jonas Aalvik": [aalvik],
        "Jonas Aalvik": [ActorRef("Jonas Aalvik", "Jonas Ålvik", "NORGOV", "NOR", "GOV", "person:jonas-alvik")],
        "Mayor Tomas Brand": [brand],
        "Tomas Brand": [brand],  # only "Brand" names Kari Brand: not the expected person
    }

    def resolve(text: str, day: dt.date | None) -> list[ActorRef]:
        return refs.get(text, [])

    assert score_actor_probes(f, resolve).traps == (1, 2)


# --- the data's second check ------------------------------------------------------------------------------------------


def test_the_drafted_roles_and_organisations_were_checked(kb: KnowledgeBase) -> None:
    assert_roles_checked("persons_2026_probes29_selfcheck.tsv", "persons_2026_probes29.yaml")
    assert_orgs_agree(kb, "organizations_probes29_check.tsv", 6)


def test_the_blind_check_saw_no_dates_and_agrees_with_every_drafted_role() -> None:
    assert set(check_rows("persons_2026_probes29_check_input.tsv")[0]) == {"id", "name", "country", "title"}
    assert_drafted_roles_agree("persons_2026_probes29_check.tsv", "persons_2026_probes29.yaml")
