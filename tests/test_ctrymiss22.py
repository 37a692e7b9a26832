"""Round 22, ctrymiss22: a country's one-word name the tagger left untagged (or tagged alone as a thing: a
product, a work, an event, a law, a location) is a mention of the country (``mentions.countries.untagged_countries``),
the same actor as its tagged mentions, and a place where the places stage reads a country's name as one
(``places.detect._tagged_alone_as_thing``). Sentences written for these tests; what a careful coder records
was written before the runs. Each positive row checks the parse left the name untagged or thing-tagged, so
the row reads this reader and not the tagger's entity.

Negative rows: the name inside a longer capitalised name ('UNICEF Malawi', 'Dog Meat Free Vietnam'), a
name that modifies a noun ('a Cyprus exit'), a hyphen pair ('U.S.-China talks'), a score line, a land with
no seat of government ('Antarctica').
"""
from __future__ import annotations

import pytest

_COUNTRY_LABELS = {"GPE", "NORP", "PERSON", "ORG"}  # the labels the tagged-country reader reads


def _country_mentions(doc, code: str) -> list[str]:
    return [doc.text[m.start:m.end] for a in doc.actors if a.kind == "country" and a.country == code
            for m in a.mentions]


def _untagged_at(doc, start: int) -> bool:
    tok = next(t for t in doc.nlp if t.idx == start)
    return tok.ent_type_ not in _COUNTRY_LABELS


@pytest.mark.parametrize("text, name, code", [
    ("Nigeria blamed Boko Haram for the bombing.", "Nigeria", "NGA"),  # sentence-initial subject
    ("Mozambique signed a gas deal with the company.", "Mozambique", "MOZ"),
    ("Creditors kept up the pressure on Cyprus to accept the terms of the loan.", "Cyprus", "CYP"),  # object of 'on'
    ("The lenders want Cyprus to raise the money itself.", "Cyprus", "CYP"),  # object
    ("Investors are worried about Cyprus and its banks.", "Cyprus", "CYP"),
    ('"Nobody will push Cyprus out of the euro," the minister said.', "Cyprus", "CYP"),  # inside a quote
    ("Cyprus's lenders met in Nicosia on Monday.", "Cyprus", "CYP"),  # possessive
    ("It was the first rescue plan Cyprus accepted from its lenders.", "Cyprus", "CYP"),  # relative clause
    ("Creditors pressed Cyprus Tuesday to accept the terms of the loan.", "Cyprus", "CYP"),  # a day after it
    ("Mozambique Thursday signed a gas deal with the company.", "Mozambique", "MOZ"),
])
def test_untagged_country_name_is_a_mention(process, text, name, code) -> None:
    doc = process(text, published="2025-03-01", until="actors")
    start = text.index(name)
    assert _untagged_at(doc, start), "the tagger now tags this name: the row no longer reads the new reader"
    assert name in _country_mentions(doc, code), [(a.name, a.country, a.kind) for a in doc.actors]
    assert any(m.start == start and m.end == start + len(name) for a in doc.actors for m in a.mentions)


def test_untagged_mention_joins_the_tagged_one(process) -> None:
    text = ("Germany and Cyprus signed a tax treaty in May. Creditors kept up the pressure on Cyprus to accept "
            "the terms of the loan.")
    doc = process(text, published="2025-03-01", until="actors")
    second = text.rindex("Cyprus")
    assert _untagged_at(doc, second) and not _untagged_at(doc, text.index("Cyprus"))
    cyprus = [a for a in doc.actors if a.country == "CYP" and a.kind == "country"]
    assert len(cyprus) == 1, [(a.name, a.country) for a in doc.actors]
    assert {m.start for m in cyprus[0].mentions} == {text.index("Cyprus"), second}


@pytest.mark.parametrize("text, name, code, verb", [
    ("Nigeria blamed Boko Haram for the bombing.", "Nigeria", "NGA", "blame"),
    ("Nigeria condemned the attack on the convoy.", "Nigeria", "NGA", "condemn"),
    ("Cyprus rejected the offer from its lenders on Tuesday.", "Cyprus", "CYP", "reject"),
])
def test_subject_of_an_event_verb_codes_the_event(process, text, name, code, verb) -> None:
    doc = process(text, published="2025-03-01")
    assert _untagged_at(doc, text.index(name))
    state = next(a.id for a in doc.actors if a.country == code and a.kind == "country")
    assert any(state in e.source and verb in e.rule for e in doc.events), \
        [(e.rule, e.source, e.target) for e in doc.events]


def test_untagged_country_is_no_source_of_an_event_it_only_undergoes(process) -> None:
    text = "Creditors kept up the pressure on Cyprus to accept the terms of the loan."
    doc = process(text, published="2025-03-01")
    state = next(a.id for a in doc.actors if a.country == "CYP")
    assert not any(state in e.source for e in doc.events), [(e.rule, e.source, e.target) for e in doc.events]


@pytest.mark.parametrize("text, name", [
    ("A spokesperson for UNICEF Malawi said the funds had run out.", "Malawi"),  # a body's name
    ("Campaigners from Dog Meat Free Vietnam met the city council.", "Vietnam"),  # a group's name
    ("A Cyprus bailout plan would calm the lenders.", "Cyprus"),  # modifies a noun
    ("Group B — Ghana 2 – 1 Togo", "Ghana"),  # score line
    ("Group B — Ghana 2 – 1 Togo", "Togo"),
    ("The team crossed Antarctica on skis.", "Antarctica"),  # no seat of government
])
def test_name_inside_a_name_or_a_score_is_not_a_mention(process, text, name) -> None:
    from eventwire.stages.actors.mentions.countries import untagged_countries
    from eventwire.stages.actors.words import actor_words

    doc = process(text, published="2025-03-01", until="actors")
    start = text.index(name)
    assert not any(c.start == start for c in untagged_countries(doc, actor_words()))
    assert not any(m.start == start for a in doc.actors if a.kind == "country" for m in a.mentions), \
        [(a.name, a.kind) for a in doc.actors]


@pytest.mark.parametrize("text, name", [
    ("Officials prepared for U.S.-China talks in Geneva next week.", "U.S."),
    ("Officials prepared for Japan-Korea talks in Geneva next week.", "Japan"),
    ("Officials prepared for Japan-Korea talks in Geneva next week.", "Korea"),
])
def test_hyphen_pair_is_not_an_untagged_country(process, text, name) -> None:
    from eventwire.stages.actors.mentions.countries import untagged_countries
    from eventwire.stages.actors.words import actor_words

    doc = process(text, published="2025-03-01", until="actors")
    start = text.index(name)
    assert not any(c.start == start for c in untagged_countries(doc, actor_words()))
    if _untagged_at(doc, start):
        assert not any(m.start == start for a in doc.actors for m in a.mentions), [(a.name, a.kind) for a in doc.actors]


def test_thing_tagged_country_in_a_place_position_is_a_place(process) -> None:
    text = "After the war, many islanders settled in Mauritius."
    doc = process(text, published="2025-03-01", until="places")
    start = text.index("Mauritius")
    tok = next(t for t in doc.nlp if t.idx == start)
    assert tok.ent_type_ == "PRODUCT", "the tagger no longer reads this name as a thing: the row reads nothing new"
    assert any(p.start == start and p.country == "MU" for p in doc.places), [(p.text, p.country) for p in doc.places]
    assert "Mauritius" in _country_mentions(doc, "MUS")


def test_thing_tagged_country_as_a_party_is_no_place(process) -> None:
    text = "Creditors kept up the pressure on Cyprus to accept the terms of the loan."
    doc = process(text, published="2025-03-01", until="places")
    assert not any(p.start == text.index("Cyprus") for p in doc.places), [p.text for p in doc.places]
