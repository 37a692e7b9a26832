"""The party of a judgement voiced in reported speech, given by a pronoun or by a deed noun whose doer was named
before (round 27, evcoref27).

A deed noun judged in someone's words ("the revocation is unfair") falls on the subject actor of the verb of the same
deed told earlier in the article (deed_noun_verbs.tsv: revocation/revoke, ruling/rule); not where the deed's doer
is not named (a passive with no agent), nor under a negation, a condition or a question. A thing a third-person
pronoun owns ("his aggression", "their hostility") falls on the actor the actors stage linked the pronoun to, read
by its link alone (participants.linked_pronoun); an unlinked pronoun does not pass the blame to the people the phrase
is aimed at ("toward teachers") nor to those the story last named (who suffered). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _accusations(process, text: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == "ACCUSE"]


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


@pytest.mark.parametrize("text, source, target", [
    ('The Electoral Commission revoked the license of the Daily Sun newspaper on Tuesday. "The revocation is unfair '
     'and arbitrary," said Tom Reid of Reporters Without Borders.', "Tom Reid", "Electoral Commission"),
    ("The Electoral Commission revoked the license of the Daily Sun newspaper on Tuesday. Tom Reid of Reporters "
     "Without Borders called the revocation arbitrary.", "Tom Reid", "Electoral Commission"),
    ("The Constitutional Court of Zambia ruled on Monday that President Hichilema may run again. Opposition leader "
     "Peter Banda said the ruling was a travesty.", "Peter Banda", "Constitutional Court"),
    ('Burmese soldiers killed five protesters in Mandalay on Sunday. "The killing of peaceful protesters is '
     'unacceptable," said UN spokesman Tom Lee.', "Tom Lee", "soldiers"),
])
def test_a_judged_deed_falls_on_its_doer_told_before(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    'The license of the Daily Sun was revoked on Tuesday. "The revocation is unfair," said Tom Reid of Reporters '
    "Without Borders.",
    'Five protesters were killed in Mandalay on Sunday. "The killing of peaceful protesters is unacceptable," said '
    "UN spokesman Tom Lee.",
    'The Electoral Commission revoked the license of the Daily Sun newspaper on Tuesday. "The revocation is not '
    'unfair," said Tom Reid, a lawyer.',
    'The Electoral Commission revoked the license of the Daily Sun newspaper on Tuesday. "Is the revocation unfair?" '
    "asked Tom Reid, a lawyer.",
    'The Electoral Commission revoked the license of the Daily Sun newspaper on Tuesday. "If the revocation stands, '
    'that would be unfair," said Tom Reid, a lawyer.',
])
def test_no_accusation_where_the_doer_is_untold_or_the_judgement_unsaid(process, text) -> None:
    assert not _accusations(process, text)


@pytest.mark.parametrize("text, source, target", [
    ("President Vladimir Putin ordered new strikes on power stations last week. Foreign Minister Anna Berg of "
     "Lithuania said his aggression threatened the whole region.", "Anna Berg", "Putin"),
    ('Prime Minister Ivan Petrov has fired three judges this year. "His contempt for the courts is shameful," said '
     "Anna Berg of the Helsinki Committee.", "Anna Berg", "Petrov"),
    ("Prime Minister Ivan Petrov has fired three judges this year. Anna Berg of the Helsinki Committee raised "
     "questions about his commitment to the rule of law.", "Anna Berg", "Petrov"),
])
def test_a_pronoun_owner_falls_on_the_actor_it_is_linked_to(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text, wronged", [
    ('The Nicaraguan government has detained hundreds of teachers since May. "Their hostility toward teachers is '
     'shameful," said Maria Lopez of Amnesty International.', "teachers"),
    ("Villagers fled the fighting in the north. Aid worker Maria Lopez said their suffering was shameful.",
     "Villagers"),
    ('Prime Minister Ivan Petrov has fired three judges this year. "His contempt for the courts is shameful," said '
     "Anna Berg of the Helsinki Committee.", "judges"),
])
def test_no_accusation_of_those_a_pronoun_owned_thing_is_aimed_at(process, text, wronged) -> None:
    found = _accusations(process, text)
    assert not any(_names(t, wronged) for _, _, t, _ in found), found
