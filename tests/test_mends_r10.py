"""Mends of round 10: second definitions in the actors stage replaced by the one that owns the idea, where
the mend changes what is read. Sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, tuple[str, str | None]]:
    doc = process(text, published="2025-03-10T00:00:00Z", until="actors")
    return {a.name: (a.kind, a.sector) for a in doc.actors}


# 1. a group named by a plural of a body word ('agencies', 'charities') reads the word before it: the plural
#    is made singular by ``words.singular_forms`` ('agencies' -> 'agency'), not by cutting an 's'
@pytest.mark.parametrize("text, name, sector", [
    ("Intelligence agencies warned the cabinet about the plot weeks earlier.", "Intelligence agencies", "GOV"),
    ("Officials said intelligence agencies in three countries had traced the payments.",
     "intelligence agencies", "GOV"),
    ("The rebel organizations agreed to a truce on Sunday.", "rebel organizations", "REB"),
])
def test_a_plural_body_word_takes_its_sector_from_the_word_before(process, text, name, sector) -> None:
    assert _actors(process, text).get(name, (None, None))[1] == sector


def test_singular_forms_of_a_plural() -> None:
    from eventwire.lexicon import singular_forms

    assert "agency" in singular_forms("agencies") and "group" in singular_forms("groups")
    assert "press" in singular_forms("press") and singular_forms("ngo") == ("ngo",)


# 2. a province the tagger took for a body, said as a place after any preposition of place the lexicon lists
#    (``place_prepositions.txt``, read by ``organisations.place_not_body``: 'throughout', 'beyond' too)
@pytest.mark.parametrize("text", [
    "Schools closed throughout Khyber Pakhtunkhwa on Monday.",
    "Curfews were imposed throughout Khyber Pakhtunkhwa after the bombing, officials said.",
    "Smugglers moved the goods beyond Khyber Pakhtunkhwa into Afghanistan, customs officers said.",
])
def test_a_province_after_a_preposition_of_place_is_no_body(process, text) -> None:
    assert "Khyber Pakhtunkhwa" not in _actors(process, text)


def test_a_province_that_acts_stays_a_body(process) -> None:
    # the control: not said as a place, the name is left to the tagger's reading
    assert "Khyber Pakhtunkhwa" in _actors(process, "Khyber Pakhtunkhwa announced a new budget for schools on Monday.")


# 3. one reading of a name said as a place (``not_bodies.said_as_place``), for organisation entities and
#    one-word person names alike: the first word of a longer place name is read where the whole name stands
#    ('the X des Y region'), and each caller keeps its strictness
@pytest.mark.parametrize("text", [
    "Hundreds fled the Croix des Bouquets region, and aid workers arrived in Croix des Bouquets on Monday.",
    "Gangs have ruled the Croix des Bouquets area since 2021, and schools in Croix des Bouquets closed last week.",
])
def test_the_first_word_of_a_place_name_before_a_word_for_a_place_is_no_person(process, text) -> None:
    assert "Croix" not in _actors(process, text)


def test_said_as_place_callers_keep_their_strictness(nlp) -> None:
    from eventwire.lexicon import words
    from eventwire.stages.actors.not_bodies import said_as_place

    features = words("place_feature_words.txt")
    doc = nlp("Residents of Kitgum met the Kitgum police and officials in Gulu district on Monday.")
    kitgum_of, kitgum_police = doc[2:3], doc[5:6]
    gulu = next(doc[t.i:t.i + 1] for t in doc if t.text == "Gulu")
    assert said_as_place(kitgum_of) and said_as_place(kitgum_police)  # a person name: any 'of', any noun
    assert not said_as_place(kitgum_of, of_after=features, before=features)  # a body: 'residents of' is no place
    assert not said_as_place(kitgum_police, of_after=features, before=features)  # 'the X police' is a body
    assert said_as_place(gulu, of_after=features, before=features)
