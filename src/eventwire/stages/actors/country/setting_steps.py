"""The steps that give the story's country, or in a story without a setting its leading state,
to the actors the readers' rule places by it, first with the other readers and again once sectors are
settled."""
from __future__ import annotations

import re

from ....document import Document, sentence_of
from ....lexicon import singular_forms, words
from ....record import Actor
from ..own_place import scene_of
from ..national import NATIONAL_SECTORS, is_national_body, phrase_elsewhere
from ..sector import STATE_SECTORS
from ..places import _alpha3
from ..setting import dateline_country, one_state
from ..words import ActorWords
from .phrase import _set_country
from .outlet_staff import _staff_follow_outlets
from .person_origin import people_of_origin
from .courts import _pleads_in_court
from .outsiders import _examples_country, _from_outside
from .sentence_places import _sentence_places, sentence_countries
from .parties import is_party
from .pronoun_owners import owned_by_world_body, pronoun_owner_country
from .press_audience import press_audience
from .placed_by_setting import _placed_by_setting


_LOCAL_KINDS = ("person", "group", "organization", "media")


def _place_in_setting(doc: Document, w: ActorWords, international: set[str], open_: list[Actor],
                      settled: bool = False, elsewhere: bool = True) -> None:
    """Give the story's country to the actors of ``open_`` still without one that a reader places by it
    (``_placed_by_setting``), bodies first, so that the people who speak for a local body follow it; once
    ``settled``, not one a sentence of whose names another country, unless ``elsewhere`` is False."""
    _owned_by_pronoun(doc, international, open_)
    if not doc.setting:
        return
    dateline = dateline_country(doc, w) is not None
    for actor in sorted(open_, key=lambda a: a.kind != "organization"):
        if actor.country is None and actor.id not in international and owned_by_world_body(doc, actor, international):
            international.add(actor.id)  # 'its spokesperson' of a U.N. agency: the body's, not the setting's
            continue
        if actor.country is None and actor.id not in international and (
                _placed_by_setting(doc, w, actor, dateline, settled) or is_party(actor)) and not (
                settled and elsewhere and _names_elsewhere(doc, w, actor)):
            code = actor.code
            _set_country(actor, doc.setting)
            if settled:  # the code the sector steps gave ('NGO', 'GOVCOP'), now of the country
                actor.code = f"{doc.setting}{code or actor.sector or ''}"
    _owned_by_pronoun(doc, international, open_)  # (again: an owner or a speaker the setting just placed)
    _staff_follow_outlets(doc, w, international)


def _passage_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The one country the scene of an actor's first mention is set in (``own_place.scene_of``), not the
    host of a gathering ('a summit in Nairobi'), and only when the sentence that sets the scene names no
    other state (by name or demonym): 'officials from Ethiopia and Eritrea met in Nairobi' is a meeting of
    two states abroad, not a scene of Kenya's; nor when it names a body of another state."""
    code, sent = scene_of(doc, w, actor, hosts=False)
    if code is None or sent is None:
        return None
    if any(other not in (None, code) for _, other, _, _ in sentence_countries(doc, w, sent)):
        return None
    if any(a.country not in (None, code) and a.kind in ("organization", "media") and
           any(sent.start_char <= m.start < sent.end_char for m in a.mentions) for a in doc.actors):
        return None  # 'Police in Moscow said students of the University of Idaho ...': a body of another state
        # in the scene's sentence leaves the town's state in doubt
    return code


def _names_elsewhere(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether a sentence of one of an actor's first mentions names a country, or a well-known place,
    other than the story's: 'keep the smuggling gangs away from Peru and Bolivia' in a story set in the United
    States; 'Tokyo and Washington ... at their joint committee'. Quoted words count: they say where
    the actor is as well as the narrator's."""
    assert doc.nlp is not None
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span)
        if any(code not in (None, doc.setting) and not _within(at, at + len(name), m)
               for name, code, at, _ in sentence_countries(doc, w, sent)):  # (read once per sentence)
            return True
        for ent in doc.entities_in(sent):
            if ent.label_ in ("GPE", "LOC") and _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) not in (None, doc.setting) \
                    and not _within(ent.start_char, ent.end_char, m):
                return True
    return False


def _owned_by_pronoun(doc: Document, international: set[str], actors: list[Actor]) -> None:
    """'his advisers', 'her aides', 'their lawyers': the owner's country, before the setting's
    (``pronoun_owners``); 'reporters' a speaker told something: the speaker's (``press_audience``). Not a
    group named as from outside ('his international legal team')."""
    for actor in actors:
        if actor.country is None and actor.id not in international:
            code = pronoun_owner_country(doc, actor) or press_audience(doc, actor)[1]
            if code:
                _set_country(actor, code)


def _within(start: int, end: int, mention) -> bool:
    """Whether a place found in a sentence lies inside the actor's own mention: 'Guinea' in the name of
    a charity called 'Guinea-Lanta' says nothing about another country."""
    return mention.start <= start and end <= mention.end


def place_settled(doc: Document, w: ActorWords, international: set[str]) -> None:
    """The setting step again once every actor's sector is settled: the sectors read from the text and
    the bodies' head words come after ``fill_countries`` ('bandits' were crime, then armed; 'the Budget
    Committee' had none, then LEG), and coreference adds actors of its own ('a local official ... the
    official'). The same readers' rule decides (``_placed_by_setting``). Then a private person's origin,
    told in the text, beats where the person is (``people_of_origin``). First, a group a pronoun owns
    takes its owner's country, now that coreference has said whom 'his' and 'her' stand for, and a group of
    bodies shown by examples their one country (``outsiders._examples_country``), now that each has its own."""
    _owned_by_pronoun(doc, international, [a for a in doc.actors if a.kind == "group" and a.sector != "IGO"])
    for actor in [a for a in doc.actors if a.kind == "group" and a.country is None and a.id not in international]:
        code = _examples_country(doc, actor)  # again, now that the examples have their countries: a firm the
        # lexicons know by another spelling ('I.B.M.') is found after ``fill_countries`` read the examples
        if code:
            _set_country(actor, code)
    if doc.setting:
        open_ = [a for a in doc.actors if a.country is None and a.kind in _LOCAL_KINDS and a.sector != "IGO"
                 and a.id not in international and not (a.kind == "group" and _from_outside(doc, a))]
        _place_in_setting(doc, w, international, open_, settled=True)
    elif doc.leading_state:
        _place_in_lead_state(doc, w, international)
    if not doc.setting:
        _place_in_passage(doc, w, international)
        _follow_acting_state(doc, w, international)
        _place_in_one_state(doc, w, international)
    people_of_origin(doc, w, international)


def _place_in_one_state(doc: Document, w: ActorWords, international: set[str]) -> None:
    """In a story with no setting that is a story of one state (``setting.one_state``: its actors point to
    it alone, at least three times, every place it tags is that state's and every person it names is of it),
    the actors still without a country that the readers' rule of the setting places (``_placed_by_setting``)
    take that state: the judge of a former president's inquiry, the regulators of a health law's insurers."""
    state = one_state(doc, w)
    if state is None:
        return
    doc.setting = state
    try:
        open_ = [a for a in doc.actors if a.country is None and a.kind in _LOCAL_KINDS and a.sector != "IGO"
                 and a.id not in international and not (a.kind == "group" and _from_outside(doc, a))]
        _place_in_setting(doc, w, international, open_, settled=True)
    finally:
        doc.setting = None


def _follow_acting_state(doc: Document, w: ActorWords, international: set[str]) -> None:
    """In a story with no one setting, a state group named by its noun alone, a noun for a state's enforcing
    hand ('authorities', 'police': ``acting_state_nouns.txt``; not 'officials', who may be anyone's) still without a country takes the country of the state bodies
    its sentence names, else the sentence before it in the same paragraph: 'The Moroccan interior ministry
    broke up a cell. Authorities said ...'; 'Russian tax inspectors raided the offices. ... raided by the
    police'. Only where those bodies (organisations or groups of a state sector, with a country) are of one
    state and the sentence names no other country; a sentence naming neither moves on to the one before.
    Not a group named as from outside or from several states ('envoys from two dozen countries')."""
    nouns = words("acting_state_nouns.txt")
    for actor in [a for a in doc.actors if a.kind == "group" and a.country is None and a.sector in STATE_SECTORS
                  and a.id not in international and len(a.name.split()) == 1 and a.mentions
                  and any(f in nouns for f in (a.name.lower(), *singular_forms(a.name.lower())))
                  and not _from_outside(doc, a)]:
        span = doc.char_span(actor.mentions[0].start, actor.mentions[0].end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span)
        for _ in range(2):
            code, named = _acting_state(doc, w, actor, sent)
            if named:
                if code:
                    sector_code = actor.code
                    _set_country(actor, code)
                    actor.code = f"{code}{sector_code or actor.sector or ''}"  # (sectors are settled here)
                break
            if sent.start == 0:
                break
            before = sentence_of(span.doc[sent.start - 1])
            if "\n" in doc.text[before.end_char:sent.start_char]:
                break  # (a new paragraph)
            sent = before


def _acting_state(doc: Document, w: ActorWords, actor: Actor, sent) -> tuple[str | None, bool]:
    """The one state of the state bodies a sentence names (None when two, or when the sentence names
    another country too), and whether it names any body of a state or any country at all."""
    states = {a.country for a in doc.actors if a.id != actor.id and a.country and a.kind in ("organization", "group")
              and a.sector in STATE_SECTORS and any(sent.start_char <= m.start < sent.end_char for m in a.mentions)}
    named = {code for _, code, _, _ in sentence_countries(doc, w, sent) if code}
    if not states and not named:
        return None, False
    return (states.pop() if len(states) == 1 and named <= states else None), True


def _place_in_passage(doc: Document, w: ActorWords, international: set[str]) -> None:
    """In a story with no one setting (one that moves between states, an interview, a story without a
    dateline), a local group still without a country (the readers' rule of the setting,
    ``_placed_by_setting``, read as if the story were set there: not commentators) takes the country of
    the scene of its first mention: the one country its sentence, or the nearest of the two before it in
    the same paragraph, names as where things are or happen (``_passage_country``: 'In Mozambique, roads
    were cut ... Rescuers said ...'). None where that sentence names places of two states. Groups only:
    a named person has a home of their own that a scene does not tell (a climber who died in England,
    an expert who talks of Russia)."""
    open_ = [a for a in doc.actors if a.country is None and a.kind == "group" and a.sector != "IGO"
             and a.id not in international and not _from_outside(doc, a)]
    for actor in open_:
        code = _passage_country(doc, w, actor)
        if not code:
            continue
        doc.setting = code
        try:
            if _placed_by_setting(doc, w, actor, False, True):
                sector_code = actor.code
                _set_country(actor, code)
                actor.code = f"{code}{sector_code or actor.sector or ''}"
        finally:
            doc.setting = None


def _place_in_lead_state(doc: Document, w: ActorWords, international: set[str]) -> None:
    """In a story without a setting, the national offices and bodies still without a country (a lawmaker,
    the opposition, a ministry, the police: ``national.NATIONAL_SECTORS``) that a reader places by the
    setting (``_placed_by_setting``) take the story's leading state (``national.lead_state``); the same
    readers' rule and its exclusions, read as if the story were set there, for these sectors only, and for
    organisations only those named as state bodies (``national.is_national_body``); not judges, prosecutors
    or lawyers, whom only the story's court places (it may be an international one). Not an actor whose own
    phrase names another state or a wider region ('officials of two Western states', 'East
    European leaders': ``national.phrase_elsewhere``), nor one a sentence of whose places somewhere else
    ('met officials in Belgium and Italy'); a state its sentence names only as a party, a brief or what
    is said ('doubt Beijing's pledges') does not stop it: in a story of several states
    most sentences name one."""
    doc.setting = doc.leading_state
    try:
        open_ = [a for a in doc.actors if a.id not in international and _takes_lead(doc, w, a)]
        _place_in_setting(doc, w, international, open_, settled=True, elsewhere=False)
    finally:
        doc.setting = None


def _takes_lead(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether an actor without a country may take the leading state (``_place_in_lead_state``; read with
    ``doc.setting`` set to it): before the readers' rule of the setting, which the caller asks."""
    state = doc.leading_state
    return actor.country is None and actor.kind in _LOCAL_KINDS and actor.sector in NATIONAL_SECTORS \
        and not (actor.kind == "group" and _from_outside(doc, actor)) \
        and (actor.kind != "organization" or is_national_body(w, actor)) \
        and not _pleads_in_court(w, actor) \
        and not phrase_elsewhere(doc, w, actor, state) \
        and not any(found - {state} for found, _ in _sentence_places(doc, w, actor))
    # ('Air Force One' is no state body; 'the judges' of an international court: the court places them)
