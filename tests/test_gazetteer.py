"""The offline GeoNames index: built into the cache dir, rebuilt per version, exact geonameids."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from eventwire import gazetteer


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[gazetteer.Gazetteer]:
    """An index built from scratch in a temporary EVENTWIRE_CACHE."""
    cache = tmp_path_factory.mktemp("cache")
    stale = cache / "gazetteer-f0-c500-gnc0.0.sqlite"
    stale.write_text("an index of an older format")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVENTWIRE_CACHE", str(cache))
        path = gazetteer.index_path()
        assert path.parent == cache and not path.exists()
        yield gazetteer.load(path)


def ids(gaz: gazetteer.Gazetteer, name: str) -> list[int]:
    return [e.geonameid for e in gaz.lookup(name)]


def test_index_is_built_in_the_cache_dir_and_replaces_stale_ones(built: gazetteer.Gazetteer) -> None:
    assert built.path.exists()
    assert f"f{gazetteer.FORMAT}" in built.path.name
    assert gazetteer.source_version() in built.path.name
    assert not (built.path.parent / "gazetteer-f0-c500-gnc0.0.sqlite").exists()
    places, names = built.size()
    assert places > 200_000 and names > places


def test_load_is_cached_per_process(built: gazetteer.Gazetteer) -> None:
    assert gazetteer.load(built.path) is built


def test_moscow_has_the_russian_capital_first_and_the_idaho_town(built: gazetteer.Gazetteer) -> None:
    found = built.lookup("Moscow")
    cities = [e for e in found if e.feature == "city"]
    assert cities[0].geonameid == 524901 and cities[0].country == "RU" and cities[0].capital
    idaho = [e for e in found if e.admin1 == "ID"]
    assert [e.geonameid for e in idaho] == [5601538]
    assert [e.population for e in found] == sorted((e.population for e in found), reverse=True)


def test_alternate_names_reach_the_modern_name(built: gazetteer.Gazetteer) -> None:
    peking = built.lookup("Peking")
    assert [e.geonameid for e in peking] == [1816670] and peking[0].name == "Beijing" and not peking[0].primary
    assert 1797929 in ids(built, "Tsingtao")
    assert 703448 in ids(built, "Kiev")


def test_countries_have_ids_points_and_aliases(built: gazetteer.Gazetteer) -> None:
    russia = built.country("RU")
    assert russia is not None and (russia.geonameid, russia.lat, russia.lon) == (2017370, 60.0, 100.0)
    china = built.country("CN")
    assert china is not None and (china.lat, china.lon) == (35.0, 105.0)
    assert ids(built, "U.S.")[0] == 6252001
    assert ids(built, "Britain") == [2635167]
    assert built.alpha2("RUS") == "RU" and built.alpha2("prk") == "KP" and built.alpha2(None) is None


def test_states_and_continents(built: gazetteer.Gazetteer) -> None:
    (idaho,) = [e for e in built.lookup("Idaho") if e.kind == "admin1"]
    assert (idaho.geonameid, idaho.feature, idaho.admin1, idaho.country) == (5596512, "admin", "ID", "US")
    assert idaho.lat is not None and idaho.population > 1_000_000
    (europe,) = [e for e in built.lookup("Europe") if e.feature == "region"]
    assert (europe.geonameid, europe.kind) == (6255148, "continent")


def test_unknown_names_give_nothing(built: gazetteer.Gazetteer) -> None:
    assert built.lookup("Zzyzxqoria") == ()


@pytest.mark.parametrize("name, key", [
    ("The U.S.", "us"), ("Guinea-Bissau", "guinea bissau"), ("Québec", "quebec"), ("  New   York ", "new york"),
    ("Côte d’Ivoire", "cote divoire"),
])
def test_key(name: str, key: str) -> None:
    assert gazetteer.key(name) == key


def test_credit_names_geonames_and_the_licence() -> None:
    assert "GeoNames" in gazetteer.credit() and "CC BY 4.0" in gazetteer.credit()


def test_index_path_follows_the_cache_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "elsewhere"))
    assert gazetteer.index_path().parent == tmp_path / "elsewhere"


def test_subdivisions_of_every_country(built: gazetteer.Gazetteer) -> None:
    (ontario,) = [e for e in built.lookup("Ontario") if e.kind == "admin1"]
    assert (ontario.geonameid, ontario.country, ontario.feature) == (6093943, "CA", "admin")
    assert 42 < ontario.lat < 56 and -95 < ontario.lon < -75  # placed inside the province
    assert ontario.population > 5_000_000  # weighed by its towns' people
    borno = [e for e in built.lookup("Borno State") if e.kind == "admin1"]
    assert [e.geonameid for e in borno] == [2346794]  # "X State" reaches the subdivision "X"


def test_abbreviations_are_marked(built: gazetteer.Gazetteer) -> None:
    (ky,) = built.lookup("Ky.")
    assert ky.abbrev and ky.name == "Kentucky" and not ky.primary
    assert built.lookup("Kentucky")[0].abbrev is False


def test_the_projects_own_features(built: gazetteer.Gazetteer) -> None:
    atlantic = [e for e in built.lookup("Atlantic") if e.feature == "water"]
    assert [e.name for e in atlantic] == ["Atlantic Ocean"] and atlantic[0].public_id is None
    assert atlantic[0].primary  # the project's own names are not GeoNames alternates
    (sea,) = built.lookup("South China Sea")
    assert (sea.kind, sea.country) == ("sea", None) and sea.lat is not None


def test_saint_and_st_share_a_key() -> None:
    assert gazetteer.key("St. Petersburg") == gazetteer.key("Saint Petersburg") == "saint petersburg"
    assert gazetteer.key("Mt. Kenya") == gazetteer.key("Mount Kenya")


def test_the_largest_town_of_a_province_is_marked(built: gazetteer.Gazetteer) -> None:
    nyc = [e for e in built.lookup("New York") if e.feature == "city"][0]
    assert (nyc.geonameid, nyc.kind) == (5128581, "chief city")
    quebec_city = [e for e in built.lookup("Quebec") if e.feature == "city" and e.country == "CA"][0]
    assert quebec_city.kind == "city"  # Montreal is Quebec's largest town


def test_spellings_with_single_letters_reach_regions_and_big_towns(built: gazetteer.Gazetteer) -> None:
    assert gazetteer.fold("hiiraan") == "hiran" and gazetteer.fold("kismaayo") == "kismayo"
    hiiraan = [e for e in built.lookup("Hiran") if e.kind == "admin1"]
    assert [(e.name, e.country, e.primary) for e in hiiraan] == [("Hiiraan", "SO", False)]
    assert [e.geonameid for e in built.lookup("Kismaayo") if e.feature == "city"] == \
        [e.geonameid for e in built.lookup("Kismayo") if e.feature == "city"]
    assert built.lookup("Zzyzxxqoria") == ()
