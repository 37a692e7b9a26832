"""Organisation entities that name no body: an everyday English word the tagger took for a body's name
(``everyday_word_as_name``: 'Wreckage lay ...', 'the arrival of Keep', 'Citizens said' read as the
knowledge base's firm of that one-word name), and a short form in capitals the article spells out in
lower-case words (``spelled_out_as_a_thing``: 'AI' of 'artificial intelligence'). Read by
``mentions.organizations`` before an entity becomes a candidate. Also the place readings both kinds of
name share: a place of note (``place_of_note``), a province or city a reader knows (``province_or_city``)
and a name said as a place (``said_as_place``), read by ``organisations.place_not_body`` and ``not_people``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Container

from ... import gazetteer, settings
from ...document import Document, strings_of
from ...lexicon import singular_forms, words
from ...lookahead import opening
from .entity_table import ORG, labelled_entities
from .knowledge import knowledge
from .mentions import _well_known_place
from .organisations import _parties
from .sector_text import describers, known_companies
from .words import OPEN_QUOTES, actor_words, norm, word_char_at


@lru_cache(maxsize=1)
def _wordnet() -> tuple[frozenset[str], frozenset[str]]:
    """(English words as WordNet lists them, those words with their irregular forms), lower case: the
    noun, verb, adjective and adverb index of WordNet that the spaCy model's rule lemmatizer ships
    (``lemma_index``) and the forms its exception table (``lemma_exc``) gives them ('media' of 'medium',
    'children'). WordNet lists some names too ('paris', 'toyota'): callers read it only where the lists
    know no body of the name. Both empty when the model has no such table."""
    from ...stages.nlp import load_model

    try:
        lookups = load_model().get_pipe("lemmatizer").lookups
        index, irregular = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    except (KeyError, ValueError, AttributeError):
        return frozenset(), frozenset()
    lemmas = frozenset(x for key in index for x in index[key])
    forms = {form for key in irregular for form, found in irregular[key].items() if any(x in lemmas for x in found)}
    return lemmas, lemmas | forms


def _inflected(word: str) -> bool:
    """An inflected form of an everyday word that WordNet does not list as it stands: 'citizens', 'media'."""
    return everyday_word(word) and word.lower() not in _wordnet()[0]


def everyday_word(word: str) -> bool:
    """Whether a word (any case) is in WordNet's index as it stands or singular ('citizens', 'wreckage')."""
    low = word.lower()
    ws = _wordnet()[1]
    return not ws.isdisjoint(singular_forms(low))


def everyday_word_as_name(doc: Document, span) -> bool:
    """Whether an organisation entity of one capitalised word is an everyday English word (``everyday_word``)
    that names no body here: no word of a body's own names a sector with it ('Police', 'Army'), no party is
    called so, and no longer organisation name in the article holds it ('Amnesty' beside 'Amnesty
    International'). Its capital then says nothing where a sentence or a quotation begins with it
    ('Wreckage lay ...', 'Citizens said ...': not the knowledge base's firm of that one-word name) unless
    the article writes it capitalised inside a sentence too; inside a sentence, it is a body only when a
    list or the knowledge base knows it or the story describes it as one ('the rights group Memorial'),
    else it is a product, a field or a title ('the arrival of Keep', 'Undersecretary for Education')."""
    text = span.text
    if not (text.isalpha() and text[:1].isupper() and text[1:].islower()) or not everyday_word(text):
        return False
    w_kind = _org_words_sector(text)
    if w_kind is not None or norm(text) in _parties():
        return False
    orth = doc.token_strings("ORTH")  # (the organisations off the document's table, their words off the parse's array)
    if any(e.end - e.start > 1 and text in orth[e.start:e.end] for e in labelled_entities(doc, ORG)):
        return False  # the short name of a longer one
    if place_of_note(text):
        return False  # WordNet lists places too ('Isfahan'): the place readings decide (``place_names``)
    tok = span[0]
    prev = doc.nlp[tok.i - 1] if tok.i > 0 else None
    known = knowledge().facts(text, None) is not None or norm(text) in known_companies()
    if tok.is_sent_start or prev is not None and (prev.text in _OPENING or prev.is_space or prev.text in ".!?:"):
        # where a sentence, quotation, line or clause after a colon begins, a name the knowledge base knows
        # stays ('Greenpeace said'), but not an everyday word's plural that the base has as a firm's short
        # name ('Citizens said ...')
        return not _capitalised_inside(doc, text) and (not known or _inflected(text))
    return not known and not _starts_one_firm(text) and not describers(span)


_OPENING = OPEN_QUOTES | {"(", "[", "—", "-"}  # what a name may stand right after where a clause begins


def _starts_one_firm(word: str) -> bool:
    """The word opens the name of one firm the lists know, and of no other ('Nasdaq' of 'Nasdaq OMX')."""
    from .body_sectors import _firm_names  # (body_sectors reads this module)

    return len(_firm_names()[1].get(norm(word), ())) == 1


def place_of_note(name: str, features: Container[str] = ("admin", "region", "country")) -> bool:
    """Whether the gazetteer knows a name first of all as a place of one of the ``features`` (a country, a
    province, a region) or a town of ``settings.PLACE_OF_NOTE_PEOPLE`` people or more."""
    return any(e.primary and (e.feature in features or e.population >= settings.PLACE_OF_NOTE_PEOPLE)
               for e in gazetteer.load().lookup(name))


def province_or_city(name: str) -> bool:
    """Whether the gazetteer knows a name first of all as a province or a region of one country, or as a
    city of 100,000 people or more (``mentions._well_known_place``): a place a news reader knows, read by
    ``not_people`` (no person's pronoun follows it: 'Shelling hit X', "X's leaders") and
    ``organisations.place_not_body`` (it does not act: 'an X native', 'left X')."""
    first = next((e for e in gazetteer.load().lookup(name) if e.primary), None)
    return first is not None and (first.feature in ("admin", "region") and bool(first.country)
                                  or _well_known_place(name))


def said_as_place(span, of_after: Container[str] | None = None, before: Container[str] | None = None) -> bool:
    """Whether a name (a span of the parse) stands where a place is said: the object of a preposition of
    place (``place_prepositions.txt``: 'in Agalega', 'to Borneo', 'throughout X'), or of 'of' ('residents of
    Kitgum'), or before a common noun it qualifies ('the Garissa camps', 'X district officials'). A name
    inside a longer name, a list or an apposition is read where that stands ('the Garissa and Wajir camps').
    The one definition read by ``organisations.place_not_body`` and ``not_people``; the callers say how
    strict: given ``of_after``, 'of' says a place only after one of those words ('the capital of X'), and
    given ``before``, only one of those nouns says it ('X province'). An organisation entity needs both ('the
    government of Punjab', 'the Punjab police' are bodies); a one-word person name needs neither (no person
    is 'residents of X' or 'the X camps')."""
    tok = span.root
    while tok.head is not tok and (tok.dep_ in ("compound", "conj", "appos") and tok.head.pos_ == "PROPN"
                                   or tok.dep_ == "conj" and tok.head.i < tok.i):
        tok = tok.head  # 'Wajir' of 'the Garissa and Wajir camps' is read where 'Garissa' stands
    if named_by_place_noun(tok):
        return True  # "Zimbabwe's capital, Harare,", 'one of the islands, Diego Garcia,'
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of":
            # 'of' after a preposition of place or a compass word is one preposition of place ('out of X',
            # 'outside of X', 'north of X'), whatever the caller asks of a plain 'of'
            return of_after is None or prep.head.lower_ in of_after or _place_before_of(prep.head.lower_)
        return prep.lower_ in words("place_prepositions.txt")

    def a_noun(t) -> bool:
        return t.pos_ == "NOUN" if before is None else t.lower_ in before

    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and a_noun(after) or \
        tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and a_noun(tok.head)


def named_by_place_noun(tok) -> bool:
    """Whether a name (its head word) stands in apposition to a word for a kind of place
    (``place_feature_words.txt``): "the country's capital, Harare,", 'the regional capital, X,', 'one of the
    islands, X,' (the noun of an 'of' phrase after 'one', 'the largest'). The text says what the name is:
    a place, whatever the tagger made of it."""
    doc = tok.doc
    if tok.dep_ != "appos" or tok.head is tok:
        # the parser may hang the name elsewhere: read the apposition as written, '<place noun>, <name>,'
        left = tok.left_edge.i  # (the comma before it read off the parse's word array: most names have none)
        return left >= 2 and strings_of(doc, "ORTH")[left - 1] == "," and doc[left - 2].pos_ == "NOUN" and \
            doc[left - 2].lower_ in words("place_feature_words.txt") and \
            (tok.right_edge.i + 1 >= len(doc) or doc[tok.right_edge.i + 1].text in (",", ".", ";"))
    noun = tok.head
    if noun.pos_ in ("NUM", "PRON", "ADJ") or noun.lower_ == "one":  # 'one of the islands', 'the largest of ...'
        noun = next((p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"), noun)
    return noun.pos_ == "NOUN" and noun.lower_ in words("place_feature_words.txt")


def _place_before_of(word: str) -> bool:
    """A word (lower case) that makes 'of' a preposition of place: a preposition of place ('out', 'outside',
    ``place_prepositions.txt``) or a compass word ('north', ``place_compass_words.txt``)."""
    return word in words("place_prepositions.txt") or word in words("place_compass_words.txt")


def _org_words_sector(name: str) -> str | None:

    return actor_words().org_kind(name)[1]


def _capitalised_inside(doc: Document, word: str) -> bool:
    """The article writes ``word`` capitalised after a lower-case word or a comma inside a sentence."""
    text, n = doc.text, len(word)
    i = text.find(word)
    while i >= 0:  # (``(?:[a-z,;]\s+){word}\b`` read by plain string tests: no pattern made of each word)
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if 0 < j < i and ("a" <= text[j - 1] <= "z" or text[j - 1] in ",;") and \
                word_char_at(text, i + n - 1) != word_char_at(text, i + n):
            return True
        i = text.find(word, i + 1)
    return False


# a whole run of four small letters or more at a word's start, by the letter it begins with (26 patterns, made here;
# each opened on its letter with ``opening``, what '(?<![\w-])a[a-z]{3,}' finds: the engine skips to the letter in C)
_LOWER_WORD = {c: re.compile(opening(c, r"[\w-]") + "[a-z]{3,}") for c in "abcdefghijklmnopqrstuvwxyz"}
_LOWER_RUN = re.compile(r"[a-z]+")
_GAP = re.compile(r"[\s-]+")
_JOINT = re.compile(r"(?:of|and)\s+")


def _accented_spellings(text: str, letters: str) -> list[tuple[int, int]]:
    """``_spellings`` of a short form with a letter beyond ASCII ('ÉU'), by its own pattern (rare)."""
    return [m.span() for m in re.finditer(r"(?<![\w-])" + r"[\s-]+(?:(?:of|and)\s+)?".join(
        f"{c.lower()}[a-z]{{3,}}" for c in letters) + r"(?![\w-])", text)]


def _spellings(text: str, letters: str) -> list[tuple[int, int]]:
    r"""Lower-case words of four letters or more whose initials are ``letters`` (in ASCII), 'of' or 'and'
    between, as (start, end) in text order, not overlapping: what ``(?<![\w-])a[a-z]{3,}[\s-]+(?:(?:of|and)
    \s+)?b[a-z]{3,}(?![\w-])`` finds for 'AB', read word by word with fixed patterns (a pattern made of each
    short form would be compiled anew for every one)."""
    lows, found, last = letters.lower(), [], 0
    for m in _LOWER_WORD[lows[0]].finditer(text):
        if m.start() < last:
            continue
        end = m.end()
        for c in lows[1:]:
            gap = _GAP.match(text, end)
            if gap is None:
                break
            at = gap.end()
            if (joint := _JOINT.match(text, at)) is not None:  # (a joining word and its spaces are taken whole)
                at = joint.end()
            run = _LOWER_RUN.match(text, at)
            if run is None or text[at] != c or run.end() - at < 4:
                break
            end = run.end()
        else:
            if not (word_char_at(text, end) or text.startswith("-", end)):
                found.append((m.start(), end))
                last = end
    return found


def spelled_out_as_a_thing(doc: Document, short: str) -> bool:
    """Whether a short form in capitals ('AI', 'EVs', 'AIS') is spelled out in the article as lower-case words
    whose initials it is ('artificial intelligence', 'electric vehicles', 'automatic identification
    system'): a thing or a field, not a body, whose name would be capitalised. The words of the spelling
    are of four letters or more (a joining 'of' or 'and' allowed between them) and none is a function word;
    a short form the knowledge base knows is left alone."""
    letters = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    if knowledge().facts(letters, None) is not None:
        return False
    common = words("english_function_words.txt")
    for start, end in _spellings(doc.text, letters) if letters.isascii() else _accented_spellings(doc.text, letters):
        if not any(x in common for x in _LOWER_RUN.findall(doc.text, start, end) if x not in ("of", "and")):
            return True
    return False
