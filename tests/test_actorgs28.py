"""Round 28 (actorgs28): organisations a reader finds that the system did not name.

Class 1, a firm named only in the title of a person who works for it ('Netflix co-founder Ana Ruiz said'): the
firm the lexicons know (firms.tsv, the knowledge base's firms) is an actor of business (BUS), whether the tagger
gave it no entity or an organisation's that was read as part of the person's title.

Each row is a plain news sentence of our own, with what a careful coder records written before the code was run.
Rows with ``None`` are near misses that must NOT give an organisation of that name: a product that looks like a
firm, a place of note before a title, a common word, a longer name holding a firm's name.
"""
from __future__ import annotations

import pytest

from .actor_helpers import probe_records

# (class, text, organisation name, expected sector or None = no organisation or outlet of that name)
FIRM_ROWS = [
    ("firm, tagged, before a two-word role, subject",
     "Intel chief executive Pat Gelsinger told reporters the plant in Ohio would open next year.", "Intel", "BUS"),
    ("firm, before a role, in a prepositional phrase",
     "The student got messages of support from Facebook creator Mark Zuckerberg and from the mayor.",
     "Facebook", "BUS"),
    ("firm, before founder, subject of a verb", "Microsoft founder Bill Gates visited a clinic in Lagos on Tuesday.",
     "Microsoft", "BUS"),
    ("firm, before co-founder", "Netflix co-founder Reed Hastings said the service would grow in Kenya.",
     "Netflix", "BUS"),
    ("firm, before an upper-case role, object", "The trade minister met Apple CEO Tim Cook in Hanoi on Monday.",
     "Apple", "BUS"),
    ("firm, named like a village, before a spokeswoman",
     "Shell spokeswoman Anna Berg said the leak off the coast had been contained.", "Shell", "BUS"),
    ("firm, inside a quote",
     '"We will rebuild," Nvidia founder Jensen Huang told the crowd in Taipei on Friday.', "Nvidia", "BUS"),
    # near misses
    ("not a place of note before a title", "Georgia governor Brian Kemp signed the bill on Friday.", "Georgia", None),
    ("not a common word before a title", "He ate an apple while reporter Sara Lund took notes.", "apple", None),
    ("not a firm's name inside a longer name",
     "Royal Shell Club president Omar Haddad said the regatta would go ahead.", "Shell", None),
    ("not a product named for a firm",
     "Users of Google Chrome complained on Monday that pages loaded slowly.", "Google", None),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, FIRM_ROWS)


@pytest.mark.parametrize("kind,text,name,sector", FIRM_ROWS, ids=[r[0] for r in FIRM_ROWS])
def test_actorgs28_titled_firms(records, kind, text, name, sector):
    actors = records[text].actors
    hit = next((a for a in actors if a.name == name and a.kind in ("organization", "media")), None)
    if sector:
        assert hit is not None, (kind, [(a.name, a.kind, a.sector) for a in actors])
        assert hit.sector == sector, (kind, [(a.name, a.kind, a.sector) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, a.kind, a.sector) for a in actors])


# Class 2, an armed service named by the craft it sails or flies ('U.S. warships sailed through the strait'): a
# group of the military (MIL), named as written, of the country the phrase names, where the craft acts.
# (class, text, group name, expected country ('' = none) or None = no actor of that name)
CRAFT_ROWS = [
    ("craft, subject, country abbreviation", "U.S. warships sailed through the strait twice last month, angering Beijing.",
     "U.S. warships", "USA"),
    ("craft, agent of a passive, demonym", "The ferry was stopped by Kenyan gunboats near Lamu on Sunday.",
     "Kenyan gunboats", "KEN"),
    ("craft, two-word demonym, two-word craft",
     "South Korean fighter jets scrambled after the balloons crossed the border.", "South Korean fighter jets", "KOR"),
    ("craft, military craft with a describing word, no country",
     "Witnesses said some foreign military helicopters landed near the camp before dawn.",
     "foreign military helicopters", ""),
    ("craft, subject inside a quote",
     '"Indian warships escorted the tanker all the way," the shipping agent told reporters in Mumbai.',
     "Indian warships", "IND"),
    # near misses
    ("not craft acted on", "The rebels said they had shot down two Nigerian warplanes on Friday.",
     "Nigerian warplanes", None),
    ("not craft seized (passive subject)", "Three Russian warships were seized by the coast guard.",
     "Russian warships", None),
    ("not craft describing a noun", "A Chinese warship captain told reporters the drill was routine.",
     "Chinese warship", None),
    ("not craft of an airline", "Kenya Airways planes resumed flights to Mombasa on Monday.", "Kenya Airways planes", None),
    ("not craft of no named state", "The museum displays old warships from the colonial era.", "warships", None),
]


@pytest.fixture(scope="module")
def craft_records(pipeline):
    return probe_records(pipeline, CRAFT_ROWS)


@pytest.mark.parametrize("kind,text,name,country", CRAFT_ROWS, ids=[r[0] for r in CRAFT_ROWS])
def test_actorgs28_craft(craft_records, kind, text, name, country):
    actors = craft_records[text].actors
    hit = next((a for a in actors if a.name.lower() == name.lower()), None)
    if country is not None:
        assert hit is not None, (kind, [(a.name, a.kind, a.sector) for a in actors])
        assert hit.sector == "MIL" and (hit.country or "") == country, (kind, [(a.name, a.country, a.sector) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, a.kind, a.sector) for a in actors])


# Class 3, two departments or ministries sharing one plural head ('the State and Homeland Security Departments'):
# each is a government body. (class, text, a mention's text, expected sector or None = no actor with that mention)
SHARED_ROWS = [
    ("shared head, known departments, object of a preposition",
     "After weeks of talks between the State and Homeland Security Departments, the students were let in.",
     "State", "GOV"),
    ("shared head, known departments, the second with its head",
     "After weeks of talks between the State and Homeland Security Departments, the students were let in.",
     "Homeland Security Departments", "GOV"),
    ("shared head, lower-case ministries, subject",
     "NAIROBI, Kenya — The Health and Education ministries said on Monday that schools would reopen in May.",
     "Education ministries", "GOV"),
    ("shared head, lower-case departments, the first field word",
     "The Energy and Finance departments declined to comment on the audit.", "Energy", "GOV"),
    # near misses
    ("not demonyms before a shared head", "The Kenyan and Ugandan ministries met in Kampala on Friday.",
     "Ugandan ministries", None),
    ("not a university's departments", "Visitors toured the Art and History departments of the university.",
     "History departments", None),
]


@pytest.fixture(scope="module")
def shared_records(pipeline):
    return probe_records(pipeline, SHARED_ROWS)


@pytest.mark.parametrize("kind,text,mention,sector", SHARED_ROWS, ids=[r[0] for r in SHARED_ROWS])
def test_actorgs28_shared_head(shared_records, kind, text, mention, sector):
    actors = shared_records[text].actors
    hit = next((a for a in actors if a.kind == "organization" and any(m.text == mention for m in a.mentions)), None)
    if sector:
        assert hit is not None, (kind, [(a.name, [m.text for m in a.mentions]) for a in actors])
        assert hit.sector == sector, (kind, [(a.name, a.sector) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, [m.text for m in a.mentions]) for a in actors])


# Guard rows (no new rule): 'the ministry' is the ministry the article names, and no actor where it names none.
MINISTRY_ROWS = [
    ("the ministry, linked to the named ministry",
     "Kenya's Ministry of Health said on Monday that 40 cases had been found. The ministry added that clinics "
     "would stay open.", "The ministry", True),
    ("not the ministry when the article names none",
     'Wildlife officers in Gaborone met hunters on Monday. "The ministry has stepped up efforts to counter the '
     'opposition," the official said.', "The ministry", False),
]


@pytest.fixture(scope="module")
def ministry_records(pipeline):
    return probe_records(pipeline, MINISTRY_ROWS)


@pytest.mark.parametrize("kind,text,mention,want", MINISTRY_ROWS, ids=[r[0] for r in MINISTRY_ROWS])
def test_actorgs28_the_ministry(ministry_records, kind, text, mention, want):
    actors = ministry_records[text].actors
    hit = next((a for a in actors if any(m.text == mention for m in a.mentions)), None)
    if want:
        assert hit is not None and hit.name == "Ministry of Health", (kind, [(a.name, [m.text for m in a.mentions]) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, [m.text for m in a.mentions]) for a in actors])
