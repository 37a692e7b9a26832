"""Events round 4 (issue 15, rules by class), on sentences written for these tests: participants a reader
finds that the coder missed on news it was not written for."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule as coded


# ---- "blamed the bombing on X": the "on" phrase names whom the blame falls on ----------------------------

BLAMED_ON = [
    ("Nigeria's army blamed the bombing on Boko Haram.", "Boko Haram"),
    ("Officials in Kabul blamed the latest attacks on the Islamic State group.", "Islamic State"),
    ("Police in Lagos blamed the violence on protesters.", "protesters"),
]


@pytest.mark.parametrize("text,target", BLAMED_ON)
def test_blame_on_names_the_accused(process, text, target):
    rows = [r for r in coded(process, text) if r[0] == "ACCUSE"]
    assert rows and rows[0][2] == (target,), coded(process, text)


def test_blame_with_its_object_an_actor_still_targets_the_object(process):
    rows = [r for r in coded(process, "Kenya blamed Somalia for the dispute over the border.") if r[0] == "ACCUSE"]
    assert rows and rows[0][1] == ("Kenya",) and rows[0][2] == ("Somalia",), rows


# ---- a national capital named as a party stands for its country ------------------------------------------

CAPITALS = [
    ("Russia denies wrongdoing. The United States imposed new sanctions on Moscow on Friday.",
     "COERCE", "United States", "Russia"),
    ("Iran said on Monday it was ready. The European Union urged Tehran to return to the nuclear talks.",
     "REQUEST", "European Union", "Iran"),
    ("China's exports rose. Japan held talks with Beijing on Friday.", "CONSULT", "Japan", "China"),
]


@pytest.mark.parametrize("text,kind,source,target", CAPITALS)
def test_a_capital_as_party_is_its_country(process, text, kind, source, target):
    rows = [r for r in coded(process, text) if r[0] == kind]
    assert any(r[1] == (source,) and r[2] == (target,) for r in rows), coded(process, text)


def test_a_capital_as_a_mere_place_is_no_party(process):
    """A capital in a place phrase ("in Moscow") is where it happened, not whom it was done to."""
    rows = coded(process, "Russia hosted envoys. Germany and France held talks in Moscow on Friday.")
    assert not [r for r in rows if "Russia" in r[2]], rows


# ---- verbs of opposing and alleging ----------------------------------------------------------------------

VERBS = [
    ("Kenya opposes the Somali plan to extend the maritime border.", "REJECT", "Kenya", "Somalia"),
    ("The separatist Baloch Liberation Army opposes Chinese investment in the province.",
     "REJECT", "Baloch Liberation Army", "China"),
    ("Washington alleges the Taliban have not lived up to their commitment.", "ACCUSE", "United States", "Taliban"),
]


@pytest.mark.parametrize("text,kind,source,target", VERBS)
def test_verb_classes(process, text, kind, source, target):
    rows = [r for r in coded(process, text) if r[0] == kind]
    assert any(source in r[1][0] and len(r[2]) == 1 and target in r[2][0] for r in rows), coded(process, text)


def test_opposing_a_thing_of_nobody_is_no_event(process):
    rows = coded(process, "Many residents of the valley oppose the new dam.")
    assert not [r for r in rows if r[0] == "REJECT"], rows


# ---- status: what a governing or conjoined verb's modals do not reach ------------------------------------

def statuses(process, text: str) -> dict[str, str]:
    doc = process(text, "2024-03-05")
    return {e.trigger.text: e.status for e in doc.events}


@pytest.mark.parametrize("text,trigger,status", [
    # a noun naming its own participants, taken as an object: the happening is told as fact
    ("China has never condemned Russia's invasion of Ukraine.", "invasion", "asserted"),
    ("The minister did not comment on the Turkish offensive against the YPG.", "offensive", "asserted"),
    # the same noun as a subject: its verb says whether it happens
    ("Talks between Kenya and Somalia will resume next week.", "Talks", "planned"),
    # "going on" is no "going to"
    ("Negotiations between Britain and Mauritius have been going on for years.", "Negotiations", "asserted"),
    ("Kenya is going to hold talks with Somalia.", "talks", "planned"),
    # a conjoined verb with a tense or subject of its own is outside the first verb's negation
    ("Kenya did not attend the hearing and rejected the court's request.", "rejected", "asserted"),
    ("Kenya did not respond to the request, but it has rejected the ruling of the Somali court.", "rejected", "asserted"),
    # a bare conjoined verb shares it (a negated meeting is then not recorded, round 14: filters.unrecorded;
    # outside the negation it would be there, asserted)
    ("Kenya will not attend the hearing or meet Somali officials.", "meet", None),
])
def test_status_scope(process, text, trigger, status):
    assert statuses(process, text).get(trigger) == status, statuses(process, text)


# ---- whose claim a rejection answers, an accusation one sentence further back ----------------------------

def test_a_rejection_answers_an_accusation_of_its_side_two_sentences_back(process):
    text = ("The separatist Baloch Liberation Army accuses Pakistan of stealing the province's gas. "
            "The province is the country's largest. Pakistan rejects the claims.")
    rows = [r for r in coded(process, text) if r[0] == "REJECT"]
    assert rows and rows[0][2] == ("Baloch Liberation Army",), coded(process, text)


def test_an_accusation_of_someone_else_two_sentences_back_is_not_the_claim(process):
    """Only an accusation aimed at the rejecting side reaches that far back."""
    text = ("Human Rights Watch accused Ethiopia of abuses in Tigray. The report was long. Kenya rejected the claims.")
    rows = [r for r in coded(process, text) if r[0] == "REJECT"]
    assert not [r for r in rows if r[2] == ("Human Rights Watch",)], rows


def test_going_on_keeps_its_own_modal(process):
    assert statuses(process, "Talks between Kenya and Somalia will be going on in Nairobi.").get("Talks") == "planned"
