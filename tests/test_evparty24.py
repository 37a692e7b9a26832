"""Round 24, evparty24: events found with the party named otherwise than a careful coder names it. Sentences
written for these tests; what a careful coder records was written down before the runs.

- A judged thing told as a passive's subject: its maker, told by the participle's "by" agent on it or by an
  earlier act that put it forward, is the judgement's target, as for the active's object ("a plan drafted by
  Qatar was rejected by Israel" -> Qatar, as "Israel rejected a plan drafted by Qatar"). Negative rows: a thing
  whose maker the text does not tell, and a passive subject that is itself an actor.
- A rejection told in a clause hanging on a claim noun that sums up what someone said or alleged in the same
  sentence ("Ukraine says Russian troops shelled a hospital, a claim Moscow denies") answers that teller, whom
  the claim accused or not. Negative rows: a claim nobody in the sentence tells, a content clause ("the claim
  that ...": what the claim says, not who made it).
- A call for the release of a person the article describes as held by a state ("jailed", "imprisoned": word class
  held_describers), with no arrest coded before, is made of the state of the person's country, as a call about
  an arrest is. Negative rows: a person told as kidnapped (freed by captors), a describer on someone else.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _found(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


@pytest.mark.parametrize("text, kind, source, target", [
    ("A peace plan drafted by Qatar was rejected by Israel on Sunday.", "REJECT", "Israel", "Qatar"),
    ("A ceasefire proposal put forward by Kenya was welcomed by the African Union.", "SUPPORT", "African Union",
     "Kenya"),
    ("Turkey unveiled a plan for the border on Monday. The plan was rejected by Greece a day later.", "REJECT",
     "Greece", "Turkey"),  # put forward in the sentence before
    ("The trade deal signed by Vietnam last year has been criticized by Cambodia's opposition party.", "ACCUSE",
     "opposition party", "Vietnam"),  # perfect passive
])
def test_passive_judged_thing_targets_its_maker(process, text, kind, source, target) -> None:
    found = _found(process, text, kind)
    assert any(source in " ".join(s) and target in " ".join(t) and "maker" in rule for s, t, rule in found), found


@pytest.mark.parametrize("text, kind, source", [
    ("The proposal was rejected by Greece on Sunday.", "REJECT", "Greece"),  # no maker told
    ("The new budget was condemned by rights groups in Uganda.", "ACCUSE", "rights groups"),  # no maker told
])
def test_passive_judged_thing_without_maker_has_no_target(process, text, kind, source) -> None:
    found = _found(process, text, kind)
    assert any(source in " ".join(s) for s, _, _ in found), found
    assert all(not t for s, t, _ in found if source in " ".join(s)), found


def test_passive_actor_subject_is_the_target_not_a_maker(process) -> None:
    found = _found(process, "Hamas was condemned by the European Union on Friday.", "ACCUSE")
    assert any("European Union" in " ".join(s) and "Hamas" in " ".join(t) for s, t, _ in found), found
    assert all("maker" not in rule for _, _, rule in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Ukraine says Russian troops shelled a hospital, a claim Moscow denies.", "Russia", "Ukraine"),
    ("Opposition leaders in Kenya and foreign observers have alleged that the police rigged the vote in Nairobi, "
     "charges the Kenyan election board denied.", "election board", "Opposition leaders"),  # the noun as head
    ("Amnesty International said Nigerian soldiers killed villagers in Borno, accusations the army rejected on "
     "Friday.", "army", "Amnesty International"),
    ("Russia said its forces had taken the town, a claim Ukraine denied.", "Ukraine", "Russia"),
])
def test_claim_summing_a_clause_answers_its_teller(process, text, source, target) -> None:
    found = _found(process, text, "REJECT")
    assert any(source in " ".join(s) and target in " ".join(t) and "teller" in rule for s, t, rule in found), found


@pytest.mark.parametrize("text, source", [
    ("Egypt's Interior Ministry denied the charges on Monday.", "Interior Ministry"),  # nobody tells them
    ("The senator rejected the claim that Kenya had bought the weapons.", "senator"),  # content clause
])
def test_claim_without_teller_in_sentence_has_no_target(process, text, source) -> None:
    found = _found(process, text, "REJECT")
    assert any(source in " ".join(s) for s, _, _ in found), found
    assert all(not t for s, t, _ in found if source in " ".join(s)), found


@pytest.mark.parametrize("text, source, target", [
    ("The State Department said the United States calls for imprisoned Vietnamese activist Tran Van Lam's "
     "release.", "United States", "Vietnam"),  # a possessor's release
    ("Jailed Iranian lawyer Leila Ahmadi won a human rights prize on Monday. France called for the release of "
     "Leila Ahmadi.", "France", "Iran"),  # described in the sentence before
])
def test_release_of_person_told_as_held_is_asked_of_their_state(process, text, source, target) -> None:
    found = _found(process, text, "REQUEST")
    assert any(source in " ".join(s) and target in " ".join(t) for s, t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("The kidnapped Nigerian pastor John Okafor has not been seen since May. The Vatican called for his release.",
     "Vatican"),  # captors free hostages
    ("The jailed Iranian lawyer's colleague Reza Karimi spoke on Monday. France called for Karimi's release.",
     "France"),  # the describer is on someone else
])
def test_release_of_person_not_told_as_held_has_no_state_target(process, text, source) -> None:
    found = _found(process, text, "REQUEST")
    assert any(source in " ".join(s) for s, _, _ in found), found
    assert all(not t for s, t, _ in found if source in " ".join(s)), found
