"""Tests for the offline gazetteer (no spaCy).

Most tests share a small index (a handful of countries' cities, all countries) built once into a
temp folder; the ``slow`` test builds the full default index via ``NEWSEVENTS_CACHE``.
``tests/data/geonames_sample.txt`` is a hand-written GeoNames-format file: the rows for
Afghanistan (1149361) and Kabul (1138958) reuse real geonameids, the others use made-up ids
(99000001...) so they cannot be mistaken for real GeoNames records.
"""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.resolve import gazetteer_build
from newsevents.resolve.gazetteer import NOT_FOUND, Gazetteer, default_index_path
from newsevents.resolve.gazetteer_build import SCHEMA_VERSION, aliases_text, parse_aliases
from newsevents.resolve.placekeys import fold, keep_alternate, population_centroid

SAMPLE = Path(__file__).parent / "data" / "geonames_sample.txt"
SUBSET = ("AFG", "TJK", "FRA", "USA", "UKR", "GEO", "CHN", "IND", "TLS", "CHE", "ITA", "LBN", "LBY", "PAK", "MAR")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gz") / "small.sqlite"
    Gazetteer.open(path, only_countries=SUBSET).close()
    return path


@pytest.fixture()
def gz(small_index: Path) -> Iterator[Gazetteer]:
    g = Gazetteer.open(small_index)
    yield g
    g.close()


@pytest.fixture()
def gz_copy(small_index: Path, tmp_path: Path) -> Iterator[Gazetteer]:
    """A private copy of the small index, for tests that import into it."""
    path = tmp_path / "copy.sqlite"
    shutil.copy(small_index, path)
    g = Gazetteer.open(path)
    yield g
    g.close()


# ---------------------------------------------------------------- helpers


def test_fold_ignores_case_diacritics_and_spacing() -> None:
    assert fold("  São   PAULO ") == "sao paulo"
    assert fold("Kraków") == fold("krakow")
    assert fold("Łódź") == "lodz"


def test_alternate_name_guards() -> None:
    assert keep_alternate("Kaboul")
    assert keep_alternate("Kraków")
    assert not keep_alternate("Кабул")  # not Latin script
    assert not keep_alternate("ba li")  # lower-case romanisation debris
    assert not keep_alternate("PAR")  # IATA code
    assert not keep_alternate("Ko")  # too short


def test_population_centroid_across_antimeridian() -> None:
    lat, lon = population_centroid([(-17.0, 179.0, 100), (-17.0, -179.0, 100)]) or (0.0, 0.0)
    assert abs(abs(lon) - 180.0) < 0.01 and abs(lat + 17.0) < 0.1
    assert population_centroid([]) is None


def test_aliases_file_is_well_formed() -> None:
    rows = list(parse_aliases(aliases_text()))
    assert len(rows) >= 20
    for _, alias, target, expected, flags in rows:
        assert alias and expected
        assert target.isdigit() or (target.startswith("country:") and len(target) == len("country:") + 3)
        assert set(filter(None, flags.split(","))) <= {"case"}


def test_default_path_uses_env_and_schema_version(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    p = default_index_path()
    assert p.parent == tmp_path.resolve()
    assert p.name.startswith(f"gazetteer-v{SCHEMA_VERSION}-") and p.suffix == ".sqlite"
    monkeypatch.delenv("NEWSEVENTS_CACHE")
    assert default_index_path().parent == (Path.home() / ".cache" / "newsevents").resolve()


# ---------------------------------------------------------------- lookups (small index)


def test_lookup_basics(gz: Gazetteer) -> None:
    kabul, cands, reason = gz.resolve("kabul")
    assert kabul is not None and kabul.country_code == "AFG" and kabul.feature_code == "PPLC"
    assert km(kabul.lat, kabul.lon, 34.53, 69.17) < 10
    assert cands[0] == kabul and "capital" in reason
    assert gz.resolve("Atlantis-on-Sea") == (None, [], NOT_FOUND)
    assert gz.resolve("   ") == (None, [], NOT_FOUND)


def test_country_name_beats_cities_and_states(gz: Gazetteer) -> None:
    china = gz.candidates("China")
    assert china[0].level == "country" and china[0].country_code == "CHN"
    place, cands, reason = gz.resolve("Georgia", context_countries=["USA"])
    assert place is not None and place.level == "country" and place.country_code == "GEO"
    assert reason.startswith("country name")
    assert any(c.level == "admin1" and c.country_code == "USA" for c in cands)
    state, _, reason = gz.resolve("Georgia", prefer_level="admin1")
    assert state is not None and state.level == "admin1" and state.admin1 == "GA"
    assert reason.startswith("preferred level admin1")
    assert gz.admin1_name("USA", "GA") == "Georgia"


def test_context_country_wins(gz: Gazetteer) -> None:
    paris, _, _ = gz.resolve("Paris")
    assert paris is not None and paris.country_code == "FRA" and paris.feature_code == "PPLC"
    texas, _, reason = gz.resolve("Paris", context_countries=["usa"])
    assert texas is not None and texas.country_code == "USA" and texas.admin1 == "TX"
    assert "context country USA" in reason


def test_a_named_country_is_a_weaker_context(gz: Gazetteer) -> None:
    # a country the article merely names does not pull a world city's name to a small namesake there
    for name, home in (("Paris", "FRA"), ("Geneva", "CHE"), ("Rome", "ITA")):
        place, _, reason = gz.resolve(name, named_countries=["USA"])
        assert place is not None and place.country_code == home, (name, reason)
        place, _, reason = gz.resolve(name, context_countries=["USA"])  # a dateline's country still does
        assert place is not None and place.country_code == "USA", (name, reason)
    # a namesake not far smaller, or a large city, still wins in a named country
    place, _, reason = gz.resolve("Tripoli", named_countries=["LBN"])
    assert place is not None and place.country_code == "LBN" and "context country LBN" in reason, reason
    place, _, reason = gz.resolve("Hyderabad", named_countries=["PAK"])
    assert place is not None and place.country_code == "PAK", reason


def test_curated_aliases(gz: Gazetteer) -> None:
    kyiv = gz.resolve("Kiev")[0]
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.country_code == "UKR"
    nyc = gz.resolve("New York")[0]
    assert nyc is not None and nyc.name == "New York City"
    assert gz.resolve("U.S.")[0] == gz.country("USA")
    assert gz.resolve("US")[0] == gz.country("USA")
    assert gz.resolve("us")[0] != gz.country("USA")  # case-sensitive acronym alias


def test_capital_rank_needs_the_real_name(gz: Gazetteer) -> None:
    # "Delhi" is also an alternate name of Dili (capital of Timor-Leste): the capital tier only
    # counts for a place's own name, so the far larger Delhi wins
    dili = gz.capital_of("TLS")
    assert dili is not None and dili.name == "Dili"
    assert dili in gz.candidates("Delhi", limit=50)
    delhi, _, reason = gz.resolve("Delhi")
    assert delhi is not None and delhi.country_code == "IND" and reason.startswith("largest population")
    alt = gz.resolve("Kaboul")
    assert alt[0] is not None and alt[0].name == "Kabul" and "by alternate name" in alt[2]
    # read() says so in a field: the choice matched only by an alternate name
    assert gz.read("Kaboul").by_alternate and not gz.read("Delhi").by_alternate
    assert gz.read("Kaboul")[:3] == alt


def test_country_and_capital(gz: Gazetteer) -> None:
    tjk = gz.country("tjk")
    assert tjk is not None and tjk.level == "country" and tjk.name == "Tajikistan"
    cap = gz.capital_of("TJK")
    assert cap is not None and cap.name == "Dushanbe" and cap.country_code == "TJK"
    assert gz.country("XXX") is None and gz.capital_of("XXX") is None
    assert gz.resolve("the Netherlands")[0] == gz.country("NLD")


def test_sizes(gz: Gazetteer) -> None:
    s = gz.sizes()
    assert s["country"] > 200 and s["countries"] == s["country"]
    assert s["admin1"] > 51 + 100  # US states and DC, and the subset's subdivisions (countrystatecity)
    assert s["region"] > 7  # continents and curated regions
    assert s["city"] > 10_000 and s["names"] > s["places"]
    assert s["bytes"] == gz.path.stat().st_size


def test_prefer_level_is_validated(gz: Gazetteer) -> None:
    with pytest.raises(ValueError):
        gz.resolve("Paris", prefer_level="town")


# ---------------------------------------------------------------- building and caching


def test_existing_index_is_reused_not_rebuilt(small_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("rebuilt")

    monkeypatch.setattr(gazetteer_build, "build_index", boom)
    g = Gazetteer.open(small_index)
    assert g.resolve("Dushanbe")[0] is not None
    g.close()


def test_broken_or_old_index_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(gazetteer_build, "build_index", lambda p, **kw: calls.append(p))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database")
    Gazetteer.open(bad)
    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.executescript("CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '0');")
    con.close()
    Gazetteer.open(old)
    assert calls == [bad.resolve(), old.resolve()]


def test_failed_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(gazetteer_build.os, "replace", fail)
    target = tmp_path / "idx.sqlite"
    with pytest.raises(KeyboardInterrupt):
        gazetteer_build.build_index(target, only_countries=["TJK"])
    assert list(tmp_path.iterdir()) == []


def test_default_is_cached_per_process(small_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    shutil.copy(small_index, default_index_path())
    a = Gazetteer.default()
    assert Gazetteer.default() is a and a.path == default_index_path()
    assert a.resolve("Dushanbe")[0] is not None


# ---------------------------------------------------------------- GeoNames import


def test_import_adds_sub_city_places_idempotently(gz_copy: Gazetteer) -> None:
    g = gz_copy
    assert g.resolve("Shahr-e Naw") == (None, [], NOT_FOUND)
    before = g.sizes()
    seen: list[int] = []
    n = g.import_geonames(SAMPLE, progress=seen.append)
    assert n == 8 and seen[-1] == 8
    after = g.sizes()
    assert after["sub-city"] == before["sub-city"] + 4  # PPLX + palace + 2 markets
    assert after["admin1"] == before["admin1"] + 1
    assert after["places"] == before["places"] + 6  # Afghanistan and Kabul already there

    naw, _, _ = g.resolve("shahre naw")
    assert naw is not None and naw.level == "sub-city" and naw.feature_code == "PPLX"
    assert naw.country_code == "AFG" and naw.admin1 == "13"
    assert g.resolve("SHN")[0] is None  # all-caps code dropped
    # imported buildings never beat the country / the capital of the same name
    assert g.resolve("China")[0] == g.country("CHN")
    paris = g.resolve("Paris")[0]
    assert paris is not None and paris.country_code == "FRA"
    # the capital (PPLC) beats the more populous province of the same name; the province is there
    assert (kabul := g.resolve("Kabul")[0]) is not None and kabul.level == "city"
    prov = g.resolve("Kabul", prefer_level="admin1")[0]
    assert prov is not None and prov.name == "Kabul Province"
    assert g.admin1_name("AFG", "13") == "Kabul Province"
    # the GeoNames point replaces the population centroid; the short country name stays
    afg = g.country("AFG")
    assert afg is not None and (afg.lat, afg.lon) == (33.0, 66.0) and afg.name == "Afghanistan"
    assert afg.feature_code == "PCLI" and g.resolve("Afghanistan")[0] == afg

    assert g.import_geonames(SAMPLE) == 8
    assert g.sizes() == after
    assert g.meta()["imports"] == {str(SAMPLE.resolve()): 8}


def test_import_skips_malformed_rows(gz_copy: Gazetteer, tmp_path: Path) -> None:
    f = tmp_path / "XX.txt"
    good = SAMPLE.read_text(encoding="utf-8").splitlines()[3]
    f.write_text("# comment\nnot\ta\trow\n" + good + "\n" + good.replace("34.5353", "north") + "\n")
    assert gz_copy.import_geonames(f) == 1


# ---------------------------------------------------------------- full default index


@pytest.mark.slow
def test_full_default_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    g = Gazetteer.default()
    assert g.path.parent == (tmp_path / "cache").resolve() and os.path.getsize(g.path) > 0
    assert not [n for n in g.meta()["notes"] if n.startswith("alias")]  # every curated alias applied

    kabul = g.resolve("Kabul")[0]
    assert kabul is not None and kabul.country_code == "AFG" and km(kabul.lat, kabul.lon, 34.53, 69.17) < 10
    dushanbe = g.resolve("Dushanbe")[0]
    assert dushanbe is not None and dushanbe.country_code == "TJK"
    china = g.resolve("China")[0]
    assert china is not None and china.level == "country" and china.country_code == "CHN"
    paris = g.resolve("Paris")[0]
    assert paris is not None and paris == g.capital_of("FRA")
    paris_tx = g.resolve("Paris", context_countries=["USA"])[0]
    assert paris_tx is not None and paris_tx.country_code == "USA" and paris_tx.admin1 == "TX"
    georgia = g.resolve("Georgia")[0]
    assert georgia is not None and georgia.level == "country" and georgia.country_code == "GEO"
    cap = g.capital_of("TJK")
    assert cap is not None and cap.name == "Dushanbe"
    kyiv = g.resolve("Kiev")[0]
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.country_code == "UKR"

    assert g.resolve("Shahr-e Naw")[0] is None
    before = g.sizes()
    assert g.import_geonames(SAMPLE) == 8
    naw = g.resolve("Shahr-e Naw")[0]
    assert naw is not None and naw.level == "sub-city" and naw.country_code == "AFG"
    after = g.sizes()
    assert after["places"] == before["places"] + 6
    g.import_geonames(SAMPLE)
    assert g.sizes() == after


# ---------------------------------------------------------------- points, divisions, regions


def test_country_point_is_the_listed_point_not_a_city_centroid(gz: Gazetteer) -> None:
    china = gz.country("CHN")
    assert china is not None and km(china.lat, china.lon, 35.0, 105.0) < 50  # countryinfo "latlng"
    usa = gz.country("USA")
    assert usa is not None and km(usa.lat, usa.lon, 39.8, -98.6) < 50  # curated override (data/geo)
    rows = dict(gz._query("SELECT geonameid, coord_source FROM places WHERE level = 'country'"))
    assert rows[usa.geonameid] == "curated" and rows[china.geonameid] == "countryinfo"
    # the Factbook's Kuwait point (29.5, 45.75) lies in Iraq: the curated one is inside Kuwait, near its city
    kuwait = gz.country("KWT")
    assert kuwait is not None and 46.5 < kuwait.lon < 48.5 and km(kuwait.lat, kuwait.lon, 29.37, 47.98) < 100


def test_first_level_divisions_outside_the_us(gz: Gazetteer) -> None:
    kerala, _, _ = gz.resolve("Kerala")
    assert kerala is not None and kerala.level == "admin1" and kerala.country_code == "IND"
    assert kerala.geonameid is None  # not a GeoNames row
    assert km(kerala.lat, kerala.lon, 10.5, 76.3) < 161
    by_kind = gz.resolve("Bihar State")[0] or gz.resolve("Bihar")[0]
    assert by_kind is not None and by_kind.country_code == "IND"
    texas = gz.resolve("Texas")[0]
    assert texas is not None and texas.geonameid is not None and km(texas.lat, texas.lon, 31.0, -99.5) < 161


def test_regions_and_former_states(gz: Gazetteer) -> None:
    me, _, reason = gz.resolve("the Middle East")
    assert me is not None and me.level == "region" and me.country_code is None, reason
    assert gz.resolve("Soviet Union")[0] == gz.country("RUS")
    assert gz.resolve("ussr")[0] is None  # the acronym matches only in capitals


def test_the_gulf_of_the_news_is_the_persian_gulf(gz: Gazetteer) -> None:
    # "sent a carrier to the Gulf": news English for the Persian Gulf, not Papua New Guinea's Gulf Province
    # (which keeps its longer name "Gulf Province" in the full index)
    gulf, _, reason = gz.resolve("the Gulf")
    assert gulf is not None and gulf.level == "region" and gulf.country_code is None, reason
    assert km(gulf.lat, gulf.lon, 27.0, 51.0) < 161


def test_country_names_never_become_buildings(gz_copy: Gazetteer, tmp_path: Path) -> None:
    dump = tmp_path / "XX.txt"
    row = ["99100001", "China", "China", "", "40.0", "-75.0", "S", "BLDG", "US", "", "PA", "", "", "",
           "0", "", "10", "America/New_York", "2020-01-01"]  # fmt: skip
    town = [*row]
    town[0], town[6], town[7], town[14] = "99100002", "P", "PPL", "5000000"
    dump.write_text("\t".join(row) + "\n" + "\t".join(town) + "\n", encoding="utf-8")
    assert gz_copy.import_geonames(dump) == 2
    for ctx in ((), ("USA",)):
        place, cands, _ = gz_copy.resolve("China", context_countries=ctx)
        assert place is not None and place.level == "country" and place.country_code == "CHN"
        assert any(c.feature_code == "BLDG" for c in cands)  # the building is a candidate, never the choice
