"""Round 18, setting18: the passage setting of a story with no one setting (no dateline or headline: the
text alone), on sentences written for these tests, expected countries written before the runs.

A story that moves between two states sets none as a whole; a local actor (officials, police, rescuers,
residents) still without a country takes the one country its sentence, or the nearest of the two before it
in its paragraph, names as where things happen (``setting_steps._place_in_passage``,
``own_place.scene_country``). Negative rows: a sentence naming places of both states places no one; a
commentator is not placed by the passage; the publisher's country is never given without textual evidence."""
from __future__ import annotations

import pytest

from .actor_helpers import country_of_exact as _country


_TWO_STATES = (
    "Heavy rains flooded large parts of Zambia and Zimbabwe this week, washing away bridges and crops.\n\n"
    "In Zambia, the floods cut the main road north of Lusaka and destroyed hundreds of homes near Kafue and "
    "Ndola. Rescuers were still searching for two fishermen on Thursday.\n\n"
    "In Zimbabwe, rivers burst their banks around Bulawayo and Harare. Police said a bus had been swept off a "
    "bridge near Bulawayo, and villagers were sheltering in schools.\n\n"
    "Officials in both countries appealed for help.")


@pytest.mark.parametrize("name,expected", [
    ("Rescuers", "ZMB"),   # the Zambia passage
    ("Police", "ZWE"),     # the Zimbabwe passage
    ("villagers", "ZWE"),
    ("Officials in both countries", None),   # a paragraph of its own, naming no one state (named with its
    # place phrase since round 27)
])
def test_passage_places_its_local_actors(process, name, expected) -> None:
    assert _country(process, _TWO_STATES, name) == expected


def test_sentence_naming_both_states_places_no_one(process) -> None:
    text = ("Storms hit Malawi and Mozambique on Monday. Officials said roads in Blantyre and Beira were closed.\n\n"
            "Aid agencies said the damage was worst near the coast, and engineers from both states met in Harare.")
    assert _country(process, text, "Officials") is None


def test_commentator_not_placed_by_passage(process) -> None:
    text = ("Prices of maize rose sharply in Kenya and Tanzania this month.\n\n"
            "In Tanzania, traders in Arusha said stocks were running low. Analysts said the rise would last "
            "until the next harvest.\n\nKenya's government cut the import duty on grain.")
    assert _country(process, text, "Analysts") is None


def test_publisher_country_not_given_by_passage(process) -> None:
    text = ("The State Department and the Pentagon said on Monday that talks on the arms deal would resume. "
            "Officials said a delegation would travel next week.\n\n"
            "Lawmakers in Congress asked for details of the deal.")
    assert _country(process, text, "Officials") is None


@pytest.mark.parametrize("text,name", [
    ("KAMPALA, Uganda - Uganda and Rwanda signed a trade pact in Kampala on Monday, say leaders of both "
     "countries. The deal cuts duties on coffee and cement in Uganda.", "leaders"),
    ("LIMA, Peru - Floods in Peru swept away roads near Lima on Monday. Officials in the two countries reported "
     "that hundreds of homes near the border with Bolivia were lost.", "Officials in the two countries"),
])
def test_group_of_several_states_takes_none(process, text, name) -> None:
    assert _country(process, text, name) is None


def test_passage_sentence_naming_another_state_places_no_group(process) -> None:
    # the scene sentence names a second state (a meeting abroad): its place is not the group's home
    text = ("Ministers from Sudan and Chad met in Nairobi on Monday to discuss refugees crossing the border. "
            "Delegates said no agreement was reached.\n\nBoth sides promised to meet again in a month.")
    assert _country(process, text, "Delegates") is None


def test_visiting_official_not_placed_by_passage(process) -> None:
    # a person keeps a home of their own: the passage places groups only
    text = ("Drought has hit Somalia and Ethiopia hard this year.\n\n"
            "In Somalia, wells around Baidoa have dried up. John Carter, a visiting envoy, said aid was on "
            "the way.\n\nIn Ethiopia, herders near Gode lost half their cattle.")
    assert _country(process, text, "John Carter") != "SOM"
    assert _country(process, text, "herders") == "ETH"


def test_a_body_of_another_state_leaves_the_scene_in_doubt(process):
    """(lead, round 18) An ambiguous town's state is in doubt when the scene's sentence names a body of another
    state: 'Moscow' beside the University of Idaho places no group in Russia (and the places stage reads the
    town in Idaho: tests/test_places.py::test_a_state_in_the_story_pulls_its_town)."""
    doc = process("Police in Moscow said the students of the University of Idaho were found near campus.", until="actors")
    assert {a.name: a.country for a in doc.actors}.get("Police") != "RUS"
