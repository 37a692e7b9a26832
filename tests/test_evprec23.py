"""Events a careful coder would not record, by class (round 23, task evprec23). Sentences written for these tests.

- A deed only wished for (filters.desired): a deed under a verb of desire ("wants to kill her", "hoped to sell
  land to foreigners", "wished to give the letters to the museum": `desire_verbs` of event_word_classes.tsv)
  is neither done nor planned; a meeting wanted stays an intent to meet (AGREE 036), and the deed done stays.
- Advice to the public on health (filters.personal_care): a request of a civilian party (people, residents,
  parents) to look after its health ("urged people to get vaccinated", "should seek medical care",
  `personal_care_words`) is no political request; a request of a government about health, and a request of
  the public in politics ("urged residents to vote"), stay.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _of_type(events, kind: str, source: str):
    return [e for e in events if e[0] == kind and any(source.lower() in s.lower() for s in e[1])]


@pytest.mark.parametrize("text,kind,source", [
    ("British prosecutors say Russian agents want to kill the defector Sergei Skripal.", "ASSAULT", "Russia"),
    ("The Iranian government wanted to kidnap the dissident Ruhollah Zam, his lawyer said.", "ASSAULT", "Iran"),
    ("The Belgian collector Jan Peeters said he wanted to donate the letters to Poland.", "AID", "Peeters"),
    ("Militants in Mali hope to attack French troops before the rainy season.", "ASSAULT", "Militants"),
    ("The rebels wish to expel the Chinese miners from the province.", "COERCE", "rebels"),
    ("The Hungarian banker Laszlo Nagy said he hopes to go into business helping Ukrainians buy homes in Poland.",
     "AID", "Nagy"),
])
def test_a_deed_only_wished_for_is_no_event(process, text, kind, source):
    assert _of_type(coded_rule(process, text), kind, source) == []


@pytest.mark.parametrize("text,kind,source", [
    ("British prosecutors say Russian agents tried to kill the defector Sergei Skripal in 2018.", "ASSAULT", "Russia"),
    ("The Iranian government kidnapped the dissident Ruhollah Zam in Iraq, his lawyer said.", "ASSAULT", "Iran"),
    ("The Belgian collector Jan Peeters donated the letters to Poland on Monday.", "AID", "Peeters"),
    ("Militants in Mali attacked French troops near Gao on Sunday.", "ASSAULT", "Militants"),
])
def test_a_deed_done_stays(process, text, kind, source):
    assert _of_type(coded_rule(process, text), kind, source), coded_rule(process, text)


def test_a_meeting_wanted_stays_an_intent(process):
    found = coded_rule(process, "Brazilian President Lula wants to meet Chinese President Xi Jinping next month.")
    assert any(e[0] in ("AGREE", "CONSULT") and any("Lula" in s for s in e[1]) for e in found), found


@pytest.mark.parametrize("text,source", [
    ("Health officials in Kenya urged people to get vaccinated against measles.", "Health officials"),
    ("Doctors stressed that Nigerians should seek medical treatment when symptoms appear.", "Doctors"),
    ("The ministry's experts are urging residents to practice good hygiene and wash their hands.", "experts"),
    ("Public health workers encouraged parents to have their children tested for malaria.", "workers"),
    ('"People in Malawi should get tested for cholera and seek treatment quickly," said Health Minister Khumbize '
     'Chiponda.', "Chiponda"),
    ("Nurse Amina Yusuf stressed the need for awareness and urged residents to seek medical care if they fall ill.",
     "Yusuf"),
])
def test_health_advice_to_the_public_is_no_request(process, text, source):
    assert _of_type(coded_rule(process, text), "REQUEST", source) == []


@pytest.mark.parametrize("text,source", [
    ("The World Health Organization urged the Kenyan government to vaccinate children against measles.",
     "World Health Organization"),
    ("Opposition leader Raila Odinga urged residents to vote against the ruling party on Sunday.", "Odinga"),
    ("Amnesty International called on Egypt to give medical treatment to jailed activists.", "Amnesty"),
    ("The World Health Organization stressed the need for Malawi to buy more vaccines.", "World Health Organization"),
])
def test_a_political_request_about_health_stays(process, text, source):
    assert _of_type(coded_rule(process, text), "REQUEST", source), coded_rule(process, text)
