"""A state's bodies named by a common noun alone (round 17, task bodies7): 'the electoral commission',
'Parliament', 'the central bank', 'the ruling party' (state_bodies.tsv rows marked 'one'; read by
stages/actors/mentions/state_bodies.single_state_bodies). A reader takes such a body for the one of the state
the story is about, where it takes part in what happens; not where it is a place ('marched to parliament'),
a modifier ('parliamentary elections', 'members of parliament'), or one brought in with 'a'.

Sentences written for these tests; the expected actor is written first in each row."""
from __future__ import annotations

import pytest

from eventwire.record import Article


def _record(pipeline, text):
    return pipeline.extract(Article(text=text, published="2025-03-01"))


def _body(actors, name):
    return next((a for a in actors if a.name.lower() == name.lower()), None)


@pytest.mark.parametrize("name,country,sector,text", [
    ("electoral commission", "GHA", "GOV",
     "ACCRA, Ghana — The electoral commission postponed the count on Sunday after delays in two regions."),
    ("supreme court", "MWI", "JUD",
     "LILONGWE, Malawi — The supreme court threw out the petition of the losing candidate on Friday."),
    ("central bank", "EGY", "GOV",
     "CAIRO, Egypt — The central bank cut its main lending rate for the second time this year."),
    ("Parliament", "LKA", "LEG",
     "COLOMBO, Sri Lanka — After a long debate, Parliament passed the new tax law late on Wednesday."),
    ("ruling party", "ZWE", "GOV",
     "HARARE, Zimbabwe — Critics say the ruling party intimidated voters in rural districts."),  # an object
    ("national assembly", "SEN", "LEG",
     "DAKAR, Senegal — The bill was approved by the national assembly on Tuesday."),  # the agent of a passive
    ("national electoral commission", "TZA", "GOV",
     "DODOMA, Tanzania — The national electoral commission said turnout was low in the islands."),
])
def test_a_body_named_by_its_noun_is_the_settings(pipeline, name, country, sector, text):
    actors = _record(pipeline, text).actors
    hit = _body(actors, name)
    assert hit is not None and hit.kind == "organization", [(a.name, a.kind) for a in actors]
    assert (hit.country, hit.sector) == (country, sector), (hit.name, hit.country, hit.sector)


def test_the_possessive_said_before_gives_the_country_and_one_actor(pipeline):
    text = ("Zambia's electoral commission delayed the results on Monday. Observers later accused the electoral "
            "commission of hiding figures from the parties.")
    actors = _record(pipeline, text).actors
    bodies = [a for a in actors if "electoral commission" in a.name.lower()]
    assert len(bodies) == 1 and bodies[0].country == "ZMB", [(a.name, a.country) for a in actors]
    assert len(bodies[0].mentions) == 2, [m.text for m in bodies[0].mentions]


def test_an_of_phrase_names_the_country(pipeline):
    actors = _record(pipeline, "The national assembly of Niger approved the new charter on Friday.").actors
    hit = _body(actors, "national assembly")
    assert hit is not None and hit.country == "NER", [(a.name, a.country) for a in actors]


def test_several_mentions_are_one_body_and_take_part_in_events(pipeline):
    text = ("NAIROBI, Kenya — The electoral commission delayed the tally on Monday. Opposition leaders accused the "
            "electoral commission of fraud, and the electoral commission rejected the charge.")
    record = _record(pipeline, text)
    bodies = [a for a in record.actors if a.name.lower() == "electoral commission"]
    assert len(bodies) == 1 and bodies[0].country == "KEN", [(a.name, a.country) for a in record.actors]
    assert len(bodies[0].mentions) == 3
    ids = {bodies[0].id}
    assert any(set(e.target or []) & ids for e in record.events if e.type == "ACCUSE"), record.events
    assert any(set(e.source or []) & ids for e in record.events if e.type == "REJECT"), record.events


@pytest.mark.parametrize("word,text", [
    ("parliament", "Thousands of students marched to parliament on Monday to demand lower fees."),  # a place
    ("parliament", "Members of parliament left the capital for the holidays."),  # whose members
    ("parliament", "Parliamentary elections are due in May in the southern provinces."),  # a modifier
    ("commission", "A commission of experts will study the plan over the summer."),  # brought in with 'a'
    ("central bank", "The central bank governor resigned on Monday after a row over rates."),  # names whose governor
    ("central bank", "Hundreds of savers rallied at the central bank on Monday."),  # a place
    ("national assembly", "Elections to the national assembly will be held in June."),  # no act
])
def test_no_body_where_the_noun_takes_no_part(pipeline, word, text):
    actors = _record(pipeline, text).actors
    assert not any(word in a.name.lower() and a.kind == "organization" for a in actors), \
        [(a.name, a.kind) for a in actors]


def test_a_body_named_after_its_country_stays_that_countrys(pipeline):
    """'the Kenyan electoral commission' is read by ``state_bodies``: named with its country word."""
    actors = _record(pipeline, "ADDIS ABABA, Ethiopia — The Kenyan electoral commission sent observers.").actors
    hit = next((a for a in actors if "electoral commission" in a.name.lower()), None)
    assert hit is not None and hit.country == "KEN", [(a.name, a.country) for a in actors]


def test_a_body_of_the_past_picked_out_by_a_clause_is_still_the_states(pipeline):
    """'the ruling party that ran the state until last year': a body of the state, named by what it did."""
    text = ("DAMASCUS, Syria — Lawyers said most judges had been named by the ruling party that ran the state until "
            "last year.")
    actors = _record(pipeline, text).actors
    hit = _body(actors, "ruling party")
    assert hit is not None and (hit.country, hit.sector) == ("SYR", "GOV"), [(a.name, a.country) for a in actors]


def test_a_body_named_after_a_place_in_an_of_phrase_is_not_the_states(pipeline):
    """'the national assembly of Republika Srpska' is the entity's (a place's body), not the state's."""
    actors = _record(pipeline, "The national assembly of Republika Srpska adopted a new charter on Thursday.").actors
    assert not any(a.name.lower() == "national assembly" for a in actors), [(a.name, a.country) for a in actors]


@pytest.mark.parametrize("name,country,text", [
    ("U.S. central bank", "USA", "TOKYO — The yen fell on Thursday after the U.S. central bank raised rates again."),
    ("electoral commission", "UGA",
     "NAIROBI, Kenya — Ugandan lawmakers said the electoral commission of Uganda had failed voters."),
])
def test_a_foreign_body_named_as_such_is_not_the_settings(pipeline, name, country, text):
    actors = _record(pipeline, text).actors
    hit = _body(actors, name)
    assert hit is not None and hit.country == country, [(a.name, a.country) for a in actors]
