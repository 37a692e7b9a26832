"""Actors the stage did not name on unseen news, by class (round 17, task actrecall2):

- people named by what they do that group_nouns.tsv lacked (commenters, griots), with the
  negative rows where the same words only describe;
- a group noun of the 'acting' kind as the object of 'from' is the source of what comes from it ('reports
  from locals', 'calls from citizens'), not only after 'to', 'with', 'by', 'against';
- a body's name the tagger began after an inner 'and' ('Hope and Light Radio' -> 'Light Radio'):
  mentions/and_names.py, with the rows where two names joined by 'and' stay two;
- a firm the lexicons know that the tagger read as a nationality in one word ('an Ipsos survey'),
  mentions/org_entities._firm_read_as_a_people;
- seats of government named for the state's executive, as the Kremlin and the Elysee ('the Kantei said'):
  world knowledge rows of institutions.tsv.

Sentences written for these tests; the expected actor is written first in each row."""
from __future__ import annotations

import pytest

from eventwire.record import Article

from .actor_helpers import named_actor


def _actors(pipeline, text):
    return pipeline.extract(Article(text=text, published="2025-03-01")).actors


# ---- people named by what they do ------------------------------------------------------------------------------

@pytest.mark.parametrize("name,sector,text", [
    ("commenters", "CVL", "Several commenters mocked the mayor's plan on the city's website."),
    ("commenters", "CVL", "The portal deleted posts after commenters insulted the minister."),
    ("griots", "CVL", "Griots sang the history of the old kingdom at the festival in Bamako."),
])
def test_people_named_by_what_they_do_are_groups(pipeline, name, sector, text):
    actors = _actors(pipeline, text)
    hit = named_actor(actors, name)
    assert hit is not None and hit.kind == "group", [(a.name, a.kind) for a in actors]
    assert hit.sector == sector, [(a.name, a.sector) for a in actors]


@pytest.mark.parametrize("word,text", [
    ("commenter", "The comment pages were full of angry commenters."),  # describes the pages: no act
    ("commenter", "A commenter wrote that the plan was a joke."),  # one person, singular: no group
    ("griot", "The griot tradition is taught in schools in Gambia."),  # a modifier
])
def test_no_group_where_the_word_only_describes(pipeline, word, text):
    actors = _actors(pipeline, text)
    assert not any(word in a.name.lower() for a in actors if a.kind == "group"), [a.name for a in actors]


def test_a_states_delegation_stays_the_state(pipeline):
    """'delegation' is no group noun: a state's delegation acts as the state (tests/test_events.py)."""
    actors = _actors(pipeline, "Chad's delegation left the talks with Niger on Monday.")
    assert not any("delegation" in a.name.lower() for a in actors), [a.name for a in actors]


# ---- a group noun after 'from' -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,text", [
    ("locals", "The first news of the landslide came in messages from locals in the valley."),
    ("citizens", "The council faced angry calls from citizens over the water cuts."),
    ("journalists", "The ministry received complaints from journalists about the new accreditation rules."),
])
def test_a_group_after_from_is_a_party(pipeline, name, text):
    actors = _actors(pipeline, text)
    hit = named_actor(actors, name)
    assert hit is not None and hit.kind == "group", [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize("word,text", [
    ("tourist", "The town is far from the tourist trail."),  # a modifier of another noun
    ("local", "A local from the valley said the road was closed."),  # one person, singular
])
def test_no_group_after_from_where_the_word_only_describes(pipeline, word, text):
    actors = _actors(pipeline, text)
    assert not any(word in a.name.lower() for a in actors if a.kind == "group"), [a.name for a in actors]


# ---- a body's name begun after an inner 'and' ---------------------------------------------------------------------

@pytest.mark.parametrize("name,text", [
    ("Heart and Soul Television", "Police searched the Harare offices of the Herald and Heart and Soul Television "
     "on Monday."),
    ("Council of the Kenya Arts and Crafts Association",
     "A study by the Council of the Kenya Arts and Crafts Association found that weavers earn less than before."),
])
def test_a_body_name_cut_at_and_is_one_body(pipeline, name, text):
    actors = _actors(pipeline, text)
    assert any(a.name == name for a in actors), [a.name for a in actors]


@pytest.mark.parametrize("text,names", [
    ("Reporters from Reuters and Associated Press were at the scene.", ("Reuters", "Associated Press")),
    ("Kenya and World Vision signed the agreement on Tuesday.", ("World Vision",)),
])
def test_two_names_joined_by_and_stay_two(pipeline, text, names):
    actors = _actors(pipeline, text)
    got = [a.name for a in actors]
    assert all(n in got for n in names), got
    assert not any(" and " in a for a in got), got


# ---- a known firm the tagger read as a people ----------------------------------------------------------------------

@pytest.mark.parametrize("name,text", [
    ("Ipsos", "One Ipsos survey found that most voters distrust the party."),
    ("Ipsos", "An Ipsos poll for the newspaper showed the mayor ahead."),
])
def test_a_known_firm_read_as_a_people_is_the_firm(pipeline, name, text):
    actors = _actors(pipeline, text)
    hit = next((a for a in actors if a.name == name), None)
    assert hit is not None and hit.kind == "organization" and hit.sector == "BUS", [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize("text,word", [
    ("Dutch voters rejected the plan in a referendum.", "Dutch"),  # a demonym stays a people
    ("Nigerians queued for fuel on Monday.", "Nigerians"),
])
def test_a_people_stays_no_firm(pipeline, text, word):
    actors = _actors(pipeline, text)
    assert not any(a.name == word and a.kind == "organization" for a in actors), [(a.name, a.kind) for a in actors]


# ---- seats of government named for the executive (institutions.tsv, world knowledge) ---------------------------------

@pytest.mark.parametrize("name,country,text", [
    ("Kantei", "JPN", "The Kantei said the prime minister would travel to Seoul next month."),
    ("Kantei", "JPN", "The order to evacuate the coast came directly from the Kantei, officials said."),
    ("Casa Rosada", "ARG", "The Casa Rosada announced new price controls on Friday."),
    ("Malacanang", "PHL", "Malacanang rejected the senators' call for an inquiry."),
    ("Aso Rock", "NGA", "Aso Rock denied reports that the president was ill."),
])
def test_a_seat_of_government_is_the_government(pipeline, name, country, text):
    actors = _actors(pipeline, text)
    hit = next((a for a in actors if a.name == name), None)
    assert hit is not None and (hit.country, hit.sector) == (country, "GOV"), [(a.name, a.country) for a in actors]


def test_a_seat_of_government_word_inside_a_persons_name_is_no_body(pipeline):
    actors = _actors(pipeline, "Maria Moncloa Vargas, a teacher in Lima, won the regional prize.")
    assert not any(a.name == "Moncloa" for a in actors), [a.name for a in actors]
