"""Actors named as a reader names them (issue 16, round 9): a body's name the tagger cut before the
phrase saying what it is for ('Working Group' + 'on ...'), a name with a possessive inside it ("the
National People's Congress" is not the US Congress). Sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2024-05-02T10:00:00Z") -> list[Actor]:
    return process(text, published=published, until="actors").actors


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


@pytest.mark.parametrize("text, name", [
    ("The Working Group on Forced Disappearances said on Monday that the arrests in Ardenia were unlawful.",
     "Working Group on Forced Disappearances"),
    ("Members of the Joint Council for the Welfare of Refugees met the interior minister in Nairobi.",
     "Joint Council for the Welfare of Refugees"),
    ("The Kenyan Institute for Peace and Conflict Studies criticised the government on Friday.",
     "Kenyan Institute for Peace and Conflict Studies"),
    ("Malaysia filed its claim with the U.N. Commission on the Limits of the Continental Shelf last year.",
     "U.N. Commission on the Limits of the Continental Shelf"),
])
def test_a_body_named_with_what_it_is_for(process, text, name) -> None:
    assert name in _names(_actors(process, text))


@pytest.mark.parametrize("text, absent", [
    # a date, a place or a title after the body's name is no part of it
    ("The commission on Tuesday rejected the appeal filed by Ana Ruiz.", "commission on Tuesday"),
    ("Officials of the Department of Health and Secretary Ana Ruiz visited the clinic.",
     "Department of Health and Secretary Ana Ruiz"),
    ("Scientists from the Institute of Mining and Ohio State University wrote the report.",
     "Institute of Mining and Ohio State University"),
])
def test_what_follows_a_body_is_not_always_its_name(process, text, absent) -> None:
    assert absent not in _names(_actors(process, text))


@pytest.mark.parametrize("text, name, country", [
    ("Li Wei, a deputy of the National People's Congress, said the law would change.",
     "National People's Congress", "CHN"),
    ("Delegates to the National People's Congress approved the budget on Sunday.",
     "National People's Congress", "CHN"),
])
def test_a_possessive_inside_a_name_is_no_other_body(process, text, name, country) -> None:
    actors = _actors(process, text)
    found = next((a for a in actors if a.name == name), None)
    assert found is not None and found.country == country
    assert "Congress" not in _names(actors)  # not the US Congress


@pytest.mark.parametrize("text, name, country, sector", [
    ("Police said the Moroccan counterterror agency arrested four men near Tangier on Monday.", "Moroccan counterterror agency",
     "MAR", "GOV"),
    ("A Greek court ruled on Friday that the sale of the island was legal.", "Greek court", "GRC", "JUD"),
    ("Chile's new electoral board rejected the complaint filed by the mayor.", "Chile's new electoral board", "CHL",
     "GOV"),  # (the name as the text writes it, round 14: the key leaves 'new' out)
    ("Protesters were dispersed after a Kenyan court banned the march.", "Kenyan court", "KEN", "JUD"),
])
def test_a_body_named_by_its_country_and_a_common_noun(process, text, name, country, sector) -> None:
    found = next((a for a in _actors(process, text) if a.name == name), None)
    assert found is not None and (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize("text, absent", [
    # the noun only describes a body named beside it, or belongs to a person
    ("Lumos, a British charity that helps orphans, said the law was a step forward.", "British charity"),
    ("The report came from Ghana's state news agency GNA on Tuesday.", "Ghana's state news agency"),
    ("Aides said the Russian president's office would reply on Monday.", "Russian president's office"),
])
def test_a_country_and_a_noun_that_only_describe(process, text, absent) -> None:
    assert absent not in _names(_actors(process, text))


@pytest.mark.parametrize("text, name, absent", [
    ("Lawyers for the jailed reporter asked the court to release him on bail.", "Lawyers for the jailed reporter",
     "Lawyers"),
    ("Critics of the reform say it will hurt small farmers.", "Critics of the reform", "Critics"),
    ("The families of the nine miners who died demanded an inquiry.", "families of the nine miners", "families"),
])
def test_a_group_named_with_whom_it_serves(process, text, name, absent) -> None:
    names = _names(_actors(process, text))
    assert name in names and absent not in names


def test_the_people_a_group_serves_keep_their_own_mentions(process) -> None:
    # 'miners' said later are the miners, not the miners' families
    actors = _actors(process, "Families of the trapped miners met the minister on Monday. The miners had been "
                              "underground for three days, and the miners' union blamed the company.")
    families = next(a for a in actors if a.name == "Families of the trapped miners")
    assert all("families" in m.text.lower() for m in families.mentions)


def test_critics_of_a_country_are_not_its_nationals(process) -> None:
    actors = _actors(process, "Critics of China say the new law will silence dissent in Hong Kong.")
    critics = next(a for a in actors if a.name == "Critics of China")
    assert critics.country is None


@pytest.mark.parametrize("text, word", [
    ("Origami was her hobby. She learned origami in Kyoto.", "Origami"),
    ("Bonsai was her hobby. She grew bonsai in Lisbon.", "Bonsai"),
    ("Batik was her craft. She sold batik in Jakarta.", "Batik"),
])
def test_a_capitalised_everyday_word_is_no_person(process, text, word) -> None:
    # the tagger reads the word opening the story as a person's name; the story writes it in lower case later
    assert not any(a.kind == "person" and a.name == word for a in _actors(process, text))


def test_what_a_story_writes_in_lower_case() -> None:
    from eventwire.stages.actors.mentions import _written_in_lower_case

    assert _written_in_lower_case("Schools shut. Parents said the school had not told them.", "Schools")
    assert _written_in_lower_case("Iodine helps. Salt holds iodine.", "Iodine")
    assert not _written_in_lower_case("Rice said the deal was close.", "Rice")
    assert not _written_in_lower_case("Rice said the rice-growing season was over.", "Rice")


@pytest.mark.parametrize("text, name", [
    # a title, or a longer name in the story, says a person whatever the word means in lower case
    ("Secretary Rice said on Monday that rice prices would fall.", "Rice"),
    ("Ana Bush, a farmer, said the bush fires had reached her land. Bush said she would stay.", "Ana Bush"),
])
def test_a_person_named_by_a_word_written_in_lower_case_too(process, text, name) -> None:
    assert any(a.kind == "person" and a.name == name for a in _actors(process, text))


def test_a_legislature_in_the_knowledge_base_is_leg() -> None:
    from eventwire.stages.actors.knowledge import knowledge

    # PETRARCH2 codes legislatures as the government's legislature agent (XXXGOVLEG): LEG in the gold format
    for name in ("National People's Congress", "Knesset", "Lok Sabha"):
        facts = knowledge().facts(name, None)
        assert facts is not None and facts.sector == "LEG", name


def test_a_state_outlet_stays_an_outlet(process) -> None:
    # 'Ethiopia's state broadcaster' is named by generic_media as an outlet, not as a body of the state
    actors = _actors(process, "Ethiopia's state broadcaster said the talks had failed.")
    assert not any(a.kind == "organization" and "broadcaster" in a.name for a in actors)


def test_critics_named_with_a_country_keep_a_country_of_their_own_words(process) -> None:
    actors = _actors(process, "Kenyan critics of the new tax law marched in Nairobi on Tuesday.")
    assert any(a.name.startswith("Kenyan critics") and a.country == "KEN" for a in actors)


@pytest.mark.parametrize("text, name", [
    ("Critics of China gathered in Geneva on Monday to protest the detentions.", "Critics of China"),
    ("Critics of the Chinese government held a vigil in London on Sunday, and the police watched.",
     "Critics of the Chinese government"),
])
def test_a_group_named_by_whom_it_opposes_takes_no_country_from_that_phrase(process, text, name) -> None:
    # the country is whom they oppose: only the words the group is named by may say its own
    (group,) = [a for a in _actors(process, text) if a.name == name]
    assert group.country is None


def test_a_body_named_after_a_country_that_is_also_a_big_state_is_not_made(process) -> None:
    # 'Georgia' is a country and a US state: the court may be either's
    actors = _actors(process, "A Georgia court ruled on Friday that the ballots were valid.")
    assert not any(a.name == "Georgia court" and a.country == "GEO" for a in actors)
