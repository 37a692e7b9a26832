"""Sectors of people, groups and bodies (round 9), on sentences written for these tests in several shapes,
and on the knowledge base converted from PETRARCH2's Phoenix actors (``knowledge_actors.tsv``)."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.actors.knowledge import knowledge


def _sectors(process, text: str, published: str | None = "2024-05-20") -> dict[str, str | None]:
    doc = process(text, published=published, until="actors")
    return {a.name: a.sector for a in doc.actors}


# ---- the knowledge base: a legislature's CAMEO code (GOVLEG) is the legislature (LEG) -----------------------

@pytest.mark.parametrize("name, day, sector", [
    ("United States Congress", None, "LEG"),  # an undated body coded USAGOVLEG, and its aliases
    ("Us Senate", None, "LEG"),
    ("Knesset", None, "LEG"),
    ("Lok Sabha", None, "LEG"),
    ("John Mccain", date(2010, 1, 1), "LEG"),  # a senator inside his term
    ("Tony Abbott", date(2010, 1, 1), "LEG"),  # a member of parliament before he was prime minister ...
    ("Tony Abbott", date(2015, 1, 1), "GOV"),  # ... and the prime minister after
    ("Chuck Hagel", date(2014, 1, 1), "GOV"),  # a defence secretary (GOVMIL) is the government's
    ("Irwin Cotler", date(2005, 1, 1), "GOV"),  # Phoenix codes justice ministers GOVJUD: they stay GOV
])
def test_knowledge_reads_a_legislature_code_as_the_legislature(name, day, sector) -> None:
    facts = knowledge().facts(name, day)
    assert facts is not None and facts.sector == sector


@pytest.mark.parametrize("text, name", [
    ("Members of the House Foreign Affairs Committee questioned the envoy on Tuesday.",
     "House Foreign Affairs Committee"),
    ("Senator Ann Bell, a senior member of the Senate Foreign Relations Committee, said the deal was weak.",
     "Senate Foreign Relations Committee"),
])
def test_a_committee_of_congress_is_the_legislature(process, text, name) -> None:
    assert _sectors(process, text)[name] == "LEG"
