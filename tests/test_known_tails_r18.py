"""A known name that is the tail of a longer known name is not read alone (round 18, lead;
`mentions/media._tagged_inside_longer_name`): "Security Council" inside "the National Security Council" is a
state's council, not the United Nations'. The longer name must itself be known and the tagger's organisation
must run through both; a word that only describes the known body ('the Islamist X') leaves it alone.
Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, tuple]:
    return {a.name: (a.country, a.sector) for a in process(text, until="actors").actors}


@pytest.mark.parametrize("text,name,country", [
    ("The National Security Council met on Friday to discuss the border.", "National Security Council", "USA"),
    ("The U.S. National Security Council said on Monday that the tanker had been seized.",
     "U.S. National Security Council", "USA"),
    ("Ghana's National Security Council met the opposition leaders on Friday.", "National Security Council", "GHA"),
])
def test_a_national_security_council_is_a_states(process, text, name, country):
    found = _actors(process, text)
    assert found.get(name) == (country, "GOV")
    assert "Security Council" not in found


@pytest.mark.parametrize("text", [
    "The UN Security Council met on Friday to discuss the border.",
    "The Security Council voted on Friday to extend the mission.",
])
def test_the_un_security_council_stays_the_uns(process, text):
    found = _actors(process, text)
    assert any(v == (None, "IGO") and "Security Council" in k for k, v in found.items()), found


def test_a_describing_word_before_a_known_group_is_no_longer_name(process):
    found = _actors(process, "Rebels led by the Islamist Hayat Tahrir al-Sham group took the city of Hama.")
    assert "Hayat Tahrir al-Sham" in found
