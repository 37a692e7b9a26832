"""Events a careful coder would not record, by class (round 23, task evprec23). Sentences written for these tests.

- A deed only wished for (filters.desired): a deed under a verb of desire ("wants to kill the judge", "hoped to sell
  land to foreigners", "wished to give the letters to the museum": `desire_verbs` of event_word_classes.tsv)
  is neither done nor planned; a meeting wanted stays an intent to meet (AGREE 036), and the deed done stays.
  A dealing only tried ("tried to set up a joint body with Japan": `attempt_verbs`) is not done either; a deed of
  force tried ("tried to kill") stays, coded as the deed.
- A deed only conditioned (filters.conditioned): a deed in the "for" phrase of a noun of condition ("set two
  conditions for releasing the hostages", "the preconditions for restoring ties": `condition_nouns`) is not done;
  the deed told as done stays.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _of_type(events, kind: str, source: str):
    return [e for e in events if e[0] == kind and any(source.lower() in s.lower() for s in e[1])]


@pytest.mark.parametrize("text,kind,source", [
    ("British prosecutors say Russian agents want to kill the defector Sergei Skripal.", "ASSAULT", "Russia"),
    ("The Iranian government wanted to kidnap the dissident Ruhollah Zam, his lawyer said.", "ASSAULT", "Iran"),
    ("Dutch dealer Jan Peeters said he wanted to donate the maps to Poland.", "AID", "Peeters"),
    ("Militants in Mali hope to attack French troops before the rainy season.", "ASSAULT", "Militants"),
    ("The rebels wish to expel the Chinese miners from the province.", "COERCE", "rebels"),
    ("Former Philippine President Rodrigo Duterte tried to establish a joint commission with China.", "COOPERATE",
     "Duterte"),
    ("The Hungarian banker Laszlo Nagy said he hopes to start a small firm helping Ukrainians rent flats in Poland.",
     "AID", "Nagy"),
])
def test_a_deed_only_wished_for_is_no_event(process, text, kind, source):
    assert _of_type(coded_rule(process, text), kind, source) == []


@pytest.mark.parametrize("text,kind,source", [
    ("British prosecutors say Russian agents tried to kill the defector Sergei Skripal in 2018.", "ASSAULT", "Russia"),
    ("The Iranian government kidnapped the dissident Ruhollah Zam in Iraq, his lawyer said.", "ASSAULT", "Iran"),
    ("Dutch dealer Jan Peeters donated the maps to Poland on Monday.", "AID", "Peeters"),
    ("Militants in Mali attacked French troops near Gao on Sunday.", "ASSAULT", "Militants"),
    ("Former Philippine President Rodrigo Duterte established a joint commission with China.", "COOPERATE",
     "Duterte"),
    ("Militants in Mali tried to attack French troops near Gao on Sunday.", "ASSAULT", "Militants"),
])
def test_a_deed_done_stays(process, text, kind, source):
    assert _of_type(coded_rule(process, text), kind, source), coded_rule(process, text)


def test_a_meeting_wanted_stays_an_intent(process):
    found = coded_rule(process, "Brazilian President Lula wants to meet Chinese President Xi Jinping next month.")
    assert any(e[0] in ("AGREE", "CONSULT") and any("Lula" in s for s in e[1]) for e in found), found


@pytest.mark.parametrize("text,kind,source", [
    ("Hamas has set two conditions for releasing the remaining Israeli hostages.", "RETREAT", "Hamas"),
    ("Turkish President Recep Erdogan has long named two preconditions for restoring relations with Egypt.",
     "SUPPORT", "Erdogan"),
    ("Iran listed its requirements for resuming talks with the United States on Monday.", "CONSULT", "Iran"),
])
def test_a_deed_only_conditioned_is_no_event(process, text, kind, source):
    assert _of_type(coded_rule(process, text), kind, source) == []


@pytest.mark.parametrize("text,kind,source", [
    ("Hamas released three Israeli hostages on Saturday.", "RETREAT", "Hamas"),
    ("Turkish President Recep Erdogan restored relations with Egypt in 2023.", "SUPPORT", "Erdogan"),
    ("Iran resumed talks with the United States on Monday.", "CONSULT", "Iran"),
])
def test_a_deed_done_beside_them_stays(process, text, kind, source):
    assert _of_type(coded_rule(process, text), kind, source), coded_rule(process, text)
