"""Round 13, the lead's own classes (each with sentences written for the test)."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict:
    return {a.name: a for a in process(text, published="2025-03-10T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    # members of a legislature are LEG on either side of the house; other opposition groups are OPP
    ("Opposition lawmakers walked out of the chamber in protest on Tuesday.", "Opposition lawmakers", "LEG"),
    ("Opposition MPs boycotted the budget vote.", "Opposition MPs", "LEG"),
    ("Opposition supporters marched through the capital on Tuesday.", "Opposition supporters", "OPP"),
    ("Lina Haddad, an opposition lawmaker and deputy chair of the finance committee, said the plan would fail.",
     "Lina Haddad", "LEG"),
    ("Lina Haddad, the opposition spokeswoman on finance, said the plan would fail.", "Lina Haddad", "OPP"),
])
def test_opposition_lawmakers_sit_in_the_legislature(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector
