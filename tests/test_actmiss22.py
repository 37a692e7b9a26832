"""Round 22, actmiss22: actors a reader places and names, by class, on sentences written for these tests (what a
careful coder records written before the runs).

- A leader's team or camp named after the leader ('the Trump team', "Modi's camp", 'the Macron camp') is one
  body of the leader's country and sector (``mentions.leader_teams``, ``leader_following_nouns.txt``).
  Negative rows: a team named by a demonym ('the Afghan team'), a team with a word between ("Trump's legal
  team": the groups reader's, of no country), a team named after a person holding no office.
- A group named by what it opposes ('anti-government protesters') keeps its noun's sector (below).
"""
from __future__ import annotations

import pytest


def _actor(doc, name: str):
    return next((a for a in doc.actors if a.name.lower() == name.lower()), None)


@pytest.mark.parametrize("text, name, country, sector", [
    ("President Donald Trump met Chinese leaders last week. Analysts say the Trump team is weighing new tariffs "
     "on steel imports.", "Trump team", "USA", "GOV"),
    ("Indian Prime Minister Narendra Modi called the early election in March. Modi's camp accused the opposition "
     "of spreading false claims about the vote.", "Modi camp", "IND", "GOV"),
    ("French President Emmanuel Macron spoke on Monday. Officials in the Macron camp said the reform bill would "
     "be delayed until autumn.", "Macron camp", "FRA", "GOV"),
])
def test_leader_team_is_one_body_of_the_leader(process, text, name, country, sector) -> None:
    doc = process(text, published="2025-03-01")
    found = _actor(doc, name)
    assert found is not None, [(a.name, a.country) for a in doc.actors]
    assert (found.kind, found.country, found.sector) == ("organization", country, sector)


@pytest.mark.parametrize("text", [
    "The Afghan team won its first match on Sunday. The coach praised the team for its defense.",
    "President Donald Trump was indicted in 2023. Trump's legal team filed a motion to dismiss the charges.",
    "The biologist Maria Kowalczyk studies coral reefs. The Kowalczyk team published its findings on Monday.",
])
def test_team_of_no_leader_is_not_read(process, text) -> None:
    doc = process(text, published="2025-03-01")
    assert not [a for a in doc.actors if a.kind == "organization" and a.name.lower().endswith((" team", " camp"))], \
        [(a.name, a.kind, a.country) for a in doc.actors]


# A group named by what it opposes ('anti-government protesters') is not of the sector of what it opposes: the
# noun's own sector (``groups.name_sector``, ``opposing_prefixes.txt``). Negative rows: 'pro-government' keeps
# the government's sector (group_modifiers.tsv), a noun's own sector stays ('anti-government rebels' REB), and a
# sector word with no prefix still gives its sector.
@pytest.mark.parametrize("text, name, sector", [
    ("Thousands marched in Belgrade on Saturday. Anti-government protesters blocked a bridge over the Sava river, "
     "Serbian police said.", "Anti-government protesters", "CVL"),
    ("Police in Nairobi fired tear gas at anti-government demonstrators who had gathered near the courts.",
     "anti-government demonstrators", "CVL"),
    ("Anti-military protesters in Yangon were detained by soldiers on Sunday.", "Anti-military protesters", "CVL"),
    ("Anti-government rebels seized two towns in the north on Friday, the army said.", "Anti-government rebels",
     "REB"),
    ("Pro-government militias attacked the village at dawn, residents said.", "Pro-government militias", "GOV"),
    ("Opposition supporters marched through the capital of Zambia on Monday.", "Opposition supporters", "OPP"),
])
def test_opposing_prefix_keeps_the_nouns_sector(process, text, name, sector) -> None:
    doc = process(text, published="2025-03-01")
    found = _actor(doc, name)
    assert found is not None, [(a.name, a.sector) for a in doc.actors]
    assert found.sector == sector, [(a.name, a.sector) for a in doc.actors]


# a figure the lists know by surname alone leads a following only while in office on the article's day
# (ActorWords.person_on); a former leader's camp is no body of the state
MERKEL_CAMP = "Officials in the Merkel camp said the coalition talks would resume after the regional vote."


def test_known_leaders_team_on_a_day_in_office(process) -> None:
    doc = process(MERKEL_CAMP, published="2019-03-01")
    found = _actor(doc, "Merkel camp")
    assert found is not None and (found.country, found.sector) == ("DEU", "GOV"), \
        [(a.name, a.country, a.sector) for a in doc.actors]


def test_former_leaders_camp_is_no_body_of_the_state(process) -> None:
    doc = process(MERKEL_CAMP, published="2024-03-01")
    assert not [a for a in doc.actors if a.name.lower() == "merkel camp" and a.sector == "GOV"], \
        [(a.name, a.country, a.sector) for a in doc.actors]
