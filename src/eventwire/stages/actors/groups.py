"""The whole name of a group actor: the words before a group noun that name whose group it is.

spaCy's parse gives a group noun a run of modifiers: "Bosnian state prosecutors", "Central African
Republic officials", "Kenyan border police". The group's name runs left over that run while each word
names something - a proper noun, a country or demonym, a sector word ("government", "army") or a body
word of ``group_name_words.tsv`` ("state", "border", "defense") - and stops at a word that only
describes ("local", "injured", "several"), so "local clan militias" is named "clan militias".
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...document import sentence_of
from ...lexicon import table
from ...lexicon import words as word_list
from .words import ActorWords, norm

_MODIFIER_DEPS = ("amod", "compound", "nmod")
_OWN_ACTORS = ("ORG", "PERSON", "FAC")  # 'White House economic officials': the body is an actor of its own


@lru_cache(maxsize=1)
def _name_words() -> dict[str, str | None]:
    return {r["word"]: r["sector"] or None for r in table("group_name_words.tsv")}


@lru_cache(maxsize=1)
def _officials_of() -> dict[str, str]:
    """A body word -> the sector its officials take where it differs from the word's own ('defense' GOV)."""
    return {r["word"]: r["officials"] for r in table("group_name_words.tsv") if r["officials"]}


def names(tok: Token, w: ActorWords) -> bool:
    """A modifier that names rather than describes."""
    return (tok.pos_ == "PROPN" or tok.lower_ in _name_words() or tok.lower_ in w.group_modifiers
            or bool(w.country_of(tok.text)))


def describes(tok: Token, w: ActorWords) -> bool:
    """A word before a group noun that says how many, which or in what state its members are, not who
    they are: 'remaining', 'other', 'injured', 'captured' (``group_describers.txt``, and participles that
    no naming list holds)."""
    if tok.lower_ in _describers():
        return True  # (also when capitalised at a sentence's start and tagged a proper noun: 'Remaining')
    return tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod" and not names(tok, w)


@lru_cache(maxsize=1)
def _describers() -> frozenset[str]:
    return word_list("group_describers.txt")


def _inside_compound(prev: Token, start: Token) -> bool:
    """A word that opens a noun compound modifying the group noun: 'dog' in 'dog meat sellers', 'social'
    in 'social media users', 'human' in 'human rights activists'. The compound says what the members
    deal in, so all of it is the name. (The small model often hangs every word on the group noun, so the
    compound is read from the words' order: a noun or adjective right before a modifying noun. A word the
    tagger read as a verb but placed as a compound is the noun of the same spelling: 'press' in 'press
    freedom groups', 'trade' in 'trade union leaders'.)"""
    return (start.dep_ == "compound" and start.pos_ == "NOUN"
            and (prev.pos_ in ("NOUN", "ADJ") or prev.pos_ == "VERB" and prev.dep_ == "compound"
                 and prev.tag_ in ("VB", "VBP"))
            and prev.dep_ in ("amod", "compound") and prev.head.i in (start.i, start.head.i))


def quantified(tok: Token) -> bool:
    """A plural measured by a word of ``group_describers.txt`` before it: 'many Nigerians', 'some residents',
    'thousands of Sudanese'; not by a bare number ('three Americans were killed': the dead are counted)."""
    return _counted(tok) or any(c.dep_ in ("amod", "det", "quantmod") and c.lower_ in _describers()
                                for c in tok.lefts)


def generic_subject(tok: Token) -> bool:
    """A bare plural of the public as the subject of its clause, with no word before it that says which or
    how many ('People are discussing it', 'the town or people accepted them'): what people at large do, not a
    group taking part ('many people', 'thousands of people', 'the people of Uganda' are)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ in ("nsubj", "nsubjpass") and not _counted(tok) and not any(
        c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod", "quantmod") for c in tok.lefts) and not any(
        c.dep_ == "prep" for c in tok.rights)


def _counted(tok: Token) -> bool:
    """A noun counted by the word it follows: 'firefighters' in 'hundreds of firefighters', 'dozens of
    journalists', 'thousands of women' (a number, or a count of ``group_describers.txt``)."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i
            and (prep.head.like_num or prep.head.lower_ in _describers()) and prep.head.i == prep.i - 1)


@lru_cache(maxsize=1)
def _acting_prepositions() -> dict[str, str]:
    return {r["preposition"]: r["hangs_on"] for r in table("acting_group_prepositions.tsv")}


def acts(tok: Token) -> bool:
    """Whether a group noun stands where its members act, speak or are acted on (read for the nouns of
    ``group_nouns.tsv`` marked 'acting'): the subject of a verb, not of a predicate noun or adjective
    ('jurors heard', 'firefighters are on the ground'; not 'women are victims'), a verb's object ('told
    jurors'), the agent of a passive, or the object of a preposition of ``acting_group_prepositions.tsv``
    ('talks with envoys', 'measures against women'). A later conjunct stands where the first does ('the
    party and independent observers alleged'), and so does a count of it ('hundreds of firefighters battled').
    """
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i or _counted(first):
        first = first.head.head if _counted(first) else first.head
    if first.i != tok.i and _joined_to_subjects_name(tok, first):
        first = first.head.head  # 'the party of Ana Ruiz and independent observers have alleged': the subject's
    dep, head = first.dep_, first.head
    if dep in ("nsubj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("attr", "acomp") for c in head.children)
    if dep in ("dobj", "dative"):
        return head.pos_ == "VERB"
    if dep == "agent":
        return True
    if dep == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        if by_deed(first):
            return True
        hangs_on = _acting_prepositions().get(head.lower_)
        return hangs_on == "any" or hangs_on == "verb" and head.head.pos_ == "VERB"
    return False


def takes_part(tok: Token) -> bool:
    """Whether a group noun of the public or of states named by no name (``group_nouns.tsv`` marked 'party':
    'people', 'the population', 'nations') stands where its members take part in an event: where ``acts``
    finds them, on a verb that codes an event there (``codes_event``): 'urged people to stay indoors',
    'called on democratic nations to act', 'attacked by armed men', 'Western nations imposed sanctions';
    not 'people say', 'people took to social media', 'many countries face rising prices'."""
    if not acts(tok):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i or _counted(first):
        first = first.head.head if _counted(first) else first.head
    if by_deed(first):
        return True  # 'protests by businesses', 'attacks by armed men': the noun codes the event
    verb = first.head.head if first.dep_ == "pobj" else first.head  # ('called on nations', 'attacked by men')
    if verb.pos_ not in ("VERB", "AUX") or _kind_of_act(verb):
        return False
    if first.dep_ == "nsubj" and _carries_event(verb):  # the subject of what the verb begins or goes on doing:
        # 'thousands of people began protesting', 'residents continued to block the road'
        return codes_event(verb) or any(codes_event(c) for c in verb.children if c.dep_ == "xcomp")
    return codes_event(verb)


def _joined_to_subjects_name(tok: Token, first: Token) -> bool:
    """A plural the parser joined by 'and' to a name inside the 'of' phrase of a subject: 'independent observers'
    in 'the party of Ana Ruiz and independent observers have alleged' (the name ``first`` the object of 'of'
    after the subject's noun). The plural is the subject's conjunct: one person's name and a plural do not make
    the 'of' phrase of one noun that a plural verb agrees with."""
    if tok.tag_ != "NNS" or first.pos_ != "PROPN" or first.ent_type_ != "PERSON" or first.dep_ != "pobj":
        return False
    of = first.head
    if of.lower_ != "of" or of.head.i == of.i:
        return False
    owner = of.head
    verb = owner.head
    return owner.dep_ in ("nsubj", "nsubjpass") and owner.tag_ == "NN" and verb.i != owner.i and (
        verb.tag_ == "VBP" or _plural_auxiliary(verb))


def _plural_auxiliary(verb: Token) -> bool:
    """A verb with a plural auxiliary: 'have alleged', 'are demanding', 'were told'."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "are", "were", "do") for c in verb.children)


def by_deed(tok: Token) -> bool:
    """Whether a noun is the doer of a deed noun named by 'by' right before it: 'protests by businesses', 'raids
    by soldiers', 'criticism by lawmakers' (a noun with a reading of the events stage's ``event_nouns.tsv``, by
    its form or its lemma, that the 'by' phrase hangs on)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or prep.head.i == prep.i or prep.head.pos_ != "NOUN":
        return False
    from ..eventcoding.words import noun_entries  # (the events stage's lexicon: what a noun codes)

    return bool(noun_entries(prep.head))


def _kind_of_act(verb: Token) -> bool:
    """A gerund in a noun's own phrase names a kind of act, not a happening: 'a law against deporting people',
    'a ban on arresting people', 'plans for housing people'."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
        verb.head.head.pos_ in ("NOUN", "PROPN")


def _carries_event(verb: Token) -> bool:
    """A verb that begins, goes on with or carries out what its complement says ('begin', 'continue', 'resume':
    the events stage's light verbs, ``event_status.tsv``), not one that wants or plans it ('want to travel')."""
    from ..eventcoding.words import cues

    return verb.lemma_.lower() in cues("light")


# what a reading of event_verbs.tsv may require that the verb's own words show; other requirements (what is
# said judges, the complement praises, a cue word's kind) are read by the events stage alone
_NOT_REQUIRED = ("notobj", "notsubj", "notaim", "intrans", "exhort")


def codes_event(verb: Token) -> bool:
    """Whether a verb has a reading of ``event_verbs.tsv`` whose requirements on its own words hold, read by
    the events stage's own test of a requirement (``eventcoding.triggers.requirement_holds``): a bare lemma
    ('urge', 'attack'), or one that needs a preposition, particle or object the verb has ('call' with 'on',
    'take' with 'part'). Requirements on what is said or on the verb's other parties (``_NOT_REQUIRED``) are
    the events stage's alone. A verb of saying codes only by what is said ('say': judges), so not here."""
    from ..eventcoding.triggers import requirement_holds
    from ..eventcoding.words import verbs  # (the events stage's lexicon: what a verb codes)

    return any(all(r.partition(":")[0] in _NOT_REQUIRED or r.partition(":")[0] != "judges" and
                   requirement_holds(verb, r) for r in e.requires)
               for e in verbs().get(verb.lemma_.lower(), ()))


@lru_cache(maxsize=1)
def describer_sectors() -> dict[str, str]:
    """A describing word -> the sector it gives a group of the public ('armed men' REB;
    ``group_describer_sectors.tsv``)."""
    return {r["word"]: r["sector"] for r in table("group_describer_sectors.tsv")}


def name_start(head: Token, first: Token, w: ActorWords, text: str) -> Token:
    """The first word of the group's name: ``first`` (the modifier right before ``head``), or further left
    while the word before is a naming modifier inside the same noun phrase, or a word of a noun compound
    that modifies the group noun. ``text``: the article's text."""
    start = joined_modifier(first, head, w) or first  # 'security and defense forces': from the first conjunct,
    while start is not first and start.i > sentence_of(head).start and head.doc[start.i - 1].head.i == start.i \
            and head.doc[start.i - 1].dep_ in ("compound", "amod") and head.doc[start.i - 1].is_lower:
        start = head.doc[start.i - 1]  # with the words of its own compound ('press freedom and rights groups')
    while start.i > sentence_of(head).start:
        prev = head.doc[start.i - 1]
        if _country_misparsed(prev, start, head, w):
            start = prev  # 'said Kenya riot police fired': the country's name the parse made a subject of 'riot'
            continue
        if prev.dep_ not in _MODIFIER_DEPS or not start.i <= prev.head.i <= head.i or prev.ent_type_ in _OWN_ACTORS \
                or not (names(prev, w) or _country_begins(prev, head, w, text)
                        or _inside_compound(prev, start) and not describes(prev, w)
                        and prev.lower_ not in word_list("group_scope_words.txt")):
            break
        start = prev
    word_end = start
    while start.i > sentence_of(head).start:  # a name does not begin inside a hyphenated word: 'anti-Balaka militias'
        prev = head.doc[start.i - 1]
        if prev.whitespace_ or not (prev.text.endswith("-") or start.text.startswith("-")):
            break
        start = prev
    if any(t.like_num for t in head.doc[start.i:word_end.i + 1]):
        return head.doc[word_end.i + 1]  # a measure describes: '15-year-old students' are 'students'
    return start


def _country_misparsed(prev: Token, start: Token, head: Token, w: ActorWords) -> bool:
    """A country's name (not a demonym: 'Kenya', not 'Kenyan') right before the name's first word, that the
    parse hung on a word of the name itself but the reading of it missed: as the subject of 'riot' in 'said
    Kenya riot police fired', or tagged a person's name ('Malawi riot police'). No entity of the tagger's
    runs on past it into the name, so the country names whose group it is."""
    return prev.dep_ in ("nsubj", "dobj", "npadvmod", "compound", "nmod") and start.i <= prev.head.i <= head.i \
        and prev.pos_ == "PROPN" and start.ent_iob_ != "I" and bool(w.country_by_name.get(norm(prev.text))) \
        and not w.demonym_of.get(norm(prev.text))


def joined_modifier(last: Token, head: Token, w: ActorWords) -> Token | None:
    """The first of two words joined by 'and' or 'or' that together modify a group noun, when ``last`` is the
    second: 'security' for 'defense' in 'security and defense forces', 'freedom' for 'rights' in 'press
    freedom and rights groups', 'military' for 'political' in 'military and political leaders'. A reader
    names the group with both ('Chadian security and defense forces'). The first modifies the noun, the
    second is its conjunct right after the 'and'; both are words, neither a country's (countries joined
    stay the states: tests/test_actspan21.py) nor a group noun ('the army and police officers':
    two bodies), the second in lower case. None otherwise."""
    if last.dep_ != "conj" or last.i < 2 or not last.is_lower or not last.is_alpha:
        return None
    first, cc = last.head, head.doc[last.i - 1]
    if first.i != last.i - 2 or cc.dep_ != "cc" or cc.lower_ not in ("and", "or") or first.dep_ not in _MODIFIER_DEPS \
            or first.head.i != head.i or not first.is_alpha \
            or not (first.is_lower or first.i == sentence_of(head).start and first.is_title):
        return None
    if any(w.country_of(t.text) or t.lemma_.lower() in w.group_nouns or t.lower_ in w.group_nouns
           for t in (first, last)):
        return None
    return first


@lru_cache(maxsize=1)
def _kept_describers() -> frozenset[str]:
    return word_list("group_name_kept_describers.txt")


def kept_describers_start(first: Token, head: Token, most: int = 2) -> int:
    """Where a group's name as a reader writes it begins: ``first`` (the first word of the words that say who
    the group is, which key the actor), or up to ``most`` words further left that say its rank, reach or
    newness (``group_name_kept_describers.txt``: 'top', 'senior', 'local', 'new') and modify a word of the
    name: 'local health authorities', 'top foreign policy advisers', 'senior military officers', 'new
    government officials'. Words that count or pick out ('other', 'several', 'remaining') are not kept: 'other
    top officials' is named 'top officials'. A text offset."""
    start = first
    while first.i - start.i < most and start.i > sentence_of(head).start:
        prev = head.doc[start.i - 1]
        if prev.lower_ not in _kept_describers() or prev.dep_ not in ("amod", "compound", "nmod", "advmod") \
                or not start.i <= prev.head.i <= head.i:
            break
        start = prev
    return start.idx


def field_words_before(head: Token, w: ActorWords, most: int = 2) -> Token:
    """The first of the lower-case words right before a group noun that say in which field or branch its
    members work, between the noun and the body they belong to: 'economic' in 'White House economic
    officials', 'trade' in 'EU trade officials', 'foreign policy' in 'Kremlin foreign policy aides'. Each
    modifies a word to its right inside the noun phrase and does not describe or count ('top', 'senior',
    'injured', '15'); at most ``most`` of them. ``head`` itself when there are none."""
    start = head
    while start.i > sentence_of(head).start and head.i - start.i < most:
        prev = head.doc[start.i - 1]
        if not (prev.is_alpha and prev.is_lower and prev.dep_ in _MODIFIER_DEPS and prev.i < prev.head.i <= head.i) \
                or describes(prev, w):
            break
        start = prev
    if start.i == head.i:
        return head
    body_end = head.doc[start.i - 1]  # the body's last word hangs on the same noun phrase: not 'the EU, trade officials'
    return start if body_end.dep_ in _MODIFIER_DEPS and start.i <= body_end.head.i <= head.i else head


def heritage_before(tok: Token, w: ActorWords) -> Token | None:
    """The word of heritage before 'American' in a people's name of two words: 'Asian' in 'Asian American
    students', 'Chinese' in 'Chinese Americans' (heritage_words.txt or a country's demonym, capitalised).
    The people is of the United States: the name takes both words, the country stays the second's."""
    if tok.lower_ not in word_list("heritage_nation_words.txt") or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.whitespace_ and prev.is_alpha and prev.is_title and (
            prev.lower_ in word_list("heritage_words.txt") or w.country_of(prev.text) and prev.lower_ != "american"):
        return prev
    return None


def _country_begins(tok: Token, head: Token, w: ActorWords, text: str) -> bool:
    """A country name of several words begins at ``tok`` and ends before the head: 'Central' in
    'Central African Republic officials', 'South' in 'South Sudanese troops'."""
    m = w.country_re.match(text, tok.idx)
    return bool(m) and tok.idx + len(tok.text) < m.end() <= head.idx


def widening(grouped: list, others: list) -> list:
    """The group mentions that take in a shorter mention and go on ('Somali government soldiers' over
    'Somali government'): they rank before it."""
    return [g for g in grouped if any(g.start <= o.start and o.end <= g.end and (o.start, o.end) != (g.start, g.end)
                                      for o in others)]


def officials_sector(body_name: str, noun_sector: str | None) -> str | None:
    """The sector of officials (a GOV noun: 'officials', 'authorities') of a known body whose name has a word
    of ``group_name_words.tsv`` with an officials' sector: 'Pentagon officials', 'Defense Department
    officials' GOV, though the body itself is coded with the armed forces. None for other nouns and bodies."""
    if noun_sector != "GOV":
        return None
    return next((_officials_of()[x] for x in re.findall(r"[\w-]+", body_name.lower()) if x in _officials_of()), None)


def name_sector(words: list[Token], noun_sector: str, w: ActorWords) -> str:
    """The group's sector: a sector word next to the noun ('government troops'), else a body word that says
    what the group does ('defense chiefs' MIL; of officials, what its officials are: 'defense officials' GOV),
    else the noun's own."""
    if words and words[-1].lower_ in w.group_modifiers:
        if _opposed(words):
            return noun_sector  # 'anti-government protesters' oppose the government: the noun's own sector
        return w.group_modifiers[words[-1].lower_]
    body = next((t.lower_ for t in reversed(words) if _name_words().get(t.lower_)
                 or noun_sector == "GOV" and t.lower_ in _officials_of()), None)  # ('company officials' BUS)
    if body is None:
        return noun_sector
    return _officials_of().get(body, _name_words()[body]) if noun_sector == "GOV" else _name_words()[body]


def _opposed(words: list[Token]) -> bool:
    """Whether the last word before a group noun follows an opposing prefix and a hyphen: 'anti-government'
    (``opposing_prefixes.txt``)."""
    return len(words) >= 3 and words[-2].text == "-" and words[-3].lower_ in word_list("opposing_prefixes.txt")


def group_word_read_as_person(doc, start: int, end: int, w: ActorWords) -> bool:
    """A one-word 'person' the tagger made of a group's name word, capitalised at a sentence's start, before
    the group noun it names: 'Clan' in 'Clan elders said', 'Tribal' in 'Tribal leaders met' (a body word of
    ``group_name_words.tsv`` or a sector word of ``group_modifiers.tsv``, right before a noun of
    ``group_nouns.tsv`` that it modifies). The group is the actor (``mentions.groups``), not a person."""
    word = doc.text[start:end].lower()  # (a pre-test: a span of one token is that token's word, its lower case
    if word not in _name_words() and word not in w.group_modifiers:  # ``lower_``; no span made for the rest)
        return False
    span = doc.nlp.char_span(start, end) if doc.nlp is not None else None
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return (tok.lower_ in _name_words() or tok.lower_ in w.group_modifiers) and tok.i + 1 < len(tok.doc) \
        and tok.head.i == tok.i + 1 and tok.dep_ in _MODIFIER_DEPS and tok.head.lemma_.lower() in w.group_nouns
