"""Knowledge base, fifth session (issue 12): the mechanisms the fourth blind round's probe misses asked
for — an office word before one name word, an organisation's office, ethnic peoples after another
country's demonym, "<town>, <state>, police", a namesake before "state", a demonym inside a force's
name, imported spellings of curated persons — and the coverage they need (examples written for these
tests, not taken from the blind sets)."""

from __future__ import annotations

import pytest

from coding import phrase_one, phrase_refs
from newsevents.kb import KnowledgeBase
from newsevents.kb.phoenix import _names_curated

_refs = phrase_refs
_one = phrase_one


# -- an office word and one name word: the holder of that office on the date --------------------------


@pytest.mark.parametrize(
    ("text", "day", "name", "country"),
    [
        ("President Jonathan", "2013-02-01", "Goodluck Jonathan", "NGA"),  # a given name is no alias
        ("President Roh", "1991-03-01", "Roh Tae-woo", "KOR"),  # two presidents Roh:
        ("President Roh", "2006-03-01", "Roh Moo-hyun", "KOR"),  # the date decides
        ("President Moreno", "2018-05-01", "Lenín Moreno", "ECU"),
        ("President Aliyev", "1997-01-10", "Heydar Aliyev", "AZE"),  # the alias is his son's
        ("President Aliyev", "2012-01-10", "Ilham Aliyev", "AZE"),
        ("Prime Minister Sharif", "2015-01-10", "Nawaz Sharif", "PAK"),  # three Sharifs, one premier
        ("President Putin", "2004-01-10", "Vladimir Putin", "RUS"),
    ],  # the name already names him
)
def test_office_word_and_a_name_word(kb: KnowledgeBase, text: str, day: str, name: str, country: str) -> None:
    ref = _one(kb, text, day)
    assert (ref.name, ref.country, ref.sector) == (name, country, "GOV")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("President Smith", "2010-01-01"),  # nobody of that name holds a presidency
        ("President Fernandez", "2010-06-01"),  # two presidents Fernández that year (Argentina, Dominican Rep.)
        ("President Jonathan", "2005-01-01"),  # before his presidency: no holder named so
        ("Prime Minister Moreno", "2019-01-01"),
    ],  # the word names a president, not a premier
)
def test_office_word_and_a_name_word_traps(kb: KnowledgeBase, text: str, day: str) -> None:
    assert all(r.kb_id is None or not r.kb_id.startswith("person:") for r in _refs(kb, text, day)), text


def test_office_word_before_a_known_holder_keeps_the_known_role(kb: KnowledgeBase) -> None:
    ref = _one(kb, "President Putin", "2010-01-10")  # prime minister that year: the name wins, role PM
    assert (ref.name, ref.role) == ("Vladimir Putin", "Prime Minister")


# -- an organisation's office; the army chief -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "name"),
    [
        ("the UN secretary-general", "2003-05-01", "Kofi Annan"),
        ("UN Secretary-General", "2012-05-01", "Ban Ki-moon"),
        ("the NATO secretary-general", "2006-05-01", "Jaap de Hoop Scheffer"),
        ("the Hezbollah secretary-general", "2008-05-01", "Hassan Nasrallah"),
        ("the Pakistani army chief", "2009-05-01", "Ashfaq Parvez Kayani"),
        ("Pakistan's army chief", "2020-05-01", "Qamar Javed Bajwa"),
    ],
)
def test_office_of_an_organisation_or_army(kb: KnowledgeBase, text: str, day: str, name: str) -> None:
    assert _one(kb, text, day).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a former UN secretary-general", "United Nations"),  # not one holder
        ("the UN secretary-general's office", "United Nations"),  # the office, not its holder
        ("UN troops", "United Nations"),
    ],  # no office word
)
def test_organisation_office_traps(kb: KnowledgeBase, text: str, name: str) -> None:
    assert _one(kb, text, "2003-05-01").name == name


# -- peoples: an ethnic group after another country's demonym, peoples of one state ---------------------


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Bosnian Croat militiamen", "BIH", "UAF"),  # Croats of Bosnia
        ("Croatian Serb forces", "HRV", "MIL"),
        ("Afghan Uzbeks", "AFG", "CVL"),  # (eleventh session: a people's noun ending the phrase -> CVL)
        ("Malaysian Chinese traders", "MYS", "BUS"),
        ("Syrian Armenians", "SYR", None),
        ("Kenyan Somalis", "KEN", None),
        ("Greek Cypriot negotiators", "CYP", "GOV"),  # citizens' demonym: the second word's country
        ("Korean Americans", "USA", "CVL"),
        ("Maori leaders", "NZL", "CVL"),  # a people of one state (a weak word: no government)
        ("Tibetan nuns", "CHN", "REL"),
        ("Transnistrian rebels", "MDA", "REB"),
    ],
)
def test_peoples(kb: KnowledgeBase, text: str, country: str, sector: str | None) -> None:
    refs = _refs(kb, text, "2005-05-01")
    assert [(r.country, r.sector) for r in refs][:1] == [(country, sector)], refs


# -- places inside longer names (traps) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Paris, Kentucky, police", "USA"),  # a town of that name, then a lower-case head
        ("Berlin, New Hampshire, officials", "USA"),
        ("Delhi, Ontario, firefighters", "CAN"),
        ("Georgia state police", None),  # the US state (no country rather than GEO)
        ("a Georgia state senator", None),
        ("Brazil nut exporters", None),
    ],  # a nut, not Brazil
)
def test_place_inside_a_longer_name(kb: KnowledgeBase, text: str, country: str | None) -> None:
    refs = _refs(kb, text, "2015-05-01")
    assert "GEO" not in {r.country for r in refs} and "BRA" not in {r.country for r in refs}
    assert (refs[0].country if refs else None) == country, refs


def test_lists_after_a_place_stay_countries(kb: KnowledgeBase) -> None:
    refs = _refs(kb, "Jordan, Syria and Lebanon", "2015-05-01")
    assert [r.country for r in refs] == ["JOR", "SYR", "LBN"]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Royal Jordanian Army", "JOR", "MIL"),  # a demonym inside a force's name stays
        ("the Royal Malaysian Police", "MYS", "COP"),
        ("Georgian soldiers", "GEO", "MIL"),
    ],  # the country's own demonym is still the country
)
def test_demonym_in_a_force_name(kb: KnowledgeBase, text: str, country: str, sector: str) -> None:
    ref = _one(kb, text, "2015-05-01")
    assert (ref.country, ref.sector) == (country, sector)


def test_unknown_word_before_a_place_still_drops_it(kb: KnowledgeBase) -> None:
    assert _refs(kb, "heiress Paris Hilton", "2015-05-01") == []  # no sector word after: a name


def test_ideology_word_before_a_group_name(kb: KnowledgeBase) -> None:
    ref = _one(kb, "Maoist Naxalites", "2012-05-01")
    assert (ref.country, ref.sector) == ("IND", "REB")


# -- coverage: families added in the fifth session, on both sides of a date boundary ---------------------


@pytest.mark.parametrize(
    ("text", "day", "country", "sector"),
    [
        ("Carl Bildt", "1996-06-01", None, "IGO"),  # High Representative in Bosnia
        ("Carl Bildt", "2008-06-01", "SWE", "GOV"),  # foreign minister
        ("Helen Clark", "2010-06-01", None, "IGO"),  # UNDP administrator
        ("Helen Clark", "2005-06-01", "NZL", "GOV"),
        ("Paddy Ashdown", "2004-06-01", None, "IGO"),
        ("Nicola Sturgeon", "2020-06-01", "GBR", "GOV"),  # First Minister of Scotland
        ("Nicola Sturgeon", "2024-06-01", "GBR", "ELI"),  # after the role ended
        ("Mikheil Saakashvili", "2016-01-10", "UKR", "GOV"),  # governor of Odesa region
        ("Mikheil Saakashvili", "2010-01-10", "GEO", "GOV"),
        ("Pablo Escobar", "1990-06-01", "COL", "CRM"),
    ],
)
def test_new_roles(kb: KnowledgeBase, text: str, day: str, country: str | None, sector: str) -> None:
    ref = _one(kb, text, day)
    assert (ref.country, ref.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("KFOR peacekeepers", None, "MIL"),
        ("UNIFIL", None, "IGO"),
        ("the Office of the High Representative", None, "IGO"),
        ("Tata Motors", "IND", "BUS"),  # an imported company keeps its country (MNCIND)
        ("the Supreme People's Assembly", "PRK", "LEG"),
        ("Contra guerrillas", "NIC", "REB"),
    ],
)
def test_new_organisations(kb: KnowledgeBase, text: str, country: str | None, sector: str) -> None:
    ref = _one(kb, text, "2005-05-01")
    assert (ref.country, ref.sector) == (country, sector)


def test_iran_contra_is_no_contra(kb: KnowledgeBase) -> None:
    assert _refs(kb, "the Iran-Contra hearings", "1987-05-01") == []


def test_imported_spelling_of_a_curated_person_is_left_out(kb: KnowledgeBase) -> None:
    assert _names_curated("prime minister yulia tymoshenko", {"yulia tymoshenko"})
    assert not _names_curated("yulia", {"yulia tymoshenko"})
    assert not _names_curated("yuliya tymoshenko", {"yulia tymoshenko"})
    ref = _one(kb, "Prime Minister Yulia Tymoshenko", "2009-01-10")
    assert (ref.kb_id, kb.layer_of(ref.kb_id or "")) == ("person:yulia-tymoshenko", "curated")


# -- a people after "in", "of", "from" a place; the Security Council -------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Albanians of western Macedonia", "MKD"),  # the people are of the place named
        ("Uzbeks from southern Kyrgyzstan", "KGZ"),
        ("Somalis in Kenya", "KEN"),
        ("Russian troops in Ukraine", "RUS"),  # an adjective before a noun: the nationality
        ("Chinese engineers in Pakistan", "CHN"),
        ("Serbs", "SRB"),
    ],  # no place: the demonym's country
)
def test_people_of_a_place(kb: KnowledgeBase, text: str, country: str) -> None:
    assert _refs(kb, text, "2010-06-01")[0].country == country


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("The Security Council", "org:unsc"),  # in news, the UN's
        ("the Security Council's five permanent members", "org:unsc"),
        ("the National Security Council", "sector:GOV"),  # a national council: not the UN's
        ("the Iranian Security Council", "country:IRN"),
        ("Israel's Security Council", "country:ISR"),
    ],
)
def test_the_security_council(kb: KnowledgeBase, text: str, kb_id: str) -> None:
    assert _refs(kb, text, "2010-06-01")[0].kb_id == kb_id


def test_people_of_a_place_are_civilians(kb: KnowledgeBase) -> None:
    ref = _one(kb, "Albanians of western Macedonia", "2001-06-01")
    assert (ref.country, ref.sector) == ("MKD", "CVL")
