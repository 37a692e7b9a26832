"""Leftovers of round 12 (round 13): groups named with their body and field, aliases of the knowledge base that
are places, bodies described by a place, denials of claims. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, until="actors").actors}


@pytest.mark.parametrize("text, name, country, sector", [
    ("Senior Pentagon budget officials briefed senators on Tuesday.", "Pentagon budget officials", "USA", None),
    ("EU trade officials flew to Tokyo for a second round of talks.", "EU trade officials", None, "IGO"),
    ("UN aid officials warned that the camps would run out of food.", "UN aid officials", None, "IGO"),
    ("NATO military commanders met in Brussels to plan the exercise.", "NATO military commanders", None, "IGO"),
])
def test_a_known_body_and_the_field_of_its_members_name_one_group(process, text, name, country, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"
    assert actors[name].country == country
    if sector:
        assert actors[name].sector == sector
    field_group = name.split(" ", 1)[1] if " " in name else name
    assert not any(n.endswith(field_group) and n != name for n in actors), sorted(actors)


@pytest.mark.parametrize("text, body, group", [
    ("The White House and officials of the Treasury said the plan would change.", "White House", "officials"),
    ("The EU, trade officials said, would answer within a week.", "EU", "trade officials"),
])
def test_a_body_stays_its_own_actor_outside_the_group_phrase(process, text, body, group) -> None:
    actors = _actors(process, text)
    assert body in actors, sorted(actors)
    assert not any(n.startswith(body) and n != body for n in actors), sorted(actors)


@pytest.mark.parametrize("town, country", [("Kharkiv", "Ukraine"), ("Odesa", "Ukraine"), ("Kiev", "Ukraine"),
                                           ("Mosul", "Iraq"), ("Samarkand", "Uzbekistan"), ("Kaunas", "Lithuania")])
def test_a_town_is_no_name_of_its_country_in_the_knowledge_base(town, country) -> None:
    from eventwire.stages.actors.knowledge import knowledge

    assert knowledge().facts(country, None) is not None  # the country's row stays
    assert knowledge().facts(town, None) is None


@pytest.mark.parametrize("text, town", [
    ("Officials in Kharkiv said two people were killed in the strike.", "Kharkiv"),
    ("The governor of Odesa said the port had been hit twice.", "Odesa"),
])
def test_a_town_named_in_a_story_is_no_actor(process, text, town) -> None:
    assert town not in _actors(process, text)


def test_a_capital_that_speaks_is_still_its_country(process) -> None:
    actors = _actors(process, "Kyiv said the drones were shot down before they reached the coast.")
    assert "Ukraine" in actors and actors["Ukraine"].country == "UKR"


@pytest.mark.parametrize("text, name, country", [
    ("A Minsk court jailed the blogger for four years on Thursday.", "Minsk court", "BLR"),
    ("A Phnom Penh court convicted the union leader of incitement.", "Phnom Penh court", "KHM"),
    ("Lawyers said a Kyiv court had frozen the tycoon's assets.", "Kyiv court", "UKR"),
    ("A Seoul district court turned down the request for a warrant.", "Seoul district court", "KOR"),
    ("The Chilean court threw out the case against the miners.", "Chilean court", "CHL"),
])
def test_a_court_named_after_its_town_or_country_is_a_court_of_that_country(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization"
    assert actors[name].country == country and actors[name].sector == "JUD"


def test_a_court_named_by_no_place_is_no_body_of_a_place(process) -> None:
    actors = _actors(process, "The court said the law was valid, and the lawyers took the case to court again.")
    assert not any(n.endswith("court") for n in actors), sorted(actors)


def _events(process, text: str) -> list[tuple[str, str, list[str], str]]:
    doc = process(text)
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source[0]) if e.source else None, [names.get(t) for t in e.target], e.status)
            for e in doc.events]


@pytest.mark.parametrize("text, denier", [
    ("The Ugandan army denied that it had detained the opposition leader.", "Ugandan army"),
    ("Peru's interior ministry dismissed reports that it had arrested two men.", "Peru's interior ministry"),
])
def test_a_denial_of_a_deed_nobody_can_code_stays_a_rejection(process, text, denier) -> None:
    events = _events(process, text)
    assert ("REJECT", denier, [], "asserted") in events, events


@pytest.mark.parametrize("text, deed", [
    ("Venezuela denied reports that it had attacked Guyana.", ("ASSAULT", "Venezuela", ["Guyana"], "denied")),
    ("Chile denied claims that it had deported the refugees.", ("COERCE", "Chile", ["refugees"], "denied")),
])
def test_a_denial_of_a_coded_deed_is_that_deeds_status(process, text, deed) -> None:
    events = _events(process, text)
    assert deed in events, events
    assert not any(e[0] == "REJECT" for e in events), events  # (round 12: no accuser named, no rejection)


@pytest.mark.parametrize("text, name, country, sector", [
    ("Georgian defense chiefs met their Armenian counterparts on Friday.", "Georgian defense chiefs", "GEO", "MIL"),
    ("Nordic leaders and Estonian defence chiefs toured the base.", "Estonian defence chiefs", "EST", "MIL"),
    ("ASEAN foreign ministers called for a ceasefire in the region.", "ASEAN foreign ministers", None, "IGO"),
])
def test_plural_chiefs_and_ministers_named_by_whose_they_are_are_a_group(process, text, name, country, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].country == country and actors[name].sector == sector


def test_chiefs_and_ministers_with_no_naming_word_are_no_group(process) -> None:
    actors = _actors(process, "The two prime ministers signed a pact, and the chiefs went home.")
    assert not any(n.endswith(("ministers", "chiefs")) for n in actors), sorted(actors)


def test_a_firms_chief_keeps_the_firms_sector(process) -> None:
    actors = _actors(process, "Lenovo chief Yang Yuanqing said his company would hire more engineers.")
    assert actors["Yang Yuanqing"].sector == "BUS"


@pytest.mark.parametrize("text, name, country", [
    ("A court in Minsk jailed the blogger for four years on Thursday.", "court", "BLR"),
    ("The reporter was detained in May. An appeals court in Lima later freed her.", "appeals court", "PER"),
    ("The driver told a court on Monday that he had been paid, at a trial in Lisbon of two bankers.", "court", "PRT"),
])
def test_an_unnamed_court_a_story_brings_in_is_a_court_of_where_it_sits(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization" and actors[name].sector == "JUD" and actors[name].country == country


def test_the_court_after_an_unnamed_court_is_that_court(process) -> None:
    doc = process("The editor told a court in Lagos that she had been threatened. The court adjourned the case.",
                  until="actors")
    court = next(a for a in doc.actors if a.name == "court")
    assert [m.text for m in court.mentions] == ["court", "The court"]


def test_a_court_as_a_word_of_something_else_is_no_body(process) -> None:
    actors = _actors(process, "He ignored a court summons and later went to court with a court order in hand.")
    assert not any("court" in n for n in actors), sorted(actors)


def test_an_unnamed_court_that_sentences_is_the_doer(process) -> None:
    events = _events(process, "In Belarus, a court sentenced the blogger Ihar Losik to 15 years in prison.")
    assert ("COERCE", "court", ["Ihar Losik"], "asserted") in events, events


def test_a_case_faced_before_a_court_named_by_its_town_is_the_states(process) -> None:
    events = _events(process, "Brazilian banker Ana Costa faces fraud charges before a Lisbon court. Portugal has "
                              "asked Brazil for documents.")
    assert ("COERCE", "Portugal", ["Ana Costa"], "asserted") in events, events


@pytest.mark.parametrize("text, answered", [
    # police arrested, a court sentenced: the charge rejected is the arresting side's, not the court's
    ("Police in Kenya arrested the blogger Tom Otieno in May. A court later sentenced Otieno to two years. "
     "Otieno has rejected all the accusations.", "Police"),
    # the court alone acted: it answers
    ("A court sentenced the blogger Tom Otieno to two years in prison in Nairobi. Otieno has rejected all the "
     "accusations.", "court"),
])
def test_a_rejected_charge_answers_who_brought_it_before_the_court_that_judged_it(process, text, answered) -> None:
    events = _events(process, text)
    assert ("REJECT", "Tom Otieno", [answered], "asserted") in events, events


def test_a_court_named_after_a_country_that_is_also_a_big_state_is_no_body_of_the_country(process) -> None:
    assert not any(a.country == "GEO" and a.sector == "JUD"
                   for a in _actors(process, "A Georgia court threw out the lawsuit over the ballots.").values())
    actors = _actors(process, "Georgia's constitutional court upheld the law on foreign funding.")
    assert actors["Georgia's constitutional court"].country == "GEO"


@pytest.mark.parametrize("text, speaker", [
    ("In an interview Friday with reporters, the senator's aide, Maria Lopez, said the senator does not recognize "
     "the Peruvian court.", "Maria Lopez"),
    ("During a visit to the border with diplomats, Chile's envoy, Jorge Diaz, said Chile would not accept the plan.",
     "Jorge Diaz"),
])
def test_a_speaker_the_parse_hung_on_a_fronted_phrase_still_says_it(process, text, speaker) -> None:
    doc = process(text, until="quotes")
    names = {a.id: a.name for a in doc.actors}
    assert any(names.get(a.speaker) == speaker for a in doc.attributions), [
        (names.get(a.speaker), a.cue) for a in doc.attributions]


@pytest.mark.parametrize("text, target", [
    ("\u201cIt is time to end the siege of Mariupol,\u201d the Dutch prime minister told Russia.", ["Russia"]),
    ("\u201cIt is time to end the blockade,\u201d the Turkish president told reporters.", None),  # the press asks nothing
])
def test_a_call_of_no_one_in_particular_is_asked_of_whom_it_was_told_to(process, text, target) -> None:
    requests = [e for e in _events(process, text) if e[0] == "REQUEST"]
    if target is None:
        assert not any(e[2] for e in requests), requests
    else:
        assert requests and requests[0][2] == target, requests
