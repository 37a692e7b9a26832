"""Events of general news, not only VOA (round 28, evnews28).

- "look into" a matter of wrongdoing or mishap is an inquiry: ACCUSE (investigate, CAMEO 090) by whoever looks
  into it, with no target unless the matter is a party's ("looked into the ministry's handling"); event_verbs.tsv
  row look pobj:into:@inquired_matters; not a look into a camera, a market or the future;
- a gift of a body of civil society (an organization of sector CVL: a foundation, a charity) is aid whoever
  receives it: the private-dealings filter (filters.political_pairs) no longer drops it when the receiver is a
  school, a museum or a firm; a firm's, a person's or a school's gifts to private parties stay dealings.

Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule, coded_rule_status


def _named(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


def _of_type(process, text: str, kind: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == kind]


@pytest.mark.parametrize("text, source", [
    ("The Health Ministry will look into the complaints, spokesman Ali Musa said.", "Health Ministry"),
    ("Police in Lagos are looking into the killing of two traders.", "Police"),
    ("The Kenyan Interior Ministry is looking into the allegations, a spokesman said.", "Interior Ministry"),
    ("The electoral commission has looked into the irregularities reported in Kano.", "commission"),
    ("Zambia's anti-corruption commission is looking into the deaths of three inmates.", "commission"),
])
def test_looking_into_a_matter_is_an_inquiry(process, text, source) -> None:
    found = [e for e in _of_type(process, text, "ACCUSE") if e[3].startswith("verb:look/")]
    assert any(_named(s, source) for _, s, _, _ in found), coded_rule(process, text)


def test_looking_into_a_matter_to_come_is_planned(process) -> None:
    found = [e for e in coded_rule_status(process, "The Health Ministry will look into the complaints.")
             if e[3].startswith("verb:look/")]
    assert found and found[0][4] == "planned", found


@pytest.mark.parametrize("text", [
    "The Health Minister looked into the camera and smiled.",
    "Chinese investors are looking into new markets in Africa.",
    "The Health Ministry is looking into the future of rural clinics.",
    "The president looked into the crowd before he spoke.",
    "The Health Ministry is looking at the complaints.",
])
def test_no_inquiry_without_a_matter_looked_into(process, text) -> None:
    assert not [e for e in coded_rule(process, text) if e[3].startswith("verb:look/")], coded_rule(process, text)


@pytest.mark.parametrize("text, giver, receiver", [
    ("The Gates Foundation made two donations to the University of Lagos.", "Gates Foundation",
     "University of Lagos"),
    ("The Paintings were donated to the University of Ghana by the Mensah Foundation for the Arts.",
     "Mensah Foundation", "University of Ghana"),
    ("The Okafor Foundation donated 40 computers to the University of Ibadan last year.", "Okafor Foundation",
     "University of Ibadan"),
])
def test_a_gift_of_a_civil_body_is_aid(process, text, giver, receiver) -> None:
    found = _of_type(process, text, "AID")
    assert any(_named(s, giver) and _named(t, receiver) for _, s, t, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    # a firm's, a school's or a person's gift to a private party stays a dealing
    "Samsung donated 40 computers to the University of Ibadan.",
    "The University of Lagos donated old computers to Samsung.",
    "Actor John Mensah donated his paintings to the University of Ghana.",
    # a foundation that receives is no giver
    "The Gates Foundation received two donations from Samsung.",
])
def test_a_private_gift_is_no_aid(process, text) -> None:
    assert not _of_type(process, text, "AID"), coded_rule(process, text)
