"""Round 19, country10: classes of actor country read from the text alone, on sentences written for these
tests (expected countries written before the runs).

- a diplomat's 'to' phrase names the state the diplomat is sent to, not the diplomat's own: 'Kenyan
  Ambassador to the United States X' is Kenya's, and so is the person in "Nigeria's ambassador to
  Germany, X" when the parser hangs the name on Germany (``mentions/titles._title_context``);
- a research or teaching unit named right before 'at' and a body of known country sits in that body's
  country: 'the Polar Studies Centre at the University of Oslo' (``country/body_home.hosted_by``); not
  when the host serves no country;
- proper nouns listed right before a plural place noun name places where things happen ('in Nsanje and
  Phalombe districts': ``places.where_word`` reads the parser's nmod), so a passage set there places its local
  groups; not a name the parser broke before the noun ('the Croix des Bouquets area')."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.stages.actors.country.body_home import hosted_by
from eventwire.stages.actors.places import where_word

from .actor_helpers import country_of_named as _country


@pytest.mark.parametrize("text,name,expected", [
    ("According to Kenyan Ambassador to the United States Peter Omondi, the new trade deal will help farmers.",
     "Peter Omondi", "KEN"),
    ("Nigeria's ambassador to Germany, Amina Bello, said the visa rules would be eased next month.",
     "Amina Bello", "NGA"),
    ("Peru's envoy to Bolivia, Luis Paredes, protested the closure of the border.", "Luis Paredes", "PER"),
    # negatives: the sender is the one named before the title; a title's own 'of' phrase is untouched
    ("The U.S. ambassador to Chile, Mark Dolan, met the mining minister in Santiago on Monday.",
     "Mark Dolan", "USA"),
    ("Brazil's envoy to the United Nations, Carla Souza, called for a vote on the resolution.",
     "Carla Souza", "BRA"),
    ("The protesters sent a letter to Kenya's president, William Ruto, on Monday.", "William Ruto", "KEN"),
])
def test_a_diplomat_is_of_the_state_that_sends_him(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("\"The ice is melting faster than we thought,\" said Anna Berg, director of the Polar Studies Centre at "
     "the University of Oslo.", "Polar Studies Centre", "NOR"),
    ("The Scott Polar Research Institute at Cambridge University holds the expedition's diaries, a curator said.",
     "Scott Polar Research Institute", "GBR"),
    ("Researchers at the Institute for Marine Biology at Kyoto University found that coral reefs were recovering.",
     "Institute for Marine Biology", "JPN"),
    # negative: a host of no country gives none
    ("The Center for Refugee Studies at the United Nations University said displacement had doubled.",
     "Center for Refugee Studies", None),
])
def test_a_research_unit_sits_in_its_host_country(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


def test_hosted_by_reads_only_research_units() -> None:
    firm = SimpleNamespace(name="Acme Holdings", mentions=[])
    assert hosted_by(None, None, firm, set()) is None  # not a research or teaching unit: nothing read


@pytest.mark.parametrize("text,name,expected", [
    # a list of regions right before a plural place noun sets the scene ('in X and Y districts')
    ("Floods washed away three bridges last week. Volunteers handed out maize flour to households in Mangochi "
     "and Balaka districts, the police said.", "police", "MWI"),
    ("The cyclone weakened on Sunday. Volunteers said villages in Chikwawa and Nsanje districts were cut off, the "
     "army said.", "army", "MWI"),
])
def test_regions_listed_before_a_place_noun_set_the_scene(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("Volunteers handed out food to households in Mangochi and Balaka districts.", "Balaka", True),
    ("Volunteers handed out food to households in Mangochi and Balaka districts.", "Mangochi", True),
    # negative: a name the parser broke before the noun is no list of places
    ("Residents said gunmen were seen in the Croix des Bouquets area overnight.", "Croix", False),
])
def test_where_word_reads_a_list_before_a_place_noun(pipeline, text, word, expected) -> None:
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert where_word(tok) is expected
