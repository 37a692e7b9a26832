"""Epithets: 'the French politician', 'the veteran diplomat', 'the 72-year-old', 'the former foreign
minister' -> the person named just before. News writers name a person, then go on with a description of
what they are (an epithet) rather than an office they hold now; role descriptions of current offices are
read by ``roles`` and leave former holders alone, which is what an epithet with 'former' covers."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import words
from ..words import ActorWords, actor_words, norm
from .common import inside, quoted_spans, same_role, sentence_finder

EPITHET_REACH = 2  # sentences back (besides its own) an epithet looks for its person


@lru_cache(maxsize=1)
def _epithet_re() -> re.Pattern[str]:
    nouns = sorted(words("coref_epithet_nouns.txt") | set(actor_words().roles), key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"\b[Tt]he\s+(?P<mods>(?:[\w’'-]+\s+){{0,3}})(?P<head>(?>{alternation}|\d+-year-old))\b"
                      rf"(?!\s+of\b|['’]s\b|-)")


def _parts(m: re.Match[str], w: ActorWords) -> tuple[bool, str | None] | None:
    """(an epithet?, the country its demonym gives) — None when the words are no epithet: a role without
    'former' is read by ``roles``; capitalised words other than a demonym name something else ('the
    Kremlin spokesman')."""
    mods = m.group("mods").split()
    head = m.group("head").lower()
    former = any(x.lower() in ("former", "ex-") for x in mods)
    if head in w.roles and not former and not any(x[:1].islower() for x in mods):
        return None  # 'the minister', 'the Russian envoy': a role description (``roles``)
    country = None
    for x in mods:
        if x[:1].isupper():
            c = w.demonym_of.get(norm(x))
            if c is None:
                return None
            country = c
    return True, country


def epithets(doc: Document, w: ActorWords) -> None:
    """Each definite epithet that names nobody itself, is no title before a name and is no modifier of
    another noun, as a mention of the person mentioned last in its sentence or the EPITHET_REACH before
    it (outside quotations, and not as a modifier): the latest sentence first, in it the subject of a
    clause first; the person's country must not contradict the epithet's demonym, and a former office
    ('the former president') goes only to a person known to have held it."""
    assert doc.nlp is not None
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    if not people:
        return
    sentence = sentence_finder(doc)
    quoted = quoted_spans(doc)
    for m in _epithet_re().finditer(doc.text):
        parts = _parts(m, w)
        if parts is None or doc.actor_in(m.start("head"), m.end()) or inside(quoted, m.start()):
            continue
        if re.match(r",?\s+[A-Z]", doc.text[m.end():m.end() + 3]):
            continue  # 'the veteran diplomat Jane Doe', 'the author, Jane Doe,': a title or apposition
        head = doc.nlp.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
        aged = m.group("head").endswith("year-old")  # 'the 72-year-old' (tagged as an adjective or a noun)
        if head is None or not aged and head[-1].pos_ not in ("NOUN", "PROPN") or head[-1].dep_ in ("compound", "amod"):
            continue
        _, country = parts
        here = sentence(m.start())
        best = None  # (sentence, subject?, named?, start, actor): the latest sentence, a named subject first
        office = m.group("head").lower() if m.group("head").lower() in w.roles else None
        for a in people:
            if country is not None and a.country not in (None, country):
                continue
            if office is not None and not same_role((a.role or w.role_in(a.name) or "").lower(), office, w):
                continue  # 'the former president' is somebody known to have held that office
            for x in a.mentions:
                if x.end > m.start() or inside(quoted, x.start) or here - sentence(x.start) > EPITHET_REACH:
                    continue
                span = doc.nlp.char_span(x.start, x.end, alignment_mode="expand")
                if span is None or span.root.dep_ in ("compound", "amod", "poss"):
                    continue  # 'the Brexit talks', 'Trump's aide': a modifier is not who is described
                key = (sentence(x.start), span.root.dep_ in ("nsubj", "nsubjpass"), a.name[:1].isupper(), x.start)
                if best is None or key > best[:4]:
                    best = (*key, a)
        if best is not None:
            doc.add_mention(best[4], m.start(), m.end())
