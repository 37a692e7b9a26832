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
