"""Group names cut at the boundary a reader draws (issue 16, round 28): country words joined by 'and' before
a group noun they share name one group per country ('Peruvian and Chilean authorities' are the Peruvian
authorities and the Chilean authorities), with the shared compound ('security forces') in each name; and the
plain readings the change must leave alone (a demonym on another noun, a counting word, a person's
possessive). Sentences written for these tests; the names a careful coder records were written down before
the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2025-03-01T00:00:00Z") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published=published, until="actors").actors}


@pytest.mark.parametrize("text, groups", [
    ("Both Peruvian and Chilean authorities said the smugglers had crossed the border in March.",
     {"Peruvian authorities": "PER", "Chilean authorities": "CHL"}),
    ("The talks between Ethiopian and Eritrean officials ended without a deal on Sunday.",
     {"Ethiopian officials": "ETH", "Eritrean officials": "ERI"}),
    ("Police arrested Nigerian and Ghanaian traders at the market in Lagos.",
     {"Nigerian traders": "NGA", "Ghanaian traders": "GHA"}),
    ("Afghan and U.S. security forces raided the compound on Tuesday.",
     {"Afghan security forces": "AFG"}),  # (the other conjunct: 'U.S. security forces', a body of the state)
    ("Kenyan and Somali government officials met in Nairobi to discuss the border.",
     {"Kenyan government officials": "KEN", "Somali government officials": "SOM"}),
    ("U.S. and Afghan troops raided the compound on Tuesday.",
     {"U.S. troops": "USA", "Afghan troops": "AFG"}),
])
def test_joined_country_words_name_one_group_each(process, text, groups) -> None:
    actors = _actors(process, text)
    for name, country in groups.items():
        assert name in actors, sorted(actors)
        assert actors[name].kind == "group"
        assert actors[name].country == country
    head = next(iter(groups)).split()[-1]
    assert head not in actors and head.capitalize() not in actors, sorted(actors)


def test_joined_group_keeps_offsets_in_the_text(process) -> None:
    text = "Both Peruvian and Chilean authorities said the smugglers had crossed the border in March."
    actors = _actors(process, text)
    for name, word in (("Peruvian authorities", "Peruvian"), ("Chilean authorities", "Chilean authorities")):
        spans = [text[m.start:m.end] for m in actors[name].mentions]
        assert word in spans, spans


@pytest.mark.parametrize("text, absent", [
    # a demonym on another noun, joined to no country word
    ("The Afghan border police said they had turned back hundreds of refugees.", "Afghan refugees"),
    # joined words that are no countries
    ("Local and foreign journalists were barred from the hearing in Harare.", "Local journalists"),
    ("Senior and junior officials attended the briefing in Dakar on Monday.", "Senior officials"),
    # joined country words on a thing, not a group
    ("The German and Italian vehicles were parked outside the embassy.", "German vehicles"),
])
def test_no_joined_group_where_a_reader_sees_none(process, text, absent) -> None:
    actors = _actors(process, text)
    assert absent not in actors, sorted(actors)


@pytest.mark.parametrize("text, name, wrong", [
    ("Two officials said the plan was dropped after the meeting in Accra.", "officials", "Two officials"),
    ("Some security forces fired on the crowd, a witness said.", "security forces", "Some security forces"),
    ("Khan's officials rejected the report on Monday.", None, "Khan's officials"),
])
def test_plain_names_unchanged(process, text, name, wrong) -> None:
    actors = _actors(process, text)
    if name is not None:
        assert name in actors, sorted(actors)
    assert wrong not in actors, sorted(actors)
