"""Country of analysts and experts (issue 16, round 5): a commentator takes the country of the
institution the person works at, never the country the person studies nor one named in the person's
sentence. Sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest

from eventwire.record import Actor
from eventwire.stages.actors.country import research_body


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, until="actors").actors}


@pytest.mark.parametrize("text, name, country", [
    # a demonym before the commentator noun names the subject; the institution says where one works
    ("\"Talks are unlikely this year,\" said Maya Grant, a North Korean expert at the Brookings Institution.",
     "Maya Grant", "USA"),
    ("Peter Olsen, a senior Iranian affairs analyst at Chatham House, said the sanctions would bite.",
     "Peter Olsen", "GBR"),
    ("\"Beijing wants leverage,\" said Laura Keane, the China chair at the Brookings Institution.",
     "Laura Keane", "USA"),
])
def test_commentator_takes_the_institution_country(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name, country", [
    # the country the commentator talks about, named in the same sentence, is not the commentator's
    ("Daniel Moss, director of the Halvern University Program on Security, said Pakistan would retaliate.",
     "Daniel Moss", "PAK"),
    ("Sofia Reyes, a researcher, said Venezuela had lost half its oil output.", "Sofia Reyes", "VEN"),
    ("Professor Alan Whitby thinks North Korea will test another missile soon.", "Alan Whitby", "PRK"),
])
def test_commentator_is_not_placed_by_the_country_discussed(process, text, name, country) -> None:
    assert _actors(process, text)[name].country != country


def test_a_field_after_in_is_not_the_employer(process) -> None:
    text = ("\"The plan is ambitious,\" said Hanna Visser, assistant professor in Modern Turkish Studies at "
            "Leiden University in the Netherlands.")
    assert _actors(process, text)["Hanna Visser"].country != "TUR"


def test_people_who_are_no_commentators_still_take_the_sentence_country(process) -> None:
    assert _actors(process, "Elena Moroz told reporters in Kharkiv that the shelling had stopped.")[
        "Elena Moroz"].country == "UKR"


@pytest.mark.parametrize("name, research", [
    ("University of Lagos", True), ("Hudson Institute", True), ("Center for Strategic and International Studies",
                                                                  True),
    ("Carnegie Endowment for International Peace", True), ("Ministry of Finance", False), ("Tata Motors", False),
    ("Red Cross", False)])
def test_research_body_names(name, research) -> None:
    assert research_body(name) is research


@pytest.mark.parametrize("text, name, country", [
    ("Former NATO Secretary General Jens Stoltenberg told the forum that Europe must spend more on defense.",
     "Jens Stoltenberg", "NOR"),
    ("The summit heard from former U.N. human rights chief Michelle Bachelet, who urged restraint.",
     "Michelle Bachelet", "CHL"),
])
def test_former_international_official_is_again_of_a_known_country(process, text, name, country) -> None:
    actor = _actors(process, text)[name]
    assert (actor.country, actor.sector) == (country, "CVL")


def test_serving_international_official_keeps_no_country(process) -> None:
    text = "NATO Secretary General Jens Stoltenberg told the forum that Europe must spend more on defense."
    actor = _actors(process, text)["Jens Stoltenberg"]
    assert actor.country is None


@pytest.mark.parametrize("name, country", [
    ("Leiden University", "NLD"), ("University of Lagos", "NGA"), ("Tokyo International University", "JPN"),
    ("University of Texas at Austin", "USA"), ("Melbourne University", "AUS"),
    # a town of another country as big, a region not after 'of', or no research body: nothing
    ("Victoria University", None), ("Cambridge University", None), ("Boston Dynamics", None),
    ("Jaffar Express", None)])
def test_town_or_region_in_a_research_body_name(name, country) -> None:
    from eventwire.stages.actors.country import research_town_country
    from eventwire.stages.actors.words import actor_words

    assert research_town_country(actor_words(), name) == country


@pytest.mark.parametrize("text, name, country", [
    ("\"Caracas is isolated,\" said Maria Lopes, a lecturer focusing on Venezuelan politics at Stanford "
     "University.", "Maria Lopes", "USA"),
    # (a Nigerian name: a Ghanaian one here is Ghana's by the name's language since round 18, when the University
    # of Lagos became a known body and its country an employer's, open to the name's evidence)
    ("Chidi Okonkwo, a researcher at the University of Lagos, said prices had doubled in Ghana.", "Chidi Okonkwo",
     "NGA"),
    # (an English name: an Indian one here is India's by the name's language since round 14, tests/test_name_origins.py)
    ("Peter Holloway of the Lowy Institute said India would not take sides.", "Peter Holloway", "AUS"),
])
def test_commentator_at_a_known_or_placed_university(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name, country, sector", [
    # a party named without its country, in a story set in one country, is that country's; the knowledge
    # base knows it under the name with the country added
    ("BEIJING — Officials met in Shanghai on Monday. The Communist Party told members in Shanghai and "
     "Guangzhou to study the new rules. Chinese officials in Shenzhen agreed.", "Communist Party", "CHN", "GOV"),
    # (a party the parties list does not know is read as out of government: organisations.body_sectors)
    ("KHARTOUM — Protesters marched in Omdurman on Friday. They want the National Unity Party banned. "
     "Sudanese officials in Port Sudan said the party would be heard.", "National Unity Party", "SDN", "OPP"),
])
def test_party_named_without_country_takes_the_setting(process, text, name, country, sector) -> None:
    actor = _actors(process, text)[name]
    assert (actor.country, actor.sector) == (country, sector)


def test_party_without_a_setting_stays_without_country(process) -> None:
    text = "The Green Unity Party said it would run candidates in France, Spain and Italy next year."
    assert _actors(process, text)["Green Unity Party"].country is None


@pytest.mark.parametrize("text, name, country", [
    ("Firms like Huawei now build their own phone processors.", "Huawei", "CHN"),
    ("Regulators in Brussels fined Meta on Tuesday for breaking data rules.", "Meta", "USA"),
    ("The airline ordered 40 jets from Airbus, its chief executive said.", "Airbus", "FRA"),
])
def test_a_known_firm_is_of_its_home_country(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name", [
    # groups named as coming from outside the country the story is set in
    ("KABUL — Villagers in Kandahar and Herat fled on Monday. The rebels attacked international forces near "
     "Herat. Afghan officials in Kandahar said.", "international forces"),
    ("BAMAKO — Residents of Gao and Mopti say foreign troops left the base on Sunday. Malian officials in "
     "Gao confirmed it.", "foreign troops"),
    ("Economists expect Western companies to go back to Russia once the war ends.", "Western companies"),
])
def test_groups_from_outside_take_no_setting_country(process, text, name) -> None:
    assert _actors(process, text)[name].country is None


def test_local_group_still_takes_the_setting(process) -> None:
    text = ("KABUL — Villagers in Kandahar and Herat fled on Monday. Soldiers fought the rebels near Herat, "
            "Afghan officials in Kandahar said.")
    assert _actors(process, text)["Soldiers"].country == "AFG"


@pytest.mark.parametrize("text, name", [
    ("\"Talks will resume,\" said Lin Wei, secretary-general of the Eastern Council of Maritime Policy Studies.",
     "Lin Wei"),
    ("Omar Haddad, director of the Arab Council for Regional Studies, said the truce would hold.", "Omar Haddad"),
])
def test_officer_of_a_studies_council_is_civil_society(process, text, name) -> None:
    assert _actors(process, text)[name].sector == "CVL"


@pytest.mark.parametrize("text, name, country", [
    # a local analyst named with no institution is placed by the story's setting, as a reader does
    ("NAIROBI — Police in Mombasa and Kisumu arrested 40 protesters on Monday. \"The crackdown will backfire,\" "
     "said political analyst Peter Kamau. Kenyan officials in Mombasa defended the arrests.", "Peter Kamau", "KEN"),
    # an institution of unknown country named as employer keeps the analyst out of the setting (an English
    # name: a Kenyan one is Kenya's by the name's language since round 14, tests/test_name_origins.py)
    ("NAIROBI — Police in Mombasa and Kisumu arrested 40 protesters on Monday. \"The crackdown will backfire,\" "
     "said Peter Carter, an analyst at the Horizon Policy Institute. Kenyan officials in Mombasa defended the "
     "arrests.", "Peter Carter", None),
    # a university named in the title, even when it is no actor of its own
    ("Exam scores dropped sharply, according to a study by University of Melbourne professor Anna Ruiz.",
     "Anna Ruiz", "AUS"),
])
def test_analyst_country_by_institution_or_setting(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name, country", [
    ("The government of Peruvian President Ana Quispe is reviewing the mining permits.", "Ana Quispe", "PER"),
    ("Spain lost the colony after the fall of French ruler and Emperor Louis Marchand in 1830.",
     "Louis Marchand", "FRA"),
])
def test_country_right_before_the_title(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


def test_fellow_as_a_modifier_makes_no_commentator(process) -> None:
    from eventwire.stages.actors.country import is_commentator

    doc = process("Opposition leader Amina Diallo and her fellow activist Ibrahima Sow were arrested in Dakar.",
                  until="actors")
    actor = next(a for a in doc.actors if a.name == "Ibrahima Sow")
    assert not is_commentator(doc, actor)
    doc = process("\"The vote was rushed,\" said Ibrahima Sow, a senior fellow at the Dakar Policy Institute.",
                  until="actors")
    actor = next(a for a in doc.actors if a.name == "Ibrahima Sow")
    assert is_commentator(doc, actor)
