"""Events round 10 (issue 15, the PLOVER type a reader gives): a word whose complement decides between two
types, on sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded


# ---- a crackdown is coercion (law enforcement, restrictions); violent repression only of protest -------------

CRACKDOWN_COERCE = [
    ("Mexican police cracked down on fuel thieves in Puebla last month.", ("Mexican police",)),
    ("The Venezuelan government has cracked down on independent media since the election.", ("Venezuela",)),
    ("Human Rights Watch criticized Iran's crackdown on journalists.", ("Iran",)),
]


@pytest.mark.parametrize("text,source", CRACKDOWN_COERCE)
def test_a_crackdown_on_crime_or_the_press_is_coercion_not_an_assault(process, text, source):
    rows = coded(process, text)
    assert any(kind == "COERCE" and src == source for kind, src, _ in rows), rows
    assert not any(kind == "ASSAULT" for kind, _, _ in rows), rows


CRACKDOWN_ASSAULT = [
    ("The Kenyan police cracked down on protesters in Nairobi on Tuesday.", ("Kenyan police",), ("protesters",)),
    ("Amnesty International condemned the Iranian government's crackdown on demonstrators.", ("Iran",),
     ("demonstrators",)),
]


@pytest.mark.parametrize("text,source,target", CRACKDOWN_ASSAULT)
def test_a_crackdown_on_protesters_stays_violent_repression(process, text, source, target):
    rows = coded(process, text)
    assert ("ASSAULT", source, target) in rows, rows
    assert not any(kind == "COERCE" and src == source for kind, src, _ in rows), rows
