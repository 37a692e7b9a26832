"""The setting of a story whose stage found none, from its lede read past a headline and a date line (round 27,
``stages/actors/setting.py``: ``lede_places``): the place the lede's people come from, a small town named with
its kind, every other mention pointing to that state but places one goes to; none where the story is of two
states, of an international body, or its lede's places are not that state's. Stories written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.setting import lede_places
from eventwire.stages.actors.words import actor_words


def _doc(process, text: str):
    return process(text, published="2025-05-02", until="actors")


def _countries(doc) -> dict[str, str | None]:
    return {a.name: a.country for a in doc.actors}


_TRIAL = ("Couple on trial over infant son's death\n\nMonday, March 2, 2015\n\n"
          "Peter Wallace, 40, and his wife Anne Wallace, 38, from Perth, Australia, are on trial for neglect of "
          "their infant son. The prosecutor told the court the boy had been ill for months. Their lawyer said the "
          "parents had acted in good faith. The family had taken him on a holiday to Thailand.")


@pytest.mark.parametrize("text, setting", [
    # headline and date line before the lede; the lede's people come from a town of the state; a trip abroad
    (_TRIAL, "AUS"),
    # a small town named with its kind, in the lede, and no other state
    ("Gunmen killed four farmers in the village of Kasese on Sunday, a local official said. Police said they "
     "had arrested two men. Residents said the attackers came at night. The district commissioner said patrols "
     "would increase.", "UGA"),
])
def test_a_lede_sets_a_story_the_stage_left_without_one(process, text, setting) -> None:
    doc = _doc(process, text)
    assert setting in lede_places(doc, actor_words())
    assert doc.setting == setting, _countries(doc)


@pytest.mark.parametrize("text, setting, placed", [
    # a province named with its kind, as a compound ('in X province'), the one place of a story without a state
    ("At least nine people died when a bus plunged into a ravine in Nangarhar province on Tuesday, officials said. "
     "The provincial police spokesman said the driver lost control on a mountain road. Residents helped pull "
     "survivors from the wreck. The governor's office said an inquiry had begun.", "AFG", "Residents"),
    # named by its adjective only: the state's police as the lede's subject, no other state in the story
    ("Kenyan police said Monday they had arrested five men over the killing of a businessman. Officers said the "
     "men were caught with weapons. Local leaders called for calm. The county commissioner said security would be "
     "tightened.", "KEN", "Local leaders"),
    # 'the northern region of X', 'the eastern city of X': a place named with its kind
    ("Floods have killed at least 30 people in the northern region of Sokoto, emergency officials said Thursday. "
     "Rescue workers said hundreds of homes had been washed away. Farmers said their crops were destroyed.",
     "NGA", "Rescue workers"),
    ("Police in the eastern city of Goma said Friday that a grenade attack on a market killed three people. "
     "Witnesses said two men threw the device. The provincial governor ordered an inquiry.", "COD", "Witnesses"),
    # 'through the streets of X': a capital, where things happen
    ("Hundreds of teachers marched through the streets of Lilongwe on Monday demanding higher pay. Police fired "
     "tear gas at the marchers, witnesses said. Parents said schools had been closed for a week.", "MWI", "witnesses"),
])
def test_a_story_named_by_its_places_or_its_police_sets_its_locals(process, text, setting, placed) -> None:
    doc = _doc(process, text)
    assert doc.setting == setting, _countries(doc)
    assert _countries(doc).get(placed) == setting, _countries(doc)


def test_an_embassy_of_another_state_does_not_unset_the_lede_place(process) -> None:
    text = ("Gunmen killed at least 12 people in an attack on a village in Nangarhar province overnight, local "
            "officials said Sunday. Residents said the gunmen went from house to house. Doctors at the regional "
            "hospital said eight wounded people were being treated. The United States embassy condemned the attack. "
            "Witnesses said the victims were taken to the mosque.")
    doc = _doc(process, text)
    assert doc.setting == "AFG", _countries(doc)
    assert _countries(doc).get("Doctors") == "AFG" and _countries(doc).get("United States") == "USA"


def test_an_analyst_abroad_does_not_unset_a_small_town_story(process) -> None:
    text = ("Gunmen killed 14 villagers overnight in the village of Kasese, local officials said Sunday. Jane Mills, an "
            "analyst at a London think tank, said the attacks were rising. Police said the bodies had been taken to "
            "the morgue. Residents said they had fled into the forest.")
    doc = _doc(process, text)
    assert doc.setting == "UGA", _countries(doc)
    assert _countries(doc).get("Jane Mills") == "GBR" and _countries(doc).get("Police") == "UGA"


def test_residents_of_a_town_as_the_lede_subject(process) -> None:
    text = ("Residents of Maiduguri say power cuts have lasted for weeks after insurgents attacked a power line. "
            "Traders said they were losing money. A local official said soldiers were guarding the site.")
    doc = _doc(process, text)
    assert doc.setting == "NGA", _countries(doc)


def test_a_lede_place_in_a_story_of_another_state_sets_nothing(process) -> None:
    text = ("American aid officials in Kandahar said Monday that Washington would cut its funding. The U.S. State "
            "Department said the money would go to other programs. American lawmakers in the U.S. Congress asked "
            "for a review. A U.S. official said the decision was final.")
    doc = _doc(process, text)
    assert doc.setting != "AFG", _countries(doc)


@pytest.mark.parametrize("text", [
    # the police of one state and men of another: two states
    ("Kenyan police said Monday they had arrested five Ugandan men over the killing of a businessman. Officers said "
     "the men were caught with weapons. Local leaders called for calm."),
    # a charity, not a state body, as the subject placed by its adjective
    ("A Danish charity for the blind said Tuesday that millions of people could see again with cheap surgery. Its "
     "director said costs had fallen. Volunteers said the demand was large."),
    # officials of two states meeting in a border town: their origins count, the town sets no one state
    ("Officials from Uganda and Kenya met in the town of Busia on Monday to discuss trade at the border. Traders "
     "said delays at the crossing cost them money. A lorry driver said he had waited three days."),
])
def test_no_setting_for_two_states_or_a_charity_named_by_adjective(process, text) -> None:
    doc = _doc(process, text)
    assert doc.setting is None, _countries(doc)


def test_the_prosecutor_of_a_trial_story_takes_its_setting(process) -> None:
    doc = _doc(process, _TRIAL)
    assert _countries(doc).get("prosecutor") in ("AUS", None)  # (named by a description: may not be an actor)
    assert all(c in ("AUS", "THA", None) for c in _countries(doc).values())


def test_people_from_one_state_hurt_in_another_do_not_set_it_at_home(process) -> None:
    doc = _doc(process, "Two cyclists from Perth, Australia, were hurt in a crash during a race. Indonesian police "
                        "said a truck hit them near Bandung. Indonesian doctors said the men were stable. The "
                        "organisers said the race would go on.")
    assert doc.setting != "AUS", _countries(doc)  # the lede's origin sets no story that points elsewhere


@pytest.mark.parametrize("text", [
    # a UN body in a country: the lede names the body, not a place of a state
    ("The United Nations refugee agency said on Tuesday that it needed more money for its camps. A spokesperson "
     "said donors had cut their gifts. Aid workers said food was short. The agency said it would ask again."),
])
def test_no_setting_from_a_lede_of_a_world_body(process, text) -> None:
    doc = _doc(process, text)
    assert doc.setting is None, _countries(doc)


def test_an_expert_abroad_keeps_no_country_from_the_lede(process) -> None:
    text = ("Three miners from the town of Kasese were trapped underground on Friday, rescuers said. Workers dug "
            "through the night. John Hale, a mining expert at a British university, said the shafts were old. "
            "Rescuers said they had reached the men.")
    doc = _doc(process, text)
    assert doc.setting in ("UGA", None), _countries(doc)  # not the expert's: he comments from abroad (his
    # university counts as a second mention of his state: the lede's one place does not lead it twice over)
    assert _countries(doc).get("John Hale") in (None, "GBR")


def test_a_headline_alone_is_no_lede(process) -> None:
    doc = _doc(process, "Two farmers from Kasese hurt in storm")
    assert lede_places(doc, actor_words()) == set()


@pytest.mark.parametrize("owner, setting", [
    ("The U.N. children's agency", None),  # a world body's spokesperson: the body's, no country
    ("The district council", "UGA"),  # a local body's spokesperson: the setting's
])
def test_its_spokesperson_follows_the_body(process, owner, setting) -> None:
    text = (f"{owner} said Friday that floods in the district of Kasese had cut off thousands of families. Its "
            "spokesperson said water was short. Aid workers said roads were closed.")
    doc = process(text, published="2025-05-02")  # (the spokesperson is added by the speakers' step)
    assert doc.setting == "UGA", _countries(doc)
    assert _countries(doc).get("Its spokesperson") == setting, _countries(doc)
