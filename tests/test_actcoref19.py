"""Round 19, actcoref19: who a description stands for (issues 15 and 16).

- Former members of a body are not the body: 'former members of the church', 'ex-members of the club',
  'retired officials of the ministry' (actors.words.former_members, read by the actors stage's members of
  bodies and by eventcoding.participants.members_body); plain members still act as it.
- 'the rebel group' / 'the militant group' among several armed groups: the one last named as subject, object
  or passive agent of a clause, not one named only in another prepositional phrase ('battles with ISWAP
  fighters') (coref.definites._last_armed_party).
- A surname two people of one story share, as a subject, goes on with the one of them named in full as a
  subject in its sentence or the one before, when only one was ('Daniel Lopez moved ... Lopez said': Daniel);
  else, as before, the one with more mentions so far (actors._join_people, _named_near,
  SHARED_SURNAME_REACH).

Sentences written for these tests; what a careful coder records was written down before the first run."""
from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in doc.actors}


def _holder(doc, start: int) -> str | None:
    return next((a.name for a in doc.actors for m in a.mentions if m.start == start), None)


@pytest.mark.parametrize("text, words", [
    ("Lena Ortiz left the Unification Church in 2015. She later contacted former members of the Unification "
     "Church, who helped her find work.", "former members"),
    ("Former staff of the World Health Organization criticized the cuts on Friday.", "Former staff"),
    ("Retired members of the Kenya Defence Forces marched in Nairobi on Monday.", "Retired members"),
])
def test_former_members_are_not_their_body(process, text, words) -> None:
    doc = process(text, until="actors")
    start = text.index(words)
    holder = _holder(doc, start)
    assert holder is None or holder == words, _mentions(doc)


def test_members_still_act_as_their_body(process) -> None:
    doc = process("Members of the Unification Church protested outside parliament in Seoul on Monday.",
                  until="actors")
    assert "Members" in _mentions(doc).get("Unification Church", []), _mentions(doc)


@pytest.mark.parametrize("text, body", [
    ("Maria Lopez spent a decade in the Church of Scientology. Lopez phoned some former members of Scientology, "
     "who then helped her quit the church.", "Scientology"),
    ("Former members of the Muslim Brotherhood accused the Egyptian government of torture on Monday.",
     "Muslim Brotherhood"),
])
def test_former_members_do_not_give_their_body_a_deed(process, text, body) -> None:
    doc = process(text)
    ids = {a.id for a in doc.actors if a.name == body}
    assert not any(ids & set(e.source) for e in doc.events), [(e.type, e.source, e.target) for e in doc.events]


def test_members_still_give_their_body_a_deed(process) -> None:
    doc = process("Members of the Muslim Brotherhood accused the Egyptian government of torture on Monday.")
    ids = {a.id for a in doc.actors if a.name == "Muslim Brotherhood"}
    assert any(ids & set(e.source) and e.type == "ACCUSE" for e in doc.events), \
        [(e.type, e.source, e.target) for e in doc.events]


@pytest.mark.parametrize("text, description, group", [
    # the other group is named only in a prepositional phrase: the clause's subject is meant
    ("Nigeria's army said Boko Haram attacked a village near Maiduguri on Sunday. Boko Haram has waged an "
     "insurgency for 15 years and has fought bloody battles with ISWAP fighters. Residents say the militant "
     "group abducted 30 women.", "the militant group", "Boko Haram"),
    # the group last named as an object is meant
    ("Boko Haram has waged an insurgency in Nigeria for 15 years. On Monday troops killed 20 ISWAP fighters "
     "near Lake Chad. The militant group confirmed the deaths.", "The militant group",
     "Islamic State West Africa Province"),
    ("Somalia's army said al-Shabab attacked a base near Mogadishu on Friday. Al-Shabab has fought for years "
     "against African Union troops and often clashes with Islamic State fighters. Elders say the militant group "
     "executed four men.", "the militant group", "al-Shabab"),
])
def test_armed_group_description_takes_the_group_named_as_a_party(process, text, description, group) -> None:
    doc = process(text, until="actors")
    assert _holder(doc, text.index(description)) == group, _mentions(doc)


@pytest.mark.parametrize("text, offset_of, person", [
    # the son named in full in the sentence before; his mother two sentences back
    ("Maria Lopez, 52, runs a bakery in Austin with her son. Her son Daniel Lopez moved to Texas in 2010 from "
     "Monterrey. Lopez said the shop barely survived the pandemic.", "Lopez said", "Daniel Lopez"),
    # the text names the mother just before, her son more often before that
    ("Her son Daniel Lopez joined the bakery in 2010. Daniel Lopez now runs the deliveries. Maria Lopez still "
     "bakes every morning. Lopez said she never took a holiday.", "Lopez said", "Maria Lopez"),
    # the brother named in full just before, his sister more often before that
    ("Kim Yo Jong issued a statement on Monday. Kim Yo Jong also warned Seoul about the drills. Kim Jong Un "
     "inspected a missile factory on Tuesday. Kim praised the workers.", "Kim praised", "Kim Jong Un"),
])
def test_shared_surname_goes_to_the_one_named_in_full_just_before(process, text, offset_of, person) -> None:
    doc = process(text, until="actors")
    assert _holder(doc, text.index(offset_of)) == person, _mentions(doc)


@pytest.mark.parametrize("text, offset_of, person", [
    # both named in full as one subject: nearness does not decide, the earlier rule (more mentions so far, the
    # first on a tie) does
    ("Maria Lopez and her son Daniel Lopez run a bakery in Austin. Lopez said sales fell last year.",
     "Lopez said", "Maria Lopez"),
    # the surname is no subject: the boy the story is about, not his father named just before
    ("Samir Nour, 14, was detained at his school in Dallas last week. Nour had built a clock for a science "
     "class. Nour was released hours later. On Monday Nour and his father flew to New York. His father Karim "
     "Nour said the family was proud. A student in Houston sent her support to Nour.", "Nour.", "Samir Nour"),
])
def test_shared_surname_left_to_the_count_when_nearness_does_not_say(process, text, offset_of, person) -> None:
    doc = process(text, until="actors")
    assert _holder(doc, text.index(offset_of)) == person, _mentions(doc)
