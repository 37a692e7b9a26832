"""A second happening between two parties (issue 15, round 11): a talk held at a distance (by telephone, by video
link, in a conversation) is a consultation (CONSULT 040/041) beside whatever the parties agree or say in it.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule, named_events


def _consult(events):
    return {(tuple(e[1]), tuple(e[2])) for e in events if e[0] == "CONSULT"}


def _pair(found, a, b) -> bool:
    return ((a,), (b,)) in found or ((b,), (a,)) in found


# ---- a talk held at a distance: "spoke by telephone", "talked over the phone", "in a conversation with" ----

@pytest.mark.parametrize("text, a, b", [
    ("Chinese President Xi Jinping spoke to Russian President Vladimir Putin by phone on Monday.",
     "Xi Jinping", "Vladimir Putin"),
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida spoke by telephone on Sunday.",
     "Narendra Modi", "Fumio Kishida"),
    ("French President Emmanuel Macron talked over the phone with German Chancellor Olaf Scholz late on Tuesday.",
     "Emmanuel Macron", "Olaf Scholz"),
    ("Kenyan President William Ruto spoke to Ethiopian Prime Minister Abiy Ahmed via videoconference.",
     "William Ruto", "Abiy Ahmed"),
])
def test_a_talk_by_telephone_or_video_is_a_consultation(process, text, a, b) -> None:
    assert _pair(_consult(named_events(process, text)), a, b), named_events(process, text)


@pytest.mark.parametrize("text, a, b", [
    ("In a phone call to Chancellor Olaf Scholz, President Emmanuel Macron said Europe must act.",
     "Emmanuel Macron", "Olaf Scholz"),
    ("Turkish President Recep Tayyip Erdogan, in a conversation with Iraqi Prime Minister Mohammed Shia al-Sudani, "
     "agreed to reopen the pipeline.", "Recep Tayyip Erdogan", "Mohammed Shia al-Sudani"),
    ("During a video call with Brazilian President Luiz Inacio Lula da Silva, Argentine President Javier Milei "
     "discussed trade.", "Javier Milei", "Luiz Inacio Lula da Silva"),
])
def test_a_call_or_conversation_told_as_the_setting_of_a_clause_is_a_consultation(process, text, a, b) -> None:
    assert _pair(_consult(named_events(process, text)), a, b), named_events(process, text)


def test_agreeing_in_a_conversation_is_no_intent_to_meet(process) -> None:
    """The conversation is where the agreeing happened, not a meeting agreed to (AGREE 036 by its noun)."""
    text = ("Turkish President Recep Tayyip Erdogan, in a conversation with Iraqi Prime Minister Mohammed Shia "
            "al-Sudani, agreed to reopen the pipeline.")
    found = coded_rule(process, text)
    assert not any(e[0] == "AGREE" and e[3].startswith("noun:conversation") for e in found), found
    assert any(e[0] == "CONSULT" and e[3].startswith("noun:conversation") for e in found), found


def test_willing_to_meet_at_a_summit_keeps_its_intent(process) -> None:
    """A setting under the meeting verb (not under the verb of intent) leaves the intent reading alone."""
    text = "Iranian President Masoud Pezeshkian said he was willing to meet U.S. President Joe Biden at a summit."
    found = named_events(process, text)
    assert not any(e[0] == "CONSULT" and e[1] == ["Masoud Pezeshkian"] for e in found), found


# ---- no consultation: an address, an interview, private calls, a call for something ------------------------

@pytest.mark.parametrize("text", [
    "In a conversation with journalists, the Kenyan interior minister said the camps would close.",
    "Speaking to reporters in Paris, French President Emmanuel Macron said Europe must act.",
    "My neighbor spoke to her sister by phone every evening.",
    "In a call for calm, the Nigerian president urged voters to stay home.",
    "The minister spoke by phone from his office in Nairobi.",
])
def test_no_consultation_without_a_political_counterpart(process, text) -> None:
    assert not _consult(named_events(process, text)), named_events(process, text)
