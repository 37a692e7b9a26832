"""Round 18 (knowledge18): world knowledge by whole class -- universities, think tanks and national rights
groups with their home country (institutions.tsv), laureates, activists, journalists and heads of the largest
firms (people.tsv). Own sentences; what a careful coder records is written in each case before running."""
from __future__ import annotations

import re

import pytest

from eventwire.lexicon import table, words

ALPHA3 = {r["alpha3"] for r in table("countries.tsv")} | {"PSE", "HKG", "TWN", "ESH", "XKX", "VAT"}


def _actors(process, text: str, published: str = "2024-05-10") -> dict[str, object]:
    doc = process(text, published=published, until="actors")
    return {a.name: a for a in doc.actors}


# (sentence, actor's name, country, sector): written before running
BODIES = [
    # universities: the country they are in; as a body a university is EDU (the schools' sector; its scholars
    # who comment are CVL)
    ("A study by Monash University found that water use fell.", "Monash University", "AUS", "EDU"),
    ("Researchers at Griffith University said the drought risk was rising.", "Griffith University", "AUS", "EDU"),
    ("The findings were published by Bilkent University on Monday.", "Bilkent University", "TUR", "EDU"),
    ("Carleton University said it would review the grant.", "Carleton University", "CAN", "EDU"),
    ("McGill University announced new rules for visiting scholars.", "McGill University", "CAN", "EDU"),
    ("The American University of Beirut closed its campus for two days.", "American University of Beirut", "LBN", "EDU"),
    # think tanks and political foundations of one country
    ("The Sasakawa Peace Foundation hosted a forum on maritime security.", "Sasakawa Peace Foundation", "JPN", "CVL"),
    ("The Konrad Adenauer Foundation opened an office in the capital.", "Konrad Adenauer Foundation", "DEU", "CVL"),
    ("A report from the Mercator Institute for China Studies warned of new export curbs.",
     "Mercator Institute for China Studies", "DEU", "CVL"),
    ("The Jerusalem Center for Public Affairs published a poll on Sunday.", "Jerusalem Center for Public Affairs", "ISR",
     "CVL"),
    ("The South African Institute of International Affairs criticized the plan.",
     "South African Institute of International Affairs", "ZAF", "CVL"),
    # rights groups and charities of one country
    ("The Electronic Frontier Foundation filed a lawsuit over the policy.", "Electronic Frontier Foundation", "USA",
     "CVL"),
    ("The Human Rights Commission of Pakistan condemned the arrests.", "Human Rights Commission of Pakistan", "PAK", "CVL"),
    ("B'Tselem said the demolitions broke international law.", "B'Tselem", "ISR", "CVL"),
    # armed groups and cartels
    ("The Syrian Democratic Forces said they had taken the dam.", "Syrian Democratic Forces", "SYR", "REB"),
    ("Kataib Hezbollah claimed the drone strike.", "Kataib Hezbollah", "IRQ", "REB"),
    ("The Sinaloa Cartel has been weakened by infighting, officials said.", "Sinaloa Cartel", "MEX", "CRM"),
    # large firms of defence, shipping, drugs and banking: BUS with their home country
    ("Hapag-Lloyd said its ships would avoid the strait.", "Hapag-Lloyd", "DEU", "BUS"),
    ("Serum Institute of India will ship the doses next month.", "Serum Institute of India", "IND", "BUS"),
    ("Naval Group lost the submarine contract.", "Naval Group", "FRA", "BUS"),
    # international ones keep no country
    ("Access Now said the shutdown cut off millions of users.", "Access Now", None, "CVL"),
]


@pytest.mark.parametrize("text,name,country,sector", BODIES)
def test_bodies_of_each_class(process, text, name, country, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert (actors[name].country, actors[name].sector) == (country, sector)


PEOPLE = [
    # laureates and activists: the country they come from, CVL
    ("Malala Yousafzai spoke at the conference on girls' schooling.", "Malala Yousafzai", "PAK", "CVL"),
    ("Greta Thunberg joined the protest outside parliament.", "Greta Thunberg", "SWE", "CVL"),
    ("Narges Mohammadi wrote a letter from prison.", "Narges Mohammadi", "IRN", "CVL"),
    ("Joshua Wong was moved to another prison, his lawyers said.", "Joshua Wong", "HKG", "CVL"),
    # journalists and press owners: MED
    ("Maria Ressa said the ruling was a victory for the press.", "Maria Ressa", "PHL", "MED"),
    ("Jimmy Lai pleaded not guilty to all charges.", "Jimmy Lai", "HKG", "MED"),
    # opposition politicians
    ("Vladimir Kara-Murza told reporters he would keep campaigning.", "Vladimir Kara-Murza", "RUS", "OPP"),
    # government spokespeople, named by name alone
    ("Lin Jian told a news briefing that the sale was opposed.", "Lin Jian", "CHN", "GOV"),
    ("Esmaeil Baghaei said the talks would continue next week.", "Esmaeil Baghaei", "IRN", "GOV"),
    ("Daniel Hagari said troops had found a tunnel.", "Daniel Hagari", "ISR", "MIL"),
    # foreign ministers of further states
    ("Mohamad Hasan met his counterpart in Jakarta.", "Mohamad Hasan", "MYS", "GOV"),
    ("Alberto van Klaveren said the embassy would stay open.", "Alberto van Klaveren", "CHL", "GOV"),
    # defence ministers of further states
    ("Guido Crosetto said the frigates would sail in June.", "Guido Crosetto", "ITA", "GOV"),
    ("Pal Jonson told lawmakers the drills were a warning.", "Pal Jonson", "SWE", "GOV"),
    # heads of the largest firms, BUS while heading them
    ("Jensen Huang said demand for the chips was strong.", "Jensen Huang", "USA", "BUS"),
    ("Mukesh Ambani unveiled a new energy venture.", "Mukesh Ambani", "IND", "BUS"),
    ("Shou Zi Chew testified before the committee.", "Shou Zi Chew", "SGP", "BUS"),
]


@pytest.mark.parametrize("text,name,country,sector", PEOPLE)
def test_people_of_each_class(process, text, name, country, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert (actors[name].country, actors[name].sector) == (country, sector)


def test_a_dated_head_of_a_firm_is_no_head_before_taking_office(process) -> None:
    # Andy Jassy took Amazon's chief executive office in July 2021: in 2019 the base gives no BUS office
    # (the country holds at any date)
    before = _actors(process, "Andy Jassy spoke to investors in Seattle.", published="2019-03-01")["Andy Jassy"]
    after = _actors(process, "Andy Jassy spoke to investors in Seattle.", published="2023-03-01")["Andy Jassy"]
    assert after.sector == "BUS" and before.country == after.country == "USA"
    assert before.sector != "BUS"


def test_an_appointee_speaks_for_the_state_only_while_in_office(process) -> None:
    # Japan's chief cabinet secretary of 2021-2023 in 2022 a minister, in 2025 no longer one (a former
    # minister is no government now)
    text = "Hirokazu Matsuno told reporters the launch was a grave threat."
    assert _actors(process, text, published="2022-10-04")["Hirokazu Matsuno"].sector == "GOV"
    assert _actors(process, text, published="2025-06-04")["Hirokazu Matsuno"].sector != "GOV"


def test_a_place_name_alone_is_no_university(process) -> None:
    # 'Oxford' alone is a city: only the university's full names are listed
    actors = _actors(process, "Police in Oxford arrested two men on Tuesday.")
    assert not any("University" in n for n in actors), sorted(actors)


# the files parse, hold no duplicate names and only valid alpha-3 codes
def _rows(name: str) -> list[dict[str, str]]:
    return list(table(name))


def test_institutions_parse_without_duplicates() -> None:
    seen: dict[str, str] = {}
    for r in _rows("institutions.tsv"):
        assert r["kind"] in {"organization", "group", "media"}, r
        assert r["country"] == "" or r["country"] in ALPHA3, r
        assert re.fullmatch(r"[A-Z]{3}", r["sector"]), r
        for n in [r["name"], *r["aliases"].split("|")]:
            if n:
                # one row for each name (case variants of a name within one row are spellings of it)
                assert seen.setdefault(n.lower(), r["name"]) == r["name"], (n, seen[n.lower()])


def test_firms_parse_without_duplicates() -> None:
    seen: dict[str, str] = {}
    for r in _rows("firms.tsv"):
        assert r["country"] == "" or r["country"] in ALPHA3, r
        for n in [r["name"], *r["aliases"].split("|")]:
            if n:
                assert seen.setdefault(n.lower(), r["name"]) == r["name"], (n, seen[n.lower()])


def test_people_rows_parse_and_are_not_repeated() -> None:
    seen = set()
    for r in _rows("people.tsv"):
        assert r["country"] == "" or r["country"] in ALPHA3, r
        for d in (r["from"], r["until"]):
            assert d == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d), r
        key = (r["name"], r["role"], r["from"], r["until"])
        assert key not in seen, r
        seen.add(key)


def test_new_people_take_no_bare_surname() -> None:
    # a surname alone stands for a figure only when surnames_alone.txt lists it: none of these common ones
    alone = words("surnames_alone.txt")
    for surname in ("cook", "huang", "lai", "wong", "law", "chow", "son", "su", "ma", "lee", "gates", "murad"):
        assert surname not in alone
