"""Triggers beyond single lexicon verbs (issue 15, round 6): predicate adjectives ("critical of", "opposed
to"), phrasal verbs ("lashed out at"), evaluative words under judgement verbs, pointing to someone's
wrongdoing, and verbs read only with the objects that make them political ("took X to
court", "sent X to prison").
Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


@pytest.mark.parametrize("text, event", [
    ("Opposition lawmakers in Kenya are highly critical of President William Ruto's tax plan.",
     ("ACCUSE", ["Opposition lawmakers"], ["William Ruto"])),
    ("Qatar remains opposed to Israel's annexation of the West Bank.", ("REJECT", ["Qatar"], ["Israel"])),
    ("Hungary's prime minister Viktor Orban has long been supportive of Russia.",
     ("SUPPORT", ["Viktor Orban"], ["Russia"])),
    ("Farmers are angry at the European Commission over the import rules.",
     ("ACCUSE", ["Farmers"], ["European Commission"])),
])
def test_a_predicate_adjective_with_its_preposition_is_an_event(process, text, event) -> None:
    assert event in named_events(process, text)


def test_an_adjective_of_attitude_without_its_preposition_codes_nothing(process) -> None:
    events = named_events(process, "Qatar said the talks with Israel were at a critical stage.")
    assert not [e for e in events if e[0] == "ACCUSE"], events


@pytest.mark.parametrize("text, event", [
    ("Environmental groups took the French government to court.",
     ("ACCUSE", ["Environmental groups"], ["France"])),
    ("Venezuela's Supreme Court sent the opposition politician Juan Guanipa to prison.",
     ("COERCE", ["Venezuela's Supreme Court"], ["Juan Guanipa"])),
])
def test_a_verb_read_with_its_political_object_is_an_event(process, text, event) -> None:
    assert event in named_events(process, text)


@pytest.mark.parametrize("text", [
    "Finland took the ferry to Tallinn.",
    "Venezuela sent the letters to Caracas prison's library.",
])
def test_the_same_verbs_with_other_objects_code_nothing(process, text) -> None:
    events = named_events(process, text)
    assert not [e for e in events if e[0] in ("SANCTION", "COERCE", "RETREAT", "ACCUSE")], (text, events)


@pytest.mark.parametrize("text, event", [
    ("Italy's prime minister Giorgia Meloni has long railed against the European Commission.",
     ("ACCUSE", ["Giorgia Meloni"], ["European Commission"])),
    ("President Nicolas Maduro lashed out at Colombia on Tuesday.", ("ACCUSE", ["Nicolas Maduro"], ["Colombia"])),
    ("President Aleksandar Vucic pointed a finger at Kosovo for the attack.",
     ("ACCUSE", ["Aleksandar Vucic"], ["Kosovo"])),
    ("Thailand drew a rebuke from the European Union.", ("ACCUSE", ["European Union"], ["Thailand"])),
])
def test_a_phrasal_verb_of_verbal_attack_is_an_accusation(process, text, event) -> None:
    assert event in named_events(process, text)


@pytest.mark.parametrize("text", [
    "She pointed at the map of Kosovo during the lecture.",
    "The tide lashed the coast of Portugal.",
])
def test_the_phrasal_verbs_need_their_particle_and_preposition(process, text) -> None:
    assert not [e for e in named_events(process, text) if e[0] == "ACCUSE"], text


def test_a_ban_on_goods_from_a_country_targets_that_country(process) -> None:
    assert ("COERCE", ["Cameroon"], ["France"]) in named_events(process, "Cameroon banned imports of chickens from France.")


@pytest.mark.parametrize("text, event", [
    ("Uganda arrested two opposition activists on Monday. Kenya's foreign ministry called the arrests "
     "\"arbitrary.\"", ("ACCUSE", ["Kenya's foreign ministry"], ["Uganda"])),
    ("President Nicolas Maduro called Colombia's border closure \"inhumane.\"",
     ("ACCUSE", ["Nicolas Maduro"], ["Colombia"])),
    ("Senator Rand Paul described Germany's new rules as discriminatory.",
     ("ACCUSE", ["Rand Paul"], ["Germany"])),
])
def test_evaluative_words(process, text, event) -> None:
    assert event in named_events(process, text)


def test_a_description_as_baseless_rejects_the_claim(process) -> None:
    events = named_events(process, "The ACLU sued the Department of Homeland Security. The DHS described the "
                                   "lawsuit as \"baseless.\"")
    assert any(e[0] == "REJECT" and e[1] == ["Department of Homeland Security"] for e in events), events


@pytest.mark.parametrize("text, event", [
    ("The U.N. envoy Richard Bennett highlighted the Taliban's harsh curbs on girls' schooling.",
     ("ACCUSE", ["Richard Bennett"], ["Taliban"])),
    ("Foreign Minister Takeshi Iwaya pointed to China's coercion of its neighbors.",
     ("ACCUSE", ["Takeshi Iwaya"], ["China"])),
])
def test_pointing_to_someone_s_wrongdoing_accuses_them(process, text, event) -> None:
    assert event in named_events(process, text)


@pytest.mark.parametrize("text", [
    "The report by Amnesty International highlighted the importance of Kenya's tourism sector.",
    "Foreign Minister Takeshi Iwaya pointed to China's growth as a model.",
])
def test_highlighting_something_else_accuses_nobody(process, text) -> None:
    assert not [e for e in named_events(process, text) if e[0] == "ACCUSE"], text
