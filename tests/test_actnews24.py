"""Actors on news outside VOA's house style (round 24, actnews24): a group of learners or teachers is of the
education sector (EDU), as a school or university is; one person named by such a noun, and children taken or
hurt as victims, stay civilians. Sentences are the tests' own; expected sectors were written before the rows
were run."""
from __future__ import annotations

import pytest


def _sector_of(doc, text: str, words: str) -> tuple[str | None, dict]:
    start = text.index(words) + len(words) - 1  # (the head word: the last of the words)
    found = {a.name: (a.kind, a.sector) for a in doc.actors}
    for a in doc.actors:
        if any(m.start <= start < m.end for m in a.mentions):
            return a.sector, found
    return "(no actor)", found


# --- a group of students, pupils or teachers: the education sector ----------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Thousands of Chilean students marched through Santiago on Thursday to demand free tuition.", "Chilean students"),
    ("Striking teachers in Kenya rejected the government's pay offer on Monday.", "Striking teachers"),
    ("The ministry said 40,000 teachers would be hired before the school year begins.", "teachers"),
    ("Police dispersed hundreds of university students who had blocked the main road in Dhaka.", "university students"),
    ("Lecturers at public universities in Nigeria began an indefinite strike over unpaid wages.", "Lecturers"),
    ("Student groups organised a vigil outside the parliament in Taipei on Sunday.", "Student groups"),
    ("Pupils in the capital were sent home after the storm damaged their classrooms, officials said.", "Pupils"),
])
def test_learners_and_teachers_are_education(process, text, words) -> None:
    doc = process(text, until="actors")
    sector, found = _sector_of(doc, text, words)
    assert sector == "EDU", found


# --- near misses: one person, victims, other groups --------------------------------------------------------------

@pytest.mark.parametrize("text, words, sector", [
    # one person named by a learner's noun is a civilian, as the VOA golds code him
    ("Wei Lin, a college student in Shanghai, said the rules were too strict.", "Wei Lin", "CVL"),
    ("A teacher at the school called the police after the fight, the mayor said.", "A teacher", "CVL"),
    # children taken from a school are victims, civilians
    ("Gunmen abducted dozens of schoolgirls from a boarding school in northern Nigeria.", "schoolgirls", "CVL"),
    # other civil groups keep their sector
    ("Hundreds of farmers blocked the highway to protest the new tax on fertiliser.", "farmers", "CVL"),
    ("Nurses at the city hospital walked out on Tuesday over unpaid wages.", "Nurses", "CVL"),
])
def test_other_people_keep_their_sector(process, text, words, sector) -> None:
    doc = process(text, until="actors")
    got, found = _sector_of(doc, text, words)
    assert got == sector, found


# --- groups named by a trade or standing the lexicons lacked: developers (BUS), dignitaries (GOV) ---------------

@pytest.mark.parametrize("text, words, sector", [
    ("Property developers in Lagos say the new levy will slow construction.", "Property developers", "BUS"),
    ("Software developers have complained that the app store takes too large a cut.", "Software developers", "BUS"),
    ("The governor and other dignitaries opened the new bridge on Saturday.", "dignitaries", "GOV"),
    ("Foreign dignitaries attended the funeral in Nairobi on Friday.", "Foreign dignitaries", "GOV"),
])
def test_trade_and_standing_groups(process, text, words, sector) -> None:
    doc = process(text, until="actors")
    got, found = _sector_of(doc, text, words)
    assert got == sector, found


@pytest.mark.parametrize("text, words", [
    # a thing, not people: the word describes a project or a status
    ("The developers' plan for the riverside was rejected by the council.", "riverside"),
    ("The asylum system is under strain, the report said.", "asylum system"),
])
def test_trade_words_name_no_thing(process, text, words) -> None:
    doc = process(text, until="actors")
    got, found = _sector_of(doc, text, words)
    assert got == "(no actor)", found
