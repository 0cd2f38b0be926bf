"""Tests for the actor knowledge base (newsevents.kb): data files, loader and phrase resolver."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pycountry
import pytest

from newsevents.kb import KBError, KnowledgeBase
from newsevents.records import ActorRef

D = dt.date(2021, 8, 10)


def resolve(kb: KnowledgeBase, text: str, on_date: dt.date | None = D) -> list[ActorRef]:
    return kb.resolve_phrase(text, on_date)


def codes(kb: KnowledgeBase, text: str, on_date: dt.date | None = D) -> list[str | None]:
    return [a.code for a in resolve(kb, text, on_date)]


# --- data files ---------------------------------------------------------------------------------


def test_every_iso_country_is_present_with_a_name(kb: KnowledgeBase) -> None:
    for c in pycountry.countries:
        entry = kb.country(c.alpha_3)
        assert entry is not None, c.alpha_3
        assert entry.iso2 == c.alpha_2
        assert entry.name


def test_sovereign_states_have_demonyms(kb: KnowledgeBase) -> None:
    # every state with a seat of government in the file has a demonym, except the two whose
    # demonym is taken by a namesake: "Congolese" (-> DRC) and "Dominican" (-> Dominican Republic),
    # and the Holy See, which has none (its one metonym is its Swiss Guard)
    without = {c.iso3 for c in kb.countries.values() if not c.demonyms and (c.metonyms or c.iso3 == "DMA")}
    assert without == {"COG", "DMA", "VAT"}
    assert kb.is_demonym("Kazakhstani") and kb.is_demonym("Tajiks") and kb.is_demonym("Britons")


def test_demonyms_and_names_map_to_one_country(kb: KnowledgeBase) -> None:
    assert kb.country_for_word("Afghan").iso3 == "AFG"  # type: ignore[union-attr]
    assert kb.country_for_word("the Emirates").iso3 == "ARE"  # type: ignore[union-attr]
    assert kb.country_for_word("u.s.").iso3 == "USA"  # type: ignore[union-attr]
    assert kb.country_for_word("Burma").iso3 == "MMR"  # type: ignore[union-attr]
    assert kb.country_for_word("Swaziland").iso3 == "SWZ"  # type: ignore[union-attr]
    assert kb.country_for_word("Zaire").iso3 == "COD"  # type: ignore[union-attr]
    assert kb.country_for_word("Czech Republic").iso3 == "CZE"  # type: ignore[union-attr]
    assert kb.country_for_word("Ivory Coast").iso3 == "CIV"  # type: ignore[union-attr]
    assert kb.country_for_word("Türkiye").iso3 == "TUR"  # type: ignore[union-attr]
    assert kb.country_for_word("Atlantis") is None


def test_afghani_is_a_currency_not_a_demonym(kb: KnowledgeBase) -> None:
    assert not kb.is_demonym("Afghani")
    assert kb.is_demonym("Afghans")


def test_capitals(kb: KnowledgeBase) -> None:
    assert kb.capital_of("KAZ") == "Astana"
    assert kb.capital_of("AFG") == "Kabul"
    assert kb.capital_of("tjk") == "Dushanbe"
    assert kb.capital_of("ZZZ") is None


def test_sizes_and_default_is_cached(kb: KnowledgeBase) -> None:
    sizes = kb.sizes()
    assert sizes["countries"] >= 249
    assert sizes["organizations"] >= 100
    assert sizes["persons"] >= 50
    assert sizes["sector_words"] >= 500
    assert KnowledgeBase.default() is kb


def test_aliases_feed_a_phrase_matcher(kb: KnowledgeBase) -> None:
    aliases = set(kb.aliases())
    assert ("CSTO", "org", "org:csto") in aliases
    assert ("Kazakh", "demonym", "country:KAZ") in aliases
    assert ("the Kremlin", "metonym", "country:RUS") in aliases
    assert ("Ashraf Ghani", "person", "person:ashraf-ghani") in aliases


# --- persons and roles in time -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Afghanistan's President Ashraf Ghani", "Afghanistan\u2019s President Ashraf Ghani"])
def test_person_with_possessive_country(kb: KnowledgeBase, text: str) -> None:
    (a,) = resolve(kb, text)
    assert (a.kb_id, a.code, a.country, a.sector, a.role) == (
        "person:ashraf-ghani",
        "AFGGOV",
        "AFG",
        "GOV",
        "President",
    )
    assert (a.start_char, a.end_char) == (0, len(text))
    assert "2021-08-10" in a.reason


def test_ghani_role_ends_on_2021_08_15(kb: KnowledgeBase) -> None:
    (before,) = resolve(kb, "Ashraf Ghani", dt.date(2021, 8, 10))
    (after,) = resolve(kb, "Ashraf Ghani", dt.date(2021, 9, 1))
    assert before.sector == "GOV"
    assert after.country == "AFG" and after.sector != "GOV" and after.role is None
    assert "ended 2021-08-15" in after.reason


def test_person_before_first_role_has_country_only(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "Emmanuel Macron", dt.date(2012, 1, 1))
    assert (a.country, a.sector) == ("FRA", None)
    # eighth session: a person known for a non-political calling before any office (`calling`) has none;
    # actor36: and is no actor at all, like a person the knowledge base does not know (probe rounds 28-35)
    assert resolve(kb, "Volodymyr Zelensky", dt.date(2018, 1, 1)) == []


def test_trump_two_terms(kb: KnowledgeBase) -> None:
    assert codes(kb, "Donald Trump", dt.date(2018, 6, 1)) == ["USAGOV"]
    assert codes(kb, "Donald Trump", dt.date(2023, 6, 1)) == ["USAELI"]
    assert codes(kb, "Donald Trump", dt.date(2025, 6, 1)) == ["USAGOV"]


def test_press_service_of_a_president(kb: KnowledgeBase) -> None:
    text = "the press service of Tajik President Emomali Rahmon"
    (a,) = resolve(kb, text)
    assert (a.kb_id, a.code, a.role) == ("person:emomali-rahmon", "TJKGOV", "President")
    assert a.entity_text == "press service of Tajik President Emomali Rahmon"


def test_tajik_president(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "Tajik President Emomali Rahmon")
    assert (a.kb_id, a.code) == ("person:emomali-rahmon", "TJKGOV")


def test_vice_president_saleh(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "Vice President Amrullah Saleh")
    assert (a.kb_id, a.code, a.role) == ("person:amrullah-saleh", "AFGGOV", "First Vice President")


def test_ambiguous_surname(kb: KnowledgeBase) -> None:
    (undated,) = resolve(kb, "Saleh", None)
    assert undated.kb_id is None and "ambiguous" in undated.reason
    (dated,) = resolve(kb, "Saleh", dt.date(2005, 1, 1))
    assert dated.kb_id == "person:ali-abdullah-saleh" and dated.code == "YEMGOV"


def test_igo_official(kb: KnowledgeBase) -> None:
    text = "Secretary General of the North Atlantic Treaty Organization (NATO) Jens Stoltenberg"
    (a,) = resolve(kb, text)
    assert (a.kb_id, a.code, a.country, a.sector) == ("person:jens-stoltenberg", "IGONATO", None, "IGO")
    assert a.entity_text == text


# --- organisations ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["ISIS", "ISIL", "Daesh", "the Islamic State group", "Islamic State militants"])
def test_isis_aliases(kb: KnowledgeBase, text: str) -> None:
    (a,) = resolve(kb, text)
    assert (a.kb_id, a.sector) == ("org:isis", "REB")


def test_taliban(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "the Taliban")
    assert (a.kb_id, a.country, a.sector, a.code) == ("org:taliban", "AFG", "REB", "AFGREBTAL")
    (b,) = resolve(kb, "Taliban fighters")
    assert (b.kb_id, b.sector, b.entity_text) == ("org:taliban", "REB", "Taliban fighters")


def test_org_wins_over_country_word(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "the CSTO countries")
    assert a.kb_id == "org:csto" and a.country is None
    (b,) = resolve(kb, "Afghan Taliban commanders")
    assert b.kb_id == "org:taliban"


def test_un_security_council(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "the U.N. Security Council")
    assert (a.kb_id, a.sector, a.country) == ("org:unsc", "IGO", None)
    assert a.entity_text == "U.N. Security Council"


def test_all_caps_acronyms_need_capitals(kb: KnowledgeBase) -> None:
    assert codes(kb, "the WHO") == ["IGOWHO"]
    assert resolve(kb, "who") == []
    assert codes(kb, "US") == ["USA"]
    assert resolve(kb, "us") == []


# --- countries, demonyms, metonyms, sectors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Afghan people", "AFGCVL"),
        ("the Russian Supreme Court", "RUSJUD"),
        ("American warplanes", "USAMIL"),
        ("four Saudi men", "SAUCVL"),
        ("Israeli police", "ISRCOP"),
        ("Kazakh lawmakers", "KAZLEG"),
        ("Ukrainian refugees", "UKRREF"),
        ("British journalists", "GBRJRN"),
        ("Chinese companies", "CHNBUS"),
        ("the government of Afghanistan", "AFGGOV"),
        ("Minister of Foreign Affairs of Kazakhstan", "KAZGOV"),
        ("Russian military officials", "RUSMIL"),
        ("Afghan government troops", "AFGMIL"),
        ("former Afghan officials", "AFGELI"),
    ],
)
def test_nationality_plus_role(kb: KnowledgeBase, text: str, code: str) -> None:
    assert codes(kb, text) == [code]


def test_demonym_reason(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "the Afghan people")
    assert a.reason == "demonym 'Afghan' + sector word 'people'"
    assert (a.start_char, a.end_char, a.entity_text) == (4, 17, "Afghan people")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Moscow", "RUSGOV"), ("the Kremlin", "RUSGOV"), ("Washington", "USAGOV"), ("Downing Street", "GBRGOV"),
     ("the Pentagon", "USAMIL"), ("Kabul", "AFGGOV")],
)  # fmt: skip
def test_metonyms(kb: KnowledgeBase, text: str, code: str) -> None:
    (a,) = resolve(kb, text)
    assert a.code == code and "metonym" in a.reason


def test_country_alone_has_no_sector(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "Russia")
    assert (a.code, a.country, a.sector, a.kb_id) == ("RUS", "RUS", None, "country:RUS")


def test_capital_as_a_place_is_not_government(kb: KnowledgeBase) -> None:
    assert codes(kb, "protesters in Moscow") == ["RUSOPP"]


def test_sector_word_alone(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "soldiers")
    assert (a.country, a.sector, a.code) == (None, "MIL", "MIL")
    assert codes(kb, "fighters") == ["REB"]


def test_parties_to_a_conflict(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "the parties to the long Yemeni conflict")
    assert (a.country, a.sector) == ("YEM", None)


# --- coordination ---------------------------------------------------------------------------------------


def test_coordinated_demonyms_share_the_role(kb: KnowledgeBase) -> None:
    refs = resolve(kb, "Hungarian and Romanian officials")
    assert [a.code for a in refs] == ["HUNGOV", "ROUGOV"]
    assert [a.entity_text for a in refs] == ["Hungarian", "Romanian officials"]


def test_coordinated_countries_are_separate_actors(kb: KnowledgeBase) -> None:
    assert codes(kb, "Russia and China") == ["RUS", "CHN"]
    assert codes(kb, "the presidents of Russia and China") == ["RUSGOV", "CHNGOV"]
    assert codes(kb, "the Taliban and Afghan officials") == ["AFGREBTAL", "AFGGOV"]


def test_country_name_with_and_is_one_actor(kb: KnowledgeBase) -> None:
    assert codes(kb, "Bosnia and Herzegovina") == ["BIH"]
    assert codes(kb, "Trinidad and Tobago") == ["TTO"]


def test_apposition_is_one_actor(kb: KnowledgeBase) -> None:
    refs = resolve(kb, "Tokayev, the Kazakh president")
    assert [a.kb_id for a in refs] == ["person:kassym-jomart-tokayev"]


# --- nothing known / false friends -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["he", "they", "the man's brother-in-law's house", "china plates", "Chad Smith", "Michael Jordan", "polish"]
)
def test_nothing_known(kb: KnowledgeBase, text: str) -> None:
    assert [a for a in resolve(kb, text) if a.country is not None] == []


def test_pronoun_is_empty(kb: KnowledgeBase) -> None:
    assert resolve(kb, "he") == []


def test_latin_american_is_not_usa(kb: KnowledgeBase) -> None:
    assert [a.country for a in resolve(kb, "Latin American leaders")] == [None]
    assert [a.country for a in resolve(kb, "New Jersey police")] == ["USA"]  # a US state, not Jersey


def test_jordan_the_country(kb: KnowledgeBase) -> None:
    assert codes(kb, "Jordan's King Abdullah") == ["JORGOV"]
    assert codes(kb, "Chad") == ["TCD"]


# --- user files ----------------------------------------------------------------------------------------


def test_user_yaml_overrides_and_adds(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        """
organizations:
  - {id: taliban, name: Taliban, aliases: [Taleban], type: armed_group, sector: GOV, country: AFG,
     code: AFGGOVTAL}
  - {id: acme-militia, name: Acme Militia, aliases: [AM Brigade], type: armed_group, sector: UAF,
     country: TJK}
persons:
  - id: jane-roe
    name: Jane Roe
    aliases: [Roe]
    roles:
      - {country: TJK, sector: GOV, title: Foreign Minister, start: 2020-01, end: null}
countries:
  - {iso3: TJK, metonyms: "Dushanbe|Kokhi Millat"}
""",
        encoding="utf-8",
    )
    kb2 = KnowledgeBase.load([extra])
    assert [a.code for a in kb2.resolve_phrase("Taliban fighters", D)] == ["AFGGOVTAL"]
    (militia,) = kb2.resolve_phrase("the Acme Militia", D)
    assert (militia.kb_id, militia.code) == ("org:acme-militia", "UAFACME-MILITIA")
    (roe,) = kb2.resolve_phrase("Tajik Foreign Minister Jane Roe", D)
    assert (roe.kb_id, roe.code, roe.role) == ("person:jane-roe", "TJKGOV", "Foreign Minister")
    assert [a.code for a in kb2.resolve_phrase("Kokhi Millat", D)] == ["TJKGOV"]
    assert kb2.country("TJK").demonyms  # type: ignore[union-attr]  # untouched fields kept
    # the built-in knowledge base is not changed
    assert [a.code for a in KnowledgeBase.default().resolve_phrase("Taliban fighters", D)] == ["AFGREBTAL"]


def test_user_csv_adds_a_person(tmp_path: Path) -> None:
    extra = tmp_path / "people.csv"
    extra.write_text(
        "kind,id,name,aliases,country,sector,title,start,end\n"
        "person,john-doe,John Doe,Doe,KGZ,MIL,Chief of General Staff,2019,2022-06\n",
        encoding="utf-8",
    )
    kb2 = KnowledgeBase.load([extra])
    assert [a.code for a in kb2.resolve_phrase("John Doe", dt.date(2020, 5, 1))] == ["KGZMIL"]
    assert [a.sector for a in kb2.resolve_phrase("Doe", dt.date(2022, 7, 1))] == ["ELI"]


def test_bad_user_file_is_reported(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("organizations:\n  - {id: x, name: X, type: gang, sector: CRM}\n", encoding="utf-8")
    with pytest.raises(KBError, match="type 'gang'"):
        KnowledgeBase.load([extra])


# --- extended persons, regions and resolution mechanisms ------------------------------------------------


def test_person_files_are_loaded_without_duplicates(kb: KnowledgeBase) -> None:
    sizes = kb.sizes()
    assert sizes["persons"] >= 800 and sizes["roles"] >= 1000
    assert sizes["regions"] >= 100
    for p in kb.persons.values():
        for r in p.roles:
            assert r.start is None or r.end is None or r.start <= r.end, p.id


def test_a_fresh_kb_loads_and_resolves() -> None:
    """A fresh load answers its first lookup (its time is measured by bench/bench_kb.py, not here)."""
    fresh = KnowledgeBase.load()
    refs = fresh.resolve_phrase("Afghan officials")
    assert [r.country for r in refs] == ["AFG"]


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Prime Minister Sheikh Hasina", dt.date(2020, 1, 1), "BGDGOV"),
        ("Sheikh Hasina", dt.date(2024, 9, 1), "BGDELI"),  # fled on 2024-08-05
        ("Defence Minister Sergei Shoigu", dt.date(2020, 1, 1), "RUSGOV"),
        ("Bashar al-Assad", dt.date(2025, 3, 1), "SYRELI"),
        ("Ahmed al-Sharaa", dt.date(2025, 3, 1), "SYRGOV"),
        ("Abu Mohammad al-Jolani", dt.date(2020, 3, 1), "SYRREBHTS"),
        ("NATO Secretary General Jens Stoltenberg", dt.date(2020, 3, 1), "IGONATO"),
        ("Jens Stoltenberg", dt.date(2012, 3, 1), "NORGOV"),
        ("Kim Jong Il", dt.date(2005, 3, 1), "PRKGOV"),
    ],
)
def test_dated_roles_of_new_persons(kb: KnowledgeBase, text: str, day: dt.date, code: str) -> None:
    assert codes(kb, text, day) == [code]


def test_leader_before_and_after_leaving_office(kb: KnowledgeBase) -> None:
    (during,) = resolve(kb, "Yoon Suk Yeol", dt.date(2023, 5, 1))
    (after,) = resolve(kb, "Yoon Suk Yeol", dt.date(2025, 5, 1))
    assert (during.code, during.role) == ("KORGOV", "President")
    assert (after.code, after.role) == ("KORELI", None) and "ended 2025-04-04" in after.reason


def test_title_in_the_phrase_picks_the_role(kb: KnowledgeBase) -> None:
    (pm,) = resolve(kb, "Palestinian Prime Minister Ismail Haniyeh", None)
    assert (pm.code, pm.role) == ("PSEGOV", "Prime Minister")
    (hamas,) = resolve(kb, "Ismail Haniyeh", None)
    assert hamas.code == "PSEREBHMS"
    (fm,) = resolve(kb, "Foreign Minister Yair Lapid", None)
    assert (fm.code, fm.role) == ("ISRGOV", "Foreign Minister")


def test_title_settles_an_ambiguous_surname(kb: KnowledgeBase) -> None:
    (bill,) = resolve(kb, "President Clinton", None)
    assert bill.kb_id == "person:bill-clinton" and "title" in bill.reason
    (hillary,) = resolve(kb, "Secretary of State Clinton", None)
    assert hillary.kb_id == "person:hillary-clinton"
    (dated,) = resolve(kb, "Clinton", dt.date(2010, 1, 1))
    assert dated.kb_id == "person:hillary-clinton"
    (vp,) = resolve(kb, "Vice President Saleh", dt.date(2021, 1, 1))
    assert vp.kb_id == "person:amrullah-saleh"


def test_ambiguous_name_keeps_the_phrase_sector(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "the Bush administration", None)
    assert (a.kb_id, a.country, a.sector) == (None, "USA", "GOV")
    (b,) = resolve(kb, "Bush", dt.date(2015, 1, 1))
    assert (b.kb_id, b.country, b.sector) == (None, "USA", "ELI")


@pytest.mark.parametrize("word", ["ousted", "deposed", "late", "exiled"])
def test_former_words(kb: KnowledgeBase, word: str) -> None:
    assert codes(kb, f"{word} President Askar Akayev", None) == ["KGZELI"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nigerians", "NGACVL"),
        ("the Palestinians", "PSECVL"),
        ("Bosnian Serbs", "BIHCVL"),
        ("Nigerian", "NGA"),  # the adjective alone says nothing about the sector
        ("Swiss", "CHE"),
    ],
)
def test_plural_demonym_names_people(kb: KnowledgeBase, text: str, code: str) -> None:
    assert codes(kb, text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the West Bank", "PSE"),
        ("Gaza residents", "PSECVL"),
        ("rebels in Darfur", "SDNREB"),
        ("the Taliban in Kandahar", "AFGREBTAL"),
        ("Donetsk", "UKR"),
        ("Tel Aviv", "ISR"),
    ],
)
def test_regions_place_actors_without_standing_for_the_government(kb: KnowledgeBase, text: str, code: str) -> None:
    assert codes(kb, text) == [code]


def test_igo_troops_are_military(kb: KnowledgeBase) -> None:
    (a,) = resolve(kb, "NATO peacekeeping troops")
    assert (a.kb_id, a.sector, a.code) == ("org:nato", "MIL", "IGONATO")
    (b,) = resolve(kb, "the CSTO countries")
    assert b.sector == "IGO"
    (c,) = resolve(kb, "Taliban fighters")
    assert c.sector == "REB"


def test_new_organisations_and_aliases(kb: KnowledgeBase) -> None:
    assert codes(kb, "UNITA rebels") == ["AGOREBUNI"]
    assert codes(kb, "the European Community") == ["IGOEU"]
    assert codes(kb, "the PLO") == ["PSEGOVPLO"]
    assert codes(kb, "Recep Tayyip Erdogan", dt.date(2020, 1, 1)) == ["TURGOV"]  # accent-folded alias


def test_duplicate_builtin_person_ids_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.kb import files

    real = files._read_data

    def fake(name: str) -> str:
        if name == "persons_igo_groups.yaml":
            return real(name) + "\n- {id: ashraf-ghani, name: Ashraf Ghani, roles: []}\n"
        return real(name)

    monkeypatch.setattr(files, "_read_data", fake)
    with pytest.raises(KBError, match="duplicate person id 'ashraf-ghani'"):
        files.load_builtin()


def test_counted_people_are_the_actor() -> None:
    kb = KnowledgeBase.default()
    (ref,) = kb.resolve_phrase("hundreds of Kenyan students")
    assert (ref.country, ref.sector) == ("KEN", "EDU")
    text = "About 2,000 Ukrainian soldiers"
    (ref,) = kb.resolve_phrase(text)
    assert (ref.country, ref.sector) == ("UKR", "MIL") and text[ref.start_char : ref.end_char] == "Ukrainian soldiers"
    assert kb.resolve_phrase("dozens of tables") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Vietnamese-led forces", ["VNMMIL"]),
        ("Russian-led troops", ["RUSMIL"]),
        ("Kampuchean guerrillas", ["KHMREB"]),
        ("Kassym-Jomart Tokayev", ["KAZGOV"]),  # a hyphenated name stays one word
        ("Bosnia-Herzegovina", ["BIH"]),
    ],
)
def test_hyphen_compounds_name_the_country(kb: KnowledgeBase, text: str, codes: list[str]) -> None:
    assert [r.code for r in resolve(kb, text)] == codes


def test_an_indefinite_apposition_describes_the_actor(kb: KnowledgeBase) -> None:
    assert [r.code for r in resolve(kb, "Egypt, a close U.S. partner in the region")] == ["EGY"]
    # a list is still a list
    assert [r.code for r in resolve(kb, "Russia, China and the United States")] == ["RUS", "CHN", "USA"]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Isreali soldiers", "ISRMIL"), ("Ukranian troops", "UKRMIL")],
)
def test_a_misspelt_country_name_resolves_and_says_so(kb: KnowledgeBase, text: str, code: str) -> None:
    refs = resolve(kb, text)
    assert [r.code for r in refs] == [code] and "spelt so" in refs[0].reason


@pytest.mark.parametrize("text", ["Jordon Peterson", "Columbia", "Roland said", "ethopia", "Irak"])
def test_names_near_a_country_name_are_not_misspellings(kb: KnowledgeBase, text: str) -> None:
    # next to a capitalised name, a real name, lower case, or too short to tell
    assert [r.country for r in resolve(kb, text)] == []
