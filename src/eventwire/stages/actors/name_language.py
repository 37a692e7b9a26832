"""A person's country from the language of the name, the last and weakest evidence of the actors stage.

A reader gives a person with no demonym, no office and no known record the country of the name's
language when the story is about that country: a researcher named Yuki Tanaka in a story of Japan and
the United States is Japanese, whoever employs her. Rules cannot list every name; the name-origin model
(``name_origins``) reads the name's letters. It is asked only about

- people the text and the knowledge base gave no country, and
- people whose only country is that of the body they work at, when that body is not a state's own (a
  think tank, a university, a charity, a firm, an outlet: ``country.employer_placed``) -- the gold gives
  such staff their own nationality;

never about anyone serving an international body (they speak for no country), nor a name of one word.
It chooses only among the states the story points to (``setting.state_counts``: its actors' countries
and its towns'), and only a state the name speaks for clearly: a log likelihood ratio over the prior of at
least ``settings.NAME_ORIGIN_THRESHOLD`` and ahead of every other state of the story by
``settings.NAME_ORIGIN_MARGIN``. A name of a language many states share (English, Spanish, Arabic) speaks
for none of them that clearly, and keeps what it had.
"""
from __future__ import annotations

import re

from ... import settings
from ...document import Document
from ...record import Actor
from .country import _set_country, employer_placed
from .name_origins import name_ratios
from .sector import STATE_SECTORS
from .setting import state_counts, towns_countries
from .words import ActorWords

_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*\.?$")


def language_country(name: str, countries) -> str | None:
    """The one of ``countries`` a person's name speaks for clearly, if any (see the module's note)."""
    ratios = name_ratios(name, countries)
    if not ratios:
        return None
    best = max(sorted(ratios), key=ratios.__getitem__)
    rest = [r for c, r in ratios.items() if c != best]
    if ratios[best] < settings.NAME_ORIGIN_THRESHOLD or any(ratios[best] - r < settings.NAME_ORIGIN_MARGIN for r in rest):
        return None
    return best


def _full_name(actor: Actor) -> bool:
    """Whether an actor's name is a person's full name: two words or more, each capitalised."""
    words_ = actor.name.split()
    return len(words_) >= 2 and all(_NAME_WORD.match(t) for t in words_)


def _open(doc: Document, actor: Actor, international: set[str]) -> bool:
    """Whether a person's country is open to the name's evidence: none yet, or only an employer's that is
    no state body."""
    if actor.kind != "person" or actor.id in international or actor.sector == "IGO" or not _full_name(actor):
        return False
    if actor.country is None:
        return True
    placed = employer_placed(doc).get(actor.id)
    if placed is None or placed[0] != actor.country:
        return False  # its country came from elsewhere, or later evidence replaced the employer's
    body = doc.actor(placed[1]) if placed[1] else None
    return body is None or body.sector not in STATE_SECTORS | {"IGO"}


def countries_from_names(doc: Document, w: ActorWords, international: set[str]) -> None:
    """Give the people open to it (``_open``) the story's state their names speak for (``language_country``)."""
    if not settings.NAME_ORIGINS:
        return
    people = [a for a in doc.actors if _open(doc, a, international)]
    if not people:
        return
    states = set(state_counts(doc, towns_countries(doc, w)))
    for actor in people:
        code = language_country(actor.name, states)
        if code and code != actor.country:
            _set_country(actor, code)
