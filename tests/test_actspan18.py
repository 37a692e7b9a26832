"""Actors named with the span a coder writes (issue 16, round 18): unnamed parties cited with no determiner
('unnamed diplomatic sources', 'sources close to the minister', 'unidentified individuals'), a group named
by the plural group that owns it ("the miners' relatives"), and a people of the United States named by its
heritage ('Asian American students', 'Chinese Americans'). Sentences written for these tests; the names a
careful coder records were written down before the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2025-03-01T00:00:00Z") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published=published, until="actors").actors}


@pytest.mark.parametrize("text, name", [
    ("The company plans to cut 2,000 jobs, according to sources familiar with the negotiations.",
     "sources familiar with the negotiations"),
    ("Sources close to the prime minister said she would not resign before the vote.",
     "Sources close to the prime minister"),
    ("The newspaper, quoting anonymous Iraqi security sources, reported that the convoy was hit near Mosul.",
     "anonymous Iraqi security sources"),
    ("The mayor said he had been threatened by unidentified individuals after the ruling.",
     "unidentified individuals"),
    ("The tanker left the port at night, Reuters reported, quoting unnamed Western intelligence sources.",
     "unnamed Western intelligence sources"),
])
def test_unnamed_parties_with_no_determiner(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"


@pytest.mark.parametrize("text, absent", [
    ("Tourism and fishing are the main sources of income for the island.", "sources"),
    ("The figures could not be confirmed from independent sources.", "independent sources"),
    ("Police are searching for two unidentified individuals after the robbery in Lagos.",
     "unidentified individuals"),  # counted: read as a group elsewhere or not at all, not by this reader
])
def test_no_unnamed_party_without_anonymity_or_a_naming_phrase(process, text, absent) -> None:
    actors = _actors(process, text)
    assert not any(absent in n for n in actors), sorted(actors)


@pytest.mark.parametrize("text, name, parts", [
    ("Officials and victims' families gathered outside the hospital in Kano on Friday.", "victims' families",
     ("victims", "families")),
    ("The miners' relatives protested outside the company's offices in Johannesburg.", "miners' relatives",
     ("relatives", "miners")),
    ("The court ordered compensation for the victims' families on Tuesday.", "victims' families",
     ("families",)),
])
def test_a_group_named_by_the_group_that_owns_it(process, text, name, parts) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert not any(p in actors for p in parts), sorted(actors)


def test_a_name_owning_a_group_is_unchanged(process) -> None:
    actors = _actors(process, "Ahmed's relatives said he had been arrested in Cairo.")
    assert "Ahmed's relatives" in actors or any(a.name == "Ahmed's relatives" for a in actors.values())


@pytest.mark.parametrize("text, name", [
    ("Many Chinese Americans helped build the railroads in California.", "Chinese Americans"),
    ("Asian American students said they want to see their history taught in schools.",
     "Asian American students"),
    ("African American voters backed the senator in Atlanta.", "African American voters"),
])
def test_a_people_of_the_united_states_named_by_heritage(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country == "USA"
    assert "China" not in actors


@pytest.mark.parametrize("text, name, country", [
    ("American students protested the war outside the embassy.", "American students", "USA"),
    ("Chinese students protested in Beijing on Sunday.", "Chinese students", "CHN"),
])
def test_a_demonym_alone_is_unchanged(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors and actors[name].country == country, sorted(actors)


@pytest.mark.parametrize("text, name, sector", [
    ("The tanker left the port at night, Reuters reported, quoting unnamed Western intelligence sources.",
     "unnamed Western intelligence sources", "GOV"),
    ("The newspaper, quoting anonymous Iraqi security sources, reported that the convoy was hit near Mosul.",
     "anonymous Iraqi security sources", "MIL"),
])
def test_an_unnamed_party_takes_the_sector_its_words_say(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors and actors[name].sector == sector, sorted(actors)
