"""Round 17, setting7: a story whose text names no place that sets it is set by the state whose own offices
and bodies act and speak in it (``body_setting``): a demonym on a national body or official ('Somali
officials', 'Kenyan police'), a country's possessive on one ("Nigeria's electoral commission"), a leader the
knowledge base places; weighed against every other state the story names (a story of two states sets
none), and never against a place of another state; a state's envoys and embassies say where it sends them,
not where the story is. Stories written for these tests, with what a careful coder records written first."""
from __future__ import annotations

import pytest

from eventwire.stages.actors import body_setting
from eventwire.stages.actors.words import actor_words


def _countries(process, text: str) -> dict[str, str | None]:
    doc = process(text, published="2025-03-01", until="actors")
    return {a.name: a.country for a in doc.actors}


@pytest.mark.parametrize("text, expected", [
    ("At least ten people were killed when a car bomb exploded near a market on Tuesday, Somali officials said. "
     "Witnesses said the blast destroyed several shops. Police blamed al-Shabab. Residents fled the area.",
     {"Witnesses": "SOM", "Police": "SOM", "Residents": "SOM"}),
    ("Kenyan police arrested twelve men suspected of smuggling ivory on Friday. Officers said the men had hidden "
     "tusks in a truck.", {"Officers": "KEN"}),
    ("President William Ruto on Monday ordered an inquiry into the deaths of six protesters. Witnesses said "
     "police fired live rounds at the crowd. Opposition leaders called for a general strike.",
     {"Witnesses": "KEN", "police": "KEN", "Opposition leaders": "KEN"}),
    ("Nigeria's electoral commission postponed the governorship vote in two states on Saturday. Police said "
     "the situation was calm.", {"Police": "NGA"}),
    ("The Pakistani army said it killed eight militants in a raid on Wednesday. Local elders said two children "
     "were among the dead.", {"Local elders": "PAK"}),
    # the state named by its government, or as the subject by a possessive on an office
    ("The Ethiopian government declared a state of emergency on Friday after days of clashes in the north. "
     "Residents said telephone lines had been cut.", {"Residents": "ETH"}),
    ("Colombia's defense minister said on Thursday that rebels had killed two soldiers in an ambush. Villagers "
     "said the fighting lasted several hours.", {"Villagers": "COL"}),
    ("Iraqi security forces fired tear gas at protesters on Sunday, medical sources said. Demonstrators "
     "demanded jobs and an end to corruption.", {"Demonstrators": "IRQ"}),
])
def test_a_state_s_own_bodies_set_the_story(process, text, expected) -> None:
    found = _countries(process, text)
    for name, code in expected.items():
        assert found.get(name) == code, (name, found)


@pytest.mark.parametrize("text, expected", [
    # a story of a war with a foreign state's comment: the locals are not made the commenting state's
    ("Syrian government forces shelled several villages on Sunday, killing at least nine civilians, witnesses "
     "said. U.S. officials said the attack violated the ceasefire. Residents said hundreds of families had fled.",
     {"U.S. officials": "USA", "witnesses": None, "Residents": None}),
    # two states at odds: neither sets the story
    ("U.S. officials said on Thursday that talks with Iran had stalled. Iranian diplomats accused Washington of "
     "bad faith. Analysts said a deal was unlikely this year.", {"Analysts": None}),
    # an international body and its staff stay without a country
    ("The World Food Programme said on Monday that it would cut rations for refugees. A spokesman for the agency "
     "said funding had fallen by half. Aid workers said families were already going hungry.",
     {"World Food Programme": None, "A spokesman for the agency": None}),
    # a foreign envoy keeps his state, and sets nothing
    ("A Chinese envoy met Sudanese officials on Monday for talks about the fighting. The envoy urged both sides "
     "to agree a truce. Witnesses said gunfire continued in the capital.",
     {"A Chinese envoy": "CHN", "Sudanese officials": "SDN", "Witnesses": None}),
    # a state's forces in a story another state's town sets: the town's state, not the forces'
    ("Russian forces struck power stations overnight, Ukrainian officials said. Residents of Kharkiv spent "
     "the night in shelters.", {"Russian forces": "RUS"}),
])
def test_the_setting_by_bodies_keeps_the_safeguards(process, text, expected) -> None:
    found = _countries(process, text)
    for name, code in expected.items():
        assert found.get(name) == code, (name, found)


def test_another_state_named_as_a_place_sets_none(process) -> None:
    text = ("Somali officials said on Tuesday that the talks had stalled. Witnesses in Nairobi said the delegates "
            "left early.")
    doc = process(text, published="2025-03-01", until="actors")
    assert doc.setting != "SOM"


def test_bodies_score_by_their_sentence_and_skip_quotations(process) -> None:
    doc = process('Kenyan police arrested two men on Friday. A farmer said: "The Ugandan army came at night." '
                  'The men were charged on Monday.', published="2025-03-01", until="actors")
    scores = body_setting.body_scores(doc, actor_words())
    assert scores.get("KEN", 0) > 0 and "UGA" not in scores
    assert body_setting.body_setting(doc, actor_words(), [], {"KEN": 1}, set()) == "KEN"
    assert body_setting.body_setting(doc, actor_words(), [], {"KEN": 1, "UGA": 1}, set()) is None
    assert body_setting.body_setting(doc, actor_words(), ["UGA"], {"KEN": 2}, set()) is None


def test_a_states_envoy_sets_nothing(process) -> None:
    """An envoy says where his state sends him (posted_abroad_nouns.txt), not where the story is: the locals of a
    story whose only national official is a foreign envoy take no country from him."""
    text = "A Chinese envoy met officials on Monday to discuss the fighting. Witnesses said gunfire continued."
    doc = process(text, published="2025-03-01", until="actors")
    assert "CHN" not in body_setting.body_scores(doc, actor_words())
    found = {a.name: a.country for a in doc.actors}
    assert found.get("A Chinese envoy") == "CHN" and found.get("Witnesses") is None, found


@pytest.mark.parametrize("text, word, acting", [
    ("Kenya closed its border on Monday.", "Kenya", True),
    ("Colombia's defense minister resigned on Monday.", "Colombia", True),
    ("A Danish charity said on Monday that it would leave.", "Danish", False),  # a demonym on the subject
    ("Officials flew to Kenya on Monday.", "Kenya", False),
])
def test_a_state_acts_as_the_subject(process, text, word, acting) -> None:
    from eventwire.stages.actors.lede_setting import subject_role

    doc = process(text, published="2025-03-01", until="actors")
    tok = next(t for t in doc.tokens() if t.text == word)
    assert subject_role(tok) is acting
