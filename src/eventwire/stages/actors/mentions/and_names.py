"""A body's name the tagger began after an 'and' inside it (round 17, actrecall2).

spaCy's small model may read the 'and' of a body's name as a joiner of two names and tag only the words after
it: 'Hope and Light Radio' -> 'Light Radio', 'the Council of the Kenya Arts and Crafts Association' -> 'the
Council of the Kenya Arts' + 'Crafts Association'. The name runs back over the 'and' when the part after it ends on a word
that says what kind of body it is (org_words.tsv: 'Radio', 'Association', 'Foundation') and what stands before the
'and' is either

- capitalised words in no entity, one to three, not opening the sentence and not a country's or a place's
  name ('Health and Human Services Department', 'Hope and Light Radio'), or
- the end of an organisation entity whose name goes on past an 'of' by two words or more ('the Council of the
  Kenya Arts'; 'the Institute of Mining and Ohio State University' stays two bodies), when
  neither part is a body the lexicons know by itself and the first does not end on a body's word of its own
  ('the Ministry of Health and World Vision' stays two bodies).

Two names joined by 'and' stay two where the first is a name of its own (a person, a place, a known body,
an entity with no 'of'): 'Reuters and Associated Press', 'Kenya and World Vision'."""
from __future__ import annotations

from spacy.tokens import Span

from ....document import strings_of
from ..words import ActorWords, norm

_ORG = "ORG"


def _capitalised(tok) -> bool:
    """'Arts', 'Audio-Video': a capitalised word (a hyphen between capitalised parts allowed)."""
    parts = tok.text.split("-")
    return all(p[:1].isupper() and p.isalpha() for p in parts)


def _known(text: str, w: ActorWords) -> bool:
    low = norm(text)
    return bool(w.known.get(low)) or bool(w.country_of(text))


def _run_before(doc, at: int, w: ActorWords) -> int | None:
    """Where the run of one to three capitalised words in no entity that ends at token ``at`` starts, or None
    (the run opens the sentence, is a place's or a country's name, or is longer)."""
    start = at
    while start >= 0 and at - start < 3 and not doc[start].ent_type_ and _capitalised(doc[start]):
        start -= 1
    start += 1
    if start > at or start == doc[at].sent.start or (start > 0 and _capitalised(doc[start - 1])
                                                     and not doc[start - 1].ent_type_):
        return None  # no run, a run opening the sentence, or a longer run
    if _known(doc[start:at + 1].text, w):
        return None
    return start


def _of_phrase_open(ent) -> bool:
    """Whether an entity's name goes on past an 'of' with two or more words after it ('the Council of the Kenya
    Arts', 'the Youth Desk of the Ghana Film'): a name that may still lack its head. One word after the 'of'
    is a whole name of its own ('the Institute of Mining', 'the Ministry of Health')."""
    ofs = [t.i for t in ent[1:-1] if t.lower_ == "of"]
    if not ofs:
        return False
    after = [t for t in ent.doc[ofs[-1] + 1:ent.end] if t.lower_ != "the"]
    return len(after) >= 2


def joined_by_and(ents: list, w: ActorWords) -> list:
    """``ents`` (entity spans in text order) with each body's name the tagger began after an inner 'and' run
    back to its start; an organisation entity that ends where such a name begins is taken into it."""
    out: list = []
    for ent in ents:
        doc = ent.doc
        lows = strings_of(doc, "LOWER")  # (the words before the name read off the parse's array: no Token made)
        if ent.label_ != _ORG or lows[ent.start] == "the" or ent.start < 2 or lows[ent.start - 1] != "and" \
                or not w.names_a_body(ent[-1].text) or _known(ent.text, w):
            out.append(ent)
            continue
        before = ent.start - 2
        prev = out[-1] if out and out[-1].end == ent.start - 1 else None
        if prev is not None:
            if prev.label_ == _ORG and _of_phrase_open(prev) and _capitalised(prev[-1]) \
                    and not w.names_a_body(prev[-1].text) and not _known(prev.text, w):
                out[-1] = Span(doc, prev.start, ent.end, label=_ORG)
                continue
            out.append(ent)
            continue
        start = _run_before(doc, before, w) if not doc[before].ent_type_ else None
        out.append(Span(doc, start, ent.end, label=_ORG) if start is not None else ent)
    return out
