"""Requests told by nouns (issue 15, REQUESTS): a call, request, appeal or plea whose maker is named by a
possessor, "by" or the verb that makes it is coded even when nobody is named as its addressee; whoever
decides on it ("rejected Uganda's request") is whom it was made of; a reporter's request for comment, a
request in a time adjunct ("after calls for sanctions, leaders met") and a phone call are no such request.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _requests(process, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [e for e in named_events(process, text) if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, source", [
    ("Ghana's call for debt relief was welcomed in London.", "Ghana"),
    ("Peru's call for an emergency summit went unanswered for weeks.", "Peru"),
    ("Officials in Lima said Chile's request for more time reached them on Friday.", "Chile"),
    ("The opposition issued an appeal for calm after the vote.", "opposition"),
])
def test_a_named_makers_request_stands_without_an_addressee(process, text, source) -> None:
    found = _requests(process, text)
    assert any(src == [source] and tgt == [] for _, src, tgt in found), found


def test_a_named_request_is_made_even_where_its_clause_is_negated(process) -> None:
    doc = process("Washington's call for a ceasefire and Moscow's demand for guarantees did not mesh.")
    names = {a.id: a.name for a in doc.actors}
    asked = [e for e in doc.events if e.type == "REQUEST"]
    assert asked and all(e.status == "asserted" for e in asked), [(e.rule, e.status) for e in asked]
    assert [names[s] for e in asked for s in e.source] == ["United States"]


@pytest.mark.parametrize("text, event", [
    ("Japan has approved Ecuador's request for emergency loans.", ("REQUEST", ["Ecuador"], ["Japan"])),
    ("The World Bank will review Zambia's appeal for debt relief.", ("REQUEST", ["Zambia"], ["World Bank"])),
    ("Uganda's request to delay the hearing was rejected by the International Court of Justice.",
     ("REQUEST", ["Uganda"], ["International Court of Justice"])),
])
def test_whoever_decides_on_a_request_is_whom_it_was_made_of(process, text, event) -> None:
    assert event in named_events(process, text)


def test_a_reviewed_appeal_was_made_not_planned(process) -> None:
    doc = process("The World Bank will review Zambia's appeal for debt relief.")
    assert [e.status for e in doc.events if e.type == "REQUEST"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "After calls for tougher sanctions, European leaders met in Brussels.",
    "The embassy did not respond to a VOA request for comment.",
    "Merkel made a phone call on Monday to Putin.",
    "Demand for Chinese steel fell sharply in Brazil last year.",
])
def test_no_request_where_no_party_asked_anything(process, text) -> None:
    assert _requests(process, text) == []


def test_a_persons_own_government_is_his_country(process) -> None:
    found = _requests(process, "Kenyan lawmaker Aden Duale said his government's call for new border checks "
                               "was right.")
    assert found == [("REQUEST", ["Kenya"], [])], found
