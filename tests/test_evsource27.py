"""Round 27 (evsource27): the source of an event where a state stood for the one that acts.

Own sentences (new names), each with what a careful coder records written before the code was run.

Class 1 (participants.resolve.titled_name): a title the parser made the head of a "from" phrase while the
person's name hangs elsewhere ("from US President X" parsed with "X" outside the title) names the person, not the
country modifying the title. Near misses: a state acting in its own name stays the state; a body of a state
("Kenyan police") stays the body; a title with no name after it stays its country.

Class 2 (agents.prosecution_of, read by courts.faced and agents.state_doer): a trial or charges faced with no
justice body named near them are brought by the prosecution the story names ("prosecutors", "the Crown"),
before or after, ahead of the state of the court or the place. Near misses: a story naming no prosecution keeps
the state; an arrest is no prosecuted deed and keeps the state.
"""
from __future__ import annotations

import pytest

from .event_helpers import probe_coded as coded
from .event_helpers import probe_matches as matches

DAY = "2025-03-10"

# (text, type, a part of the source's name, a part of the target's name)
TITLED = [
    ("Lina Haddad, a student from Ohio, was suspended by her school last week. Haddad got backing from US "
     "President Barack Obama and from Microsoft founder Bill Gates.", "SUPPORT", "Obama", "Haddad"),
    # the parse that hangs the name under the title is read as before
    ("Lina Haddad, a student from Ohio, was suspended by her school last week. Haddad received support from US "
     "President Barack Obama after the video spread.", "SUPPORT", "Obama", "Haddad"),
]
# (text, type, the source that must be read, the source that must not)
STATE_KEPT = [
    ("The U.S. imposed sanctions on three Iranian oil firms on Monday.", "COERCE", "United States", None),
    ("Kenyan police arrested 12 protesters in Nairobi on Tuesday.", "COERCE", "police", "Kenya"),
    ("Kenya expelled two Somali diplomats on Monday, the interior ministry said.", "", "Kenya", "ministry"),
]

PROSECUTED = [
    # the prosecution named after the trial
    ("Peter Walsh, 51, and his brother Liam Walsh, 47, from Perth, Australia, are on trial for fraud over the "
     "collapse of their building firm. The brothers deny wrongdoing. Their lawyer said the firm failed because "
     "of the pandemic. It was argued by the Crown that the brothers hid the losses from investors.",
     "COERCE", "Crown", "Walsh"),
    ("Sara Ortiz, a nurse from Madrid, Spain, is facing charges of negligence after a patient died. The hospital "
     "has suspended her. Her union said she had worked three shifts in a row. Prosecutors said she ignored "
     "repeated warnings.", "COERCE", "Prosecutors", "Ortiz"),
    # named before it
    ("Prosecutors in Lyon say the businessman bribed two city officials. Henri Dubois, a builder from Lyon, "
     "France, is awaiting trial on corruption charges.", "COERCE", "Prosecutors", "Dubois"),
]
# (text, type, the source that must be read, the source that must not)
PROSECUTED_STATE_KEPT = [
    # no prosecution named: the state
    ("Mehmet Kaya, a journalist from Ankara, Turkey, is facing charges of insulting the president. He denies the "
     "charges. Press groups have called for his release.", "COERCE", "Turkey", None),
    # an arrest is no prosecuted deed
    ("Juan Perez, a farmer from Lima, Peru, was arrested on Monday. Prosecutors later said he had sold stolen "
     "cattle.", "COERCE", "Peru", "Prosecutors"),
]


@pytest.mark.parametrize("text,kind,source,target", TITLED, ids=[r[0][80:130] for r in TITLED])
def test_a_title_parsed_apart_from_its_name_names_the_person(process, text, kind, source, target) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, target, None), events
    assert not matches(events, kind, "United States", target, None), events


@pytest.mark.parametrize("text,kind,source,wrong", STATE_KEPT, ids=[r[0][:50] for r in STATE_KEPT])
def test_a_state_or_its_body_acting_keeps_its_source(process, text, kind, source, wrong) -> None:
    events = [e for e in coded(process(text, DAY)) if not kind or e[0] == kind]
    assert any(source in " ".join(e[1]) for e in events), events
    assert not any(wrong in e[1] for e in events), events  # the whole name: "Kenyan police" is no "Kenya"


def test_a_title_with_no_name_after_it_stays_its_country(process) -> None:
    events = coded(process("Haddad, a student from Ohio, was suspended by her school. Lina Haddad got backing "
                           "from the US President after the video spread.", DAY))
    assert not matches(events, "SUPPORT", "President", None, None), events


@pytest.mark.parametrize("text,kind,source,target", PROSECUTED, ids=[r[0][:50] for r in PROSECUTED])
def test_a_case_faced_is_brought_by_the_prosecution_named(process, text, kind, source, target) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, target, None), events


@pytest.mark.parametrize("text,kind,source,wrong", PROSECUTED_STATE_KEPT,
                         ids=[r[0][:50] for r in PROSECUTED_STATE_KEPT])
def test_no_prosecution_named_or_no_case_keeps_the_state(process, text, kind, source, wrong) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, None, None), events
    if wrong:
        assert not matches(events, kind, wrong, None, None), events
