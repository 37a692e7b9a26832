"""A fallback reading of verbs the hand lexicon does not have, from PETRARCH2's verb dictionary.

``lexicons/event_verbs_dictionary.tsv`` (converted by scripts/convert_petrarch_verbs.py) gives some 1,200
verbs with their CAMEO codes. The dictionary is broad and its readings loose ("affect" is a statement of
support there), so a verb of it makes an event only in the plainest shape: its own subject (or passive
agent) and its object (or, for a reading with a preposition, the object of that preposition) are both actors
the stage already resolves, the verb is not negated, it reports no speech, and it stands outside quotation
marks. Status, time and place then follow as for any event; the rule is ``dict:<lemma>``. Whole CAMEO roots
and single verbs whose fires read wrong are dropped by ``lexicons/event_verbs_dictionary_drop.txt``.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import settings
from ...document import Document
from ...lexicon import table, words
from .triggers import Candidate, match, may_fight, negated, read_with, reports_speech, ringing_show
from .tree import prep_objects
from .words import Entry, cues, noun_entries, word_class


# force said of a civilian person is force in words: "the senator blasted the Fed", "the minister hammered
# the opposition" are ACCUSE 111, as for the hand lexicon's "attack" (triggers._verbal_attack)
FORCE_ROOTS = ("18", "19", "20")
VERBAL = frozenset({"verbal"})


@lru_cache(maxsize=None)
def entries() -> dict[str, tuple[Entry, ...]]:
    """lemma -> readings, those with a pattern first; minus the dropped roots and verbs."""
    dropped = words("event_verbs_dictionary_drop.txt")
    out: dict[str, list[Entry]] = {}
    for row in table("event_verbs_dictionary.tsv"):
        lemma, cameo = row["lemma"], row["cameo"]
        if lemma in dropped or cameo[:2] in dropped or cameo in dropped:
            continue
        out.setdefault(lemma, []).append(Entry(
            pos="dict", lemma=lemma, requires=tuple(r for r in row["requires"].split(",") if r),
            type=row["type"], mode=None, cameo=cameo, target=tuple(row["target"].split(",")),
            flags=VERBAL if cameo[:2] in FORCE_ROOTS else frozenset()))
    return {k: tuple(sorted(v, key=lambda e: not e.requires)) for k, v in out.items()}


def _quoted(doc: Document, tok: Token) -> bool:
    """A verb inside quotation marks, a whole quote or a few words of one ("said the Taliban 'will be
    crushed'"): the speaker's own wording, a threat or a boast more often than a deed told."""
    return any(q.kind in ("direct", "partial") and q.start <= tok.idx < q.end for q in doc.quotes)


def _other_means(tok: Token, entry: Entry) -> bool:
    """A "with" phrase naming a measure of another type in the noun lexicon: "hit Russia with new sanctions",
    "slapped China with tariffs", "pounded the minister with criticism" are that measure, not force."""
    for obj in prep_objects(tok, "with"):
        rows = noun_entries(obj)
        if any(e.type != entry.type for e in rows):
            return True
    return False


def _aims_a_measure(tok: Token, entry: Entry) -> bool:
    """A participle of aiming on an event noun of another type or on a measure (word class sanctions): "duties
    targeting Chile", "sanctions aimed at its banks" point that measure (nominal.noun_targets reads an event
    noun's target), no force of their own (evsrc22)."""
    if tok.dep_ != "acl" or tok.lemma_.lower() not in word_class("aiming_participles"):
        return False
    measure = tok.head.lemma_.lower() in word_class("sanctions") or tok.head.lower_ in word_class("sanctions")
    return measure or any(e.type != entry.type for e in noun_entries(tok.head))


def candidate(doc: Document, tok: Token) -> Candidate | None:
    """The dictionary's reading of a verb no lexicon row coded, when both its participants are actors."""
    if not settings.DICTIONARY_VERBS or tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
        return None
    found = entries().get(tok.lemma_.lower())
    entry = match(found, tok) if found else None
    if entry is None or tok.lemma_.lower() in cues("speech") or negated(tok) or reports_speech(tok):
        return None
    if _quoted(doc, tok) or _other_means(tok, entry) or _aims_a_measure(tok, entry) or ringing_show(tok):
        return None
    cand = read_with(doc, tok, entry)
    if cand.entry.type == "ASSAULT":  # force by a body that cannot fight is a figure of speech ("the ministry
        cand.sources = [a for a in cand.sources if may_fight(doc, a)]  # targeted journalists")
    if not cand.sources or not cand.targets:
        return None
    cand.confidence = 0.5
    return cand
