"""Actors, branch actors47 (phrases written for these tests): a known person named right after the place or body
of a title's "for" / "to" modifier is the title's holder (kb/resolve.py, PhraseResolver._apposed_holder; a full
name after a place name is not read as a given name, kb/names.py); name words written two more ways
(data/kb/spellings.yaml: Mahmood / Mehmood, "-ii" / "-iy"); and the people and bodies of civil society, the
courts and the rebellions that the knowledge base lacked (persons_2026_actors47.yaml, organizations.yaml),
held to their second check."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kbchecks import assert_orgs_agree, assert_roles_checked


def _one(kb: Any, phrase: str, day: str) -> tuple[str | None, str | None, str | None]:
    refs = kb.resolve_phrase(phrase, dt.date.fromisoformat(day))
    assert len(refs) == 1, refs
    return refs[0].kb_id, refs[0].country, refs[0].sector


# -- a person in apposition after a title's "for" / "to" modifier --------------------------------------------


def test_an_envoy_for_a_country_named_with_the_person_is_the_person(kb: Any) -> None:
    assert _one(kb, "the UN envoy for Yemen Martin Griffiths", "2019-03-02")[0] == "person:martin-griffiths"
    assert _one(kb, "U.N. special envoy for Syria Staffan de Mistura", "2016-02-11")[0] == "person:staffan-de-mistura"


def test_a_national_envoy_named_with_the_person_is_the_person_of_that_country(kb: Any) -> None:
    kb_id, country, _ = _one(kb, "U.S. special envoy for Afghanistan Zalmay Khalilzad", "2019-08-20")
    assert kb_id is not None and kb_id.startswith("person:") and "khalilzad" in kb_id
    assert country == "USA"


def test_a_title_for_a_place_with_no_person_stays_the_title(kb: Any) -> None:
    kb_id, country, sector = _one(kb, "the U.S. special envoy for Afghanistan", "2019-08-20")
    assert (kb_id, country, sector) == ("country:USA", "USA", "GOV")


def test_a_person_after_of_is_not_the_titles_holder(kb: Any) -> None:
    # "the envoy of X" is X's envoy; the rule reads only "for" and "to"
    refs = kb.resolve_phrase("a special envoy of Syria", dt.date(2016, 2, 11))
    assert all(not (r.kb_id or "").startswith("person:") for r in refs)


# -- name words written two more ways ------------------------------------------------------------------------


def test_mahmood_is_mehmood(kb: Any) -> None:
    kb_id, country, _ = _one(kb, "Foreign Minister Shah Mahmood Qureshi", "2019-03-01")
    assert (kb_id, country) == ("person:shah-mehmood-qureshi", "PAK")


def test_a_ukrainian_ii_is_also_written_iy(kb: Any) -> None:
    kb_id, country, sector = _one(kb, "General Valeriy Zaluzhnyi", "2022-03-01")
    assert (kb_id, country, sector) == ("person:valerii-zaluzhnyi", "UKR", "MIL")


# -- civil society, courts and rebellions ---------------------------------------------------------------------


def test_journalists_unionists_judges_and_campaigners_have_their_country(kb: Any) -> None:
    assert _one(kb, "Chief Justice David Maraga", "2019-05-01")[1:] == ("KEN", "JUD")
    assert _one(kb, "miners' leader Arthur Scargill", "1984-06-18")[1:] == ("GBR", "LAB")
    assert _one(kb, "Russian journalist Anna Politkovskaya", "2004-09-01")[1:] == ("RUS", "MED")
    assert _one(kb, "Pakistani schoolgirl Malala Yousafzai", "2013-07-12")[1:] == ("PAK", "CVL")
    assert _one(kb, "JEM leader Khalil Ibrahim", "2009-02-17")[1:] == ("SDN", "REB")


def test_a_role_ended_keeps_the_country(kb: Any) -> None:
    # after a journalist's death the name still names the person of that country (a former holder: ELI)
    assert _one(kb, "Khashoggi", "2019-06-19")[1:] == ("SAU", "ELI")


def test_opposition_leader_and_minister_are_told_apart_by_date(kb: Any) -> None:
    assert _one(kb, "Kemi Badenoch", "2023-06-01")[1:] == ("GBR", "GOV")
    assert _one(kb, "Conservative leader Kemi Badenoch", "2025-02-01")[1:] == ("GBR", "OPP")


def test_new_bodies_have_their_home_country(kb: Any) -> None:
    assert _one(kb, "the satirical weekly Charlie Hebdo", "2015-01-07")[1:] == ("FRA", "MED")
    assert _one(kb, "the rights group Viasna", "2021-07-14")[1:] == ("BLR", "NGO")
    assert _one(kb, "the Al Wefaq opposition group", "2012-04-20")[1:] == ("BHR", "OPP")
    assert _one(kb, "the Forces Nouvelles rebels", "2004-11-06")[1:2] == ("CIV",)


def test_the_additions_agree_with_their_second_check(kb: Any) -> None:
    assert_roles_checked("persons_2026_actors47_selfcheck.tsv", "persons_2026_actors47.yaml")
    assert_orgs_agree(kb, "organizations_actors47_check.tsv", 44)


# -- a demand for a named person's release is made to the captors (code/toldbefore.released_only) ------------


def _request(pipeline: Any, text: str, pub: str) -> list[str | None]:
    from coding import code_on

    evs = [e for e in code_on(pipeline, text, pub) if e.event == "REQUEST"]
    assert evs, text
    return sorted({r.country for r in evs[0].recipient}, key=str)


def test_demanding_her_release_is_aimed_at_her_captors(pipeline: Any) -> None:
    # the pronoun is known (the executive), but she is the one released, not the one asked
    text = (
        "Canadian police have arrested the chief financial officer of Huawei, Meng Wanzhou, in Vancouver, "
        "and China demanded her immediate release."
    )
    assert _request(pipeline, text, "2018-12-06") == ["CAN"]


def test_demanding_their_release_after_a_seizure_is_aimed_at_the_captors(pipeline: Any) -> None:
    text = "Iranian guards seized two British sailors on Friday, and London demanded their release."
    assert _request(pipeline, text, "2019-03-01") == ["IRN"]
