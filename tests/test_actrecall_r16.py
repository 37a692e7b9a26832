"""Actors the stage did not name on unseen news, by class (round 16, task actrecall): people named by a role the
group-noun list lacked (advisers, aides, plotters, escapees, schoolgirls, delegates); a
person's name the tagger missed right after a lower-case role word ('ministry spokesperson Wanjiru Kamau').
Each class with negative rows. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.record import Article

from .actor_helpers import named_actor


def _actors(pipeline, text):
    return pipeline.extract(Article(text=text, published="2025-03-01")).actors


# ---- people named by role, missing from group_nouns.tsv --------------------------------------------------------

@pytest.mark.parametrize("name,sector,text", [
    ("advisers", "GOV", "The prime minister's senior advisers urged him to call an early vote."),
    ("aides", "GOV", "Two aides to the governor were arrested in the bribery inquiry."),
    ("escapees", "CVL", "Police recaptured two escapees near the prison walls."),
    ("schoolgirls", "CVL", "Kidnappers released 20 schoolgirls from a boarding school in the north."),
    ("Delegates", "GOV", "Delegates from 40 countries adopted the declaration in Geneva."),
])
def test_people_named_by_role_are_groups(pipeline, name, sector, text):
    actors = _actors(pipeline, text)
    hit = named_actor(actors, name)
    assert hit is not None and hit.kind == "group", [(a.name, a.kind) for a in actors]
    assert hit.sector == sector, [(a.name, a.sector) for a in actors]


def test_coup_plotters_are_a_group(pipeline):
    actors = _actors(pipeline, "The alleged coup plotters were sentenced to life in prison on Monday.")
    assert named_actor(actors, "coup plotters") is not None, [a.name for a in actors]


@pytest.mark.parametrize("word,text", [
    ("aide", "The aide scandal could last for weeks, experts say."),  # a modifier, singular
    ("advisers", "The firm hired a team of advisers last year."),  # no act: of what the team is made
    ("economy", "The economy grew by two percent last year."),
])
def test_no_group_where_the_word_only_describes(pipeline, word, text):
    actors = _actors(pipeline, text)
    assert not any(word in a.name.lower() for a in actors if a.kind == "group"), [a.name for a in actors]


# ---- a name the tagger missed right after a lower-case role word (titled_names) --------------------------------

@pytest.mark.parametrize("text,name,country,sector", [
    ("“The talks went well,” Bhutan's foreign ministry spokesperson Tenzin Dorjee told the newspaper.",
     "Tenzin Dorjee", "BTN", "GOV"),
    ("“Nothing was agreed,” the Indian ministry's spokesperson Randhir Jaiswal wrote on social media.",
     "Randhir Jaiswal", "IND", "GOV"),
    ("Kenyan government spokesman Isaac Mwaura said the talks would resume.", "Isaac Mwaura", "KEN", "GOV"),
    ("The ambassador Otieno Kamau met the foreign minister on Tuesday.", "Otieno Kamau", None, "GOV"),
])
def test_a_name_after_a_role_word_is_a_person(pipeline, text, name, country, sector):
    actors = _actors(pipeline, text)
    hit = next((a for a in actors if a.name == name), None)
    assert hit is not None and hit.kind == "person", [(a.name, a.kind) for a in actors]
    assert (hit.country, hit.sector) == (country, sector), [(a.name, a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text,words", [
    ("The envoy reached Addis Ababa on Monday.", "Addis Ababa"),  # a place after a role word
    ("The governor toured Dar es Salaam Port on Friday.", "Salaam Port"),  # a place's words, no one's name
])
def test_no_person_where_the_words_after_a_role_name_no_one(pipeline, text, words):
    actors = _actors(pipeline, text)
    assert not any(a.kind == "person" and words in a.name for a in actors), [(a.name, a.kind) for a in actors]

