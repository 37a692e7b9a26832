"""Round 22, evsrc22: trigger words found in the lexicons that coded nothing (a sample of 120 dropped candidates over
R-noE, F and all69-noE, read one by one; tallies in the README note). Three participant readings, on sentences written
for these tests (expected events written before running):

- a thing sought with its party: "requested consultations with X", "sought talks with X" -> REQUEST the asker -> X
  (the with/against/in phrase of a direct object of word class sought; participants.aims.sought_parties, role
  `sought` on the request and seek rows);
- a measure or strike pointed by a participle of aiming: "sanctions targeting X", "sanctions aimed at X",
  "imposed tariffs targeting X" -> the participle's object is the target (nominal.noun_targets,
  triggers._on_object); the participle is then no dictionary force of its own ("duties targeting Chile" is no
  assault: dictionary_verbs._aims_a_measure);
- a participle on a series or number of things sent: "sent a string of letters urging X to ...", "sent a
  number of letters asking X to ..." -> the sender asks (tree.subject climbs from the "of" object of a word of class
  series_nouns that is the verb's object)."""
from __future__ import annotations

import pytest

from .event_helpers import coded, coded_rule, has_coded_event as _has


SOUGHT = [
    ("Spain requested consultations with Morocco over the fishing quota on Monday.", "Spain", "Morocco"),
    ("Peru sought talks with Chile on the border dispute, its foreign ministry said.", "Peru", "Chile"),
    ("Ghana has requested a meeting with Togolese President Faure Gnassingbe about the border.", "Ghana", "Faure Gnassingbe"),
    ("Nepal's government is seeking negotiations with India over the new trade rules.", "Nepal", "India"),
]


@pytest.mark.parametrize("text,source,target", SOUGHT)
def test_a_thing_sought_names_the_party_it_is_sought_with(process, text, source, target):
    rows = coded(process, text)
    assert _has(rows, "REQUEST", source, target), rows


SOUGHT_NOT = [
    # what is requested is no thing sought of a party: its "with" phrase is not whom it is asked of
    ("Peru requested documents with details of the Chilean contract.", "Peru", "Chile"),
    # a press request: no request of anyone
    ("The newspaper requested comment from Bolivia's embassy on the case.", "newspaper", "Bolivia"),
]


@pytest.mark.parametrize("text,source,target", SOUGHT_NOT)
def test_other_objects_of_a_request_name_no_party(process, text, source, target):
    rows = coded(process, text)
    assert not _has(rows, "REQUEST", source, target), rows


AIMED = [
    ("Tokyo's sanctions targeting Russian banks took effect on Monday.", "COERCE", "Japan", "Russia"),
    ("Canada announced new sanctions aimed at Chinese firms on Tuesday.", "COERCE", "Canada", "Chinese firms"),
    ("Washington imposed tariffs targeting Brazil in August.", "COERCE", "United States", "Brazil"),
    ("Ankara's air strikes targeting Syria continued on Sunday.", "ASSAULT", "Turkey", "Syria"),
]


@pytest.mark.parametrize("text,kind,source,target", AIMED)
def test_a_measure_pointed_by_a_participle_of_aiming_is_done_to_its_object(process, text, kind, source, target):
    rows = coded(process, text)
    assert _has(rows, kind, source, target), rows


def test_a_participle_of_aiming_on_a_measure_is_no_force_of_its_own(process):
    rows = coded_rule(process, "Canberra announced new tariffs targeting Chile and Peru.")
    assert any(r[0] == "COERCE" and "Chile" in r[2] for r in rows), rows
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


def test_a_participle_of_aiming_on_a_measure_noun_without_a_row_is_no_force(process):
    # "duties" has no event noun row: no coercion read from it here, and no assault either
    rows = coded_rule(process, "Canberra announced new duties targeting Chile and Peru.")
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


def test_a_participle_of_another_kind_on_a_measure_names_no_target(process):
    # "affecting" does not aim the measure: the firms it touches are not whom it is imposed on
    rows = coded(process, "Washington imposed tariffs affecting Chinese firms in August.")
    assert not _has(rows, "COERCE", "United States", "China"), rows


def test_weapons_aimed_at_a_place_still_strike_its_country(process):
    # round 21's reading (role "at") holds beside the measure reading
    rows = coded(process, "Azerbaijan fired artillery shells aimed at a checkpoint in Armenia on Sunday.")
    assert _has(rows, "ASSAULT", "Azerbaijan", "Armenia"), rows


SERIES = [
    ("Tehran issued a string of warnings demanding that Baku halt the drills.", "Iran", "Azerbaijan"),
    ("The rebels published a list of demands calling on Kenya to withdraw its troops.", "rebels", "Kenya"),
    ("Venezuela sent a number of letters asking Guyana to suspend the oil licenses.", "Venezuela", "Guyana"),
]


@pytest.mark.parametrize("text,source,target", SERIES)
def test_a_participle_on_a_series_sent_is_the_senders_request(process, text, source, target):
    # the participle hangs on the "of" object of a series noun that is the verb's object (word class series_nouns)
    rows = coded(process, text)
    assert _has(rows, "REQUEST", source, target), rows


def test_a_participle_on_a_series_not_sent_is_not_the_verbs_subjects(process):
    # the series is the subject, not a thing sent: whoever wrote the letters is not named, so Peru asks nothing
    rows = coded(process, "A series of letters asking Ecuador to close the border reached Peru on Monday.")
    assert not _has(rows, "REQUEST", "Peru", "Ecuador"), rows
