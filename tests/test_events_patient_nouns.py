"""Acts done to someone (issue 15): the possessor of "arrest", "release", "deportation", "killing" is whom
the act was done to, not its doer (event_nouns.tsv flag `patient`), so a judgement of "X's arrest" is not
aimed at X; "Russia's invasion" keeps its possessor as doer. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


_events = named_events


@pytest.mark.parametrize("text, judge, deed", [
    ("Police in Harare arrested the journalist Tendai Moyo on Monday. Rights groups condemned Moyo's arrest.",
     "Rights groups", "Police"),
    ("Thai police deported the activist Ana Ruiz to Laos. The European Union denounced Ruiz’s deportation.",
     "European Union", "Thai police"),
])
def test_a_judged_act_done_to_someone_is_aimed_at_its_doer(process, text, judge, deed) -> None:
    judged = [e for e in _events(process, text) if e[0] == "ACCUSE"]
    assert judged and judged[0][1] == [judge] and judged[0][2] == [deed], judged


def test_the_possessor_of_an_act_done_to_someone_is_never_the_judged_side(process) -> None:
    events = _events(process, "Rights groups condemned the journalist Tendai Moyo's arrest.")
    assert not any(e[0] == "ACCUSE" and "Tendai Moyo" in e[2] for e in events), events


def test_an_invasion_keeps_its_possessor_as_doer(process) -> None:
    events = _events(process, "Canada condemned Russia's invasion of Ukraine.")
    assert ("ACCUSE", ["Canada"], ["Russia"]) in events
