"""The dictionary fallback for verbs the hand lexicon lacks (issue 15, round 5): PETRARCH2's verb readings,
coded only when the verb's subject and object are both actors. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire import settings
from eventwire.lexicon import table, words
from eventwire.stages.eventcoding.dictionary_verbs import entries

from .conftest import shared_path
from .event_helpers import coded_rule_status as coded
from .file_helpers import load_file


def dictionary(rows):
    return [r for r in rows if r[3].startswith("dict:")]


# ---- the lexicon ----------------------------------------------------------------------------------------

def test_the_lexicon_holds_no_verb_of_the_hand_lexicon_and_every_row_is_typed():
    hand = {row["lemma"] for row in table("event_verbs.tsv")}
    rows = table("event_verbs_dictionary.tsv")
    assert len(rows) > 1000
    assert not {r["lemma"] for r in rows} & hand
    from eventwire.cameo import plover_type
    assert all(plover_type(r["cameo"]) == r["type"] for r in rows)


@pytest.mark.shared
def test_the_lexicon_is_what_the_script_makes_of_the_dictionary():
    from pathlib import Path

    source = shared_path("eval", "petrarch2-dictionaries", "CAMEO.2.0.txt")
    script = Path(__file__).resolve().parent.parent / "scripts" / "convert_petrarch_verbs.py"
    module = load_file(script)
    made = module.convert(source)
    shipped = table("event_verbs_dictionary.tsv")
    assert [(r["lemma"], r["requires"], r["cameo"], r["target"]) for r in made] == \
        [(r["lemma"], r["requires"], r["cameo"], r["target"]) for r in shipped]


def test_dropped_roots_and_verbs_are_not_read():
    dropped = words("event_verbs_dictionary_drop.txt")
    kept = entries()
    assert not any(e.cameo[:2] in dropped or e.cameo in dropped for es in kept.values() for e in es)
    assert "overtake" not in kept and "remove" in kept


# ---- coded: both participants actors, several shapes ---------------------------------------------------

@pytest.mark.parametrize("text, kind, source, target", [
    ("Niger's army ousted President Mohamed Bazoum in July.", "COERCE", "army", "Mohamed Bazoum"),
    ("Al-Shabab militants slaughtered Kenyan police officers near Mandera.", "ASSAULT", "Shabab", "Kenyan police"),
    ("Israeli police evicted Palestinian families from the Sheikh Jarrah neighborhood.", "COERCE", "Israeli police",
     "Palestin"),
    ("The Sudanese army repelled the Rapid Support Forces from the airport.",
     "ASSAULT", "Sudanese army", "Rapid Support Forces"),
    ("President Ortega was ousted by the Nicaraguan army.", "COERCE", "Nicaraguan army", "Ortega"),
    ("Boko Haram fighters launched an assault on the Nigerian army in Borno.",
     "ASSAULT", "Boko Haram", "Nigerian army"),
])
def test_a_dictionary_verb_between_two_actors_is_coded(process, text, kind, source, target):
    found = dictionary(coded(process, text))
    assert found, text
    assert any(r[0] == kind and any(source in s for s in r[1]) and any(target in t for t in r[2]) for r in found), found


# ---- not coded ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Sudanese army did not repel the Rapid Support Forces.",  # negated
    "Niger's army never ousted President Mohamed Bazoum.",  # negated
    "Boko Haram fighters slaughtered cattle near the village.",  # no actor object
    "The Sudanese army repelled the attack.",  # a thing, not an actor
    "Hungary's Prime Minister Viktor Orban bested the opposition alliance in the election.",  # dropped verb
    "Kazuhiko Isozaki founded the Beru Corporation in 2017.",  # dropped root (cooperation)
    "The United States hit China with new tariffs on steel.",  # a measure of another type, not force
    "The United States targeted Iran with new sanctions.",
    "The Ministry of Education targeted striking teachers in Nairobi.",  # force by a body that cannot fight
    "The European Union pounded Belarus with sanctions after the election.",
])
def test_no_dictionary_event(process, text):
    assert not dictionary(coded(process, text)), text


def test_not_inside_a_direct_quote(process):
    text = ('"Our forces ousted the rebels from Goma," General Mwamba told reporters on Monday. '
            'The Congolese army ousted the M23 rebels from Goma on Sunday.')
    found = dictionary(coded(process, text))
    assert len(found) == 1 and found[0][2] and "M23" in found[0][2][0]


@pytest.mark.parametrize("text, target", [
    ("Senator Elizabeth Warren blasted the Federal Reserve on Tuesday.", "Federal Reserve"),
    ("Opposition leader Raila Odinga hammered President William Ruto over the new taxes.", "William Ruto"),
])
def test_force_said_of_a_civilian_person_is_an_accusation(process, text, target):
    found = dictionary(coded(process, text))
    assert [r[0] for r in found] == ["ACCUSE"] and target in found[0][2][0]


def test_force_of_an_armed_group_stays_an_assault(process):
    found = dictionary(coded(process, "Houthi rebels pounded Saudi Arabia with missiles."))
    assert [r[0] for r in found] == ["ASSAULT"]


def test_not_inside_a_partial_quote(process):
    text = 'General Mwamba said the M23 rebels "will be crushed" by the Congolese army.'
    assert not dictionary(coded(process, text))
    assert dictionary(coded(process, text.replace('"', "")))


def test_the_fallback_follows_its_setting(process, monkeypatch):
    text = "Niger's army ousted President Mohamed Bazoum in July."
    assert dictionary(coded(process, text))
    monkeypatch.setattr(settings, "DICTIONARY_VERBS", False)
    assert not dictionary(coded(process, text))


def test_a_hand_verb_is_never_read_from_the_dictionary(process):
    rows = coded(process, "Israeli jets attacked Hezbollah positions in Lebanon.")
    assert rows and not dictionary(rows)
