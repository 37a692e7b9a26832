"""Actors named by a description (issues 16 and 15): groups of people or bodies that a story names by what
they are ('lawyers for the editor', 'dog meat sellers', 'aid agencies'), one actor however the story
describes them, with the country and sector a reader gives them. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str, until: str = "actors") -> dict[str, object]:
    return {a.name: a for a in process(text, published="2025-03-01", until=until).actors}


@pytest.mark.parametrize("text, name, sector", [
    ("Lawyers for the editor appealed the ruling on Monday.", "Lawyers for the editor", "CVL"),  # (named with whom; CVL since round 15)
    ("The judge barred attorneys from the courtroom.", "attorneys", "CVL"),  # a party's counsel, not the court (round 15)
    ("Aid agencies handed out food in the flooded districts.", "Aid agencies", "CVL"),
    ("Fish sellers shut their stalls to protest the new tax.", "Fish sellers", "BUS"),
    ("The minister said critics had misread the bill.", "critics", "CVL"),
    ("Scientists warned that the virus could spread to cattle.", "Scientists", "CVL"),
    ("Police said the attackers fled on motorbikes.", "attackers", "REB"),
    ("Opposition politicians walked out of the chamber.", "Opposition politicians", "OPP"),
    ("Religious leaders urged calm after the riots.", "Religious leaders", "CVL"),  # REL is recorded as CVL
])
def test_people_named_by_what_they_do_are_a_group(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("Dog meat sellers blocked the road to the market.", "Dog meat sellers"),
    ("The governor said social media users had spread false rumours.", "social media users"),
    ("Human rights activists accused the army of torture.", "Human rights activists"),
    ("Local and international media rights organizations condemned the arrest.", "media rights organizations"),
    ("Oil company workers went on strike in the port city.", "Oil company workers"),
])
def test_a_noun_compound_before_the_group_noun_is_all_of_its_name(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)


def test_media_words_inside_a_group_name_are_not_an_outlet(process) -> None:
    actors = _actors(process, "Local media freedom groups said the reporter was beaten. Local media reported "
                              "the arrest.")
    assert "media freedom groups" in actors or "Local media freedom groups" in actors, sorted(actors)
    assert "local media" in actors  # the second sentence's outlets are still media


@pytest.mark.parametrize("text, name, not_names", [
    ("Remaining migrants were flown to Texas on Tuesday. Officials said the last migrants had left by noon "
     "and that other migrants would follow.", "migrants", ("Remaining migrants", "last migrants", "other migrants")),
    ("Injured civilians were taken to the hospital in Goma. Aid workers said wounded civilians kept arriving.",
     "civilians", ("Injured civilians", "wounded civilians")),
    ("Several analysts said the vote was rigged. Other analysts disagreed.", "analysts",
     ("Several analysts", "Other analysts")),
    ("Captured fighters were shown on state television.", "fighters", ("Captured fighters",)),
])
def test_words_that_only_describe_stay_out_and_make_one_group(process, text, name, not_names) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert not set(not_names) & set(actors)


def test_words_that_name_stay_in_the_name(process) -> None:
    actors = _actors(process, "Afghan civilians fled the fighting, and local traders closed their shops.")
    assert "Afghan civilians" in actors and actors["Afghan civilians"].country == "AFG"
    assert "local traders" in actors  # 'local' before the noun says whose, and stays


def test_the_leaders_of_a_known_body_act_as_the_body(process) -> None:
    actors = _actors(process, "G7 leaders agreed on Friday to extend the sanctions.")
    assert not any(name.endswith("leaders") for name in actors), sorted(actors)
    assert any(a.sector == "IGO" for a in actors.values())


def test_the_two_leaders_still_refer_back_to_the_leaders_named(process) -> None:
    doc = process("President Ana Silva met President Luis Ortega in Lima, and the two leaders signed a deal.",
                  published="2025-03-01", until="actors")
    two = next(t for t in doc.nlp if t.lower_ == "leaders")
    assert len(doc.referents(two)) == 2
    assert not any(a.name == "leaders" for a in doc.actors)


@pytest.mark.parametrize("text, name", [
    ("Rights groups say Iran holds more reporters in jail than any other country.", "Rights groups"),
    ("Charities working in Sudan warned of famine.", "Charities"),
    ("Scientists studying the outbreak in Brazil called for more testing.", "Scientists"),
])
def test_bodies_and_commentators_take_no_country_from_the_place_they_talk_about(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country is None


def test_a_described_group_takes_part_in_events(process) -> None:
    doc = process("Western politicians criticized Beijing over the new law.", published="2025-03-01")
    names = {doc.actor(s).name for e in doc.events for s in e.source}
    assert "Western politicians" in names


@pytest.mark.parametrize("text, name, country", [
    # (a state's people are named with the state that owns them since round 27: "China's leaders")
    ("China's leaders warned Washington against new tariffs.", "China's leaders", "CHN"),
    ("Cameroon's chicken sellers are pleading with the government.", "chicken sellers", "CMR"),
    ("China's critics abroad say the camps are prisons.", "critics", None),
])
def test_a_group_takes_the_country_of_its_possessor_unless_it_stands_against_it(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country == country


@pytest.mark.parametrize("text, name, country", [
    ("China's U.N. mission rejected the report.", "China's U.N. mission", "CHN"),
    ("Iran's mission to the United Nations did not respond.", "Iran's mission to the United Nations", "IRN"),
    ("The Chinese U.N. mission called the claim baseless.", "Chinese U.N. mission", "CHN"),
])
def test_a_country_mission_to_the_un_is_the_country_body(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country == country and actors[name].sector == "GOV"
    assert "United Nations" not in actors  # the U.N. is where the mission sits, not who speaks


def test_leaders_of_a_named_body_are_that_body_but_its_leader_is_a_person(process) -> None:
    actors = _actors(process, "Leaders of the Green Unity Front met in Accra on Friday. The leader of the "
                              "Green Unity Front later resigned.")
    front = next(a for a in actors.values() if a.name.endswith("Green Unity Front"))
    texts = [m.text for m in front.mentions]
    assert "Leaders" in texts and "The leader" not in texts and "leader" not in texts
    assert "Leaders" not in actors and "leaders" not in actors


@pytest.mark.parametrize("text, name, sector", [
    ("Bandits kidnapped twenty villagers on the road to Gusau.", "Bandits", "CRM"),
    ("Some commentators said the minister would resign.", "commentators", "CVL"),
])
def test_more_people_named_by_what_they_do(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector  # (criminal gangs are recorded as CRM)


@pytest.mark.parametrize("text, name", [
    ("KABUL — The Taliban threatened to break their cease-fire with international forces.", "international forces"),
    ("Foreign influencers in Shanghai posted videos praising the city's streets.", "Foreign influencers"),
    ("Western companies may return to Russia if sanctions are lifted.", "Western companies"),
    ("Foreign bloggers who praise China gain millions of followers.", "Foreign bloggers"),
])
def test_a_group_from_elsewhere_takes_no_country_from_the_place(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country is None


@pytest.mark.parametrize("text, name, country", [
    ("Kenya state TV showed the arrests. State TV later said ten men were held.", "Kenya state TV", "KEN"),
    ("Chinese state TV said the talks went well. State television added that more were planned.",
     "Chinese state TV", "CHN"),
    ("Some French media outlets say he will run.", "French media outlets", "FRA"),
])
def test_unnamed_media_are_named_as_the_story_names_them(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "media" and actors[name].country == country
    assert len([a for a in actors.values() if a.kind == "media"]) == 1  # the later 'state TV' is the same


@pytest.mark.parametrize("text, name, not_name", [
    ("Critics blame the country's powerful military for the crisis.", "military", "powerful military"),
    ("Larger forces moved into the valley on Sunday.", "forces", "Larger forces"),
])
def test_size_and_strength_describe_a_group(process, text, name, not_name) -> None:
    actors = _actors(process, text)
    assert name in actors and not_name not in actors, sorted(actors)


def test_the_group_is_the_named_armed_group_not_the_people_described_before(process) -> None:
    doc = process("The Kivu Liberation Front claimed the ambush on the convoy. Witnesses said the attackers fled "
                  "on foot. The group also opposes foreign mining in the province.", published="2025-03-01",
                  until="actors")
    the_group = doc.text.index("The group")
    owner = next(a for a in doc.actors if any(m.start == the_group for m in a.mentions))
    assert owner.name.endswith("Kivu Liberation Front"), owner.name
