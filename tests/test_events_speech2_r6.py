"""Rebuttals told in speech (eventcoding/speech.py, speech_rebuttals.tsv): a speaker calling a claim untrue,
saying a plan, case or option is not valid, or refusing for the own side to give way is a REJECT by the
speaker; of the claim's maker, the plan's owner or the party the refused deed names, else of nobody.
Sentences written for these tests."""
from __future__ import annotations

from eventwire import settings


def _speech(process, text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = process(text)
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names.get(x) for x in e.source], [names.get(x) for x in e.target])
            for e in doc.events if e.rule.startswith("speech:")]


def _rejects(process, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [f for f in _speech(process, text) if f[0] == "REJECT"]


def test_claim_called_untrue_in_a_quote(process):
    found = _rejects(process, '"These allegations by Ethiopia are completely false," Foreign Minister Osman '
                              'Saleh of Eritrea told reporters.')
    assert found == [("REJECT", ["Osman Saleh"], ["Ethiopia"])]


def test_pronoun_called_untrue_names_nobody(process):
    found = _rejects(process, 'The ministry says the border is open. "That is simply untrue," said Maria '
                              'Lopes, a trader in the town.')
    assert found == [("REJECT", ["Maria Lopes"], [])]


def test_plan_said_not_to_be_an_option(process):
    found = _rejects(process, "Prime Minister Anna Berg of Sweden said Norway's plan to fence the border was "
                              "not an option.")
    assert found == [("REJECT", ["Anna Berg"], ["Norway"])]
    found = _rejects(process, '"The decree by the Malian government is not legal, and it is not acceptable," said Amadou '
                              'Diallo, a lawyer in Bamako.')
    assert [(f[1], f[2]) for f in found] == [(["Amadou Diallo"], ["Mali"])]


def test_option_of_nobody_named_is_not_coded(process):
    assert _rejects(process, 'Prime Minister Anna Berg of Sweden said a partition of the island was not an '
                             'option.') == []
    assert _rejects(process, '"The United Nations is not the answer," said analyst Omar Haddad.') == []


def test_own_side_refuses_to_give_way(process):
    found = _rejects(process, '"We will not tolerate these raids on our villages," President Luis Moreno of '
                              'Bolivia said on Tuesday.')
    assert [(f[0], f[1]) for f in found] == [("REJECT", ["Luis Moreno"])]
    found = _rejects(process, 'Chancellor Greta Lind said her government would not capitulate to the '
                              'rebels.')  # "would not bow to pressure": a verb row (test_evverbs3_r14)
    assert [(f[0], f[1]) for f in found] == [("REJECT", ["Greta Lind"])]


def test_no_rebuttal_when_the_words_are_not_negated_or_not_a_claim(process):
    assert _rejects(process, '"The allegations are serious and the report is true," said Maria Lopes, a '
                             'judge in Lisbon.') == []
    assert _rejects(process, '"They sold false papers to the migrants," said police chief Omar Haddad.') == []
    assert _rejects(process, '"The rebels will not accept the deal," said analyst Omar Haddad.') == []
    assert _rejects(process, '"I am not allowed to speak to the press," said nurse Maria Lopes.') == []


def test_rebuttal_under_a_condition_is_none(process):
    assert _rejects(process, '"If the report is false, we will say so," said Foreign Minister Osman Saleh.') == []


def test_account_of_a_deed_contradicted(process, monkeypatch):
    monkeypatch.setattr(settings, "SPEECH_CONTESTED_ACCOUNTS", True)
    found = _rejects(process, 'Secretary Marco Diaz said the lawsuit is not about free speech.')
    assert found == [("REJECT", ["Marco Diaz"], [])]
    found = _rejects(process, '"Her arrest was not a punishment for her reporting," police spokesman Paul '
                              'Otieno told reporters in Nairobi.')
    assert [(f[0], f[1]) for f in found] == [("REJECT", ["Paul Otieno"])]


def test_account_contradicted_is_off_by_default(process):
    assert _rejects(process, 'Secretary Marco Diaz said the lawsuit is not about free speech.') == []


def test_no_contradiction_of_a_thing_or_with_not_just(process, monkeypatch):
    monkeypatch.setattr(settings, "SPEECH_CONTESTED_ACCOUNTS", True)
    assert _rejects(process, '"The drought is not just a crisis for farmers," said Interior Minister Paul '
                             'Otieno.') == []
    assert _rejects(process, '"A green card is not a passport," said lawyer Maria Lopes.') == []


def test_claim_said_not_to_be_true(process):
    found = _rejects(process, 'Ghana accused Togo of hiding the rebels. "That is not true," Foreign Minister '
                              'Robert Dussey of Togo said.')
    assert found == [("REJECT", ["Robert Dussey"], ["Ghana"])]
    assert _rejects(process, '"The drought is real, and that is true," said farmer Joseph Banda.') == []
