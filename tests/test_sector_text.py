"""Sectors read from the words around an actor (stages/actors/sector_text.py), on sentences written for
these tests in several shapes: a body's description, the body it belongs to, the people who speak for
it, and credit lines."""
from __future__ import annotations

import pytest

from eventwire.record import Actor
from eventwire.stages.actors.sector import descriptor_sector


def _sectors(process, text: str, published: str | None = None) -> dict[str, str | None]:
    doc = process(text, published=published, until="actors")
    return {a.name: a.sector for a in doc.actors}


def _actor(process, text: str, name: str, published: str | None = None) -> Actor:
    doc = process(text, published=published, until="actors")
    found = [a for a in doc.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in doc.actors]}"
    return found[0]


@pytest.mark.parametrize("phrase, sector", [
    ("political risk consultancy", "BUS"), ("energy giant", "BUS"), ("trade association", "BUS"),
    ("online retailer", "BUS"), ("news website", "MED"), ("broadcaster", "MED"), ("medical journal", "MED"),
    ("think tank", "CVL"), ("charity", "CVL"), ("rebel movement", "REB"), ("opposition movement", "OPP"),
    ("cargo ship", None), ("industry", None), ("analyst", None), ("spokesman", None)])
def test_descriptor_sector_reads_the_head_of_a_description(phrase, sector) -> None:
    assert descriptor_sector(phrase) == sector


# ---- bodies described by the story ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, sector", [
    ("The dam is run by engineering giant Velmora, which won the contract in May.", "Velmora", "BUS"),
    ("Prices rose sharply, said Brantwood Partners, a London-based investment consultancy.", "Brantwood Partners", "BUS"),
    ("The figures were published by Kestrel Dispatch, an outlet covering mining news.", "Kestrel Dispatch", "MED"),
    ("The survey by the Ostrava Policy Lab think tank found wide support for the plan.", "Ostrava Policy Lab", "CVL"),
    ("Aid reached the town, said Mercy Bridge International, a charity that feeds children.",
     "Mercy Bridge International", "CVL"),
    ("The figures were reported by the state-owned Lanna Business Digest news website on Friday.",
     "Lanna Business Digest", "MED"),
    ("Companies such as Siemens have moved their plants to Poland.", "Siemens", "BUS"),
    ("The plan is opposed by charities like Bright Futures Trust, which said it would cut aid.",
     "Bright Futures Trust", "CVL"),
])
def test_an_organisation_takes_the_sector_its_description_gives(process, text, name, sector) -> None:
    assert _actor(process, text, name).sector == sector


def test_a_thing_described_is_given_no_sector(process) -> None:
    """A vessel or a plan named like a body is not a company because a lexicon knows 'cargo ship'."""
    sectors = _sectors(process, "The cargo ship Marlow Star left port on Monday, officials said.")
    assert all(s is None for n, s in sectors.items() if "Marlow" in n)


def test_a_unit_of_an_outlet_is_an_outlet(process) -> None:
    """'VOA's Swahili Service', "Reuters' Africa desk": a unit named as belonging to an outlet is media; a
    language service is the outlet itself, as the gold names it (round 6, ``organisations.outlet_services``)."""
    doc = process("The claim could not be verified, according to a review by VOA's Swahili Service.", until="actors")
    holders = [a for a in doc.actors if any(m.text == "Swahili Service" for m in a.mentions)]
    assert holders and all(a.sector == "MED" and a.kind == "media" for a in holders)


def test_a_unit_of_a_state_agency_takes_its_sector(process) -> None:
    a = _actor(process, "The rocket was tested at NASA's Marshall Flight Center in Alabama last week.",
               "Marshall Flight Center")
    assert a.sector == "GOV"


def test_a_many_bodies_of_a_kind_do_not_give_a_name_a_sector(process) -> None:
    """'solar companies' describes companies of a kind; it says nothing of an actor named 'Solar'."""
    sectors = _sectors(process, "Beijing urged AI companies to share their data with regulators.")
    assert sectors.get("AI") != "BUS"


def test_bodies_the_parser_took_for_people_become_organisations(process) -> None:
    """'online retailers Shopdeng and Baomall': a noun for a kind of body before names the parser read as
    people makes them organisations of that sector."""
    doc = process("The blogger got deals from online retailers Shopdeng and Baomall within a week.", until="actors")
    found = {a.name: (a.kind, a.sector) for a in doc.actors}
    assert found.get("Shopdeng") == ("organization", "BUS") and found.get("Baomall") == ("organization", "BUS")


def test_every_body_of_a_described_list_takes_the_description(process) -> None:
    sectors = _sectors(process, "The blogger was paid by online retailers Jinduo and Kaimall.")
    assert sectors.get("Jinduo") == "BUS" and sectors.get("Kaimall") == "BUS"


# ---- people who speak for a described body ------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Velmora is an engineering company. \"We are on time,\" said Velmora spokesman Tomas Rieger.", "Tomas Rieger"),
    ("The turbines were built by energy giant Halvard. Halvard engineer Ines Moretti said costs fell.", "Ines Moretti"),
    ("Prices rose, according to trade association GrainEurope. \"Demand is strong,\" said GrainEurope's "
     "policy chief Paul Vidal.", "Paul Vidal"),
])
def test_a_person_speaking_for_a_described_company_is_business(process, text, person) -> None:
    assert _actor(process, text, person).sector == "BUS"


def test_a_former_officer_of_a_described_company_stays_civilian(process) -> None:
    text = ("The mine belongs to mining giant Korvald. Former Korvald spokesman Anders Lund said the deal was "
            "signed in secret.")
    assert _actor(process, text, "Anders Lund").sector == "CVL"


# ---- credit lines -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The talks ended without a deal. Maria Lopes contributed to this report.", "Maria Lopes"),
    ("The talks ended without a deal. Peter Hale and Sun Mei contributed reporting from Geneva.", "Peter Hale"),
])
def test_a_person_in_a_credit_line_is_a_journalist(process, text, person) -> None:
    assert _actor(process, text, person).sector == "MED"


def test_a_person_who_contributed_money_is_not_a_journalist(process) -> None:
    text = "Donors met in Oslo. Businessman Karl Berg said he contributed $5 million to the fund."
    assert _actor(process, text, "Karl Berg").sector != "MED"


# ---- people of a known body whose role changed ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Taliban officials said the ban on girls' schools would stay.", "Taliban officials"),
    ("The envoy met Taliban authorities in Kabul on Monday.", "Taliban authorities"),
])
@pytest.mark.parametrize("day, sector", [("2019-05-01T00:00:00Z", "REB"), ("2024-05-01T00:00:00Z", "GOV")])
def test_the_people_of_a_body_take_its_role_on_the_articles_day(process, text, name, day, sector) -> None:
    assert _actor(process, text, name, published=day).sector == sector


# ---- a title any body can give, read with the body it is held in -------------------------------------------

@pytest.mark.parametrize("text, person, sector", [
    ("But the leader of the Save Our Rivers (SOR) movement, Grace Adeyemi, said the fight goes on.",
     "Grace Adeyemi", "CVL"),
    ("Tom Reyes, president of the national chamber of commerce, welcomed the tax cut.", "Tom Reyes", "BUS"),
    ("Musa Bello, president of the national assembly, opened the session on Monday.", "Musa Bello", "LEG"),
])
def test_a_title_takes_the_sector_of_the_body_it_is_held_in(process, text, person, sector) -> None:
    assert _actor(process, text, person).sector == sector


@pytest.mark.parametrize("text, person", [
    ("Gary Moss, a former White House coordinator for trade, said the talks were doomed.", "Gary Moss"),
    ("Maria Ilves, a former Tallinn city council member, said the vote was rigged.", "Maria Ilves"),
])
def test_a_body_served_once_gives_no_office_now(process, text, person) -> None:
    assert _actor(process, text, person).sector == "CVL"


def test_a_body_served_now_gives_its_sector(process) -> None:
    a = _actor(process, "Gary Moss, a White House coordinator for trade, said the talks were doomed.", "Gary Moss")
    assert a.sector == "GOV"


# ---- people named as leading a body or group --------------------------------------------------------------

@pytest.mark.parametrize("text, person, sector", [
    ("The coalition government led by Mario Rossi has begun easing the curfew in Rome.", "Mario Rossi", "GOV"),
    ("Eight Republican senators led by Jim Brandt and Paul Oakes sent a letter to the secretary.", "Paul Oakes", "LEG"),
    ("A group of militants led by Abu Karim attacked the convoy at dawn.", "Abu Karim", "REB"),
    ("The firm, run by Ali Demir, makes roof tiles in Izmir.", "Ali Demir", "BUS"),
])
def test_a_person_leading_a_body_takes_its_sector(process, text, person, sector) -> None:
    assert _actor(process, text, person).sector == sector


def test_a_person_leading_what_says_no_sector_keeps_none_given(process) -> None:
    """A delegation says nothing of whose it is: no sector from it."""
    assert _actor(process, "The delegation, headed by Anna Weiss, arrived in Vienna.", "Anna Weiss").sector == "CVL"


@pytest.mark.parametrize("text, name", [
    ("Several environment groups accused the utility of lobbying.", "environment groups"),
    ("The case is political, press freedom groups say.", "press freedom groups"),  # the whole compound names the group
    ("Conservation groups sued the ministry over the dam.", "Conservation groups"),
])
def test_groups_named_for_a_civic_cause_are_civil_society(process, text, name) -> None:
    assert _sectors(process, text).get(name) == "CVL"


def test_a_name_with_and_without_accents_is_one_person(process) -> None:
    """'President Jovan Mérisier' and, later, 'Jovan Merisier' (the same name typed without accents)."""
    doc = process("President Jovan Mérisier spoke on Monday. Critics said Jovan Merisier had failed the country.",
                  until="actors")
    people = [a for a in doc.actors if a.kind == "person"]
    assert len(people) == 1 and people[0].sector == "GOV"


def test_an_international_court_is_judicial(process) -> None:
    a = _actor(process, "The International Criminal Court in The Hague rules on Wednesday.",
               "International Criminal Court")
    assert a.sector == "JUD" and a.country is None


@pytest.mark.parametrize("name, sector", [
    ("Lagos Council of Non-Governmental Organisations", "CVL"), ("Women for Peace Initiative", "CVL"),
    ("Detroit Labor History Archive", "CVL"), ("National Association of Nurses", "CVL"),
    ("Ohio Restaurant Association", "BUS"), ("Kenya Chamber of Commerce", "BUS"), ("Polaris Market Research", "BUS"),
    ("Lagos City Council", "GOV")])
def test_the_words_of_a_bodys_name_give_its_sector(name, sector) -> None:
    from eventwire.stages.actors.words import actor_words
    assert actor_words().org_kind(name) == ("organization", sector)


def test_an_organisation_named_with_a_person_stays_a_body(process) -> None:
    """'Siemens and Bosch' are listed together, not with a person: neither becomes a person."""
    doc = process("Siemens and Bosch said on Monday they would cut jobs in Germany.", until="actors")
    assert all(a.kind != "person" for a in doc.actors)


def test_an_adviser_to_a_civil_body_is_civil_society(process) -> None:
    text = "\"It was hard,\" said Ted Moss, senior adviser to the Polish American Museum in Chicago."
    assert _actor(process, text, "Ted Moss").sector == "CVL"


def test_an_adviser_to_a_ministry_stays_government(process) -> None:
    assert _actor(process, "\"It was hard,\" said Ted Moss, senior adviser to the Ministry of Finance.",
                  "Ted Moss").sector == "GOV"


def test_a_company_read_as_a_person_is_a_company_and_its_president_business(process) -> None:
    doc = process("Peter Lau, president of Hua Tai Jin Feng Company, told reporters that rents rose.", until="actors")
    found = {a.name: (a.kind, a.sector) for a in doc.actors}
    assert found["Hua Tai Jin Feng Company"] == ("organization", "BUS")
    assert found["Peter Lau"] == ("person", "BUS")


def test_a_firm_the_knowledge_base_knows_by_its_legal_name_is_business(process) -> None:
    """The base writes firms with their legal form ('Accenture plc'); the news drops it."""
    from eventwire.stages.actors.sector_text import known_companies
    assert "accenture" in known_companies() and "accenture plc" not in known_companies()
    doc = process("Aetna chief Mark Bertolini said premiums would rise.", until="actors")
    found = {a.name: a.sector for a in doc.actors}
    assert found.get("Aetna") == "BUS" and found.get("Mark Bertolini") == "BUS"


def test_a_large_firm_the_base_lacks_is_business(process) -> None:
    """firms.tsv: firms named often since the base's 2019 snapshot ('TikTok', 'OpenAI'), also when the
    tagger reads the name as a person's ('SpaceX launched ...')."""
    doc = process("TikTok said it would sue. SpaceX launched the rocket on Friday. OpenAI released a model.",
                  until="actors")
    found = {a.name: (a.kind, a.sector) for a in doc.actors}
    for name in ("TikTok", "SpaceX", "OpenAI"):
        assert found.get(name) == ("organization", "BUS"), (name, found)


def test_a_person_whose_name_is_also_a_firms_keeps_a_title_read_with_it(process) -> None:
    """A person with a title is not turned into a firm because a firm shares the name."""
    a = _actor(process, "Senator Tata Mwangi said the bill would pass.", "Tata Mwangi")
    assert a.kind == "person"


@pytest.mark.parametrize("text, person, sector", [
    ("Former NATO Secretary General Jens Holm said democracies must unite.", "Jens Holm", "CVL"),
    ("The group, led by former U.N. envoy Maria Lind, met in Oslo.", "Maria Lind", "CVL"),
    ("NATO Secretary General Jens Holm said the allies agreed.", "Jens Holm", "IGO"),
])
def test_an_international_office_held_no_more_is_no_office(process, text, person, sector) -> None:
    assert _actor(process, text, person).sector == sector
