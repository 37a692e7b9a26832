"""Round 20 (lists21): word lists that were literal sets in code, now rows of the data files, read through the
one loader of each file; and the one reader of event_status.tsv's quantity cues.

- the prepositions of an arrival verb's goal ('to', 'into', 'in': lexicons/arrival_prepositions.txt,
  country/outsiders._coming_into)
- the prepositions of an accusing verb's phrase ('of', 'for': word class accusation_prepositions,
  eventcoding/alleged.accusing_verb)
- the prepositions by which a word of blame names the wrong ('for', 'of', 'in': word class blame_prepositions,
  eventcoding/claims._blamed)
- the first-person possessives of the speaker's own side ('my', 'our': word class speaker_possessives,
  eventcoding/claims._blamed and eventcoding/speech._own_side)
- the prepositions joining an untitled name to the party after it ('of', 'from':
  lexicons/party_member_prepositions.txt, actors/roles.politicians_of_parties)

The members are the ones the code held (the records of R, F and the 69 stories stayed byte-identical). The
sentences are our own; each row's result was written down before the code ran."""
from __future__ import annotations

import pytest

from eventwire.lexicon import words
from eventwire.stages.eventcoding.words import cues, word_class

from .actor_helpers import country_of_named as _country
from .event_helpers import coded


@pytest.mark.parametrize("kind,name,members", [
    ("file", "arrival_prepositions.txt", {"to", "into", "in"}),
    ("file", "party_member_prepositions.txt", {"of", "from"}),
    ("class", "accusation_prepositions", {"of", "for"}),
    ("class", "blame_prepositions", {"for", "of", "in"}),
    ("class", "speaker_possessives", {"my", "our"}),
])
def test_each_list_holds_the_words_the_code_held(kind, name, members) -> None:
    assert (words(name) if kind == "file" else word_class(name)) == members


def test_the_code_holds_no_copy_of_the_lists() -> None:
    from eventwire.stages.actors import roles
    from eventwire.stages.actors.country import outsiders
    from eventwire.stages.eventcoding import alleged
    assert not hasattr(outsiders, "_TOWARD")
    assert not hasattr(alleged, "_HOLDING")
    assert not hasattr(roles, "_PARTY_AFTER")


def test_coreference_counts_people_by_the_events_stage_quantity_cues() -> None:
    from eventwire.stages.actors.coref.pronouns import _quantity_nouns
    assert _quantity_nouns() == cues("quantity")
    assert {"thousands", "hundreds", "dozens"} <= _quantity_nouns()


@pytest.mark.parametrize("text,name", [
    ("MADRID — Hundreds of students came to Spain this autumn to study medicine, the ministry said.", "students"),
    ("MADRID — More nurses from abroad are moving into Spain, the health ministry said on Monday.", "nurses"),
    ("MADRID — Thousands of tourists arrived in Spain over the holiday, airport officials said.", "tourists"),
])
def test_each_arrival_preposition_names_the_country_they_come_into(process, text, name) -> None:
    assert _country(process, text, name) is None


def test_a_goal_with_another_preposition_is_not_an_arrival(process) -> None:
    # 'at' is no arrival preposition: the protesters gathered at Madrid's square are Spain's, by the setting
    assert _country(process, "MADRID — Thousands of protesters gathered at a square in Madrid on Sunday, police said.",
                    "protesters") == "ESP"


@pytest.mark.parametrize("text,doer", [
    # (at the branch start "Colombia accused the rebels of killing three soldiers in Cauca" and "... of bombing
    # a police station" give the accusation alone: the alleged attack is coded only with a party attacked)
    ("Kenya accused al-Shabab of killing 12 police officers in Lamu.", "al-Shabab"),
    ("The Nigerian army blamed Boko Haram for the attack on a school in Borno.", "Boko Haram"),
])
def test_each_accusation_preposition_holds_the_alleged_attack(process, text, doer) -> None:
    events = coded(process, text)
    assert any(t == "ASSAULT" and any(doer in (s or "") for s in src) for t, src, _ in events), events
    assert not any(t == "ASSAULT" and any(a in (s or "") for s in src for a in ("Kenya", "Nigerian army"))
                   for t, src, _ in events), events


def test_a_name_joined_to_a_party_by_a_member_preposition() -> None:
    from eventwire.stages.actors.roles import _party_after
    for joint in (" of the ", " from the ", " of "):
        assert _party_after().match(joint + "Green Party", 0), joint
    for joint in (" at the ", " with the ", " against "):
        assert _party_after().match(joint + "Green Party", 0) is None, joint
