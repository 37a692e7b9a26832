"""Names the lexicons know that the tagger missed: a whole name of ``people.tsv`` (two words or more)
that no entity of a person, a body or a thing covers ('with French armed forces minister Florence Parly',
where the tagger gives no entity, or one of a place or a people). The tagger's entities come first: a name
it read as a person is read by ``people``, as an organisation by ``organizations`` (which reads a known
whole name as a person's), as a facility, work, event, product or law the name is part of that."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table
from ..knowledge import dated_names
from ..repair import _OWN_NAMES
from ..words import PERSON_NAME_WORD, ActorWords, actor_words, alternation
from .candidates import Candidate, _name_words
from .titles import _title_context
from .people import _person_candidate

_TAKEN = frozenset({"PERSON", *_OWN_NAMES})  # a person's entity, or one of a name of its own (repair)
_LONGER = re.compile(r"(?:['’]s)?\s+(?:[A-Z]|of\s+[A-Z])")  # 'X Y Foundation', "X Y's Party", 'X Y of Z'


@lru_cache(maxsize=1)
def _whole_names() -> re.Pattern[str]:
    """people.tsv's names of two words or more, and the knowledge base's people (its names with a dated
    role, ``knowledge.dated_names``) named like a person: two or three capitalised words of letters, none a
    role or a country ('Regina Ip'; not 'Secretary of State'); as written (case counts: a name is
    capitalised)."""
    w = actor_words()
    names = {r["name"] for r in table("people.tsv") if len(r["name"].split()) >= 2}
    names |= {n for n in dated_names() if 2 <= len(n.split()) <= 3
              and all(PERSON_NAME_WORD.fullmatch(p) and p.lower() not in w.roles and not w.country_of(p)
                      for p in n.split())}
    # (no look-behind before the names: a pattern that opens on its names' first letters lets the engine skip
    # to those letters itself, in C; ``_whole_name_matches`` tests what the look-behind tested on each match)
    return re.compile(rf"(?:{alternation(sorted(names))})(?![\w-])")


_NAME_BEFORE = re.compile(r"[\w'’.-]")  # a character no whole name is read after ('McAna Lee', "O'Ana Lee")


def _whole_name_matches(text: str):
    r"""What ``finditer`` of the look-behind ``(?<![\w'’.-])`` and ``_whole_names`` finds in ``text``: a match
    after such a character is passed and the search goes on from the next character, as the engine does."""
    find = _whole_names().search
    pos = 0
    while (m := find(text, pos)) is not None:
        if m.start() and _NAME_BEFORE.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


def untagged_people(doc: Document, w: ActorWords) -> list[Candidate]:
    """A known person's whole name the tagger read as no name, or as a place or a people: a person's
    candidate, with the title and nationality before it. Not when the name goes on with a capitalised word
    or 'of' ('the Nelson Mandela Foundation', 'the X Y of Z': a longer name) or stands after a capitalised
    word that is no title ('Ali Khan' of 'Imran Ali Khan'); nor inside an entity of a person, a body or a
    thing (read by ``people``, ``organizations`` or left as a thing)."""
    assert doc.nlp is not None
    found = []
    for m in _whole_name_matches(doc.text):
        span = doc.nlp.char_span(m.start(), m.end())
        if span is None or any(t.ent_type_ in _TAKEN for t in span):
            continue
        nationality, title = _title_context(span)
        if _LONGER.match(doc.text, m.end()) or _after_a_name_word(doc, span, title, w):
            continue
        found.append(_person_candidate(span, _name_words(m.group(0)), w, nationality, title))
    return found


def _after_a_name_word(doc: Document, span, title: str, w: ActorWords) -> bool:
    """A capitalised word stands right before the name and is no word of its title ('Minister of Armed
    Forces'), no role, country, demonym or a sentence's first word: the name is the end of a longer one."""
    if span.start == 0:
        return False
    prev = doc.nlp[span.start - 1]
    if not prev.text[:1].isupper() or prev.is_sent_start or prev.text in title.split():
        return False
    return not (w.role_in(prev.text) or w.country_of(prev.text) or prev.ent_type_ in ("NORP", "GPE")
                or prev.lower_ in w.roles)
