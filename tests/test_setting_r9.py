"""The story's setting places the actors a reader places by it (issue 16, round 9): once every actor's
sector is settled (armed and criminal groups, committees of a parliament), local outlets the knowledge
base does not know and their staff. People who live where they are not from (migrants,
refugees), outlets of a wider region, scholarly journals, and actors whose sentences place them in
another country stay unplaced. Sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01", until="actors").actors}


@pytest.mark.parametrize("text, name, country", [
    # armed and criminal groups, whose sector the text gives only after the first country step
    ("Ghana's president said on Monday that criminal groups were smuggling gold out of mines near Kumasi. "
     "Ghanaian soldiers have been sent to the area, the Ghana Armed Forces said. Local miners said the criminal "
     "groups paid off officials.", "criminal groups", "GHA"),
    ("The Peruvian government said armed groups attacked a police post near Cusco. Peru's interior minister "
     "said the armed groups were linked to illegal mining. Police in Lima said four officers were wounded.",
     "armed groups", "PER"),
    # committees of a parliament, a body by its head word only
    ("Kenyan lawmakers met on Tuesday in Nairobi. Senator Amos Kiprono said the Finance Committee would "
     "question Kenya's treasury chief. Kenyan officials said the budget was late.", "Finance Committee", "KEN"),
])
def test_settled_sectors_place_by_setting(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert actors[name].country == country, {a.name: (a.country, a.sector) for a in actors.values()}


def test_a_sentence_that_places_an_actor_elsewhere_keeps_it_unplaced(process) -> None:
    # a story set in Chile; the committee is the two countries' joint one, the smugglers are placed abroad
    text = ("Chilean officials said on Monday that exports rose. Chile's trade minister spoke in Santiago. "
            "Santiago and Lima will meet at their Joint Trade Committee in June, Chilean diplomats said. "
            "The Chilean navy said armed groups in Bolivia and Argentina smuggled fuel.")
    actors = _actors(process, text)
    assert actors["Joint Trade Committee"].country is None
    assert actors["armed groups"].country is None
    assert actors["Chilean officials"].country == "CHL"


@pytest.mark.parametrize("text, absent, present", [
    ("Greek coast guard ships picked up 300 migrants off Lesbos on Saturday, Greece's shipping ministry said. "
     "Greek officials said the migrants would be taken to Athens. Greek fishermen said the migrants had been at "
     "sea for days.", "migrants", None),
    ("Thousands of pilgrims walked to the shrine near Fatima, Portuguese police said. Portugal's health "
     "ministry sent doctors. Portuguese officials said the pilgrims were safe.", "pilgrims", None),
    ("Libyan refugees waited at the border near Gabes, Tunisian officials said on Friday. Tunisia's army "
     "opened a camp, and Tunisian doctors treated the refugees.", None, ("Libyan refugees", "LBY")),
])
def test_people_away_from_home_take_no_setting(process, text, absent, present) -> None:
    actors = _actors(process, text)
    if absent:
        assert actors[absent].country is None, {a.name: a.country for a in actors.values()}
    if present:
        assert actors[present[0]].country == present[1]


@pytest.mark.parametrize("text, outlet, person, country", [
    ("Zimbabwean police said on Monday they had charged a journalist in Harare with spreading false news. "
     "Tatenda Chikwanha, a journalist with the Lantern Herald, has been held since March. Zimbabwe's "
     "information minister said the journalist broke the law. Zimbabwean lawyers said the charges were "
     "political.", "Lantern Herald", "Tatenda Chikwanha", "ZWE"),
    ("Malawian police said on Monday they had questioned a reporter in Lilongwe over a story on fuel prices. "
     "Chikondi Banda, a reporter for the Lakeside Tribune, was released after four hours. Malawi's information "
     "minister said the police acted lawfully. Malawian lawyers said the questioning was meant to scare the "
     "press.", "Lakeside Tribune", "Chikondi Banda", "MWI"),
])
def test_a_local_outlet_and_its_journalist_take_the_setting(process, text, outlet, person, country) -> None:
    # the outlet's sentence names no place: the story's setting places the outlet, its reporter follows it
    actors = _actors(process, text)
    assert actors[outlet].country == country, {a.name: (a.country, a.kind) for a in actors.values()}
    assert (actors[person].country, actors[person].sector) == (country, "MED")


@pytest.mark.parametrize("outlet_phrase, outlet", [
    ("the news site Balkan Insight Weekly", "Balkan Insight Weekly"),  # a wider region in the name
    ("the journal Clinical Reports", "Clinical Reports"),  # a scholarly journal
])
def test_outlets_of_no_one_country_stay_unplaced(process, outlet_phrase, outlet) -> None:
    text = (f"Serbian police arrested six people in Belgrade on Monday, Serbia's interior ministry said. "
            f"Serbian officials said the men ran a fake clinic. {outlet_phrase[0].upper()}{outlet_phrase[1:]} "
            f"reported the arrests. Serbian prosecutors said they would file charges.")
    actors = _actors(process, text)
    found = [a for a in actors.values() if a.name.endswith(outlet.split()[-1])]
    assert found and all(a.country is None for a in found), {a.name: a.country for a in actors.values()}


def test_international_staff_and_commentators_stay_unplaced(process) -> None:
    # the setting still gives nothing to international bodies, their staff, or analysts
    text = ("Malian soldiers said on Monday that criminal groups attacked a market near Mopti. Mali's army "
            "sent troops. Anna Berg, a spokeswoman for the United Nations, said aid would arrive. Analysts "
            "said the attacks would spread. Doctors Without Borders said it treated 20 people.")
    actors = _actors(process, text)
    assert actors["criminal groups"].country == "MLI"
    assert actors["Anna Berg"].country is None
    assert actors["Analysts"].country is None
    assert actors["Doctors Without Borders"].country is None


@pytest.mark.parametrize("text, body, country", [
    # a civil body the knowledge base does not know, in a story set in one country, is a local one
    ("Namibian police said on Tuesday that poachers killed two rhinos near Windhoek. The Rhino Keepers Trust "
     "said the animals were found on Sunday. Namibia's environment minister said patrols would be doubled. "
     "Namibian officials said the poachers were armed.", "Rhino Keepers Trust", "NAM"),
    ("Peruvian police said on Tuesday that floods cut roads near Cusco. The Andes Mountain Rescue Brigade said "
     "six hikers were missing. Peru's transport minister said the roads would reopen. Peruvian officials said "
     "the rain would go on.", "Andes Mountain Rescue Brigade", "PER"),
    # a body of a faith spans countries; one seated elsewhere is that place's
    ("Polish police said on Tuesday that a fire damaged a school near Krakow. The Catholic Church said it would "
     "help rebuild it. Poland's education minister visited the site. Polish officials said no one was hurt.",
     "Catholic Church", None),
    ("The Nordic Forest Alliance, headquartered in Oslo, criticised the plan, Kenyan officials said in Nairobi "
     "on Monday. Kenya's environment minister defended the logging permits. Kenyan lawyers said they would go "
     "to court.", "Nordic Forest Alliance", "NOR"),
])
def test_local_civil_bodies_take_the_setting(process, text, body, country) -> None:
    actors = _actors(process, text)
    assert actors[body].country == country, {a.name: (a.country, a.sector) for a in actors.values()}


@pytest.mark.parametrize("name, country", [
    ("opposition youth organizations", "GTM"),  # the people of the place, named by what they are
    ("farmer groups", "GTM"),
    ("rights groups", None),  # a cause that crosses borders
    ("aid agencies", None),
])
def test_groups_named_by_a_body_noun(process, name, country) -> None:
    text = (f"Guatemalan police cleared a road blockade near Quetzaltenango on Thursday. Several {name} "
            f"criticised the operation. Guatemala's interior minister said the road had to reopen. Guatemalan "
            f"officials said 12 people were detained in Guatemala City.")
    actors = _actors(process, text)
    found = [a for a in actors.values() if a.name.lower().endswith(name)]
    assert found and found[0].country == country, {a.name: (a.country, a.sector) for a in actors.values()}


def test_a_named_armed_group_takes_the_setting(process) -> None:
    # a gang or militia named by its own name, unknown to the knowledge base, is the place's
    text = ("Honduran police said on Sunday that 14 people were detained in San Pedro Sula. The leader of the Los "
            "Halcones gang was among them, officers said. Honduras's security minister said the gang ran "
            "extortion rackets. Honduran officials said more arrests would follow.")
    actors = _actors(process, text)
    found = [a for a in actors.values() if "Halcones" in a.name]
    assert found and found[0].country == "HND", {a.name: (a.country, a.sector) for a in actors.values()}


@pytest.mark.parametrize("text, country", [
    ("Thousands gathered in Mecca on Friday for prayers.", "SAU"),  # a city of millions by another spelling
    ("Floods closed roads around Bombay on Monday.", "IND"),
])
def test_a_big_city_by_another_spelling_is_a_town_of_the_story(process, text, country) -> None:
    from eventwire.stages.actors.setting import towns_countries
    from eventwire.stages.actors.words import actor_words

    assert towns_countries(process(text, until="actors"), actor_words()) == [country]
