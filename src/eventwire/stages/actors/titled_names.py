"""A person's name the tagger did not read, right after a role word written in lower case: 'ministry
spokesperson Wanjiru Kamau said on Monday', 'the ruling party's treasurer Amina Dlamini'. The small model
may tag an unfamiliar name as a product or nothing at all; a lower-case role of ``roles.tsv`` right before
two or three capitalised name words says the words are that office holder's name. Only where the words
read as a person's name (``mentions._named_like_a_person``: no title, role, country, place or body word),
no capitalised word follows them ('spokesman Bill Clinton Foundation' is no name), the tagger read no body,
natural place, people or work there (a name it took for a town counts, when the gazetteer knows no such place),
and no person already covers them.

So too for a name set off by commas after the role word ('the central bank governor, Lina Okafor, said'),
which the tagger may take for a place.

The same holds after a capitalised title written as part of the name ('Mayor Ana Ruiz spoke', 'Lieutenant
Colonel Amadou Sy said', 'Nigerian President Bola Adewale'): a run of capitalised words whose first words are
roles of ``roles.tsv`` (one, two or three words each: 'Deputy' 'Foreign Minister'), after at most one
country's name or demonym, and whose last two or three words are the name. Lines written in title case
(headlines: 'Governor Visits Flood Zone') are not read so, nor a name holding a word of a place, workplace or
body ('President Street Market')."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import words
from ...lookahead import opening
from .entity_table import labelled_entities
from .mentions import Candidate, _name_words, _named_like_a_person
from .words import ActorWords, first_word_matches

__all__ = ["titled_names"]

_NAMED_AFTER_ROLE = re.compile(r"(?<![\w-])([a-z]+) ((?:[A-Z][a-z\u00e0-\u00ff'’-]+ ){1,2}[A-Z][a-z\u00e0-\u00ff'’-]+)"
                               r"(?![\w-]| [A-Z])")
_NAMED_IN_APPOSITION = re.compile(r"(?<![\w-])([a-z]+), ((?:[A-Z][a-z\u00e0-\u00ff'’-]+ ){1,2}[A-Z][a-z\u00e0-\u00ff'’-]+),")
# (its first word's capital written with ``opening``: the engine runs to the next capital itself)
_CAPITAL_RUN = re.compile(opening("[A-Z]", r"[\w.'’-]")
                          + r"[a-z\u00e0-\u00ff'’-]+ (?:[A-Z][a-z\u00e0-\u00ff'’-]+ ){1,4}[A-Z][a-z\u00e0-\u00ff'’-]+(?![\w-])")
_LONG_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_NOT_A_PERSON = ("ORG", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
_NOT_A_PERSON_SET = frozenset(_NOT_A_PERSON)


def titled_names(doc: Document, persons: list[Candidate], w: ActorWords) -> list[Candidate]:
    """Person candidates for the names after a lower-case role word that no person candidate covers."""
    taken = [(c.start, c.end) for c in persons]
    ents = list(labelled_entities(doc, _NOT_A_PERSON_SET))
    found = []
    # (the two patterns tried only where a role's word stands: what they find elsewhere is no role's)
    for m in (*first_word_matches(_NAMED_AFTER_ROLE, w.role_first_words, doc.text),
              *first_word_matches(_NAMED_IN_APPOSITION, w.role_first_words, doc.text)):
        if m.group(1) not in w.roles:
            continue
        s, e = m.start(2), m.end(2)
        if any(a < e and s < b for a, b in taken) or any(x.start_char < e and s < x.end_char for x in ents):
            continue
        if m.re is _NAMED_IN_APPOSITION:  # (set off by commas: the role is not read beside it later)
            if any(x.lower() in _place_and_body_words() for x in m.group(2).split()):
                continue  # 'the governor, Kano State,'
            cand = Candidate(s, e, "person", "person", m.group(2), sector=w.roles[m.group(1)][0], role=m.group(1),
                             tokens=_name_words(m.group(2)))
        else:
            cand = Candidate(s, e, "person", "person", m.group(2), tokens=_name_words(m.group(2)))
        if _named_like_a_person(cand, w):
            found.append(cand)
    for m in _CAPITAL_RUN.finditer(doc.text):
        read = _after_capital_title(m.group(0), w)
        if read is None:
            continue
        s, e, role = m.start() + read[0], m.start() + read[1], read[2]
        if any(a < e and s < b for a, b in taken) or any(x.start_char < e and s < x.end_char for x in ents):
            continue
        if _title_case_line(doc.text, m.start()):
            continue
        name = doc.text[s:e]
        if any(x.lower() in _place_and_body_words() for x in name.split()):
            continue  # 'President Street Market', 'Governor Hill Hospital': a place or body after the title
        cand = Candidate(s, e, "person", "person", name, sector=w.roles[role][0], role=role, tokens=_name_words(name))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found


@lru_cache(maxsize=1)
def _place_and_body_words() -> frozenset[str]:
    """Head words of places, workplaces and bodies: a name after a capitalised title holding one is no
    person's ('President Street Market')."""
    return frozenset().union(*(words(f) for f in ("place_feature_words.txt", "workplace_nouns.txt",
                                                   "natural_feature_heads.txt", "body_head_words.txt")))


def _after_capital_title(run: str, w: ActorWords) -> tuple[int, int, str] | None:
    """Where the name lies in a run of capitalised words opened by a title ('Lieutenant Colonel Amadou Sy':
    the last two words), relative to the run, and the title's last role ('colonel'); None when no role opens
    it or the rest is no name's length."""
    words = run.split(" ")
    i = 1 if w.country_of(words[0]) else 0
    j, role = i, ""
    while j < len(words):
        n = next((n for n in (3, 2, 1) if j + n < len(words) and " ".join(words[j:j + n]).lower() in w.roles), 0)
        if not n:
            break
        role = " ".join(words[j:j + n]).lower()
        j += n
    if j == i or not 2 <= len(words) - j <= 3:
        return None
    start = sum(len(x) + 1 for x in words[:j])
    return start, len(run), role


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is written in title case: most of its words of four letters or more
    capitalised, and no full stop ending it (a headline)."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a:b if b >= 0 else len(text)].rstrip()
    if line.endswith((".", "!", "?", ".”", '."')):
        return False  # a sentence of many names ('Governor X of Y State signed ...'), no headline
    long_words = _LONG_WORD.findall(line)
    return len(long_words) >= 4 and sum(x[0].isupper() for x in long_words) * 3 > len(long_words) * 2
