"""Judgements carried by the words a speaker chooses, with no event verb (round 14, evquotes):
a fate foretold for a party by someone who can bring it about (speech_threats.tsv: THREATEN), a word of
blame set in quote marks before a ruling party ("the 'illegal' government": ACCUSE), and a naming verb whose
complement names a wrong (event_verbs.tsv calls:wrongdoing / as:wrongdoing: ACCUSE). Sentences written for
these tests."""
from __future__ import annotations


def _found(process, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    doc = process(text)
    names = {a.id: a.name for a in doc.actors}
    return [([names.get(x) for x in e.source], [names.get(x) for x in e.target])
            for e in doc.events if e.type == kind]


# ---- threats ----------------------------------------------------------------------------------------

def test_fate_foretold_by_a_state_is_a_threat(process):
    assert _found(process, 'President Putin said NATO would pay dearly for any strike on Russian soil.',
                  "THREATEN") == [(["Putin"], ["NATO"])]
    assert _found(process, 'Kim Yo Jong said South Korea "will pay a heavy price" for the leaflets.',
                  "THREATEN") == [(["Kim Yo Jong"], ["South Korea"])]


def test_passive_fate_in_a_partial_quote(process):
    found = _found(process, 'The defense minister of Nigeria said the Boko Haram militants "will be crushed" '
                            'by the army.', "THREATEN")
    assert found == [(["defense minister of Nigeria"], ["Boko Haram"])]


def test_pronoun_of_a_condition_names_the_party_threatened(process):
    found = _found(process, '"If Israel attacks us again, it will regret it," Iran\'s foreign minister Abbas '
                            'Araghchi said.', "THREATEN")
    assert found == [(["Abbas Araghchi"], ["Israel"])]


def test_no_threat_without_power_negation_or_party(process):
    assert _found(process, "Analysts said Tesla will pay a price for the recall.", "THREATEN") == []
    assert _found(process, "The minister of Ghana said the smugglers will not be punished because the law "
                           "is unclear.", "THREATEN") == []
    assert _found(process, '"We will be crushed by these prices," said a farmer in Kenya.', "THREATEN") == []
    assert _found(process, "The coach said the team will regret the missed chances.", "THREATEN") == []


def test_passive_fate_at_other_hands_is_no_threat(process):
    assert _found(process, 'The finance minister of Kenya said farmers "will be punished" by the new tax.',
                  "THREATEN") == []
    assert _found(process, 'The defense minister of Nigeria said the villagers will be crushed by Boko Haram '
                           'unless help comes.', "THREATEN") == []


# ---- a quoted word of blame before a ruling party ---------------------------------------------------

def test_scare_quoted_blame_of_a_government(process):
    found = _found(process, 'Foreign Minister Andrii Sybiha of Ukraine said the "criminal" government of '
                            'Russia had ordered the strikes.', "ACCUSE")
    assert (["Andrii Sybiha"], ["Russia"]) in found
    found = _found(process, 'Opposition leader Bobi Wine said the "illegitimate" Ugandan government was '
                            'arresting his supporters.', "ACCUSE")
    assert (["Bobi Wine"], ["Uganda"]) in found


def test_scare_quoted_word_before_a_people_or_so_called_is_no_verdict(process):
    assert _found(process, 'Opposition leader Bobi Wine said "illegal" migrants were held in Uganda.',
                  "ACCUSE") == []
    found = _found(process, 'Opposition leader Bobi Wine said the so-called "illegitimate" Ugandan government '
                            'had met in Kampala.', "ACCUSE")
    assert (["Bobi Wine"], ["Uganda"]) not in found


# ---- naming verbs with a wrong as complement --------------------------------------------------------

def test_naming_verb_with_a_wrong(process):
    found = _found(process, 'Russia called the sanctions imposed by Britain "an act of economic aggression".',
                   "ACCUSE")
    assert found == [(["Russia"], ["United Kingdom"])]
    found = _found(process, "The government of Venezuela termed the Colombian raids a violation of its "
                            "sovereignty.", "ACCUSE")
    assert found == [(["Venezuela"], ["Colombia"])]


def test_naming_a_wrong_of_nobody_is_no_event(process):
    assert _found(process, "Critics call the new media law a violation of press freedom.", "ACCUSE") == []
    assert _found(process, "Scientists called the drought a disaster for farmers.", "ACCUSE") == []
    assert _found(process, "China called for an end to the crackdown by Myanmar's military.", "ACCUSE") == []
