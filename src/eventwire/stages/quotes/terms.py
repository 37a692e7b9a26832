"""Quoted words that report nobody's speech: titles and names, and short terms with no verb."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import words as word_list
from ..attribution import cue_words
from .context import Context
from .marks import Piece
from .speakers import scare_quote


_TITLE_SMALL = frozenset({"the", "of", "on", "and", "for", "in", "to", "a", "an", "at", "by", "with", "from", "de", "&"})


def is_title(text: str) -> bool:
    """Quoted words that are a title or a name, not speech: two or more words, every one but the short
    function words capitalised (a book, a show, a law, a report, a territory: 'Meet the Press',
    'Law on the Protection of Minors', 'The Last Stand')."""
    words = re.findall(r"[\w’'&-]+", text)
    if len(words) < 2 or not (words[0][:1].isupper() or words[0].isdigit()):  # ('2024 Annual Report')
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words if w.lower() not in _TITLE_SMALL)


@lru_cache(maxsize=1)
def _label_forms() -> frozenset[str]:
    """Cues that only name words ('call', 'dub', 'term') in the forms a text writes them."""
    forms = set()
    for cue in cue_words().label:
        forms |= {cue, cue + "s", cue + "ed", cue + "d", cue + "ing", cue[:-1] + "ing" if cue.endswith("e") else cue}
    return frozenset(forms)


HEADING_WORDS = 2  # words of a subheading on either side of its quoted word(s)


def in_subheading(ctx: Context, p: Piece) -> bool:
    """'... in the capital.” Farmers ‘forgotten’ After the flood, ...': quoted words in a subheading run
    into the text: a sentence begins at most two words before the opening mark, the words close with no
    punctuation, and after the closing mark at most one more word (no function word) comes before a
    capitalised word that starts the next sentence; no verb among the heading's words. A heading's quoted
    word is a label, nobody's speech told there (coders leave it out or record it as optional)."""
    text, doc = ctx.doc.text, ctx.doc
    if p.close_at is None or text[p.start:p.end].rstrip()[-1:] in ".,;:!?…" or doc.nlp is None:
        return False
    head = ctx.starts[ctx.sentence(p.open_at)]
    before = text[head:p.open_at].split()
    after = re.match(r"((?:[ \t]+[a-z][\w’'-]*)?)[ \t]+[A-Z]", text[p.close_at + 1:p.close_at + 40])
    if head == 0 or len(before) > HEADING_WORDS or after is None or not text[:head].rstrip()[-1:] in ".!?”\"’'":
        return False
    extra = after.group(1).split()
    if extra and extra[0] in word_list("english_function_words.txt"):
        return False
    span = doc.nlp.char_span(head, p.close_at + 1 + after.end(1), alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _mentioned(ctx: Context, p: Piece) -> bool:
    """A noun that names the quoted words as words stands right before them ('the term “X”')."""
    return ctx.word_before(p) in cue_words().mention_nouns


TERM_WORDS = 3  # at most this many words, no verb and nobody found to say them: a term, not a quote


def is_term(ctx: Context, p: Piece) -> bool:
    """'blazes combined into a “mega fire”', 'the term ‘Arab’', 'the “souk” opens at dawn': a short
    partial quote with no verb that no speaker was found for names a thing; it reports nobody's words.
    So does a short one marked as a label or a word ('the so-called “peace plan”', 'using the word
    “cartel”'), whoever the sentence's speaker is: coders leave such words out or record them as optional."""
    doc = ctx.doc
    if p.kind != "partial":
        return False
    if scare_quote(ctx, p) or _mentioned(ctx, p) or in_subheading(ctx, p):
        return len(re.findall(r"[\w’'-]+", doc.text[p.start:p.end])) <= TERM_WORDS
    if p.clause is not None and p.clause.speaker.actor is not None:
        return False
    if p.clause is not None and p.clause.cue is not None and p.clause.cue.split()[0] not in _label_forms():
        return False  # 'warned the plan means “serious budget trouble”': somebody's words, speaker unknown
    if len(re.findall(r"[\w’'-]+", doc.text[p.start:p.end])) > TERM_WORDS or doc.nlp is None:
        return False
    span = doc.nlp.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)
