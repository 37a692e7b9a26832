"""Verbal conflict in what people say and write (round 25, accuse25): a speaker's negative judgement of a named
party's conduct, doubts raised about a party, displeasure at what a party did, and a failing owned by a party,
coded ACCUSE of the party by the speaker; near misses (harm told without blame, praise, a neutral assessment, the
speaker's own side, a word negated or under a condition) code nothing. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _accusations(process, text: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == "ACCUSE"]


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


@pytest.mark.parametrize("text, source, target, rule", [
    # a judging adjective said of a party's deed (grievance_words.tsv judging, read by the speech judgements)
    ("Senator Maria Lopez said Chile's response to the fires had been clumsy and unthinking.",
     "Maria Lopez", "Chile", "speech:judge/"),
    ('"The Danish ministry\'s new rules are draconian," said Lars Holm, a spokesman for the farmers\' union.',
     "Lars Holm", "Denmark", "speech:judge/"),
    # a failing owned by a party, in what a speaker says (failing, read as a wrong by the claims reader)
    ("The Orange Democratic Movement said President William Ruto's failure to act had cost lives.",
     "Orange Democratic Movement", "William Ruto", "claim:"),
    ("Analyst Maria Santos said Iran's mismanagement of the economy had cost jobs.",
     "Maria Santos", "Iran", "claim:"),
    # a noun for who criticizes a party (grievances.critics): the critics named, an apposition, a copula
    ("The plan drew fire from critics of Argentine President Javier Milei's economic policies.",
     "critics", "Javier Milei", "grievance:critic/"),
    ("Alexei Navalny, a fierce critic of Vladimir Putin, was jailed in 2021.",
     "Alexei Navalny", "Vladimir Putin", "grievance:critic/"),
    ("Maria Lopez is a longtime critic of Nicolas Maduro.", "Maria Lopez", "Nicolas Maduro", "grievance:critic/"),
    # a verb of a wrong told in a claim (misdeed, read by the claims reader)
    ("Human Rights Watch said the Hungarian government had undermined the independence of the courts.",
     "Human Rights Watch", "Hungary", "claim:"),
    ("Senator Maria Lopez claimed the Central Bank of Chile suppressed the audit.",
     "Maria Lopez", "Central Bank of Chile", "claim:"),
    ("A United Nations envoy said the Sudanese army's violence against protesters in Khartoum had grown.",
     "United Nations envoy", "Sudanese army", "claim:"),
    # doubts raised about a party's thing (grievances.doubted): the subject a thing, the speaker the quote's
    ('"The winter blackouts have raised questions about France\'s energy planning," said senator '
     'Anne Dupont.', "Anne Dupont", "France", "grievance:doubt/"),
    # the subject a named party
    ("Amnesty International raised questions about Egypt's treatment of detained journalists.",
     "Amnesty International", "Egypt", "grievance:doubt/"),
    ("The European Commission cast doubt on Hungary's commitment to the reforms.",
     "European Commission", "Hungary", "grievance:doubt/"),
    ("Amnesty International has serious doubts about Egypt's handling of the trial.",
     "Amnesty International", "Egypt", "grievance:doubt/"),
    # a verb of doubt taking a party's thing (grievances.questioned)
    ("Independent economists questioned the Turkish central bank's independence.",
     "economists", "Turkish central bank", "grievance:doubting/"),
    # displeasure at what a party did, told in a "that" clause (grievances.felt)
    ('"I am disappointed that FIFA gave the final to Mexico," Mayor John Carter of Seattle said.',
     "John Carter", "FIFA", "grievance:feeling/"),
    ("Human Rights Watch said it was dismayed that the Peruvian government kept the nurses waiting for their pay.",
     "Human Rights Watch", "Peru", "grievance:feeling/"),
    ("The Kenya Human Rights Commission was outraged that the Kenyan police had fired on students.",
     "Kenya Human Rights Commission", "police", "grievance:feeling/"),
    # an adjective of criticism on a work someone put out (grievances.published_criticism)
    ("The Guardian published an editorial sharply critical of Israel's blockade.",
     "Guardian", "Israel", ""),
    # who directs a deed from afar, placed by a speaker in a country (grievances.directed_from)
    ("Pakistani military spokesman Ahmed Khan claimed the bombers had been in contact with handlers in India.",
     "Ahmed Khan", "India", "grievance:directing/"),
    ("Congolese officials said the masterminds of the ambush were based in Rwanda.",
     "Congolese officials", "Rwanda", "grievance:directing/"),
    # the doers themselves, placed by the verb
    ("Congolese officials said those involved in the ambush were based in Rwanda.",
     "Congolese officials", "Rwanda", "grievance:directing/"),
    ("Congolese officials said the attackers operate from Rwanda.",
     "Congolese officials", "Rwanda", "grievance:directing/"),
])
def test_a_grievance_is_an_accusation_of_the_party(process, text, source, target, rule) -> None:
    found = _accusations(process, text)
    assert any(_names(s, source) and _names(t, target) and r.startswith(rule) for _, s, t, r in found), found


@pytest.mark.parametrize("text", [
    # harm told without blaming anyone
    "Human Rights Watch said the floods had undermined the foundations of the bridge.",
    "Human Rights Watch said the Hungarian government had not undermined the courts.",
    "Kenyan police said the storm killed 20 people in the north of the province.",
    "The mayor of Lima said the floods had damaged hundreds of homes.",
    # praise, a neutral assessment
    '"The Spanish government\'s plan is ambitious," Senator Maria Lopez said.',
    "Greenpeace praised Norway's decision to close the oil fields.",
    "Analyst Maria Santos said Iran's economy had grown slowly this year.",
    # the speaker's own side
    '"Our own army\'s response was clumsy at first," the Chilean defense minister said.',
    # negated, under a condition, asked
    "Senator Maria Lopez said Chile's response to the fires had not been clumsy.",
    "Amnesty International raised no questions about Egypt's treatment of detained journalists.",
    "If the ministry's figures are wrong, Amnesty International will raise questions about Egypt's conduct.",
    # displeasure at a thing, at a victim's fate, at the weather
    "Mayor John Carter of Seattle said he was disappointed with the rain.",
    "The Kenya Human Rights Commission was outraged that students were beaten in Nairobi.",
    "Mayor John Carter of Seattle was disappointed that the rain did not stop.",
    # a verb of doubt taking a party: an interrogation, not a grievance
    "Kenyan police questioned the opposition leader Raila Odinga for three hours.",
    # a work about a party, not critical of it; handlers of no deed, denied, or found by police (no speaker)
    "The blogger Wu Lei had been posting a series of short videos about Beijing's handling of the floods.",
    "Police said the handlers of the dogs in India had been paid.",
    "Ahmed Khan said the bombers had no handlers in India.",
    "Indian police found the handlers in Mumbai.",
    "Congolese officials said the attackers in Goma had been arrested.",
    "Congolese officials said those who survived the ambush were based in Rwanda.",
    # questions someone has, not raised against a party
    "Reporters in Nairobi had questions about President William Ruto's travel plans.",
    # critics of nobody named, or not a critic
    "Film critics praised the new movie.",
    "Maria Lopez is not a critic of Nicolas Maduro.",
    # questions about a thing nobody owns
    "Doctors in Kenya raised questions about the safety of the new vaccine.",
])
def test_no_grievance_without_a_party_blamed(process, text) -> None:
    found = [e for e in _accusations(process, text) if e[3].startswith(("grievance:", "speech:judge/", "claim:"))]
    assert not found, found


# ---- the proof brought against a side dismissed (grievances.disputed_proof): REJECT of whoever brought it ------

@pytest.mark.parametrize("text, source, target", [
    # a weak-proof word on a copula; the prosecution named before
    ("Prosecutors in Lagos told the jury that the bank records tied Okafor to the fraud. Okafor's lawyer, Ngozi Eze, "
     "said the testimony was unreliable.", "Ngozi Eze", "Prosecutors"),
    # a proving verb negated
    ("Prosecutors in Lima charged the mayor with bribery. His lawyer, Rosa Vidal, said the evidence would not prove "
     "that the mayor took any payment.", "Rosa Vidal", "Prosecutors"),
])
def test_a_dismissed_proof_is_a_rejection_of_the_prosecution(process, text, source, target) -> None:
    found = [e for e in coded_rule(process, text) if e[0] == "REJECT" and e[3].startswith("grievance:proof/")]
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    # the proof called strong, the weak word negated, asked, a scientist's doubt with no prosecution named
    "Prosecutors in Lima charged the mayor with bribery. His lawyer, Rosa Vidal, said the evidence was overwhelming.",
    "Prosecutors in Lima charged the mayor with bribery. His lawyer, Rosa Vidal, said the evidence was not flimsy.",
    "Prosecutors in Lima charged the mayor with bribery. Rosa Vidal asked whether the evidence was flimsy.",
    "Scientists at the World Health Organization said the evidence for the new drug was weak.",
])
def test_no_rejection_without_a_proof_dismissed(process, text) -> None:
    assert not [e for e in coded_rule(process, text) if e[3].startswith("grievance:proof/")]
