"""Round 23, evstory23: the party only the story names. Short stories written for these tests, with what a careful
coder records written before running them.

- the captors: an agentless abduction ("forty students kidnapped from a boarding school have been set free by
  their captors", "the students, who were abducted last week") was done by the one actor of the story named as the people's captors
  or kidnappers in a sentence that names those people too; the rule says the doer came from the story
  (".../passive+story_captor"). Two such actors, captors of another case, an abduction told with its own doer
  before, or the deed told as not done -> nobody.
- the state that bans (not read): an agentless ban or bar done to people taking the one government body named in
  its sentence or the one before was built in round 23 and dropped by the lead, because it failed the report
  stories' gate (one event there matched before and not after; those stories are scored, not read); its rows
  stay below as expected failures.
- the sides of talks: talks told by a noun with no party ("the talks collapsed", "negotiations resumed") were
  held by the two countries named as parties in its sentence before it or in the sentence before; three
  countries, one, a country named only as the setting, or talks told as new, asked for or to come -> nobody.
- an accord signed or reached in an agentless passive ("The accord was signed in Lima") takes the same two sides;
  signers in the clause, an accord told as new, three countries or a deed told as not done -> nobody.
- the attacker told just before ("Gunmen stormed a guesthouse ... Four police officers were killed") is read by
  the existing agents.attacker_in_reach ("+attack"); a row here keeps that shape coded.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule, has_coded_event as _has


def _plain(rows):
    return [(r[0], r[1], r[2]) for r in rows]


CAPTORS = [
    # the captors named in the same sentence as the people they freed
    ("Forty students kidnapped from a boarding school near Kaduna have been set free by their captors, the "
     "governor said on Sunday. The students were taken to a hospital in Kaduna.", "captors", "students"),
    # the kidnappers named two sentences before the abduction told in a relative clause
    ("Police in Kaduna said on Monday the kidnappers had released all the students. Parents welcomed the news. "
     "The students, who were abducted from their dormitory last week, were reunited with their families.",
     "kidnappers", "students"),
]


@pytest.mark.parametrize("text,source,target", CAPTORS)
def test_the_captors_did_the_abduction(process, text, source, target):
    rows = coded_rule(process, text)
    assert any(r[0] == "ASSAULT" and "story_captor" in r[3] for r in rows), rows
    assert _has(_plain([r for r in rows if "story_captor" in r[3]]), "ASSAULT", source, target), rows


NO_CAPTOR = [
    # captors of another case: named with an aid worker, not with the teachers abducted
    "Kidnappers in Zamfara freed ten farmers on Monday. In a separate case, captors holding an aid worker in "
    "Borno asked for a ransom. Two teachers were abducted in Kaduna on Sunday.",
    # the abduction told with its own doer before: the gunmen, not the kidnappers read from the story
    "Gunmen abducted a Catholic priest in Enugu on Sunday. His kidnappers have asked for a ransom of $50,000, "
    "church officials said. The priest, who was abducted on his way home, is unharmed.",
    # the deed told as not done
    "Kidnappers freed 12 students in Kaduna on Monday. No teachers were abducted, police said.",
    # no captor noun in the story
    "Forty students were abducted from a school in Kaduna state on Friday, officials said.",
]


@pytest.mark.parametrize("text", NO_CAPTOR)
def test_no_captor_from_the_story(process, text):
    rows = coded_rule(process, text)
    assert not [r for r in rows if "story_captor" in r[3]], rows


BANNED = [
    ("The Taliban government in Kabul has stopped several foreign journalists at the border. Two German "
     "reporters were banned from entering Afghanistan, their editor said.", "Taliban", "reporters"),
    ("Nicaragua's interior ministry has closed dozens of charities this year. Local opposition activists were "
     "barred from leaving the country, their lawyers said.", "interior ministry", "opposition activists"),
]


@pytest.mark.xfail(strict=True, reason="dropped in round 23 by the report stories' gate (see the module's text)")
@pytest.mark.parametrize("text,source,target", BANNED)
def test_the_one_government_body_bans(process, text, source, target):
    rows = coded_rule(process, text)
    assert _has(_plain(rows), "COERCE", source, target), rows


NO_BANNER = [
    # two government bodies in reach
    "The Taliban government and the Pakistani interior ministry met in Kabul. Two German reporters were banned "
    "from entering Afghanistan, their editor said.",
    # no government body in reach: a rights group only
    "A rights group in Kabul published a report on Monday. Two German reporters were banned from entering "
    "Afghanistan, their editor said.",
]


@pytest.mark.parametrize("text", NO_BANNER)
def test_no_banner_from_the_story(process, text):
    rows = coded_rule(process, text)
    assert not [r for r in rows if r[0] == "COERCE" and any("reporters" in t for t in r[2]) and r[1]], rows


def test_a_ban_on_a_thing_takes_no_doer_from_reach(process):
    rows = coded_rule(process, "The Taliban government in Kabul closed two bookshops on Monday. The novel had "
                               "been banned without notice, its author said.")
    assert not [r for r in rows if r[0] == "COERCE" and "+enforcer" in r[3]], rows


def test_the_attacker_told_before_stays_read(process):
    rows = coded_rule(process, "Gunmen stormed a guesthouse in the Kenyan town of Mandera on Sunday. At least "
                               "four police officers were killed, a local official said.")
    assert _has(_plain(rows), "ASSAULT", "Gunmen", "police officers"), rows


SIDES = [
    ("Ethiopia and Egypt have quarreled for years over the dam on the Blue Nile. The talks in Washington collapsed "
     "on Friday without a deal.", "Ethiopia", "Egypt"),
    ("Peru's claim to the fishing grounds and Chile's refusal to share them have kept the dispute alive. "
     "Negotiations resumed in Lima on Tuesday, officials said.", "Peru", "Chile"),
]


@pytest.mark.parametrize("text,one,other", SIDES)
def test_talks_take_the_two_sides_told_before(process, text, one, other):
    rows = [r for r in coded_rule(process, text) if "story_sides" in r[3]]
    assert rows and all(r[0] == "CONSULT" for r in rows), rows
    assert _has(_plain(rows), "CONSULT", one, other) or _has(_plain(rows), "CONSULT", other, one), rows


NO_SIDES = [
    # three countries in reach
    "Ethiopia, Sudan and Egypt have quarreled for years over the dam on the Blue Nile. The talks collapsed on "
    "Friday without a deal.",
    # a summit told as one that may come: no talks held
    "Ethiopia and Egypt have quarreled for years over the dam on the Blue Nile. A summit could take place next "
    "year, diplomats said.",
    # talks asked for, not held
    "Ethiopia and Egypt traded accusations on Monday. The African Union called for talks.",
    # a country named only as the setting
    "Fighting went on in Libya on Monday. The talks in Geneva stalled, diplomats said.",
]


@pytest.mark.parametrize("text", NO_SIDES)
def test_no_sides_from_the_story(process, text):
    rows = coded_rule(process, text)
    assert not [r for r in rows if "story_sides" in r[3]], rows


SIGNED = [
    ("The governments of Peru and Chile ended a decade-long dispute over fishing rights on Monday. The accord was "
     "signed in Lima.", "Peru", "Chile"),
    ("Peru and Chile have argued over fishing rights for a decade. The deal was signed in Lima on Tuesday.",
     "Peru", "Chile"),
]


@pytest.mark.parametrize("text,one,other", SIGNED)
def test_an_accord_signed_takes_the_two_sides_told_before(process, text, one, other):
    rows = [r for r in coded_rule(process, text) if "story_sides" in r[3]]
    assert rows, rows
    assert _has(_plain(rows), rows[0][0], one, other) or _has(_plain(rows), rows[0][0], other, one), rows


NOT_SIGNED = [
    # the signers named in the clause: the clause's own reading, not the story's
    "Peru and Chile ended a decade-long dispute over fishing rights on Monday. The accord was signed in Lima by "
    "the two foreign ministers.",
    # an accord told as new: whose, the story has not said
    "Peru and Chile have argued over fishing rights for a decade. A new agreement was reached on Tuesday, "
    "officials said.",
    # three countries in reach
    "Peru, Bolivia and Chile have argued over fishing rights for a decade. The deal was signed in Lima on Tuesday.",
    # told as not done
    "Peru and Chile have argued over fishing rights for a decade. The deal was not signed on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_no_signers_from_the_story(process, text):
    rows = coded_rule(process, text)
    assert not [r for r in rows if "story_sides" in r[3]], rows
