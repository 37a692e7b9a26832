"""The story's setting from its text alone, as a reader finds it in the opening sentences (round 15,
``stages/actors/lede_setting.py``): a country as the lede's subject, a possessive on the subject, the one
state an opening names again and again, a country named as where things happen; none where the opening names two
states in like roles or names a country only on a thing. Stories written for these tests, with no headline."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.lede_setting import lede_setting
from eventwire.stages.actors.words import actor_words


def _doc(process, text: str):
    return process(text, published="2025-05-02", until="actors")


def _countries(doc) -> dict[str, str | None]:
    return {a.name: a.country for a in doc.actors}


@pytest.mark.parametrize("text, setting", [
    # the country is the lede's subject
    ("Chile has doubled its sales of lithium this year. Chilean officials said the rise came from new mines. The "
     "Chilean mining ministry said prices held. A local mayor said the mines had brought work.", "CHL"),
    # a possessive on the subject
    ("Ecuador's electricity company cut power for eight hours a day on Monday. Ecuadorian officials blamed a "
     "drought, and Ecuadorian engineers said repairs would take weeks. The energy ministry said the dams were low. "
     "Shop owners said they were losing money.", "ECU"),
    # a demonym on the subject, and the only state the opening names, again and again
    ("A Norwegian charity for the blind says millions of people could see again with cheap surgery. The "
     "Norwegian group's director said costs had fallen. Norwegian doctors trained nurses to do the work. "
     "Volunteers said the demand was large.", "NOR"),
])
def test_the_opening_gives_the_setting(process, text, setting) -> None:
    doc = _doc(process, text)
    assert lede_setting(doc, actor_words()) == setting
    assert doc.setting == setting, _countries(doc)


def test_a_local_official_named_later_takes_the_setting_of_an_in_lede(process) -> None:
    text = ("Floods have swept away hundreds of homes in Mozambique this week, and aid has been slow to arrive. "
            "Mozambican officials said 12 people had died. The Mozambican army sent boats. "
            "A district administrator, Joana Sitoe, said the water was still rising.")
    doc = _doc(process, text)
    assert doc.setting == "MOZ"
    assert _countries(doc).get("Joana Sitoe") == "MOZ", _countries(doc)


@pytest.mark.parametrize("text", [
    # two states in like roles: a dispute
    "Kenya and Uganda are quarrelling over a small island in Lake Victoria. Kenyan officials said the island was "
    "theirs. Ugandan police raised a flag there. Fishermen said they were afraid to go out.",
    # a demonym on the subject of a body commenting on other states: whose the body is, not where the story is
    "A Danish charity for the deaf says millions of women in Africa cannot find work. In Kenya and Tanzania, deaf "
    "women earn half of what others do. Kenyan teachers said schools were few. Girls said they were kept home.",
    # a summit of several states, held abroad
    "Leaders of Ghana, Senegal and Ivory Coast met in Paris on Thursday to talk about cocoa prices. Ghanaian "
    "officials said prices had fallen. Senegalese ministers asked for loans. A spokesman said the talks would go on.",
])
def test_an_opening_of_several_states_gives_no_setting(process, text) -> None:
    doc = _doc(process, text)
    assert lede_setting(doc, actor_words()) is None
    assert doc.setting is None, _countries(doc)


def test_a_demonym_on_a_thing_is_no_subject(process) -> None:
    # the freighter is Peruvian, but the opening is about a cargo going from one state to another
    text = ("A Peruvian freighter that loaded copper in Chile is sailing to China, ship-tracking data show. The "
            "freighter left the port on Monday. Analysts said the cargo was large.")
    assert lede_setting(_doc(process, text), actor_words()) is None


def test_the_one_state_named_as_a_place_sets_the_story(process) -> None:
    # a hyphenated state the parser may tag badly, named as where the work happens; a foreign scientist and
    # two neighbours named once do not make it a story of several states
    text = ("Shepherds have long spoken of a deep cave under the mountains, and cavers have now mapped it. Traders "
            "from Croatia and Serbia once sheltered in its mouth. The survey, the longest ever made in "
            "Bosnia-Herzegovina, ended in March. Bosnia-Herzegovina has few show caves, and Bosnia-Herzegovina "
            "plans to open one. The shepherd Adnan Hadzic said the cave was as deep as the old men claimed. Lena "
            "Vogel from the German Speleological Federation said the chambers looked untouched.")
    doc = _doc(process, text)
    assert doc.setting == "BIH", {a.name: a.country for a in doc.actors}
    assert _countries(doc).get("Adnan Hadzic") == "BIH"


def test_two_states_named_as_places_set_nothing(process) -> None:
    text = ("A cave that runs under the border of two of today's states has been mapped by cavers. Surveys were "
            "made in Montenegro and in Bosnia-Herzegovina this year. Montenegro and Bosnia-Herzegovina both plan "
            "show caves. Montenegro's tourism minister and Bosnia-Herzegovina's tourism minister walked its "
            "halls. Local officials said the cave was huge. Mira Kovac, a shepherd, said the cave was as "
            "deep as the old men claimed.")
    assert _doc(process, text).setting is None
