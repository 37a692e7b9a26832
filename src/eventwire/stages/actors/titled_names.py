"""A person's name the tagger did not read, right after a role word written in lower case: 'ministry
spokesperson Wanjiru Kamau said on Monday', 'the ruling party's treasurer Amina Dlamini'. The small model
may tag an unfamiliar name as a product or nothing at all; a lower-case role of ``roles.tsv`` right before
two or three capitalised name words says the words are that office holder's name. Only where the words
read as a person's name (``mentions._named_like_a_person``: no title, role, country, place or body word),
no capitalised word follows them ('spokesman Bill Clinton Foundation' is no name), the tagger read no body,
natural place, people or work there (a name it took for a town counts, when the gazetteer knows no such place),
and no person already covers them."""
from __future__ import annotations

import re

from ...document import Document
from .entity_table import labelled_entities
from .mentions import Candidate, _name_words, _named_like_a_person
from .words import ActorWords

__all__ = ["titled_names"]

_NAMED_AFTER_ROLE = re.compile(r"(?<![\w-])([a-z]+) ((?:[A-Z][a-z\u00e0-\u00ff'’-]+ ){1,2}[A-Z][a-z\u00e0-\u00ff'’-]+)"
                               r"(?![\w-]| [A-Z])")
_NOT_A_PERSON = ("ORG", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
_NOT_A_PERSON_SET = frozenset(_NOT_A_PERSON)


def titled_names(doc: Document, persons: list[Candidate], w: ActorWords) -> list[Candidate]:
    """Person candidates for the names after a lower-case role word that no person candidate covers."""
    taken = [(c.start, c.end) for c in persons]
    ents = list(labelled_entities(doc, _NOT_A_PERSON_SET))
    found = []
    for m in _NAMED_AFTER_ROLE.finditer(doc.text):
        if m.group(1) not in w.roles:
            continue
        s, e = m.start(2), m.end(2)
        if any(a < e and s < b for a, b in taken) or any(x.start_char < e and s < x.end_char for x in ents):
            continue
        cand = Candidate(s, e, "person", "person", m.group(2), tokens=_name_words(m.group(2)))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found
