"""Round 21, sector13: actor sector on stories no gold reads (expected sectors written before the probes were run).

- A group noun whose sector word stands right before it, after an 'and' that the parser read as joining the
  sector word to the noun before ('signed between the army and protest leaders': 'leaders' made the object of
  'protest'; 'between the government and opposition leaders': 'opposition' a conjunct of 'government'), is
  named and coded with that word, as in 'protest leaders said' ('protest leaders' CVL, 'opposition leaders'
  OPP), not as the bare noun's default ('leaders' GOV) (``mentions.group_mentions._stranded_modifier``; the
  words of ``group_modifiers.tsv``).

Sentences written for these tests (names invented).
"""
from __future__ import annotations

import pytest


def _groups(process, text: str) -> dict[str, str | None]:
    doc = process(text, published="2024-05-10T00:00:00Z", until="actors")
    return {a.name.lower(): a.sector for a in doc.actors if a.kind == "group"}


@pytest.mark.parametrize("text, name, sector", [
    ("The deal was signed between the army and protest leaders on Monday.", "protest leaders", "CVL"),
    ("The charter was agreed by the military and protest leaders last year.", "protest leaders", "CVL"),
    ("The pact was signed between the government and opposition leaders.", "opposition leaders", "OPP"),
])
def test_a_sector_word_after_and_still_names_the_group(process, text, name, sector) -> None:
    groups = _groups(process, text)
    assert groups.get(name) == sector
    assert "leaders" not in groups  # no bare 'leaders' with the noun's default GOV beside it


@pytest.mark.parametrize("text, name, sector", [
    ("Protest leaders said the talks had failed.", "protest leaders", "CVL"),
    ("The generals met protest leaders in the capital.", "protest leaders", "CVL"),
])
def test_the_ordinary_shape_is_unchanged(process, text, name, sector) -> None:
    assert _groups(process, text).get(name) == sector


def test_a_word_of_no_sector_after_and_leaves_the_noun_as_it_was(process) -> None:
    # 'local' is no sector word: the leaders are named as before, and the army is not made their modifier
    groups = _groups(process, "Talks between the army and local leaders resumed.")
    assert "local leaders" in groups and groups.get("army") == "MIL"
