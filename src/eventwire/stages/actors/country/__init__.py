"""An actor's country from evidence in the text, for actors whose own mention did not give one.

Evidence, strongest first (each only when the actor has no country yet):

- what a person is said to be or do, in an apposition or relative clause after the name: a country or
  demonym ("a Thai rights group"), a place ("... at a think tank in Nairobi"), a
  known institution; an apposition after names joined by 'and' that says the same of each ("X and Y,
  both from Z", "X and Y, two drivers from Z": ``_shared``) is each name's; words after "for", "to", "on", "about", "against" and "with" name a brief, not a
  nationality ("envoy for Syria"), and are left out;
- the organisation a person speaks for, named in the title or apposition ("program director for the
  Peace Rights Foundation") takes its country;
- for people of no office and groups of them, the place their own phrase or clause puts them in
  ('residents of Harar', 'a trader in the city of Kaduna', 'an analyst with a think tank in Lyon',
  'protesters marched in Quito': ``own_place.own_place_country``); the staff of a body serving no
  country ('a Red Cross nurse in Juba') take none;
- the one country named or placed in a sentence that mentions a person or group ("opposition candidate
  Grace Chirwa told supporters in Blantyre"); words in quotation marks and places one moves from or to
  do not count, nor do places in the sentences of analysts and experts, nor a place after 'pro-' or
  'anti-' (a stance); then, for actors named as local ('local residents', 'local media'), the one
  country of the places of the passage around them (``own_place.local_scene_country``);
- the story's setting (``setting.story_setting``: its dateline, else the country its actors and places point
  to most, with a place of it named) gives the country of the actors a reader places by it: local
  people and officials, security forces, armed and criminal groups, state bodies (under a dateline, any
  local body), unnamed local or state media and outlets the knowledge base does not know (a local
  paper), and the staff of those outlets; never international bodies or their staff, international
  NGOs ('rights groups'), commentators ('analysts', a researcher), outlets of a wider region or
  scholarly journals, people living away from home ('migrants', 'refugees'), nor people the knowledge
  base or their own words place elsewhere (they have a country by then). The step runs again once the
  sectors are settled (``place_settled``), for the actors whose sector came late and for the civil
  bodies the knowledge base does not know (a local charity, party or museum; not one named as
  international, regional or of a faith, nor a university), unless a sentence of theirs names another
  country.

Narrow classes of context of round 13 (``national``): an ethnic people's home state, a state body placed by
its own sentence, a national office by a 'from' phrase of its own noun, and, in a story with no setting, the state it leads
with for national offices and state bodies only. Round 18 (``setting_steps._place_in_passage``): in a story with no
one setting, a local group takes the one country the scene of its passage is set in (``own_place.scene_of``;
groups only, not the host of a gathering, not where the scene's sentence names another state); a group named
'in the two countries' or 'of both nations' is of no one state (``outsiders._in_several_states``).

Never the publisher's country (from its outlet or URL): when nothing in the text says, null.

The readers live in modules by concern, each importing only from those listed before it: ``phrase`` (a named
actor's own phrase: its description, the words before its name, its span; setting a country), ``work_titles``
(the titles of books and films), ``body_home`` (where a body is, from its name, owner and seat),
``outlet_staff`` (the people of outlets), ``employers`` (the body a person speaks for or works at),
``commentators`` (analysts and experts, and their institutions), ``person_home`` (a person's country from the
person's own mention), ``person_origin`` (where a person comes from), ``courts`` (the story's courts and those
who plead in them), ``outsiders`` (groups from outside or away from home), ``sentence_places`` (the places of
an actor's sentences), ``parties`` (political parties), ``placed_by_setting`` (the readers' rule of the setting),
``setting_steps`` (the setting's and the leading state's steps), ``fill`` (the readers in their order). This
package re-exports what other modules and tests read.
"""
from __future__ import annotations

from .phrase import _BRIEF, _EMPLOYING, _description, _read_description, _set_country, _shared, before_name
from .work_titles import work_title_tokens
from .body_home import name_country, research_body, research_town_country
from .outlet_staff import outlet_in
from .employers import _serves_no_country, body_spoken_for, employer_placed
from .commentators import comments_from_outside, is_commentator
from .courts import court_country, court_places
from .outsiders import _away_from_home
from .setting_steps import place_settled
from .fill import fill_countries, place_by_setting

__all__ = [
    "_BRIEF",
    "_EMPLOYING",
    "_away_from_home",
    "_description",
    "_read_description",
    "_serves_no_country",
    "_set_country",
    "_shared",
    "before_name",
    "body_spoken_for",
    "comments_from_outside",
    "court_country",
    "court_places",
    "employer_placed",
    "fill_countries",
    "is_commentator",
    "name_country",
    "outlet_in",
    "place_by_setting",
    "place_settled",
    "research_body",
    "research_town_country",
    "work_title_tokens",
]
