"""Datelines in every outlet's shape, read once (issue 16, entity repair): 'CITY -', 'CITY —', 'CITY:',
'CITY, Region —', 'CITY (Reuters) -', 'CITY, Region (AP) —', 'TOWN/TOWN —', 'Town, Region —', under a headline
or opening a paragraph. A dateline's town, region and dash are no actor's words; its credit is the outlet that
filed the story; the first actor after the dash keeps its own name, kind and country. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from eventwire import datelines


@pytest.mark.parametrize("text, towns, region, credit, rest", [
    ("TEGUCIGALPA — Honduran farmers blocked the highway.", ["TEGUCIGALPA"], None, None, "Honduran"),
    ("ACCRA: Ghana's parliament passed the budget.", ["ACCRA"], None, None, "Ghana's"),
    ("PORT LOUIS, Mauritius (Reuters) - The central bank held rates.", ["PORT LOUIS"], "Mauritius", "Reuters", "The"),
    ("MOSCOW/KYIV (AFP) – Both sides reported shelling overnight.", ["MOSCOW", "KYIV"], None, "AFP", "Both"),
    ("Storms cut power\n\nHARARE, Zimbabwe - The utility said crews were out.", ["HARARE"], "Zimbabwe", None, "The"),
    ("Quito, Ecuador — The army sealed the prison.", ["Quito"], "Ecuador", None, "The"),
    ("Lima (AP) -- Protesters marched on the congress.", ["Lima"], None, "AP", "Protesters"),
    ("WARSAW - Poland's president vetoed the bill.", ["WARSAW"], None, None, "Poland's"),
    ("OSLO, May 4 (Reuters) - Norway's wealth fund sold its stake.", ["OSLO"], "May 4", "Reuters", "Norway's"),
    ("By Ana Lopes\n\nBISSAU — Soldiers surrounded the palace.", ["BISSAU"], None, None, "Soldiers"),
])
def test_a_dateline_in_each_shape(text, towns, region, credit, rest) -> None:
    line = datelines.opening(text)
    assert line is not None
    assert line.town_names(text) == towns
    assert line.region_name(text) == region
    assert line.credit_name(text) == credit
    assert text[line.end:].startswith(rest), text[line.end:]


@pytest.mark.parametrize("text", [
    "Notes: the meeting ran late.",
    "In Lima, officials - who asked not to be named - said so.",
    "Police said on Monday that the road was closed.",
    "Reports: the ferry sank near the coast.",
])
def test_what_is_no_dateline(text) -> None:
    assert datelines.opening(text) is None
    assert datelines.in_text(text) == []


def test_a_dateline_opening_a_later_paragraph() -> None:
    text = "The first story ends here with a long enough sentence to be read.\n\nBERN - Swiss voters rejected it."
    found = datelines.in_text(text)
    assert [line.town_names(text) for line in found] == [["BERN"]]


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, until="actors").actors}


@pytest.mark.parametrize("text, first, country", [
    ("HANOI - Vietnam recalled its ambassador on Friday after the dispute.", "Vietnam", "VNM"),
    ("RABAT - Morocco on Wednesday closed two border crossings.", "Morocco", "MAR"),
    ("DAKAR: Senegal on Thursday banned the march planned for the weekend.", "Senegal", "SEN"),
    ("LUSAKA, Zambia — Zambia's finance minister presented the budget.", "Zambia", "ZMB"),
])
def test_no_actor_takes_the_town_and_the_first_keeps_its_own(process, text, first, country) -> None:
    actors = _actors(process, text)
    town = text.split(" ")[0].strip(",:")
    assert not any(town.lower() in n.lower() for n in actors), sorted(actors)
    assert first in actors, sorted(actors)
    assert actors[first].kind == "country" and actors[first].country == country


@pytest.mark.parametrize("text, credit, country", [
    ("QUITO, Ecuador (AP) — The army said soldiers had retaken the prison.", "AP", "USA"),
    ("TUNIS (Reuters) - The president dissolved the local councils.", "Reuters", "GBR"),
    ("Manila, Philippines (AFP) — Rescuers pulled three fishermen from the sea.", "AFP", "FRA"),
    ("UNITED NATIONS (AP) — Diplomats failed to agree on a statement about the strikes.", "AP", "USA"),
])
def test_a_credit_is_the_outlet(process, text, credit, country) -> None:
    doc = process(text, until="actors")
    outlet = next(a for a in doc.actors if any(text[m.start:m.end] == credit for m in a.mentions))
    assert outlet.kind == "media" and outlet.country == country
    town = text.split(",")[0].split(" ")[0]
    assert not any(town.lower() in a.name.lower() for a in doc.actors), [a.name for a in doc.actors]


def test_a_dateline_region_is_no_actor(process) -> None:
    actors = _actors(process, "NAIROBI, Kenya — Ugandan police arrested two opposition activists on Monday.")
    assert "Kenya" not in actors, sorted(actors)
    assert not any("NAIROBI" in n for n in actors), sorted(actors)


def test_a_body_opening_a_headline_is_no_dateline(process) -> None:
    doc = process("NATO - The alliance will meet in Brussels next week, its spokesman said.", until="actors")
    assert any(a.name in ("NATO", "North Atlantic Treaty Organization") for a in doc.actors), [
        a.name for a in doc.actors]


def test_the_towns_of_a_dateline_are_places(process) -> None:
    doc = process("ISLAMABAD/KABUL — Officials of both governments met on the border.", until="places")
    names = {p.name for p in doc.places}
    assert {"Islamabad", "Kabul"} <= names, names


def test_a_colon_dateline_only_opening_the_story() -> None:
    from types import SimpleNamespace

    from eventwire.stages.actors.repair import dateline_heads
    from eventwire.stages.actors.words import actor_words

    label = ("The host spoke with the senator about the budget on Sunday.\n\n"
             "HARLAN: We will not vote for cuts to the schools.\n\nThe vote is due next week.")
    assert datelines.in_text(label)[0].colon
    assert dateline_heads(SimpleNamespace(text=label), actor_words()) == []  # a speaker's label
    opening = "MAPUTO: Mozambique's parliament met on Monday.\n\nTHE VOTE: It passed."
    heads = dateline_heads(SimpleNamespace(text=opening), actor_words())
    assert [h.town_names(opening) for h in heads] == [["MAPUTO"]]
