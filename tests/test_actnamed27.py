"""Round 27 (actnamed27): bodies' names the tagger began too late.

A body's name whose head word ('Commission', 'Museum', 'Office', 'Tribunal') is followed by 'of', 'on' or 'for'
and more capitalised words is often tagged from after the link only ('Commission on the' + 'Limits of the
Continental Shelf'): the organisation is the whole name (stages/actors/repair.py, ``begun_organisation``).
A place after the link stays a place's name ('the Gulf of Aden'), a lower-case head is no name's start
('the commission on the Danube Delta Authority'), and a body the tagger names whole stays as it is.
Sentences are the engineer's own; the expected names were written before running them."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict:
    doc = process(text, published="2024-05-01", until="actors")
    return {a.name: a for a in doc.actors}


@pytest.mark.parametrize("text, name", [
    ('"The Commission on the Limits of the Continental Shelf should act with care," the envoy said.',
     "Commission on the Limits of the Continental Shelf"),
    ("Chile filed its claim with the Commission on the Limits of the Continental Shelf, which meets in New York.",
     "Commission on the Limits of the Continental Shelf"),
    ("The National Museum of the U.S. Navy said on Friday it would reopen in June.",
     "National Museum of the U.S. Navy"),
    ("The Fund for the Protection of Wild Rivers said the dam was illegal.", "Fund for the Protection of Wild Rivers"),
    ("Officials said the Centre for the Study of Violence, which tracks attacks, counted more deaths.",
     "Centre for the Study of Violence"),
    ("Chile asked the Commission on the Status of Women to review the law.", "Commission on the Status of Women"),
])
def test_a_body_cut_after_its_head_and_link_is_named_whole(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization"


@pytest.mark.parametrize("text, name", [
    ("The Bank of England raised its main rate on Thursday, the bank said.", "Bank of England"),
    ("The Court of Appeal in London ruled against the airline on Monday.", "Court of Appeal"),
])
def test_a_body_named_whole_stays_whole(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)


@pytest.mark.parametrize("text, not_name", [
    ("Pirates attacked two tankers in the Gulf of Aden on Sunday, the navy said.", "Gulf of Aden"),
    ("The minister met the head of the European Union delegation on Monday.", "Head of the European Union"),
    ("The report by the commission on the Danube Delta Authority was published on Monday.",
     "commission on the Danube Delta Authority"),
    ("Students at the University of Texas protested on Monday, the school said.", "University of Texas protested"),
])
def test_no_body_is_begun_where_no_name_begins(process, text, not_name) -> None:
    actors = _actors(process, text)
    assert not any(n.lower() == not_name.lower() for n in actors), sorted(actors)


@pytest.mark.parametrize("text, words", [
    ("Peru wrote to the U.N. Working Group on Arbitrary Detention in March. The Working Group on Arbitrary "
     "Detention later said the arrest broke the law.", "Arbitrary Detention"),
    ('Chile sent its papers to the U.N. Commission on the Limits of the Continental Shelf in May. "The Commission '
     'on the Limits of the Continental Shelf must be careful," the envoy said.', "Continental Shelf"),
])
def test_a_body_named_with_and_without_an_international_bodys_short_name_is_one(process, text, words) -> None:
    actors = _actors(process, text)
    bodies = [a for a in actors.values() if words in a.name]
    assert len(bodies) == 1, sorted(actors)
    assert len(bodies[0].mentions) == 2


def test_a_body_named_after_a_town_is_not_joined_to_the_shorter_name(process) -> None:
    text = ("The Lakeside Committee on Water Safety met on Monday. Separately, the Committee on Water Safety of "
            "the state senate said the lake was clean.")
    actors = _actors(process, text)
    assert not any(a.name == "Lakeside Committee on Water Safety" and len(a.mentions) > 1 for a in actors.values()), \
        sorted(actors)


@pytest.mark.parametrize("text, name, country", [
    ("The governor met representatives from Clean Rivers Free Peru on Monday to discuss the ban.",
     "Clean Rivers Free Peru", "PER"),
    ("A spokeswoman for Seed Banks Chile New Zealand said the rules would change next year.",
     "Seed Banks Chile New Zealand", "CHL"),
])
def test_an_untagged_body_named_for_its_country_is_an_organisation(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization"
    assert actors[name].country == country


@pytest.mark.parametrize("text", [
    "Heavy rain fell across Central Java Indonesia on Monday, officials said.",
    "Protests Sweep Across Peru As Ministers Resign\nPolice said the march was peaceful.",
    "She said the talks on Monday Peru and Chile held were useful.",
    "The ministers said the plan would help the President Of Peru win support.",
])
def test_no_body_is_read_from_capitalised_words_before_a_country_that_name_none(process, text) -> None:
    actors = _actors(process, text)
    assert not any(a.kind == "organization" and len(a.name.split()) >= 3 for a in actors.values()), sorted(actors)


@pytest.mark.parametrize("text, name", [
    ("The opposition party of jailed former Prime Minister Nawaz Sharif said the vote was rigged.",
     "Pakistan Muslim League-Nawaz"),
    ("Protesters marched after the council dissolved the party of former President Evo Morales.",
     "Movement for Socialism"),
])
def test_a_party_named_by_its_leader_is_that_party(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization"


@pytest.mark.parametrize("text", [
    "The party of Ana Ruiz Nawaz Sharif praised was small.",
    "Nawaz Sharif left the party on Monday, officials said.",
])
def test_no_party_is_read_from_a_leader_without_its_shape(process, text) -> None:
    actors = _actors(process, text)
    assert "Pakistan Muslim League-Nawaz" not in actors, sorted(actors)


def test_a_leaders_party_is_not_read_into_a_story_older_than_the_party(process) -> None:
    """The lead's mend at merge: a leader may have led other parties before the one the list gives; a story dated
    before every spell the list knows of the party does not name it ('the party of X' in 2006 is an earlier one)."""
    text = "The court dissolved the party of former Prime Minister Thaksin Shinawatra on Wednesday."
    old = {a.name for a in process(text, published="2006-05-30", until="actors").actors}
    new = {a.name for a in process(text, published="2024-05-01", until="actors").actors}
    assert "Pheu Thai" not in old, sorted(old)
    assert "Pheu Thai" in new, sorted(new)
