"""Round 20 (evconflict20): material conflict, read by class on sentences of our own.

- a covert group a state breaks up ("dismantled a cell", "dismantled a smuggling ring": word class
  busted_groups of event_word_classes.tsv) is coercion, the arrests of its members (COERCE 173); its target the
  name it goes by when the object is no actor ("dismantled a cell calling itself X": target role selfnamed; "broke up", "busted" are no hand rows: "break" and "bust" are
  verbs of the PETRARCH dictionary list, test_event_dictionary_verbs)
- violence an accusation alleges ("accused X of killing ...", "X was accused of plotting to kidnap ...",
  "blamed X for the bombing"): the attack is coded, its doer the one accused (never the accuser), status
  reported, according to the accuser where named (eventcoding/alleged.py); any other deed an accusation
  alleges stays the accusation alone ("accused India of providing weapons")

- a party told it "will not be spared" by a speaker who can carry it out (speech_threats.tsv shape notpassive)

Each row's events were written down before the code ran; negative rows must give no such event."""
from __future__ import annotations

import pytest

from .event_helpers import coded


def _has(events, kind, source, target=None):
    def holds(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return any(t == kind and holds(s, source) and (target is None and not g or target is not None and holds(g, target))
               for t, s, g in events)


BUSTED = [
    ("Spanish police dismantled a jihadist cell in Barcelona on Friday.", "Spanish police"),
    ("The FBI dismantled a drug trafficking ring in Texas last week.", "FBI"),
    ("A human smuggling network was dismantled by Kenyan police in Mombasa.", "Kenyan police"),
]


SELF_NAMED = [
    ('Moroccan police dismantled a militant cell calling itself "the Soldiers of the Dawn" in Tangier.',
     "Moroccan police", "Soldiers of the Dawn"),
    ("The FBI dismantled a gang known as the Blue Vipers in Texas.", "FBI", "Blue Vipers"),
]


@pytest.mark.parametrize("text,source,target", SELF_NAMED)
def test_busted_group_named_by_what_it_calls_itself(process, text, source, target):
    assert _has(coded(process, text), "COERCE", source, target)


def test_busted_group_takes_no_target_from_its_plans(process):
    events = coded(process, "Spanish police dismantled a cell planning attacks on Morocco.")
    assert not any(t == "COERCE" and any("Morocco" in (n or "") for n in g) for t, _, g in events)


@pytest.mark.parametrize("text,source", BUSTED)
def test_busted_group_is_coercion(process, text, source):
    assert _has(coded(process, text), "COERCE", source)


NOT_BUSTED = [
    "The company dismantled its old network of suppliers.",
    "The crowd broke up after the speech.",
    "Engineers dismantled the ring road barrier.",
]


@pytest.mark.parametrize("text", NOT_BUSTED)
def test_no_coercion_without_a_covert_group(process, text):
    assert not any(t == "COERCE" for t, _, _ in coded(process, text))


ALLEGED = [
    # active: the one accused does it, not the accuser
    ("Prosecutors accused two Iranian agents of plotting to kill the dissident Jane Doe.", "Iran", "Jane Doe"),
    ("Human Rights Watch accused the Ethiopian army of killing dozens of civilians in Amhara.", "Ethiopian army",
     "civilians"),
    # passive, accuser unnamed
    ("Two Iranian agents were accused of plotting to kill the dissident Jane Doe in London.", "Iran", "Jane Doe"),
    ("The Taliban were accused of killing civilians in Kunduz.", "Taliban", "civilians"),
]


@pytest.mark.parametrize("text,doer,victim", ALLEGED)
def test_alleged_violence_is_the_accused_deed(process, text, doer, victim):
    events = coded(process, text)
    assert _has(events, "ASSAULT", doer, victim)
    assert not any(t == "ASSAULT" and any(a in (s[0] or "") for a in ("Prosecutors", "Human Rights")) for t, s, _ in events)


def test_alleged_violence_is_reported_by_the_accuser(process):
    from .event_helpers import PUBLISHED
    doc = process("Human Rights Watch accused the Ethiopian army of killing dozens of civilians in Amhara.", PUBLISHED)
    names = {a.id: a.name for a in doc.actors}
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.status == "reported" for e in attacks)
    assert any("Human Rights Watch" in [names[x] for x in e.according_to] for e in attacks)


def test_blamed_for_a_bombing(process):
    assert _has(coded(process, "Kenya blamed al-Shabab for the bombing of a bus in Mandera."), "ASSAULT", "al-Shabab")


NOT_ALLEGED = [
    "Pakistan accused India of providing weapons to militants.",  # not violence: the accusation alone
    "The opposition accused the government of rigging the election.",
]


@pytest.mark.parametrize("text", NOT_ALLEGED)
def test_other_alleged_deeds_stay_accusations(process, text):
    assert all(t == "ACCUSE" for t, _, _ in coded(process, text))


# a party told it "will not be spared" by a speaker who can carry it out is threatened (speech_threats.tsv shape
# notpassive); a fate that fell on people, a mercy promised, or a past sparing is none
SPARED = [
    ('"These gunmen will not be spared," the army chief said.', "army chief", "gunmen"),
    ("The army chief warned that the militants will not be spared.", "army chief", "militants"),
]


@pytest.mark.parametrize("text,speaker,party", SPARED)
def test_will_not_be_spared_threatens(process, text, speaker, party):
    assert _has(coded(process, text), "THREATEN", speaker, party)


NOT_SPARED = [
    "The villagers were not spared by the floods, the governor said.",
    '"No one was spared," a survivor said of the raid.',
    "The president said the prisoners will be spared.",
]


@pytest.mark.parametrize("text", NOT_SPARED)
def test_no_threat_in_other_sparing(process, text):
    assert not any(t == "THREATEN" for t, _, _ in coded(process, text))


def test_alleged_plot_is_reported_not_planned(process):
    from .event_helpers import PUBLISHED
    doc = process("Two Iranian agents were accused of plotting to kidnap the dissident Jane Doe in London.", PUBLISHED)
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.status == "reported" for e in attacks)
