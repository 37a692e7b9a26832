"""Epithets (issue 16): a definite description of what a person is ('the French politician', 'the veteran
diplomat', 'the 45-year-old', 'the former president') points back to the person named just before.
Partial quotes in complements joined to a reported complement keep the reporter as speaker.
Sentences written for these tests."""
from __future__ import annotations

import pytest


def _mentions(doc, name: str) -> list[str]:
    actor = next(a for a in doc.actors if a.name == name)
    return [doc.text[m.start:m.end] for m in actor.mentions]


@pytest.mark.parametrize("text, name, epithet", [
    ("Kenyan activist Boniface Mwangi was freed on Monday. The activist said he would keep protesting.",
     "Boniface Mwangi", "The activist"),
    ("Senegalese writer Aminata Sow said the law was unjust. The 45-year-old has published nine novels.",
     "Aminata Sow", "The 45-year-old"),
    ("Police questioned Paolo Rossi, an Italian diplomat, on Friday. The veteran diplomat denied any wrongdoing.",
     "Paolo Rossi", "The veteran diplomat"),
])
def test_an_epithet_is_the_person_named_before(process, text, name, epithet) -> None:
    doc = process(text, until="actors")
    assert epithet in _mentions(doc, name)


def test_an_epithet_with_a_demonym_skips_a_person_of_another_country(process) -> None:
    doc = process("Nigerian President Bola Tinubu met Ghana's President John Mahama in Abuja. "
                  "The Nigerian politician said trade would grow.", "2025-03-01", until="actors")
    assert "The Nigerian politician" in _mentions(doc, "Bola Tinubu")
    assert "The Nigerian politician" not in _mentions(doc, "John Mahama")


def test_a_former_office_goes_only_to_a_person_known_to_have_held_it(process) -> None:
    doc = process("President Alassane Ouattara spoke on Monday. Marie Kone, a teacher, told reporters she was "
                  "worried. Judges will rule on whether to acquit Laurent Gbagbo, the former president of the country. "
                  "If they do, the former president plans to go home.", "2021-03-31", until="actors")
    owners = [a.name for a in doc.actors for m in a.mentions if doc.text[m.start:m.end] == "the former president"
              and m.start > doc.text.find("If they do")]
    assert "Marie Kone" not in owners


def test_an_epithet_before_a_name_is_a_title_not_a_reference(process) -> None:
    doc = process("On Monday the activist Nadia Murad of Iraq spoke first in Geneva. Then the journalist Maria Ressa said the press was "
                  "under attack.",
                  until="actors")
    assert "the journalist" not in _mentions(doc, "Nadia Murad")


def test_a_modifier_is_not_whom_an_epithet_describes(process) -> None:
    doc = process("Former envoy Michel Durand, who led the Brexit talks, says the plan failed. "
                  "The French politician says the borders are weak.", "2021-05-01", until="actors")
    assert "The French politician" in _mentions(doc, "Michel Durand")


def test_a_partial_quote_in_a_joined_complement_is_the_reporters(process) -> None:
    doc = process("Michel Durand, a French politician, says the system is “not working” and that the borders "
                  "have become a “sieve.”", "2021-05-01", until="quotes")
    names = {a.id: a.name for a in doc.actors}
    assert [names.get(q.speaker) for q in doc.quotes if q.kind == "partial"] == ["Michel Durand", "Michel Durand"]


def test_a_long_quote_does_not_push_the_speaker_out_of_reach(process) -> None:
    doc = process("Immigration lawyer Rosa Delgado spoke to reporters on Monday. “It is rare. Most people keep "
                  "their cards. Some lose them after a conviction. A few lose them for fraud. The law is old,” "
                  "she said.", until="quotes")
    names = {a.id: a.name for a in doc.actors}
    assert [names.get(q.speaker) for q in doc.quotes if q.kind == "direct"] == ["Rosa Delgado"]
