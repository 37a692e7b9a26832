"""Round 16, speed6 (issue 16): what the actors stage now reads once instead of several times gives what it
gave read each time. ``describers`` and ``_description`` are read once per parse and name
(``document.read_once``): a caller that changes the list it gets must not change what the next caller gets,
and a new parse is read anew. ``groups`` reads the group nouns once and returns both of the lists the stage
claimed in two passes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.document import read_once
from eventwire.stages.actors.country import _description, _read_description
from eventwire.stages.actors.mentions import groups
from eventwire.stages.actors.sector_text import _describers, describers
from eventwire.stages.actors.words import actor_words

DESCRIBED = [
    # a body with a describing noun before it and one in apposition; a person with an apposition and a clause
    "The shipping giant Baltic Lines said that Verda Analytics, a consultancy in Riga, had advised it. Marta "
    "Ilves, a lawyer who works in Tallinn, and Juhan Tamm, both natives of Tartu, signed the letter.",
    # an apposition with an employer, a body that is the complement of 'is', 'such as'
    "Orla Byrne, an economist at the Dublin Institute, said carriers such as Skyhop had raised fares. Skyhop is "
    "an airline that flies to Cork.",
]
# groups named after an institution, groups of no institution, the people of a country acting
GROUPS = ("European Union observers and local journalists watched the count, while Kenyan police arrested "
          "protesters. The people of Malawi will decide, and United Nations experts urged calm.")


def _spans(sdoc):
    return list(sdoc.ents) + list(sdoc.noun_chunks) + [sdoc[i:i + 1] for i in range(len(sdoc))]


@pytest.mark.parametrize("text", DESCRIBED)
def test_read_once_gives_what_each_reading_gives(process, text):
    """For every span, the kept describers and description are what reading them afresh finds, a list the
    caller changes does not change the next answer, and another parse of other words is read anew."""
    sdoc = process(text, until="actors").nlp
    seen = 0
    for span in _spans(sdoc):
        for kept, fresh in ((describers, _describers), (_description, _read_description)):
            first = kept(span)
            assert [t.i for t in first] == [t.i for t in fresh(span)], (kept.__name__, span.text)
            seen += len(first)
            first.append(sdoc[0])  # a caller extending its list (body_spoken_for does)
            assert [t.i for t in kept(span)] == [t.i for t in fresh(span)], (kept.__name__, span.text)
    assert seen  # (not over empty lists only)
    other = process("Talks ended on Friday.", until="actors").nlp
    assert read_once(other, ("probe", 0, 1), len, "abc") == 3
    assert read_once(other, ("probe", 0, 1), len, "abcdef") == 3  # kept for this parse
    assert read_once(sdoc, ("probe", 0, 1), len, "abcdef") == 6  # another parse: read anew


def test_groups_one_reading_splits_as_the_two_passes(process):
    """The groups named after an institution and the others come from one reading, each kind once in its
    own list: 'European Union observers', 'United Nations experts' in the first; 'local journalists', 'Kenyan
    police', 'protesters' in the second."""
    doc = process(GROUPS, until="actors")
    of_institutions, others = groups(doc, actor_words())
    first = {doc.text[c.start:c.end] for c in of_institutions if c.kind != "group" or "people" not in c.name}
    second = {doc.text[c.start:c.end] for c in others}
    assert first and second
    assert not first & second
    assert all(any(body in name for body in ("European Union", "United Nations")) for name in first), first
    assert not any("European Union" in name or "United Nations" in name for name in second), second
