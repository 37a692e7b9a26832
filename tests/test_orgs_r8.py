"""Organisations (issue 16, round 8): a sector for every named body that nothing else gave one (an
unlisted party by its standing, a firm by the knowledge base's longer or shorter name, an outlet by a
news word in its name, a body by its name's head word, else civil society), and everyday words the
tagger took for bodies left out. Sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest

from eventwire.record import Actor
from eventwire.stages.actors.body_sectors import _firm_named, _news_word
from eventwire.stages.actors.not_bodies import everyday_word
from eventwire.stages.actors.organisations import party_facts


def _actors(process, text: str, published: str | None = "2024-05-02T10:00:00Z") -> list[Actor]:
    return process(text, published=published, until="actors").actors


def _named(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name or any(m.text == name for m in a.mentions)), None)


@pytest.mark.parametrize("text, name, sector", [
    # a party the parties list does not know: out of government unless its own phrase says it governs
    ("The Green Valley Party said on Monday it would boycott the vote in Ardenia.", "Green Valley Party", "OPP"),
    ("Leaders of the ruling Sunrise Unity Party met in the capital on Friday.", "Sunrise Unity Party", "GOV"),
    ("Police raided the offices of the opposition Northern Renewal Party overnight.", "Northern Renewal Party",
     "OPP"),
])
def test_an_unlisted_party_takes_a_standing(process, text, name, sector) -> None:
    found = _named(_actors(process, text), name)
    assert found is not None and found.sector == sector


def test_a_listed_party_out_of_power_is_in_opposition() -> None:
    from datetime import date

    # Sudan's National Congress Party governed until April 2019 and the list gives it no later spell
    assert party_facts("National Congress Party", date(2023, 3, 1)) == ("SDN", "OPP")
    assert party_facts("National Congress Party", date(2010, 3, 1)) == ("SDN", "GOV")


@pytest.mark.parametrize("name, country", [
    ("Lockheed", "USA"),  # the start of one firm's name only
    ("Campbell Soup", "USA"),  # 'Campbell Soup Company' less its legal word
    ("Alibaba Cloud", "CHN"),  # a known firm's name and more
    ("Boeing Defense", "USA"),
])
def test_a_firm_named_shorter_or_longer(name, country) -> None:
    assert _firm_named(name) == country


@pytest.mark.parametrize("name", ["Citizens", "Fairview Tenants Forum", "Morning Star Choir"])
def test_no_firm_from_an_everyday_word_or_an_unknown_name(name) -> None:
    assert _firm_named(name) is None


@pytest.mark.parametrize("name, outlet", [
    ("NewsHour", True), ("Metronews", True), ("Newsweek", True), ("Newsom", False), ("Newsletter", False),
    ("News", False),
])
def test_an_outlet_built_on_news(name, outlet) -> None:
    assert _news_word(name) is outlet


@pytest.mark.parametrize("text, name, sector", [
    ("Analysts at the Meridian Policy Center in Lisbon said the plan would fail.", "Meridian Policy Center",
     "CVL"),
    ("Shares of Hartley Brothers fell sharply after the bank warned of losses.", "Hartley Brothers", "BUS"),
    ("Senator Jane Roe, who chairs the Appropriations Committee, opposed the bill in the Senate.",
     "Appropriations Committee", "LEG"),
    ("Ministers from both countries met at the Joint Trade Committee in Seoul on Tuesday.",
     "Joint Trade Committee", "GOV"),
])
def test_a_body_takes_the_sector_of_its_head_word(process, text, name, sector) -> None:
    found = _named(_actors(process, text), name)
    assert found is not None and found.sector == sector


def test_a_named_body_nothing_marks_is_civil_society(process) -> None:
    text = "Volunteers from the Blue Harbor Reading Circle handed out books to children in Accra on Sunday."
    found = _named(_actors(process, text), "Blue Harbor Reading Circle")
    assert found is not None and found.sector == "CVL"


@pytest.mark.parametrize("text, name", [
    ("Several charitable organizations in the city collected food for the families.", "charitable organizations"),
    ("The law targets foreign-funded advocacy groups, critics said.", "advocacy groups"),
])
def test_a_group_of_bodies_is_civil_society(process, text, name) -> None:
    found = _named(_actors(process, text), name)
    assert found is not None and found.sector == "CVL"


def test_everyday_words() -> None:
    assert everyday_word("Wreckage") and everyday_word("citizens") and not everyday_word("Huawei")
    assert everyday_word("Media")  # an irregular plural of a listed word


@pytest.mark.parametrize("text, word", [
    ("Before the launch of Lantern, which the company released this week, users had no such app.", "Lantern"),
    ("Citizens said the water had been cut for three days in the northern district.", "Citizens"),
    ("The minister of state for Education said schools would reopen on Monday.", "Education"),
    ('He wrote: "Wreckage everywhere, and no sign of the crew," before the line went dead.', "Wreckage"),
    ("Media freedom monitors said on Friday that two reporters had been detained.", "Media"),
])
def test_an_everyday_word_is_no_body(process, text, word) -> None:
    assert _named(_actors(process, text), word) is None or _named(_actors(process, text), word).kind not in (
        "organization", "media")


@pytest.mark.parametrize("text, word", [
    ("Amnesty International condemned the arrests, and Amnesty said more raids were likely.", "Amnesty"),
    ("The rights group Memorial said the court had ordered it closed.", "Memorial"),
])
def test_an_everyday_word_the_story_names_as_a_body_stays(process, text, word) -> None:
    found = _named(_actors(process, text), word)
    assert found is not None and found.kind == "organization"


@pytest.mark.parametrize("text, written", [
    # a known body the text names only by a shorter form is named so: that is what a reader matches it by
    ("The minister told VOA on Sunday that the talks would go on.", "VOA"),
    ("Officials at ICE said the detainees would be moved on Friday.", "ICE"),
])
def test_a_known_body_is_named_as_the_text_writes_it(process, text, written) -> None:
    found = _named(_actors(process, text), written)
    assert found is not None and found.name == written


def test_a_unit_named_with_a_known_body_does_not_rename_it(process) -> None:
    text = "VOA's Somali Service reported the attack. Listeners wrote to VOA after the broadcast."
    found = _named(_actors(process, text), "VOA")
    assert found is not None and found.name == "VOA"


def test_greenpeace_at_a_sentence_start_stays_a_body(process) -> None:
    # the knowledge base knows it, and it is no everyday word's plural ('Citizens said' is)
    found = _named(_actors(process, "Greenpeace said the spill had reached the coast."), "Greenpeace")
    assert found is not None and found.kind == "organization"


@pytest.mark.parametrize("text, short", [
    ("Investment in artificial intelligence has soared. Startups say AI will change farming.", "AI"),
    ("Sales of electric vehicles rose again, and EVs now make up a fifth of new cars.", "EVs"),
    ("The ship had switched off its automatic identification system, and AIS data showed a gap.", "AIS"),
])
def test_a_short_form_spelled_out_in_lower_case_is_no_body(process, text, short) -> None:
    found = _named(_actors(process, text), short)
    assert found is None or found.kind not in ("organization", "media")


def test_a_short_form_of_a_capitalised_name_stays_a_body(process) -> None:
    text = "The Coastal Fisheries Authority (CFA) said on Monday that the CFA would close the bay to trawlers."
    found = _named(_actors(process, text), "CFA")
    assert found is not None and found.kind == "organization"


@pytest.mark.parametrize("name, brand", [("FilterLabs", True), ("YChina", True), ("Filterlabs", False),
                                         ("NATO", False), ("McDonald", False), ("DeSantis", False)])
def test_a_name_written_as_a_brand(name, brand) -> None:
    from eventwire.stages.actors.body_sectors import _BRAND

    assert bool(_BRAND.match(name)) is brand


def test_a_brand_named_firm_is_in_business(process) -> None:
    found = _named(_actors(process, "Analysts at the Boston-based startup GrainWorks said demand was falling."),
                   "GrainWorks")
    assert found is not None and found.sector == "BUS"


@pytest.mark.parametrize("text, words", [
    ("Critics fear for the future of the joint U.S.-U.K. radar station on the atoll.", "U.S.-U.K."),
    ("Talks on China-Russia trade resumed in Harbin on Monday, officials said.", "China-Russia"),
])
def test_two_countries_joined_are_no_body(process, text, words) -> None:
    assert _named(_actors(process, text), words) is None


def test_an_account_or_a_number_is_no_body() -> None:
    from eventwire.stages.actors.mentions import _country_pair
    from eventwire.stages.actors.words import actor_words

    w = actor_words()
    assert _country_pair("U.S.-Japan", w) and not _country_pair("Coca-Cola", w) and not _country_pair("Korea", w)


def test_a_list_of_known_firms_is_one_body_each() -> None:
    from eventwire.stages.actors.mentions import _list_of_names
    from eventwire.stages.actors.words import actor_words

    w = actor_words()
    assert [p for p, _, _ in _list_of_names("Twitter, Instagram and Facebook", w)] == ["Twitter", "Instagram",
                                                                                        "Facebook"]
    assert _list_of_names("Alawite, Ismaili and Druze", w) == []  # a list of peoples: no body
    assert _list_of_names("Marks and Spencer", w) is None  # two names joined by 'and' may be one firm's
    assert _list_of_names("Bosnia and Herzegovina", w) is None


@pytest.mark.parametrize("text", [
    "Residents shared videos of the flood on Twitter, Instagram and Facebook all night.",
    "Users turned to Twitter, Instagram and Facebook for news of the storm.",
])
def test_firms_listed_in_one_entity_become_actors(process, text) -> None:
    # (the tagger gives the whole list as one organisation in both sentences)
    names = {a.name: a.sector for a in _actors(process, text) if a.kind == "organization"}
    assert names == {"Twitter": "BUS", "Instagram": "BUS", "Facebook": "BUS"}


@pytest.mark.parametrize("text, name, sector", [
    ("Shares listed on the Nasdaq fell, and Nasdaq said trading would go on.", "Nasdaq", "BUS"),  # one firm's start
    ("Talks between Hamas and its rival Fatah resumed in Cairo on Monday.", "Fatah", "GOV"),  # a listed party
])
def test_a_one_word_body_the_lists_know_stays(process, text, name, sector) -> None:
    found = _named(_actors(process, text), name)
    assert found is not None and found.sector == sector
