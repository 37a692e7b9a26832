"""Officials of a named state described, not named (issues 15 and 16, round 12): 'Chile's president', 'the
Ghanaian finance minister', 'the president of Senegal', 'the country's president'. The described official is
the person the story names in that office of that state, before or (the one such person) after; named by
nobody, an actor of its own, a person of that state with the office's sector, that events can use. A named
official in the same phrase stays named; two offices of one state are two people. Sentences written for these
tests, in several shapes (subject, object, passive agent, 'X's', 'of X', demonym)."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _doc(process, text: str):
    return process(text, published="2024-05-02T10:00:00Z")


def _holder(doc, phrase: str) -> Actor | None:
    """The actor a mention of exactly ``phrase`` (with or without a leading 'the') belongs to."""
    for a in doc.actors:
        for m in a.mentions:
            if m.text in (phrase, "the " + phrase, "The " + phrase):
                return a
    return None


def _events(doc) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name[i] for i in e.source), tuple(name[i] for i in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, phrase, country, sector", [
    # subject, possessive
    ("Chile's president signed the decree on Monday.", "Chile's president", "CHL", "GOV"),
    # object, demonym
    ("The opposition accused the Ghanaian finance minister of lying about the debt.",
     "Ghanaian finance minister", "GHA", "GOV"),
    # passive agent
    ("The ruling was criticized by Chile's president on Tuesday.", "Chile's president", "CHL", "GOV"),
    # 'of X', subject and object
    ("The president of Senegal met Ghanaian officials in Dakar on Friday.", "president of Senegal", "SEN", "GOV"),
    ("Rebels accused the defense minister of Peru of ordering the raid.", "defense minister of Peru", "PER", "GOV"),
    # a judge and a lawmaker's office
    ("Opposition leaders criticized Kenya's attorney general on Monday.", "Kenya's attorney general", "KEN", "JUD"),
])
def test_a_described_official_is_a_person_of_that_state(process, text, phrase, country, sector) -> None:
    actor = _holder(_doc(process, text), phrase)
    assert actor is not None and (actor.kind, actor.country, actor.sector) == ("person", country, sector)


@pytest.mark.parametrize("text, event", [
    ("The opposition accused the Ghanaian finance minister of lying about the debt.",
     ("ACCUSE", ("opposition",), ("Ghanaian finance minister",))),
    ("The ruling was criticized by Chile's president on Tuesday.", ("ACCUSE", ("Chile's president",), ())),
    ("The president of Senegal met Ghanaian officials in Dakar on Friday.",
     ("CONSULT", ("president of Senegal",), ("Ghanaian officials",))),
])
def test_a_described_official_takes_part_in_events(process, text, event) -> None:
    assert event in _events(_doc(process, text))


def test_a_named_official_in_the_phrase_stays_named(process) -> None:
    doc = _doc(process, "Kenya's president William Ruto criticized the ruling on Friday.")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["William Ruto"]
    doc = _doc(process, "Ethiopia's ambassador to Sudan, Abdi Warsame Farah, blamed Khartoum for the delay.")
    people = [a for a in doc.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Abdi Warsame Farah"]


def test_the_description_is_the_holder_named_before_or_after(process) -> None:
    doc = _doc(process, "President Gabriel Boric flew to Lima on Monday. On Tuesday, Chile's president "
                        "criticized the court.")
    assert _holder(doc, "Chile's president").name == "Gabriel Boric"
    doc = _doc(process, "Ghana's president opened the new port on Monday. President John Mahama said the port "
                        "would create jobs.")
    assert _holder(doc, "Ghana's president").name == "John Mahama"
    doc = _doc(process, "HARARE — A lawmaker who had insulted the country's president lost his seat on Monday. "
                        "President Emmerson Mnangagwa said on Friday that critics would be punished.")
    assert _holder(doc, "country's president").name == "Emmerson Mnangagwa"


def test_two_offices_of_one_state_are_two_people(process) -> None:
    doc = _doc(process, "Ghana's president criticized Ghana's finance minister on Monday.")
    president, minister = _holder(doc, "Ghana's president"), _holder(doc, "Ghana's finance minister")
    assert president is not None and minister is not None and president.id != minister.id
    assert ("ACCUSE", (president.name,), (minister.name,)) in _events(doc)


def test_one_office_described_twice_is_one_person(process) -> None:
    doc = _doc(process, "Chile's president criticized the court on Monday. Later the Chilean president met the "
                        "judges.")
    assert _holder(doc, "Chile's president").id == _holder(doc, "Chilean president").id


@pytest.mark.parametrize("text, phrase", [
    ("Ghana's former president criticized the court on Monday.", "Ghana's former president"),
    ("The president of Cameroon's poultry association criticized the tax.", "president of Cameroon"),
    ("Ruto, Kenya's president, criticized the ruling.", "Kenya's president"),
])
def test_no_official_of_a_state_where_the_phrase_says_otherwise(process, text, phrase) -> None:
    actor = _holder(_doc(process, text), phrase)
    assert actor is None or actor.name != phrase and actor.name != phrase.removeprefix("the ")


def test_state_office() -> None:
    from eventwire.stages.actors.coref.officials import state_office
    from eventwire.stages.actors.words import actor_words

    w = actor_words()
    assert state_office("president", w) == "GOV" and state_office("judge", w) == "JUD"
    assert state_office("general", w) == "MIL" and state_office("senator", w) == "LEG"
    assert state_office("analyst", w) is None and state_office("officials", w) is None
    assert state_office("opposition leader", w) is None


@pytest.mark.parametrize("text, phrase, holder", [
    # a word of tenure between the state and the office (office_tenure_words.txt)
    ("Peru's new president, Dina Boluarte, flew to Quito on Monday.", "Peru's new president", "Dina Boluarte"),
    ("Iran's acting president accused Israel of sabotage on Monday.", "Iran's acting president",
     "Iran's acting president"),
    ("Delegates attended the swearing-in of Chile's new president on Friday. Gabriel Boric, 36, took the oath.",
     "Chile's new president", None),
])
def test_a_word_of_tenure_keeps_the_office_the_states(process, text, phrase, holder) -> None:
    actor = _holder(_doc(process, text), phrase)
    assert actor is not None and actor.kind == "person" and (holder is None or actor.name == holder)


@pytest.mark.parametrize("text, event", [
    # an unnamed envoy or spokesperson is dealt with, and speaks, for the state (participants.PROXY_HEADS)
    ("Poland summoned Russia's ambassador on Monday.", ("ACCUSE", ("Poland",), ("Russia",))),
    ("Poland summoned the Russian ambassador on Monday.", ("ACCUSE", ("Poland",), ("Russia",))),
])
def test_an_unnamed_envoy_stands_for_the_state(process, text, event) -> None:
    doc = _doc(process, text)
    assert event in _events(doc) and not any(a.kind == "person" for a in doc.actors)


def test_two_states_offices_joined_by_and_are_two_people(process) -> None:
    doc = _doc(process, "Ghana's president and Togo's president met in Lome on Friday.")
    ghana, togo = _holder(doc, "Ghana's president"), _holder(doc, "Togo's president")
    assert ghana is not None and togo is not None and ghana.id != togo.id
    assert (ghana.country, togo.country) == ("GHA", "TGO")


@pytest.mark.parametrize("text", [
    "He is Kenya's president.",  # a predicate says what somebody is
    "Kenya's president's office criticized the ruling.",  # an owner of something else
])
def test_no_official_where_the_description_is_no_participant(process, text) -> None:
    assert not any(a.kind == "person" for a in _doc(process, text).actors)


@pytest.mark.parametrize("text, name, country", [
    # a state's forces and troops are its military, a group of that state (collectives.tsv no longer has them)
    ("Ukrainian forces shelled the bridge near Kherson on Sunday.", "Ukrainian forces", "UKR"),
    ("Insurgents ambushed Nigerien troops near the border.", "Nigerien troops", "NER"),
    ("The cargo ship was seized by Iranian forces in the Gulf.", "Iranian forces", "IRN"),
])
def test_a_states_forces_are_its_military(process, text, name, country) -> None:
    doc = _doc(process, text)
    actor = _holder(doc, name)
    assert actor is not None and (actor.kind, actor.country, actor.sector) == ("group", country, "MIL")
    assert any(actor.name in s + t for _, s, t in _events(doc))


def test_the_side_of_a_state_is_still_the_state(process) -> None:
    actor = _holder(_doc(process, "The Russian side rejected the proposal on Monday."), "The Russian side")
    assert actor is not None and actor.kind == "country" and actor.country == "RUS"


def test_the_government_after_a_states_troops_is_that_state(process) -> None:
    text = ("KAMPALA — Rebels from across the border ambushed Ugandan troops last year, and the government then "
            "deployed more soldiers to the region.")
    actor = _holder(_doc(process, text), "the government")
    assert actor is not None and actor.country == "UGA"


@pytest.mark.parametrize("text, name, country", [
    ("LUSAKA - President Mwila Banda of Zambia hosted his Malawian counterpart, Chifundo Phiri, on Monday.",
     "Chifundo Phiri", "MWI"),
    ("Finance Minister Rosa Quispe of Peru called her Bolivian counterpart Ana Mamani on Friday.",
     "Ana Mamani", "BOL"),
])
def test_a_counterpart_holds_the_same_office_in_the_other_state(process, text, name, country) -> None:
    doc = _doc(process, text)
    actor = next(a for a in doc.actors if a.name == name)
    assert (actor.kind, actor.country, actor.sector) == ("person", country, "GOV")
