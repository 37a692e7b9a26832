"""Round 19 (lead): the events stage's heading filter read ``Doc.text``, which joins every Token of the parse
(about 0.1 s of CPU over the 61 stories, a fifth of the stage); it now reads the text the Document left with the
parse (``document.parse_text``). Records byte-identical (all69-plain and F compared by cmp)."""
from __future__ import annotations

import spacy

from eventwire.document import Document, parse_text, span_text
from eventwire.record import Article
from eventwire.stages import actors
from eventwire.stages.nlp import parse


def test_parse_text_is_the_parse_text_after_the_stages_read_it(nlp):
    text = "Kenya's president met Uganda's leader. They talked  about  trade\non Monday."
    doc = next(parse([Document(Article(text=text))], nlp))
    actors.run(doc)  # the stages leave the Document's text with the parse's tables
    assert parse_text(doc.nlp) == doc.nlp.text == text
    sent = list(doc.nlp.sents)[1]
    assert span_text(sent) == sent.text


def test_parse_text_of_a_parse_no_document_read():
    doc = spacy.blank("en")("A parse made outside the pipeline, with  two spaces.")
    assert parse_text(doc) == doc.text
