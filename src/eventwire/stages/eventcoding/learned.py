"""Events the lexicons have no rule for, found by the event-sentence model (``sentence_model``).

For a sentence in which no rule coded an event, the model gives the PLOVER type of its central event; when
that type is probable enough (settings.LEARNED_EVENT_THRESHOLD) the word of the sentence that weighs most
for it becomes the trigger, and its participants, status and reporters are read as for a lexicon word (the
same participant, context, status and reporting readers). No source, no event; no target, no event unless
the type may stand alone (learned_event_types.tsv). Each event names its rule ``learned:<TYPE>`` and keeps
its trigger's and sentence's offsets.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterator

from spacy.tokens import Span, Token

from ... import settings
from ...document import Document
from ...lexicon import table
from ...record import Event
from . import context, triggers
from .sentence_model import Model, features, load, main_predicate
from .triggers import Candidate
from .words import Entry, cues, nouns, verbs

# lexicon flags that say how participants are read; the rest (wish, exhort, judges, claim ...) belong to the
# lexicon readings that the rules already tried on the word
_PARTICIPANT_FLAGS = frozenset({"sym", "notarget", "armed", "place", "named", "owned"})
_TRIGGER_POS = frozenset({"VERB", "NOUN"})

Coder = Callable[[Document, Candidate, int], list[tuple[Event, str | None]]]


@lru_cache(maxsize=None)
def type_entries() -> dict[str, Entry]:
    """A lexicon-less entry per PLOVER type (learned_event_types.tsv)."""
    out = {}
    for row in table("learned_event_types.tsv"):
        out[row["type"]] = Entry(
            pos="verb", lemma="", requires=(), type=row["type"], mode=None, cameo=None,
            target=tuple(r.strip() for r in row["target"].split(",") if r.strip()),
            flags=frozenset(f.strip() for f in row["flags"].split(",") if f.strip()))
    return out


def events(doc: Document, coded: list[Event], code: Coder) -> Iterator[tuple[Event, str | None]]:
    """The learned events of the sentences none of ``coded`` lies in, numbered after them, each with the
    time value attached to its predicate (as ``code`` gives it)."""
    if not settings.LEARNED_EVENTS or doc.nlp is None:
        return
    model = load()
    coded_types = {(ev.sentence.start, ev.type) for ev in coded}
    triggered = {ev.trigger.start for ev in coded}
    earlier = list(coded)
    for sent in doc.nlp.sents:
        if len(sent) < 4 or settings.LEARNED_ONLY_UNCODED and any(ev.sentence.start == sent.start_char for ev in coded):
            continue
        kind, prob = model.best(features(sent))
        if prob < settings.LEARNED_EVENT_THRESHOLD or (sent.start_char, kind) in coded_types \
                or settings.LEARNED_EVENT_TYPES is not None and kind not in settings.LEARNED_EVENT_TYPES:
            continue
        cand = candidate(doc, sent, kind, model, prob)
        if cand is None or cand.trigger.idx in triggered:
            continue
        context.complete(doc, cand, earlier)
        for ev, value in code(doc, cand, len(earlier)):
            ev.rule = f"learned:{ev.type}"
            earlier.append(ev)
            yield ev, value


def trigger(doc: Document, sent: Span, kind: str, model: Model) -> Token | None:
    """The predicate of the sentence's central event: the predicate it reports (under a reporting verb, the
    reported one) or its root, whichever weighs more for ``kind``; a verb, or a noun the noun lexicon knows as
    an event, that is no reporting verb and names no actor. None when neither weighs for the type."""
    main = main_predicate(sent)
    best, score = None, 0.0
    noun_rows = nouns()
    for tok in dict.fromkeys((main, sent.root)):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in _TRIGGER_POS or tok.pos_ == "NOUN" and lemma not in noun_rows \
                or lemma in cues("speech") or doc.actor_of_token(tok):
            continue
        s = model.weight("w:" + lemma, kind) + (model.weight("main:" + lemma, kind) if tok.i == main.i else 0.0)
        if s > score:
            best, score = tok, s
    return best


def entry_for(tok: Token, kind: str) -> Entry:
    """The entry a learned trigger is read with: the word's own lexicon row of that type when it has one
    (its target roles and participant flags), else the type's row of learned_event_types.tsv."""
    lemma = tok.lemma_.lower()
    pos = "verb" if tok.pos_ == "VERB" else "noun"
    rows = (verbs() if pos == "verb" else nouns()).get(lemma, ())
    own = next((r for r in rows if r.type == kind), None)
    base = own or type_entries()[kind]
    return replace(base, pos=pos, lemma=lemma, requires=(), flags=base.flags & _PARTICIPANT_FLAGS,
                   cameo=own.cameo if own else None, mode=own.mode if own else None)


def candidate(doc: Document, sent: Span, kind: str, model: Model, prob: float) -> Candidate | None:
    tok = trigger(doc, sent, kind, model)
    if tok is None:
        return None
    cand = triggers.read_with(doc, tok, entry_for(tok, kind))
    cand.confidence = round(min(prob, cand.confidence), 2)
    return cand
