"""Group names cut at the boundary a reader draws (issue 16, round 28): two words joined by 'and' that together
modify a group noun stay in its name ('Chadian security and defense forces', 'press freedom and rights
groups'); and the plain readings the change must leave alone (a demonym on another noun, a counting word, a
person's possessive, countries' words joined before one noun, which stay the states: test_actspan21). Sentences written for these tests; the names a careful coder records were written down before
the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2025-03-01T00:00:00Z") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published=published, until="actors").actors}


@pytest.mark.parametrize("text, absent", [
    # a demonym on another noun, joined to no country word
    ("The Afghan border police said they had turned back hundreds of refugees.", "Afghan refugees"),
    # joined words that are no countries
    ("Local and foreign journalists were barred from the hearing in Harare.", "Local journalists"),
    ("Senior and junior officials attended the briefing in Dakar on Monday.", "Senior officials"),
    # joined country words on a thing, not a group
    ("The German and Italian vehicles were parked outside the embassy.", "German vehicles"),
    # countries' words joined: the states (the project's convention), no group of either nor of both
    ("Both Peruvian and Chilean authorities said the smugglers had crossed the border.", "Peruvian authorities"),
    ("Both Peruvian and Chilean authorities said the smugglers had crossed the border.",
     "Peruvian and Chilean authorities"),
])
def test_no_joined_name_where_a_reader_sees_none(process, text, absent) -> None:
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


@pytest.mark.parametrize("text, name", [
    ("Chadian security and defense forces repelled an attack near the lake on Sunday.",
     "Chadian security and defense forces"),
    ("Nine press freedom and rights groups urged the court to free the reporter.",
     "press freedom and rights groups"),
    ("Ethnic and religious groups protested outside the assembly in Abuja.", "Ethnic and religious groups"),
])
def test_modifiers_joined_by_and_stay_in_the_name(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    head = name.split()[-1]
    assert head not in actors, sorted(actors)


@pytest.mark.parametrize("text, absent", [
    # two bodies, not one group's modifiers
    ("The army and police officers sealed off the square in Bamako.", "army and police officers"),
    # nouns joined, not modifiers of one noun
    ("Local elders and government officials met in the town hall.", "elders and government officials"),
    # describing words joined: the group is the civilians (group_describers)
    ("Wounded and displaced civilians waited at the clinic in Goma.", "Wounded and displaced civilians"),
])
def test_no_joined_modifiers_where_none_modify_one_noun(process, text, absent) -> None:
    actors = _actors(process, text)
    assert absent not in actors, sorted(actors)


def test_joined_modifiers_name_keeps_offsets(process) -> None:
    text = "Chadian security and defense forces repelled an attack near the lake on Sunday."
    actors = _actors(process, text)
    spans = [text[m.start:m.end] for m in actors["Chadian security and defense forces"].mentions]
    assert "Chadian security and defense forces" in spans, spans
    assert actors["Chadian security and defense forces"].country == "TCD"
