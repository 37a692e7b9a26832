"""Round 18, country9: classes of actor country read from the text alone, on sentences written for these
tests (expected countries written before the runs).

- a description that names two states joined by 'and' ('a commission that Austria and Italy set up')
  speaks of a body of both: no one state's country (``person_home._joined_states``);
- a person whose own phrase makes them one of a team, delegation or mission named as from outside ('who
  heads the editor's international legal team') is placed neither by the story's setting nor by the
  places of the sentence (``placed_by_setting._in_team_from_outside``);
- a group of bodies shown by examples that are all organisations of one country ('civil liberties groups,
  including the ACLU') takes that country (``outsiders._examples_country``);
- advocates named by a cause ('press freedom advocates') are campaigners, not counsel pleading in the
  story's court (``courts._pleads_in_court``); scholars of a named discipline ('archaeologists') comment
  from outside like analysts (``commentator_nouns.txt``)."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.country import comments_from_outside
from eventwire.stages.actors.country.placed_by_setting import _in_team_from_outside

from .actor_helpers import country_of_named as _country


@pytest.mark.parametrize("text,name,expected", [
    ("The Alpine Water Council, a commission that Austria and Italy set up in 2010, warned on Tuesday that "
     "glaciers in the region are shrinking faster than expected. Scientists said the loss had doubled.",
     "Alpine Water Council", None),
    ("The Lake Council, a body run jointly by Kenya and Uganda, said on Friday that fish stocks were "
     "recovering. Fishermen in Kisumu welcomed the report.", "Lake Council", None),
    # negative: one state named, the body is that state's
    ("The Danube Shipping Board, a commission that Austria set up in 2010, warned on Tuesday that river "
     "traffic had fallen. Barge owners said the low water had cost them dearly.", "Danube Shipping Board", "AUT"),
])
def test_body_of_two_joined_states_takes_neither(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("Belarusian police detained three more reporters in Minsk on Monday. Maria Kovac, who heads the jailed "
     "editor's international legal team, said in Minsk that the trial was a sham. The court did not comment.",
     "Maria Kovac", None),
    ("Police in Caracas detained an opposition organiser on Sunday. Venezuelan officials said he had planned "
     "unrest. Tom Reyes, a member of the foreign observer mission, told reporters in Caracas the arrest was "
     "political.", "Tom Reyes", None),
    # negatives: a lawyer of no team from outside; a foreign word in the person's own title
    ("Belarusian police detained three more reporters in Minsk on Monday. Maria Kovac, a lawyer for the jailed "
     "editor, said in Minsk that the trial was a sham. The court did not comment.", "Maria Kovac", "BLR"),
    ("Serbian police arrested two men in Belgrade on Sunday. Ana Petrovic, the country's foreign minister, said "
     "in Belgrade that the men had planned an attack. Officials gave no names.", "Ana Petrovic", "SRB"),
])
def test_member_of_a_team_from_outside_is_not_placed_where_it_works(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


def test_team_from_outside_reads_the_persons_own_phrase(process) -> None:
    doc = process("Maria Kovac, who heads the jailed editor's international legal team, spoke in Minsk. "
                  "Ivan Lukin, the foreign minister, spoke in Minsk too.", until="actors")
    by_name = {a.name: a for a in doc.actors}
    assert _in_team_from_outside(doc, by_name["Maria Kovac"])
    assert not _in_team_from_outside(doc, by_name["Ivan Lukin"])


@pytest.mark.parametrize("text,name,expected", [
    ("Civil liberties groups such as the American Civil Liberties Union sued the state of Texas on Monday "
     "over the new voting law. The governor defended it.", "liberties groups", "USA"),
    # negatives: an example that is a person speaks for no group; an example of no country says nothing
    ("Critics, including Hungary's Viktor Orban, said Europe cannot afford the plan. Supporters disagreed.",
     "Critics", None),
])
def test_group_of_bodies_takes_its_examples_country(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("Two men went on trial in a Chicago court on Monday, accused of spying for Moscow. Press freedom advocates "
     "call the trial part of a wider campaign against exiled reporters. Prosecutors said the men took photos "
     "of a reporter's home.", "Press freedom advocates", None),
    # negatives: the court's own officers and a defendant's lawyers sit in its country
    ("Two men went on trial in a Chicago court on Monday, accused of spying for Moscow. Press freedom advocates "
     "call the trial part of a wider campaign against exiled reporters. Prosecutors said the men took photos "
     "of a reporter's home.", "Prosecutors", "USA"),
    ("Two men went on trial in a Chicago court on Monday, accused of spying for Moscow. Defense lawyers said "
     "the photos proved nothing.", "Defense lawyers", "USA"),
])
def test_advocates_of_a_cause_do_not_plead_in_the_court(process, text, name, expected) -> None:
    assert _country(process, text, name) == expected


def test_scholars_of_a_discipline_comment_from_outside(process) -> None:
    doc = process("Archaeologists digging near Tikal found a royal tomb on Monday. The outbreak in Guatemala City is "
                  "slowing, said Jorge Mendez, an epidemiologist. Farmers near Tikal said the rains came late.",
                  until="actors")
    by_name = {a.name.lower(): a for a in doc.actors}
    assert comments_from_outside(doc, by_name["archaeologists"])
    assert comments_from_outside(doc, by_name["jorge mendez"])
    assert not comments_from_outside(doc, by_name["farmers"])
