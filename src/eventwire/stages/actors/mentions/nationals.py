"""Nationals and peoples: 'three Americans', ethnic peoples, plurals opening a story."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ....document import Document, strings_of, tokens_of
from ....lexicon import singular_forms
from ....lexicon import words as word_list
from ..groups import acts, heritage_before, quantified
from ..entity_table import PLACES, labelled_entities
from ..peoples import faith_plurals, people_plurals, people_word_home
from ..words import ActorWords, norm, speech_lemmas
from .candidates import Candidate, _code


def counted_nationals(doc: Document, w: ActorWords) -> list[Candidate]:
    """A country's people named by the plural of its demonym and measured, where they act or are acted on
    (``acts``): 'many Nigerians are expressing relief', 'thousands of Sudanese began protesting' are a group
    of civilians of that country (CVL), not the state; a bare plural ('Nigerians voted', 'the Afghans') stays
    a naming of the country. Counted by a bare number ('three Americans were killed', 'two Britons were
    detained', 'about 2,000 Greeks marched'), they are a group of that country too, of no sector: the count
    says how many, not who they are (round 23)."""
    assert doc.nlp is not None
    found = []
    lows = doc.token_strings("LOWER")
    for i in doc.token_numbers("LOWER", w.demonym_of):  # (the parse's arrays first: the demonyms, in order)
        low = lows[i]
        if not low.endswith(("s", "ese")):
            continue
        tok = doc.tokens()[i]
        numbered = _numbered(tok)
        if tok.tag_ not in ("NNS", "NNPS") or not (numbered or quantified(tok)) or not acts(tok) or tok.dep_ == "nsubj" and (
                tok.head.lemma_.lower() in speech_lemmas() or any(c.dep_ == "ccomp" for c in tok.head.children)):
            continue  # 'many Kenyans say life is hard', 'most Americans believe that ...': what many say or
            # think is an opinion told, no one's claim
        country = w.demonym_of[low]
        heritage = heritage_before(tok, w)  # 'many Chinese Americans': a people of the US named by its heritage
        start = heritage.idx if heritage is not None else tok.idx
        name = doc.text[start:tok.idx + len(tok.text)]
        sector = None if numbered and not quantified(tok) else "CVL"
        if numbered and not quantified(tok):
            start = numbered.idx  # (the count joins the name: 'Three Americans', one group, not all Americans)
            name = doc.text[start:tok.idx + len(tok.text)]
        found.append(Candidate(start, tok.idx + len(tok.text), "group", f"group:{norm(name)}", name,
                               country, sector, _code(country, sector)))
    return found


def heritage_peoples(doc: Document, w: ActorWords) -> list[Candidate]:
    """A people of the United States named by its heritage and 'Americans' ('Chinese Americans', 'Asian
    Americans', ``groups.heritage_before``) standing as a noun of its own, not before another noun ('Asian
    American students' is ``groups``'s): a group of civilians of the United States (CVL), named with both
    words, never the state the second word alone would name. The article's words are asked first: most
    articles hold no 'Americans'."""
    found = []
    for i in doc.token_numbers("LOWER", _PLURAL_NATION_WORDS):
        tok = doc.tokens()[i]
        heritage = heritage_before(tok, w) if tok.dep_ not in ("compound", "amod", "nmod") else None
        if heritage is None or heritage.dep_ not in ("compound", "amod", "nmod") or heritage.head.i != tok.i:
            continue
        country = w.country_of(tok.text)
        name = doc.text[heritage.idx:tok.idx + len(tok.text)]
        found.append(Candidate(heritage.idx, tok.idx + len(tok.text), "group", f"group:{norm(name)}", name,
                               country, "CVL", _code(country, "CVL")))
    return found


_PLURAL_NATION_WORDS = frozenset(x for x in word_list("heritage_nation_words.txt") if x.endswith("s"))


def _numbered(tok: Token) -> Token | None:
    """The first word of a bare number right before a demonym's plural and counting it ('three' in 'three
    Americans', '2,000' in 'about 2,000 Greeks'), else None. Not a year or an age ('2024 Americans' is no
    count a reader meets; '15-year-old' is read as a measure elsewhere)."""
    nums = [c for c in tok.lefts if c.dep_ == "nummod" and c.like_num and c.i == tok.i - 1]
    if not nums or "-" in nums[0].text or re.fullmatch(r"(?:19|20)\d\d", nums[0].text):
        return None  # ('15-year-old', a year)
    first = nums[0]
    while first.i > 0 and first.doc[first.i - 1].like_num and first.doc[first.i - 1].head.i == first.i:
        first = first.doc[first.i - 1]  # ('two hundred Americans')
    return first


def _people_of_a_country(tok: Token, w: ActorWords) -> tuple[int, str] | None:
    """Where 'people of <country>' ends and the country's code: 'the people of Uganda', 'people of
    Afghanistan' name that country's people as a group of civilians (CVL), kept apart from the state, with
    or without 'the'. Only 'people' itself ('the population of the city' counts inhabitants), and only a
    country's name right after 'of' ('people of Punjabi descent', 'people of the village' are no country's)."""
    if tok.lower_ != "people" or tok.i + 2 >= len(tok.doc) or tok.nbor().lower_ != "of":
        return None
    obj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    words_ = [t for t in tok.doc[tok.i + 2:obj.i + 1] if t.lower_ != "the"]
    if not words_ or words_[0].i != obj.left_edge.i + (obj.left_edge.lower_ == "the"):
        return None
    span = tok.doc[words_[0].i:obj.i + 1]
    code = w.country_by_name.get(norm(span.text))
    return (obj.idx + len(obj.text), code) if code else None


def ethnic_peoples(doc: Document, w: ActorWords) -> list[Candidate]:
    """A people named by its name after 'ethnic', where its members act or are acted on (``acts``): 'militants
    attacked ethnic Hazaras', 'the dam deprived ethnic Uzbeks of land', 'Ethnic Tajiks protested' are a group
    of civilians (CVL) of the people's home state when it has one (``ethnic_homes.tsv``) or of the state its
    name is a demonym of, else placed as the story's other groups are. Not one person ('an ethnic Uyghur'),
    not a count of the dead ('killed six ethnic Pashtuns'), not a people's word before a noun it
    describes ('ethnic Baloch separatists': the separatists are the group). A people's plural alone
    (``peoples.people_plurals``: 'Kurds protested', 'attacks on Hazaras') is such a group too
    (``_a_people_named_alone``), and so is a faith's people named by its plural alone (``peoples.faith_plurals``:
    'Muslims are required to fast', 'gunmen attacked Christians'), of no home state."""
    assert doc.nlp is not None
    found = []
    for i in doc.token_numbers("LOWER", ("ethnic",), lower=True):
        tok = doc.tokens()[i]
        head = tok.head
        if tok.dep_ != "amod" or head.i != tok.i + 1 or not head.text[:1].isupper() or not head.is_alpha \
                or head.pos_ not in ("PROPN", "NOUN") or _ONE_OF_A_PEOPLE.search(doc.text[max(0, tok.idx - 8):tok.idx]):
            continue
        if any(c.dep_ == "nummod" or c.like_num for c in head.lefts) or not acts(head):
            continue
        end = head.idx + len(head.text)
        name = doc.text[tok.idx:end]
        country = people_word_home(head.text) or w.demonym_of.get(norm(head.text))
        found.append(Candidate(tok.idx, end, "group", f"group:{norm(name)}", name, country, "CVL",
                               _code(country, "CVL")))
    taken = {c.end for c in found}
    for i in doc.token_numbers("LOWER", people_plurals() | faith_plurals(), lower=True):
        tok = doc.tokens()[i]
        end = tok.idx + len(tok.text)
        if end in taken or not _a_people_named_alone(tok) or tok.lower_ in faith_plurals() and _a_share(tok):
            continue
        country = people_word_home(tok.text)
        found.append(Candidate(tok.idx, end, "group", f"group:{norm(tok.text)}", tok.text, country, "CVL",
                               _code(country, "CVL")))
        taken.add(end)
    return found + [c for c in place_peoples(doc, w) if c.end not in taken]


def _a_share(tok: Token) -> bool:
    """A people counted as a share of a population, not acting: the subject (or a conjunct of it) of a verb whose
    object is a number or a percentage ('Christians make up 10%', 'Hindus number about 2 million')."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "nsubj":
        return False
    return any(c.dep_ in ("dobj", "attr", "npadvmod", "prt") and any(t.like_num or t.text in ("%", "percent")
                                                                     for t in c.subtree)
               for c in first.head.children)


def place_peoples(doc: Document, w: ActorWords) -> list[Candidate]:
    """A place's people named by the place's name and an ending of ``place_people_endings.txt``, where the
    story names the place too and the people act or are acted on (``_a_people_named_alone``): 'Houstonians
    lined up' beside 'Houston', 'many Chagossians settled in Mauritius' beside 'the Chagos Islands', 'Asian
    American Houstonians' (named with its heritage, ``heritage_before``). A group of civilians (CVL), of the
    country the place's name is a country's name or demonym of, else placed as the story's other groups are.
    Not a country's people named by its demonym ('Nigerians': ``counted_nationals`` and the country's own
    mentions read those), nor a group noun ('Villagers'), nor a word the story does not name a place by
    ('Reuters', 'Republicans' beside 'Central African Republic': the place word must open a place's name)."""
    assert doc.nlp is not None
    places = _place_first_words(doc)
    if not places:
        return []
    found = []
    tags, texts, tokens = strings_of(doc.nlp, "TAG"), strings_of(doc.nlp, "ORTH"), tokens_of(doc.nlp)
    for i, tag in enumerate(tags):  # (the parse's arrays first: a Token only for a long plural)
        if tag not in ("NNS", "NNPS") or len(texts[i]) < 7:
            continue
        tok = tokens[i]
        if not tok.is_title or not tok.is_alpha:
            continue
        low = tok.lower_
        if low in w.demonym_of or any(f in w.group_nouns for f in singular_forms(low)) or \
                low in people_plurals() or not _a_people_named_alone(tok, _ONE_WORD_PERSON):
            continue  # (the tagger may take such a plural, alone, for a person: 'thanked Berliners')
        place = _place_of(tok.text, places)
        if place is None:
            continue
        first = tok
        while first.i > 0 and doc.nlp[first.i - 1].is_title and doc.nlp[first.i - 1].dep_ == "compound" and \
                doc.nlp[first.i - 1].head.i == tok.i and not doc.nlp[first.i - 1].is_sent_start:
            first = doc.nlp[first.i - 1]  # ('Hong Kongers' as two words)
        name = doc.text[first.idx:tok.idx + len(tok.text)]
        if w.country_of(name):
            continue  # a country's demonym written in two words ('South Koreans', 'Hong Kongers')
        heritage = heritage_before(first, w)
        start = heritage.idx if heritage is not None else first.idx
        name = doc.text[start:tok.idx + len(tok.text)]
        country = w.country_of(place)
        found.append(Candidate(start, tok.idx + len(tok.text), "group", f"group:{norm(name)}", name, country, "CVL",
                               _code(country, "CVL")))
    return found


def _place_first_words(doc: Document) -> dict[str, str]:
    """{first word: the whole name} of the places the tagger names in a story (entities GPE, LOC, FAC; an
    article before the name left out: 'the Chagos Islands'). Not a region wider than one country ('Europe',
    'Africa': ``region_and_world_words.txt``): 'Europeans' are a continent's people, no party a coder names."""
    found = {}
    wide = word_list("region_and_world_words.txt")
    texts, tokens = strings_of(doc.nlp, "ORTH"), tokens_of(doc.nlp)
    for ent in labelled_entities(doc, PLACES):  # (the parse's word array: no Token made but the first word's)
        first = next((i for i in range(ent.start, ent.end) if texts[i].lower() != "the"), None)
        if first is not None and texts[first].istitle() and texts[first].lower() not in wide:
            found.setdefault(texts[first], doc.text[tokens[first].idx:ent.end_char])
    return found


def _place_of(word: str, places: dict[str, str]) -> str | None:
    """The place name whose first word a people's plural is made from: 'Houstonians' <- 'Houston',
    'Chagossians' <- 'Chagos' (the place's last letter doubled), 'Londoners' <- 'London'; None when no ending
    of ``place_people_endings.txt`` leaves a place's first word of four letters or more."""
    for ending in sorted(word_list("place_people_endings.txt"), key=len, reverse=True):
        if not word.lower().endswith(ending):
            continue  # (every ending the word has is tried, the longest first: 'Houstonians' cuts 'ians')
        stem = word[:-len(ending)]
        for base in (stem, stem[:-1] if len(stem) > 1 and stem[-1] == stem[-2] else None):
            if base and len(base) >= 4 and base in places and base != word:
                return places[base]
    return None


_ONE_WORD_PERSON = ("PERSON",)


def _a_people_named_alone(tok: Token, also: tuple[str, ...] = ()) -> bool:
    """A people named by its plural alone, capitalised, where its members act or are acted on (``acts``):
    'Kurds in northern Syria protested', 'gunmen attacked Hazaras', 'thousands of Rohingya fled'; not a
    people's word before a noun it describes ('Tuareg rebels', 'the Kurds' leaders': the group is the noun's),
    nor the dead counted by a number ('killed six Pashtuns'). A word the tagger made part of another entity (a
    person, an organisation) is read as that entity's mention: the organisation stage names it, but for an
    entity of a type in ``also`` that is this one word."""
    one_word = tok.ent_type_ in also and tok.ent_iob_ == "B" and (
        tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")  # (an entity of ``also`` of this word alone)
    if not tok.text[:1].isupper() or tok.ent_type_ not in ("", "NORP") and not one_word or tok.dep_ in ("amod", "compound", "nmod", "poss") or \
            tok.i + 1 < len(tok.doc) and tok.nbor().tag_ == "POS":
        return False
    return not any(c.dep_ == "nummod" or c.like_num for c in tok.lefts) and acts(tok)


_ONE_OF_A_PEOPLE = re.compile(r"\b(?:an?|one)\s+$", re.I)


def opening_plurals(doc: Document, w: ActorWords):
    """{token index: singular} of the capitalised plurals of group nouns that open a sentence, a quotation or
    a line and that the tagger took for proper nouns of no entity ('Rebels in X said', 'Protesters blocked',
    'Militants attacked'): the capital comes from where the word stands, and the word is the group noun."""
    assert doc.nlp is not None
    kept = doc.cached("mentions.opening_plurals")  # (read by each pass of the group finder)
    if kept is not None:
        return kept
    found = {}
    tokens = doc.tokens()
    lowers = doc.token_strings("LOWER")
    for i, pos in enumerate(doc.token_strings("POS")):
        if pos != "PROPN" or not lowers[i].endswith("s"):
            continue  # (the cheap tests on the parse's arrays first: a Token per word is slow)
        tok = tokens[i]
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha:
            continue
        prev = doc.nlp[tok.i - 1] if tok.i > 0 else None
        if not (tok.is_sent_start or prev is None or prev.is_quote or prev.is_space or prev.text in ("—", "(", ":")):
            continue
        nxt = doc.nlp[tok.i + 1] if tok.i + 1 < len(doc.nlp) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            continue  # 'Reporters Without Borders', 'Doctors Without Borders': a body's name
        singular = next((x for x in sorted(singular_forms(tok.lower_)) if x != tok.lower_ and x in w.group_nouns), None)
        if singular is not None:
            found[tok.i] = singular
    return doc.cached("mentions.opening_plurals", found)
