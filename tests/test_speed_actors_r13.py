"""Round 13's speed shortcuts in the actors stage give what the plain computation gives (sentences our own):
the look-ahead that leads the whole-text patterns (``lookahead.led``), the spans and texts the Document
keeps (``Document.char_span``, ``Document.text_of``), the quotations found once (``coref.common.quotations``)
and the scans of the parse's word arrays (``Document.token_numbers``, ``mentions.tokens_with_lemma``)."""
from __future__ import annotations

import importlib
import re

from eventwire.lookahead import led

from .regex_helpers import plain as plain_form
from eventwire.stages.actors.mentions import tokens_with_lemma
from eventwire.stages.actors.words import actor_words
from eventwire.stages.quotes import find_pieces

TEXTS = [
    "ACCRA, Ghana — The interior minister of Ghana, Kofi Mensah, said on Friday that the two countries would "
    "reopen the border. \"We have waited long enough,\" the minister told reporters, adding that both men had "
    "met in Lome. His counterpart, Togolese Interior Minister Ama Dossou, did not comment.",
    "Trinidad and Tobago's prime minister met the president of Guinea-Bissau in Port of Spain; the pair "
    "discussed fishing. The company, a regional lender, said its chief executive would step down. "
    "Opposition lawmakers from the New Patriotic Party walked out, the state broadcaster reported.",
    "\"They told us 'leave now' and we left,\" said Rosa Lind, a 70-year-old farmer from the Bekaa Valley. "
    "Her neighbour, the farmer Ali Haddad, added: \"Nobody came.\" The Lebanese army said the strikes hit "
    "two villages. The woman said her son works for a hospital in Tyre.",
    "theother thenation The Thethe -the_minister ministers' the-minister; BOTH COUNTRIES, the two men.",
]


def _actor_patterns() -> list[re.Pattern[str]]:
    """Every pattern of the actors stage compiled with ``led``."""
    w = actor_words()
    module = lambda name: importlib.import_module(f"eventwire.stages.actors.{name}")  # noqa: E731
    return [w.surname_re, w.country_re, w.outlet_re, w.institution_re, module("repair")._long_country_names(),
            module("organisations")._party_re(), module("coref.roles")._description_re(),
            module("coref.epithets")._epithet_re(), module("coref.epithets")._person_noun_re(),
            module("sector_text.clauses")._CLAUSE_WORDS, module("mentions.people")._DESCRIBED,
            module("coref.plurals")._PLURAL, module("coref.plurals")._PEOPLE, module("coref.heads")._head_re(),
            module("coref.officials")._of_state_re(),
            module("coref.officials")._COUNTERPART, module("coref.relations")._relation_re(),
            module("coref.definites")._DEFINITE, module("coref.definites")._DESCRIBED_BODY,
            module("coref.definites")._DESCRIBED_COMPANY, module("country.person_origin")._ORIGIN_RE]


def test_led_pattern_is_the_pattern_behind_a_look_ahead():
    lead = led(r"(?<![\w-])(?:Kofi|Ama Dossou)(?![\w-])")
    assert lead.pattern.startswith("(?=[") and lead.pattern.endswith(r"(?<![\w-])(?:Kofi|Ama Dossou)(?![\w-])")
    assert [m.group(0) for m in lead.finditer("Kofi met Ama Dossou; Kofi-Ama Dossou")] == ["Kofi", "Ama Dossou"]
    assert led(r"(?:a)?").pattern == r"(?:a)?"  # no first character to look for: the pattern as it is


def test_led_patterns_of_the_actors_stage_find_what_the_plain_patterns_find(pipeline):
    patterns = _actor_patterns()
    for pattern in patterns:
        plain = plain_form(pattern)  # (each stands behind its look-ahead or opens on a character class)
        for text in TEXTS:
            for pos in (0, 1, 17):
                assert [(m.span(), m.groups()) for m in pattern.finditer(text, pos)] == \
                       [(m.span(), m.groups()) for m in plain.finditer(text, pos)], pattern.pattern[:60]
    found = sum(1 for pattern in patterns for text in TEXTS for _ in pattern.finditer(text))
    assert found > 20  # the texts give the patterns something to find


def test_document_spans_and_texts_are_the_parse_s(process):
    for text in TEXTS:
        doc = process(text, until="actors")
        for sent in doc.sentences():
            assert doc.text_of(sent) == sent.text
        for ent in doc.entities():
            assert doc.text_of(ent) == ent.text
        offsets = [(m.start, m.end) for a in doc.actors for m in a.mentions] + [(0, 3), (5, 6), (len(text) - 2, len(text))]
        for start, end in offsets:
            plain = doc.nlp.char_span(start, end, alignment_mode="expand")
            kept = doc.char_span(start, end)
            assert kept is doc.char_span(start, end)  # made once
            assert (kept.start, kept.end) == (plain.start, plain.end) if plain is not None else kept is None
        assert doc.text == text


def test_quotations_are_the_quote_finder_s(process):
    from eventwire.stages.actors.coref.common import quotations, quoted_spans

    for text in TEXTS:
        doc = process(text, until="actors")
        pieces = find_pieces(text)
        assert quotations(doc) == tuple((p.start, p.end, p.nested_in is None) for p in pieces)
        assert quoted_spans(doc) == sorted((p.start, p.end) for p in pieces if p.nested_in is None)
    assert any(not outermost for _, _, outermost in quotations(process(TEXTS[2], until="actors")))  # 'leave now'


def test_tokens_with_lemma_is_every_token_of_such_a_lemma(process):
    lemmas = frozenset({"minister", "farmer", "country"})
    for text in TEXTS:
        doc = process(text, until="actors")
        expected = [t for t in doc.nlp if t.lemma_.lower() in lemmas]
        assert [t.i for t in tokens_with_lemma(doc, lemmas)] == [t.i for t in expected]
    assert tokens_with_lemma(process(TEXTS[0], until="actors"), lemmas)


def test_token_numbers_are_the_tokens_whose_word_is_listed(process):
    words = ("they", "them", "minister", "two")
    for text in TEXTS:
        doc = process(text, until="actors")
        assert doc.token_numbers("LOWER", words) == [t.i for t in doc.nlp if t.lower_ in words]
        assert doc.token_numbers("POS", {"PROPN"}) == [t.i for t in doc.nlp if t.pos_ == "PROPN"]
    assert process(TEXTS[0], until="actors").token_numbers("LOWER", words)
