"""Targets a reader gives to events whose own phrase names none (round 14, evtargets), on sentences written for
these tests: the holder of a charge or a court's act a demand asks be dropped or put off
(eventcoding/targets/holders.py), and whom aid is given for, told by its infinitive of purpose
(eventcoding/targets/aided.py)."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule as coded


def rows_of(rows, kind: str):
    return [r for r in rows if r[0] == kind]


# ---- the holder of a charge or a court's act a demand asks be ended or deferred ---------------------------

@pytest.mark.parametrize("text, source, target", [
    # a clause "that the charges ... be dropped", the charge naming whom it is against
    ("A court in Ankara charged the editor Ali Demir with espionage on Friday. Rights groups demanded that the "
     "charges against him be dropped.", "Rights groups", "court"),
    # "urged that the charge be withdrawn", the charge naming nobody: whoever accused a person before
    ("Prosecutors accused the activist Maria Lopez of fraud in May. Her supporters urged that the charge be "
     "withdrawn.", "supporters", "Prosecutors"),
    # "called for the charges to be quashed": the police who arrested him (no country of theirs named as a party)
    ("Nigerian police arrested the blogger Musa Bello in Kano. Amnesty International called for the charges to be "
     "quashed.", "Amnesty International", "Nigerian police"),
])
def test_a_demand_to_drop_a_charge_is_made_of_whoever_brought_it(process, text, source, target):
    found = [r for r in rows_of(coded(process, text), "REQUEST") if r[1] == (source,)]
    assert [(r[2], r[3].endswith("holder")) for r in found] == [((target,), True)]


@pytest.mark.parametrize("text, source, target", [
    ("The International Court of Justice scheduled hearings in the maritime case. Somalia filed a request for the "
     "hearings to be delayed.", "Somalia", "International Court of Justice"),
    ("The International Criminal Court set the trial for June. Sudan asked for the trial to be postponed.",
     "Sudan", "International Criminal Court"),
])
def test_a_demand_to_defer_a_courts_act_is_made_of_the_court(process, text, source, target):
    found = [r for r in rows_of(coded(process, text), "REQUEST") if r[1] == (source,)]
    assert [(r[2], r[3].endswith("holder")) for r in found] == [((target,), True)]


@pytest.mark.parametrize("text", [
    # not a charge nor a court's act: a strike, an election
    "Police arrested the union leader Jo Kim. The union called for the strike to be postponed.",
    "The army detained the mayor Omar Said. The opposition party called for the election to be delayed.",
    # a charge asked to be investigated, not dropped
    "Prosecutors accused the activist Maria Lopez of fraud. Her supporters urged that the charge be investigated.",
])
def test_no_holder_without_a_charge_or_court_act_undone(process, text):
    assert not any(r[3].endswith("holder") for r in coded(process, text))


def test_the_holder_is_never_the_demanding_side(process):
    # the only charge told is one the demanding side itself brought
    text = ("Kenya charged the trader Ali Hassan with smuggling. Kenya later called for the charges to be dropped.")
    assert not any(r[3].endswith("holder") for r in coded(process, text))


# ---- whom aid is given for: the object of its infinitive of purpose ----------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The European Union sent funds to support the Moldovan government.", "European Union", "Moldova"),
    ("Japan provided humanitarian aid to support the Palestinian Authority.", "Japan", "Palestinian Authority"),
    # the parser hangs the infinitive on a joined noun of what is given
    ("The U.S. government has provided weapons and training, and financed barracks to assist the "
     "Kenyan police.", "United States", "Kenyan police"),
])
def test_aid_given_to_help_a_party_is_aid_to_it(process, text, source, target):
    found = rows_of(coded(process, text), "AID")
    assert [(r[1], r[2]) for r in found] == [((source,), (target,))]
    assert found[0][3].endswith("aided")


@pytest.mark.parametrize("text", [
    "Qatar provided fuel to help the economy recover.",  # no party helped
    "The agency distributed food to help them survive the winter.",  # a pronoun with nobody named
])
def test_no_aid_target_without_a_party_helped(process, text):
    assert not any(r[3].endswith("aided") for r in coded(process, text))


def test_another_doers_purpose_is_not_the_aids(process):
    # "Russia sent advisers to assist the Syrian army": Russia's, not Turkey's
    rows = coded(process, "Turkey supplied drones to Azerbaijan, and Russia sent advisers to assist the Syrian army.")
    assert not any(r[1] == ("Turkey",) and r[2] == ("Syrian army",) for r in rows)


def test_a_citizens_demand_of_their_own_state_is_kept(process):
    # a rights group of the country asks the state that charged the reporter (not "its own side")
    text = ("Cambodia charged the reporter Sok Chea with incitement. The Cambodian Center for Human Rights called "
            "for the charges to be dropped.")
    found = [r for r in rows_of(coded(process, text), "REQUEST") if r[3].endswith("holder")]
    assert [r[2] for r in found] == [("Cambodia",)]


# ---- a demand for an act the asked party does itself: made of that act's doer -----------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Seoul called for North Korea's complete denuclearization.", "South Korea", "North Korea"),
    # the "for" object of a request noun a verb takes
    ("Washington renewed its call for the denuclearization of North Korea.", "United States", "North Korea"),
    # the owner of what the act stops
    ("The African Union urged an end to Ethiopia's blockade of the region.", "African Union", "Ethiopia"),
])
def test_a_demand_for_a_partys_own_act_is_made_of_it(process, text, source, target):
    found = [r for r in rows_of(coded(process, text), "REQUEST") if r[1] == (source,)]
    assert [(r[2], r[3].endswith("doer")) for r in found] == [((target,), True)]


@pytest.mark.parametrize("text", [
    "Russia called for the withdrawal of sanctions.",  # a thing withdrawn, no party
    "The European Union called for an end to the fighting.",  # nobody's fighting named
    "Activists demanded the suspension of Glencore's license.",  # a suspension is done to the owner, by others
])
def test_no_doer_without_a_party_doing_the_act(process, text):
    assert not any(r[3].endswith("doer") for r in coded(process, text))


# ---- the owner of a thing judged, told at its earlier mention -----------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Ethiopia unveiled its plan for the dam in May. Egypt denounced the plan as a threat.", "Egypt", "Ethiopia"),
    ("Hungary's government drafted its new media law in April. The European Commission criticized the law.",
     "European Commission", "Hungary"),
    ("Nigeria's army published its map of the border region. Cameroon rejected the map.", "Cameroon",
     "Nigeria's army"),
])
def test_a_judgement_of_a_thing_told_before_is_aimed_at_its_owner(process, text, source, target):
    # (round 21: the maker of a thing put forward ('unveiled', 'drafted', 'published') is read first, as the
    # reading 'maker'; the earlier mention's owner, 'told', gives the same party when no verb of putting forward does)
    found = [r for r in coded(process, text) if r[1] == (source,) and r[3].endswith(("told", "maker"))]
    assert [r[2] for r in found] == [(target,)]


@pytest.mark.parametrize("text", [
    # an indefinite object is a new thing, not the one told
    "Ethiopia unveiled its plan for the dam in May. Egypt denounced a plan to divert the river.",
    # the thing told has no owner named
    "The minister presented a budget on Monday. Opposition parties rejected the budget.",
])
def test_no_told_owner_without_a_definite_thing_owned_before(process, text):
    assert not any(r[3].endswith("told") for r in coded(process, text))


# ---- a coercion of a body told by its owner: the body where the article names it, else the owner -------------

@pytest.mark.parametrize("text, source, target", [
    # the one party the article names is "the party" (a leader parties.tsv does not know: round 27's
    # leader_parties reads the party of a leader it knows before this reading)
    ("Zambia's cabinet dissolved the party of ex-President Joseph Mwale on Thursday. Leaders of the Zambian "
     "Unity Party called the move illegal.", "cabinet", "Unity Party"),
    # no party named: its owner
    ("Thailand's Constitutional Court dissolved the party of former Prime Minister Somchai Rattanakorn.",
     "Thailand's Constitutional Court", "Somchai Rattanakorn"),
])
def test_a_body_dissolved_is_named_by_itself_or_its_owner(process, text, source, target):
    found = [r for r in rows_of(coded(process, text), "COERCE") if r[1] == (source,)]
    assert [(r[2], r[3].endswith("body")) for r in found] == [((target,), True)]


@pytest.mark.parametrize("text, source, target", [
    # a leader parties.tsv knows names the party itself (round 27)
    ("Sudan's cabinet dissolved the party of ex-President Omar al-Bashir on Thursday. Leaders of the National "
     "Congress Party called the move illegal.", "cabinet", "National Congress Party"),
    ("Thailand's Constitutional Court dissolved the party of former Prime Minister Thaksin Shinawatra.",
     "Thailand's Constitutional Court", "Pheu Thai"),
])
def test_a_body_dissolved_named_by_a_known_leader(process, text, source, target):
    found = [r for r in rows_of(coded(process, text), "COERCE") if r[1] == (source,)]
    assert [r[2] for r in found] == [(target,)]


@pytest.mark.parametrize("text", [
    "The army dissolved the local council in the capital.",  # no owner named
    "Kenya's government dissolved its own task force.",  # its own body: a pronoun owner
])
def test_no_body_reading_without_an_owner_named(process, text):
    assert not any(r[3].endswith("body") for r in coded(process, text))


@pytest.mark.parametrize("text, source, target", [
    ("Ethiopia finished its plan for the dam in May. Egypt denounced the plan as a threat.", "Egypt", "Ethiopia"),
    ("Serbia completed its map of the border region. Croatia rejected the map.", "Croatia", "Serbia"),
])
def test_the_owner_told_before_when_no_verb_puts_the_thing_forward(process, text, source, target):
    found = [r for r in coded(process, text) if r[1] == (source,) and r[3].endswith("told")]
    assert [r[2] for r in found] == [(target,)]
