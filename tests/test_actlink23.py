"""Round 23, actlink23: subjects and speakers the later stages needed from the actors stage. Sentences
written for these tests; what a careful coder records was written down before the runs.

- A province, state or town acting as its government: the name as the subject of a deed only a government
  does by its authority (ban, impose, order, approve, suspend ...: governing_deed_verbs.txt) is an
  organisation of the unit's country, GOV, and the deed's source. Negative rows: the name as a place (the
  object of a verb, inside a phrase, the subject of a verb anyone does or of a copula), a capital (it stands
  for its state), a country, the unit's government named with a possessive, a passive.
- A name the tagger took for an organisation that the text gives as one person's: in apposition to a noun
  naming one person who may be quoted or an office ('Another passenger, X Y, told ...', 'said Y, a farmer'),
  is a person, with the name's other mentions (a full name whose first or last word is so given too).
  Negative rows: a body's noun in apposition ('The ministry, X,', 'Its parent company, X,'), an acronym.
- A family name said first (family_name_first.txt), also of two letters ('Oh' of 'Oh Kah Leng'), alone later
  is the person where the name goes on as a name ('Oh said', "Oh's view"), and the quote it tells is theirs.
  Negative row: the same spelling as a word ('"Oh, we saw this before," a fisherman said').
- A body's name the tagger gave no entity ('The Kurdish-led Regional Administration ...', a describing compound
  before it), ending on a body's head word, as the subject of its clause, is an organisation (sector from its
  words), the source of its deed and the speaker of its "it said". Negative rows: the same name as an object
  or after a preposition.
"""
from __future__ import annotations

import pytest


def _acting(doc) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in doc.actors if a.kind == "organization"]


@pytest.mark.parametrize("text, name, code", [
    ("Although Kerala banned the sale of fireworks in 2019, vendors kept selling them.", "Kerala", "IND"),  # subordinate
    ("Ontario ordered all schools closed on Monday.", "Ontario", "CAN"),
    ("Quebec approved a new language law last week.", "Quebec", "CAN"),
    ("Bavaria imposed a curfew on bars after the riots.", "Bavaria", "DEU"),  # another name of the unit
    ("Lagos suspended the permits of three construction companies.", "Lagos", "NGA"),
    ("Officials said Sindh had outlawed the sale of the pesticide.", "Sindh", "PAK"),  # reported clause
])
def test_unit_acting_as_government(process, text, name, code) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    assert (name, code, "GOV") in _acting(doc), _acting(doc)


@pytest.mark.parametrize("text, word", [
    ("Punjab is the most populous province of the country.", "Punjab"),  # a copula's subject
    ("Residents of Sindh protested the water shortage on Friday.", "Sindh"),  # inside a phrase
    ("The storm hit Texas on Sunday, cutting power to thousands.", "Texas"),  # an object
    ("Kerala received heavy rain for a third day.", "Kerala"),  # a verb anyone does
    ("Beijing imposed new tariffs on farm goods.", "Beijing"),  # a capital: its state, read elsewhere
    ("Washington imposed sanctions on two banks.", "Washington"),  # a capital's name, also a state's
    ("Kerala's government banned the sale of fireworks.", "Kerala"),  # the government named outright
    ("Ontario was ordered to pay the costs of the case.", "Ontario"),  # passive: the unit is acted on
])
def test_no_unit_acting(process, text, word) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    assert not any(name == word for name, _, _ in _acting(doc)), _acting(doc)


def test_unit_is_the_source_of_its_ban(process) -> None:
    doc = process("Although Kerala banned the sale of fireworks in 2019, vendors kept selling them.",
                  published="2025-03-01")
    names = {a.id: a.name for a in doc.actors}
    assert any(ev.type == "COERCE" and [names[s] for s in ev.source] == ["Kerala"] for ev in doc.events), \
        [(ev.type, ev.source) for ev in doc.events]


def _kinds(doc, name: str) -> set[str]:
    return {a.kind for a in doc.actors if a.name == name}


@pytest.mark.parametrize("text, name, tagged", [
    ("Another passenger, Mola Bakhsh, told VOA that he ran from the train. \"We were scared,\" Bakhsh said.",
     "Mola Bakhsh", "Mola Bakhsh"),  # apposition after a person's noun
    ("\"We were scared,\" said Bakhsh, a farmer from the village. Mola Bakhsh lost two cows in the flood.",
     "Mola Bakhsh", "Mola Bakhsh"),  # the surname alone in apposition before a noun; the full name later
])
def test_organisation_name_given_as_a_person(process, text, name, tagged) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    assert any(e.text == tagged and e.label_ == "ORG" for e in doc.nlp.ents)  # (the tagger's reading tested)
    assert _kinds(doc, name) == {"person"}, [(a.name, a.kind) for a in doc.actors]
    assert not any(a.kind == "person" and a.name == "Bakhsh" for a in doc.actors)  # one person, not two


@pytest.mark.parametrize("text, name", [
    ("The ministry, Minfin, said the budget was balanced. \"We are on track,\" Minfin said.", "Minfin"),
    ("Its parent company, Novatek, said output rose. \"Demand is strong,\" Novatek said.", "Novatek"),
    ("The regulator, FAA, said the tower would close. \"Safety comes first,\" the FAA said.", "FAA"),
])
def test_body_in_apposition_stays_a_body(process, text, name) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    assert _kinds(doc, name) == {"organization"}, [(a.name, a.kind) for a in doc.actors]


@pytest.mark.parametrize("text, name, short", [
    ("\"The navy must act sooner,\" said Oh Kah Leng, a fellow at a policy institute. The port reforms came too "
     "slowly for the fleet, Oh said.", "Oh Kah Leng", "Oh"),  # reporting clause after the quote
    ("Wu Lihua, a trade analyst in Taipei, said exports would fall. Wu told reporters the tariffs were a "
     "warning.", "Wu Lihua", "Wu"),  # the subject of a speech verb
    ("Analyst Yoon Ha-jin spoke in March. Yoon later changed his view on the treaty.", "Yoon Ha-jin", "Yoon"),
])
def test_family_name_said_first_alone(process, text, name, short) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    held = [m.text for a in doc.actors if a.name == name for m in a.mentions]
    assert short in held, [(a.name, [m.text for m in a.mentions]) for a in doc.actors]


def test_interjection_is_no_family_name(process) -> None:
    doc = process("\"The navy must act sooner,\" said Oh Kah Leng, a fellow at a policy institute. \"Oh, we saw "
                  "this before,\" a fisherman said.", published="2025-03-01", until="actors")
    held = [m.start for a in doc.actors for m in a.mentions if m.text == "Oh"]
    assert held == [], held


@pytest.mark.parametrize("text, name", [
    ("The Kurdish-led Regional Administration in the northeast, a civilian authority allied with local militias, "
     "was the first to denounce the decree.", "Regional Administration"),  # apposition between subject and verb
    ("The Tamil-led Provincial Administration in the north, a civilian body, was quick to reject the plan.",
     "Provincial Administration"),
    ("The Sunni-led Civil Administration in western Iraq, a local authority, rejected the budget.",
     "Civil Administration"),  # plain verb
    ("The Baloch-led Interim Council in the south, a tribal body, was quick to condemn the raid.", "Interim Council"),
])
def test_untagged_body_as_subject(process, text, name) -> None:
    doc = process(text, published="2025-03-01")
    assert not any(name in e.text for e in doc.nlp.ents)  # (the tagger's miss tested)
    assert (name, "GOV") in [(a.name, a.sector) for a in doc.actors if a.kind == "organization"], \
        [(a.name, a.kind) for a in doc.actors]
    ids = {a.id for a in doc.actors if a.name == name}
    assert any(set(ev.source) & ids for ev in doc.events), [(ev.type, ev.source) for ev in doc.events]


def test_untagged_body_speaks_as_it(process) -> None:
    doc = process("The Kurdish-led Regional Administration in the northeast, a civilian authority allied with local "
                  "militias, was the first to denounce the decree. \"The decree copies the old regime's laws,\" it "
                  "said.", published="2025-03-01")
    names = {a.id: a.name for a in doc.actors}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Regional Administration"]


@pytest.mark.parametrize("text", [
    "Aid reached the Kurdish-led Regional Administration in the northeast on Monday.",  # after a preposition
    "Rebels attacked the Kurdish-led Regional Administration in the northeast on Monday.",  # an object
])
def test_untagged_body_not_acting(process, text) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    assert not any(a.name == "Regional Administration" for a in doc.actors), [a.name for a in doc.actors]
