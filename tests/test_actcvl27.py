"""Round 27 (actcvl27): ordinary people found as actors -- a second person of a named person's family the tagger
did not read, and people of the public named by what they seek.

Each row is a plain news sentence of our own, with what a careful coder records written before the code was run,
in the conventions of the development gold: a private person who speaks, acts or is acted on is an actor under
their full name (a word before it that says their faith or camp is no part of the name); a group of the public
that acts, speaks or is acted on is an actor under its noun phrase ('asylum seekers', CVL). Rows with ``False``
are near misses that must NOT give the actor: a group counted in a statistic, a storm's or a ship's name, a
capitalised name of a trust or a hotel.
"""
from __future__ import annotations

import pytest

from .actor_helpers import probe_records

# (class, text, actor name, expected: True = an actor of that exact name (case aside), CVL; False = none)
ROWS = [
    # a relative named by another given name and the same surname, untagged by spaCy
    ("kin, faith word before the name, passive subject",
     "LILONGWE — Methodist Chiyembekezo Phiri was upset when the Lilongwe Boys Secondary School turned away her son, "
     "Jabari Phiri, over his braids.", "Chiyembekezo Phiri", True),
    ("kin, faith word before the name, subject (the son kept)",
     "LILONGWE — Methodist Chiyembekezo Phiri was upset when the Lilongwe Boys Secondary School turned away her son, "
     "Jabari Phiri, over his braids.", "Jabari Phiri", True),
    ("kin, an apposition of the named person",
     "Tendekai Moyo, 14, was sent home from school. His father, Farai Moyo, said the rule was unfair.",
     "Farai Moyo", True),
    ("kin, object of a verb",
     "Police detained Olusegun Adeyemi on Friday and later questioned Folake Adeyemi, his sister.",
     "Folake Adeyemi", True),
    # not a person: a body, a place or a thing named after the family
    ("not a trust named after the family",
     "Kwame Mensah founded a school in Kumasi. The Kwame Mensah Trust pays its teachers.", "Kwame Mensah Trust",
     False),
    ("not a ship sharing a surname",
     "Captain Joao Silva said the crew was safe. The tanker Ocean Silva sank off the coast of Oman.",
     "Ocean Silva", False),
    ("kin, a kin word right before the name",
     "Police detained Olusegun Adeyemi on Friday and later questioned his sister Folake Adeyemi.", "Folake Adeyemi",
     True),
    ("not a storm's name",
     "Meteorologist Aisha Idai said the winds would weaken. Cyclone Idai killed more than 600 people in Mozambique.",
     "Cyclone Idai", False),
    ("not a headline phrase before the name",
     "Relief Fund Moyo Opens\n\nFarai Moyo, a farmer, said the rains had failed.", "Fund Moyo", False),
    # a person named by the familiar form of a given name (Chinese a-, Cantonese ah-), read by the tagger as an
    # article and a place or as nothing
    ("familiar name, a 'who' clause",
     "Despite the new rules, A Wei, who once worked for a state newspaper, thinks little will change.", "A Wei", True),
    ("familiar name, an apposition", "Ah Keong, a taxi driver in Penang, said fares had doubled.", "Ah Keong", True),
    ("familiar name, a speech verb", "Shops in Wuhan reopened on Monday. A Lan said her customers had come back.",
     "A Lan", True),
    ("not an article before a demonym", "A Chinese official, who asked not to be named, said talks would resume.",
     "A Chinese", False),
    ("not an article before an outlet", "A Reuters reporter said the road was closed.", "A Reuters", False),
    ("not an article before a title", "A Spokesman, who declined to be named, said the plant was safe.",
     "A Spokesman", False),
    ("not an article before a city", "A Beijing court, which heard the case in May, said the firm must pay.",
     "A Beijing", False),
    # a person named by initials in capitals and a surname the tagger read alone
    ("initials, agent of a passive",
     "Results of field trials, published in a report by AS Moyo in 1990, show that maize yields fell.", "AS Moyo",
     True),
    ("initials, after a role word", "The report was written by researcher KM Banda in 2004.", "KM Banda", True),
    ("not a body's acronym before a surname", "UN Guterres said the talks would resume.", "UN Guterres", False),
    ("not a country's abbreviation before a surname", "US envoy Witkoff flew to Moscow.", "US Witkoff", False),
    # people of the public named by what they seek
    ("seekers, subject of a speech verb", "Some asylum seekers say the new forms are hard to fill in.",
     "asylum seekers", True),
    ("seekers, passive subject in reported speech",
     "The interior ministry said asylum seekers would be housed in hotels near the airport.", "asylum seekers", True),
    ("seekers, object", "Officials told job seekers to register online by Friday.", "job seekers", True),
    ("not seekers counted in a statistic", "The number of asylum seekers rose to 30,000 last year.",
     "asylum seekers", False),
    ("not seekers of a field's kind with no act", "The report is a guide for asylum seekers and their lawyers.",
     "asylum seekers", False),
    # the followers of a faith named by their plural alone, where they act or are acted on
    ("faith people, passive subject", "Muslims are required to fast during the month of Ramadan.", "Muslims", True),
    ("faith people, subject of a speech verb", "Rastafarians say their locks are part of their faith.",
     "Rastafarians", True),
    ("faith people, subject", "Christians gathered outside the cathedral in Lahore on Sunday.", "Christians", True),
    ("faith people, object", "Gunmen attacked Hindus returning from a temple in the north.", "Hindus", True),
    ("faith people, counted by a describing word", "Thousands of Sikhs marched through the city on Monday.",
     "Sikhs", True),
    ("not a faith people as a share of a population", "Sunnis, Druze and Christians make up about 30% of the "
     "population.", "Christians", False),
    ("not a faith people counted in a toll", "Some 300 Christians were killed in the attacks.", "Christians", False),
    ("not a faith people in a noun's 'of' phrase", "The treatment of Muslims in Europe drew criticism.", "Muslims",
     False),
    ("not a faith word before the group noun", "Muslim pilgrims crowded the bridge at dawn.", "Muslims", False),
    # groups of the public: near misses the readers must keep out
    ("not tourists in a statistic", "The number of foreign tourists in Laos grew to 4 million last year.",
     "foreign tourists", False),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,want", ROWS, ids=[r[0] for r in ROWS])
def test_actcvl27(records, kind, text, name, want):
    actors = records[text].actors
    hit = next((a for a in actors if a.name.lower() == name.lower()), None)
    if want:
        assert hit is not None, (kind, [(a.name, a.sector) for a in actors])
        assert hit.sector == "CVL", (kind, [(a.name, a.sector) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, a.sector) for a in actors])
