"""A body's sector when its name ends on a generic head word a state's bodies also bear (issue 16, round 18,
bodykind18): a council or committee named for the people it is made of or serves, the cause it is for, or the
trade its members are in is civil society or a trade body, not the state's; one named with a word of a state,
a town, a legislature or an intergovernmental body keeps the state's reading. Sentences written for these
tests, with what a careful coder records; the negative rows keep today's answers."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    # the people a council is made of or works for: civil society
    ("The Refugee Council said the new asylum rules would leave thousands of families without help.",
     "Refugee Council", "CVL"),
    ("The Migrant Workers Council in Doha complained that wages had not been paid for months.",
     "Migrant Workers Council", "CVL"),
    ("The National Council of Churches called for a ceasefire and for food to reach the city.",
     "National Council of Churches", "CVL"),
    # a faith's people
    ("The Catholic Bishops Council of Kenya urged calm before the vote.", "Catholic Bishops Council", "CVL"),
    # the cause it is for
    ("The Committee for Democracy in Belarus urged European leaders to press Minsk to free prisoners.",
     "Committee for Democracy in Belarus", "CVL"),
    ("The Dutch Refugee Council said it would open two more shelters near the border.", "Dutch Refugee Council",
     "CVL"),
    # the trade or product its members make and sell: a trade body
    ("The Wine Council of Argentina said exports to Europe fell by a fifth last year.",
     "Wine Council of Argentina", "BUS"),
    ("The World Gold Council said central banks bought record amounts of the metal in March.",
     "World Gold Council", "BUS"),
    ("The Steel Council of Ghana complained that cheap imports were hurting local mills.",
     "Steel Council of Ghana", "BUS"),
    ("The American Chemistry Council opposed the new limits on plastics.", "American Chemistry Council", "BUS"),
])
def test_a_council_named_for_a_people_cause_or_trade_is_not_the_states(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name, sector", [
    # the head of such a body takes its sector
    ("Paul Okoro, president of the Cotton Council of Nigeria, said growers could not pay for seed.",
     "Paul Okoro", "BUS"),
    ("Anna Berg, chief executive of the Refugee Council, said the plan would fail.", "Anna Berg", "CVL"),
    ("Jane Doe, a spokeswoman for the Distilled Spirits Council, said the tariffs would cost jobs.", "Jane Doe",
     "BUS"),
])
def test_the_head_of_such_a_council_takes_its_sector(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name, sector", [
    # councils and committees of a state, a town, a legislature or the U.N. keep their readings
    ("The National Economic Council said growth would slow this year.", "National Economic Council", "GOV"),
    ("The Senate Refugee Committee held a hearing on the new asylum rules on Tuesday.", "Senate Refugee Committee",
     "LEG"),
    ("The Security Council voted on Monday to extend the peacekeeping mission in South Sudan.", "Security Council",
     "IGO"),
    ("The Nairobi City Council closed the market after the fire.", "Nairobi City Council", "GOV"),
    ("The National Refugee Council said it had registered 4,000 new arrivals in the camp.",
     "National Refugee Council", "GOV"),
    # a faith's doctrine or a state's portfolio is no people
    ("The Council of Islamic Ideology said the bill was against the faith.", "Council of Islamic Ideology", "GOV"),
    ("The State Council approved the plan to cut coal use, Xinhua reported.", "State Council", "GOV"),
    # heads the class leaves alone: boards and commissions named for a trade are a state's
    ("The Energy Regulatory Commission raised electricity prices by 8 percent.", "Energy Regulatory Commission",
     "GOV"),
    ("The Kenya Tea Board said exports rose in March.", "Kenya Tea Board", "GOV"),
])
def test_state_councils_and_other_heads_keep_their_reading(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector
