"""A person's name the tagger broke in two: spaCy's small model may tag the words of one unfamiliar name as two
PERSON entities side by side ('Samia Suluhu' + 'Hassan'), which would make two people of one. Two such spans
are one name when only a space stands between them and the whole reads as one person's name: a name the
lexicons know whole, or capitalised name words, the second part one word, with no possessive, comma or
line between. Two names do stand side by side in a few shapes ("gave Ana Ruiz Lee's letter", a caption
listing people, a known figure's name followed by another's); those are left apart: a possessive ends
the pair, and a part the lexicons know as a person by itself stays that person."""
from __future__ import annotations

from spacy.tokens import Span

from ...document import sentence_of
from .words import PERSON_NAME_WORD, ActorWords

__all__ = ["join_broken_names"]



def join_broken_names(persons: list[Span], w: ActorWords, day=None) -> list[Span]:
    """``persons`` (PERSON entity spans in text order) with each broken name made one span."""
    if len(persons) < 2:
        return persons
    out: list[Span] = []
    i = 0
    while i < len(persons):
        ent = persons[i]
        nxt = persons[i + 1] if i + 1 < len(persons) else None
        if nxt is not None and nxt.start == ent.end and _one_name(ent, nxt, w, day):
            out.append(Span(ent.doc, ent.start, nxt.end, label=ent.label))
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


def _one_name(first: Span, second: Span, w: ActorWords, day) -> bool:
    """Whether two PERSON spans touching with one space between are one person's name."""
    if first[-1].whitespace_ != " " or sentence_of(first[-1]).start != sentence_of(second[0]).start:
        return False
    whole = f"{first.text} {second.text}"
    if w.person_on(whole, day) is not None:
        return True  # the lexicons know the whole name
    doc = second.doc
    if len(second) != 1 or not 2 <= len(first) <= 3 or second.end < len(doc) and doc[second.end].text in ("'s", "’s"):
        return False  # (a possessive after the second part: "gave Ana Ruiz Lee's letter")
    if not all(PERSON_NAME_WORD.fullmatch(t.text) for t in (*first, second[0])):
        return False  # a lower-case word, a possessive, an abbreviation inside
    if any(w.country_of(t.text) or t.lower_ in w.roles for t in (*first, second[0])):
        return False
    # a part that is a known person by itself is that person ('Joe Biden' + 'Putin')
    return w.person_on(first.text, day) is None and second.text not in w.person_by_surname
