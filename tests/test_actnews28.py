"""Actors on general news that is not VOA's (round 28, actnews28). Sentences are the tests' own; what a careful
coder records was written before the rows were run."""
from __future__ import annotations

import pytest

from .actor_helpers import actor_at_head as _actor_at, kinds_countries_sectors as _found


# --- a newspaper named by a place and a masthead word the older list lacked (Star, Sun, Courier ...) --------------

@pytest.mark.parametrize("text, words", [
    # subject of a reporting verb
    ("The Winnipeg Star reported that the minister had resigned.", "Winnipeg Star"),
    # object of 'according to'
    ("According to the Calgary Sun, the mayor will not run again.", "Calgary Sun"),
    # 'told the X'
    ("The coach told the Halifax Courier that the team would appeal.", "Halifax Courier"),
    # a writer's apposition
    ("Ruth Allan, a columnist at the Leeds Examiner, said the vote was close.", "Leeds Examiner"),
    # 'in an interview with the X'
    ("In an interview with the Dundee Courier, the striker said he would stay.", "Dundee Courier"),
    # in coordination with another outlet
    ("Both the Ottawa Mirror and the Regina Dispatch called the vote a defeat for the premier.", "Regina Dispatch"),
])
def test_masthead_outlets_are_media(process, text, words) -> None:
    doc = process(text, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.kind == "media" and actor.sector == "MED", _found(doc)


@pytest.mark.parametrize("text, words", [
    # a masthead word in a body's name whose own word says what it is
    ("Sun Yat-sen University said classes would resume on Monday.", "Sun Yat-sen University"),
    # a masthead word that is not the name's last
    ("Star Alliance Holdings said its profits had doubled.", "Star Alliance Holdings"),
])
def test_masthead_words_inside_other_bodies_are_no_outlets(process, text, words) -> None:
    doc = process(text, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is None or actor.kind != "media", _found(doc)


@pytest.mark.parametrize("text, words", [
    # the words of the language before the masthead word
    ("Rising Star of the season, the striker scored twice on Sunday.", "Rising Star"),
    # a train, followed by another capitalised word
    ("Tourists boarded the Danube Express Line in Vienna on Friday.", "Danube Express"),
    # a train named by a place and 'Express'
    ("Gunmen stopped the Karakum Express near the border and took the passengers off.", "Karakum Express"),
    # a masthead word alone
    ("The Star said on Sunday that the talks had failed.", "Star"),
])
def test_masthead_near_misses_are_no_outlets(process, text, words) -> None:
    doc = process(text, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is None or actor.kind != "media", _found(doc)
