"""Groups of a people and of a place (round 14, groups3): a people named after 'ethnic' where it acts or is
acted on ('militants attacked ethnic Hazaras'), 'the people of <country>' as that country's civilians apart
from the state, and a phrase after a group noun that says which people it is ('activists in exile',
'passengers of Hazara ethnicity') kept in the group's name. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, published="2025-03-01", until="actors").actors}


@pytest.mark.parametrize("text, name, country", [
    ("The new dam deprived ethnic Uzbeks of their farmland.", "ethnic Uzbeks", "UZB"),  # object
    ("Ethnic Tajiks protested against the new language law.", "Ethnic Tajiks", "TJK"),  # subject
    ("Militants attacked ethnic Hazaras in the west of the country.", "ethnic Hazaras", None),  # no one home state
    ("Both states deny that the mine deprives ethnic Baloch of jobs.", "ethnic Baloch", None),
    ("Soldiers detained ethnic Uyghurs at the checkpoint.", "ethnic Uyghurs", "CHN"),  # the people's home state
])
def test_a_people_after_ethnic_is_a_civilian_group(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == "CVL" and actors[name].country == country


@pytest.mark.parametrize("text, word", [
    ("Rebels killed six ethnic Pashtuns on Monday.", "Pashtuns"),  # the dead counted, not named
    ("Li Wei, an ethnic Uyghur, was detained in March.", "Uyghur"),  # one person of the people
    ("The festival of ethnic Tatars drew large crowds.", "Tatars"),  # describes a festival: no one acts
])
def test_ethnic_people_counted_one_person_or_describing_is_no_group(process, text, word) -> None:
    actors = _actors(process, text)
    assert not any(word in name and a.kind == "group" for name, a in actors.items()), sorted(actors)


@pytest.mark.parametrize("text, name, country", [
    ("The people of Kenya will reject the new tax, the senator said.", "people of Kenya", "KEN"),
    ("The envoy said she would meet the people of Sudan next month.", "people of Sudan", "SDN"),
    ("Soldiers fired on people of Mali who had gathered at the market.", "people of Mali", "MLI"),
])
def test_the_people_of_a_country_is_a_group_of_that_country(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == "CVL" and actors[name].country == country


def test_the_people_after_a_demonym_stays_the_country(process) -> None:
    actors = _actors(process, "The president apologized to the Turkish people.")
    assert [a.kind for a in actors.values()] == ["country"], sorted(actors)


def test_the_population_of_a_place_is_no_group(process) -> None:
    actors = _actors(process, "The population of the city grew by ten percent last year.")
    assert not actors, sorted(actors)


@pytest.mark.parametrize("text, name", [
    ("Iranian activists in exile have accused the court of torture.", "Iranian activists in exile"),
    ("The guards ordered passengers of Hazara ethnicity to step aside.", "passengers of Hazara ethnicity"),
    ("Police detained workers of Turkish and Kurdish descent at the plant.",
     "workers of Turkish and Kurdish descent"),
])
def test_a_phrase_saying_which_people_stays_in_the_group_name(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors and actors[name].kind == "group", sorted(actors)


def test_a_phrase_naming_no_people_stays_out_of_the_name(process) -> None:
    actors = _actors(process, "Police detained workers of mixed origin at the plant.")
    assert "workers" in actors, sorted(actors)


def test_the_bare_noun_met_again_is_not_the_defined_group(process) -> None:
    doc = process("Gunmen stopped a bus on Monday. They told passengers of Hazara ethnicity to step aside. "
                  "Later the gunmen freed the passengers.", published="2025-03-01", until="actors")
    defined = next(a for a in doc.actors if a.name == "passengers of Hazara ethnicity")
    assert len(defined.mentions) == 1, [(m.start, m.text) for m in defined.mentions]


def test_the_peoples_inside_such_a_phrase_are_no_body(process) -> None:
    actors = _actors(process, "The gunmen then told passengers of Punjabi and Sindhi ethnicity to step forward.")
    assert not any(a.kind == "organization" for a in actors.values()), sorted(actors)
