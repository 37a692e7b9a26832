"""Round 23, actsector23: actors' country and sector from the evidence the text gives.

1. A person's origin ('was born in', 'is originally from', 'driven from') is the person's country only when
   the text does not say the person's present country outright: a demonym on the noun in apposition ('X, a
   Kenyan nurse') or the place the person is based in ('Lisbon-based X') stays
   (``country.person_origin._said_outright``).

2. A firm the knowledge base does not know, named in a story set in one country, is that country's, as a
   local association is, once sectors are settled; not a firm introduced as one that advises, rates or
   studies ('business consultancy X': ``placed_by_setting._advising_firm``), which may work from anywhere.

3. A person of no office, trade or cause whom the story tells faces charges of a common crime, pleaded guilty
   to one or was convicted of one is a criminal, CRM (``sector_text.charges``, ``common_crime_words.txt``);
   not a journalist or activist charged (their sector stays), not a political charge, not the one who
   charges, not 'faces' without charges.

4. A body the story says two or more states established is intergovernmental (IGO, no country); one that a
   single state's government established or supervises is that state's (GOV) (``sector_text.state_made``).
   Not a body a person or local people founded.

Sentences written for these tests; what a careful coder records was written before the runs. Negative rows:
an origin with nothing said outright still gives the country; an origin the same as the demonym.
"""
from __future__ import annotations

import pytest


def _actor(doc, name: str):
    return next(a for a in doc.actors if a.name == name)


@pytest.mark.parametrize("text, name, code", [
    # a demonym on the apposition, then a birthplace
    ("Lena Vogt, an Austrian woman and former volunteer, said the charity had misled her. "
     "Vogt was born in Chile and moved to Vienna as a child.", "Lena Vogt", "AUT"),
    # the apposition before the name
    ("A Kenyan nurse, Grace Wanjiru, said the clinic had run out of insulin. "
     "Wanjiru, who was born in Uganda, has worked there for ten years.", "Grace Wanjiru", "KEN"),
    # based in a place, then 'originally from'
    ("Berlin-based florist Mei Chen, who is originally from Vietnam, told reporters that costs had doubled.",
     "Mei Chen", "DEU"),
    ("Lisbon-based baker Rui Tavares, who was born in Angola, said flour prices had risen.", "Rui Tavares", "PRT"),
])
def test_country_said_outright_beats_origin(process, text, name, code) -> None:
    doc = process(text, until="actors")
    assert _actor(doc, name).country == code


@pytest.mark.parametrize("text, name, code", [
    # nothing said outright: where the person is from beats where the person lives
    ("Karim Haddad, a farmer who was born in Lebanon, now lives in Brazil, where he grows coffee.",
     "Karim Haddad", "LBN"),
    ("Rahim Tahir, a retired teacher living in a camp in Kenya, was driven from Somalia by drought.",
     "Rahim Tahir", "SOM"),
    # a demonym that agrees with the origin
    ("Ali Warsame, a Somali refugee, fled Somalia in 1991 and has lived in a camp in Kenya since.",
     "Ali Warsame", "SOM"),
])
def test_origin_still_read_when_nothing_said_outright(process, text, name, code) -> None:
    doc = process(text, until="actors")
    assert _actor(doc, name).country == code


_KENYA = ("Kenyan farmers are struggling with the worst drought in decades. {firm} "
          "Kenya's agriculture ministry said it would send aid to farmers. Farmers in Kenya said the rains had "
          "failed for three seasons, and Kenyan officials said food prices had doubled.")


@pytest.mark.parametrize("sentence, name", [
    ("Peter Otieno founded Shamba Fresh Corporation in 2019 to buy maize from small farmers in Kisumu.",
     "Shamba Fresh Corporation"),
    ("Maize trader Rift Grain Holdings said it had stopped buying in Kisumu.", "Rift Grain Holdings"),
])
def test_unknown_firm_takes_the_setting(process, sentence, name) -> None:
    doc = process(_KENYA.format(firm=sentence), until="actors")
    firm = _actor(doc, name)
    assert firm.sector == "BUS" and firm.country == "KEN"


@pytest.mark.parametrize("sentence, name", [
    ("Business consultancy Harlow & Partners puts the losses at $300 million.", "Harlow & Partners"),
    ("Harlow Analytics, a risk consultancy, puts the losses at $300 million.", "Harlow Analytics"),
])
def test_advising_firm_is_not_placed_by_the_setting(process, sentence, name) -> None:
    doc = process(_KENYA.format(firm=sentence), until="actors")
    assert _actor(doc, name).country is None


@pytest.mark.parametrize("text, names", [
    ("The trial of Viktor Lenko and Pavel Drozd, who face drug-trafficking and extortion charges, opened "
     "in Chicago on Monday.", ["Viktor Lenko", "Pavel Drozd"]),  # relative clause, coordination
    ("Anna Belova pleaded guilty to fraud on Tuesday, her lawyer said.", ["Anna Belova"]),
    ("Tomas Rieger was convicted of kidnapping a businessman in 2019.", ["Tomas Rieger"]),  # passive
    ("Police said Omar Said was charged with armed robbery after the raid.", ["Omar Said"]),  # reported
])
def test_person_charged_with_a_common_crime_is_crm(process, text, names) -> None:
    doc = process(text, until="actors")
    assert [_actor(doc, n).sector for n in names] == ["CRM"] * len(names)


@pytest.mark.parametrize("text, name, sector", [
    ("Journalist Lina Haddad was charged with fraud, which her newspaper called an attempt to silence her.",
     "Lina Haddad", "MED"),  # a trade of her own
    ("Prosecutor Diane Fuller charged Mark Olsen with murder.", "Mark Olsen", "CVL"),  # active: the charger
    ("Maria Vance faces a long drought on her farm this summer.", "Maria Vance", "CVL"),  # no charges
    ("Samuel Okoro is facing treason charges over the protest.", "Samuel Okoro", "CVL"),  # a political charge
])
def test_no_crm_without_a_common_crime_charge_of_a_private_person(process, text, name, sector) -> None:
    doc = process(text, until="actors")
    assert _actor(doc, name).sector == sector


def test_body_two_states_established_is_intergovernmental(process) -> None:
    doc = process("Diplomats said the new panel would look much like the Joint Energy Group (JEG) that Brazil and "
                  "Argentina established in 2021.", until="actors")
    body = _actor(doc, "Joint Energy Group")
    assert (body.country, body.sector) == (None, "IGO")


def test_body_under_a_ministry_is_the_states(process) -> None:
    doc = process("The Ghana Heritage Association, which operates under the supervision of Ghana's Ministry of "
                  "Tourism, invited 40 foreign artists to tour the country.", until="actors")
    body = _actor(doc, "Ghana Heritage Association")
    assert (body.country, body.sector) == ("GHA", "GOV")


@pytest.mark.parametrize("text, name", [
    ("The Hope Literacy Foundation, which Ana Ruiz founded in 2010, opened a new school in Lima.",
     "Hope Literacy Foundation"),  # a person founded it
    ("The Coastal Fishers Union, set up by local fishermen in 2008, protested the new rules.",
     "Coastal Fishers Union"),  # local people set it up
])
def test_body_made_by_people_stays_civilian(process, text, name) -> None:
    doc = process(text, until="actors")
    assert _actor(doc, name).sector == "CVL"
