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
    assert doc.setting in ("UGA", None), _countries(doc)  # not the expert's: he comments from abroad
    assert _countries(doc).get("John Hale") in (None, "GBR")


def test_a_headline_alone_is_no_lede(process) -> None:
    doc = _doc(process, "Two farmers from Kasese hurt in storm")
    assert lede_places(doc, actor_words()) == set()
