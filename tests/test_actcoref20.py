"""Round 20, actcoref20: who a mention is (issue 16).

- 'the rebel group' / 'the militant group' may stand for a body whose sector is not read yet (or only guessed
  from its name's words) when the story named it before as the modifier of a plural noun of armed people ('KDF
  fighters ambushed', 'UPC rebels burned'; the REB nouns of group_nouns.tsv): coref.definites._names_armed_members.
  Not a body named before other people ('Union for Peace delegates'), and not one named only after the
  description.
- A he/she that tells a quotation is not a person the quotation names by name ('He said: "Lopez pushed us
  hard"'): who speaks of a person by name is somebody else (coref.pronouns._named_in_own_quotation); with
  nobody else in reach the pronoun is left unresolved.
- Probes of readers already there, with negative rows: a pronoun for a thing is no actor's mention, a firm's
  president is the one named as its president, two ministers of one story each keep their own description.

Sentences written for these tests; what a careful coder records was written down before the first run."""
from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in doc.actors}


def _holder(doc, text: str, words: str, occurrence: int = 1) -> str | None:
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return next((a.name for a in doc.actors for m in a.mentions if m.start == start), None)


@pytest.mark.parametrize("text, holder", [
    # a rebel group named by its members as a verb's subject, then a group of militias named only inside 'by'
    ("Officials said the Kamba Defence Front, or KDF, had shelled the town. On Monday KDF fighters ambushed a "
     "convoy near Garoua. Witnesses said attacks by Tiger militias had stopped. The army said the rebel group "
     "lost 20 men.", "Kamba Defence Front"),
    # the name's words read as a trade union's ('Union for ...'), but its members are rebels
    ("Officials said an armed movement calling itself the Union for Peace (UPC) raided farms near Bambari. This "
     "week UPC rebels burned homes in two towns. Residents said the attacks by Seleka militias had stopped. The "
     "government accuses the rebel group of looting.", "Union for Peace"),
])
def test_rebel_group_named_by_its_members(process, text, holder) -> None:
    doc = process(text, until="actors")
    assert _holder(doc, text, "the rebel group") == holder, _mentions(doc)


@pytest.mark.parametrize("text, words, not_holder", [
    # delegates are no armed people: the body they stand for is not thereby a rebel group
    ("Union for Peace delegates met mediators in Bangui on Monday. The rebel group demanded the release of "
     "prisoners.", "The rebel group", "Union"),
    # named as armed people only after the description: no antecedent
    ("The rebel group demanded the release of prisoners on Monday. Later, Kamba Defence Front fighters ambushed "
     "a convoy.", "The rebel group", "Kamba Defence Front"),
])
def test_rebel_group_not_taken_without_armed_members_before(process, text, words, not_holder) -> None:
    doc = process(text, until="actors")
    assert _holder(doc, text, words) != not_holder, _mentions(doc)


def test_pronoun_for_a_thing_is_no_actor(process) -> None:
    text = "A cyclone hit Mozambique on Friday. It destroyed 2,000 homes, local officials said."
    doc = process(text, until="actors")
    assert _holder(doc, text, "It") is None, _mentions(doc)


def test_president_of_a_firm_is_the_firm_president(process) -> None:
    text = ("Andes Mining president Maria Lopez said profits rose in March. The president also said the company "
            "would hire 300 workers in Peru.")
    doc = process(text, until="actors")
    assert _holder(doc, text, "The president") == "Maria Lopez", _mentions(doc)


def test_two_ministers_health(process) -> None:
    text = ("Kenya's Interior Minister Kipchumba Murkomen and Health Minister Aden Duale visited Garissa on Monday. "
            "The health minister said two clinics would open.")
    doc = process(text, until="actors")
    assert _holder(doc, text, "The health minister") == "Aden Duale", _mentions(doc)


def test_two_ministers_interior(process) -> None:
    text = ("Kenya's Interior Minister Kipchumba Murkomen and Health Minister Aden Duale visited Garissa on Monday. "
            "The health minister said two clinics would open. The interior minister promised more police.")
    doc = process(text, until="actors")
    assert _holder(doc, text, "The interior minister") == "Kipchumba Murkomen", _mentions(doc)


@pytest.mark.parametrize("text, words, holder", [
    ("Professor Ana Ruiz met the painter Tomas Vidal in 2010. Vidal died last year. She said: \"Vidal was a "
     "generous teacher who never sought fame.\"", "She", "Ana Ruiz"),
    ("Coach Maria Lopez praised striker Juan Perez after the match. He said, \"Lopez pushed us hard all "
     "season.\"", "He", "Juan Perez"),
    # the quotation names the other man: the teller is the one left
    ("Tomas Vidal met Pedro Ruiz in Lima on Monday. \"Ruiz helped me a lot,\" he said.", "he said", "Tomas Vidal"),
    # no name in the quotation: as before
    ("Kenyan runner David Kiprono won the race on Sunday. \"I trained for this for ten years,\" he said.", "he said",
     "David Kiprono"),
])
def test_teller_is_not_named_in_own_quotation(process, text, words, holder) -> None:
    doc = process(text, until="actors")
    assert _holder(doc, text, words) == holder, _mentions(doc)


def test_teller_left_unresolved_when_only_the_named_one_is_near(process) -> None:
    text = "Tomas Vidal opened a school in Lima in 2010. \"Vidal never gave up on his students,\" he said."
    doc = process(text, until="actors")
    assert _holder(doc, text, "he said") != "Tomas Vidal", _mentions(doc)
