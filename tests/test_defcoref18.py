"""A body named again by its kind (issues 15 and 16, round 18): 'the agency', 'the newspaper', 'the
publication', 'the outlet', 'the airline' point back to the one body of a fitting kind named within reach
(coref_nouns.tsv, the 'alone' column; coref/definites._only_of_kind), and events take that body as party.
Two bodies of the kind in reach compete and neither is taken; the story's own outlet ('told VOA') is never
'the newspaper'. Sentences written for these tests; the joins a careful coder records were written down
before the first run. 'this country', 'this government' (in quotations mostly) are the story's country as
'the country' is."""
from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in doc.actors}


@pytest.mark.parametrize("text, body, description", [
    ("Skyway Airlines flew 40 planes without required inspections, the Federal Aviation Administration said "
     "Monday. The agency proposed fining the airline $2 million.", "Federal Aviation Administration", "The agency"),
    ("Reuters reported on Tuesday that the ceasefire talks had stalled in Doha. The agency cited two diplomats "
     "briefed on the meetings.", "Reuters", "The agency"),
    ("Hossam Bahgat wrote for Mada Masr for a decade. The newspaper was raided by police in Cairo in 2019.",
     "Mada Masr", "The newspaper"),
    ("Hossam Bahgat wrote for Mada Masr for a decade. In 2019 authorities blocked the publication online.",
     "Mada Masr", "the publication"),
    ("Police in Lagos arrested two reporters of Sahara Reporters on Friday. The outlet said its staff had been "
     "beaten.", "Sahara Reporters", "The outlet"),
    ("Skyway Airlines flew 40 planes without required inspections, the Federal Aviation Administration said "
     "Monday. The agency criticized the airline for ignoring repeated warnings.", "Skyway Airlines", "the airline"),
])
def test_kind_noun_joins_the_one_body_of_its_kind(process, text, body, description) -> None:
    found = _mentions(process(text, until="actors"))
    assert body in found, sorted(found)
    assert description in found[body], found


@pytest.mark.parametrize("text, description", [
    # two bodies of the agency's sectors in reach: neither
    ("Officials of the Interior Ministry and the Federal Aviation Administration met on Monday in Washington. "
     "The agency later said the talks had gone well.", "The agency"),
    # two outlets in reach: neither
    ("Al Jazeera and Kommersant both reported the strike on the depot. The broadcaster said six people were "
     "killed.", "The broadcaster"),
    # the story's own outlet, the one spoken to, is not the paper the story tells of
    ("Ana Ruiz founded a weekly in 2001, she told VOA. \"It was hard,\" Ruiz told VOA. The newspaper criticized "
     "the governor for years.", "The newspaper"),
])
def test_kind_noun_left_alone_when_no_single_body_fits(process, text, description) -> None:
    found = _mentions(process(text, until="actors"))
    assert not any(description in texts for texts in found.values()), found


def test_generic_kind_nouns_stay_generic(process) -> None:
    found = _mentions(process("Apple said on Monday it would open a store in Lagos. A company that builds drones "
                              "in Ohio said it would hire 300 workers.", until="actors"))
    assert "Apple" in found
    assert not any("A company" in texts for texts in found.values()), found


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Hossam Bahgat wrote for Mada Masr for a decade. Police raided the newspaper's office in Cairo in 2019, "
     "and the outlet accused the interior ministry of harassment.", "raided", "Police", "Mada Masr"),
    ("Reuters reported on Tuesday that the ceasefire talks had stalled in Doha. Hamas criticized the agency on "
     "Wednesday.", "criticized", "Hamas", "Reuters"),
])
def test_event_takes_the_joined_body_as_party(process, text, trigger, source, target) -> None:
    doc = process(text)
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert [names[x] for x in found[0].source] == [source]
    assert [names[x] for x in found[0].target] == [target]


@pytest.mark.parametrize("text, body, description", [
    ("Canadian opposition leader Jane Moss criticized Ottawa's new secrecy rules on Monday. \"This government is "
     "obsessed with control,\" Moss said.", "Canada", "This government"),
    ("Doctors in Australia warned on Friday that iodine levels were falling. \"Children born in this country are "
     "at risk,\" one of them said.", "Australia", "this country"),
])
def test_this_country_noun_is_the_story_country(process, text, body, description) -> None:
    found = _mentions(process(text, until="actors"))
    assert body in found, sorted(found)
    assert description in found[body], found


def test_this_before_a_modified_noun_is_no_reference(process) -> None:
    found = _mentions(process("Canada will close the border crossing in May. This government program was meant "
                              "to last a year.", until="actors"))
    assert not any(t.startswith("This government") for texts in found.values() for t in texts), found
