"""Events a careful coder does not record (round 28, task evprec28, issue 15 precision): a deed done to a person
years before the story, told without its doer, whose doer the stage guesses (the state for "was arrested", the
jailer for "was released": filters._background_guess). The guard is shown removing the event (and, with the guard
switched off, the event is there), beside neighbouring sentences whose events must stay: a doer the sentence names,
a recent date, a holding that goes on. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding import filters

# the day the probes are published: "in 2014" is eleven years before it, "last December" the year before
PUBLISHED = "2025-06-10"


def _events(process, text):
    doc = process(text, PUBLISHED)
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name[i] for i in e.source), tuple(name[i] for i in e.target), e.rule) for e in doc.events]


BACKGROUND = [
    ("Marko Petrovic, a former militia commander in Serbia, had been arrested and sentenced to eight years in prison "
     "in 2014 for the killing of two border guards.", "COERCE", "Marko Petrovic"),
    ("Tomas Varga, a Slovak smuggler, was released from prison in April 2019.", "RETREAT", "Tomas Varga"),
    ("Farah Diallo told the court in Senegal that she was detained in March 2021 at the airport in Dakar.",
     "COERCE", "Farah Diallo"),
    ("The Kenyan journalist Peter Ochieng was arrested in 2016 for filming a protest in Nairobi.",
     "COERCE", "Peter Ochieng"),
]


@pytest.mark.parametrize("text,kind,target", BACKGROUND)
def test_a_past_deed_with_a_guessed_doer_is_background(process, text, kind, target):
    assert not [e for e in _events(process, text) if e[0] == kind and target in e[2]]


@pytest.mark.parametrize("text,kind,target", BACKGROUND)
def test_without_the_guard_the_guessed_event_is_there(process, text, kind, target, monkeypatch):
    """The probes above do code the deed with a guessed doer: it is the guard that leaves it out."""
    monkeypatch.setattr(filters, "BACKGROUND_YEARS", 1000)
    found = [e for e in _events(process, text) if e[0] == kind and target in e[2]]
    assert found and all(set(e[3].replace("+", "/").split("/")[1:]) & filters._GUESSED_DOERS for e in found), found


@pytest.mark.parametrize("text,kind,source,target", [
    # the doer named: a dated deed of a party the sentence names is an event whatever its date
    ("Police in Nairobi arrested the Kenyan journalist Peter Ochieng in 2019.", "COERCE", "Police", "Peter Ochieng"),
    ("The European Union sanctioned the Guatemalan prosecutor Ana Ruiz in 2022 for undermining democracy.",
     "COERCE", "European Union", "Ana Ruiz"),
    ("The Lebanese activist Lina Haddad was detained by police in 2018.", "COERCE", "police", "Lina Haddad"),
    # recent: the story's news, the doer guessed as before
    ("The Kenyan journalist Peter Ochieng was arrested on Monday in Nairobi.", "COERCE", "Kenya", "Peter Ochieng"),
    ("The Kenyan journalist Peter Ochieng was arrested last December in Nairobi.", "COERCE", "Kenya", "Peter Ochieng"),
    # a holding that goes on since an old date is news now
    ("Zimbabwean reporter Tendai Moyo has been in custody since 2020 on charges of incitement.",
     "COERCE", "Zimbabwe", "Tendai Moyo"),
])
def test_named_recent_or_ongoing_deeds_stay(process, text, kind, source, target):
    found = _events(process, text)
    assert any(k == kind and source in s and target in t for k, s, t, _ in found), found
