"""Finding actor mentions: named entities, and the lexicons' outlets, institutions, countries and
demonyms, generic media ("North Korean state media"), anonymous sources ("an unnamed South Korean
official"), groups ("Syrian rebels"), bodies of a state ("Qatar's foreign ministry"). Each mention is a
``Candidate`` saying what it tells about its actor; the actors stage joins them into actors.

The readers live in modules by concern, each importing only from those listed before it:
``candidates`` (the ``Candidate`` type, entity labels, shared name helpers), ``titles`` (the title words
around a name), ``media`` (outlets, institutions, generic media), ``state_bodies``, ``sources`` (anonymous
sources), ``surnames`` (repeated and missed names), ``people``, ``org_entities`` (ORG entities),
``countries``, ``nationals`` (nationals and peoples), ``group_mentions`` (groups and collectives),
``repeats`` (later mentions of a found name), ``known_names`` (known whole names the tagger missed), ``self_named`` (bodies named by the name they go by:
'a militia calling itself X'), ``blocs`` (blocs of states: 'the West'). This package re-exports what other modules and tests read.
"""
from __future__ import annotations

from ..knowledge import recent
from ..sector import record_sector
from .candidates import (Candidate, _GPE, _code, _known_candidate, _name_words, _trim_possessive, inside_a_longer_name,
                         police_as_government, tokens_with_lemma, whole_word_occurrences, working_sector)
from .titles import Title, _CLAUSES, _JURISDICTION, _STOP_LEFT, _before_jurisdiction, _title_context
from .media import generic_media, outlets_and_institutions
from .state_bodies import _day_or_month, named_bodies, portfolio_bodies, single_state_bodies, state_bodies
from .sources import anonymous_sources, unnamed_parties
from .surnames import _named_like_a_person, bracketed_names, missed_full_names, repeated_surnames
from .people import (_names_a_body, _person_candidate, _well_known_place, _written_in_lower_case, described_people,
                     nationality_country, people)
from .org_entities import _country_pair, _list_of_names, _text_after, organizations
from .countries import countries
from .nationals import counted_nationals, ethnic_peoples, heritage_peoples
from .group_mentions import collectives, groups
from .repeats import repeated_names
from .self_named import self_named_bodies
from .blocs import blocs

__all__ = [
    "bracketed_names",
    "blocs",
    "Candidate",
    "Title",
    "_CLAUSES",
    "_GPE",
    "_JURISDICTION",
    "_STOP_LEFT",
    "_before_jurisdiction",
    "_code",
    "_country_pair",
    "_day_or_month",
    "_known_candidate",
    "_list_of_names",
    "_name_words",
    "_named_like_a_person",
    "_names_a_body",
    "_person_candidate",
    "_text_after",
    "_title_context",
    "_trim_possessive",
    "_well_known_place",
    "_written_in_lower_case",
    "anonymous_sources",
    "unnamed_parties",
    "collectives",
    "counted_nationals",
    "heritage_peoples",
    "countries",
    "described_people",
    "ethnic_peoples",
    "generic_media",
    "groups",
    "inside_a_longer_name",
    "missed_full_names",
    "named_bodies",
    "nationality_country",
    "organizations",
    "outlets_and_institutions",
    "people",
    "police_as_government",
    "recent",
    "record_sector",
    "repeated_names",
    "repeated_surnames",
    "self_named_bodies",
    "state_bodies",
    "portfolio_bodies",
    "single_state_bodies",
    "tokens_with_lemma",
    "whole_word_occurrences",
    "working_sector",
]
