"""Rejections a reader codes that the events stage missed (round 28, evreject28).

Support, backing or endorsement withheld ("does not support the governor's plan", "will never endorse Peru's
bid") is a rejection (REJECT 120), of a political thing of word class opposed or backed owned by a party (its
owner the target; an ownerless "the measure" codes nothing) or of a named party; a thing outside the class ("does
not support the weight") is no event, and support given stays support. Also drills ringing a place (MOBILIZE),
protests foretold to oust a ruler (THREATEN 133), opposition voiced (REJECT). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _typed(process, text: str, kind: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == kind]


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


@pytest.mark.parametrize("text, source, target", [
    ("Senator Maria Lopez said she does not support Governor Tom Baker's tax plan.", "Maria Lopez", "Tom Baker"),
    ("Raila Odinga would not back the new security law of President William Ruto.", "Raila Odinga", "William Ruto"),
    ("Chile does not support Venezuela's bid for a seat on the council.", "Chile", "Venezuela"),
    ("Argentina will never endorse Britain's claim over the islands, the minister said.", "Argentina", "United Kingdom"),
    ("Brazil does not support Hamas, the foreign minister said.", "Brazil", "Hamas"),
])
def test_support_withheld_is_a_rejection(process, text, source, target) -> None:
    found = _typed(process, text, "REJECT")
    assert any(_names(s, source) and (target is None or _names(t, target)) for _, s, t, _ in found), \
        coded_rule(process, text)
    assert not _typed(process, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "The athlete Tom Kerr said he does not support the weight of the bar on his own.",
    "The coach Ali Hassan said he would like to thank the fans of Nairobi.",
    "Officials said the meeting between Peru and Bolivia was not scheduled yet.",
    "The union of Kenyan nurses said it would not back down on its demands.",
    "Raila Odinga said he does not support the measure.",
])
def test_no_rejection_without_a_political_thing_withheld(process, text) -> None:
    assert not [e for e in _typed(process, text, "REJECT") if "negated" in e[3]], coded_rule(process, text)


def test_support_given_stays_support(process) -> None:
    text = "Ghana supports Togo's bid for the seat."
    assert _typed(process, text, "SUPPORT") and not _typed(process, text, "REJECT")


# A drill or exercise of armed forces that rings a place is aimed at the place's state (MOBILIZE 150, target role
# ringed), and the ringing verb under it is no assault of its own.
@pytest.mark.parametrize("text, source, target", [
    ("China conducted military drills encircling Taiwan on Monday.", "China", "Taiwan"),
    ("Russia staged naval exercises surrounding the Estonian coast last week.", "Russia", "Estonia"),
])
def test_drills_ringing_a_place_are_aimed_at_its_state(process, text, source, target) -> None:
    found = _typed(process, text, "MOBILIZE")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), coded_rule(process, text)
    assert not _typed(process, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The Angolan oil company Sonangol drills for oil off the coast of Cabinda.",
    "Students at a school in Lagos held fire drills on Monday.",
])
def test_no_show_of_force_in_other_drills(process, text) -> None:
    assert not _typed(process, text, "MOBILIZE"), coded_rule(process, text)


def test_rebels_ringing_a_town_still_attack(process) -> None:
    text = "Rebel fighters encircling the town of Goma attacked Congolese soldiers."
    assert _typed(process, text, "ASSAULT"), coded_rule(process, text)


# Protests foretold to put a named ruler out of power are a threat of dissent against him (THREATEN 133), told
# now; protests held, or foretold for other ends, are none.
@pytest.mark.parametrize("text, source, target", [
    ("Opposition leader Tomas Berg said he would mobilize mass protests to force President Ivan Kolar out of "
     "office.", "Tomas Berg", "Ivan Kolar"),
    ("The Kenyan opposition will hold rallies next week to bring down the government of President William Ruto, "
     "its leader Raila Odinga said.", "opposition", "William Ruto"),
])
def test_protests_foretold_to_oust_a_ruler_threaten_him(process, text, source, target) -> None:
    found = _typed(process, text, "THREATEN")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Opposition leader Tomas Berg mobilized mass protests last year to force President Ivan Kolar out of office.",
    "Opposition leader Tomas Berg said he would mobilize supporters to vote for President Ivan Kolar.",
    "The union of Kenyan teachers will hold rallies next week to push for higher pay, its leader Ann Njeri said.",
    "Conservation groups said threatened species in Kenya need more protection.",
])
def test_no_threat_in_protests_held_or_for_other_ends(process, text) -> None:
    assert not _typed(process, text, "THREATEN"), coded_rule(process, text)


# Opposition voiced, expressed or repeated rejects what it is to (REJECT 120): the "to" phrase's party or its owner.
@pytest.mark.parametrize("text, source, target", [
    ("Japan voiced its opposition to China's new maritime law on Tuesday.", "Japan", "China"),
    ("Poland expressed strong opposition to the Russian plan.", "Poland", "Russia"),
])
def test_opposition_voiced_is_a_rejection(process, text, source, target) -> None:
    found = _typed(process, text, "REJECT")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Poland expressed strong support for the Ukrainian plan.",
    "The Kenyan opposition voiced its anger over rising prices.",
])
def test_no_rejection_in_support_or_anger_voiced(process, text) -> None:
    assert not [e for e in _typed(process, text, "REJECT") if "opposition" in e[3]], coded_rule(process, text)



# A plan or deal proposed for or to a party is an offer to cooperate with it (AGREE 030); one for no party is none.
@pytest.mark.parametrize("text, source, target", [
    ("Qatar proposed a peace plan for Sudan on Monday.", "Qatar", "Sudan"),
    ("Egypt proposed a deal to Ethiopia over the dam.", "Egypt", "Ethiopia"),
])
def test_a_plan_proposed_for_a_party_is_an_offer(process, text, source, target) -> None:
    found = _typed(process, text, "AGREE")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), coded_rule(process, text)


def test_no_offer_in_a_plan_for_no_party(process) -> None:
    text = "The mayor of Lima, Rosa Diaz, proposed a plan for new bus lanes."
    assert not _typed(process, text, "AGREE"), coded_rule(process, text)
