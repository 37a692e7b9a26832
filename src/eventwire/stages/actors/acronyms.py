"""Acronyms the tagger does not take for a name but the text explains as a body: 'EUFOR, the European
Union's peacekeeping force', 'KFOR, the NATO-led mission'. The acronym is an organisation (of the
institution the explanation names, when it names one), and every use of it in the article a mention.

(Joining an acronym to the long name beside it - 'the Baloch Liberation Army (BLA)' - was tried: right by
reading, but the events stage then merges two same-type events of the one actor, and half B lost an event.)
"""
from __future__ import annotations

import re

from ...document import Document
from .mentions import Candidate
from .words import ActorWords, norm

_ACRONYM = r"[A-Z][A-Z0-9]{1,9}"
# 'ACR, the ... force|mission|...': an acronym the tagger did not take, explained right after it
_BEFORE_GLOSS = re.compile(rf"(?<![\w-])(?P<acr>{_ACRONYM}),\s+(?:the|a|an)\s+(?P<gloss>[^,.;:()]{{3,80}}?)"
                           rf"\s+(?P<head>force|mission|agency|organization|organisation|alliance|group|"
                           rf"bloc|body|court|tribunal|commission|council)\b")


def explained_acronyms(doc: Document, cands: list[Candidate], w: ActorWords) -> list[Candidate]:
    """``cands`` with the acronyms explained as bodies added, every use a mention. Returns the list, in text
    order."""
    text = doc.text
    for m in _BEFORE_GLOSS.finditer(text):
        acr = m.group("acr")
        if w.country_of(acr) or w.known.get(norm(acr)) or any(d.start <= m.start() < d.end for d in cands):
            continue
        inst = w.institution_in(m.group("gloss"))  # "the European Union's peacekeeping force": the EU's
        body = Candidate(m.start(), m.end("acr"), "organization", "org:" + acr.lower(), acr,
                         inst.country if inst else None, inst.sector if inst else None, inst.code if inst else None)
        cands = _key_uses(text, acr, body, cands + [body])
    return sorted(cands, key=lambda c: c.start)


def _key_uses(text: str, acronym: str, body: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """Every use of ``acronym`` as a mention of ``body``: held ones re-keyed, the rest added."""
    for d in cands:
        if d is not body and text[d.start:d.end] == acronym:
            d.key, d.kind = body.key, body.kind
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
        if not any(d.start < m.end() and m.start() < d.end for d in cands):
            cands.append(Candidate(m.start(), m.end(), body.kind, body.key, body.name, body.country, body.sector,
                                   body.code, tokens=list(body.tokens)))
    return cands
