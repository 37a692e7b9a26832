"""Round 17, speed9 (issue 16): the actors stage's readers made cheaper read what they read before. Each test
sets the cheap reading beside the reading it replaced, written out here as it was (a Token walk, a whole-text
regex, a new span): the words a title can end in hold the end of every title ``_title`` finds; the single
state bodies' anchor finds the single state bodies' pattern's spans; the words a person is described with,
read off the parse's arrays, are the words a Token walk reads; the pre-test of ``group_word_read_as_person``
passes every mention the full test would take. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.coref.title_only import _described, _title, title_last_words
from eventwire.stages.actors.groups import _MODIFIER_DEPS, _name_words, group_word_read_as_person
from eventwire.stages.actors.words import actor_words

TEXTS = [
    "The train driver was hurt when the carriage left the rails near Tula, and the inspector general of the "
    "regional police said an engineer had warned the operator. The general, Oleg Brin, said the army would help.",
    "Iranian journalist Sara Navid, a reporter for a weekly paper, said the electoral commission had delayed the "
    "count. Parliament rejected the plan, and the Central Bank said the national assembly would vote on Friday.",
    "Clan elders met the governor in Baidoa. Tribal leaders said a lawyer for the families, Omar Dahir, had "
    "written to the SUPREME COURT; the court's registrar, a civil servant, declined to comment.",
]


def _described_by_tokens(doc) -> set[str]:
    """``_described`` as it was written before speed9: a new span and Tokens per mention."""
    found: set[str] = set()
    for actor in doc.actors:
        if actor.kind != "person":
            continue
        for m in actor.mentions:
            span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            i = span.start - 1
            while i >= 0 and span.start - i <= 6 and doc.nlp[i].pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ"):
                found.add(doc.nlp[i].lower_)
                i -= 1
            found |= {c.lower_ for t in span for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
            if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN":
                found.add(span.root.head.lower_)
    return found


def test_title_last_words_hold_every_title_end():
    w = actor_words()
    ends = title_last_words(w)
    for role in w.roles:
        assert role.split()[-1] in ends
    assert title_last_words(w) is ends  # (made once for one roles table)


@pytest.mark.parametrize("text", TEXTS)
def test_title_is_found_only_at_a_title_end(process, text):
    w = actor_words()
    doc = process(text, until="actors")
    ends = title_last_words(w)
    found = 0
    for tok in doc.nlp:
        if _title(tok, w, doc) is not None:
            found += 1
            assert tok.lower_ in ends
    assert found  # (each text holds a title or trade noun: the test reads something)


@pytest.mark.parametrize("text", TEXTS)
def test_single_state_body_anchor_finds_the_pattern_spans(text):
    w = actor_words()
    for variant in (text, text.upper(), text.lower()):
        expected = [m.span() for m in w.single_state_body_re.finditer(variant)]
        assert w.single_state_body_anchor.spans(variant) == expected
    assert [m.group(0) for m in w.single_state_body_re.finditer(TEXTS[1])]  # (the texts name such bodies)


@pytest.mark.parametrize("text", TEXTS)
def test_described_words_are_those_a_token_walk_reads(process, text):
    doc = process(text, until="actors")
    assert _described(doc) == _described_by_tokens(doc)


def test_described_words_found_in_an_apposition(process):
    doc = process(TEXTS[1], until="actors")
    assert "journalist" in _described(doc) or "reporter" in _described(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_group_word_pretest_passes_what_the_full_test_takes(process, text):
    w = actor_words()
    doc = process(text, until="actors")
    for tok in doc.nlp:  # every one-token span of the text, as the mention finders ask
        start, end = tok.idx, tok.idx + len(tok.text)
        full = (tok.lower_ in _name_words() or tok.lower_ in w.group_modifiers) and tok.i + 1 < len(doc.nlp) \
            and tok.head.i == tok.i + 1 and tok.dep_ in _MODIFIER_DEPS and tok.head.lemma_.lower() in w.group_nouns
        assert group_word_read_as_person(doc, start, end, w) == full


def _joined_by_and_with_tokens(ents: list, w) -> list:
    """``joined_by_and`` as it was written before speed9 (its first test read through Tokens)."""
    from spacy.tokens import Span

    from eventwire.stages.actors.mentions.and_names import _ORG, _capitalised, _known, _of_phrase_open, _run_before
    out: list = []
    for ent in ents:
        doc = ent.doc
        first = ent.start + (ent[0].lower_ == "the")
        if ent.label_ != _ORG or first != ent.start or ent.start < 2 or doc[ent.start - 1].lower_ != "and" \
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


AND_TEXTS = TEXTS + [
    "The Lagos Chamber of Commerce and Industry and the Nigerian Employers Association said the levy would hurt "
    "small firms, and the Ministry of Trade and Investment said it would listen.",
    "Officials of the Department of Energy and Mines and the Geological Survey Agency visited the quarry.",
    "Leaders of the Farmers and Herders Union said the drought had killed cattle.",  # (a name begun after 'and')
]


@pytest.mark.parametrize("text", AND_TEXTS)
def test_joined_by_and_reads_what_the_token_reading_read(process, text):
    from eventwire.stages.actors.mentions.and_names import joined_by_and

    w = actor_words()
    doc = process(text, until="actors")
    ents = list(doc.nlp.ents)
    got = [(s.start, s.end, s.label_) for s in joined_by_and(ents, w)]
    assert got == [(s.start, s.end, s.label_) for s in _joined_by_and_with_tokens(ents, w)]
    assert any(e.label_ == "ORG" for e in ents) or text in TEXTS  # (the 'and' texts hold bodies' names)


def test_joined_by_and_still_joins_a_name_begun_after_and(process):
    from eventwire.stages.actors.mentions.and_names import joined_by_and

    doc = process(AND_TEXTS[-1], until="actors")
    ents = list(doc.nlp.ents)
    joined = [s.text for s in joined_by_and(ents, actor_words())]
    if [e.text for e in ents] != joined:  # (the tagger began the union's name at 'Herders')
        assert "Farmers and Herders Union" in joined
