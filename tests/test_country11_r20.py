"""Round 20, country11: classes of actor country found by judging a sample of actors no gold lists (R stories,
F texts), on sentences written for these tests (expected countries written before the runs).

- a group said to come into the story's country (the subject of an arrival verb, or the object of a verb
  whose clause has it arrive: ``lexicons/arrival_verbs.txt``) is not that country's by the setting or by its
  sentence's places: 'families moving to Japan', 'workers arriving in Qatar' (``country/outsiders._coming_into``);
  not people going home ('returned to Afghanistan') nor a move inside the country ('moved to safer
  neighbourhoods in Qatar');
- an outside word before the first noun of a pair names both: 'foreign investors and workers'
  (``outsiders._from_outside``); not a pair whose second noun has its own word ('local students and foreign
  teachers');
- a group or body that 'its' owns takes the country of the state or state body the pronoun points to: 'the
  White House ... its officials', 'the agency ... its employees' (``country/pronoun_owners``); not what a body of
  no country owns ('Amnesty International ... its researchers')."""
from __future__ import annotations

import pytest

from .actor_helpers import country_of_named as _country


@pytest.mark.parametrize("text,name,expected", [
    ("TOKYO — Officials in Tokyo said more families are moving to Japan each year. The families buy homes near "
     "the coast, the officials said.", "families", None),
    ("DOHA — Thousands of workers arrived in Qatar last year to build stadiums, the labour ministry said.",
     "workers", None),
    ("TOKYO — The new rules help overseas investors and families enter Japan, an official said.", "families", None),
    ("HANOI — More investors are travelling to Vietnam to buy factories, bankers in Hanoi say.", "investors",
     None),
    # negatives: local people, people going home, a move inside the country
    ("TOKYO — Officials in Tokyo said more families are moving to Japan each year. The families buy homes near "
     "the coast, the officials said.", "Officials", "JPN"),
    ("NAIROBI — Kenyan police said protesters gathered in Nairobi on Monday.", "protesters", "KEN"),
    ("KABUL — Hundreds of families returned to Afghanistan from Pakistan this week, officials said.", "families",
     "AFG"),
    ("DOHA — Residents moved to safer neighbourhoods in Qatar after the floods, officials said.", "Residents", "QAT"),
])
def test_a_group_coming_into_the_country_is_not_its(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("TOKYO — Officials want to attract foreign investors and workers, the ministry said.", "workers", None),
    ("NAIROBI — The fund aims to bring foreign doctors and nurses to rural clinics, officials said.", "nurses", None),
    # negative: the second noun of the pair has a word of its own
    ("LAGOS — Local students and foreign teachers marched in Lagos on Friday, police said.", "students", "NGA"),
])
def test_an_outside_word_names_both_nouns_of_a_pair(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("The White House is weighing new tariffs, and some of its officials say a deal is close.", "officials", "USA"),
    ("The Federal Aviation Administration must cut its budget, and most of its employees are air traffic "
     "controllers.", "employees", "USA"),
    # negative: a body of no country owns its staff, who are of no country by this reader
    ("Amnesty International said its researchers had documented the abuses.", "researchers", None),
])
def test_what_a_state_body_owns_by_its_is_of_its_country(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected
