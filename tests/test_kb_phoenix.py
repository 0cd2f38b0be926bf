"""The imported knowledge layer (newsevents.kb.phoenix): the converter on dictionaries of our own,
the open-ended-role rule, curated knowledge winning, the shipped layer, and the loader's key check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.kb import KBError, KnowledgeBase
from newsevents.kb.files import load_builtin
from newsevents.kb.phoenix import (
    FILE_DATE,
    LAYER_FILE,
    SOURCE_FILES,
    Layer,
    cameo_table,
    convert,
    merge_below,
    read_layer,
)

# invented people and groups (the Velanic Republic does not exist; the codes are real countries')
COUNTRIES = """\
# a comment
KAZAKHSTAN_ [KAZ]
+ASTANA_DISTRICT_NINE_
+KAZAKHSTN_
ZHANAR_TOLEBAYEVA_  # a fictional minister
+MINISTER_TOLEBAYEVA_
\t[KAZGOVAGR 050101-091231]
\t[KAZGOV >120301]
\t[KAZELI]
ORYN_BEKOV_
\t[GMYGOV 990101-031231]
\t[USRGOV 800101-891231]
MIRAS_ALDAN_
\t[KAZGOV 461101-550101]
SOLO_
\t[KAZGOV 000101-011231]
KAZAKH_BORDER_GUARD_ [KAZMIL]
"""
INTERNATIONAL = """\
VELANIC_RELIEF_FUND_ [NGOHRI]
+VRF_
STEPPE_LEGAL_AID_ [NGOKAZHRI]
DANA_ORMAN_\t[IGOUNO 080101-101231] [ELI]
"""
MILNONSTATE = "STEPPE_WOLVES_BRIGADE_ [KAZREB]\n+STEPPE_WOLVES_\nBAD_ENTRY_ [KAZREB 990101-9901011]\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("petrarch")
    for name, text in zip(SOURCE_FILES, (COUNTRIES, INTERNATIONAL, MILNONSTATE), strict=True):
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def converted(folder: Path) -> tuple[str, Layer]:
    text, _counts = convert(folder, load_builtin(imported=False))
    return text, read_layer(text)


def test_the_converter_round_trips(converted: tuple[str, Layer]) -> None:
    text, layer = converted
    assert text.startswith("# Imported from the Phoenix actor dictionaries") and "MIT" in text.splitlines()[1]
    zhanar = next(p for p in layer.persons.values() if p.name == "Zhanar Tolebayeva")
    assert zhanar.aliases == ("Minister Tolebayeva",)
    assert [(r.country, r.sector, r.start, r.end) for r in zhanar.roles] == [
        ("KAZ", "GOV", dt.date(2005, 1, 1), dt.date(2009, 12, 31)),
        ("KAZ", "GOV", dt.date(2012, 3, 1), None),
    ]  # the undated [KAZELI] is left to the resolver's rule for ended roles
    assert zhanar.roles[1].known_until == FILE_DATE and zhanar.roles[0].known_until is None
    # converting the parsed layer again gives the same records
    assert read_layer(text).persons == layer.persons and read_layer(text).orgs == layer.orgs


def test_cameo_codes_map_to_iso3_and_former_states_are_dropped(converted: tuple[str, Layer]) -> None:
    _text, layer = converted
    bekov = next(p for p in layer.persons.values() if p.name == "Oryn Bekov")
    assert [r.country for r in bekov.roles] == ["DEU"]  # GMY -> DEU; the USR role is not mapped to a successor
    table = cameo_table()
    assert table["GMY"].iso3 == "DEU" and table["USR"].iso3 is None and not table["USR"].person_role


def test_two_digit_years_are_before_the_file_date(converted: tuple[str, Layer]) -> None:
    _text, layer = converted
    aldan = next(p for p in layer.persons.values() if p.name == "Miras Aldan")
    assert aldan.roles[0].start == dt.date(1946, 11, 1)  # not 2046


def test_organisations_places_and_what_is_skipped(converted: tuple[str, Layer]) -> None:
    _text, layer = converted
    names = {o.name: o for o in layer.orgs.values()}
    assert names["Steppe Wolves Brigade"].code == "KAZREB" and names["Steppe Wolves Brigade"].type == "armed_group"
    assert names["Velanic Relief Fund"].country is None and names["Velanic Relief Fund"].sector == "NGO"
    # a national NGO's home country follows NGO, as a company's follows MNC
    assert names["Steppe Legal Aid"].country == "KAZ" and names["Steppe Legal Aid"].sector == "NGO"
    assert names["Kazakh Border Guard"].sector == "MIL"  # kept: resolves_to says the curated files do not know it
    assert layer.regions == []  # a country's other names (cities: venues more than actors) are not imported
    assert not any(p.name == "Solo" for p in layer.persons.values())  # a surname alone is not imported
    assert not any("Bad Entry" in o.name for o in layer.orgs.values())


def test_an_org_role_uses_the_curated_organisation(converted: tuple[str, Layer]) -> None:
    _text, layer = converted
    dana = next(p for p in layer.persons.values() if p.name == "Dana Orman")
    assert [r.org for r in dana.roles] == ["un"]


def _kb_with(layer: Layer) -> KnowledgeBase:
    tables = load_builtin(imported=False)
    merge_below(tables, layer, tables.layers, tables.alias_keys)
    return KnowledgeBase(tables.countries, tables.orgs, tables.persons, tables.sectors, tables.layers,
                         tables.alias_keys)  # fmt: skip


def test_the_text_s_affiliation_beats_an_imported_role(converted: tuple[str, Layer]) -> None:
    kb = _kb_with(converted[1])
    assert [r.code for r in kb.resolve_phrase("U.N. envoy Zhanar Tolebayeva", dt.date(2013, 1, 1))] == ["IGOUNO"]
    both = kb.resolve_phrase("Zhanar Tolebayeva, the United Nations envoy", dt.date(2013, 1, 1))
    assert [r.code for r in both] == ["IGOUNO"]
    assert [r.code for r in kb.resolve_phrase("Kazakh minister Zhanar Tolebayeva", dt.date(2013, 1, 1))] == ["KAZGOV"]


def test_an_open_ended_role_is_known_only_to_the_file_date(converted: tuple[str, Layer]) -> None:
    kb = _kb_with(converted[1])
    before = kb.resolve_phrase("Zhanar Tolebayeva", dt.date(2013, 6, 1))
    assert [(r.code, r.kb_id) for r in before] == [("KAZGOV", "person:phoenix-zhanar-tolebayeva")]
    after = kb.resolve_phrase("Zhanar Tolebayeva", FILE_DATE + dt.timedelta(days=1))
    assert [(r.country, r.sector) for r in after] == [("KAZ", None)]  # neither GOV nor a former office holder
    assert "known only to 2014-01-30" in after[0].reason
    gap = kb.resolve_phrase("Zhanar Tolebayeva", dt.date(2010, 6, 1))  # between the roles: ended one -> ELI
    assert [(r.country, r.sector) for r in gap] == [("KAZ", "ELI")]
    # both sides of a closed role's end
    assert [r.code for r in kb.resolve_phrase("Zhanar Tolebayeva", dt.date(2009, 12, 31))] == ["KAZGOV"]
    assert kb.layer_of("person:phoenix-zhanar-tolebayeva") == "imported"
    assert kb.layer_of("country:KAZ") == "curated"


def test_curated_knowledge_wins() -> None:
    tables = load_builtin(imported=False)
    curated = tables.persons["ashraf-ghani"]
    layer = read_layer(
        "kind\tid\tname\taliases\tcode\tcountry\tsector\torg\tstart\tend\tknown_until\tkeys\n"
        "person\tphoenix-ashraf-ghani\tAshraf Ghani\t\tAFGGOV\tAFG\tGOV\t\t2002-06-02\t2004-12-14\t\t\n"
        "person\tphoenix-jo-roe\tJo Roe\tKazakhstan\tKAZGOV\tKAZ\tGOV\t\t2002-01-01\t\t2014-01-30\t\n"
        "person\tphoenix-darfor\tDarfor\tDarfur\tSDNGOV\tSDN\tGOV\t\t2004-01-01\t\t2014-01-30\t\n"
        "region\t\tKabul\t\tAFG\tAFG\t\t\t\t\t\t\n"
    )
    merge_below(tables, layer, tables.layers, tables.alias_keys)
    assert "phoenix-ashraf-ghani" not in tables.persons and tables.persons["ashraf-ghani"] == curated
    assert tables.persons["phoenix-jo-roe"].aliases == ()  # a curated country name is not a person's alias
    assert "Kabul" not in tables.countries["AFG"].regions  # already a curated metonym
    # eighth session: an entry with a curated region or subdivision as alias is a place coded with dates
    assert "phoenix-darfor" not in tables.persons


def test_a_person_listed_twice_with_the_same_roles_is_one_person() -> None:
    # igo46: the dictionaries list some UN officials twice; the name was ambiguous and resolved to no actor
    head = "kind\tid\tname\taliases\tcode\tcountry\tsector\torg\tstart\tend\tknown_until\tkeys\n"
    twice = "person\tphoenix-tolen-varga{n}\tTolen Varga\t\tIGOUNO\t\tIGO\tun\t1991-01-01\t1995-12-31\t\t\n"
    other = "person\tphoenix-mira-sand{n}\tMira Sand\t\t{code}\t{iso}\tGOV\t\t1991-01-01\t1995-12-31\t\t\n"
    layer = read_layer(
        head
        + twice.format(n="")
        + twice.format(n="-2")
        + other.format(n="", code="KAZGOV", iso="KAZ")
        + other.format(n="-2", code="UZBGOV", iso="UZB")
    )
    kb = _kb_with(layer)
    refs = kb.resolve_phrase("Tolen Varga", dt.date(1993, 1, 1))
    assert [(r.name, r.code) for r in refs] == [("Tolen Varga", "IGOUNO")]
    assert "phoenix-tolen-varga-2" not in kb.persons
    # two persons of one name with other roles stay two: the name stays ambiguous
    assert [r.name for r in kb.resolve_phrase("Mira Sand", dt.date(1993, 1, 1))] == [None]


def test_a_malformed_layer_line_is_refused() -> None:
    with pytest.raises(KBError, match="line 2: expected 12"):
        read_layer("kind\tid\nperson\tx\n")


def test_the_shipped_layer_is_what_the_converter_writes(shared: Callable[[str], Path]) -> None:
    """Fails when the curated files or the converter changed: rerun scripts/import_petrarch.py."""
    folder = shared("petrarch/Phoenix.Countries.actors.txt").parent
    tables = load_builtin(imported=False)
    curated = KnowledgeBase(tables.countries, tables.orgs, tables.persons, tables.sectors)

    def resolves_to(name: str, country: str | None) -> bool:  # as scripts/import_petrarch.py does
        return any(r.country == country for n in (name, name.upper()) for r in curated.resolve_phrase(n))

    text, counts = convert(folder, load_builtin(imported=False), resolves_to=resolves_to)
    shipped = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "kb" / "imported" / LAYER_FILE
    assert shipped.read_text(encoding="utf-8") == text
    assert counts.persons > 15000 and counts.roles > 20000 and counts.organizations > 5000


def test_the_default_kb_has_the_imported_layer() -> None:
    kb = KnowledgeBase.default()
    assert kb.sizes()["persons"] > 15000
    # Karim Khalili, Afghan vice-president from 2002: an open-ended role in the Phoenix file
    khalili = kb.resolve_phrase("Abdul Karim Khalili", dt.date(2010, 1, 1))
    assert [(r.code, kb.layer_of(r.kb_id)) for r in khalili] == [("AFGGOV", "imported")]
    later = kb.resolve_phrase("Abdul Karim Khalili", dt.date(2015, 1, 1))
    assert [(r.country, r.sector) for r in later] == [("AFG", None)]
    licence = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "kb" / "imported" / "LICENSE"
    assert "MIT" in licence.read_text(encoding="utf-8")


def test_the_loader_refuses_an_unknown_key(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "organizations:\n  - {id: x-org, name: Fund for Peace, Justice and Truth, type: ngo, sector: NGO}\n",
        encoding="utf-8",
    )
    with pytest.raises(KBError, match=r"mine\.yaml organization 1: unknown key 'Justice and Truth'"):
        KnowledgeBase.load([bad])


def test_unesco_has_its_full_name() -> None:
    org = KnowledgeBase.default().org("unesco")
    assert org is not None and org.name == "United Nations Educational, Scientific and Cultural Organization"
