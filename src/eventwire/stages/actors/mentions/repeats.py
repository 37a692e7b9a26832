"""Later mentions of a name already found (``repeated_names``)."""
from __future__ import annotations

from ....document import Document
from .candidates import Candidate, whole_word_occurrences


_NAMED_KEYS = ("known:", "organization:", "media:", "group:", "outlet:", "org:")


def repeated_names(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Later mentions of a named organisation, outlet or group that the first pass missed: 'the rebel
    group M23 ... M23 fighters', an outlet named twice."""
    found = []
    seen: dict[str, list[int]] = {}
    for c in cands:
        name = doc.text[c.start:c.end]
        if not c.key.startswith(_NAMED_KEYS) or not name[:1].isupper() or not c.name[:1].isupper() or len(name) < 2:
            # ('local media' is a description, not a name: capitalised only where it opens a sentence)
            continue
        if name not in seen:
            seen[name] = whole_word_occurrences(doc.text, name)
        for start in seen[name]:
            if start != c.start and doc.text[start - 1:start] != "#":  # ('#Ghazni' is a hashtag, no mention)
                found.append(Candidate(start, start + len(name), c.kind, c.key, c.name, c.country, c.sector, c.code,
                                       c.role, c.tokens))
    return found
