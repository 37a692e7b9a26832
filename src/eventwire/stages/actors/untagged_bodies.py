"""A body's name the tagger gave no entity, as the subject of its clause: 'The Druze-led Regional
Council ... was quick to denounce the decree', 'Riverside County Park Police said ...'. A run of two
to five capitalised words whose last is a body's head word, or such a run going on with 'of', 'on' or 'for' and
capitalised words that say what the body is of or for ('The Commission on the Limits of the Continental Shelf
should ...', 'The Fund for the Protection of Wild Rivers said ...'; head words: ``body_head_words.txt``,
administration, council, police, authority ...), none of them inside an entity of the tagger's, whose head word is the subject of a
verb, is an organisation, its sector read from its words as any body's (``ActorWords.org_kind``). A leading
'The' and a describing compound before the name ('Kurdish-led', 'state-run') are no part of it. Only where the
body acts or speaks: a name after a preposition ('at the Lakeside Space Center') is most often a place.

A firm the lexicons know, named only in the title of a person who works for it (``titled_firms``): 'Netflix
co-founder Ana Ruiz said ...', 'Acme chief executive Li Wei told reporters ...'.

A firm the tagger gave no entity, named by its apposition (``described_firms``): 'Orvane, a French maker of
batteries, said ...', 'Pellucid, a startup based in Nairobi, raised ...'.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...lexicon import table, words
from ...lookahead import opening
from .coref.heads import department_word
from .knowledge import known_companies
from .mentions import Candidate, _code, _known_candidate, _name_words
from .not_bodies import place_of_note
from .words import ActorWords, norm


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    heads = "|".join(re.escape(h.title()) for h in sorted(words("body_head_words.txt"), key=len, reverse=True))
    first = opening("[A-Z]", r"[\w'’.-]")  # (the first word's capital, not after a word's character)
    word = r"[A-Z](?:[\w'’-]|\.(?=\w))*"  # (a dot only inside a word: 'U.S.'; a sentence's full stop ends the name)
    what = rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{word}(?:\s+(?:(?:of|on|for|and|the)\s+)*{word})*)?"
    return re.compile(rf"({first}[\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{heads}))(?![\w-])({what})")


# a describing compound before a name: 'Kurdish-led', 'U.S.-backed', 'state-run' (a hyphen, then lower case)
_DESCRIBER = re.compile(r"^(?:The\s+)?(?:[\w.'’]+-[a-z][\w-]*\s+)?")


def untagged_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """The candidates of such names (module docstring)."""
    runs = list(_name_run().finditer(doc.text))
    if not runs:  # cheap test first: no capitalised run ending on a body's word
        return []
    ents = [(e.start_char, e.end_char) for e in doc.entities() if e.label_ not in ("ORDINAL", "CARDINAL", "DATE")]
    found = []
    for m in runs:
        cut = _DESCRIBER.match(m.group(1)).end()
        start, head_end, end = m.start(1) + cut, m.end(1), m.end(2) if m.group(2) else m.end(1)
        if end != head_end and any(s < end and head_end < e for s, e in ents):
            end = head_end  # an entity of the tagger's in what follows ('Council of Kurdistan'): the head's name only
        name = doc.text[start:end]
        if len(name.split()) < 2 or "\n" in name or any(s < end and start < e for s, e in ents):
            continue
        span = doc.nlp.char_span(start, end) if doc.nlp is not None else None
        if span is None or span.root.dep_ != "nsubj" or span.root.idx + len(span.root.text) != head_end:
            continue  # the head word must be the subject: the body acts or speaks
        kind, sector = w.org_kind(name)
        if kind != "organization":
            continue
        found.append(Candidate(start, end, "organization", "org:" + norm(name), name, None, sector,
                               _code(None, sector), tokens=_name_words(name)))
    return found


# capitalised words run on to a country's name, after a lower-case word of the sentence (no sentence start)
_RUN_BEFORE = re.compile(r"(?:(?<![\w'’.-])[a-z][a-z'’-]*|,) ((?:[A-Z][a-z]+ ){2,4})$")


@lru_cache(maxsize=1)
def _not_in_country_named_bodies() -> frozenset[str]:
    """Words that do not begin or make a body's name before a country's: compass words ('Central Java
    Indonesia'), months, weekdays and function words ('In', 'The')."""
    return (words("place_compass_words.txt") | words("english_function_words.txt")
            | {r["word"].lower() for r in table("time_months.tsv")} | {r["word"].lower() for r in table("time_weekdays.tsv")})


def country_named_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """A body named for the country it works in, that the tagger gave no entity ('a meeting with representatives
    from Clean Rivers Free Peru', 'a spokeswoman for Seed Banks Chile New Zealand'): two to four capitalised
    words, none a role, country, demonym, compass word, month or function word, right before a country's name
    (and a second country's, when one follows), inside a sentence (after a lower-case word: no sentence's or
    headline's first words), no word of it in an entity of the tagger's. An organisation of that country."""
    text = doc.text
    found = []
    ents = None
    for m in w.country_re.finditer(text):
        code = w.country_by_name.get(norm(m.group(0)))
        before = _RUN_BEFORE.search(text, max(0, m.start() - 60), m.start()) if code else None
        if before is None or w.demonym_of.get(norm(m.group(0))):
            continue  # (cheap test first: a country's name after a capitalised run inside a sentence)
        run = before.group(1).split()
        if any(x.lower() in _not_in_country_named_bodies() or x.lower() in w.roles or w.country_of(x) for x in run):
            continue
        start, end = before.start(1), m.end()
        more = w.country_re.match(text, end + 1) if text[end:end + 1] == " " else None
        if more is not None and w.country_by_name.get(norm(more.group(0))):
            end = more.end()  # 'Australia New Zealand'
        if ents is None:
            ents = [(e.start_char, e.end_char) for e in doc.entities() if e.label_ not in ("GPE", "LOC")]
        if any(s < m.start() and start < e for s, e in ents):
            continue
        name = text[start:end]
        kind, sector = w.org_kind(name)
        if kind not in ("organization", "media"):
            continue
        found.append(Candidate(start, end, kind, "org:" + norm(name), name, code, sector, _code(code, sector),
                               tokens=_name_words(name)))
    return found


# an apposition in lower case after a comma and 'a', 'an', 'the' or a country's possessive, up to its 'of/based/
# that/in ...' tail ('..., a French maker of', '..., a startup based'), and the capitalised name of one to three
# words right before the comma ('Orvane', 'Pellucid'). Found from the comma (a scan that begins at every capital
# letter of the text costs ten times as much), the name read back from it.
_FIRM_APPOSITION = re.compile(r",\s+(?P<phrase>(?:a|an|the|[A-Z][\w.]*['’]s)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
                              r"(?=,|\.|\s+(?:of|based|that|which|in|with|from|owned|headquartered)\b)")
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})\Z")


def described_firms(doc: Document, w: ActorWords) -> list[Candidate]:
    """Firms the tagger gave no entity, named by the apposition after them (module docstring): the apposition's
    noun is a firm's (``body_descriptors.tsv`` BUS: maker, startup, carmaker, company) and no noun people of a
    trade are also named by (``trade_people.txt``: 'Ade, a retailer' may be a person); the parse sets it beside
    the name; the name is no role, country or function word and no entity of the tagger's. BUS, with the
    country the apposition names ('a French maker' FRA)."""
    from .sector import descriptor_sector

    found = []
    ents = None
    for m in _FIRM_APPOSITION.finditer(doc.text):
        phrase = m.group("phrase")
        noun = phrase.split()[-1]
        if descriptor_sector(" ".join(phrase.split()[1:]), lexicons=False) != "BUS" or noun in words("trade_people.txt"):
            continue  # (cheap test first: the apposition's words)
        before = _NAME_BEFORE_COMMA.search(doc.text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        name = before.group("name")
        if any(x.lower() in words("english_function_words.txt") or x.lower() in w.roles or w.country_of(x)
               for x in name.split()):
            continue
        if ents is None:
            ents = [(e.start_char, e.end_char) for e in doc.entities() if e.label_ not in ("ORDINAL", "CARDINAL", "DATE")]
        start, end = before.start("name"), before.end("name")
        if any(s < end and start < e for s, e in ents) or doc.nlp is None:
            continue
        span = doc.nlp.char_span(start, end)
        head = doc.nlp.char_span(m.end("phrase") - len(noun), m.end("phrase"))
        if span is None or head is None or head.root.dep_ != "appos" or not span.start <= head.root.head.i < span.end:
            continue  # the parse sets the apposition beside the name ('Meanwhile, the company said' is no name)
        country = w.country_in(phrase)
        found.append(Candidate(start, end, "organization", "org:" + norm(name), name, country, "BUS",
                               _code(country, "BUS"), tokens=_name_words(name)))
    return found



def _staff_titles(w: ActorWords) -> frozenset[str]:
    """The words that title a person by their firm: the roles (``roles.tsv``) and ``firm_staff_titles.txt``
    (made once, kept)."""
    if not _STAFF_TITLES:
        _STAFF_TITLES.append(frozenset(w.roles) | words("firm_staff_titles.txt"))
    return _STAFF_TITLES[0]


_STAFF_TITLES: list[frozenset[str]] = []


def titled_firms(doc: Document, w: ActorWords) -> list[Candidate]:
    """A firm the lexicons know (``knowledge.known_companies``: ``firms.tsv`` and the knowledge base's firms),
    named right before the title of a person the tagger names ('Netflix co-founder Ana Ruiz', 'Intel chief
    executive Li Wei'): the firm is an actor, whether the tagger gave it no entity or an organisation's that
    ``organizations`` reads as part of the person's title. One to three capitalised words, the longest that a
    known firm is named by, right before one to three words of a title (a role of ``roles.tsv`` or a word of
    ``firm_staff_titles.txt``), right before the person's name; no country or people's name ('Kenyan
    president'), no capitalised word before the firm's name (a longer name), no possessive ("Acme's founder":
    read elsewhere). BUS, of the firm's home country when known. Read from each person's entity back over a
    few words: nothing is made on an article that names no person."""

    people = [e for e in doc.entities() if e.label_ == "PERSON" and e.start >= 2]
    if not people:
        return []
    lows, texts = doc.token_strings("LOWER"), doc.token_strings("ORTH")
    firms, titles = known_companies(), _staff_titles(w)
    found: list[Candidate] = []
    for ent in people:
        i = ent.start
        for k in (1, 2, 3):  # the title's words, right before the name ('executive', then 'chief executive')
            if i - k < 1 or " ".join(lows[i - k:i]) not in titles:
                continue
            if _firm_before(doc, w, j=i - k, found=found, lows=lows, texts=texts, firms=firms) \
                    or _body_before(doc, w, j=i - k, found=found, lows=lows, texts=texts):
                break
    return found


_NAME_JOINS = frozenset({"'s", "’s", "&"})  # inside a body's name: "Lakeside Children's Hospital", 'Arts & Letters'


def _body_before(doc: Document, w: ActorWords, j: int, found: list, lows: list, texts: list) -> bool:
    """Whether a body's name that says what the body is ends right before token ``j``, the first word of a person's
    title ('Lakeside Children's Hospital spokeswoman X', 'Coastal Wildlife Foundation director X', 'Fisheries
    Canada spokesman X'): the run of two to six capitalised words (with "'s" and '&' inside) before the title,
    whose words name a kind of body (``ActorWords.org_kind``: a sector read from ``org_words.tsv``, or a state's
    field and the country's name). Not a run that starts with a country's or people's name alone ('Kenyan
    president' has one word), nor one a person's or place's entity overlaps. Its candidate is added."""

    start = j
    while start > 0 and j - start < 6 and (texts[start - 1][:1].isupper() or texts[start - 1] in _NAME_JOINS) \
            and lows[start - 1] != "the" and not doc.nlp[start].is_sent_start:
        start -= 1
    if start > 0 and j - start >= 6 and texts[start - 1][:1].isupper() and lows[start - 1] != "the" \
            and not doc.nlp[start].is_sent_start:
        return False  # a longer run than six words: no name read here
    if j - start < 2 or texts[start] in _NAME_JOINS or texts[j - 1] in _NAME_JOINS:
        return False
    s_char, e_char = doc.nlp[start].idx, doc.nlp[j - 1].idx + len(texts[j - 1])
    name = doc.text[s_char:e_char]
    kind, sector = w.org_kind(name)
    if kind != "organization" or sector is None or w.country_of(name) or place_of_note(name):
        return False
    if any(e.label_ in ("PERSON", "GPE", "LOC") and e.start_char < e_char and s_char < e.end_char and
           not (e.label_ == "GPE" and e.end_char <= e_char and w.country_of(e.text)) for e in doc.entities()):
        return False  # a person's or a place's name in the run ('Georgia Tech' is read elsewhere)
    country = w.country_in(name)
    key = norm(name)
    found.append(Candidate(s_char, e_char, "organization", "org:" + key, name, country, sector,
                           _code(country, sector), tokens=_name_words(name)))
    return True


def _firm_before(doc: Document, w: ActorWords, j: int, found: list, lows: list, texts: list, firms: dict) -> bool:
    """Whether a known firm's name ends right before token ``j`` (``titled_firms``); found, its candidate is added."""

    for n in (3, 2, 1):  # the firm's words, the longest known name first
        if j - n < 0 or not all(texts[x][:1].isupper() for x in range(j - n, j)):
            continue
        name = " ".join(texts[j - n:j])
        key = norm(name)
        if key not in firms or w.country_of(name) or w.demonym_of.get(key):
            continue
        if j - n > 0 and texts[j - n - 1][:1].isupper() and lows[j - n - 1] != "the" \
                and not doc.nlp[j - n].is_sent_start:
            return False  # a capitalised word before it: a longer name ('Royal Acme')
        if any(e.label_ == "PERSON" and e.start < j and j - n < e.end for e in doc.entities()) \
                or place_of_note(name):
            return False  # a person's name or a place of note's ('Georgia governor'; not the village 'Shell')
        start, end = doc.nlp[j - n].idx, doc.nlp[j - 1].idx + len(texts[j - 1])
        country = firms[key] or None
        found.append(Candidate(start, end, "organization", "org:" + key, doc.text[start:end], country, "BUS",
                               _code(country, "BUS"), tokens=_name_words(name)))
        return True
    return False


# two department's field words sharing one plural head: 'the State and Homeland Security Departments', 'the
# Health and Education ministries'
_SHARED_HEAD = re.compile(r"(?<![\w'’.-])(?:[Tt]he )?(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) and (?:the )?(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                          r" (?P<head>[Dd]epartments|[Mm]inistries)(?![\w-])")


def shared_head_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """Two departments or ministries named by their field words before one plural head ('the State and Homeland
    Security Departments', 'the Health and Education ministries'): each is a body, named as the lexicons know
    it ('State Department', 'Department of Homeland Security') or as its field word and head ('Health
    Ministry'), its mention the field word (the last one's with the head: 'Homeland Security Departments'). A field word is a department's (``coref.heads.department_word``:
    the agent nouns' fields) or one the lexicons know a department or ministry of; both words must be, or
    neither is read ('the Kenyan and Ugandan ministries' names no body). Government (or the sector its
    name gives), its country left to the stage's filling unless the lexicons know it."""
    if "epartments" not in doc.text and "inistries" not in doc.text:
        return []  # (cheap test first)

    found = []
    for m in _SHARED_HEAD.finditer(doc.text):
        head = "Department" if m.group("head").lower() == "departments" else "Ministry"
        parts = []
        for g in ("a", "b"):
            field = m.group(g)
            known = w.known.get(norm(f"{field} {head}")) or w.known.get(norm(f"{head} of {field}"))
            if known is None and not department_word(field):
                break
            parts.append((m.start(g), m.end(g) if g == "a" else m.end("head"), field, known))  # (the last with the head)
        if len(parts) != 2:
            continue
        for start, end, field, known in parts:
            if known is not None:
                found.append(_known_candidate(start, end, known))
                continue
            name = f"{field} {head}"
            kind, sector = w.org_kind(name)
            found.append(Candidate(start, end, "organization", "org:" + norm(name), name, None, sector or "GOV",
                                   _code(None, sector or "GOV"), tokens=_name_words(name)))
    return found
