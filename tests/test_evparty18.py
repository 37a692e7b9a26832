"""A body told by "its", "their" or an owner's name is its owner's (round 18, evparty18).

A state's or an armed side's body named by the bare noun with "its", "their" or a country's or a group's name
for possessor ("its forces shelled ...", "the rebels said their fighters took ...", "Russia's troops") is the
owner, a country, an organization or a group (participants.owned_by_possessor), not a party called "forces" or
"fighters"; a deed so told by the owner stays according to it (status._own_body_told). A body named in full, a
civil group ("their supporters"), a person's fighters and a pronoun with no owner keep what they were. The
sentences are our own; what a careful coder records is written in each row before it was run.
"""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding.participants import owned_by_possessor

from .event_helpers import has_name as _has
from .event_helpers import events_with_names as _coded

# (shape, text, type, source, target or None, status, according_to name or None)
ROWS = [
    ("its forces, the country a sentence before", "Russia fired drones at Odesa overnight. Its forces also shelled "
     "Kharkiv on Monday.", "ASSAULT", "Russia", None, "asserted", None),
    ("its troops, told by the country", "Israel said its troops killed four Hamas fighters in Rafah.", "ASSAULT",
     "Israel", "Hamas", "reported", "Israel"),
    ("their fighters, told by the group", "The M23 rebels said their fighters seized two towns from the Congolese "
     "army.", "COERCE", "M23", "Congolese army", "reported", "M23"),
    ("its fighters fire at", "Hezbollah said its fighters fired rockets at an Israeli army post.", "ASSAULT",
     "Hezbollah", "Israel", "reported", "Hezbollah"),
    ("their forces, a group's plural", "The Houthis said their forces attacked a tanker in the Red Sea.", "ASSAULT",
     "Houthis", None, "reported", "Houthis"),
    ("its soldiers, a subject two sentences on", "Myanmar's junta declared martial law in Mandalay. Curfews began "
     "on Friday. Its soldiers detained 30 monks.", "COERCE", "Myanmar", "monks", "asserted", None),
    ("a country's troops by name", "Russia's troops shelled Kharkiv on Tuesday.", "ASSAULT", "Russia", None,
     "asserted", None),
    ("a country's soldiers as a target", "The rebels attacked Mali's soldiers near Gao.", "ASSAULT", "rebels", "Mali",
     "asserted", None),
    ("its troops as a target", "Nigeria's army launched an offensive in Borno. Boko Haram militants ambushed its "
     "troops on Sunday.", "ASSAULT", "Boko Haram", "Nigeria", "asserted", None),
]

# (shape, text, a source name no event may have, a source name some event must have or None)
KEPT = [
    # a civil group is no body of its owner: the supporters stay the supporters
    ("their supporters stay", "The opposition party said police attacked their supporters in Kampala.",
     "opposition party", None),
    # a person's "his forces" is not the person; the rule reads only "its" and "their"
    ("his forces are not the general", "General Mamadi Doumbouya said his forces arrested five officers.",
     "Mamadi Doumbouya", None),
    # "their" of two joined countries: neither alone is the doer
    ("their troops of two countries", "Rwanda and Uganda said their troops attacked rebels in Congo.", "Rwanda",
     None),
    ("their troops of two countries, the other", "Rwanda and Uganda said their troops attacked rebels in Congo.",
     "Uganda", None),
    # a person's fighters by name: the person is not the doer either
    ("a warlord's fighters", "General Khalifa Haftar's fighters seized the airport in Tripoli.", "Khalifa Haftar",
     None),
    # a body named in full keeps its name
    ("a coast guard named in full", "China's coast guard rammed a Philippine supply boat.", None, "coast guard"),
    # a body the owner's pronoun does not own by the bare noun: a named force keeps its name
    ("a named force", "Sudan's army said its Rapid Support Forces rivals shelled El Fasher.", None,
     "Rapid Support Forces"),
]


@pytest.mark.parametrize("shape,text,kind,source,target,status,according", ROWS, ids=[r[0] for r in ROWS])
def test_owned_body_is_its_owner(process, shape, text, kind, source, target, status, according) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert any(t == kind and _has(s, source) and (target is None or _has(g, target)) and st == status
               and (_has(a, according) if according else not a) for t, s, g, st, a in events), (shape, events)
    assert not any(any(n.lower() in ("forces", "troops", "fighters", "soldiers", "police") for n in s + g)
                   for _, s, g, _, _ in events), (shape, events)


@pytest.mark.parametrize("shape,text,absent,present", KEPT, ids=[r[0] for r in KEPT])
def test_other_bodies_kept(process, shape, text, absent, present) -> None:
    events = _coded(process(text, "2025-03-01"))
    if absent:
        assert not any(_has(s, absent) for _, s, _, _, _ in events), (shape, events)
    if present:
        assert any(_has(s, present) for _, s, _, _, _ in events), (shape, events)


def test_owned_by_possessor_reads_only_bare_state_or_armed_nouns(process) -> None:
    """The helper itself: "its troops" -> the country; "its economy" and "its people" -> nobody."""
    doc = process("Ukraine said its troops repelled an assault. Its economy grew and its people voted.", "2025-03-01")
    toks = {t.lower_: t for t in doc.nlp}
    found = owned_by_possessor(doc, toks["troops"])
    assert found is not None and doc.actor(found).name == "Ukraine"
    assert owned_by_possessor(doc, toks["economy"]) is None
    assert owned_by_possessor(doc, toks["people"]) is None


# A country's possessive on people outside the state is their origin, not a party (participants.country_of_people):
# (shape, text, type, source, the country no target may be, a target some event must have or None)
PEOPLE_OF_A_COUNTRY = [
    ("an opposition leader arrested", "Police arrested Kenya's opposition leader in Nairobi.", "COERCE", "Police",
     "Kenya", None),
    ("an opposition figure detained", "Soldiers detained Uganda's best-known opposition figure.", "COERCE",
     "Soldiers", "Uganda", None),
    ("a journalist arrested", "Police arrested Turkey's most famous investigative journalist.", "COERCE", "Police",
     "Turkey", None),
    ("journalists named by the actors stage", "Security forces detained Egypt's journalists at the border.",
     "COERCE", "Security forces", "Egypt", "journalists"),
]

# the state's people and the country's things keep the country as the target
# (shape, text, type, source, target)
STATES_OWN = [
    ("a state's diplomats expelled", "Venezuela expelled Argentina's diplomats on Monday.", "SANCTION", "Venezuela",
     "Argentina"),
    ("a country's thing attacked", "Russia attacked Ukraine's power grid overnight.", "ASSAULT", "Russia", "Ukraine"),
    ("a country's decision judged", "Brazil condemned Venezuela's decision to close the border.", "ACCUSE", "Brazil",
     "Venezuela"),
]


@pytest.mark.parametrize("shape,text,kind,source,country,target", PEOPLE_OF_A_COUNTRY,
                         ids=[r[0] for r in PEOPLE_OF_A_COUNTRY])
def test_people_of_a_country_are_not_the_state(process, shape, text, kind, source, country, target) -> None:
    events = [e for e in _coded(process(text, "2025-03-01")) if e[0] == kind and _has(e[1], source)]
    assert events, (shape, events)
    assert not any(_has(g, country) for _, _, g, _, _ in events), (shape, events)
    if target:
        assert any(_has(g, target) for _, _, g, _, _ in events), (shape, events)


@pytest.mark.parametrize("shape,text,kind,source,target", STATES_OWN, ids=[r[0] for r in STATES_OWN])
def test_states_own_keep_the_country(process, shape, text, kind, source, target) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert any(t == kind and _has(s, source) and _has(g, target) for t, s, g, _, _ in events), (shape, events)


# A leader telling what "his administration" / "her government" does by words, a stand or an offer is the leader
# (participants.heads_own_government); a deed stays the state's, and others' words about it stay the state's.
# (shape, text, type, source that must be there, source that must not)
HEADS_OWN = [
    ("a refusal by the head", "President Bola Tinubu said his administration would not bow to pressure from the "
     "kidnappers.", "REJECT", "Tinubu", "Nigeria"),
    ("an agreement by the head", "Kenyan President William Ruto said his government had agreed to send police to "
     "Haiti.", "AGREE", "Ruto", "Kenya"),
    ("her government refuses", "Italy's prime minister, Giorgia Meloni, said her government would not accept the "
     "European Union's migration plan.", "REJECT", "Meloni", "Italy"),
]
# (shape, text, type, source that must be there)
STATE_KEPT = [
    ("a deed stays the state's", "Kenyan President William Ruto said his government had agreed to send police to "
     "Haiti.", "MOBILIZE", "Kenya"),
    ("others' words about it", "Critics of President William Ruto say his government arrested dozens of protesters.",
     "COERCE", "Kenya"),
]


@pytest.mark.parametrize("shape,text,kind,source,not_source", HEADS_OWN, ids=[r[0] for r in HEADS_OWN])
def test_head_tells_own_government(process, shape, text, kind, source, not_source) -> None:
    events = [e for e in _coded(process(text, "2025-03-01")) if e[0] == kind]
    assert any(_has(s, source) for _, s, _, _, _ in events), (shape, events)
    assert not any(_has(s, not_source) for _, s, _, _, _ in events), (shape, events)


@pytest.mark.parametrize("shape,text,kind,source", STATE_KEPT, ids=[r[0] for r in STATE_KEPT])
def test_state_keeps_deeds_and_others_words(process, shape, text, kind, source) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert any(t == kind and _has(s, source) for t, s, _, _, _ in events), (shape, events)
