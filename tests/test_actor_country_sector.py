"""Actor country and sector rules (issue 16), each on sentences written for these tests in several shapes."""
from __future__ import annotations

import re

import pytest

from eventwire.lexicon import table
from eventwire.record import Actor
from eventwire.stages.actors.mentions import Title
from eventwire.stages.actors.sector import group_sector, head_sector, record_sector, title_sector, vocabulary
from eventwire.stages.actors.words import actor_words

RECORD_SECTORS = {"GOV", "MIL", "MED", "IGO", "OPP", "REB", "BUS", "CVL", "LEG", "JUD", "CRM"}


def _actors(process, text: str, until: str = "actors") -> dict[str, Actor]:
    return {a.name: a for a in process(text, until=until).actors}


def _title(before: str = "", appositives: tuple[str, ...] = (), governor: str = "") -> Title:
    return Title(" ".join([before, *appositives, governor]).strip(), before, list(appositives), governor)


# ---- the record's vocabulary ---------------------------------------------------------------------------

def test_every_lexicon_sector_maps_onto_the_records_vocabulary() -> None:
    """Whatever finer role a lexicon row gives, the table says what the record shows for it."""
    used = {r["sector"] for name in ("roles.tsv", "group_nouns.tsv", "group_modifiers.tsv", "org_words.tsv",
                                     "state_bodies.tsv", "named_bodies.tsv", "institutions.tsv") for r in table(name)}
    used.discard("")
    assert used - set(vocabulary()) == set()
    assert {v for v in vocabulary().values() if v} <= RECORD_SECTORS


@pytest.mark.parametrize("internal, shown, code", [
    ("COP", "GOV", "KENGOVCOP"), ("REF", "CVL", "KENREF"), ("LAB", "CVL", "KENLAB"), ("AGR", "CVL", "KENAGR"),
    ("SPY", "GOV", "KENSPY"), ("PTY", None, "KENPTY"), ("MIL", "MIL", "KENMIL")])
def test_record_sector_keeps_the_finer_role_in_the_code(internal, shown, code) -> None:
    actor = Actor(id="a1", name="x", kind="group", country="KEN", sector=internal, code=f"KEN{internal}")
    record_sector(actor)
    assert (actor.sector, actor.code) == (shown, code)


def test_refugees_workers_and_farmers_are_civilians_in_the_record(process) -> None:
    actors = _actors(process, "Sudanese refugees crossed the border at dawn. Striking Kenyan workers blocked the "
                              "road, and Ugandan farmers said prices had fallen.", until="events")
    for name, country in (("Sudanese refugees", "SDN"), ("Kenyan workers", "KEN"), ("Ugandan farmers", "UGA")):
        assert (actors[name].country, actors[name].sector) == (country, "CVL"), name


# ---- head nouns: the project's lexicons, then PETRARCH2's agents ----------------------------------------

@pytest.mark.parametrize("phrase, sector", [
    ("the judges", "JUD"), ("two prosecutors", "JUD"), ("Researchers", "CVL"), ("riot police", "COP"),
    ("eight Republican senators", "LEG"), ("the gunmen", "REB"), ("a spokesman", "GOV"), ("protesters", "CVL")])
def test_head_nouns_give_sectors(phrase, sector) -> None:
    assert head_sector(phrase) == (sector, True)


def test_an_unknown_head_gives_nothing() -> None:
    assert head_sector("the umbrellas") == (None, False)


def test_groups_named_by_a_common_noun_take_its_sector(process) -> None:
    actors = _actors(process, "The judges said on Friday that the law stood. Prosecutors said they would appeal. "
                              "Militant groups claimed the blast.", until="events")
    assert actors["judges"].sector == "JUD"  # a group named by its noun alone
    assert actors["Prosecutors"].sector == "JUD"
    assert actors["Militant groups"].sector == "REB"


@pytest.mark.parametrize("noun, modifier, sector", [
    ("MIL", "GOV", "MIL"),   # government soldiers
    ("COP", "GOV", "COP"),   # government police
    ("CVL", "OPP", "OPP"),   # opposition supporters
    ("MIL", "REB", "REB"),   # rebel soldiers
    ("COP", "MIL", "MIL"),   # army officers
    ("GOV", None, "GOV")])
def test_a_word_before_a_group_noun_sets_its_sector_except_a_side_before_armed_men(noun, modifier, sector) -> None:
    assert group_sector(noun, modifier) == sector


def test_government_troops_stay_an_armed_force(process) -> None:
    actors = _actors(process, "Government troops retook the town, and opposition supporters marched in Harare.")
    assert actors["Government troops"].sector == "MIL"
    assert actors["opposition supporters"].sector == "OPP"


# ---- a person's title ------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, role, sector", [
    (_title("Former French Ambassador"), "ambassador", "CVL"),
    (_title("", ("an ex-diplomat",)), "diplomat", "CVL"),
    (_title("former President"), "president", "GOV"),              # a head of state keeps his office's sector
    (_title("-President"), "president", "GOV"),                     # 'then-President X' (the tokenizer cuts 'then')
    (_title("British Prime Minister", ("a former human rights lawyer",)), "prime minister", "GOV"),
    (_title("", ("Indonesia's education minister",), ), "minister", "GOV"),
    (_title("Homeland Security Secretary"), "secretary", "GOV"),   # not a soldier for 'security'
    (_title("police spokesman"), "spokesman", "COP"),
    (_title("51-year-old security guard"), "security guard", "CVL"),
    (_title("", ("an opposition lawmaker on the Committee on Trade, Justice and Public Works",)),
     "opposition lawmaker", "LEG"),
    (_title("Judge", (), "The court's president"), "president", "JUD"),
    (_title("", ("president of the region's national assembly",)), "president", "LEG"),
    (_title("Senate head"), None, "LEG"),
    (_title("", ("a nonresident senior fellow at the Atlantic Council",)), "senior fellow", "CVL")])
def test_the_title_head_gives_the_role_and_sector(title, role, sector) -> None:
    assert title_sector(actor_words(), title) == (role, sector)


def test_former_officials_are_civilians_and_present_ones_keep_their_office(process) -> None:
    text = ("Former Canadian ambassador Paul Girard said the plan would fail. Chilean Prime Minister Rosa Vidal, a "
            "former economist, disagreed. Former President Carlos Ibarra of Peru stayed silent.")
    actors = _actors(process, text)
    assert (actors["Paul Girard"].country, actors["Paul Girard"].sector) == ("CAN", "CVL")
    assert actors["Rosa Vidal"].sector == "GOV"
    assert actors["Carlos Ibarra"].sector == "GOV"


def test_a_defence_secretary_is_government(process) -> None:
    actors = _actors(process, "Homeland Security Secretary Dana Whitfield and Defense Secretary Omar Bell spoke on "
                              "Monday.")
    assert actors["Dana Whitfield"].sector == "GOV"
    assert actors["Omar Bell"].sector == "GOV"


def test_a_national_director_general_is_not_an_international_official(process) -> None:
    text = ("Lieutenant General Aamir Raza, director general of the army's media wing, Inter Services Public "
            "Relations, said the operation was over.")
    raza = _actors(process, text)["Aamir Raza"]
    assert raza.sector == "MIL" and raza.country == "PAK"


# ---- country ---------------------------------------------------------------------------------------------

def test_outlet_staff_are_media_of_the_outlets_country(process) -> None:
    text = ("Reuters' Anna Pike contributed to this report. Tom Reyes of the BBC's Hausa service reported from "
            "Kano.")
    actors = _actors(process, text)
    assert (actors["Anna Pike"].sector, actors["Anna Pike"].country) == ("MED", "GBR")
    assert (actors["Tom Reyes"].sector, actors["Tom Reyes"].country) == ("MED", "GBR")


def test_being_interviewed_by_an_outlet_lends_no_country(process) -> None:
    text = ("In an interview with the BBC, federal lawmaker Abdi Warsame said Somali troops had retaken the port. "
            "Warsame, a Somali lawmaker, spoke from Mogadishu.")
    warsame = _actors(process, text)["Abdi Warsame"]
    assert warsame.country != "GBR" and warsame.sector == "LEG"


@pytest.mark.parametrize("text, name, country", [
    ("Sindh Chief Minister Bilal Qureshi said the floods had receded.", "Bilal Qureshi", "PAK"),
    ("Bavarian officials met. Texas Governor Luke Harmon signed the bill.", "Luke Harmon", "USA"),
    ("Kachin State Minister Hkun Awng said the road was cut.", "Hkun Awng", "MMR")])
def test_a_region_of_one_country_in_a_title_gives_that_country(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


def test_a_region_of_two_countries_says_nothing() -> None:
    from eventwire.stages.actors.places import region_country

    assert region_country(actor_words(), "Punjab") is None
    assert region_country(actor_words(), "Balochistan") == "PAK"


@pytest.mark.parametrize("name, country", [
    ("Inter-Parliamentary Alliance on China", None), ("Committee for Freedom in Hong Kong", None),
    ("Malawi Electoral Commission", "MWI"), ("Ethiopian News Agency", "ETH")])
def test_a_country_after_on_or_for_in_a_bodys_name_is_its_subject(name, country) -> None:
    from eventwire.stages.actors.country import name_country

    assert name_country(actor_words(), name) == country


def test_a_bare_senate_is_not_the_us_senate(process) -> None:
    text = "PHNOM PENH — Senate head Chea Vanna said on Monday that Cambodia would not change course."
    chea = _actors(process, text)["Chea Vanna"]
    assert chea.country != "USA" and chea.sector == "LEG"
    us = _actors(process, "The U.S. Senate voted 60 to 40 on Friday.")["U.S. Senate"]
    assert (us.country, us.sector) == ("USA", "LEG")


def test_a_brief_or_another_actors_name_does_not_place_a_person(process) -> None:
    text = ("Mark Olsen, the State Department's special envoy for North Korea, said talks would resume. "
            "Olsen spoke in Washington.")
    assert _actors(process, text)["Mark Olsen"].country != "PRK"


def test_institutions_named_inside_a_longer_name_are_not_the_body(process) -> None:
    text = "Aylin Demir, vice chair of the World Uyghur Congress, said the deportations must stop."
    assert _actors(process, text)["Aylin Demir"].sector != "LEG"


def test_an_armed_bodys_fighters_are_that_body(process) -> None:
    doc = process("Boko Haram fighters attacked the village. Boko Haram later claimed the raid.", until="actors")
    boko = [a for a in doc.actors if a.name == "Boko Haram"]
    assert len(boko) == 1 and (boko[0].country, boko[0].sector) == ("NGA", "REB")
    assert [m.text for m in boko[0].mentions][0] == "Boko Haram fighters"


def test_org_names_say_what_kind_of_body_they_are() -> None:
    w = actor_words()
    for name, sector in (("Pew Research Center", "CVL"), ("Heritage Foundation", "CVL"), ("Zion Holdings", "BUS"),
                         ("Delta Air Lines", "BUS"), ("Tourism Authority of Thailand", "GOV"),
                         ("Legislative Yuan", "LEG"), ("Nigeria Centre for Disease Control", "GOV"),
                         ("Sudan Liberation Army", "REB"), ("Blantyre Girls Primary School", "CVL")):
        assert w.org_kind(name)[1] == sector, name


def test_agent_table_is_well_formed() -> None:
    rows = table("agent_sectors.tsv")
    assert len(rows) > 3000
    for r in rows:
        assert r["phrase"] == r["phrase"].lower() and not re.search(r"[_!{}\[\]]", r["phrase"]), r
        assert (vocabulary().get(r["code"][:3]) or "") == r["sector"], r


def test_a_group_named_after_a_place_of_several_words_keeps_them(process) -> None:
    actors = _actors(process, "Hong Kong officials rejected the report. Later, New Zealand diplomats said they "
                              "would meet Sri Lanka officials.", until="events")
    assert (actors["Hong Kong officials"].country, actors["Hong Kong officials"].sector) == ("HKG", "GOV")
    assert (actors["New Zealand diplomats"].country, actors["New Zealand diplomats"].sector) == ("NZL", "GOV")
    assert actors["Sri Lanka officials"].country == "LKA"


@pytest.mark.parametrize("title, role, sector", [
    (_title("Minister of Justice"), "minister", "GOV"),
    (_title("prison Inspector General"), "inspector general", "GOV"),
    (_title("", ("senior adviser to the Chinese American Museum",)), "adviser", "GOV")])
def test_titles_with_of_and_general_inside(title, role, sector) -> None:
    assert title_sector(actor_words(), title) == (role, sector)


def test_an_adviser_takes_the_sector_of_the_body_served(process) -> None:
    text = "Dana Reyes, a senior adviser at the International Crisis Group, said the truce was fragile."
    assert _actors(process, text)["Dana Reyes"].sector == "CVL"


@pytest.mark.parametrize("day, sector", [("2019-06-01", "REB"), ("2024-06-01", "GOV")])
def test_a_body_whose_role_changed_takes_the_role_of_the_day(process, day, sector) -> None:
    """The Taliban were insurgents until August 2021 and have governed Afghanistan since."""
    text = "Taliban spokesman Qari Nasrat said the Taliban had closed the road."
    doc = process(text, published=day, until="actors")
    actors = {a.name: a for a in doc.actors}
    assert actors["Taliban"].sector == sector
    assert actors["Qari Nasrat"].sector == sector


def test_gangs_are_armed_men_outside_the_state(process) -> None:
    actors = _actors(process, "Criminal gangs attacked the port on Monday. Kidnappers freed two nurses.",
                     until="events")
    gangs = next(a for a in actors.values() if "gangs" in a.name.lower())
    assert (gangs.sector, (gangs.code or "")[-3:]) == ("CRM", "CRM")


@pytest.mark.parametrize("text, name, country", [
    ("Jan Smit, an analyst at the Clarion Institute in Amsterdam, said the vote was close.", "Clarion Institute",
     "NLD"),
    ("The Berlin-based Vireo Foundation said it would appeal.", "Vireo Foundation", "DEU")])
def test_where_a_body_is_based_gives_its_country(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("title, country", [
    ("Twelve Rohingya stranded in Malaysia weeks after 30 sent back to Myanmar", "MYS"),
    ("Botswana hunting revenues almost double amid UK opposition", "BWA"),
    ("Cyclone batters Malawi, Mozambique", None),
    ("Experts weigh a new tariff plan", None)])
def test_the_headline_names_the_storys_country(title, country) -> None:
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.actors.setting import _headline_country

    assert _headline_country(Document(Article(text="x", title=title)), actor_words()) == country


def test_a_predicate_noun_gives_a_role_and_its_adjective_a_nationality(process) -> None:
    text = ("Lin Bo is a Chinese businessman in Vienna. U.S. Senator Mary Holt is the loudest critic of this China "
            "policy.")
    actors = _actors(process, text)
    assert (actors["Lin Bo"].country, actors["Lin Bo"].sector) == ("CHN", "BUS")
    assert actors["Mary Holt"].country == "USA"  # a country named in what she criticises is no nationality


def test_a_country_name_with_an_adjective_inside_stays_whole_before_a_group_noun(process) -> None:
    actors = _actors(process, "Central African Republic officials are urging refugees to come back.")
    assert (actors["Central African Republic officials"].country,
            actors["Central African Republic officials"].sector) == ("CAF", "GOV")
