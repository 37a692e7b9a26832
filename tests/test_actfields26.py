"""Round 26 (actfields26): actors' sector and country from evidence the story or world knowledge gives.

Each row is a plain news sentence of our own, with the field a careful coder records written before the code
was run, in the conventions of the development gold: the collective of all states ('the international
community') is a group of no country and no sector, as 'the West' is; plural states named by what they are
('Western nations') stay GOV, and a people's community ('the Somali community') stays civilian. A body whose
own apposition says where it is based ('X, a charity based in Y') is of Y's country. The people of a firm the
firms list places take the firm's country. Rows named 'not ...' are near misses."""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor (its name, or a name of the record that contains it), field, value)
ROWS = [
    ("collective of states, subject", "The international community must stop the killing in the camps, the "
     "foreign minister of Peru said on Monday.", "international community", "sector", None),
    ("collective of states, object", "The rebels urged the international community to send food to the besieged "
     "town.", "international community", "sector", None),
    ("collective of states, inside a quote", "\"The world community has failed the people of this valley,\" the aid "
     "worker told reporters in Lima.", "world community", "sector", None),
    ("collective of states, no country", "Officials in Quito said the international community had ignored the "
     "floods.", "international community", "country", None),
    ("not a people's community", "The Somali community in Minneapolis held a vigil on Sunday for the victims.",
     "Somali community", "sector", "CVL"),
    # a body's own apposition says where it is based: the body takes that country
    ("body, apposition 'based in'", "The Green Lantern Trust, a charity based in Kenya, said the wells in the "
     "north were dry.", "Green Lantern Trust", "country", "KEN"),
    ("body, apposition 'headquartered in', object", "The ministry hired Andina Power Corporation, a solar company headquartered in "
     "Chile, to build the plant.", "Andina Power Corporation", "country", "CHL"),
    ("body, apposition with a relative clause after it", "The Clear Sky Index, a nonprofit project based in Peru "
     "that measures smog, said the air in the capital was unsafe.", "Clear Sky Index", "country", "PER"),
    ("body named as of the world, apposition seats it", "The World Water Quality Index, a nonprofit project "
     "based in Chile, said the rivers near the capital were unsafe.", "World Water Quality Index", "country", "CHL"),
    ("not a body named as of the world, no seat said", "The World Water Quality Index said the rivers near the "
     "capital were unsafe.", "World Water Quality Index", "country", None),
    ("not a body whose apposition names a brief", "The Green Lantern Trust, a charity working in Kenya and "
     "Uganda, said the wells were dry.", "Green Lantern Trust", "country", None),
    ("not a body whose apposition places another", "The Green Lantern Trust said Sunwave, a firm based in Chile, "
     "would build the wells.", "Green Lantern Trust", "country", None),
    # the people of a firm known by name only to the firms list take its country, as the staff of bodies placed
    # earlier do
    ("firm's officer, apposition 'of'", "Dana Whitfield, chief executive of Equinor, said gas output would rise this "
     "year.", "Dana Whitfield", "country", "NOR"),
    ("firm's worker, relative clause", "Chris Avery, who works for Equinor, said the platform was leaking.",
     "Chris Avery", "country", "NOR"),
    ("not a firm's former worker", "Chris Avery, who once worked for Equinor, said the platform was leaking.",
     "Chris Avery", "country", None),
    ("not a person who only talks about the firm", "Chris Avery said Equinor would close the platform in May.",
     "Chris Avery", "country", None),
    ("not a reporter of an outlet whose country is unknown", "Chris Avery, a reporter for the Weekly Harbour "
     "Gazette, said Equinor would close the platform.", "Chris Avery", "country", None),
    ("not a researcher of an international body", "Chris Avery, a researcher at the World Bank, said Equinor would "
     "close the platform.", "Chris Avery", "country", None),
    # a firm's name right before a title any body can give, the parse making no actor of the firm: its staff
    ("firm's spokesman, title before the name: sector", "Toyota spokesman Chris Avery said the plant would reopen "
     "in June.", "Chris Avery", "sector", "BUS"),
    ("firm's spokesman, title before the name: country", "Toyota spokesman Chris Avery said the plant would reopen "
     "in June.", "Chris Avery", "country", "JPN"),
    ("firm's chief, after an opening phrase", "On Monday, Toyota chief executive Chris Avery said sales fell.",
     "Chris Avery", "country", "JPN"),
    ("firm of two words, after a clause", "The chips will be late, Samsung Electronics spokesman Chris Avery told "
     "reporters on Friday.", "Chris Avery", "sector", "BUS"),
    ("firm's spokesman, in a quote's tag", "\"The chips are late,\" said Samsung Electronics spokesman Chris "
     "Avery.", "Chris Avery", "sector", "BUS"),
    ("firm's spokesman, agent of a passive", "Reporters were told by Samsung Electronics spokesman Chris Avery that "
     "the chips were late.", "Chris Avery", "country", "KOR"),
    ("not a former chief of a firm", "Former Boeing chief executive Chris Avery said the jets were safe.",
     "Chris Avery", "country", None),
    ("not a body that is no firm", "Police spokesman Chris Avery said the road was shut.", "Chris Avery", "sector",
     "GOV"),
    # outlets by knowledge (outlets.tsv): their home, and their reporters'
    ("outlet by knowledge", "Semafor reported on Monday that the talks over the port had failed.", "Semafor",
     "country", "USA"),
    ("outlet by another name", "Nation Africa reported that the talks over the port had failed.", "Nation Africa",
     "country", "KEN"),
    ("outlet's reporter by knowledge", "Ruth Achieng, a reporter for The EastAfrican, was detained in Juba on "
     "Sunday.", "Ruth Achieng", "country", "KEN"),
    ("not plural states named by what they are", "Western nations imposed new sanctions on the junta on Tuesday.",
     "Western nations", "sector", "GOV"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,field,want", ROWS, ids=[r[0] for r in ROWS])
def test_actfields26(records, kind, text, name, field, want):
    assert_probe_field(records, kind, text, name, field, want)
