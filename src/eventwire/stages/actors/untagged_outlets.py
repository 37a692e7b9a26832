"""An outlet's name the tagger gave no entity of a body or a person: 'The Riverside Gazette reported', 'a
columnist at the Harbour Herald', 'Valley News's survey'. A run of one to four capitalised words, each a proper
noun (or a country's name or demonym), not all words of the language ('Good News', 'Hard Times'), then an outlet's last word (``outlet_name_heads.txt``: News, Times,
Post, Gazette ...) that no capitalised word follows ('Times Square', 'Post Office' are no outlets), is a media
actor: the tagger reads such names as a facility ('at the X Gazette'), as no name, or splits them. A leading
'The' is no part of the name; a country's demonym or name in it gives its country ('the Saudi Gazette').
A name overlapping an organisation's or a person's entity is left to ``organizations`` and ``people``; a name
the lexicons know (``outlets.tsv``) is that known outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import words
from ...lookahead import opening
from .mentions import Candidate, _code, _known_candidate, _name_words
from .organisations import thing_names
from .words import ActorWords, norm

_TAKEN = frozenset({"ORG", "PERSON"})  # read by ``organizations`` and ``people``


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    heads = "|".join(re.escape(h.title()) for h in sorted(words("outlet_name_heads.txt") | words("masthead_last_words.txt"),
                                                          key=len, reverse=True))  # (masthead words: last only)
    first = opening("[A-Z]", r"[\w'’.&-]")
    return re.compile(rf"({first}[\w'’.&-]*\s+(?:[A-Z][\w'’.&-]*\s+){{0,3}}(?:{heads}))(?![\w-])(?!\s+[A-Z])")


_THE = re.compile(r"^The\s+")


def _everyday_not_place(word: str, w: ActorWords) -> bool:
    """A word of the language (``everyday_word``) that names no country, people or place of note: 'Good',
    'Hard'; not 'Saudi', 'Riverside'."""
    from .not_bodies import everyday_word, place_of_note
    return everyday_word(word) and not w.country_of(word) and not place_of_note(word)


def untagged_outlets(doc: Document, w: ActorWords) -> list[Candidate]:
    """The candidates of such names (module docstring)."""
    runs = list(_name_run().finditer(doc.text))
    if not runs or doc.nlp is None:  # cheap test first: no capitalised run ending on an outlet's word
        return []
    taken = [(e.start_char, e.end_char) for e in doc.entities() if e.label_ in _TAKEN]
    found = []
    for m in runs:
        the = _THE.match(m.group(1))
        start, end = m.start(1) + (the.end() if the else 0), m.end(1)
        name = doc.text[start:end]
        if len(name.split()) < 2 or "\n" in name or any(s < end and start < e for s, e in taken):
            continue
        labels = {e.label_ for e in doc.entities() if e.start_char < end and start < e.end_char}
        if any(norm(name) in thing_names(doc, label) for label in labels):
            continue  # 'the cargo ship Marlow Star': a thing the story describes, no outlet
        span = doc.nlp.char_span(start, end)
        if span is None or not all(t.pos_ == "PROPN" or w.country_of(t.text) for t in span[:-1]) \
                or all(_everyday_not_place(t.text, w) for t in span[:-1]):
            continue  # 'Good News', 'Breaking News', 'Hard Times': words of the language, not a name
        known = w.known.get(norm(name))
        if known is not None:
            found.append(_known_candidate(start, end, known))
            continue
        country = w.country_in(name)
        found.append(Candidate(start, end, "media", "org:" + norm(name), name, country, "MED",
                               _code(country, "MED"), tokens=_name_words(name)))
    return found
