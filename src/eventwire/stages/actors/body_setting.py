"""The country a story is set in, read from the state's own people and bodies its text names, when it names
no place that sets it.

A story often says where it happens by whose officials, forces and leaders act and speak in it, not by a
place: 'Somali officials said', 'the Kenyan army', 'Pakistani police', "Nigeria's electoral commission", a
leader or a body the knowledge base places ('President William Ruto', 'the Tatmadaw'). Each mention of an
actor of a national office or body (``sector.NATIONAL_SECTORS``) with its own country at the time the
setting is read (from its demonym, possessive or the knowledge base: not yet from its sentence) scores for
that country, and so does a mention of the state itself standing for its government acting: named by its
government ('the Ethiopian government') or the subject of its sentence, itself or by a possessive on the
subject ("Colombia's defense minister said": ``lede_setting.subject_role``); each weighted by how early its sentence comes (the opening's weights,
``settings.LEDE_SETTING_SENTENCE_WEIGHTS``; later sentences weigh as the last). Not the people and offices a
state sends abroad (an envoy, an embassy, negotiators: ``posted_abroad_nouns.txt``), nor words in quotation
marks. The best country sets the story when

- it leads that score by ``BODY_SETTING_MARGIN`` and has at least ``BODY_SETTING_MIN``;
- it also leads every mention of a state in the story (``setting.state_counts``: countries named as
  parties, every actor with a country, well-known towns) by the same margin: a story of two states at odds
  ('U.S. officials said' in a story of Syria's war, a summit) sets none;
- no other state is named as a place or by a well-known town (``setting.countries_as_places``,
  ``setting.towns_countries``): a story set abroad says so by its places.

``setting.story_setting`` asks it only when its place readers find no setting.
"""
from __future__ import annotations

from ... import settings
from ...document import Document
from ...lexicon import words
from ...record import Actor
from .lede_setting import leading, subject_role
from .places import quoted_at
from .sector import NATIONAL_SECTORS
from .words import ActorWords

_BODY_KINDS = ("organization", "group", "person")


def body_setting(doc: Document, w: ActorWords, towns: list[str], counts: dict[str, int],
                 places: set[str]) -> str | None:
    """The setting the state's own people and bodies give (see the module's doc), or None. ``towns``,
    ``counts`` and ``places``: the story's towns' countries, its state mentions and its countries named as
    places, as ``setting.story_setting`` read them."""
    scores = body_scores(doc, w)
    top = leading(scores, settings.BODY_SETTING_MARGIN, settings.BODY_SETTING_MIN)
    if top is None or leading(counts, settings.BODY_SETTING_MARGIN, 1) != top:
        return None
    if (set(towns) | places) - {top}:
        return None  # another state named as where things happen
    return top


def body_scores(doc: Document, w: ActorWords) -> dict[str, float]:
    """Each country with the weighted mentions of its national offices and bodies (see the module's doc)."""
    weights = settings.LEDE_SETTING_SENTENCE_WEIGHTS
    sents = doc.sentences()
    scores: dict[str, float] = {}
    for actor in doc.actors:
        if not actor.country or _posted_abroad(actor) or not (
                actor.kind in _BODY_KINDS and actor.sector in NATIONAL_SECTORS or actor.kind == "country"):
            continue
        for m in actor.mentions:
            if quoted_at(doc, m.start) or actor.kind == "country" and not _state_acting(doc, w, m.start, m.end):
                continue
            at = next((i for i, s in enumerate(sents) if s.start_char <= m.start < s.end_char), len(sents))
            scores[actor.country] = scores.get(actor.country, 0.0) + weights[min(at, len(weights) - 1)]
    return scores


def _state_acting(doc: Document, w: ActorWords, start: int, end: int) -> bool:
    """Whether a mention of a state stands for its government acting: named by its government ('the Ethiopian
    government', 'Kenyan authorities': more words than its name) or the subject of its sentence or of what is
    reported in it, itself or by a possessive on the subject ('Kenya closed ...', "Colombia's defense minister
    said ...": ``lede_setting``'s subject role)."""
    text = doc.text[start:end]
    rest = w.country_re.sub("", text).strip(" .,'’s")
    if rest and rest.lower() not in ("the", "s"):
        return True
    span = doc.char_span(start, end)
    return span is not None and len(span) > 0 and subject_role(span.root)


def _posted_abroad(actor: Actor) -> bool:
    """Whether an actor's name says a state sent it abroad ('a Chinese envoy', 'the U.S. Embassy')."""
    return any(x.strip(".,'’\"").lower() in words("posted_abroad_nouns.txt") for x in actor.name.split())
