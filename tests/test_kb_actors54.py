"""Actors, branch actors54 (phrases written for these tests): a company's legal form after its one-word name
("Moderna Inc."; data/kb/name_context.yaml ``company_suffixes``, kb/names._keep), the members of an organisation
of the head's country ("Colombian guerrillas of the FARC"; kb/resolve.PhraseResolver._members_of), and the
persons and bodies of persons_2026_actors54.yaml and organizations.yaml's actors54 section."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kbchecks import assert_orgs_agree, assert_roles_checked


def _refs(kb: Any, phrase: str, day: str = "2012-05-01") -> list[tuple[str | None, str | None, str | None]]:
    return [(r.kb_id, r.country, r.sector) for r in kb.resolve_phrase(phrase, dt.date.fromisoformat(day))]


# -- a company's legal form ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["Moderna Inc.", "Moderna Inc", "shares of Moderna Ltd", "Moderna Holdings"])
def test_a_legal_form_after_a_company_name_is_part_of_it(kb: Any, phrase: str) -> None:
    assert _refs(kb, phrase) == [("org:moderna", "USA", "BUS")]


def test_a_legal_form_keeps_the_company_of_a_longer_alias(kb: Any) -> None:
    assert _refs(kb, "Wirecard AG") == [("org:wirecard", "DEU", "BUS")]


def test_a_legal_form_is_no_part_of_an_armed_group_name_nor_after_a_stranger(kb: Any) -> None:
    assert not any(kb_id == "org:hamas" for kb_id, _, _ in _refs(kb, "Hamas Holdings"))
    assert not any(kb_id == "org:moderna" for kb_id, _, _ in _refs(kb, "Peter Moderna Inc"))


# -- members of an organisation of the head's country ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "org", "country"),
    [
        ("Colombian guerrillas of the FARC", "org:farc", "COL"),
        ("Lebanese gunmen of Hezbollah", "org:hezbollah", "LBN"),
        ("Somali militants of al-Shabaab", "org:al-shabaab", "SOM"),
    ],
)
def test_a_country_group_of_its_own_organisation_is_the_organisation(
    kb: Any, phrase: str, org: str, country: str
) -> None:
    assert _refs(kb, phrase) == [(org, country, "REB")]


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Turkish fighters of Hezbollah", "TUR"), ("Kenyan soldiers of the UN force", "KEN")],
)
def test_a_group_of_another_country_organisation_keeps_its_country(kb: Any, phrase: str, country: str) -> None:
    assert [c for _, c, _ in _refs(kb, phrase)] == [country]


# -- the knowledge added ---------------------------------------------------------------------------------------------


def test_a_church_leader_is_of_his_church_country_while_in_office(kb: Any) -> None:
    assert _refs(kb, "Patriarch Sfeir", "1993-02-10") == [("person:nasrallah-boutros-sfeir", "LBN", "REL")]
    assert _refs(kb, "Catholicos Karekin II", "2008-03-01") == [("person:karekin-ii", "ARM", "REL")]


def test_a_pope_before_his_election_is_of_his_archdiocese(kb: Any) -> None:
    assert _refs(kb, "Cardinal Bergoglio", "2007-09-01") == [("person:pope-francis", "ARG", "REL")]
    assert _refs(kb, "Pope Francis", "2016-09-01") == [("person:pope-francis", "VAT", "REL")]


def test_an_insurgent_group_that_became_a_party(kb: Any) -> None:
    assert _refs(kb, "the JVP", "1988-11-01") == [("org:jvp", "LKA", "REB")]
    assert _refs(kb, "the JVP", "2019-11-01") == [("org:jvp", "LKA", "PTY")]


def test_the_additions_agree_with_their_second_check(kb: Any) -> None:
    assert_roles_checked("persons_2026_actors54_selfcheck.tsv", "persons_2026_actors54.yaml")
    assert_orgs_agree(kb, "organizations_actors54_check.tsv", 21)
