"""Where an actor's country comes from when its own mention gives none (issue 16): the sentence it stands
in, the body it speaks for, the outlet it works for, where a body is based, the story's setting. Each
rule on sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest

from eventwire.record import Actor
from eventwire.stages.actors.words import actor_words


def _actors(process, text: str, until: str = "actors") -> dict[str, Actor]:
    return {a.name: a for a in process(text, until=until).actors}


# ---- a country named in the actor's sentence ------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    # a party to what the actor does or says is not where the actor is from
    ("The tribunal's president, Judge Ines Varga, rejected Chile's request to delay the hearing.",
     "Ines Varga", "CHL"),
    ("Federal prosecutor Dana Whitfield said Caracas had paid the two men to watch the house.",
     "Dana Whitfield", "VEN"),
    ("The panel's chair, Oskar Lind, added that Portugal was under no obligation to pay.", "Oskar Lind", "PRT"),
    ("Marta Quispe, a wholesaler, now considers Peru her main market.", "Marta Quispe", "PER"),
])
def test_a_country_the_actor_acts_on_or_speaks_of_does_not_place_it(process, text, name, country) -> None:
    assert _actors(process, text)[name].country != country


@pytest.mark.parametrize("text, name, country", [
    ("Elena Moroz told reporters in Kharkiv that the shelling had stopped.", "Elena Moroz", "UKR"),
    ("Tomas Berg, an engineer, says the high cost of living in Norway made him leave.", "Tomas Berg", "NOR"),
    ("John Mensah, a farmer, was injured on Tuesday near Kumasi, police said.", "John Mensah", "GHA"),
])
def test_where_the_actor_is_still_places_it(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("phrase", ["prices asked in North America", "Latin American buyers",
                                    "South American rivers", "Central America's coffee"])
def test_part_of_a_continent_is_no_country(phrase) -> None:
    assert actor_words().country_in(phrase) is None


@pytest.mark.parametrize("phrase, country", [
    ("a South Korean firm", "KOR"), ("North Korea's army", "PRK"), ("the Central African Republic", "CAF"),
    ("America's allies", "USA")])
def test_countries_named_with_a_compass_word_stay_countries(phrase, country) -> None:
    assert actor_words().country_in(phrase) == country


# ---- the outlet a person works for ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Gunmen attacked a market in Baidoa on Monday. A VOA reporter in the city said at least four traders "
     "were hurt. The reporter said troops had closed the roads.", "VOA reporter", "USA"),
    ("Protesters blocked the main road into Goma on Friday. A Reuters correspondent at the scene counted 12 "
     "burned trucks. The correspondent said police fired tear gas.", "Reuters correspondent", "GBR"),
])
def test_an_unnamed_reporter_of_an_outlet_takes_the_outlets_country(process, text, name, country) -> None:
    actor = _actors(process, text)[name]
    assert (actor.sector, actor.country) == ("MED", country)


def test_an_unnamed_official_beside_an_outlet_is_not_its_staff(process) -> None:
    text = ("Floods cut the road to Garissa on Monday. A police spokesman told VOA that four people had died. "
            "The spokesman said rescue teams were on their way.")
    spokesman = [a for a in process(text, until="actors").actors if a.name.endswith("spokesman")]
    assert spokesman and all(a.country != "USA" and a.sector != "MED" for a in spokesman)


# ---- where a body or person is based -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Brussels-based trade association Aerolink said orders fell.", "Aerolink", "BEL"),
    ("Sales rose, according to U.S.-based research firm Clearpath Analytics.", "Clearpath Analytics", "USA"),
    ("Nairobi-based security analyst Peter Mwangi said the raid was planned for weeks.", "Peter Mwangi", "KEN"),
    ("Anna Roth, director of the Berlin-based Carnegie Russia Center, said the talks failed.",
     "Carnegie Russia Center", "DEU"),
])
def test_a_place_said_to_be_a_base_gives_the_country(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


def test_an_international_body_stays_without_country_wherever_it_is_based(process) -> None:
    who = _actors(process, "The Geneva-based World Health Organization declared an emergency.")
    assert who["World Health Organization"].country is None


def test_the_staff_of_a_based_body_follow_it(process) -> None:
    text = ("MADRID — Wind farms grew fast, said Brussels-based trade association Aerolink. "
            "Aerolink's policy chief Jan Peeters said Spain led the way.")
    assert _actors(process, text)["Jan Peeters"].country == "BEL"


# ---- a body owned by a country -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Officials at Peru's Association of Coffee Growers said prices fell.", "Association of Coffee Growers", "PER"),
    ("Tomas Ruiz, president of Chile's National Federation of Fruit Exporters, said on Monday that sales fell.",
     "National Federation of Fruit Exporters",
     "CHL"),
])
def test_a_country_owning_a_bodys_name_gives_its_country(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


def test_a_person_owning_a_bodys_name_gives_no_country(process) -> None:
    actors = _actors(process, "Ruiz's Federation of Fruit Exporters said sales fell.")
    assert actors["Federation of Fruit Exporters"].country is None


# ---- the story's setting for the people of a local body ----------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Afghan traders say prices doubled after the floods in Herat. Afghanistan's commerce ministry promised help. "
     "Fahim Noori, a member of the Herat Traders Union, said many shops had closed.", "Fahim Noori", "AFG"),
    ("Kenyan farmers say the rains came late in Nakuru. Kenya's agriculture ministry promised seed. Joseph Otieno "
     "of the Rift Valley Growers Cooperative said half the maize had failed.", "Joseph Otieno", "KEN"),
])
def test_the_people_of_a_body_the_text_places_nowhere_take_the_setting(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name", [
    ("Kenyan farmers say the rains came late in Nakuru. Kenya's agriculture ministry promised seed. Alice Moyo of "
     "Amnesty International said the evictions must stop.", "Alice Moyo"),
    ("Kenyan farmers say the rains came late in Nakuru. Kenya's agriculture ministry promised seed. Sam Dlamini, "
     "a researcher at Human Rights Watch, said the evictions must stop.", "Sam Dlamini"),
])
def test_the_people_of_an_international_body_take_no_setting(process, text, name) -> None:
    assert _actors(process, text)[name].country is None


# ---- bodies named as international -------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["International Coffee Council", "World Federation of Dairy Farmers",
                                  "Global Alliance for Clean Stoves"])
def test_a_body_named_as_international_takes_no_setting(process, body) -> None:
    text = (f"NAIROBI — Kenyan growers say prices fell by half. Maria Lopez of the {body} said the fall would "
            "last. The National Coffee Board said it would help.")
    actors = _actors(process, text)
    assert actors[body].country is None and actors["Maria Lopez"].country is None
    assert actors["National Coffee Board"].country == "KEN"


# ---- the knowledge base: companies keep their home country ---------------------------------------------------

@pytest.mark.parametrize("name, country", [("Nvidia", "USA"), ("Toyota", "JPN"), ("Baidu", "CHN"),
                                           ("Delta Air Lines", "USA")])
def test_a_known_company_has_its_home_country(name, country) -> None:
    from eventwire.stages.actors.knowledge import knowledge

    facts = knowledge().facts(name, None)
    assert facts is not None and (facts.country, facts.sector) == (country, "BUS")


@pytest.mark.parametrize("name", ["Human Rights Watch", "World Bank", "Doctors Without Borders"])
def test_international_bodies_and_ngos_in_the_base_keep_no_country(name) -> None:
    from eventwire.stages.actors.knowledge import knowledge

    facts = knowledge().facts(name, None)
    assert facts is not None and facts.country is None


def test_a_company_named_in_a_story_set_elsewhere_keeps_its_home(process) -> None:
    text = ("ROME — Italy tightened its travel rules on Monday. Travelers flying Delta Air Lines from New York "
            "must now show a test, officials said.")
    assert _actors(process, text)["Delta Air Lines"].country == "USA"


# ---- a known person's nationality beats a title read off a coordination -------------------------------------

def test_a_known_persons_country_is_not_taken_from_the_title_before_another_name(process) -> None:
    text = ("Macron says he has spoken often with both Russian President Vladimir Putin and Chinese "
            "President Xi Jinping.")
    actors = _actors(process, text)
    assert actors["Xi Jinping"].country == "CHN" and actors["Vladimir Putin"].country == "RUS"


def test_a_title_still_places_a_person_known_only_by_surname(process) -> None:
    text = "South Korean Foreign Minister Kim said the talks would resume. Kim spoke in Seoul."
    assert _actors(process, text)["Kim"].country == "KOR"


# ---- the country a commentator works on is not the commentator's ----------------------------------------------

@pytest.mark.parametrize("phrase, country", [
    ("a senior Iran analyst at a consultancy", None), ("a China expert", None),
    ("assistant professor in Modern Chinese Studies", None), ("a researcher on the Korea desk", None),
    ("a Nigerian economist", "NGA"), ("Kenyan Foreign Minister", "KEN"), ("a Brazilian expert", "BRA")])
def test_a_country_a_commentator_studies_is_no_nationality(phrase, country) -> None:
    from eventwire.stages.actors.mentions import nationality_country

    assert nationality_country(actor_words(), phrase) == country


def test_a_commentator_is_placed_by_the_institution_not_the_subject(process) -> None:
    text = ("China is spending more on chips, said Rolf Haugen, a senior China analyst at the University of "
            "Bergen in Norway.")
    assert _actors(process, text)["Rolf Haugen"].country in ("NOR", None)


def test_a_commentators_description_naming_the_country_studied_does_not_place_him(process) -> None:
    text = ("Tanker traffic rose in March, said Karl Nyberg, a senior Iran analyst at Vardo Risk, a "
            "Stockholm-based consultancy.")
    assert _actors(process, text)["Karl Nyberg"].country != "IRN"


def test_another_actors_title_and_home_do_not_place_an_actor(process) -> None:
    text = "Republican U.S. Senator Ana Ruiz of Texas criticized Zambian opposition leader Joseph Mwale on Monday."
    assert _actors(process, text)["Joseph Mwale"].country == "ZMB"
    text = "LUSAKA — Democratic U.S. Congressman Dan Price of Ohio slammed Joseph Mwale over the strike."
    assert _actors(process, text)["Joseph Mwale"].country == "ZMB"
