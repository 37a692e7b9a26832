"""Entity repair: mending the spans spaCy's small model gives names, before they become mentions.

- a person's name cut inside a name particle ("Ursula von der" + "Leyen", "Ursula Von" + "der Leyen") runs
  on to the capitalised word after the particles;
- a given name the tagger left out ("Anders" + "Fogh Rasmussen") is taken in when it is an untagged proper
  noun that is no title, role, country or everyday word;
- words fused to the front of a person's name that are not the name: a country or demonym ("Myanmar
  Andrew Kirkwood" after "Resident Coordinator for"), a title or its abbreviation ("DP Rigathi Gachagua",
  "Judge Joan Donoghue") — they stay in the text as the title the name's context is read from;
- an organisation span whose words are an abbreviated title and a person's name ("DP Rigathi
  Gachagua") is a person;
- name edges (round 14): an office's portfolio run into its holder's name ('Minister of Defense' + 'Petra
  Vogel'), an entity running over a bracket it never closes, a demonym the tagger split off a body's name,
  a lower-case body's name cut at 'and', a country's name hyphenated into a body's ('Guinea-Lanta'), a
  person named by initials ('WB Yeats'), and bodies named after a state's official name ('Islamic
  Republic of Iran Shipping Lines').
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span

from ... import datelines
from ...document import _sentence_table, flags_of, sentence_of, span_text, strings_of, tokens_of
from ...lexicon import table, words
from ...lookahead import led
from .words import ActorWords, first_word_matches, first_words, norm


def _particles() -> frozenset[str]:
    return words("name_particles.txt")


def _title_abbreviations() -> frozenset[str]:
    return words("title_abbreviations.txt")


def particles_before(text: str, start: int) -> int:
    """Where a surname's name particles begin: 'Van der Berg' -> the offset of 'Van'."""
    while True:
        m = re.search(r"([A-Za-z]+) $", text[max(0, start - 12):start])
        if not m or m.group(1).lower() not in _particles():
            return start
        start -= len(m.group(1)) + 1


def extend_particles(span: Span) -> Span:
    """'Ursula von der' -> 'Ursula von der Leyen': a name does not end on a particle."""
    doc, end = span.doc, span.end  # (the words read off the parse's arrays: no Token made to ask)
    lows, texts, punct = strings_of(doc, "LOWER"), strings_of(doc, "ORTH"), flags_of(doc, "IS_PUNCT")
    while end < len(doc) and lows[end - 1] in _particles() and not punct[end] and \
            (texts[end][:1].isupper() or lows[end] in _particles()):
        end += 1  # 'Ursula Von' + 'der' + 'Leyen'
    return doc[span.start:end] if end != span.end else span


def leading_title_words(span: Span, w: ActorWords) -> int:
    """How many words at the front of a person span are a country, demonym, role or title abbreviation."""
    n = 0
    while n < len(span) - 1:
        tok = span[n]
        if w.country_of(tok.text) and not w.demonym_of.get(norm(tok.text)) and \
                not any(_title_word(t, w) for t in span[n + 1:]):
            break  # a country's name before a bare name is a given name: 'Chad Wilson', 'Georgia Smith'
        if _title_word(tok, w):
            n += 1
            continue
        break
    return n


def _title_word(tok, w: ActorWords) -> bool:
    """A country, demonym, role or title abbreviation."""
    return bool(w.country_of(tok.text) or tok.lower_ in w.roles or tok.text.rstrip(".").lower() in _title_abbreviations())


def _given_name(tok, w: ActorWords) -> bool:
    """A capitalised proper noun the tagger left out in front of a name ('Palwende' + 'Boua'): untagged,
    and not a title, role, country, demonym or everyday word."""
    text = tok.text
    return (tok.pos_ == "PROPN" and tok.ent_type_ == "" and text.isalpha() and text[:1].isupper()
            and not text.isupper() and tok.lower_ not in _function_words() and tok.lower_ not in w.roles
            and text.rstrip(".").lower() not in _title_abbreviations() and not w.country_of(text))


def _initials(tok, name, w: ActorWords) -> bool:
    """A person's initials written together in capitals right before a surname the tagger read alone ('AS' +
    'Moyo', 'JT' + 'Okafor'): two or three capital letters, a proper noun compounded on the name, no entity and
    no title abbreviation ('PM', 'MP'), role, country ('US', 'UK') or body's name or acronym ('UN', 'EU')."""
    text = tok.text
    return (2 <= len(text) <= 3 and text.isalpha() and text.isupper() and tok.pos_ == "PROPN" and tok.ent_type_ == ""
            and tok.dep_ == "compound" and tok.head.i == name.i and tok.whitespace_ != ""
            and text.lower() not in _title_abbreviations() and text.lower() not in w.roles and not w.country_of(text)
            and w.org_kind(text)[1] is None)


def _function_words() -> frozenset[str]:
    return words("english_function_words.txt")


def repair_person(span: Span, w: ActorWords) -> Span | None:
    """The name inside a PERSON span: particles completed, a given name the tagger left out taken in,
    fused title words dropped (at least two words must stay when anything is dropped, so 'President
    Putin' keeps 'Putin' only through its context)."""
    span = extend_particles(span)
    # (the sentence of each word and its lower case read off the parse's tables: no Token made to ask)
    doc, sentence = span.doc, _sentence_table(span.doc)[2]
    if span.start > 0 and len(span) <= 2 and sentence[span.start - 1] == sentence[span.start] and \
            _given_name(doc[span.start - 1], w):
        span = doc[span.start - 1:span.end]  # 'Anders' + 'Fogh Rasmussen'
    elif span.start > 0 and len(span) == 1 and sentence[span.start - 1] == sentence[span.start] and \
            _initials(doc[span.start - 1], span[0], w):
        span = doc[span.start - 1:span.end]  # 'AS' + 'Moyo': initials in capitals before a surname
    elif _given_name_cut(span, w) or _cut_after_title(span, w):
        span = doc[span.start:span.end + 1]  # 'Yoon Suk' + 'Yeol'; 'Governor Chukwuma' + 'Obi'
    start, lows = span.start, strings_of(doc, "LOWER")
    while start > 0 and lows[start - 1] in _particles() and sentence[start - 1] == sentence[span.start]:
        start -= 1  # 'Van der' + 'Berg'
    span = Span(span.doc, start, span.end)  # (0 <= start <= end: Span() skips doc[a:b]'s bounds check in Python)
    if len(span) >= 3 and _affiliation_word(span[0].text) and all(t.text[:1].isupper() for t in span[1:]):
        span = span.doc[span.start + 1:span.end]  # 'Rastafarian Ana Banda', 'Nonpartisan Paul Lee'
    cut = leading_title_words(span, w) or portfolio_words(span, w)
    if cut and norm(span_text(span)) in w.people:
        cut = 0  # a whole name people.tsv knows keeps a first word that is also a title's ('Gen Nakatani')
    if cut:
        rest = span.doc[span.start + cut:span.end]
        if len(rest) >= 1 and rest[0].text[:1].isupper():
            return rest
    return span


def _given_name_cut(span: Span, w: ActorWords) -> bool:
    """A name written family name first, its given name in two words ('Yoon Suk Yeol', 'Han Duck Soo'), cut
    after the first of them: two words, the first a family name of the traditions that write it first
    (``family_name_first.txt``), the second one syllable of letters, and the word after an untagged
    proper noun of the same sentence (``_given_name``) that no capitalised word follows."""
    doc, end = span.doc, span.end
    if len(span) != 2 or end >= len(doc) or span[0].lower_ not in words("family_name_first.txt") or \
            not span[1].text.isalpha() or len(span[1].text) > 5:
        return False
    nxt = doc[end]
    return sentence_of(nxt) == sentence_of(span) and _given_name(nxt, w) and len(nxt.text) <= 5 and not (
        end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and nxt.whitespace_)


def _cut_after_title(span: Span, w: ActorWords) -> bool:
    """A name after a capitalised title the tagger cut after its first word ('Governor Chukwuma' + 'Obi
    opened'): one word, a capitalised role of roles.tsv right before it, the word after an untagged proper
    noun of the same sentence (``_given_name``) naming no body, and no capitalised word after that."""
    doc, start, end = span.doc, span.start, span.end
    if len(span) != 1 or start == 0 or end >= len(doc) or not doc[start - 1].text[:1].isupper() or \
            doc[start - 1].lower_ not in w.roles:
        return False
    nxt = doc[end]
    return sentence_of(nxt) == sentence_of(span) and _given_name(nxt, w) and not w.names_a_body(nxt.text) and \
        not (end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and nxt.whitespace_)


_PORTFOLIO_LINKS = frozenset({"of", "for"})


def portfolio_words(span: Span, w: ActorWords) -> int:
    """How many words at the front of a person span end the portfolio of the office named before it: the
    tagger runs an office's 'of'/'for' phrase into the holder's name ('Minister of Defense' + 'Petra
    Vogel' read as 'Defense Petra Vogel', 'Minister of the Armed' + 'Forces Anne Martin', 'Commissioner for
    Trade' + 'Luis Ortega'). Read only where the span's last words name no body (org_words.tsv), where a role word (roles.tsv) stands before 'of'/'for' and capitalised
    words run from there to the span in one sentence. The words cut, with those between 'of' and the span,
    are a department's field ('Defense', 'Foreign Affairs'; agent_sectors.tsv) or a body's name by its words
    ('Armed Forces'; org_words.tsv), leaving at least the last two words with the name particles and an
    initial before them ('Ursula von der Leyen', 'Lloyd J. Austin'): a name after the whole portfolio stays
    whole ('Foreign Affairs' + 'Faisal bin Farhan Al Saud')."""
    if len(span) < 3 or w.names_a_body(span[-2:].text):
        return 0  # 'president of' + 'Wan Guo Trading Company': a body
    doc, sent = span.doc, sentence_of(span)
    i = span.start - 1
    while i > sent.start and (doc[i].lower_ in ("the", "and", "&") or doc[i].text[:1].isupper() and doc[i].is_alpha) \
            and doc[i].lower_ not in w.roles and doc[i].lower_ not in _PORTFOLIO_LINKS:
        i -= 1
    if i <= sent.start or doc[i].lower_ not in _PORTFOLIO_LINKS or not _role_ends_at(doc, i - 1, w):
        return 0
    from .coref.heads import department_word

    keep = 2
    while keep < len(span) and (span[-keep - 1].lower_ in _particles() or _initial(span[-keep])):
        keep += 1  # 'von der' + 'Leyen'; 'Lloyd' + 'J.' + 'Austin'
    if keep < len(span) and _initial(span[-keep]):
        keep += 1
    at = i + 1 + (doc[i + 1].lower_ == "the")
    for cut in range(len(span) - keep, 0, -1):
        phrase = doc[at:span.start + cut].text
        if department_word(phrase) or w.names_a_body(phrase):
            return cut  # 'Defense', 'Foreign Affairs', 'the Armed' + 'Forces'
    return 0


def _initial(tok) -> bool:
    """A single capital letter with or without its dot ('J.', 'J')."""
    return len(tok.text.rstrip(".")) == 1 and tok.text[:1].isupper()


def _role_ends_at(doc, i: int, w: ActorWords) -> bool:
    """A role word (roles.tsv: 'minister', 'secretary', 'commissioner') ends at token ``i``."""
    return i >= 0 and (doc[i].lower_ in w.roles or doc[i].lemma_.lower() in w.roles)


def _affiliation_word(text: str) -> bool:
    """A word for a person's party, camp or faith: 'Republican', 'Scientologist', 'Rastafarian', 'Nonpartisan'
    (affiliation_words.txt, and words ending in -ist, -arian or -isan)."""
    low = text.lower()
    return text[:1].isupper() and text.isalpha() and (
        len(low) > 5 and low.endswith(("ist", "arian", "isan")) or low in words("affiliation_words.txt"))


def title_and_person(span: Span, w: ActorWords) -> Span | None:
    """'DP Rigathi Gachagua' tagged as an organisation: the name after a leading title abbreviation or role."""
    cut = leading_title_words(span, w)
    if not cut or not any(t.text.rstrip(".").lower() in _title_abbreviations() for t in span[:cut]):
        return None  # only an abbreviated title: 'General Statistics Office' is an office
    rest = span.doc[span.start + cut:span.end]
    names = [t for t in rest if t.text[:1].isupper() and t.is_alpha]
    if 2 <= len(rest) <= 4 and len(names) == len(rest) and not any(w.country_of(t.text) for t in rest) \
            and w.org_kind(rest.text) == ("organization", None) and not w.role_in(rest.text):
        return rest
    return None


def body_and_person(span: Span, w: ActorWords) -> tuple[Span, Span] | None:
    """A body's name and a person's run together by the tagger after a title that names the body: 'a former
    member of Peru's Congress of the Republic Luis Marin', 'the director of the local chapter of the Council
    on Civic Rights Ana Lopes said', 'deputy minister for the Ministry of Culture, Omar Haqmal, told': (the
    body, the person). Read only where the span is the object of 'of' or 'for' after a role or member noun
    (roles.tsv, member_nouns.txt; across 'the X chapter of'), the body's part names a body by its words
    (org_words.tsv) and the person's part is the two words at the end (singular proper nouns, none a body
    word, role, country or joining word) or the two to four set off by a comma."""
    doc = span.doc
    if len(span) < 4 or span.start < 2:
        return None
    i = span.start - 1
    while i > span.start - 4 and i > 0 and (doc[i].lower_ in ("the", "'s", "’s") or doc[i].ent_type_ == "GPE"):
        i -= 1  # 'of the', "of Haiti's"
    if doc[i].lower_ not in ("of", "for") or not _role_before(doc, i, w):
        return None
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is not None:  # 'the Ministry of Culture, Zia-ul Haq Haqmal'
        head, tail = doc[span.start:comma], doc[comma + 1:span.end]
    else:  # two singular proper nouns at the end: 'Congress of the Republic Luis Marin'
        head, tail = doc[span.start:span.end - 2], doc[span.end - 2:span.end]
        if not all(t.tag_ == "NNP" for t in tail) or doc[span.end - 3].tag_ == "NNP":
            return None  # (a third proper noun before them: the name may be longer, or the body's)
    words_ = tail.text.split()
    if len(head) < 2 or not 2 <= len(words_) <= 4 or not all(
            x[:1].isupper() and x.replace("-", "").isalpha() and not x.isupper() and x.lower() not in _JOINERS
            and x.lower() not in w.roles and not w.country_of(x) for x in words_):
        return None
    if w.names_a_body(tail.text) or not w.names_a_body(head.text):
        return None
    return head, tail


def _role_before(doc, i: int, w: ActorWords) -> bool:
    """A role or member noun ends the words before ``i`` ('member of', 'director of the Dallas chapter of')."""
    sent_start = sentence_of(doc[i]).start
    for j in range(i - 1, max(sent_start, i - 7) - 1, -1):
        tok = doc[j]
        if tok.lower_ in w.roles or tok.lemma_.lower() in w.member_nouns:
            return True
        if tok.pos_ not in ("NOUN", "PROPN", "DET", "ADP", "ADJ"):
            return False
    return False


_JOINERS = frozenset({"of", "and", "for", "&", "de"})
_PLACE_LINKS = frozenset({"in", "to", "for"})


def _hosted_body_heads() -> frozenset[str]:
    return words("hosted_body_heads.txt")


def _token_ending_at(span: Span, end_char: int) -> int | None:
    """The index after the token that ends at ``end_char``, when one does."""
    doc = span.doc
    for i in range(span.end, min(len(doc), span.end + 8)):
        if doc[i].idx + len(doc[i].text) == end_char:
            return i + 1
    return None


def complete_organisation(span: Span, w: ActorWords, text: str) -> Span:
    """An organisation's name the tagger cut short, run on to its end:
    - a country name begun inside it runs past its end: 'Court of Bosnia and' + 'Herzegovina',
      'the Supreme Court of Trinidad' + 'and Tobago';
    - a mission or operation is named with the country or place it works in: 'Stabilization Mission' +
      'in Somalia', 'Mission' + 'in Darfur';
    - a name does not end on 'of' or 'and': what follows, capitalised, belongs to it, else the joiner goes.
    ``text``: the article's text (spaCy's ``Doc.text`` is joined anew on every read)."""
    doc = span.doc
    words_, tokens = strings_of(doc, "ORTH"), tokens_of(doc)  # (the words read off the parse's array: a Token's
    for k in range(span.start, span.end):  # offset read only for a capitalised one, off the parse's one list)
        m = w.country_re.match(text, tokens[k].idx) if words_[k][:1].isupper() else None
        if m and m.end() > span.end_char:
            end = _token_ending_at(span, m.end())
            if end is not None:
                return doc[span.start:end]
    lows = strings_of(doc, "LOWER")  # (the words' lower case off the parse's array: no Token made per word)
    if lows[span.end - 1] in _hosted_body_heads() and span.end + 1 < len(doc) and lows[span.end] in _PLACE_LINKS:
        at = span.end + 1 + (doc[span.end + 1].lower_ == "the")
        m = w.country_re.match(text, doc[at].idx) if at < len(doc) else None
        end = _token_ending_at(span, m.end()) if m else None
        if end is None and at < len(doc) and doc[at].ent_type_ in ("GPE", "LOC") and doc[at].ent_iob_ == "B":
            end = next(i for i in range(at + 1, len(doc) + 1) if i == len(doc) or doc[i].ent_iob_ != "I")
        elif end is None and at < len(doc) and doc[at].is_title and doc[at].is_alpha and not doc[at].ent_type_:
            end = at + 1  # a place the tagger did not know: 'Mission in Darfur'
        if end is not None:
            return doc[span.start:end]
    topic = _topic_end(span, w)
    if topic is not None:  # 'Working Group' + 'on Arbitrary Detention', 'Center for Studies' + 'and Legal Consultancy'
        return doc[span.start:topic]
    lower = _lower_case_and(span, w)
    if lower is not None:  # 'the ministry of finance' + 'and economic planning'
        return doc[span.start:lower]
    end = span.end
    while end < len(doc) and lows[end - 1] in _JOINERS and words_[end][:1].isupper() and tokens[end].is_alpha:
        end += 1
        while end < len(doc) and words_[end][:1].isupper() and tokens[end].is_alpha:
            end += 1
    while end - 1 > span.start and lows[end - 1] in _JOINERS:
        end -= 1
    return Span(doc, span.start, end)  # (span.start <= end <= len(doc): no bounds check in Python, as doc[a:b])


def split_at_open_bracket(ents: list) -> list:
    """Entities that run on over an opening bracket they never close are two names: the one before the bracket
    and the one inside it ('INL (Bureau of Drug Control' -> 'INL' and 'Bureau of Drug Control'; an acronym
    spelled out in brackets, or a name glossed by its acronym). Each keeps the entity's label."""
    out = []
    for ent in ents:
        if "(" not in span_text(ent):
            out.append(ent)  # (the common case, read from the text without making the entity's words)
            continue
        opens = [t.i for t in ent if t.text == "("]
        if not opens or any(t.text == ")" for t in ent[opens[0] - ent.start:]):
            out.append(ent)
            continue
        at = opens[0]
        for a, b in ((ent.start, at), (at + 1, ent.end)):
            if b > a and any(t.is_alpha for t in ent.doc[a:b]):
                out.append(Span(ent.doc, a, b, label=ent.label_))
    return out


def _lower_case_and(span: Span, w: ActorWords) -> int | None:
    """Where a body's name written in lower case ends that the tagger cut at 'and': 'the ministry of finance'
    + 'and economic planning', 'the department of lands' + 'and housing'. Read where the span names a body by
    its words (org_words.tsv), its 'of' phrase is lower case, and 'and' joins one to three lower-case words
    that end the phrase (the last one coordinated with the span's last word, singular, with no noun after
    it: not 'the ministry of finance and health officials', 'the ministry of health and the army')."""
    doc = span.doc
    if span.end + 1 >= len(doc) or strings_of(doc, "LOWER")[span.end] != "and":
        return None  # (the word after the name read off the parse's array first: most names have no 'and' after)
    last = span[-1]
    if not last.is_lower or not last.is_alpha \
            or not any(t.lower_ == "of" for t in span[1:-1]) or not w.names_a_body(span.text):
        return None
    conj = next((t for t in doc[span.end + 1:span.end + 4] if t.dep_ == "conj" and t.head.i == last.i), None)
    if conj is None or conj.tag_ not in ("NN", "NNS") and conj.pos_ != "NOUN" or conj.tag_ == "NNS" and last.tag_ != "NNS":
        return None
    between = doc[span.end + 1:conj.i + 1]
    if not all(t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN") for t in between):
        return None
    after = doc[conj.i + 1] if conj.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return None
    return conj.i + 1


def join_demonym_names(ents: list, w: ActorWords) -> list:
    """An organisation entity that is only a demonym ('the Spanish') right before another organisation's
    ('National Research Council') is the first word of that name: 'the Spanish National Research Council'.
    (A demonym the tagger read as a nationality, not as part of a name, is left to the name's context.)"""
    out, skip = [], set()
    for i, ent in enumerate(ents):
        if i in skip:
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        words_ = [t for t in ent if t.lower_ != "the"] if ent.label_ == "ORG" and nxt is not None \
            and nxt.label_ == "ORG" and nxt.start == ent.end else []
        if words_ and len(words_) == 1 and w.demonym_of.get(norm(words_[0].text)) and nxt[0].text[:1].isupper():
            out.append(Span(ent.doc, ent.start, nxt.end, label="ORG"))
            skip.add(i + 1)
            continue
        out.append(ent)
    return out


_HYPHENS = ("-", "‐")


def _place_of(name: str, code: str | None, w: ActorWords) -> bool:
    """A place of the country ``code`` (alpha-3) by the gazetteer, or a city or country of note anywhere."""
    from ... import gazetteer

    country = w.countries[code].alpha2 if code in w.countries else None
    return any(e.country == country or e.primary and e.population >= 100_000 for e in gazetteer.load().lookup(name))


def hyphenated_name(doc, span: Span, w: ActorWords) -> Span | None:
    """A country's name hyphenated to a capitalised word that is no country, demonym, region or known actor,
    the whole used as a name, not as a modifier: 'Guinea-Lanta, a charity', 'Mali-Espoir said' name a body
    (or a person), not the country. Not 'a Kenya-based firm' (lower case), 'the Israel-Hamas war', 'a
    China-Africa summit' (a pair before a noun), 'Guinea-Bissau' (a country), nor a hyphenated word inside a
    longer capitalised name ('Sarah Jordan-Smith'), nor a dateline's country before the story's first word
    ('Lyon, France-This week'). Returns the span from the country's name to the hyphenated word's end."""
    texts = strings_of(doc, "ORTH")  # (the words read off the parse's array: most names hold no hyphen, no Token)
    end = next((i for i in range(span.start, span.end) if texts[i] in _HYPHENS), span.end)  # (the tagger's
    if end < span.end and (end + 2 != span.end or not w.country_of(doc[span.start:end].text)):  # entity may hold it all)
        return None
    if end + 1 >= len(doc) or texts[end] not in _HYPHENS or doc[end].whitespace_ or doc[end - 1].whitespace_:
        return None
    word = doc[end + 1]
    if not (word.is_alpha and word.is_title) or word.lower_ in _function_words() or w.country_of(word.text) \
            or w.country_of(doc[span.start:end + 2].text) or w.known.get(norm(word.text)) \
            or word.lower_ in words("region_and_world_words.txt") \
            or _place_of(word.text, w.country_of(doc[span.start:end].text), w):
        return None  # ('Guinea-Conakry', 'Congo-Brazzaville': the country by its capital)
    after = doc[end + 2] if end + 2 < len(doc) else None
    if after is not None and (after.text in _HYPHENS and not word.whitespace_ or after.pos_ in ("NOUN", "PROPN")):
        return None  # 'Chad-Sudan-Libya'; a pair before a noun, 'the Kenya-Tana agreement'; a longer name
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_title and before.is_alpha and not before.is_sent_start:
        return None  # 'Sarah Jordan-Smith'
    return doc[span.start:end + 2]


_INITIALLED = re.compile(r"(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})\s+(?P<rest>(?:[a-z]+\s+){0,2}(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))")


def initialled_person(span: Span, w: ActorWords, text: str) -> bool:
    """An organisation entity that is a person named by initials and a surname ('WB Yeats', 'FW de Klerk',
    'T.K. Mensah'): two or three capitals (with or without dots), name particles, then one capitalised word
    that is a proper noun the story never writes in lower case and no country, role or organisation word
    ('UN Women', 'AP Photo' are bodies), the whole no known body; read
    as a person only where the story says so: the name follows a country's possessive ("Ireland's WB
    Yeats") or the tagger reads the surname as a person's elsewhere in the story. ``text``: the article's
    text."""
    m = _INITIALLED.fullmatch(span.text)
    if m is None or any(x not in _particles() for x in m.group("rest").split()[:-1]) or span[-1].pos_ != "PROPN":
        return False
    surname = m.group("surname")
    from .mentions.candidates import whole_word_occurrences  # (here: the mentions read this module)
    if whole_word_occurrences(text, surname.lower()) or w.country_of(surname) \
            or surname.lower() in w.roles or w.names_a_body(span.text) or w.known.get(norm(span.text)):
        return False
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s") and (
            w.country_of(doc[span.start - 2].text) or doc[span.start - 2].ent_type_ == "GPE"):
        return True
    return any(e.label_ == "PERSON" and surname in e.text.split() and not (e.start <= span.start < e.end)
               for e in doc.ents)


def initials_run_on(span: Span) -> Span:
    """An organisation entity of initials alone ('WB') followed by an untagged capitalised proper noun
    ('Yeats') in the same sentence: the two, for ``initialled_person`` to read."""
    doc = span.doc
    if len(span) != 1 or not _INITIALS_ONLY.fullmatch(span.text) or span.end >= len(doc):
        return span
    nxt = doc[span.end]
    if nxt.pos_ == "PROPN" and not nxt.ent_type_ and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start:
        return doc[span.start:span.end + 1]
    return span


_INITIALS_ONLY = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


_TOPIC_LINKS = ("for", "on")
_NOT_IN_NAMES = ("DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
_NOT_FIRST_IN_TOPIC = _NOT_IN_NAMES + ("GPE", "LOC", "FAC")


@lru_cache(maxsize=1)
def _topic_heads() -> frozenset[str]:
    return words("body_head_words.txt") | words("topic_body_heads.txt")


def _topic_end(span: Span, w: ActorWords) -> int | None:
    """Where a body's name ends that the tagger cut before the phrase saying what the body is for: a body
    word ('Group', 'Council', 'Commission') followed by 'for' or 'on' and capitalised words ('Working Group
    on Arbitrary Detention', 'Joint Council for the Welfare of Migrants'; not 'the commission on Tuesday',
    'the council for Kenya'), or a name of the form 'X of/for Y' followed by 'and' and capitalised words
    that no entity or title starts ('Institute for Peace and Conflict Studies'; not 'the Department of
    Health and Secretary Ana Ruiz', 'the Institute of Mining and Ohio State University'). Returns
    the index after the name's last word, or None."""
    doc = span.doc
    nxt = span.end
    # (the words' lower case and sentence numbers read off the parse's tables: no Token made to ask)
    lows, sentence = strings_of(doc, "LOWER"), _sentence_table(doc)[2]
    if nxt + 1 >= len(doc) or lows[nxt - 1] not in _topic_heads() and lows[nxt] != "and":
        return None
    link = lows[nxt]
    at = nxt + 1 + (lows[nxt + 1] == "the" and link != "and")
    if at >= len(doc) or sentence[at] != sentence[nxt - 1]:
        return None
    first = doc[at]
    if link in _TOPIC_LINKS and span[-1].lower_ in _topic_heads():
        if first.ent_type_ in _NOT_FIRST_IN_TOPIC or not _name_word(first, w):
            return None
    elif link == "and" and any(t.lower_ in ("of", "for") for t in span[1:]):
        if first.ent_type_ or not _name_word(first, w):
            return None
    else:
        return None
    end, i = at + 1, at + 1
    sent_end = sentence_of(first).end  # (the words from ``first`` on that are in its sentence)
    while i < len(doc) and i < sent_end:
        tok = doc[i]
        if _name_word(tok, w) and tok.ent_type_ not in _NOT_IN_NAMES and (link != "and" or not tok.ent_type_):
            i += 1
            end = i
        elif tok.lower_ in _JOINERS | {"the", "on"} and i + 1 < len(doc) and (
                _name_word(doc[i + 1], w) or doc[i + 1].lower_ == "the"):
            i += 1
        else:
            break
    return end


def _name_word(tok, w: ActorWords) -> bool:
    """A capitalised word that may stand inside a body's name: not a title or role ('Secretary')."""
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and tok.lower_ not in w.roles \
        and not tok.is_sent_start


_BODY_LINKS = frozenset({"of", "on", "for"})
_NOT_BEFORE_NAMES = _NOT_IN_NAMES + ("GPE", "LOC", "FAC", "EVENT", "LAW")


def begun_organisation(span: Span, w: ActorWords) -> Span:
    """An organisation's name the tagger began too late, after its head: a body word, capitalised, then 'of',
    'on' or 'for' (and 'the') before the tagged words belong to one name ('Commission on the' + 'Limits of the
    Continental Shelf', 'National Museum of the' + 'U.S. Air Force', 'Office of the' + 'Special Envoy'). The
    head is a word of ``body_head_words.txt`` or ``topic_body_heads.txt``; capitalised name words before it
    (up to four, in the same sentence, no title or role, no person, place or date) are the name's start. Only
    an organisation's span is taken on: a place after the link ('the Bank of England', 'the University of
    Texas') is the place the body is of, read by the place and country readers."""
    doc = span.doc
    at = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if span[0].lower_ == "the":  # ('the Limits of ...': the tagger's span may take in the article)
        at = span.start
    if at < 2:
        return span
    lows, words_ = strings_of(doc, "LOWER"), strings_of(doc, "ORTH")  # (off the parse's arrays: cheap test first)
    if lows[at - 1] not in _BODY_LINKS or lows[at - 2] not in _topic_heads() or not words_[at - 2][:1].isupper():
        return span
    head = doc[at - 2]
    if head.ent_type_ in _NOT_BEFORE_NAMES or head.lower_ in w.roles or sentence_of(head).start != sentence_of(span[0]).start:
        return span
    start = at - 2
    while start > 0 and at - 2 - start < 4:
        tok = doc[start - 1]
        if not (tok.text[:1].isupper() and (tok.is_alpha or "." in tok.text or "-" in tok.text)) or tok.is_sent_start \
                or tok.lower_ in w.roles or tok.ent_type_ in _NOT_BEFORE_NAMES or w.country_of(tok.text):
            break
        start -= 1
    return Span(doc, start, span.end, label=span.label)


_HEAD_AND_LINK = re.compile(r"([A-Z][\w-]*)\s+(?:of|on|for)\s+(?:the\s+)?$")


def _ends_on_known_after_head(org, known: list) -> bool:
    """Whether an organisation's name ends on a known body's name that a body word and 'of', 'on' or 'for' come
    before: 'National Museum of the U.S. Air Force', 'Office of the U.N. Special Envoy' are bodies of their own,
    not the body they are of."""
    for k in known:
        if org.start < k.start and k.end == org.end:
            m = _HEAD_AND_LINK.search(org.name[:max(0, k.start - org.start)])
            if m and m.group(1).lower() in _topic_heads():
                return True
    return False


def longer_names(organisations: list, known: list, w: ActorWords) -> list:
    """Organisations whose name takes in a known body's and goes on to a body of its own: 'African Union
    Support and Stabilization Mission in Somalia' over 'African Union', 'United Nations Human Rights
    Council' over 'United Nations'. The words after the known name must hold a body word (mission,
    council, court...), so 'United Nations Secretary' stays 'United Nations'."""
    out = []
    for org in organisations:
        if org.kind != "person" and not org.key.startswith("known:") and _ends_on_known_after_head(org, known):
            out.append(org)  # 'National Museum of the' + 'U.S. Air Force'
            continue
        national = _national_society(org, known, w)
        if national is not None:
            out.append(national)  # 'the Kenya Red Cross' over 'Red Cross'
            continue
        inside = [k for k in known if org.start - 4 <= k.start < org.end and k.end < org.end]  # (4: 'the ')
        if not inside or org.kind == "person" or org.key.startswith("known:") and org.key == inside[-1].key:
            continue  # (a known body of its own over a shorter known one: 'U.N. Refugee Agency' over 'the U.N.')
        k = inside[-1]
        if k.name in org.name:
            rest = org.name[org.name.find(k.name) + len(k.name):]
        else:  # the known body abbreviated: 'U.N. Office for the Coordination of Humanitarian Affairs'
            rest = org.name[k.end - org.start:] if org.start < k.end else ""  # (the known mention may take in 'the')
        rest_words = rest.lower().split()
        if len(rest_words) >= 2 and (any(x in _hosted_body_heads() or x in words("topic_body_heads.txt") for x in rest_words)
                                     or w.org_kind(rest) != ("organization", None)):
            out.append(org)
    return out


@lru_cache(maxsize=1)
def _national_society_names() -> tuple[str, ...]:
    """``national_society_names.txt``, longest first (read once)."""
    return tuple(sorted(words("national_society_names.txt"), key=len, reverse=True))


def _national_society(org, known: list, w: ActorWords):
    """An organisation named by a country's name or people's name and then a movement's name every country has a
    society of (``national_society_names.txt``: 'the British Red Cross', 'the Kenya Red Cross Society'), over the
    known international body of the bare name: that country's society, with that country. None otherwise."""
    if org.kind != "organization" or org.key.startswith("known:") or " " not in org.name:
        return None
    low = norm(org.name)
    tail = next((n for n in _national_society_names() if low.endswith(" " + n)), None)
    if tail is None or not any(org.start - 4 <= k.start < org.end for k in known):
        return None
    before = low[:-len(tail)].strip()
    country = w.country_of(before) or w.demonym_of.get(before)
    if not country:
        return None
    return replace(org, country=org.country or country, sector=org.sector or "CVL")


@lru_cache(maxsize=1)
def _long_country_name_list() -> tuple[str, ...]:
    """Country names of several words ('Trinidad and Tobago', 'Guinea-Bissau', 'Democratic Republic of the
    Congo'), written as the countries table gives them, capitalised."""
    names = [n for r in table("countries.tsv") for n in [r["name"], *r["other names (|)"].split("|")]
             if n and re.search(r"[\s-]", n) and n[:1].isupper()]
    return tuple(sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _long_country_names() -> re.Pattern[str]:
    """The country names of several words (``_long_country_name_list``), longest first."""
    alternation = "|".join(re.escape(n) for n in _long_country_name_list())
    return led(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def _long_country_firsts() -> frozenset[str] | None:
    return first_words(_long_country_name_list())  # (``first_word_matches``: tried only where one stands)


def _long_country_matches(doc) -> list[re.Match[str]]:
    """The matches of ``_long_country_names`` in the article, found once (two readers ask)."""
    kept = doc.cached("repair.long_country_matches")
    if kept is None:
        kept = doc.cached("repair.long_country_matches",
                          first_word_matches(_long_country_names(), _long_country_firsts(), doc.text))
    return kept


_NAME_GOES_ON = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]\w")
_NAME_BEGAN = re.compile(r"(?:[A-Z][\w.]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)$")
_OWN_NAMES = ("ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT")


def long_country_names(doc, w: ActorWords) -> list[tuple[int, int, str]]:
    """(start, end, alpha-3) of each country named in several words that the tagger split or missed
    ('Trinidad' + 'and Tobago' tagged a place and a person, 'Saint Kitts and' a person). A name inside a
    longer proper name ('the Court of Bosnia and Herzegovina', 'the South Africa Reserve Bank') is left
    to that name."""
    found = []
    text = doc.text
    for m in _long_country_matches(doc):
        code = w.country_of(m.group(0))
        if code is None or _NAME_GOES_ON.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        cap = _NAME_BEGAN.search(before)
        if cap and cap.group(0).split()[0] not in ("The", "the") and not _sentence_starts(before, cap.start()):
            continue
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or _tagged_whole(span) or span.root.dep_ in ("compound", "amod", "nmod"):
            continue  # the tagger's own country entity; a name that only says whose ('United States officials')
        if any(t.ent_type_ in _OWN_NAMES and (t.ent_iob_ == "B" and t.i < span.start or
                                                             not _entity_within(t, span)) for t in span):
            continue
        found.append((m.start(), m.end(), code))
    return found


_NAME_RUN = re.compile(r"(?:\s+[A-Z][\w&'’-]*)+")


def state_named_bodies(doc, w: ActorWords) -> list:
    """Bodies named after a state's name of several words, its official one most often: 'Islamic Republic of
    Iran Shipping Lines', 'Republic of Korea Navy' (the tagger cuts them or reads them as the state). The
    capitalised words after the state's name must say what kind of body the whole is (org_words.tsv); a
    known body's name is left to the lexicons. Returns candidates of the state's country."""
    from .mentions import Candidate, _code, _name_words  # (mentions reads this module)

    found = []
    text = doc.text
    for m in _long_country_matches(doc):
        run = _NAME_RUN.match(text, m.end())
        code = w.country_of(m.group(0))
        if run is None or code is None:
            continue
        name = text[m.start():run.end()].rstrip("’'")
        kind, sector = w.org_kind(name)
        if (kind, sector) == ("organization", None) or w.known.get(norm(name)) or w.country_of(name):
            continue
        found.append(Candidate(m.start(), m.start() + len(name), kind, "org:" + norm(name), name, code, sector,
                               _code(code, sector), tokens=_name_words(name)))
    return found


def _tagged_whole(span) -> bool:
    """The tagger gave the name one place entity of its own (a leading 'the' aside)."""
    ents = {(t.ent_type_, t.ent_iob_ == "B" or t.i == span.start) for t in span}
    first = span[0]
    before_ok = first.ent_iob_ == "B" or first.i > 0 and first.doc[first.i - 1].lower_ == "the" and (
        first.doc[first.i - 1].ent_type_ == first.ent_type_)
    after = span.end < len(span.doc) and span.doc[span.end].ent_iob_ == "I"
    return len({e for e, _ in ents}) == 1 and first.ent_type_ in ("GPE", "NORP") and before_ok and not after \
        and sum(1 for t in span if t.ent_iob_ == "B") <= 1


def _sentence_starts(before: str, at: int) -> bool:
    """The capitalised word at ``at`` opens a sentence."""
    head = before[:at].rstrip()
    return not head or head[-1] in ".!?\"“”\n"


def _entity_within(tok, span) -> bool:
    """The entity ``tok`` belongs to lies within ``span``."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return span.start <= start and end <= span.end


# ---- datelines ------------------------------------------------------------------------------------------
# 'VILNIUS - Lithuania expelled ...', 'KABUL, Afghanistan (AP) — The Taliban ...': the tagger glues the town
# to the first actor ('VILNIUS - Lithuania' an organisation), takes the town or the outlet's credit for a body
# ('KABUL', 'AP'), or loses the first actor ('ISLAMABAD - Pakistan on Tuesday denied' gives no entity). A
# dateline's town, region and dash are where the report was filed: no actor's words; its credit is the outlet.

def dateline_heads(doc, w: ActorWords) -> list:
    """The datelines of ``doc`` (``eventwire.datelines``) with a credit or region, or whose first town is no
    body the lexicons know ('UN: ...', 'NATO - ...' open a headline or a paragraph about the body); one with a
    colon only where it opens the story ('NEW DELHI: '; a later 'SMITH: ' labels a speaker's words)."""
    text = doc.text
    lines = datelines.in_text(text)
    if any(line.colon for line in lines):
        opening = datelines.opening(text)
        lines = [line for line in lines if not line.colon or opening is not None and opening.start == line.start]
    return [line for line in lines if line.credit or line.region or  # 'UNITED NATIONS (AP) —' is one
            norm(text[line.towns[0][0]:line.towns[0][1]]) not in w.known]


def mend_datelines(doc, cands: list, w: ActorWords, lines: list, add: bool = False) -> list:
    """``cands`` with no actor made of a dateline's head: a mention inside the town, region, credit or dash
    is dropped, one that runs on past the dash keeps only its own words ('VILNIUS - Lithuania' ->
    'Lithuania', a country). With ``add``, the outlet of each credit ('(AP)' -> the Associated Press) and a
    country named first after the dash that the tagger missed ('ISLAMABAD - Pakistan') join them."""
    if not lines:
        return cands
    from .mentions import Candidate, _known_candidate  # (mentions reads this module)
    text, last = doc.text, max(line.end for line in lines)
    kept = []
    for c in cands:
        line = None if c.start >= last else next((x for x in lines if c.start < x.end and c.end > x.start), None)
        if line is None:
            kept.append(c)
        elif c.end > line.end:  # runs on past the dash: its own words only
            rest = _after_dateline(c, text, line.end, w, Candidate, _known_candidate)
            if rest is not None:
                kept.append(rest)
    if add:
        for line in lines:
            if line.credit is not None:
                kept.append(_credit(text, line.credit, w, Candidate, _known_candidate))
            first = _country_after(text, line.end, w)
            if first is not None and not any(c.start < first[1] and c.end > first[0] for c in kept):
                code = first[2]
                kept.append(Candidate(first[0], first[1], "country", "country:" + code, w.countries[code].name,
                                      code, None, code))
    return kept


def _after_dateline(c, text: str, start: int, w: ActorWords, Candidate, known_candidate):
    """The words of a mention after a dateline's dash, as a mention of their own; None if none is a name."""
    while start < c.end and text[start].isspace():
        start += 1
    name = text[start:c.end]
    if not any(ch.isalpha() for ch in name):
        return None
    code = w.country_of(name)
    if code:
        return Candidate(start, c.end, "country", "country:" + code, w.countries[code].name, code, None, code)
    known = w.known.get(norm(name))
    if known:
        return known_candidate(start, c.end, known)
    tokens = [t for t in c.tokens if t in name.split()] if c.tokens else []
    if c.kind == "organization":
        kind, sector = w.org_kind(name)
        return Candidate(start, c.end, kind, "org:" + norm(name), name, c.country, sector,
                         f"{c.country or ''}{sector or ''}" or None, tokens=tokens)
    return Candidate(start, c.end, c.kind, c.key, name, c.country, c.sector, c.code, c.role, tokens, c.named_by)


def _credit(text: str, span: tuple[int, int], w: ActorWords, Candidate, known_candidate):
    """The outlet of a dateline's credit: a known outlet by a name or its initials ('AP' is the Associated
    Press, 'UPI' United Press International), else an outlet of no known country."""
    name = text[span[0]:span[1]]
    known = w.known.get(norm(name)) or _outlets_by_initials(w).get(name.replace(".", ""))
    if known is not None:
        return known_candidate(span[0], span[1], known)
    return Candidate(span[0], span[1], "media", "org:" + norm(name), name, None, "MED", "MED", tokens=[name])


_INITIALS: dict[int, dict] = {}


def _outlets_by_initials(w: ActorWords) -> dict:
    """The known outlets by the initials of their name's capitalised words, where only one outlet, or only one
    news agency, has them."""
    found = _INITIALS.get(id(w))
    if found is None:
        seen: dict[str, list] = {}
        for name in w.outlet_names:
            known = w.known.get(norm(name))
            parts = [p for p in re.split(r"[\s-]+", name) if p[:1].isupper() and p not in ("The", "A")]
            if known is None or known.kind != "media" or len(parts) < 2:
                continue
            initials = "".join(p[0] for p in parts)
            if all(k.name != known.name for k in seen.get(initials, [])):
                seen.setdefault(initials, []).append(known)
        found = {}
        for initials, outlets in seen.items():
            agencies = [k for k in outlets if _AGENCY_WORDS & set(re.split(r"[\s-]+", k.name.lower()))]
            if len(outlets) == 1 or len(agencies) == 1:  # a credit is a news agency's: 'AP' is no magazine
                found[initials] = agencies[0] if agencies else outlets[0]
        _INITIALS[id(w)] = found
    return found


# the words that name a news agency, whose reporters file datelined copy ('Associated Press', 'Agence France-Presse')
_AGENCY_WORDS = frozenset({"press", "presse", "prensa", "agency", "agence", "agencia", "agenzia", "news", "wire"})


def _country_after(text: str, start: int, w: ActorWords) -> tuple[int, int, str] | None:
    """A country named by the capitalised words right after a dateline's dash ('Pakistan on Tuesday'),
    the longest of up to four: (start, end, its code)."""
    m = re.match(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}", text[start:start + 80])
    if not m:
        return None
    words = m.group(0).split(" ")
    for n in range(len(words), 0, -1):
        name = re.sub(r"['’]s$", "", " ".join(words[:n]))
        code = w.country_of(name)
        if code and w.countries.get(code) is not None and not w.demonym_of.get(norm(name)):
            return start, start + len(name), code  # (not 'Brazilian prosecutors': a demonym heads a group)
    return None
