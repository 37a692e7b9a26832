"""Narrow classes of country evidence from an actor's context, for actors the other evidence leaves
without one (issue #16). Never the old "home-country guess": international bodies, their staff, NGOs,
commentators and outlets are never placed by these.

- an ethnic or national minority people with one clear home state takes that state
  (``ethnic_homes.tsv``: "Uyghurs" are of China wherever they are held), before the place a group is
  said to be in is read; peoples spread over several states are not listed; one person of such a
  people ('X, an ethnic Uyghur,') is no body (``one_of_a_people``) and takes the people's home state by
  the description, after a place the description says the person lives in (``people_word_home``, read
  by ``country.person_home.described_country``). These readers of a people's name live in ``peoples`` and are
  imported here for ``country``;
- a national body (an organisation of a state sector whose name's head is a word for a state body:
  "the Bureau of Immigration", "the Department of X"; ``country_body_heads.tsv``) takes the one country
  its own sentence names or places, as people and groups do (``country.sentence_places._sentence_country``);
- a group named by a court title ('prosecutors') takes the story's one court (``country.court_country``);
- a national office or body (sectors ``NATIONAL_SECTORS``: lawmakers, the opposition, ministries,
  police, courts, the army) still without a country takes the story's *leading state* when the story
  has no setting (``lead_state``): the state its actors and towns point to at least ``LEAD_RATIO``
  times as often as to any other, leaving out the states named only as where people go to or come
  from ("deported to China"), and named as a place or by a town of it.
"""
from __future__ import annotations

import re

from ...document import Document
from ...lexicon import table, words
from ...record import Actor
from .lede_setting import leading
from .sector import NATIONAL_SECTORS, STATE_SECTORS
from .setting import countries_as_places, moved_mention, state_counts, towns_countries
from .words import ActorWords

LEAD_RATIO = 1.2  # the leading state's mentions over the next state's: a fifth more (measured on R, F and the 69: README)
LEAD_LEAST = 3  # fewest mentions a leading state needs


def is_national_body(w: ActorWords, actor: Actor) -> bool:
    """Whether an organisation is a state body named by a word for one ('Bureau of Immigration',
    'the Interior Department', 'House Committee on Ethics'): a state sector, and a head of its name (the last
    word of a part before or after 'of/on/for') is a state body's head noun of ``country_body_heads.tsv``; never one
    the knowledge base or the lexicons know to serve no country (an international court)."""
    from .country import _serves_no_country

    if actor.kind != "organization" or actor.sector not in STATE_SECTORS:
        return False
    parts = [p.split() for p in re.split(r"\s+(?:of|on|for)\s+", actor.name.lower())]
    heads = {r["noun"] for r in table("country_body_heads.tsv") if r["sector"] in STATE_SECTORS}
    return any(p and p[-1] in heads for p in parts) and not _serves_no_country(w, actor)


def lead_state(doc: Document, w: ActorWords) -> str | None:
    """The state a story without a setting leads with: its actors' mentions (media left out) and its
    towns point to it at least ``LEAD_RATIO`` times as often as to the next state and ``LEAD_LEAST``
    times, not counting the mentions of states one goes to or comes from, and it is named as a place
    ('in Thailand') or by a town. Read where the setting is read, before the sentences fill countries."""
    towns = towns_countries(doc, w)
    counts = state_counts(doc, towns, skip=lambda a, m: a.kind == "country" and moved_mention(doc, m.start, m.end))
    top = leading(counts, LEAD_RATIO, LEAD_LEAST)
    if top is None:
        return None
    return top if top in towns or top in countries_as_places(doc, w) else None


def phrase_elsewhere(doc: Document, w: ActorWords, actor: Actor, state: str) -> bool:
    """Whether the phrase of one of an actor's first three mentions (the words before its head and the
    phrases after it: 'East European leaders such as Poland's premier', 'officials of two
    Western states') names a state other than ``state``, a region wider than one state
    (``region_and_world_words.txt``) or says its people come from outside (``foreign_group_words.txt``)."""
    assert doc.nlp is not None
    wide = words("region_and_world_words.txt") | words("foreign_group_words.txt")
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        root = span.root
        phrase = [t for c in root.children if c.i < root.i or c.dep_ in ("prep", "appos", "amod", "compound")
                  for t in c.subtree] + list(span)
        text = " ".join(t.text for t in sorted(set(phrase), key=lambda t: t.i))
        if w.country_in(text) not in (None, state) or any(t.lower_ in wide for t in phrase):
            return True
    return False
