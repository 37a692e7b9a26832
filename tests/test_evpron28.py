"""Events whose party is a pronoun or a plural description (round 28, evpron28).

The actors stage's one pronoun resolver (coref/pronouns.py) and its plural references (coref/plurals.py) give
the events stage its parties: he/she by gender and recency, it/they for a body or group told before, "we" in a
quote for its speaker, "the two leaders" for the two leaders just joined. Kept this round:

- a he/she whose nearest fitting person is one of two people joined by "and" who both fit it (same gender, or
  none known) names neither ("Juan Perez and Pedro Gomez met the mayor. He accused ..."): a reader cannot tell;
- "the two leaders", "both leaders" take a person written with a leader's title before the name even when the
  actors stage kept no role for that person ("President A of X and President B of Y met ... The two leaders").

Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


def _has(found, kind: str, source: str, target: str | None) -> bool:
    return any(k == kind and _names(s, source) and (target is None or _names(t, target)) for k, s, t, _ in found)


@pytest.mark.parametrize("text, kind, source, target", [
    # he/she by gender among two joined people
    ("Juan Perez and Maria Lopez met reporters in Cali on Monday. She accused the police of abuse.",
     "ACCUSE", "Maria Lopez", "police"),
    # he/she: the subject of the sentence before, by gender over the object
    ("Senator Mark Hill met Governor Sarah Lane on Monday. She accused the police of abuse.",
     "ACCUSE", "Sarah Lane", "police"),
    # it for a body told in the sentence before
    ("Amnesty International published a report on the prisons of Egypt. It urged Cairo to free all political "
     "detainees.", "REQUEST", "Amnesty International", "Egypt"),
    # they for a group told before
    ("Human rights groups in Nairobi met the police chief on Tuesday. They urged him to release the detained "
     "students.", "REQUEST", "rights groups", "police chief"),
    # they for two people joined as the subject of the sentence before
    ("President Ruto of Kenya and President Museveni of Uganda met in Kampala on Monday. They agreed to build a "
     "new railway.", "AGREE", "Ruto", "Museveni"),
    ("Prime Minister Ishiba of Japan and President Yoon of South Korea met in Tokyo on Friday. Both leaders agreed "
     "to resume military talks.", "AGREE", "Ishiba", "Yoon"),
])
def test_a_pronoun_or_description_gives_the_party(process, text, kind, source, target) -> None:
    found = coded_rule(process, text)
    assert _has(found, kind, source, target), found


@pytest.mark.parametrize("text, kind, wrong", [
    # two joined men, both fit 'he': neither is the accuser
    ("Juan Perez and Pedro Gomez met the mayor of Cali on Monday. He accused the police of abuse.",
     "ACCUSE", ("Perez", "Gomez")),
    ("Carlos Ruiz and Diego Vega visited the prison in Lima on Friday. Later he accused the guards of torture.",
     "ACCUSE", ("Ruiz", "Vega")),
    # a woman and a man joined: 'he' is not the woman
    ("Juan Perez and Maria Lopez met reporters in Cali on Monday. He accused the police of abuse.",
     "ACCUSE", ("Maria Lopez",)),
    # expletive 'it' is no body
    ("The Health Ministry of Ghana opened a clinic in Accra on Monday. It is clear that the police arrested "
     "the nurses unlawfully.", "COERCE", ("Health Ministry",)),
])
def test_a_pronoun_that_must_not_give_that_party(process, text, kind, wrong) -> None:
    found = coded_rule(process, text)
    assert not any(k == kind and any(_names(s, w) for w in wrong) for k, s, _, _ in found), found


def test_generic_they_with_nobody_before_makes_no_event(process) -> None:
    found = coded_rule(process, "Heavy rain fell on the capital of Peru on Monday. They say the storm will "
                                "go on for a week, and they blame the government.")
    assert not [e for e in found if e[0] == "ACCUSE" and e[1]], found


@pytest.mark.parametrize("text, source, target", [
    ("President Ruto of Kenya and President Museveni of Uganda met in Kampala on Monday. The two leaders agreed "
     "to build a new railway.", "Ruto", "Museveni"),
    ("Prime Minister Ishiba of Japan and President Yoon of South Korea met in Tokyo on Friday. Both leaders agreed "
     "to resume military talks.", "Ishiba", "Yoon"),
])
def test_the_two_leaders_read_the_title_before_a_name_with_no_day(process, text, source, target) -> None:
    """With no publication day nobody's office is looked up: the title written before the name is what says
    the first of the pair is a leader."""
    doc = process(text, None)
    name = {a.id: a.name for a in doc.actors}
    found = [(e.type, tuple(name[i] for i in e.source), tuple(name[i] for i in e.target)) for e in doc.events]
    assert any(k == "AGREE" and _names(s, source) and _names(t, target) for k, s, t in found), found


def test_the_two_leaders_take_no_untitled_person(process) -> None:
    """'the two leaders' never take a person written with no leader's title (a lawyer, an activist)."""
    found = coded_rule(process, "Activist Juan Perez and lawyer Pedro Gomez met in Lima on Monday. The two "
                                "leaders agreed to build a new school.")
    assert not any(e[0] == "AGREE" for e in found), found


@pytest.mark.parametrize("text, kind, source, target", [
    # a subject 'they' after one person met or hosted another: the two together
    ("President Ruto of Kenya hosted President Museveni of Uganda on Monday. They agreed to build a new railway.",
     "AGREE", "Ruto", "Museveni"),
    # not a meeting: 'they' is the plural subject told before
    ("Police in Lima arrested Juan Perez on Monday. They accused him of theft.", "ACCUSE", "Police", "Juan Perez"),
    # a person met a group: 'they' is the group, not a pair of a person and a group
    ("Juan Perez met reporters in Lima on Monday. They accused him of lying.", "ACCUSE", "reporters", "Juan Perez"),
])
def test_they_after_a_meeting_of_two(process, text, kind, source, target) -> None:
    found = coded_rule(process, text)
    assert _has(found, kind, source, target), found
    assert not any(k == kind and _names(s, target) for k, s, _, _ in found), found


def _they_referents(process, text: str) -> list[list[str]]:
    doc = process(text, None, until="actors")
    return [sorted(doc.actor(a).name for a in doc.referents(t)) for t in doc.nlp if t.lower_ == "they"]


def test_they_with_people_named_between_is_not_the_subject_before(process) -> None:
    """'they' after a plural noun for people standing between it and the subject told before names nobody
    ('... sends migrants to camps where they face abuse': the migrants); the first 'they' keeps the pair."""
    found = _they_referents(process, "The United States and the European Union condemned Libya on Monday. "
                                     "They said the state sends migrants to camps where they face abuse.")
    assert len(found) == 2 and len(found[0]) == 2 and found[1] == [], found


def test_they_after_a_quote_with_people_in_it_is_still_the_speakers(process) -> None:
    """A plural noun inside a quotation does not stand between a 'they' outside it and the subject before."""
    found = _they_referents(process, "The United States and the European Union condemned Libya on Monday. "
                                     '"The camps hold migrants in cages," they said in a statement.')
    assert found and len(found[-1]) == 2, found


def test_the_group_is_the_one_civil_body_named_before(process) -> None:
    """'the group' with no armed group in the story: the one body of no state named just before."""
    found = coded_rule(process, "The Committee to Protect Journalists criticized the arrest of the editor in Hanoi. "
                                "The group urged the authorities of Vietnam to release him at once.")
    assert _has(found, "REQUEST", "Committee to Protect Journalists", "authorities"), found


@pytest.mark.parametrize("text, wrong", [
    # two such bodies: neither
    ("The Committee to Protect Journalists and Amnesty International criticized the arrest of the editor in Hanoi. "
     "The group urged the authorities of Vietnam to release him at once.", ("Committee", "Amnesty")),
    # an armed group in the story is 'the group', not the rights body that tells of it
    ("Rebels of the M23 seized the town of Goma. Human Rights Watch said the group killed ten civilians.",
     ("Human Rights Watch",)),
])
def test_the_group_takes_no_civil_body_when_in_doubt(process, text, wrong) -> None:
    found = coded_rule(process, text)
    assert not any(k in ("REQUEST", "ASSAULT") and any(_names(s, w) for w in wrong) for k, s, _, _ in found), found
