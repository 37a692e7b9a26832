"""The order of the readers: ``fill_countries`` gives countries to the actors still without one, from
the strongest evidence to the setting; ``place_by_setting`` does the same for an actor added after the actors
stage."""
from __future__ import annotations

from ....document import Document
from ....lexicon import words
from ....record import Actor
from ..national import NATIONAL_SECTORS, is_national_body, lead_state
from ..own_place import local_scene_country, own_place_country
from ..peoples import ethnic_home
from ..sector import STATE_SECTORS, sector_group, set_sector
from ..setting import story_setting
from ..works_at import body_named_in_title, clause_employer
from ..words import ActorWords, Known, actor_words
from .phrase import _set_country, _span_of, before_name
from .body_home import _owner_country, _where_based, based_in, hosted_by, place_in_name, research_town_country, \
    seated_by_apposition
from .outlet_staff import _outlet_of
from .employers import _staff_of_no_country, body_spoken_for, civil_titles, employer_placed, members_of_state_bodies
from .commentators import commentators_at_institutions, comments_from_outside
from .person_home import born_in, described_country, placed_after_name, titled_country
from .courts import _pleads_in_court, court_country
from .outsiders import _away_from_home, _coming_into, _examples_country, _from_one_country, _from_outside
from .sentence_places import _sentence_country
from .parties import parties_known_by_country
from .pronoun_owners import owned_by_world_body
from .placed_by_setting import _civil_bodies, _in_team_from_outside, _placed_by_setting
from .setting_steps import _LOCAL_KINDS, _place_in_setting


_OFFICE_SECTORS = tuple(s for s in NATIONAL_SECTORS if s != "MIL")  # offices placed by a 'from' phrase (not troops:
# 'troops in Syria' are often another state's)


def fill_countries(doc: Document, w: ActorWords, international: set[str]) -> None:
    """Give countries to the actors still without one, from their descriptions, the bodies their people
    speak for, their sentences, then the story's setting (see ``story_setting``) for the kinds a
    reader places by it. ``international``: ids of actors known to serve no country."""
    from ..organisations import place_word_country  # (here: organisations imports mentions, which this reads)

    assert doc.nlp is not None
    doc.setting = story_setting(doc, w)  # from what the actors' own mentions and the towns say
    doc.leading_state = lead_state(doc, w) if doc.setting is None else None  # (for national offices only)
    for actor in doc.actors:  # 'the Berlin-based Carnegie Russia Eurasia Center': said outright, beats a name ('World')
        if actor.kind in ("organization", "media", "person") and actor.sector != "IGO" and actor.id not in \
                international and actor.mentions:
            code = based_in(doc, w, actor.mentions[0].start) or (
                seated_by_apposition(doc, w, actor) if actor.kind == "organization" else None)  # 'X, a charity based in Y'
            if code:
                _set_country(actor, code)
    starts = words("international_name_starts.txt")
    international.update(a.id for a in doc.actors if a.country is None and a.kind == "organization"
                         and a.name.split()[0].lower() in starts)  # 'International Renewable Energy Agency'
    for actor in [a for a in doc.actors if a.kind == "group" and a.country is None]:
        code = _from_one_country(doc, actor) or _examples_country(doc, actor)  # 'workers from Nepal in Doha' are
        # Nepal's, wherever they are; 'rights groups, including the ACLU' are the examples' country
        if code:
            _set_country(actor, code)
    open_ = [a for a in doc.actors if a.country is None and a.kind in _LOCAL_KINDS and a.sector != "IGO"
             and a.id not in international and not (a.kind == "group" and (_from_outside(doc, a) or _away_from_home(a)
                                                                             or _coming_into(doc, a)))]
    # ('foreign bloggers who praise China'; 'foreigners seeking homes in Japan', 'families moving to Japan' are not
    # placed where they are)
    for actor in open_:
        code = ethnic_home(doc, actor)  # 'Uyghurs held in Thailand': their people's home state, not where they are
        if code:
            _set_country(actor, code)
            continue
        if actor.kind == "organization":
            code = place_in_name(w, actor.name) or _owner_country(doc, w, actor) or _where_based(doc, w, actor) \
                or research_town_country(w, actor.name) or place_word_country(w, actor.name, doc.setting) \
                or hosted_by(doc, w, actor, international)  # 'the X Institute at the University of Oslo'
            if code:
                _set_country(actor, code)
                continue
        if actor.kind == "person" and _staff_of_no_country(doc, w, actor):
            international.add(actor.id)  # 'an MSF doctor in Gaza': where the body sent her, not whose she is
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            employers: list[Known] = []
            code = described_country(doc, w, span, employers) if span is not None and len(span) else None
            if code:
                _set_country(actor, code)
                if actor.kind == "person" and employers and employers[0].sector not in STATE_SECTORS | {"IGO"}:
                    employer_placed(doc)[actor.id] = (code, None)  # a known think tank, university, firm
                break
        if actor.country is None and actor.kind == "person" and actor.role:
            code = titled_country(doc, w, actor)
            if code:
                _set_country(actor, code)
        if actor.country is None and actor.kind == "person":
            code = born_in(doc, w, actor) or placed_after_name(doc, w, actor)
            if code:
                _set_country(actor, code)
    for actor in [a for a in doc.actors if a.kind == "person" and a.sector in (None, "CVL", "MED") and a.id not in
                  international]:
        body = _outlet_of(doc, actor, w)
        if body is not None and (actor.sector != "MED" or actor.country is None):  # "VOA's Jane Doe"
            if actor.country is None and body.country:
                employer_placed(doc)[actor.id] = (body.country, body.id)
            actor.country = actor.country or body.country
            set_sector(actor, "MED")
    for actor in [a for a in open_ if a.country is None and a.kind == "person"]:
        body = body_spoken_for(doc, actor)
        if body is not None and body.country:
            _set_country(actor, body.country)
            employer_placed(doc)[actor.id] = (body.country, body.id)
        elif body is not None and (body.id in international or body.sector == "IGO"):
            international.add(actor.id)  # 'Guterres' spokesman', 'a researcher at Human Rights Watch'
            if (actor.sector in (None, "CVL") or actor.sector == "GOV" and (actor.role or "") in
                    words("titles_any_body.txt")) and body.sector == "IGO":
                actor.sector, actor.code = "IGO", "IGO"
    for actor in [a for a in open_ if a.country is None and a.kind == "person" and a.id not in international]:
        span = _span_of(doc, actor)
        body = clause_employer(doc, actor) or (  # 'X works on water projects at Y', 'X is a nurse at Y'
            body_named_in_title(doc, actor, before_name(span)) if span is not None else None)  # 'health ministry spokesperson X'
        if body is not None and body.country and body.sector != "IGO" and body.id not in international:
            _set_country(actor, body.country)
            employer_placed(doc)[actor.id] = (body.country, body.id)
    pleading = [a for a in open_ if a.country is None and a.kind in ("person", "group") and a.id not in international
                and _pleads_in_court(w, a)]
    court = court_country(doc, w) if pleading else None  # (read only when someone pleads)
    for actor in pleading if court else ():
        _set_country(actor, court)
    civil_titles(doc, w)
    members_of_state_bodies(doc)
    commentators_at_institutions(doc, w, international)
    for actor in [a for a in open_ if a.country is None and a.id not in international and a.kind in ("person", "group")
                  and a.sector in sector_group("no_office") and _outlet_of(doc, a, w) is None]:
        code = own_place_country(doc, w, actor)  # 'residents of Harar', 'a trader in the city of Kaduna'
        if code:
            _set_country(actor, code)
    for actor in [a for a in open_ if a.country is None and a.id not in international and a.kind in ("person", "group")
                  and a.sector in _OFFICE_SECTORS and not (a.kind == "group" and _from_outside(doc, a))]:
        code = own_place_country(doc, w, actor, origin_only=True)  # 'a firefighter from Winnipeg', 'MPs from Kenya'
        if code:
            _set_country(actor, code)
    for actor in [a for a in open_ if a.country is None and a.id not in international and (
            a.kind != "organization" or is_national_body(w, a))]:  # ('held in X by the Bureau of Immigration')
        if comments_from_outside(doc, actor):
            continue  # 'analysts', 'Jane Doe, an expert at ..., said North Korea may ...': a place in their
            # sentence is what they talk about, not their home
        if _civil_bodies(actor):
            continue  # 'rights groups said Iran ...': a place in their sentence is what they work on
        if actor.kind == "person" and _in_team_from_outside(doc, actor):
            continue  # 'X, who leads his international legal team, said in Washington': visiting, not home
        code = _sentence_country(doc, w, actor)
        if code:
            _set_country(actor, code)
    for actor in [a for a in open_ if a.country is None and a.id not in international and a.kind != "organization"]:
        code = local_scene_country(doc, w, actor)  # 'local residents' of the town the passage is set in
        if code:
            _set_country(actor, code)
    _place_in_setting(doc, w, international, open_)
    parties_known_by_country(doc, w)


def place_by_setting(doc: Document, actor: Actor) -> None:
    """Give an actor added after the actors stage (a speaker named only by a description: 'security
    sources', 'a local resident') the country of the outlet it works for ('a VOA reporter'), else the
    story's country when it has none and a reader would place it so."""
    w = actor_words()
    if actor.kind in ("person", "group") and actor.country is None and actor.sector in (None, "CVL", "MED"):
        outlet = _outlet_of(doc, actor, w)  # 'a VOA reporter', 'Reuters correspondents': the outlet's staff
        if outlet is not None and outlet.country:
            actor.sector = "MED"
            _set_country(actor, outlet.country)
            return
    if actor.kind in ("person", "group") and actor.country is None and actor.sector in sector_group("no_office"):
        code = own_place_country(doc, w, actor) or local_scene_country(doc, w, actor)  # 'a resident of X'
        if code:
            _set_country(actor, code)
            return
    if doc.setting and actor.country is None and _placed_by_setting(doc, w, actor) and \
            not owned_by_world_body(doc, actor, set()):  # 'its spokesperson' of a U.N. agency
        _set_country(actor, doc.setting)
