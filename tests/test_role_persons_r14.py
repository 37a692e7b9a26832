"""Persons introduced by a role, round 14: 'a spokesman for X', 'the leader of X', 'the X army chief', 'a
Y pilot' are a person, not X or Y; named in the next sentence, the role phrase is that person. Sentences
written for these tests, in several shapes (role before the name, name before the role, the name in
another sentence, no name at all, the body acting itself, a known person who is somebody else)."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _doc(process, text: str):
    return process(text, published="2025-03-10T00:00:00Z", until="actors")


def _person(doc, name: str):
    found = [a for a in doc.actors if a.kind == "person" and a.name == name]
    assert found, [(a.name, a.kind) for a in doc.actors]
    return found[0]


def _holder(doc, phrase: str):
    """The actor whose longest mention starting where ``phrase`` starts in the text (a body named inside the
    phrase may start there too: 'Nigerian army' in 'Nigerian army chief')."""
    at = doc.text.index(phrase)
    found = [(m.end, a) for a in doc.actors for m in a.mentions if m.start == at]
    return max(found, key=lambda x: x[0])[1] if found else None


@pytest.mark.parametrize("text, phrase, name, country, sector", [
    # a person's spokesman, named as the next sentence's speaker
    ("A spokesman for Kenyan President William Ruto rejected the claims on Monday. \"The charges are baseless,\" "
     "Isaac Mwaura told reporters in Nairobi.", "A spokesman for", "Isaac Mwaura", "KEN", "GOV"),
    # a rebel group's leader, named with an inverted 'said'
    ("The leader of Somalia's al-Shabab militant group praised the raid in an audio message. \"We will not "
     "stop,\" said Ahmed Diriye.", "The leader of", "Ahmed Diriye", "SOM", "REB"),
    # a possessive before the role
    ("President Ashraf Ghani's spokesman rejected the charge on Sunday. \"The fighting must stop,\" Hamid Sadiq "
     "told VOA.", "President Ashraf Ghani's spokesman", "Hamid Sadiq", "AFG", "GOV"),
    # an aide to a head of state, named by a plain 'said' clause
    ("An aide to President Cyril Ramaphosa dismissed the report. Vincent Magwenya said the story was false.",
     "An aide to", "Vincent Magwenya", "ZAF", "GOV"),
])
def test_a_role_named_next_is_that_person(process, text, phrase, name, country, sector) -> None:
    doc = _doc(process, text)
    person = _person(doc, name)
    assert _holder(doc, phrase) is person
    assert (person.country, person.sector) == (country, sector)


@pytest.mark.parametrize("text, phrase, name", [
    # 'also' tells of a second speaker beside the one described
    ("A spokesman for the State Department said the aid would be reviewed. Marco Rubio also said Washington "
     "was concerned.", "A spokesman for", "Marco Rubio"),
    # the next sentence names somebody acted on, not a speaker
    ("An aide to President Cyril Ramaphosa dismissed the report. Police later arrested Vincent Magwenya.",
     "An aide to", "Vincent Magwenya"),
    # the role and the body are a title of the name right after them
    ("The leader of Hamas Ismail Haniyeh said the talks had failed. \"We will not sign,\" Osama Hamdan told "
     "reporters.", "The leader of", "Osama Hamdan"),
    # a person with an office of his own is not the unnamed spokesman
    ("A spokesman for the Pentagon said more troops would go to Poland. Secretary of State Marco Rubio said "
     "the decision was final.", "A spokesman for", "Marco Rubio"),
])
def test_somebody_else_named_next_is_left_alone(process, text, phrase, name) -> None:
    doc = _doc(process, text)
    assert _holder(doc, phrase) is not _person(doc, name)


def test_the_name_before_its_role_keeps_both_apart(process) -> None:
    doc = _doc(process, "Hussein Mohamed, a spokesman for President William Ruto, accused the opposition of lying.")
    spokesman, president = _person(doc, "Hussein Mohamed"), _person(doc, "William Ruto")
    assert spokesman is not president and spokesman.sector == "GOV"


def test_a_body_leader_named_next_answers_to_the_body_chief_later(process) -> None:
    doc = _doc(process, "The leader of the Tigray People's Liberation Front criticized the budget on Tuesday. "
                        "\"This budget punishes our region,\" Debretsion Gebremichael told reporters. The TPLF chief "
                        "said talks would resume.")
    person = _person(doc, "Debretsion Gebremichael")
    assert _holder(doc, "The leader of") is person
    assert _holder(doc, "The TPLF chief") is person


@pytest.mark.parametrize("text, phrase, country, sector", [
    # a state body's head, no name ever given
    ("The Nigerian army chief said troops had killed dozens of militants in Borno state.", "Nigerian army chief",
     "NGA", "MIL"),
    # staff of a firm
    ("\"The delays are absurd,\" a JetBlue pilot complained at the gate in Boston.", "JetBlue pilot", "USA", "BUS"),
])
def test_an_unnamed_holder_is_a_person_of_the_body(process, text, phrase, country, sector) -> None:
    doc = _doc(process, text)
    person = _holder(doc, phrase)
    assert person is not None and person.kind == "person"
    assert person.sector == sector and (country is None or person.country == country)


def test_a_title_before_a_name_is_no_new_person(process) -> None:
    doc = _doc(process, "The Nigerian army chief Gen. Christopher Musa said troops had killed dozens of militants.")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Christopher Musa"]


def test_the_body_keeps_what_it_does_itself(process) -> None:
    doc = _doc(process, "A spokesman for the Kenya Defence Forces said the Kenya Defence Forces had left the town. "
                        "\"We completed the pullout,\" Paul Njuguna told reporters.")
    person = _person(doc, "Paul Njuguna")
    assert _holder(doc, "A spokesman for") is person
    body = _holder(doc, "Kenya Defence Forces had")
    assert body is not None and body is not person and body.kind != "person"


@pytest.mark.parametrize("text, name, sector", [
    # a state body's head noun and an abbreviated title before the name
    ("The Ghana Centre for Disease Control, or GCDC, reported 12 new cases on Friday. GCDC lead Dr. Kwame Asante "
     "said testing would expand.", "Kwame Asante", "GOV"),
    ("Kenya's defence ministry confirmed the raid. Defence Ministry chief Peter Otieno said two camps were hit.",
     "Peter Otieno", "GOV"),
])
def test_a_body_and_head_noun_before_a_name_give_the_body_sector(process, text, name, sector) -> None:
    assert _person(_doc(process, text), name).sector == sector


def test_a_civil_body_head_stays_civilian_and_one_person(process) -> None:
    doc = _doc(process, "Save the Children head Inger Ashing said the aid cuts would cost lives.")
    assert _person(doc, "Inger Ashing").sector in (None, "CVL")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Inger Ashing"]


def _events(process, text: str):
    return named_events(process, text, published="2025-03-10T00:00:00Z")


@pytest.mark.parametrize("text, kind, target", [
    # a judged withdrawal: its target is who withdraws, not the place left
    ("The rebel commander Ahmed Diriye praised the withdrawal of U.S. troops from Somalia.", "SUPPORT",
     "U.S. troops"),
    # a judged deployment: its 'of' phrase names the doer
    ("Washington criticized the deployment of Russian troops to Belarus.", "ACCUSE", "Russian troops"),
])
def test_a_judged_deed_targets_its_doer(process, text, kind, target) -> None:
    assert any(k == kind and target in t for k, _, t in _events(process, text)), _events(process, text)


def test_a_request_from_somebody_keeps_the_asker(process) -> None:
    assert any(k == "REJECT" and t == ["Israel"] for k, _, t in
               _events(process, "Egypt rejected the request from Israel to reopen the crossing."))


@pytest.mark.parametrize("text, phrase, body", [
    # a body's spokesperson, named nowhere, by an of/for phrase and by a compound
    ("A spokeswoman for the Kenya Defence Forces told reporters the camp had been cleared.",
     "A spokeswoman for the Kenya Defence Forces", "Kenya Defence Forces"),
    ("\"We do not comment on pending cases,\" a DHS spokesperson told VOA.", "DHS spokesperson", "DHS"),
])
def test_an_unnamed_spokesperson_of_a_body_is_a_person_of_it(process, text, phrase, body) -> None:
    doc = _doc(process, text)
    person = _holder(doc, phrase)
    owner = next(a for a in doc.actors if a.name.endswith(body) and a.kind != "person")
    assert person is not None and person.kind == "person" and person is not owner
    assert (person.country, person.sector) == (owner.country, owner.sector)


def test_an_unnamed_spokesperson_takes_no_pronoun_of_a_named_person(process) -> None:
    doc = _doc(process, "Omar Hadi, an activist in Bangkok, said he feared for the men. A spokesperson for the "
                        "State Department said on Monday that it had offered to resettle them. Hadi said he would keep asking.")
    hadi = _person(doc, "Omar Hadi")
    last_he = doc.text.rindex(" he ") + 1
    assert any(m.start == last_he for m in hadi.mentions)


def test_a_spokesperson_does_no_arrest(process) -> None:
    kinds = _events(process, "An ICE spokesperson declined to comment on Friday. Officials did not say what "
                             "crimes the five men were charged with.")
    assert not any(k == "COERCE" and s and s[0] and "spokesperson" in s[0] for k, s, _ in kinds), kinds


def test_a_leader_whose_known_office_is_the_bodys_is_linked(pipeline) -> None:
    """'The leader of Lebanon's Hezbollah militia on Tuesday praised ...' then 'Hassan Nasrallah said': the
    knowledge base gives him an office in that very body (REB of Lebanon), so the role is his, not somebody
    else's."""
    from eventwire.record import Article

    text = ("The leader of Lebanon's Hezbollah militia on Tuesday praised the fighters. "
            "\"This is only the beginning,\" Hassan Nasrallah said in a televised speech.")
    rec = pipeline.extract(Article(text=text, published="2023-11-03")).to_dict()
    person = next(a for a in rec["actors"] if a["name"] == "Hassan Nasrallah")
    spans = [text[m["start"]:m["end"]] for m in person["mentions"]]
    assert any(s.startswith("The leader of") or s.startswith("leader of") for s in spans), spans
