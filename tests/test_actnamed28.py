"""Round 28 (actnamed28): actors named by a country's name (not its demonym) before a body or outlet word --
'South Sudan state radio', 'Zambia state broadcaster', 'Syria semi-official media', 'Malawi riot police',
'Lebanon General Security', 'Ghana Immigration Service'.

Each row is a plain news sentence of our own, with what a careful coder records written before the code was run,
in the conventions of the development gold ('C.A.R. state TV' is a media actor of the Central African Republic,
MED; a state's agency is GOV): the outlet is named with the country's name before it and is of that country; a
state agency named by what it checks at the border (customs, immigration, general security) is the state's (GOV),
not civil society. Rows marked False are near misses: a country as a place before a noun ('Iran oil exports'), an
outlet's words before a group's noun ('state radio workers'), a trade's association named after the agency's word.
"""
from __future__ import annotations

import pytest

from .actor_helpers import probe_records

# (class, text, actor name, kind, country, sector); kind None: no actor of that name
ROWS = [
    ("media, state radio after a country's name",
     "Zambia state radio said on Tuesday that the vote count had been delayed.",
     "Zambia state radio", "media", "ZMB", "MED"),
    ("media, state radio, a two-word country",
     "Residents in Juba said South Sudan state radio went off the air overnight.",
     "South Sudan state radio", "media", "SSD", "MED"),
    ("media, state broadcaster as the subject",
     "Ethiopia state broadcaster reported heavy rain in the north on Monday.",
     "Ethiopia state broadcaster", "media", "ETH", "MED"),
    ("media, after a sentence that ends in a capitalised word",
     "The talks were held in Geneva. North Korea state media called them a failure.",
     "North Korea state media", "media", "PRK", "MED"),
    ("media, object of a preposition",
     "The minister spoke on Uganda state television about the new tax.",
     "Uganda state television", "media", "UGA", "MED"),
    ("agency, general security",
     "Lebanon General Security said it had returned 40 migrants to the border.",
     "Lebanon General Security", "organization", "LBN", "GOV"),
    ("agency, immigration service",
     "The Ghana Immigration Service arrested 12 foreign workers in Kumasi.",
     "Ghana Immigration Service", "organization", "GHA", "GOV"),
    ("agency, customs service as the object",
     "Traders accused the Nigeria Customs Service of seizing their goods without cause.",
     "Nigeria Customs Service", "organization", "NGA", "GOV"),
    ("media, semi-official after a country's name",
     "A report by Syria semi-official media said the convoy had reached Homs.",
     "Syria semi-official media", "media", "SYR", "MED"),
    ("group, a country's name the parse hangs on the group's words",
     "Witnesses said Malawi riot police fired tear gas at the marchers.",
     "Malawi riot police", "group", "MWI", "GOV"),
    ("agency, a security service by its own name",
     "The Belarus State Security Service said it had detained two foreign students.",
     "Belarus State Security Service", "organization", "BLR", "GOV"),
    # near misses
    ("not an outlet: official media with no country before it",
     "The rally was shown on official media across the region.", "official media", None, None, None),
    ("not a country's group: the country only where the truck came from",
     "A truck from Malawi hit police officers at the border.", "Malawi police officers", None, None, None),
    ("not a country as a place before a trade", "Iran oil exports rose in May, traders said.",
     "Iran oil exports", None, None, None),
    ("not an outlet's words before a group", "Kenya state radio workers went on strike on Monday.",
     "Kenya state radio", None, None, None),
    ("not the state's: an association of the trade",
     "The Immigration Lawyers Association said the rule was unfair.",
     "Immigration Lawyers Association", "organization", None, "CVL"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,akind,country,sector", ROWS, ids=[r[0] for r in ROWS])
def test_actnamed28(records, kind, text, name, akind, country, sector):
    actors = records[text].actors
    seen = [(a.name, a.kind, a.country, a.sector) for a in actors]
    hit = next((a for a in actors if a.name.lower().removeprefix("the ") == name.lower()), None)
    if akind is None:
        assert hit is None, (kind, seen)
        return
    assert hit is not None, (kind, seen)
    assert (hit.kind, hit.country, hit.sector) == (akind, country, sector), (kind, seen)


# A person named only by the body or group he or she heads: 'the head / chief / leader / boss of the X', with
# 'the', acting or acted on, no name beside it. A person actor named by the whole phrase, of the body's sector
# (gold: 'inspector general of the national police', 'leader of opposition in Tanzania'). Near misses: the head
# of no body ('the head of the household'), a title whose holder is named beside it, a counted or plural head.
# (class, text, person's name, sector; None: no person of that name)
HEAD_ROWS = [
    ("head of a named service, subject of a speech verb",
     "The head of the Tanzania Forest Service said the fires were under control.",
     "The head of the Tanzania Forest Service", ("country", "TZA")),
    ("chief of the army, subject",
     "The chief of the army ordered the troops back to their barracks.", "The chief of the army", ("sector", "MIL")),
    ("leader of a party, object of a verb",
     "Students in Nairobi booed the leader of the Liberal Party.", "the leader of the Liberal Party",
     ("sector", "OPP")),
    ("head of a U.N. agency, subject (a person, not the agency)",
     "The head of the U.N. refugee agency warned of a funding gap.", "The head of the U.N. refugee agency",
     ("sector", "IGO")),
    ("boss of a cartel, object of a verb",
     "Mexican police arrested the boss of the Sinaloa cartel on Sunday.", "the boss of the Sinaloa cartel",
     ("sector", "CRM")),
    ("deputy head, subject of a passive",
     "The deputy head of the Uganda Wildlife Authority was arrested on Monday.",
     "The deputy head of the Uganda Wildlife Authority", ("country", "UGA")),
    ("head of a body's mission named by the body",
     "The head of the Oxfam mission in Juba told reporters the clinic had closed.",
     "The head of the Oxfam mission in Juba", ("sector", "CVL")),
    # near misses
    ("not the head of no body", "The head of the household must sign the form, the rules say.",
     "The head of the household", None),
    ("not a head named beside the phrase",
     "The chief of the army, Gen. Ali Musa, ordered the troops back to their barracks.",
     "The chief of the army", None),
    ("not a director named beside the phrase",
     "The director of the World Food Program, Ana Lopez, visited the camp.",
     "The director of the World Food Program", None),
    ("not the chief of staff", "The chief of staff resigned on Monday.", "The chief of staff", None),
]


@pytest.fixture(scope="module")
def head_records(pipeline):
    return probe_records(pipeline, HEAD_ROWS)


@pytest.mark.parametrize("kind,text,name,want", HEAD_ROWS, ids=[r[0] for r in HEAD_ROWS])
def test_actnamed28_heads(head_records, kind, text, name, want):
    actors = head_records[text].actors
    seen = [(a.name, a.kind, a.country, a.sector) for a in actors]
    hit = next((a for a in actors if a.kind == "person" and a.name.lower() == name.lower()), None)
    if want is None:
        assert hit is None, (kind, seen)
        return
    assert hit is not None, (kind, seen)
    assert getattr(hit, want[0]) == want[1], (kind, seen)
