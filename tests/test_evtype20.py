"""Round 20, evtype20: the PLOVER type of a deployment turns on its purpose. Forces deployed, sent or stationed to
guard people (civilians, refugees, villagers) give military protection, CAMEO 074, AID by the one CAMEO->PLOVER
table; forces sent to push back an enemy, to guard a border or with no purpose told are a show of force, MOBILIZE
154 as before. Own sentences; what a careful coder records was written before the rows were run."""
from __future__ import annotations

import pytest

from .event_helpers import coded_cameo


def _has(events, kind: str, code: str, source: str, target: str | None = None) -> bool:
    def named(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return any(t == kind and c == code and named(s, source) and (target is None or named(g, target))
               for t, c, s, g in events)


@pytest.mark.parametrize("text, source, target", [
    ("The African Union has deployed troops to protect civilians in Darfur.", "African Union", "civilians"),
    ("The United Nations stationed peacekeepers in the buffer zone to shield the villagers.", "United Nations",
     "villagers"),
    # passive, the forces' owner in their "of" phrase
    ("Officials said soldiers of the United Nations mission in Mali had been deployed to guard civilians "
     "and their homes.", "United Nations", "civilians"),
    ("Kenya sent 400 police officers to Haiti to guard the refugee camps.", "Kenya", None),
])
def test_forces_sent_to_guard_people_give_protection(process, text, source, target):
    events = coded_cameo(process, text)
    assert _has(events, "AID", "074", source, target), events
    assert not any(t == "MOBILIZE" for t, *_ in events), events


@pytest.mark.parametrize("text, source", [
    # the first purpose is force against an enemy: a deployment, whatever follows
    ("The army sent soldiers into the hills to drive off the militia and shield the villagers.", "army"),
    # a border, a town or a base guarded is no people protected
    ("Russia deployed troops to protect its border with Finland.", "Russia"),
    # no purpose told
    ("France sent warships to the Mediterranean.", "France"),
])
def test_other_deployments_stay_mobilize(process, text, source):
    events = coded_cameo(process, text)
    assert _has(events, "MOBILIZE", "154", source), events
    assert not any(t == "AID" for t, *_ in events), events

