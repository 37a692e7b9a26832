"""Round 14, speed of the actors stage (issues 16, 21), second pass: each faster reading gives what the plain
reading it replaces gives, on sentences written for these tests."""
from __future__ import annotations

import re

import pytest
from spacy.tokens import Span

from eventwire.document import span_text, strings_of
from eventwire.stages.actors import _person_key, _surname_forms
from eventwire.stages.actors.mentions import _JURISDICTION, _STOP_LEFT, _name_words, _title_context, _trim_possessive
from eventwire.stages.actors.organisations import _bare

TEXTS = [
    "The Peruvian Foreign Minister, Elena Quispe, said on Monday that talks with Chile's government would "
    "resume. \"We want a fair deal,\" she told the Lima daily El Comercio's reporters in Cusco.",
    "A spokesman for the U.N. envoy for Yemen, Hans Grundberg, denied the report. Officials of the Houthis' "
    "movement and the Saudi-led coalition met in Muscat, according to Oman's state news agency.",
    "BOGOTA - Colombian Defense Minister Pedro Sánchez visited troops near the border with Venezuela, where "
    "the ELN's fighters attacked a base of the army's 30th Brigade on Sunday.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("attr, lower, read", [
    ("POS", False, lambda t: t.pos_), ("ORTH", False, lambda t: t.text), ("LOWER", False, lambda t: t.lower_),
    ("LEMMA", True, lambda t: t.lemma_.lower()), ("DEP", False, lambda t: t.dep_),
])
def test_parse_strings_are_the_tokens_strings(process, text, attr, lower, read):
    """strings_of (the parse's arrays, kept for the parse read last) gives each Token's own string."""
    doc = process(text, until="actors")
    assert strings_of(doc.nlp, attr, lower) == [read(t) for t in doc.nlp]
    assert doc.token_strings(attr, lower) == [read(t) for t in doc.nlp]  # (the Document's reading shares it)


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_is_the_spans_text(process, text):
    """span_text (a slice of the article's text) is Span.text for every span of up to six words, the empty
    ones, the entities and the sentences; before a Document leaves its text it is Span.text itself."""
    doc = process(text, until="actors")
    sdoc = doc.nlp
    spans = [Span(sdoc, a, b) for a in range(len(sdoc) + 1) for b in range(a, min(len(sdoc), a + 6) + 1)]
    spans += list(sdoc.ents) + list(sdoc.sents)
    for span in spans:
        assert span_text(span) == span.text, (span.start, span.end)


def _trim_walked(span):
    doc, start, end = span.doc, span.start, span.end
    while end - start > 1 and doc[start].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "ADV"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", "-", "."):
        end -= 1
    return (start, end) if end > start else None


def _title_start_walked(span):
    """The first word of the title before a name, as walking the sentence's Tokens finds it, and the cut."""
    doc, sent = span.doc, span.sent
    i, cut = span.start - 1, span.start
    while i >= sent.start and span.start - i <= 9:
        tok = doc[i]
        if tok.pos_ == "ADP" and tok.lower_ in _JURISDICTION and i > sent.start and doc[i - 1].pos_ in ("NOUN", "PROPN"):
            cut = i
        elif tok.lower_ in _STOP_LEFT or tok.pos_ in ("VERB", "AUX", "PRON", "NUM", "ADV", "ADP") or (
                tok.is_punct and tok.text not in ("-", "–", "'s", "’s", ".")):
            break
        i -= 1
    return doc[i + 1:cut].text, doc[i + 1:span.start].text


@pytest.mark.parametrize("text", TEXTS)
def test_trimmed_entity_is_the_walked_one(process, text):
    """_trim_possessive (the parse's arrays) trims every span as reading each word's Token does."""
    doc = process(text, until="actors")
    sdoc = doc.nlp
    spans = [Span(sdoc, a, b) for a in range(len(sdoc)) for b in range(a + 1, min(len(sdoc), a + 5) + 1)]
    assert any(_trim_walked(s) != (s.start, s.end) for s in spans)  # (some span is trimmed)
    for span in spans:
        trimmed = _trim_possessive(span)
        assert (None if trimmed is None else (trimmed.start, trimmed.end)) == _trim_walked(span)


@pytest.mark.parametrize("text", TEXTS)
def test_title_before_a_name_is_the_walked_one(process, text):
    """_title_context reads the title before every entity (and every word) as walking its Tokens does."""
    doc = process(text, until="actors")
    sdoc = doc.nlp
    spans = list(sdoc.ents) + [sdoc[i:i + 1] for i in range(len(sdoc))]
    titled = 0
    for span in spans:
        nationality, title = _title_context(span)
        cut_text, before = _title_start_walked(span)
        assert title.before == before
        assert nationality.startswith(cut_text)
        titled += bool(before)
    assert titled  # ('Peruvian Foreign Minister', 'Colombian Defense Minister')


@pytest.mark.parametrize("name", ["Elena Quispe's", "al-Sharaa", "KIM JONG-UN", "O’Neill’s", "Jean-Luc (J.L.) Dubois",
                                  "the U.N.'s", "An Agency", "a body", "Houthis'", "  The Council  "])
def test_compiled_patterns_read_as_the_plain_ones(name):
    """The patterns compiled once read names as the module-level re calls they replace."""
    text = re.sub(r"'s$", "", name.casefold().replace("’", "'"))
    assert _name_words(name) == [t for t in re.sub(r"[^\w\s-]", "", text).split() if t.strip("-")]
    assert _bare(name) == re.sub(r"['’]s?$", "", re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", name.strip()))
    tokens = name.split() or ["x"]
    assert _person_key(tokens).removeprefix("person:") == re.sub(r"[\s-]", "", "".join(tokens)) or not name.isascii()
    assert tokens[-1] in _surname_forms(tokens)
    assert re.sub(r"^(?:al|el|ad|as|ash|at|ar|an|az)-", "", tokens[-1]) in _surname_forms(tokens)


NATIONALS = "Thousands of Sudanese marched in Khartoum, and many Kenyans said prices rose. Some Nigerians and three " \
            "Ghanaians were hurt, officials told dozens of Japanese reporters."


def test_demonyms_read_off_the_arrays_are_the_walked_ones(process):
    """counted_nationals reads the demonyms' places off the parse's arrays (``token_numbers``): the words a
    walk of every lower-cased word keeps (a demonym ending in 's' or 'ese') are the same, in order."""
    from eventwire.stages.actors.words import actor_words

    doc = process(NATIONALS, until="actors")
    w = actor_words()
    walked = [i for i, low in enumerate(doc.token_strings("LOWER"))
              if low.endswith(("s", "ese")) and low in w.demonym_of]
    lows = doc.token_strings("LOWER")
    read = [i for i in doc.token_numbers("LOWER", w.demonym_of) if lows[i].endswith(("s", "ese"))]
    assert read == walked and len(walked) >= 3  # ('sudanese', 'kenyans', 'nigerians', ...)


def test_heads_and_staff_are_both_lists():
    """body_heads' nouns, made once, are the head nouns and the staff nouns together."""
    from eventwire.lexicon import words
    from eventwire.stages.actors.coref.heads import head_nouns
    from eventwire.stages.actors.coref.role_holders import _heads_and_staff

    assert _heads_and_staff() == head_nouns() | words("body_staff_nouns.txt")
