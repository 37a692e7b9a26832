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
    ("Senator Ann Bell, the ranking member on the Senate Foreign Relations Committee, called the deal weak.",
     "Senate Foreign Relations Committee"),
])
def test_a_committee_of_congress_is_the_legislature(process, text, name) -> None:
    assert _sectors(process, text)[name] == "LEG"


# ---- titles: a junior minister, a campaigner -----------------------------------------------------------------

@pytest.mark.parametrize("text, name, sector", [
    ("Undersecretary Paolo Renzi said the schools would reopen in May.", "Paolo Renzi", "GOV"),
    ("Undersecretary for Education Mr. Paolo Renzi said the schools would reopen.", None, "GOV"),
    ("The plan is cruel, said refugee campaigner Tessa Moor on Friday.", "Tessa Moor", "CVL"),
    ("Tessa Moor, a campaigner with the charity, said the plan was cruel.", "Tessa Moor", "CVL"),
])
def test_titles_of_junior_ministers_and_campaigners(process, text, name, sector) -> None:
    doc = process(text, published="2024-05-20", until="actors")
    people = [a for a in doc.actors if a.kind == "person" and (name is None or a.name == name)]
    assert people, [(a.name, a.kind) for a in doc.actors]  # a person, not a body named 'Tessa Moor'
    assert people[0].sector == sector


# ---- a body's officer follows the body, whose head word is read before its name's 'for/of' tail ------------

@pytest.mark.parametrize("text", [
    "Karl Dunne, treasurer and finance chief at the Hallam Foundation for the Visual Arts, said grants would grow.",
    "Karl Dunne, chief executive of the Hallam Foundation for the Arts, said grants would grow.",
])
def test_an_officer_of_a_foundation_named_with_a_tail_is_civil_society(process, text) -> None:
    assert _sectors(process, text)["Karl Dunne"] == "CVL"


def test_an_officer_of_a_firm_stays_in_business(process) -> None:
    text = "Karl Dunne, chief financial officer of Hallam Holdings Corporation, said profits would grow."
    assert _sectors(process, text)["Karl Dunne"] == "BUS"


# ---- councils: a legislature's, a cause's, the state's ------------------------------------------------------

@pytest.mark.parametrize("text, name, sector", [
    ("The bill passed the Legislative Council on Tuesday after a long debate.", "Legislative Council", "LEG"),
    ("The Council on Arab-American Relations said the arrest was unjust.", "Council on Arab-American Relations", "CVL"),
    ("The Council of Ministers approved the budget on Monday.", "Council of Ministers", "GOV"),
])
def test_councils_by_what_their_names_say(process, text, name, sector) -> None:
    assert _sectors(process, text)[name] == sector


# ---- an international office held no more, told in an apposition after the name ---------------------------

@pytest.mark.parametrize("text, sector", [
    ("Ana Ruiz, a former economist at the World Bank, said growth would slow.", "CVL"),
    ("Ana Ruiz, a former United Nations official, said aid to the region was blocked.", "CVL"),
    ("Ana Ruiz, an economist at the World Bank, said growth would slow.", "IGO"),  # held now
    ("Ana Ruiz, a former minister who is now the U.N. envoy for Yemen, said aid was blocked.", "IGO"),
])
def test_a_former_international_official_named_in_an_apposition(process, text, sector) -> None:
    assert _sectors(process, text)["Ana Ruiz"] == sector
