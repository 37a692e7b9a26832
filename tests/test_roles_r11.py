"""Roles, round 11 (issue 16): what a person is, read from a clause of their own that names the body they
run, founded or work for, when no title beside the name says it. Sentences written for these tests, in
several shapes; the rule was also checked on stories it was not written for."""
from __future__ import annotations

import pytest


def _sector(process, text: str, name: str) -> str | None:
    doc = process(text, published="2025-03-10T00:00:00Z", until="actors")
    found = [a for a in doc.actors if a.kind == "person" and a.name == name]
    assert found, [a.name for a in doc.actors]
    return found[0].sector


@pytest.mark.parametrize("text, name, sector", [
    # founding a firm, in a sentence of its own and in a 'who' clause
    ("Marta Oyelaran founded Kestrel Logistics Corporation in 2012. She said fuel prices had doubled.",
     "Marta Oyelaran", "BUS"),
    ("Tomas Brandvold, who founded a small shipping company in Bergen, said the new port fees would hurt.",
     "Tomas Brandvold", "BUS"),
    # running or heading a body now
    ("Rafael Duarte runs a consulting firm in Lisbon. Duarte said the bond market had calmed.", "Rafael Duarte",
     "BUS"),
    ("Paulo Mendes, who heads the Lusitanian Water Company, said prices would fall next year.", "Paulo Mendes",
     "BUS"),
    # working for a body, present tense
    ("Ruth Adeyemi works for an insurance company in Lagos and said the new notes were scarce.", "Ruth Adeyemi",
     "BUS"),
    ("Ruth Adeyemi, who works at the Ministry of Finance, said the new notes were scarce.", "Ruth Adeyemi", "GOV"),
    ("Ruth Adeyemi works at the office of the regional governor in Ibadan and said the new notes were scarce.",
     "Ruth Adeyemi", "GOV"),
])
def test_a_clause_of_their_own_names_the_body(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name", [
    # a tie held no more: past work, past leading
    ("Ruth Adeyemi worked for an insurance company in Lagos before she retired, and said the new notes were "
     "scarce.", "Ruth Adeyemi"),
    ("Rafael Duarte ran a consulting firm in Lisbon for ten years. Duarte said the bond market had calmed.",
     "Rafael Duarte"),
    # a body that gives no sector: a party, a bar, a cause
    ("Lucas Ferreira, who founded the party in 2019, told supporters to stay calm.", "Lucas Ferreira"),
    ("Lauren Pike works at a bar near the harbour and said the storm flooded the street.", "Lauren Pike"),
    # working with somebody, not for a body
    ("Hana Sato works with Lucas Ferreira on the report and said it would be published soon.", "Hana Sato"),
])
def test_no_body_or_no_tie_now_leaves_a_civilian(process, text, name) -> None:
    assert _sector(process, text, name) in (None, "CVL")


@pytest.mark.parametrize("text, name, sector", [
    # an office entered, told with 'as' in a clause of the person's own
    ("In May, Oskar Lindahl, who led the trade talks, was sworn in as deputy trade minister.",
     "Oskar Lindahl", "GOV"),
    ("Robert Mensah, who was appointed as ambassador to Ghana last year, said the embassy would reopen.",
     "Robert Mensah", "GOV"),
    ("Dmitri Valev was elected as a senator in 2022 and said he would vote against the bill.", "Dmitri Valev",
     "LEG"),
    ("Lena Koval now serves as the city's mayor. Koval said the bridge would reopen.", "Lena Koval", "GOV"),
    # the office one is elected to, becomes, or is now, in a 'who' clause
    ("Robert Mensah, who was elected president in 2020, said the talks would resume.", "Robert Mensah", "GOV"),
    ("Robert Mensah, who became prime minister last spring, said the talks would resume.", "Robert Mensah", "GOV"),
    ("Omar Diallo, who is the country's foreign minister, said the talks would resume.", "Omar Diallo", "GOV"),
])
def test_an_office_entered_as(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name", [
    ("Oskar Lindahl, who served as deputy secretary of state until 2019, said the talks would fail.",
     "Oskar Lindahl"),
    ("Robert Mensah was named as a suspect in the fraud case, police said.", "Robert Mensah"),
    # a past state, a former office, a clause that names no office
    ("Omar Diallo, who was the country's foreign minister, said the talks would resume.", "Omar Diallo"),
    ("Omar Diallo, who is a former foreign minister, said the talks would resume.", "Omar Diallo"),
    ("Omar Diallo, who is the father of three, said the talks would resume.", "Omar Diallo"),
    ("Robert Mensah, who became the first in his family to finish school, said the talks would resume.",
     "Robert Mensah"),
    # a condition, a future or a wish
    ("Voters backed Robert Mensah, who has promised lower taxes if he is elected president next month.",
     "Robert Mensah"),
    ("Robert Mensah, who will become prime minister on Monday, said the talks would resume.", "Robert Mensah"),
    ("Ruth Adeyemi hopes to run an insurance company one day and said the new notes were scarce.",
     "Ruth Adeyemi"),
])
def test_an_office_held_no_more_or_no_office(process, text, name) -> None:
    assert _sector(process, text, name) in (None, "CVL")


def test_a_title_with_a_sector_of_its_own_is_kept(process) -> None:
    # an analyst who also runs a firm stays what the title says (the title is read first)
    text = "Greta Lindqvist, an analyst at the Nordic Policy Institute who runs a consultancy, said talks would fail."
    assert _sector(process, text, "Greta Lindqvist") == "CVL"
