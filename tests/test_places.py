"""The places stage on sentences written for these tests: exact geonameids, no mocks."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from eventwire.record import Place
from .file_helpers import load_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

Process = Callable[..., Any]


def places(process: Process, text: str) -> list[Place]:
    doc = process(text, "2024-05-01", until="places")
    for p in doc.places:
        assert text[p.start:p.end] == p.text
    assert [p.id for p in doc.places] == [f"p{i}" for i in range(1, len(doc.places) + 1)]
    assert [p.start for p in doc.places] == sorted(p.start for p in doc.places)
    return doc.places


def found(process: Process, text: str) -> list[tuple[str, int | None]]:
    return [(p.text, p.geonameid) for p in places(process, text)]


# ---- place or government -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pyongyang said on Tuesday that it would not give up its weapons.",
    "Moscow denied the report on Wednesday.",
    "Washington warned of new sanctions.",
    "Beijing would control the encounter, the diplomat added.",
    "The envoy urged Pyongyang to return to the talks.",
])
def test_a_capital_that_acts_is_not_a_place(process: Process, text: str) -> None:
    assert places(process, text) == []


@pytest.mark.parametrize("text, name", [
    ("Lavrov visited Pyongyang last week.", "Pyongyang"),
    ("The talks in Beijing ended without a statement.", "Beijing"),
    ("He has made two trips to Beijing this year.", "Beijing"),
    ("The delegation flew home from Pyongyang on Friday.", "Pyongyang"),
    ("Kim rarely ventures outside of Pyongyang.", "Pyongyang"),
])
def test_a_capital_as_a_location_is_a_place(process: Process, text: str, name: str) -> None:
    wanted = {"Pyongyang": 1871859, "Beijing": 1816670}[name]
    assert found(process, text) == [(name, wanted)]


def test_countries_acting_or_owning_are_not_places(process: Process) -> None:
    text = ("Russia has been one of the loudest voices against the sanctions. China was attempting to broker "
            "a meeting, according to Russia's TASS news agency.")
    assert places(process, text) == []


def test_a_country_as_a_location_is_a_place(process: Process) -> None:
    assert found(process, "Prices rose sharply in Russia last year.") == [("Russia", 2017370)]


def test_demonyms_and_name_modifiers_are_not_places(process: Process) -> None:
    assert places(process, "Russian and North Korean officials prepared the Qingdao summit.") == []


def test_hyphenated_party_adjectives_are_not_places(process: Process) -> None:
    assert places(process, "Analysts described the U.S.-led talks and the Russia-backed plan.") == []


@pytest.mark.parametrize("text, name, geonameid", [
    ("A Dubai-based analyst described the U.S.-led talks.", "Dubai", 292223),
    ("The Nairobi-based group published its findings on Monday.", "Nairobi", 184745),
    ("She is a London-born architect.", "London", 2643743),
])
def test_literal_places_inside_adjectives_are_places(process: Process, text: str, name: str,
                                                     geonameid: int) -> None:
    assert found(process, text) == [(name, geonameid)]


# ---- resolution ----------------------------------------------------------------------------------
def test_city_country_pattern(process: Process) -> None:
    got = found(process, "He has only travelled to Beijing and Dalian, China, this year.")
    assert got == [("Beijing", 1816670), ("Dalian", 1814087), ("China", 1814991)]


def test_vladivostok_russia_and_continuity(process: Process) -> None:
    text = ("The forum will be held in Vladivostok, Russia, in September. "
            "Vladivostok is about 100 miles from the border.")
    got = places(process, text)
    assert [(p.text, p.geonameid, p.feature) for p in got] == [
        ("Vladivostok", 2013348, "city"), ("Russia", 2017370, "country"), ("Vladivostok", 2013348, "city")]
    assert got[1].country == "RU" and (got[1].lat, got[1].lon) == (60.0, 100.0)


def test_moscow_idaho_in_a_us_story(process: Process) -> None:
    text = ("The University of Idaho is in Moscow, Idaho. Police in Moscow said four students "
            "were found dead near the campus.")
    got = places(process, text)
    assert [(p.text, p.geonameid) for p in got] == [("Moscow", 5601538), ("Idaho", 5596512), ("Moscow", 5601538)]
    assert got[0].country == "US" and got[1].feature == "admin"


def test_moscow_in_a_russian_story(process: Process) -> None:
    text = "Police in Moscow detained dozens of protesters on Saturday, Russian media reported."
    (moscow,) = places(process, text)
    assert (moscow.geonameid, moscow.country, moscow.name) == (524901, "RU", "Moscow")


def test_a_state_in_the_story_pulls_its_town(process: Process) -> None:
    text = "Police in Moscow said the students of the University of Idaho were found near campus."
    assert found(process, text) == [("Moscow", 5601538)]


def test_alternate_names_resolve_to_the_modern_place(process: Process) -> None:
    got = places(process, "Foreign visitors to Peking and Tsingtao were counted.")
    assert [(p.text, p.name, p.geonameid) for p in got] == [
        ("Peking", "Beijing", 1816670), ("Tsingtao", "Qingdao", 1797929)]


def test_a_small_town_named_with_its_country(process: Process) -> None:
    got = places(process, "The aid convoy reached Ternivka, Ukraine, on Friday.")
    assert [(p.text, p.country) for p in got] == [("Ternivka", "UA"), ("Ukraine", "UA")]
    assert got[0].geonameid is not None and got[0].feature == "city"


def test_unknown_name_in_a_location_is_kept_without_an_id(process: Process) -> None:
    (place,) = places(process, "Protesters gathered in Kalvoria, the provincial capital, on Sunday.")
    assert (place.text, place.geonameid, place.lat, place.lon, place.country) == (
        "Kalvoria", None, None, None, None)


def test_unknown_landmarks_and_regions_are_left_out(process: Process) -> None:
    text = "The shutdown of the Punggye-ri Nuclear Test Site was a step towards peace on the Korean Peninsula."
    assert places(process, text) == []


def test_an_ambiguous_small_name_is_not_guessed(process: Process) -> None:
    (place,) = places(process, "He travelled to Springfield last week.")
    assert place.geonameid is None and place.lat is None


def test_a_world_capital_beats_a_same_named_us_town(process: Process) -> None:
    text = "She flew from New York to Rome, where the airport was nearly empty."
    got = found(process, text)
    assert ("Rome", 3169070) in got


def test_empty_text(process: Process) -> None:
    assert places(process, "") == []


# ---- the seed article ----------------------------------------------------------------------------
@pytest.mark.shared
def test_seed_article_places(seed_record: dict[str, Any]) -> None:
    if not (SHARED / "tools" / "score.py").exists():
        pytest.skip("../shared is not beside the checkout")
    score = load_file(SHARED / "tools" / "score.py", "score")
    gold = score.Gold(str(SHARED / "corpus" / "seed" / "putin-kim-2018-06-04.gold.json"))
    counts = score.score_one(gold, seed_record)["places"]
    assert counts["tp"] / counts["gold"] >= 0.95
    assert counts["tp"] / counts["pred"] >= 0.9
    assert counts["ok"] / counts["gold"] >= 0.95


def test_new_york_and_washington_read_as_the_cities(process: Process) -> None:
    text = "The envoy flew from New York to Washington for talks in Washington on Monday."
    got = found(process, text)
    assert ("New York", 5128581) in got and ("Washington", 4140963) in got


def test_datelines_possessive_countries_and_namesake_towns(process) -> None:
    doc = process("LILONGWE, Malawi — The commission met on Monday. Aid reached central Mozambique. "
                  "Talks on a ceasefire around Goma, Qatar's foreign ministry said, would resume.", until="places")
    found = {p.text: (p.geonameid, p.country) for p in doc.places}
    assert found["LILONGWE"] == (927967, "MW")
    assert found["Mozambique"] == (1036973, "MZ")  # the country, not its namesake town
    assert found["Goma"] == (216281, "CD")  # "Goma, Qatar's ..." is no "City, Country"


# ---- issue 17: governments told from places ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Beijing hinted on Friday that it could retaliate.",
    "Critics say Brussels is assuming too much power over budgets.",
    "Relations soured amid tension with Ankara over the pipeline.",
    "The plan drew support from France and Spain last week.",
    "Exporters fear retaliation from Tokyo.",
    "Lawmakers debated new sanctions against Iran.",
    "Investors worry about a trade war between Washington and Beijing.",
])
def test_a_party_named_by_its_place_is_not_a_place(process: Process, text: str) -> None:
    assert places(process, text) == []


@pytest.mark.parametrize("text, name", [
    ("After a long siege, Aleppo fell to government forces.", "Aleppo"),
    ("Mariupol suffered weeks of bombardment.", "Mariupol"),
    ("Refugees from Syria crossed the border on foot.", "Syria"),
    ("Thousands fled back to Sudan after the fighting.", "Sudan"),
])
def test_a_place_that_undergoes_or_is_left_stays_a_place(process: Process, text: str, name: str) -> None:
    assert [p.text for p in places(process, text)] == [name]


def test_countries_listed_after_a_located_noun_are_places(process: Process) -> None:
    text = "Many fled to neighbouring countries, including Kenya, Uganda and Tanzania."
    assert [p.text for p in places(process, text)] == ["Kenya", "Uganda", "Tanzania"]


# ---- issue 17: seas, regions, subdivisions --------------------------------------------------------
def test_seas_and_straits_have_points_but_no_claimed_geonameid(process: Process) -> None:
    got = places(process, "Warships sailed through the Taiwan Strait into the South China Sea on Monday.")
    assert [(p.text, p.feature, p.geonameid) for p in got] == [
        ("Taiwan Strait", "water", None), ("South China Sea", "water", None)]
    assert all(p.lat is not None and p.lon is not None for p in got)


def test_a_region_as_a_topic_is_no_place(process: Process) -> None:
    assert places(process, "The envoy discussed issues related to the Korean Peninsula.") == []


def test_a_region_as_a_location_is_a_place(process: Process) -> None:
    (place,) = places(process, "Temperatures soared across the Middle East this week.")
    assert (place.text, place.feature, place.country) == ("Middle East", "region", None)
    assert 15 < place.lat < 40 and 30 < place.lon < 60  # not the Baltimore neighbourhood of that name


@pytest.mark.parametrize("text, name, country", [
    ("Flooding hit farms across Ontario this spring.", "Ontario", "CA"),
    ("He grew up in England before moving abroad.", "England", "GB"),
    ("Militants attacked a convoy in Karnataka on Sunday.", "Karnataka", "IN"),
])
def test_provinces_beat_their_namesake_towns(process: Process, text: str, name: str, country: str) -> None:
    (place,) = places(process, text)
    assert (place.text, place.feature, place.country) == (name, "admin", country)


def test_a_cue_noun_makes_a_small_town_a_place(process: Process) -> None:
    (place,) = places(process, "Gunmen raided the town of Rutshuru before dawn.")
    assert (place.text, place.geonameid, place.country) == ("Rutshuru", 206047, "CD")


def test_a_province_named_with_its_cue_noun(process: Process) -> None:
    (place,) = places(process, "Heavy rain fell in Xinjiang province on Friday.")
    assert place.country == "CN" and place.feature == "admin" and place.geonameid == 1529047


def test_an_abbreviated_state_narrows_its_town(process: Process) -> None:
    got = places(process, "The governor spoke in Frankfort, Ky., on Monday.")
    assert got[0].text == "Frankfort" and got[0].geonameid == 4292188
    assert got[1].geonameid == 6254925  # Kentucky


def test_an_abbreviation_alone_is_no_place(process: Process) -> None:
    assert places(process, "Miss. Smith and Ore. Jones arrived late.") == []


def test_washington_dc_is_the_capital_not_the_state(process: Process) -> None:
    got = places(process, "Thousands marched in Washington, D.C., on Sunday.")
    assert (got[0].text, got[0].geonameid) == ("Washington", 4140963)


def test_saint_and_st_are_one_name(process: Process) -> None:
    (place,) = places(process, "The delegation arrived in St. Petersburg on Tuesday.")
    assert (place.country, place.geonameid) == ("RU", 498817)


@pytest.mark.parametrize("text, name", [
    ("NEW DELHI: India said on Monday that talks would resume.", "NEW DELHI"),
    ("SAN DIEGO (AP) — A fire destroyed two homes on Sunday.", "SAN DIEGO"),
    ("NAIROBI, Kenya — Rains flooded the capital.", "NAIROBI"),
])
def test_datelines_in_their_forms(process: Process, text: str, name: str) -> None:
    got = places(process, text)
    assert got[0].text == name and got[0].geonameid is not None


def test_an_acronym_is_never_a_small_town(process: Process) -> None:
    assert [p.text for p in places(process, "Farmers in the EU protested against the new rules.")] in ([], ["EU"])
    assert all(p.feature != "city" for p in places(process, "Farmers in the EU protested against the new rules."))


def test_a_qualifier_that_fits_nothing_does_not_empty_the_name(process: Process) -> None:
    text = "Delegates gathered in Ankara, Ohio, on Monday. Talks in Ankara resumed on Tuesday."
    got = [p for p in places(process, text) if p.text == "Ankara"]
    assert len(got) == 2 and all(p.geonameid is not None for p in got)


def test_compass_words_are_no_places(process: Process) -> None:
    assert places(process, "China offers an alternative to the West, the minister said.") == []


def test_a_us_region_is_a_place(process: Process) -> None:
    (place,) = places(process, "Heavy snow fell across the Midwest on Sunday.")
    assert (place.text, place.country, place.feature) == ("Midwest", "US", "region")


@pytest.mark.parametrize("text, name", [
    ("Sardinia has seen heavy rain this week.", "Sardinia"),
    ("The island of Lampedusa received hundreds of migrants.", "Lampedusa"),
    ("Both countries claim sovereignty over the Spratly Islands.", "Spratly Islands"),
    ("Fishing fleets compete for Arabian Sea catches.", "Arabian Sea"),
])
def test_seas_and_islands_are_places_in_any_role(process: Process, text: str, name: str) -> None:
    assert [p.text for p in places(process, text)] == [name]


@pytest.mark.parametrize("text, country, feature", [
    ("Flooding in Cumbria closed roads.", "GB", "admin"),  # a county, the only place of that name
    ("Residents of Orange County were told to evacuate.", "US", "admin"),  # the largest of its namesakes
    ("He was born in Paris, Texas.", "US", "city"),
    ("The fire broke out in Springfield, Ill., on Sunday.", "US", "city"),
])
def test_counties_and_towns_with_their_states(process: Process, text: str, country: str, feature: str) -> None:
    first = places(process, text)[0]
    assert (first.country, first.feature) == (country, feature) and first.geonameid is not None
