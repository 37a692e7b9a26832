"""Accusations and demands voiced in reported speech with no verb of accusing or asking (round 27, evspeech27).

A state named by a word before a wrong of conduct ("Russian aggression", "Chinese lawfare") in what a speaker
claims is the doer of the wrong: the speaker accuses that state (claims reader, owned wrongs). Near misses: the
writer's own sentence, a wrong denied, a state after "anti" (the wronged), a people before the noun. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _accusations(process, text: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == "ACCUSE"]


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


@pytest.mark.parametrize("text, source, target", [
    ("Senator Maria Lopez said the agreement rewards Russian aggression and betrays Ukraine.", "Lopez", "Russia"),
    ('"This deal simply bows to Chinese lawfare," said Representative Tom Harlan of Ohio.', "Harlan", "China"),
    ("Prime Minister Alan Briggs told reporters that Iranian meddling in the region had to end.", "Briggs", "Iran"),
    ("Ona Kaziene, the mayor of Vilnius, argued that Belarusian harassment of truck drivers was growing.",
     "Kaziene", "Belarus"),
])
def test_a_state_named_before_a_wrong_in_a_claim(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text, party", [
    ("Russian aggression against Georgia began in 2008, according to the book's timeline.", "Russia"),
    ('"There was no Iranian interference in the vote," the minister said.', "Iran"),
    ("Activist Lina Chen said anti-Chinese discrimination had grown in the city since the pandemic.", "China"),
    ("Rights lawyer Omar Haddad said Kurdish discrimination in hiring had long been ignored by employers.",
     "Kurd"),
])
def test_no_accusation_of_a_state_not_blamed(process, text, party) -> None:
    found = _accusations(process, text)
    assert not any(_names(t, party) for _, _, t, _ in found), found


# A noun of displeasure said of a "that" clause by a copula (grievances.felt, grievance_words.tsv feeling_noun); a
# word for how someone acts before a thing a named party owns (speech judgements, grievance_words.tsv judging); a
# word that judges only a party it is said of ("dangerous": speech_judgements.tsv reading "party").
@pytest.mark.parametrize("text, source, target, rule", [
    ('"It is a shame that the Kenyan government has ignored the court," said Amina Yusuf of Human Rights Watch.',
     "Amina Yusuf", "Kenya", "grievance:feeling_noun/shame"),
    ("Amnesty International researcher Joan Miller said it was an outrage that the Iranian police kept the "
     "students overnight.", "Joan Miller", "Iranian police", "grievance:feeling_noun/outrage"),
    ('"The Egyptian government\'s ruthless response will only anger farmers," said Ravi Singh of Amnesty '
     "International.", "Ravi Singh", "Egypt", "speech:judge/ruthless"),
    ('"The Venezuelan government has become dangerous," said Senator Joan Miller of Florida.', "Joan Miller",
     "Venezuela", "speech:judge/dangerous"),
    ("Tendai Moyo of the Democratic Alliance says he fears the ruling parties of Africa are becoming bolder - "
     "and more dangerous.", "Tendai Moyo", "ruling parties", "speech:judge/dangerous"),
])
def test_a_judgement_voiced_without_a_verb_of_accusing(process, text, source, target, rule) -> None:
    found = _accusations(process, text)
    assert any(_names(s, source) and _names(t, target) and r == rule for _, s, t, r in found), found


@pytest.mark.parametrize("text, rule", [
    ('"It is not a shame that the Kenyan government met the rebels," said Leo Grant of Human Rights Watch.',
     "grievance:feeling_noun"),
    ('"It is a shame that so many reporters were detained by Iraq," said Amina Yusuf of Human Rights Watch.',
     "grievance:feeling_noun"),
    ('"The situation in the capital is dangerous," said Senator Joan Miller of Florida.', "speech:judge/dangerous"),
    ('"The Venezuelan government is not dangerous," said Senator Joan Miller of Florida.', "speech:judge/dangerous"),
    ('"Is the Venezuelan government dangerous?" asked Senator Joan Miller of Florida.', "speech:judge/dangerous"),
    ('"Bandits make the northern roads dangerous for the Nigerian army," said Senator Joan Miller of Florida.',
     "speech:judge/dangerous"),
])
def test_no_judgement_denied_asked_or_of_a_thing(process, text, rule) -> None:
    found = _accusations(process, text)
    assert not any(r.startswith(rule) for _, _, _, r in found), found


# A state judged by one of its own people who does not speak for it (grievances._own_side): a lawyer or an opposition
# member of the country may be dismayed at what its government did; a minister of the state speaks for it.
def test_a_compatriot_who_does_not_speak_for_the_state_may_judge_it(process) -> None:
    text = '"It is a shame that the Kenyan government has ignored the court," said Amina Yusuf, a lawyer in Nairobi.'
    found = _accusations(process, text)
    assert any(_names(s, "Amina Yusuf") and _names(t, "Kenya") for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    '"It is a shame that the Kenyan police ignored the court," said Kenyan Interior Minister Amina Yusuf.',
    '"It is a shame that the Kenyan army ignored the court," said Kenya\'s defence ministry.',
])
def test_a_state_person_does_not_accuse_the_state(process, text) -> None:
    found = _accusations(process, text)
    assert not any(_names(t, "Kenya") for _, _, t, r in found if r.startswith("grievance:")), found


def test_a_claim_of_a_minority_against_its_state(process) -> None:
    for text, source in [("Kurdish activists in Turkey say they face harassment by the government in Ankara.",
                          "Kurdish activists"),
                         ("Turkish rights lawyer Deniz Kaya said she faced harassment by the government in Ankara.",
                          "Deniz Kaya")]:
        found = [e for e in _accusations(process, text) if e[3].startswith("claim:")]
        assert any(_names(s, source) and _names(t, "Turkey") for _, s, t, _ in found), found


def test_a_state_voice_claims_no_wrong_of_its_own_state(process) -> None:
    text = "Sri Lankan Interior Minister Ravi Perera said the army faced harassment by the government in Colombo."
    found = [e for e in _accusations(process, text) if e[3].startswith("claim:")]
    assert not any(_names(t, "Sri Lanka") for _, _, t, _ in found), found
