"""An actor's sector read from the words the story puts around it, once every actor is built.

Run after countries and coreference, before ``sector.settle_sectors``; each step only fills what the
actor's own name, title and the knowledge base left open:

- ``described_bodies``: an organisation with no sector takes the one the story's description of it
  gives: a noun in apposition or before the name ("energy giant X", "X, a political risk consultancy",
  "X, an outlet covering mining news", "the X consultancy", "companies such as X"; ``body_descriptors.tsv``,
  then the head-noun lexicons), else the body it is a unit of ("VOA's Swahili Service" MED, "NASA's X
  Center" GOV), else the knowledge base's firms by their short name; a 'person' named like a body ('...
  Company') becomes that body (``bodies_read_as_people``);
- ``staff_of_bodies``: a person whose title any body can give (spokesman, chief, director, founder) or
  who has no title, and who speaks for a body named in their own phrase ("X spokesman Y", "X's public
  affairs chief Y") or advises one ("senior adviser to the X Museum"), takes the body's sector once known;
- ``staff_of_state_bodies``: a person named with no title beside a state's body in their own phrase ("Jane
  Doe of the Transport Agency", "X for the Food Safety Authority") takes its sector (GOV, LEG, JUD, MIL; not
  a research body's people, who are researchers, CVL);
- ``leaders_of_bodies``: a person named as leading a body or group ("the cabinet headed by X")
  takes its sector;
- ``former_international_officials``: a person whose title names an international office held no more
  ("former NATO Secretary General X") is a civilian, like any former office but a head of state's;
- ``credited_reporters``: a person named in a credit line ("X and Y contributed to this report") is a
  journalist (MED);
- ``opposition_people``: a person whose own words place them in the opposition ("opposition politician
  X", "the opposition party of former Prime Minister X") is OPP, also a former office holder: the office
  is no longer held, the opposition is; a member of a legislature ("X, an opposition lawmaker") is LEG
  on either side of it (``opposition_sector``).
- ``rulers``: a person the story names as holding a regime, rule or government ("X's military regime",
  "the regime of military general X") is a ruler, GOV, whatever rank the title gives.
- ``charged_people``: a person of no office, trade or cause whose own clause says they face charges of a
  common crime, admitted one or were found guilty of one ("X, who faces robbery charges") is a criminal
  (CRM; ``common_crime_words.txt``, not political offences);
- ``state_made_bodies``: a body with no sector but the civilian default that two or more states set up is
  an intergovernmental body (IGO, no country); one that a single state or its government set up or
  oversees ("created by X's government", "under the supervision of X's ministry") is that state's (GOV).

The readers live in modules by concern, each importing only from those listed before it: ``spans`` (an
actor's parsed mentions), ``describing_nouns`` (the nouns a body is described with), ``firms`` (firms known
by name, their country, bodies read as firms), ``bodies_described`` (a body's sector from its description or
owner, trade bodies, bodies read as people), ``staff`` (people who speak for, advise or write for a body),
``credits`` (credit lines), ``body_leaders`` (people leading a body or group), ``clauses`` (a person's own
clause: the body run or worked for, the office entered or held), ``opposition``, ``other_descriptions`` (a
person described by another mention or a shared title), ``peers`` (a colleague's work), ``former_offices``
(international offices held no more), ``kinds_of_titles`` (kind words before a title, ranks outside an armed
service), ``rulers`` (a person named as holding a regime or rule: GOV), ``charges`` (people charged with a common
crime: CRM), ``state_made`` (bodies states made or oversee: IGO, GOV), ``steps`` (``sectors_from_text``: the readers in order). This package re-exports what other modules
and tests read.
"""
from __future__ import annotations

from .bodies_described import units_of_civil_bodies
from .clauses import not_told_as_fact, present_tense
from .describing_nouns import _DESCRIBING_DEPS, _armed_members, _describers, describer_phrase, describers
from .firms import known_companies
from .steps import sectors_from_text

__all__ = [
    "_DESCRIBING_DEPS",
    "_armed_members",
    "_describers",
    "describer_phrase",
    "describers",
    "known_companies",
    "not_told_as_fact",
    "present_tense",
    "sectors_from_text",
    "units_of_civil_bodies",
]
