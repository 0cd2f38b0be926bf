"""Office holders, peoples, ethnic groups, towns of a namesake, things named after places and sports
clubs (docs/knowledge-base.md): the classes of the second session's actor work, with examples
written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.kb import KBError, KnowledgeBase
from newsevents.kb.offices import OfficeIndex, office_words
from newsevents.work import Resources


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _who(kb: KnowledgeBase, phrase: str, day: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.kb_id, r.country, r.sector) for r in kb.resolve_phrase(phrase, _day(day))]


# --- office holders ---------------------------------------------------------------------------

OFFICES = [
    # both sides of a boundary: Uno followed Takeshita on 1989-06-03, Kaifu followed Uno on 1989-08-10
    ("the Japanese prime minister", "1989-06-02", "person:noboru-takeshita", "JPN"),
    ("the Japanese prime minister", "1989-07-01", "person:sosuke-uno", "JPN"),
    ("the Japanese prime minister", "1989-08-11", "person:toshiki-kaifu", "JPN"),
    ("the prime minister of Japan", "1994-05-15", "person:tsutomu-hata", "JPN"),
    ("Japan's prime minister", "1994-07-15", "person:tomiichi-murayama", "JPN"),
    ("the Taiwanese president", "1999-01-01", "person:lee-teng-hui", "TWN"),
    ("the Israeli prime minister", "1985-03-01", "person:shimon-peres", "ISR"),
    ("the Israeli prime minister", "1987-03-01", "person:yitzhak-shamir", "ISR"),
    ("the Pope", "2000-01-01", "person:pope-john-paul-ii", "VAT"),
    ("the pope", "2014-01-01", "person:pope-francis", "VAT"),
    ("the pope", "2025-06-01", "person:pope-leo-xiv", "VAT"),
    ("the Russian foreign minister", "2016-01-01", "person:sergey-lavrov", "RUS"),
    ("the German chancellor", "2010-01-01", "person:angela-merkel", "DEU"),
]


@pytest.mark.parametrize(("phrase", "day", "kb_id", "country"), OFFICES)
def test_an_office_resolves_to_its_holder_on_the_date(
    kb: KnowledgeBase, phrase: str, day: str, kb_id: str, country: str
) -> None:
    refs = kb.resolve_phrase(phrase, _day(day))
    assert [(r.kb_id, r.country) for r in refs] == [(kb_id, country)], [r.reason for r in refs]
    assert "office" in refs[0].reason


NOT_ONE_HOLDER = [
    ("a Japanese minister", "1990-01-01"),  # indefinite
    ("former Japanese prime ministers", "1990-01-01"),  # plural, former
    ("the French presidents", "2010-01-01"),  # plural
    ("the Japanese prime minister's office", "1990-01-01"),  # the head is the office, not the title
    ("the Ontario premier", "2010-01-01"),  # a region's office is not the country's
    ("the pope", "2013-03-05"),  # the see was vacant
    ("the Japanese prime minister", "1960-01-01"),  # nobody in the knowledge base
    ("the US and Russian presidents", "2010-01-01"),  # two countries
]


@pytest.mark.parametrize(("phrase", "day"), NOT_ONE_HOLDER)
def test_no_person_without_one_holder(kb: KnowledgeBase, phrase: str, day: str) -> None:
    refs = kb.resolve_phrase(phrase, _day(day))
    assert not any((r.kb_id or "").startswith("person:") for r in refs), [(r.name, r.reason) for r in refs]


def test_no_date_no_office_holder(kb: KnowledgeBase) -> None:
    refs = kb.resolve_phrase("the Japanese prime minister")
    assert [(r.kb_id, r.country, r.sector) for r in refs] == [("country:JPN", "JPN", "GOV")]


def test_an_apposition_with_an_office_stays_one_actor(kb: KnowledgeBase) -> None:
    refs = kb.resolve_phrase("Tokayev, the Kazakh president", _day("2021-01-01"))
    assert [r.kb_id for r in refs] == ["person:kassym-jomart-tokayev"]


def test_the_phrase_cache_keeps_office_phrases_per_date() -> None:
    res = Resources()
    first = res.resolve_phrase("the Japanese prime minister", _day("1990-01-01"))
    second = res.resolve_phrase("the Japanese prime minister", _day("1995-01-01"))
    assert [r.kb_id for r in first] == ["person:toshiki-kaifu"]
    assert [r.kb_id for r in second] == ["person:tomiichi-murayama"]


def test_office_index_counts_only_titled_layers(kb: KnowledgeBase) -> None:
    index = OfficeIndex(kb)
    assert index.is_office("Prime Minister") and index.is_office("pope") and not index.is_office("presidents")
    assert index.sole_country("Pope") == "VAT"
    assert all(not kb.layer_of(p.kb_id) == "imported" for rows in index.roles.values() for p, _ in rows)
    assert "acting president" in office_words().titles["president"]


def test_offices_yaml_refuses_unknown_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import newsevents.kb.offices as offices

    bad = tmp_path / "newsevents" / "data" / "kb"
    bad.mkdir(parents=True)
    (bad / "offices.yaml").write_text("titles: {}\nholders: {}\n", encoding="utf-8")
    monkeypatch.setattr(offices.resources, "files", lambda _pkg: tmp_path / "newsevents")
    offices.office_words.cache_clear()
    try:
        with pytest.raises(KBError, match="unknown key 'holders'"):
            offices.office_words()
    finally:
        offices.office_words.cache_clear()


# --- peoples and ethnic groups ----------------------------------------------------------------

PEOPLES = [
    ("Yazidi refugees", "IRQ", "REF"),
    ("Kikuyu elders", "KEN", "CVL"),
    ("Uyghur activists", "CHN", "OPP"),
    ("Zulu leaders", "ZAF", "CVL"),  # a weak word does not make a people a government
    ("Ogoni protesters", "NGA", "OPP"),
    ("Tigrayan fighters", "ETH", "REB"),
    ("Tigrayan forces", "ETH", "REB"),  # a weak word of another sector than GOV counts (a people's forces: REB)
    ("Burundian Tutsis", "BDI", "CVL"),  # the country word wins over the people's home (the people: CVL)
    ("Maronites", "LBN", "CVL"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), PEOPLES)
def test_a_people_places_an_actor(kb: KnowledgeBase, phrase: str, country: str, sector: str | None) -> None:
    assert [(r.country, r.sector) for r in kb.resolve_phrase(phrase, _day("2015-01-01"))] == [(country, sector)]


def test_a_people_inside_a_longer_name_does_not_match(kb: KnowledgeBase) -> None:
    assert all(r.country != "LKA" for r in kb.resolve_phrase("Tamil Nadu police", _day("2015-01-01")))


ETHNIC = [
    ("ethnic Serbs in Croatia", [("HRV", "CVL")]),
    ("ethnic Russians", [(None, "CVL")]),
    ("ethnic Hungarian politicians in Romania", [("ROU", "PTY")]),
    ("Russian troops", [("RUS", "MIL")]),  # no "ethnic": the nation
]


@pytest.mark.parametrize(("phrase", "want"), ETHNIC)
def test_ethnic_names_a_group_not_the_nation(
    kb: KnowledgeBase, phrase: str, want: list[tuple[str | None, str | None]]
) -> None:
    got = [(r.country, r.sector) for r in kb.resolve_phrase(phrase, _day("2015-01-01"))]
    if want[0][0] == "HRV":  # the modifier gives the country; the people form gives civilians or no sector
        assert [c for c, _ in got] == ["HRV"]
    else:
        assert got == want


# --- towns of a namesake, things, clubs, particles ----------------------------------------------

TRAPS = [
    ("Athens, Ohio", "USA"),
    ("Rome, New York", "USA"),
    ("Dublin, California", "USA"),
    ("Lima, Ohio", "USA"),
    ("Hamilton, Ontario", "CAN"),
    ("Danish pastry", None),
    ("Belgian chocolates", None),
    ("Brazilian coffee", None),
    ("the Geneva talks", None),
    ("the Oslo process", None),
    ("the Doha agreement", None),
    ("Dinamo Zagreb", None),
    ("Lokomotiv Moscow", None),
    ("Sporting Lisbon", None),
    ("Santiago del Estero", None),
    ("the Georgia Legislature", None),
    ("Georgia Gov. Nathan Deal", None),
    ("Lake Chad", None),
    ("Mount Lebanon", None),
    ("Little Kabul", None),
]


@pytest.mark.parametrize(("phrase", "country"), TRAPS)
def test_not_the_country(kb: KnowledgeBase, phrase: str, country: str | None) -> None:
    refs = kb.resolve_phrase(phrase, _day("2015-01-01"))
    assert all(r.country in (None, country) for r in refs), [(r.name, r.reason) for r in refs]


REAL = [
    ("Lebanon, Syria and Jordan", ["LBN", "SYR", "JOR"]),
    ("Texas police", ["USA"]),
    ("Quebec provincial police", ["CAN"]),
    ("the Georgian legislature", ["GEO"]),
    ("Danish troops", ["DNK"]),
    ("Madrid", ["ESP"]),
]


@pytest.mark.parametrize(("phrase", "countries"), REAL)
def test_the_real_uses_still_match(kb: KnowledgeBase, phrase: str, countries: list[str]) -> None:
    assert [r.country for r in kb.resolve_phrase(phrase, _day("2015-01-01"))] == countries


def test_an_imported_name_with_a_curated_spelling_is_left_out(kb: KnowledgeBase) -> None:
    refs = kb.resolve_phrase("Ban Ki-moon", _day("2005-06-01"))
    assert [(r.kb_id, r.country) for r in refs] == [("person:ban-ki-moon", "KOR")]


FORMER_STATES = [
    ("Soviet troops", "1988-05-15", ["RUS"]),
    ("the USSR", "1990-01-01", ["RUS"]),
    ("Soviet Armenia", "1988-12-10", ["ARM"]),
    ("Yugoslav army units", "1999-06-10", ["SRB"]),
    ("Serbia and Montenegro", "2004-01-01", ["SRB"]),
]


@pytest.mark.parametrize(("phrase", "day", "countries"), FORMER_STATES)
def test_former_states_are_coded_as_their_successor(
    kb: KnowledgeBase, phrase: str, day: str, countries: list[str]
) -> None:
    assert [r.country for r in kb.resolve_phrase(phrase, _day(day))] == countries


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("peoples.yaml", "- {country: XYZ, words: [Velanians]}\n", "unknown country 'XYZ'"),
        ("subdivisions.yaml", "- {country: USA, states: [Texas]}\n", "expected the keys 'country' and 'words'"),
        ("peoples.yaml", "- {country: NGA, words: Igbo}\n", "'words' must be a list"),
    ],
)
def test_a_malformed_word_file_is_refused(monkeypatch: pytest.MonkeyPatch, name: str, text: str, message: str) -> None:
    import newsevents.kb.files as files

    real = files._read_data
    monkeypatch.setattr(files, "_read_data", lambda n: text if n == name else real(n))
    with pytest.raises(KBError, match=message):
        files.load_builtin(imported=False)


def test_subdivisions_are_not_a_story_s_countries(kb: KnowledgeBase) -> None:
    assert kb.country_for_word("Texas") is None  # the place recogniser's question (recognize/places.py)
    assert [r.country for r in kb.resolve_phrase("Texas police")] == ["USA"]


def test_a_compound_in_a_modifier_yields_to_a_plain_place(kb: KnowledgeBase) -> None:
    refs = kb.resolve_phrase("the annexation of three Moscow-backed districts in northern Georgia")
    assert [r.country for r in refs] == ["GEO"]
    assert [r.country for r in kb.resolve_phrase("the withdrawal of U.S.-backed fighters")] == ["USA"]
    assert [r.country for r in kb.resolve_phrase("support for the Saudi-led war against Yemen")] == ["SAU"]
