"""Epithets: 'the French politician', 'the veteran diplomat', 'the 72-year-old', 'the former foreign
minister' -> the person named just before. News writers name a person, then go on with a description of
what they are (an epithet) rather than an office they hold now; role descriptions of current offices are
read by ``roles`` and leave former holders alone, which is what an epithet with 'former' covers."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Container, Iterator

from ....document import Document
from ....lexicon import table, words
from ....lookahead import THE
from ..words import ActorWords, actor_words, alternation, determined_nouns, norm, word_char_at
from .common import after_as, inside, quoted_spans, same_role, sentence_finder

EPITHET_REACH = 2  # sentences back (besides its own) an epithet looks for its person
CALLED_REACH = 12  # the same for a noun the text called exactly one person before ('the gang leader')


@lru_cache(maxsize=1)
def _epithet_re() -> re.Pattern[str]:
    # (the longest noun first, as a prefix tree; an apostrophe only as written: "state's attorney")
    nouns = alternation(sorted(words("coref_epithet_nouns.txt") | set(actor_words().roles)), curly=False)
    return re.compile(rf"{THE}\s+(?P<mods>(?:[\w’'-]+\s+){{0,3}})(?P<head>(?>{nouns}|\d+-year-old))\b"
               rf"(?!\s+of\b|['’]s\b|-)")


def _parts(m: re.Match[str], w: ActorWords) -> tuple[bool, str | None] | None:
    """(an epithet?, the country its demonym gives) — None when the words are no epithet: a role without
    'former' is read by ``roles``; capitalised words other than a demonym name something else ('the
    Kremlin spokesman')."""
    mods = m.group("mods").split()
    head = m.group("head").lower()
    former = any(x.lower() in ("former", "ex-") for x in mods)
    if head in w.roles and not former and not any(x[:1].islower() for x in mods):
        return None  # 'the minister', 'the Russian envoy': a role description (``roles``)
    country = None
    for x in mods:
        if x[:1].isupper():
            c = w.demonym_of.get(norm(x))
            if c is None:
                return None
            country = c
    return True, country


def _office(m: re.Match[str], w: ActorWords) -> str | None:
    """The longest role the epithet's last words name ('the former foreign minister' -> 'foreign minister';
    'the new prime minister' is no 'minister'), or None when its head is no role ('the veteran diplomat')."""
    words = [*m.group("mods").lower().split(), m.group("head").lower()]
    return next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in w.roles), None)


def epithets(doc: Document, w: ActorWords) -> None:
    """Each definite epithet that names nobody itself, is no title before a name and is no modifier of
    another noun, as a mention of the person mentioned last in its sentence or the EPITHET_REACH before
    it (outside quotations, and not as a modifier): the latest sentence first, in it the subject of a
    clause first; the person's country must not contradict the epithet's demonym, and a former office
    ('the former president') goes only to a person known to have held it."""
    assert doc.nlp is not None
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    if not people:
        return
    sentence = sentence_finder(doc)
    quoted = quoted_spans(doc)
    for m in _epithet_re().finditer(doc.text):
        parts = _parts(m, w)
        if parts is None or doc.actor_in(m.start("head"), m.end()) or inside(quoted, m.start()):
            continue
        if re.match(r",?\s+[A-Z]", doc.text[m.end():m.end() + 3]):
            continue  # 'the veteran diplomat Jane Doe', 'the author, Jane Doe,': a title or apposition
        head = doc.nlp.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
        aged = m.group("head").endswith("year-old")  # 'the 72-year-old' (tagged as an adjective or a noun)
        if head is None or not aged and head[-1].pos_ not in ("NOUN", "PROPN") or head[-1].dep_ in ("compound", "amod"):
            continue
        if after_as(head[-1]):  # 'who served as the foreign minister': the clause's subject, read by ``roles``
            continue
        _, country = parts
        here = sentence(m.start())
        best = None  # (sentence, subject?, named?, start, actor): the latest sentence, a named subject first
        office = _office(m, w)
        for a in people:
            if country is not None and a.country not in (None, country):
                continue
            if office is not None and not same_role((a.role or w.role_in(a.name) or "").lower(), office, w):
                continue  # 'the former president' is somebody known to have held that office
            for x in a.mentions:
                if x.end > m.start() or inside(quoted, x.start) or here - sentence(x.start) > EPITHET_REACH:
                    continue
                span = doc.char_span(x.start, x.end)
                if span is None or span.root.dep_ in ("compound", "amod", "poss"):
                    continue  # 'the Brexit talks', 'Trump's aide': a modifier is not who is described
                key = (sentence(x.start), span.root.dep_ in ("nsubj", "nsubjpass"), a.name[:1].isupper(), x.start)
                if best is None or key > best[:4]:
                    best = (*key, a)
        if best is not None:
            doc.add_mention(best[4], m.start(), m.end())


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, str]:
    """coref_person_nouns.tsv: noun -> gender ('m', 'f' or '-')."""
    return {r["noun"]: r["gender"] for r in table("coref_person_nouns.tsv")}


@lru_cache(maxsize=1)
def _person_noun_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(_person_nouns(), key=len, reverse=True))
    return re.compile(rf"{THE}\s+(?P<head>{nouns})\b(?!\s+of\b|-)")


def person_nouns(doc: Document) -> None:
    """'the student', 'the boy', 'the woman' (coref_person_nouns.tsv): a definite noun that says what a
    person is by age, sex or occupation, outside quotations, as a mention of the person the text has
    described with that noun before ('Texas student Ana Ruiz', 'Ana Ruiz, a 14-year-old girl', 'Ruiz is
    a student') and mentioned last in its sentence or the EPITHET_REACH before it; never a person known
    as the other gender (a title, a gendered word, a pronoun resolved before). Runs after the person
    pronouns, whose genders it reads. A noun the text used for nobody named ('a man was shot ... the man')
    points back to no actor."""
    assert doc.nlp is not None
    _lexicon_person_nouns(doc)
    _called_so(doc)


def _lexicon_person_nouns(doc: Document) -> None:
    assert doc.nlp is not None
    found = list(_person_noun_re().finditer(doc.text))
    if not found:
        return
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    if not people:
        return
    nouns = _person_nouns()
    gender = doc.cached("person_gender") or {}
    described = {a.id: _described_with(doc, a, nouns) for a in people}
    sentence = sentence_finder(doc)
    quoted = quoted_spans(doc)
    for m in found:
        noun = m.group("head").lower()
        if doc.actor_in(m.start(), m.end()) or inside(quoted, m.start()):
            continue
        if re.match(r",?\s+[A-Z]", doc.text[m.end():m.end() + 3]):
            continue  # 'the student Ana Ruiz', 'the woman, Ana Ruiz,': a title or an apposition
        head = doc.nlp.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
        if head is None or head[-1].pos_ != "NOUN" or head[-1].dep_ in ("compound", "amod"):
            continue  # 'the student union': a modifier of another noun
        here = sentence(m.start())
        best = None
        for a in people:
            at, wanted = min(described[a.id].get(noun, ()), default=None), nouns[noun]
            if at is None or at >= m.start() or wanted != "-" and gender.get(a.id, wanted) != wanted:
                continue
            for x in a.mentions:
                if x.end <= m.start() and not inside(quoted, x.start) and here - sentence(x.start) <= EPITHET_REACH:
                    if best is None or x.start > best[0]:
                        best = (x.start, a)
        if best is not None and not _introduced_anew(doc.text, noun, best[0], m.start(), described[best[1].id]):
            doc.add_mention(best[1], m.start(), m.end())


def _called_so(doc: Document) -> None:
    """'the New York resident' after 'permanent resident Ana Ruiz', 'the gang leader' after 'Ana Ruiz, the
    leader of a gang', 'the son' after 'his son, Ana Ruiz': a definite noun (with up to two words of its
    own before it) that names a person (attribution's person nouns: roles, epithets, 'resident', 'son') and
    that the text used before for exactly one person named in the story -- a word before the name, the
    head of an apposition, a copula's noun -- as a mention of that person, when the person
    was mentioned in its sentence or the CALLED_REACH before it. Two people called so: nobody (precision
    first). Nouns of coref_person_nouns.tsv are read by ``person_nouns`` with their genders; a demonym
    before the noun must not contradict the person's country, and a lower-case word before it must be one
    of the description's; inside quotations, after 'as' ('served as the leader'), with a relative clause
    ('the member who wishes to leave') and as a modifier of another noun, nothing."""
    assert doc.nlp is not None
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    if not people:
        return
    from ...attribution import cue_words

    lexicon, nouns = _person_nouns(), cue_words().person_nouns
    called: dict[str, dict[str, set[int]]] = {}  # noun -> {actor id: where the text calls the actor so}
    for a in people:
        for noun, offsets in _described_with(doc, a, nouns).items():
            if noun not in lexicon:
                called.setdefault(noun, {})[a.id] = offsets
    if not called:
        return
    if not _after_the(doc.text.lower(), called):  # cheap first: 'the' shortly before a called noun
        return
    heads = sorted(called, key=len, reverse=True)
    w = actor_words()
    sentence = sentence_finder(doc)
    quoted = quoted_spans(doc)
    for start, head_start, end in _called_at(doc.text, heads):
        noun = doc.text[head_start:end]
        if doc.actor_in(head_start, end) or inside(quoted, start) or \
                re.match(r",?\s+[A-Z]", doc.text[end:end + 3]):
            continue  # 'the resident Ana Ruiz', 'the leader, Ana Ruiz,': a title or an apposition
        span = doc.nlp.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        head = span[-1]
        if head.pos_ != "NOUN" or head.dep_ in ("compound", "amod", "nmod") or after_as(head) or \
                any(c.dep_ == "relcl" for c in head.rights) or \
                any(not span.start < t.head.i < span.end for t in span[1:-1]) or head.lemma_.lower() != noun:
            continue  # 'the gang leader's house' is read at 'leader'; 'the day before the son' is no noun phrase
        demonyms = {w.demonym_of.get(norm(t.text)) for t in span[1:-1] if t.text[:1].isupper()} - {None}
        here = sentence(start)
        fits = []
        for aid, offsets in called[noun].items():
            a = doc.actor(aid)
            if min(offsets) >= start or head_start in offsets or demonyms and a.country not in (None, *demonyms):
                continue
            if not _words_of_description(doc, offsets, [t for t in span[1:-1] if t.text.islower()]):
                continue  # 'the video referee' is not 'match referee Ana Ruiz'; 'the gang leader' is 'the leader of a gang'
            if any(x.end <= start and not inside(quoted, x.start) and here - sentence(x.start) <= CALLED_REACH
                   for x in a.mentions):
                fits.append(a)
        if len(fits) == 1:
            described = {noun: called[noun][fits[0].id]}
            last = max(x.start for x in fits[0].mentions if x.end <= start)
            if not _introduced_anew(doc.text, noun, last, start, described):
                doc.add_mention(fits[0], start, end)


def _after_the(low: str, nouns) -> bool:
    """Whether one of ``nouns`` occurs in the lower-cased text with 'the ' in the 30 characters before it."""
    for noun in nouns:
        i = low.find(noun)
        while i >= 0:
            if "the " in low[max(0, i - 30):i]:
                return True
            i = low.find(noun, i + 1)
    return False


_THE = re.compile(THE + r"\s+")
_MOD = re.compile(r"[\w’'.-]+\s+")
_HEAD_END = re.compile(r"\b(?!\s+of\b|-)")


def _called_at(text: str, heads: list[str]) -> Iterator[tuple[int, int, int]]:
    """(start, start of the noun, end) of each 'the' + up to two words + one of ``heads`` (longest first) in
    ``text``, not followed by 'of' or a hyphen, the fewest words between them, left to right without overlaps:
    what one regular expression over the story's nouns would find, with three patterns compiled once
    instead of one per story."""
    taken = 0
    for the in _THE.finditer(text):
        if the.start() < taken:
            continue  # inside the last match ('the the leader')
        at = the.end()
        for _ in range(3):  # none, one or two words before the noun
            head = next((h for h in heads if text.startswith(h, at) and _HEAD_END.match(text, at + len(h))), None)
            if head is not None:
                taken = at + len(head)
                yield the.start(), at, taken
                break
            word = _MOD.match(text, at)
            if word is None:
                break
            at = word.end()


def _words_of_description(doc: Document, offsets: set[int], mods: list) -> bool:
    """Whether every lower-case word before a definite noun is a word of the description that called the
    person so ('the gang leader' after 'the leader of a gang'; 'the resident' after anything)."""
    if not mods:
        return True
    assert doc.nlp is not None
    used = set()
    for offset in offsets:
        span = doc.nlp.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None:
            used |= {t.lemma_.lower() for t in span[0].subtree}
    return all(t.lemma_.lower() in used for t in mods)


def _introduced_anew(text: str, noun: str, start: int, end: int, described: dict[str, set[int]]) -> bool:
    """Whether someone new is introduced with the noun between ``start`` and ``end`` ('a man was shot
    ... the man'), other than by the description of the person itself ('Ana Lee, a student, ...')."""
    part = text[start:end]
    if any(c in _REGEX_SIGNS for c in noun):  # ('gen.': the noun read as the pattern it always was, rare)
        return any(start + m.start("noun") not in described.get(noun, ()) for m in re.finditer(
            rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{noun})\b", part))
    # 'a', 'one' or 'another', up to two words (the fewest that do), the noun ending a word, in text order and
    # not overlapping: read with fixed patterns and string tests, not a pattern made of each noun
    n = len(noun)

    def noun_at(part: str, at: int) -> int | None:
        return n if part.startswith(noun, at) and word_char_at(part, at + n - 1) != word_char_at(part, at + n) else None

    return any(start + at not in described.get(noun, ())
               for _, at, _ in determined_nouns(part, _A_OR_ONE, _WORDS_BEFORE, noun_at))


_REGEX_SIGNS = frozenset(".^$*+?{}[]\\|()")
_A_OR_ONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+")
_WORDS_BEFORE = [re.compile(r"(?:[\w-]+\s+)" * k) for k in range(3)]  # none, one or two words before the noun


_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
                       "themselves", "it", "its", "itself", "i", "me", "my", "we", "us", "our", "you", "your"})


def _described_with(doc: Document, actor, nouns: Container[str]) -> dict[str, set[int]]:
    """The person nouns the text describes ``actor`` with, each with where it does: a word before
    a mention of its name ('student Ana Ruiz', 'the girl Ana Ruiz'), the head of an apposition ('Ana Ruiz,
    a 14-year-old girl from Lima,'; 'the student, Ana Ruiz,'), or a copula's noun ('Ruiz is a student')."""
    assert doc.nlp is not None
    out: dict[str, set[int]] = {}
    for x in actor.mentions:
        if doc.text[x.start:x.end].lower() in _PRONOUNS:
            continue  # (cheap first: a pronoun is no name to read a description beside)
        span = doc.char_span(x.start, x.end)
        if span is None or not len(span) or span.root.pos_ != "PROPN":
            continue
        root = span.root
        words = [t for t in root.children if t.dep_ in ("compound", "appos", "amod") and t.i not in range(span.start, span.end)]
        if root.dep_ == "appos":
            words.append(root.head)
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            words += [t for t in root.head.children if t.dep_ == "attr"]
        for t in words:
            low = t.lemma_.lower()
            if low in nouns and t.pos_ == "NOUN":
                out.setdefault(low, set()).add(t.idx)
    return out
