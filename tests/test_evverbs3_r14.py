"""Event verbs by class (round 14, evverbs3): aid handed out or delivered (verb:distribute|deliver/@goods_given,
provide|supply X with it), parties and state bodies dissolved (COERCE 1722), restrictions relaxed, loosened or
repealed (CONCEDE 081, also "some of" them: triggers._objects), delegations and envoys sent (CONSULT 042),
cooperation (collaborate, partner, team up with) and trade (import from, export to), encouraging someone to act
(REQUEST), giving in to pressure or refusing to (CONCEDE / REJECT), drills of armed forces (MOBILIZE 150) and bombs
set off (ASSAULT 183), claims disputed or questioned (REJECT of their maker), and a welcome of a deed whose doer
is not named (SUPPORT without a target). Each class has near misses whose object is no actor nor aid nor political object. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _coded(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


def _has(found, source, target=None):
    return any(source in " ".join(src) and (target is None or target in " ".join(tgt)) for src, tgt, _ in found)


@pytest.mark.parametrize("text,kind,source,target,rule", [
    # giving aid
    ("The World Food Programme distributed maize to flood victims in Mozambique.", "AID", "World Food Programme",
     "flood victims", "verb:distribute/@goods_given"),
    ("The United States delivered vaccines to Malawi on Monday.", "AID", "United States", "Malawi",
     "verb:deliver/@goods_given"),
    ("Japan provided Ukraine with generators and blankets.", "AID", "Japan", "Ukraine", "verb:provide/with"),
    ("Germany supplied Ukraine with ammunition and tanks.", "AID", "Germany", "Ukraine", "verb:supply/with"),
    # dissolving and banning
    ("Thailand's Constitutional Court dissolved the Move Forward Party.", "COERCE", "Constitutional Court",
     "Move Forward Party", "verb:dissolve/@dissolved_bodies"),
    # sending envoys
    ("Egypt dispatched an envoy to Sudan.", "CONSULT", "Egypt", "Sudan", "verb:dispatch/@delegations"),
    ("Taiwan sent a delegation to Honduras for the inauguration.", "CONSULT", "Taiwan", "Honduras",
     "verb:send/@delegations"),
    # cooperating and trading
    ("Japan collaborated with the World Health Organization on the vaccine.", "COOPERATE", "Japan",
     "World Health Organization", "verb:collaborate/with"),
    ("Iran imported 1,000 tons of fuel from China.", "COOPERATE", "Iran", "China", "verb:import/from"),
    ("India exported rice to Bangladesh last year.", "COOPERATE", "India", "Bangladesh", "verb:export/to"),
    # encouraging
    ('"I encourage the police to investigate the killing," Kenyan President William Ruto said.', "REQUEST",
     "William Ruto", "police", "verb:encourage/tocomp"),
    # giving in to pressure, or refusing to
    ("Cuba will not succumb to pressure from the United States, the minister said.", "REJECT", "Cuba",
     "United States", "verb:succumb"),
    ('"We will never bow to these threats," Chancellor Greta Lind of Austria said of the rebels.', "REJECT",
     "Greta Lind", None, "verb:bow"),
    ("Pakistan bowed to pressure from the United States and released the prisoner.", "CONCEDE", "Pakistan",
     "United States", "verb:bow/to:@pressures"),
    # disputing a claim: its maker is the target
    ("Russia disputed Ukraine's casualty figures.", "REJECT", "Russia", "Ukraine", "verb:dispute/@disputed"),
    ("Several experts questioned the findings of the WHO.", "REJECT", "experts", "WHO", "verb:question/@disputed"),
    # drills
    ("China conducted military drills near Taiwan on Saturday.", "MOBILIZE", "China", "Taiwan",
     "noun:drills/@drill_kinds"),
])
def test_class_members_code_their_event(process, text, kind, source, target, rule):
    found = _coded(process, text, kind)
    assert _has(found, source, target), coded_rule(process, text)
    assert any(r.startswith(rule) for *_, r in found), coded_rule(process, text)


@pytest.mark.parametrize("text,kind,source,rule", [
    ("Japan loosened its border controls on Monday.", "CONCEDE", "Japan", "verb:loosen/@eased"),
    ("Kenya's parliament repealed the public order act.", "CONCEDE", "parliament", "verb:repeal/@repealed"),
    ("The Italian government started relaxing several of its virus restrictions.", "CONCEDE", "Italy",
     "verb:relax/@eased"),
    ("Al-Shabab militants set off an explosive device outside a hotel in Mogadishu.", "ASSAULT", "Al-Shabab",
     "verb:set/off+@explosives"),
    ("Attackers detonated a car bomb in Kabul during the evening rush hour, police said.", "ASSAULT", "Attackers",
     "verb:detonate/@explosives"),
    ("Relief groups distributed food wherever roads were open.", "AID", "Relief groups", "verb:distribute/@goods_given"),
    # a welcome of a deed whose doer the sentence does not name stands without a target
    ("Amnesty International welcomed the release of the two students.", "SUPPORT", "Amnesty International",
     "verb:welcome/@welcomed"),
])
def test_class_members_stand_without_a_target(process, text, kind, source, rule):
    found = _coded(process, text, kind)
    assert _has(found, source), coded_rule(process, text)
    assert any(r.startswith(rule) for *_, r in found), coded_rule(process, text)


@pytest.mark.parametrize("text,kind", [
    ("The police distributed leaflets to residents.", "AID"),
    ("Kenya provided the court with details of the plan.", "AID"),
    ("The courier delivered the letter to Kenya's embassy.", "AID"),
    ("The sugar dissolved in the water.", "COERCE"),
    ("The athlete relaxed after the race.", "CONCEDE"),
    ("The soldier succumbed to his injuries.", "CONCEDE"),
    ("The scientists collaborated with data from the survey.", "COOPERATE"),
    ("The teacher encouraged her students.", "REQUEST"),
    ("The school held a fire drill on Monday.", "MOBILIZE"),
    ("The miners detonated a charge to open the tunnel.", "ASSAULT"),
    ("Kenya released some of its findings on Monday.", "RETREAT"),
    ("Smith worked with Reuters for ten years before joining the BBC.", "COOPERATE"),
    ("Police questioned the suspect for six hours.", "REJECT"),
    ("China and Vietnam dispute the islands.", "REJECT"),
])
def test_near_misses_code_no_event(process, text, kind):
    assert not _coded(process, text, kind), coded_rule(process, text)


def test_each_word_class_is_defined_once():
    from eventwire.lexicon import table
    from eventwire.stages.eventcoding.words import word_classes

    names = [row["class"].lower() for row in table("event_word_classes.tsv")]
    assert len(names) == len(set(names)), sorted(n for n in set(names) if names.count(n) > 1)
    assert set(word_classes()) == set(names)
