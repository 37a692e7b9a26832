"""Round 28 (actabsent28): actors a reader finds that the system named nowhere -- a relative named only through
a named person ("Ochieng's mother said"), and groups named by a phrase whose head alone names no group ('security
services detained', 'a bomb squad defused').

Each row is a plain news sentence of our own, with what a careful coder records written before the code was run,
in the conventions of the development gold: a relative who speaks, acts or is acted on is a person actor under
the possessive and the kin noun, of the public (CVL); a group named by a phrase is an actor under the phrase, of
its sector (a state's police and services GOV, a disposal squad MIL). Rows with ``False`` are near misses that must NOT give the
actor: a thing owned ('a judge's robe'), a relative's possession, a relative named next by name, a relative only
described, a pronoun owner.
"""
from __future__ import annotations

import pytest

from .actor_helpers import probe_records

# (class, text, actor name, expected: True = an actor of that exact name (case aside), CVL; False = none)
ROWS = [
    ("kin, subject with a relative clause",
     "NAIROBI, Kenya — Ochieng's mother, who lives in Kisumu, said she had not heard from him for weeks.",
     "Ochieng's mother", True),
    ("kin, subject of a speech verb",
     "Hamid Karimi was sentenced to ten years. Karimi's wife told reporters she would appeal the verdict.",
     "Karimi's wife", True),
    ("kin, object of a verb",
     "Sergei Volkov fled the country in May. Police later questioned Volkov's brother in Moscow.",
     "Volkov's brother", True),
    ("kin, object of an acting preposition",
     "Maria Santos was arrested in Lima. Officers met with Santos' sister on Tuesday.",
     "Santos' sister", True),
    # near misses
    ("not a thing owned", "A judge's robe hung in the empty courtroom.", "A judge's robe", False),
    ("not a relative's possession",
     "Kofi Boateng left Accra in June. Boateng's mother's house was searched on Monday.",
     "Boateng's mother", False),
    ("not a relative named next by name",
     "Amina Yusuf was freed on bail. Yusuf's husband, Ali Hassan, told reporters the family would appeal.",
     "Yusuf's husband", False),
    ("not a relative only described",
     "Daniel Okoro, 24, was shot in Lagos. Okoro's father is a retired teacher.",
     "Okoro's father", False),
    ("not a relative owned by a pronoun",
     "Daniel Okoro said his mother had fled the village.", "his mother", False),
    ("not a kin word naming a body's kin body",
     "Acme Holdings said on Monday that Acme's sister company would sell the unit.", "Acme's sister", False),
]


PHRASE_ROWS = [
    ("phrase, subject at the sentence start", "ACCRA, Ghana — Security services detained the editor overnight.",
     "Security services", "GOV"),
    ("phrase, plural subject", "Emergency services evacuated the building after the fire, officials said.",
     "Emergency services", "GOV"),
    ("phrase, object of a verb", "Residents called a bomb squad after finding a parcel near the Nairobi station.",
     "bomb squad", "GOV"),
    ("phrase, three words", "A bomb disposal squad searched the market in Quetta for explosives.",
     "bomb disposal squad", "MIL"),
    # near misses
    ("not a phrase describing another noun", "The security service chief resigned in Kyiv on Monday.",
     "security service", None),
    ("not a phrase counted in a statistic", "The number of emergency services in the region fell last year.",
     "emergency services", None),
    ("not a phrase owning a thing", "Investigators found the bomb squad's van near the Kabul airport.",
     "bomb squad", None),
    ("not a phrase no longer read: law enforcement", "Law enforcement arrested three men in Accra on Friday.",
     "Law enforcement", None),
]

ROWS_ALL = ROWS + [(k, t, n, s is not None) for k, t, n, s in PHRASE_ROWS]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS_ALL)


@pytest.mark.parametrize("kind,text,name,want", ROWS, ids=[r[0] for r in ROWS])
def test_actabsent28(records, kind, text, name, want):
    actors = records[text].actors
    hit = next((a for a in actors if a.name.lower() == name.lower()), None)
    if want:
        assert hit is not None, (kind, [(a.name, a.sector) for a in actors])
        assert hit.sector == "CVL" and hit.kind == "person", (kind, [(a.name, a.sector) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, a.sector) for a in actors])


@pytest.mark.parametrize("kind,text,name,sector", PHRASE_ROWS, ids=[r[0] for r in PHRASE_ROWS])
def test_actabsent28_phrases(records, kind, text, name, sector):
    actors = records[text].actors
    hit = next((a for a in actors if a.name.lower() == name.lower()), None)
    if sector:
        assert hit is not None, (kind, [(a.name, a.sector) for a in actors])
        assert hit.kind == "group" and hit.sector == sector, (kind, [(a.name, a.sector) for a in actors])
    else:
        assert hit is None, (kind, [(a.name, a.sector) for a in actors])
