"""Event verbs the lexicons lacked or the parser hid (round 12, issue 15: recall on unseen news): a pardon of
persons, approving or backing another party's plan, backing a party, freezing a party's assets, "assist" as
"help", backing by armed forces as military cooperation (requirement doer:), and a perfect tense the parser
read as "have" + an adjective ("have since barred reporters": nlp/participles.py). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _coded(process, text, kind):
    return {(src, tgt) for k, src, tgt, _ in coded_rule(process, text) if k == kind}


@pytest.mark.parametrize("text,kind,source,target", [
    ("King Vajiralongkorn pardoned 300 prisoners on Monday.", "RETREAT", "Vajiralongkorn", "prisoners"),
    ("Germany approved France's proposal for a joint fund.", "SUPPORT", "Germany", "France"),
    ("India backs Britain's plan to hand over the islands.", "SUPPORT", "India", "United Kingdom"),
    ("Russia backed Assad throughout the war.", "SUPPORT", "Russia", "Assad"),
    ("Prosecutors froze the assets of the Daily Nation last year.", "COERCE", "Prosecutors", "Daily Nation"),
    ("Norway assisted Ethiopia with food and medicine last year.", "AID", "Norway", "Ethiopia"),
])
def test_a_political_verb_between_two_parties_is_coded(process, text, kind, source, target):
    found = _coded(process, text, kind)
    assert any(source in src and target in tgt for src, tgt in found), coded_rule(process, text)


@pytest.mark.parametrize("text,kind", [
    ("The governor pardoned the delay in the report.", "RETREAT"),  # only persons are pardoned
    ("The parliament approved the budget on Tuesday.", "SUPPORT"),  # no party owns what is approved
    ("The rebels backed away from the talks on Sunday.", "SUPPORT"),
    ("The government froze fuel prices last year.", "COERCE"),  # prices are no holdings of a party
])
def test_the_same_verbs_without_a_party_on_the_other_side_are_no_event(process, text, kind):
    assert not _coded(process, text, kind), coded_rule(process, text)


@pytest.mark.parametrize("text,pairs", [
    ("Iraqi troops, backed by American warplanes and Kurdish fighters, entered Mosul on Sunday.",
     # since round 28 a country's warplanes that act are its military, a group of their own (craft_bodies), as the
     # Kurdish fighters are; before, the demonym gave the state
     [("American warplanes", "Iraqi troops"), ("Kurdish fighters", "Iraqi troops")]),
    ("The Malian army, supported by local militias, attacked the rebels.", [("local militias", "Malian army")]),
    ("The French military backed the Chadian army during the offensive.", [("French military", "Chadian army")]),
])
def test_backing_by_armed_forces_is_military_cooperation(process, text, pairs):
    found = _coded(process, text, "COOPERATE")
    for source, target in pairs:
        assert any(source in src and target in tgt for src, tgt in found), coded_rule(process, text)
    assert not _coded(process, text, "SUPPORT")


def test_backing_by_a_government_stays_support(process):
    text = "Washington backed Kyiv in its dispute with Moscow."
    assert not _coded(process, text, "COOPERATE")
    assert any("Ukraine" in tgt for _, tgt in _coded(process, text, "SUPPORT")), coded_rule(process, text)


# ---- a perfect tense read as "have" + an adjective (nlp/participles.py) --------------------------------

def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,verb,obj", [
    ("Kenyan authorities have since banned traders from crossing the border.", "banned", "traders"),
    ("The ministry had since barred reporters from the hearing.", "barred", "reporters"),
    ("The junta has since detained journalists in the capital.", "detained", "journalists"),
])
def test_a_participle_after_have_heads_its_clause(nlp, text, verb, obj):
    doc = nlp(text)
    part = _word(doc, verb)
    assert part.dep_ not in ("amod", "compound")
    assert any(c.dep_ == "nsubj" for c in part.children)
    assert _word(doc, obj).head.i == part.i and _word(doc, obj).dep_ == "dobj"


@pytest.mark.parametrize("text,word", [
    ("We have seven orphaned lambs at the farm.", "orphaned"),  # a number stands between: possession
    ("Researchers have a repeated measure of blood sugar.", "repeated"),  # a determiner stands between
])
def test_a_participle_inside_a_noun_phrase_after_have_stays_an_adjective(nlp, text, word):
    assert _word(nlp(text), word).dep_ in ("amod", "compound")


def test_the_repaired_perfect_tense_is_coded(process):
    text = "Sudanese authorities have since detained dozens of protesters."
    assert any("protesters" in tgt for _, tgt in _coded(process, text, "COERCE")), coded_rule(process, text)
