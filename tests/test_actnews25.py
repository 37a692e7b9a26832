"""Actors on news outside VOA's house style (round 25, actnews25). Sentences are the tests' own; what a careful
coder records was written before the rows were run."""
from __future__ import annotations

import pytest

from .actor_helpers import actor_at_head as _actor_at, kinds_countries_sectors as _found


# --- an outlet's name the tagger gives no entity of a body: a media actor ----------------------------------------

@pytest.mark.parametrize("text, words, country", [
    # subject of a reporting verb
    ("The Riverside Gazette observed that the river had crested twice in a week.", "Riverside Gazette", None),
    # after 'at the' in a person's apposition; the demonym gives the country
    ("Omar Haddad, editor at large at the Kuwaiti Gazette, said the site had been closed.", "Kuwaiti Gazette", "KWT"),
    # after 'told the'
    ("The minister told the Lakeland Herald that the bridge would reopen in May.", "Lakeland Herald", None),
    # the object of 'according to'
    ("Nine people were hurt, according to the Harbourview Chronicle.", "Harbourview Chronicle", None),
    # a possessive
    ("The Millbrook Telegraph's count found that most shops had closed by noon.", "Millbrook Telegraph", None),
])
def test_untagged_outlets_are_media(process, text, words, country) -> None:
    doc = process(text, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.kind == "media" and actor.sector == "MED", _found(doc)
    if country is not None:
        assert actor.country == country, _found(doc)


@pytest.mark.parametrize("text, words", [
    # an outlet's word followed by another capitalised word: a place, an office
    ("Crowds gathered in Times Square on New Year's Eve to watch the ball drop.", "Times"),
    ("Protesters marched past the Central Post Office in Lagos on Monday.", "Central Post"),
    # the words of the language, capitalised in a headline's way
    ("Good News for farmers came on Monday when the rains finally arrived.", "Good News"),
    ("Hard Times lie ahead for the textile mills, the union warned.", "Hard Times"),
    # one word alone: no name of an outlet's own ('the Post said' is left to the tagger)
    ("The Post said on Sunday that the talks had failed.", "Post"),
])
def test_near_misses_are_no_outlets(process, text, words) -> None:
    from eventwire.stages.actors.untagged_outlets import untagged_outlets
    from eventwire.stages.actors.words import actor_words
    doc = process(text, until="actors")
    at = text.index(words) + len(words) - 1
    assert not [c for c in untagged_outlets(doc, actor_words()) if c.start <= at < c.end], _found(doc)


def test_staff_take_the_country_of_the_outlet_in_their_apposition(process) -> None:
    text = ('"It could have been much worse," Samir Nasser, editor at large at the Omani Gazette, said on Friday.')
    doc = process(text, until="actors")
    person = _actor_at(doc, text, "Samir Nasser")
    assert person is not None and person.sector == "MED" and person.country == "OMN", _found(doc)
