"""Events round 2 (issue 15, second pass), on sentences written for these tests: a judgement told as
"called X <evaluative complement>" whose complement the parser hung on a "to" clause inside or after the
object ("called the Thai plan to curb rice sales 'unfair'")."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule as coded


CALLED = [
    # the object labelled a complement, the "to" clause hung on the verb, the adjective under that clause
    ('Somchai Wong, head of the Rice Exporters Association, called the Thai plan to curb rice sales '
     '"deeply unfair and will hurt thousands of farmers."', "Somchai Wong", "Thailand"),
    # the "to" clause as the object's own modifier
    ('Maria Lopez, head of the Mexican Avocado Growers Association, called the U.S. decision to tax Mexican '
     'avocados "deeply unfair and will hurt thousands of small farmers."', "Maria Lopez", "United States"),
    # a plain complement right after the object
    ('The minister called the Polish decision to close the border "unacceptable."', "The minister", "Poland"),
]


@pytest.mark.parametrize("text,source,target", CALLED)
def test_a_disparaging_complement_after_a_to_clause_is_an_accusation(process, text, source, target):
    rows = [r for r in coded(process, text) if r[0] == "ACCUSE"]
    assert rows, coded(process, text)
    assert rows[0][1] == (source,) and rows[0][2] == (target,)
    assert rows[0][3] == "verb:call/disparage"


def test_a_complement_of_a_verb_that_takes_its_own_is_not_the_call_s(process):
    """"named him 'a traitor'" inside the object: the complement belongs to "name", not to "called"."""
    rows = coded(process, 'The editor called the Kenyan decision to name Otieno "a traitor" last week.')
    assert not [r for r in rows if r[0] == "ACCUSE" and r[3] == "verb:call/disparage"], rows


def test_no_judged_maker_no_accusation(process):
    """A complement of disparagement about a thing nobody is named as making gives no accusation."""
    rows = coded(process, 'Rights groups called the decision to appoint the judge "outrageous."')
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


def test_praise_is_not_an_accusation(process):
    rows = coded(process, 'The union called the Kenyan offer to raise wages "a good start."')
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


# ---- whom a proposal, offer or pledge is for ------------------------------------------------------------

OFFERED = [
    # a gerund in a "for" phrase of the object
    ("The European Commission has proposed a $10 billion plan for rebuilding Syria.", "European Commission", "Syria"),
    # an infinitive modifying the object, with two beneficiaries coordinated
    ("France pledged a fund to support Ukraine and Moldova.", "France", "Ukraine"),
    # a bare "for" place
    ("Qatar offered a package for Gaza.", "Qatar", "Palestine"),
    # the purpose hung on the verb, its actor the subject the parser gives "help"
    ("The World Bank offered a loan to help Malawi rebuild its roads.", "World Bank", "Malawi"),
]


@pytest.mark.parametrize("text,source,target", OFFERED)
def test_an_offer_targets_whom_its_purpose_names(process, text, source, target):
    rows = [r for r in coded(process, text) if r[0] == "AGREE" and r[1] == (source,)]
    assert rows, coded(process, text)
    assert target in [t for r in rows for t in r[2]]
    assert all(r[3].endswith("/for") for r in rows if r[2])


def test_an_offer_for_the_offering_side_itself_has_no_target(process):
    rows = coded(process, "The European Union proposed a plan to rearm Europe.")
    assert not [r for r in rows if r[0] == "AGREE" and r[2]], rows


def test_an_offer_with_an_addressee_keeps_it(process):
    rows = [r for r in coded(process, "Japan offered Kenya a loan to support Somalia.") if r[0] == "AGREE"]
    assert rows and rows[0][2] == ("Kenya",), rows


# ---- an operation told with a harmful outcome is an attack ------------------------------------------------

OPERATIONS = [
    # a relative clause after a reduced relative naming the doer
    ("The ambush came after an operation carried out by Kenya's National Police Service (NPS) a day earlier, "
     "which resulted in the deaths of nine al-Shabab fighters.", "National Police Service", "al-Shabab"),
    # the doer as the light verb's subject, the outcome an arrest
    ("The Nigerian army launched an operation that led to the arrest of 30 Boko Haram fighters.",
     "Nigerian army", "Boko Haram"),
]


@pytest.mark.parametrize("text,source,target", OPERATIONS)
def test_an_operation_with_deaths_or_arrests_as_its_outcome_is_an_attack(process, text, source, target):
    rows = [r for r in coded(process, text) if r[0] == "ASSAULT"]
    assert rows, coded(process, text)
    assert rows[0][1] == (source,) and rows[0][2] == (target,)
    assert "outcome" in rows[0][3]


def test_the_operation_as_subject_of_its_outcome(process):
    rows = [r for r in coded(process, "An operation by Malian troops resulted in the deaths of 15 jihadists.")
            if r[0] == "ASSAULT"]
    assert rows and rows[0][1] == ("Malian troops",), rows  # a state's troops: its military (round 12)


@pytest.mark.parametrize("text", [
    "The Pakistani army completed a rescue operation on Wednesday.",
    "The company said the operation resulted in higher profits.",
    "The Kenyan army said the operation was a success.",
])
def test_an_operation_without_a_harmful_outcome_is_no_attack(process, text):
    assert not [r for r in coded(process, text) if r[0] == "ASSAULT"], coded(process, text)


# ---- a gerund the parser tagged a verb, standing as a noun -----------------------------------------------

def test_fighting_between_two_sides_as_a_subject_is_an_attack(process):
    rows = [r for r in coded(process, "Fighting between Sudan's army and the RSF continued on Sunday.")
            if r[0] == "ASSAULT"]
    assert rows and rows[0][3] == "noun:fighting/between", rows


def test_a_gerund_with_its_own_object_stays_a_verb(process):
    rows = [r for r in coded(process, "Sudan's army has been fighting the RSF since April.") if r[0] == "ASSAULT"]
    assert rows and rows[0][3].startswith("verb:fight"), rows


# ---- a phrasal verb whose particle the parser took for an adverb; a deal "between" two parties -----------

@pytest.mark.parametrize("text,source,target", [
    ("Germany will go along with the French plan.", "Germany", "France"),
    ("Japan went along with the U.S. proposal.", "Japan", "United States"),
    # to-infinitive under an adjective, the thing supported made between two parties
    ("Macron said he was inclined to go along with the deal between Kenya and Somalia.", "Macron", "Kenya"),
])
def test_going_along_with_a_plan_supports_its_maker(process, text, source, target):
    rows = [r for r in coded(process, text) if r[0] == "SUPPORT"]
    assert rows, coded(process, text)
    assert rows[0][1] == (source,) and rows[0][2] == (target,)
    assert rows[0][3].startswith("verb:go/along")


def test_going_along_a_road_is_no_support(process):
    assert not [r for r in coded(process, "The convoy went along the road with Kenyan police.") if r[0] == "SUPPORT"]


# ---- refusing to give way: a verb of yielding, negated ----------------------------------------------------

@pytest.mark.parametrize("text,source", [
    ("Iran will not back down.", "Iran"),
    ('"No, I am not going to bend at all," Erdogan said.', "Erdogan"),
    ('Lula said, "No, I am not going to bend at all — beef or sugar or cars."', "Lula"),
    ("The union will not give in.", "union"),
    ("Kenya did not yield.", "Kenya"),
])
def test_a_negated_verb_of_giving_way_is_a_refusal(process, text, source):
    rows = coded(process, text)
    assert [r for r in rows if r[0] == "REJECT" and source in r[1][0]], rows
    assert not [r for r in rows if r[0] == "CONCEDE"], rows


@pytest.mark.parametrize("text", ["Israel backed down on Tuesday.", "The union gave in to the demands."])
def test_giving_way_affirmed_is_a_concession(process, text):
    rows = coded(process, text)
    assert [r for r in rows if r[0] == "CONCEDE"] and not [r for r in rows if r[0] == "REJECT"], rows


def test_not_going_to_negates_the_verb_under_it(process):
    rows = coded(process, "Iran is not going to accept the deal.")
    assert [r for r in rows if r[0] == "REJECT" and r[1] == ("Iran",)], rows


# ---- a deed done "for allegedly ..." accuses whom it is done to ------------------------------------------

ALLEGED = [
    ("Kenya cut ties with Somalia for allegedly meddling in its elections.", "Kenya", "Somalia"),
    ("Russia expelled two Estonian diplomats for allegedly spying.", "Russia", "two Estonian diplomats"),
    ("Police arrested Otieno for allegedly inciting violence.", "Police", "Otieno"),
    # a progressive deed under a speech verb, the reason a noun
    ("In May, Uganda announced it was cutting ties with Rwanda over its alleged support for rebels.",
     "Uganda", "Rwanda"),
]


@pytest.mark.parametrize("text,source,target", ALLEGED)
def test_a_deed_done_for_an_alleged_act_accuses(process, text, source, target):
    doc = process(text, "2024-03-05")
    name = {a.id: a.name for a in doc.actors}
    rows = [e for e in doc.events if e.type == "ACCUSE"]
    assert rows, [(e.type, e.rule) for e in doc.events]
    assert name[rows[0].source[0]] == source and name[rows[0].target[0]] == target
    assert rows[0].rule.endswith("/alleged") and rows[0].status == "asserted"
    assert text[rows[0].trigger.start:rows[0].trigger.end] == rows[0].trigger.text


@pytest.mark.parametrize("text", [
    "Kenya cut ties with Somalia for meddling in its elections.",  # no allegation: a reason, not a charge
    "The minister said the rebels were allegedly behind the attack.",
])
def test_no_allegation_no_accusation_of_this_kind(process, text):
    assert not [r for r in coded(process, text) if r[3].endswith("/alleged")], coded(process, text)
