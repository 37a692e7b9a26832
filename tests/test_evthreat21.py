"""Round 21 (evthreat21): threats and attacks suffered, read by class on sentences of our own.

- an answer of force announced by its doer is a threat (eventcoding/answered.py): "said it would retaliate if",
  "would respond militarily", "would hit back against", "will be met with force" -> THREATEN, asserted, source the
  one who will answer, target the party its condition or "to"/"against" phrase names (or that phrase's doer)
- an attack told from the victim's side (eventcoding/suffered.py, word class suffering_verbs): "came under
  Russian shelling", "sustained an attack from", "repelled an assault by" -> ASSAULT, target the subject
- an attack by X on Y where the parser hangs "on Y" on the agent (nominal.noun_targets)
- heavy weapons fired (word class fired_weapons): "fired artillery shells into"
- people in arms held captive are executed too (word class executed): "would execute the police officers"

Each row's event was written down before the code ran; negative rows must code nothing of the kind."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status


def _has(events, kind, source, target, status=None) -> bool:
    def holds(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return any(t == kind and holds(s, source) and holds(g, target) and (status is None or st == status)
               for t, s, g, _, st in events)


THREATS = [
    ("Iran said it would retaliate if Israel attacked its oil facilities.", "Iran", "Israel"),
    ("North Korea said it would respond militarily within two days if South Korea did not halt the broadcasts.",
     "North Korea", "South Korea"),
    ("Moscow warned it would respond with force if NATO sent troops to Ukraine.", "Russia", "NATO"),
    ("North Korea said it would respond forcefully to any provocation by South Korea.", "North Korea", "South Korea"),
    ("Iran's foreign minister said Tehran would respond decisively to any Israeli aggression.", "Iran", "Israel"),
    ("\"We will retaliate against Israel,\" a Hamas spokesman said.", "Hamas", "Israel"),
    ("Venezuela said it would hit back against Guyana if its troops crossed the river.", "Venezuela", "Guyana"),
    ("China warned that any move by Taiwan toward independence would be met with force.", "China", "Taiwan"),
    ("\"Any Indian strike will be answered with full force,\" Pakistan's army chief said.", "army chief", "India"),
]


@pytest.mark.parametrize("text,source,target", THREATS)
def test_answer_of_force_is_a_threat(process, text, source, target) -> None:
    events = coded_rule_status(process, text)
    assert _has(events, "THREATEN", source, target, "asserted"), events


@pytest.mark.parametrize("text", [
    "China said it would respond to the proposal next week.",  # no force told
    "The ministry said it would react quickly if the virus spread to Kenya.",
    "Analysts expect Iran to retaliate if Israel strikes.",  # nobody's own word
    "The proposal was met with strong criticism from lawmakers.",
])
def test_no_threat_without_force_or_doer(process, text) -> None:
    events = coded_rule_status(process, text)
    assert not any(e[0] == "THREATEN" for e in events), events


def test_retaliation_done_is_no_threat(process) -> None:
    events = coded_rule_status(process, "Iran retaliated against Israel with a missile barrage in October.")
    assert not any(e[0] == "THREATEN" for e in events), events


SUFFERED = [
    ("Ukrainian troops came under heavy Russian shelling.", "Russia", "Ukrainian troops"),
    ("Israel sustained a massive rocket attack from Hamas on Saturday.", "Hamas", "Israel"),
    ("Iraqi forces repelled an attack by Islamic State militants on the town.", "Islamic State", "Iraqi forces"),
    ("Kenyan soldiers suffered an ambush by al-Shabab near the border.", "al-Shabab", "Kenyan soldiers"),
    ("The Malian army fought off an assault by Tuareg rebels near Kidal.", "Tuareg rebels", "Malian army"),
]


@pytest.mark.parametrize("text,source,target", SUFFERED)
def test_attack_suffered_targets_the_subject(process, text, source, target) -> None:
    events = coded_rule_status(process, text)
    assert _has(events, "ASSAULT", source, target), events


@pytest.mark.parametrize("text", [
    "The minister came under pressure from lawmakers.",
    "Liverpool fought off a late attack from Arsenal.",
])
def test_suffered_negatives(process, text) -> None:
    events = coded_rule_status(process, text)
    assert not any(e[0] == "ASSAULT" for e in events), events


def test_attack_by_agent_on_target(process) -> None:
    events = coded_rule_status(process, "An ambush by al-Shabab militants on Kenyan soldiers left nine dead.")
    assert _has(events, "ASSAULT", "al-Shabab", "Kenyan soldiers"), events


@pytest.mark.parametrize("text,source,target", [
    ("Israel fired dozens of artillery shells into southern Lebanon.", "Israel", "Lebanon"),
    ("South Korea retaliated by firing rounds of artillery into North Korea.", "South Korea", "North Korea"),
])
def test_heavy_weapons_fired(process, text, source, target) -> None:
    events = coded_rule_status(process, text)
    assert _has(events, "ASSAULT", source, target), events


@pytest.mark.parametrize("text", [
    "The company fired dozens of workers.",
    "The crowd fired questions at the minister.",
    "Conservationists say the threatened species needs more protection.",
    "The storm threatens coastal towns in Florida.",
    "A fire broke out in a market in Lagos.",
])
def test_no_force_in_plain_words(process, text) -> None:
    events = coded_rule_status(process, text)
    assert not any(e[0] in ("ASSAULT", "THREATEN") for e in events), events


def test_officers_held_captive_are_executed(process) -> None:
    text = "Boko Haram warned it would execute two captured police officers unless the government freed its commanders."
    events = coded_rule_status(process, text)
    assert any(e[0] == "THREATEN" and "Boko Haram" in " ".join(e[1]) for e in events), events
