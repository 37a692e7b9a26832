"""Names the tagger took for people's that name things or places: 'Patriot missiles', 'JFK airport',
'Nsanje and Phalombe districts', 'the ship-tracking website X', 'Castlefrank Road', the book "X",
'COVID-19', '#Ghazni'. Their candidates are dropped before actors are built, so that no pronoun, event
or quote attaches to them.

A name of one word is also read against world knowledge (``_one_word_no_person``): a name with an article of
its own ('the Kantei', 'played the Joker'); a place of note the gazetteer knows, said as a place ('in
Agalega', 'the Garissa camps', 'the regional Lazio health board'); an everyday English word (WordNet) that
does nothing a person does in the story ('Chrome', 'statues of Zeus', 'during Hajj'). A word
that is a known person's first or last name (``_person_name_words``) is never read so ('Jordan',
'Florence', 'Georgia', 'Chelsea': people too), nor is a name that speaks or is described ('Baker said',
'her sister Rose').

A name of several words that the gazetteer knows whole as a place of note ('Diego Garcia', 'Da Nang':
its words are people's names too) is dropped when one of its mentions is said as a place and none does
what a person does (``_place_of_several_words``).

A person candidate group (one key) is dropped only when every one of its name mentions reads as a thing
or a place, when nothing gave it a title or role, nor a country but near a name said only as a place ('from
Hong Kong to X' gives X no nationality), and when the name is no known person's
(``people.tsv``) nor a word of another person's name in the story ('Warhol' after 'Andy Warhol')."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ...document import Document
from ...lexicon import singular_forms, table, words
from .knowledge import dated_names
from .mentions import Candidate
from .words import CLOSE_QUOTES, OPEN_QUOTES, PERSON_PRONOUNS, ActorWords, norm, speech_lemmas

_CREDIT = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(w.title() for w in words('credit_labels.txt')))})s?\s*:\s*$")


def _thing_nouns() -> frozenset[str]:
    return words("not_person_nouns.txt")


def _reads_as_thing(doc: Document, span: Span) -> bool:
    """Whether one mention of a name reads as a thing's or a place's (see the module's docstring)."""
    nouns = _thing_nouns()
    text = doc.text
    before = text[max(0, span.start_char - 1):span.start_char]
    after = text[span.end_char:span.end_char + 1]
    if before == "#":
        return True  # a hashtag
    if _CREDIT.search(text[max(0, span.start_char - 40):span.start_char]):
        return True  # a picture's credit ('Image: Jane Doe.'): who took it, no one the story tells of
    if before and before in OPEN_QUOTES and after and after in CLOSE_QUOTES and span[0].i > 0 and \
            span[0].nbor(-1).is_quote:
        return True  # a title in quotation marks: the book "X"
    if any(ch.isdigit() for ch in span.text):
        return True  # 'COVID-19': no person's name holds a digit
    if not any(ch.isupper() for ch in span.text):
        return True  # 'don', 'vehicle miles': a name has a capital ('al-Sharaa', 'de Klerk' too)
    last = span[-1]
    if len(span) > 1 and last.text[:1].isupper() \
            and not words("not_person_name_ends.txt").isdisjoint(singular_forms(last.lower_)):
        return True  # 'Castlefrank Road', 'Art Gallery' (not 'Rosa Parks', 'Jane Street': surnames too)
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ == "NOUN" and \
            not nouns.isdisjoint(singular_forms(root.head.lower_)):
        return True  # 'Patriot missiles', 'JFK airport', 'Phalombe districts'
    if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod") and root.head.head.pos_ == "NOUN" and \
            not nouns.isdisjoint(singular_forms(root.head.head.lower_)):
        return True  # 'Nsanje and Phalombe districts'
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "ADJ") and prev.text.islower() \
            and not nouns.isdisjoint(singular_forms(prev.lower_)):
        return True  # 'the ship-tracking website X' however parsed
    for tok in span.doc[max(0, span.start - 3):span.start]:
        if tok.pos_ == "NOUN" and tok.head.i in range(span.start, span.end) and tok.dep_ in ("compound", "nmod", "appos") \
                and not nouns.isdisjoint(singular_forms(tok.lower_)):
            return True  # 'the ship-tracking website X', 'the novel X'
    return False


_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_FEATURES = frozenset({"country", "admin", "region", "landmark", "water"})  # places of note of any size


@lru_cache(maxsize=1)
def _person_name_words() -> frozenset[str]:
    """The first and last words of known people's names (or the one word of a name like 'Suharto'), lower
    case: the knowledge base's people (its rows with a dated office: a few bodies too, whose one-word
    names are no person's anyway) and ``people.tsv``. A one-word name among them may be a person's
    whatever else it names ('Jordan', 'Florence', 'Georgia', 'Chelsea', 'Arafat', 'Safari')."""
    found: set[str] = set()
    for name in dated_names():
        parts = name.split()
        if 1 <= len(parts) <= 4:  # ('Suharto': a person known by one name)
            found.update((parts[0].lower(), parts[-1].lower()))
    for row in table("people.tsv"):
        parts = row["name"].split()
        if parts:
            found.update((parts[0].lower(), parts[-1].lower()))
    return frozenset(found)


def _acts_as_person(root: Token) -> bool:
    """Whether a name's word does what a person does in its sentence: says something ('Baker said'), is
    described in apposition ('her sister Rose', 'Tembo, a doctor'; not 'the capital, X,', a place), or is given
    an age ('Tembo, 41,')."""
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in speech_lemmas():
        return True
    from .not_bodies import named_by_place_noun

    if root.dep_ == "appos" and not named_by_place_noun(root) or any(c.dep_ == "appos" for c in root.children):
        return True  # (not "the regional capital, X,": an apposition naming a kind of place describes no one)
    doc = root.doc
    return root.i + 2 < len(doc) and doc[root.i + 1].text == "," and doc[root.i + 2].like_num


def _pronoun_follows(root: Token) -> bool:
    """Whether an everyday word as a name acts as a person's would: it is a subject or an owner ('Drake
    performed', "Madonna's tour": one-word stage names are people), or, standing anywhere else (a verb's
    object, a preposition's), a person's pronoun follows it within 60 words, in its sentence or the next
    ('Reporters asked Cherry about it, and she declined'); a word that qualifies a noun ('the Cherry orchard')
    is read by its noun."""
    if root.dep_ in ("nsubj", "poss"):
        return True
    if root.dep_ in ("compound", "nmod", "amod"):
        return False
    return _person_pronoun_after(root)


def _person_pronoun_after(root: Token) -> bool:
    """A person's pronoun stands within 60 words after the name, in its sentence or the next."""
    starts = 0
    for tok in root.doc[root.i + 1:root.i + 60]:
        if tok.lower_ in PERSON_PRONOUNS:
            return True
        if tok.is_sent_start:
            starts += 1
            if starts == 2:
                break
    return False


def _place_of_several_words(name: str, spans: list[Span | None]) -> bool:
    """Whether a name of several words (no known person's: the caller has asked) is a place of note the
    gazetteer knows by that whole name (an island, a region, a town of note: 'Diego Garcia', 'Da Nang'),
    said as a place at one of its mentions ('flew to Tierra del Fuego', 'resorts such as Ha Long Bay') and doing what a
    person does at none ('Garcia said', 'Diego Garcia, 41,'). Its words may be people's names: the whole
    is read, not its words."""
    from .not_bodies import place_of_note, said_as_place

    if not all(s is not None and len(s) for s in spans) or any(_acts_as_person(s.root) for s in spans):
        return False
    return any(said_as_place(s) for s in spans) and place_of_note(name, _PLACE_FEATURES)


def _one_word_no_person(span: Span) -> bool:
    """Whether one mention of a one-word name (no known person's, see ``_person_name_words``) reads as
    no person's: it has an article of its own and no adjective ('the Kantei'; not 'the late X'), or, when
    it does nothing a person does, it names a place of note said as a place ('residents of Kitgum') or a
    province, region or city a reader knows that no person's pronoun follows ('Shelling hit Kharkiv'), or
    it is an everyday English word that no person's pronoun follows ('Chrome', 'during Hajj')."""
    from .not_bodies import everyday_word, place_of_note, province_or_city, said_as_place

    root = span.root
    if any(c.dep_ == "det" and c.lower_ in _ARTICLES and c.i < root.i for c in root.children) and \
            root.dep_ not in ("compound", "nmod", "poss") and not any(c.dep_ == "amod" for c in root.children):
        return True
    if _acts_as_person(root):
        return False
    if said_as_place(span) and place_of_note(span.text, _PLACE_FEATURES):  # a country, region, island, sea, town
        return True
    if province_or_city(span.text) and not _person_pronoun_after(root):
        return True  # 'Shelling hit Kharkiv', 'Kherson was retaken', "Tigray's leaders": wherever it stands
    return everyday_word(root.text) and not _pronoun_follows(root)


def drop_things(doc: Document, cands: list[Candidate], w: ActorWords) -> list[Candidate]:
    """``cands`` without the person candidates whose every mention names a thing or a place."""
    from .not_bodies import said_as_place

    assert doc.nlp is not None
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.kind == "person" and c.key.startswith("person:"):
            groups.setdefault(c.key, []).append(c)
    if not groups:
        return cands
    name_words = {t.lower() for key, members in groups.items() if len(members[0].tokens) >= 2
                  for m in members for t in m.tokens}
    dropped: set[str] = set()
    for key, members in groups.items():
        if any(m.role for m in members):
            continue  # a title says a person
        name = max((m.name for m in members), key=len)
        if norm(name) in w.people or len(name.split()) == 1 and name in w.person_by_surname:
            continue
        if len(name.split()) == 1 and name.lower() in name_words:
            continue  # a word of a longer name in the story
        spans = [doc.char_span(m.start, m.end) for m in members]
        if len(name.split()) >= 2 and _place_of_several_words(name, spans):
            dropped.add(key)  # 'flew to Tierra del Fuego', 'resorts such as Ha Long Bay'
            continue
        if any(m.country for m in members) and not all(s is not None and len(s) and said_as_place(s) for s in spans):
            continue  # a nationality says a person (a country read near a name said only as a place, 'from Hong
            # Kong to X', says none)
        one_word = len(name.split()) == 1 and name[:1].isupper() and name.lower() not in _person_name_words()
        if all(s is not None and len(s) and (_reads_as_thing(doc, s) or one_word and len(s) == 1 and
                                             _one_word_no_person(s)) for s in spans):
            dropped.add(key)
    return [c for c in cands if c.key not in dropped] if dropped else cands
