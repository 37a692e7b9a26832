"""Pronouns: he/she to a person by gender and recency, recorded on the Document; it/they on demand
(``pronoun_antecedent``), for quote speakers and event participants."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Token

from ....document import Document, children_of, heads_of, strings_of, tokens_of
from ....lexicon import table, words
from ...eventcoding.words import cues
from ...nlp.tree import fronted_subject
from ..words import PERSON_PRONOUNS, family_name_first, speech_lemmas, word_char_at
from .common import inside, quoted_spans, sentence_finder

_PRONOUNS_GROUP = {"they", "them", "their", "it", "its"}

_MALE = {"he", "him", "his", "himself"}

_FEMALE = {"she", "her", "hers", "herself"}


@lru_cache(maxsize=1)
def _gender_words() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in table("gendered_words.tsv")}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return {r["name"]: r["gender"] for r in table("given_name_genders.tsv")}


def name_gender(name: str) -> str | None:
    """The gender the first word of a person's name of two words or more says ('Kathryn Lopez' f, 'Omar
    Diaz' m; given_name_genders.tsv), none for a name said family name first ('Li Wei') or a given name
    that the list does not know or gives to both sexes."""
    tokens = [t.lower().rstrip(".") for t in name.split()]
    if len(tokens) < 2 or family_name_first(tokens):
        return None
    first = unicodedata.normalize("NFKD", tokens[0]).encode("ascii", "ignore").decode()
    return _given_names().get(first)


def resolve_person_pronouns(doc: Document) -> None:
    """he/she/him/her/his in text order, each to one person named before it, recorded as a mention of
    that person (so quote speakers and events get it from the Document).

    The antecedent is the person mentioned in the latest sentence (this one before the pronoun, or up
    to three before, not counting sentences wholly quoted when the pronoun is outside quotations), the subject of its clause first, then the nearest; a person already known as the
    other gender (from a title such as 'Ms.' or 'spokeswoman', or a pronoun resolved before) is
    skipped (also one whose given name says the other: ``name_gender``), and so is the subject of the clause an object pronoun sits in ('Putin invited him')."""
    assert doc.nlp is not None
    gender: dict[str, str] = {}
    words_g = _gender_words()
    people = {a.id for a in doc.actors if a.kind == "person"}
    if not people:
        return
    doc.cached("person_gender", gender)
    sentence = sentence_finder(doc)
    by_sentence: dict[int, list[tuple[int, bool, str]]] = {}  # sentence -> (start, subject, actor id)
    for actor in doc.actors:
        if actor.id not in people:
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            if span is None or not len(span):
                continue
            here = sentence(m.start)
            by_sentence.setdefault(here, []).append((m.start, _subject(span), actor.id))
            g = _gender_said(doc, span, words_g, sentence, here)
            if g:
                gender.setdefault(actor.id, g)
        if actor.id not in gender and name_gender(actor.name):  # a word tied to the name wins over it
            gender[actor.id] = name_gender(actor.name)
    quoted = quoted_spans(doc)

    def in_quote(offset: int) -> bool:
        return inside(quoted, offset)

    tokens = doc.tokens()
    unlinked: set[int] = set()  # he/she left to nobody on purpose: ``pronoun_antecedent`` must not guess them
    doc.cached("ambiguous_pronouns", unlinked)
    pronouns = [tokens[i] for i in doc.token_numbers("LOWER", _MALE | _FEMALE)]
    # outside quotations first: '"He ...," she said' needs to know who 'she' is before 'He' is read
    pronouns = [t for t in pronouns if not in_quote(t.idx)] + [t for t in pronouns if in_quote(t.idx)]
    for tok in pronouns:
        low = tok.lower_
        if doc.actor_of_token(tok):
            continue
        g = "m" if low in _MALE else "f"
        here = sentence(tok.idx)
        ahead = _cataphor(doc, tok) if low in ("his", "her") else None
        own = _clause_subjects(doc, tok)
        if low in _REFLEXIVE:  # 'she bettered herself': the subject of its own clause, not anybody else
            ahead, own = (next(iter(own)) if len(own) == 1 else None), set()
        relative = _relative_antecedent(doc, tok)
        if relative is not None and ahead is None and not in_quote(tok.idx):
            if tok.dep_ in ("nsubj", "nsubjpass", "poss"):  # 'Diaz, who said he would run' -> Diaz
                ahead = relative if relative not in own else None
            elif tok.dep_ in ("dobj", "dative", "iobj") and tok.head.dep_ == "relcl":
                own = own | {relative}  # 'Diaz, who met him': not Diaz
        if ahead and gender.get(ahead, g) == g and doc.actor(ahead).kind == "person":
            doc.add_mention(doc.actor(ahead), tok.idx, tok.idx + len(tok.text))
            gender.setdefault(ahead, g)
            by_sentence.setdefault(here, []).append((tok.idx, False, ahead))
            continue
        if in_quote(tok.idx):  # who speaks says 'I': 'he' in a quote is somebody else
            own = own | quote_speakers(doc, tok.idx)
        outside = not in_quote(tok.idx)  # 'he said' after a quote means no one the quote names
        first = earliest_sentence(doc, here, 3, quoted) if outside else max(0, here - 3)
        fits = [(n, *mt) for n in range(first, here + 1) for mt in by_sentence.get(n, ())
                if mt[0] < tok.idx and mt[2] not in own and gender.get(mt[2], g) == g
                and not (outside and in_quote(mt[0]))]
        if fits and outside:
            named = _named_in_own_quotation(doc, tok, quoted, {mt[3] for mt in fits})
            fits = [mt for mt in fits if mt[3] not in named]
        if not fits:
            continue
        best = max(fits, key=lambda mt: (mt[0], mt[2], mt[1]))
        if _joined_twin(doc, best, fits):  # 'Perez and Gomez met the mayor. He ...': either of them
            unlinked.add(tok.i)
            continue
        actor = doc.actor(best[3])
        assert actor is not None
        doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))
        gender.setdefault(actor.id, g)
        by_sentence.setdefault(here, []).append((tok.idx, tok.dep_ in ("nsubj", "nsubjpass"), actor.id))
    doc.cached("person_gender", gender)  # what ``pronoun_antecedent`` asks of a he/she left unresolved here
    first_person_in_quotes(doc, in_quote)


def _joined_twin(doc: Document, best: tuple, fits: list[tuple]) -> bool:
    """Whether the person a he/she would be given is one of two people joined by 'and' in one phrase ('Juan
    Perez and Pedro Gomez met the mayor. He ...') and the other joined person fits the pronoun as well (same
    gender or none known): a reader cannot tell which of the two it is, so it names neither. ``fits`` are
    the candidates (sentence, start, subject, actor id) that passed the gender check."""
    others = {mt[3]: mt[1] for mt in fits if mt[0] == best[0] and mt[3] != best[3]}
    if not others:
        return False
    assert doc.nlp is not None
    here = doc.nlp.char_span(best[1], best[1] + 1, alignment_mode="expand")
    if here is None or not len(here):
        return False
    root = here[0]
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
        joined.extend(c for c in root.head.children if c.dep_ == "conj" and c.i != root.i)
    for tok in joined:
        words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "flat"))]
        if any(doc.actor_of_token(w) in others for w in words):
            return True
    return False


def _named_in_own_quotation(doc: Document, pronoun: Token, quoted: list[tuple[int, int]], ids: set[str]) -> set[str]:
    """Of the people ``ids``, those the quotation a he/she says names by name ('He said: "Lowe was a kind
    man"', '"Ruiz never gave up," she added'): who speaks of a person by name is somebody else. The
    quotation is the one right before the pronoun or right after its speech verb; a name is the person's
    last name or whole name as a word of it."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in speech_lemmas():
        return set()
    text = doc.text
    said = None
    i = bisect_right(quoted, (pronoun.idx, float("inf"))) - 1
    if i >= 0 and _QUOTE_GAP.fullmatch(text, quoted[i][1], pronoun.idx):
        said = quoted[i]  # '"...," he said'
    elif i + 1 < len(quoted) and quoted[i + 1][0] >= verb.idx + len(verb.text) > pronoun.idx and \
            _QUOTE_GAP.fullmatch(text, verb.idx + len(verb.text), quoted[i + 1][0]):
        said = quoted[i + 1]  # 'He said: "..."'
    if said is None:
        return set()
    words = text[said[0]:said[1]]
    named = set()
    for aid in ids:
        name = doc.actor(aid).name
        last = name.split()[-1] if name.split() else ""
        if len(last) > 2 and _bounded_in(words, last):
            named.add(aid)
    return named


def _bounded_in(text: str, word: str) -> bool:
    r"""Whether ``word`` stands in ``text`` between word boundaries: ``re.search(rf"\b{re.escape(word)}\b",
    text)`` by plain string search (a pattern made of each name would crowd the re module's cache)."""
    n, i = len(word), text.find(word)
    while i >= 0:
        if word_char_at(text, i - 1) != word_char_at(text, i) and word_char_at(text, i + n - 1) != word_char_at(text, i + n):
            return True
        i = text.find(word, i + 1)
    return False


_QUOTE_GAP = re.compile(r"[\s,:;\"“”'‘’—–-]{0,6}")  # between a quotation and its teller: marks and spaces only


_FIRST_PERSON = {"i", "me", "myself"}  # not 'my': 'free my client' is the client, whom the owner would stand for

_REFLEXIVE = {"himself", "herself"}


def _relative_antecedent(doc: Document, pronoun: Token) -> str | None:
    """The person a relative clause holding ``pronoun`` is about, when 'who' is that clause's subject: in
    'Diaz, who told Ruiz he would help' the clause's own subject is Diaz, nearer than the sentence's."""
    head = pronoun.head
    if pronoun.dep_ == "poss":  # 'who lost his job', 'who spoke of his plans'
        head = head.head.head if head.head.dep_ == "prep" else head.head
    elif pronoun.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ccomp":  # 'who said he would run'
        head = head.head
    for verb in (head,):  # only the relative clause itself, not a clause further down ('who told X he would help him find')
        if verb.dep_ == "relcl":
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ not in ("who", "that"):
                return None
            found = {a for a in (doc.actor_of_token(t) for t in _named_by(verb.head)) if a}
            actor = doc.actor(next(iter(found))) if len(found) == 1 else None
            return actor.id if actor is not None and actor.kind == "person" and verb.head.i < pronoun.i else None
    return None


def _cataphor(doc: Document, pronoun: Token) -> str | None:
    """A possessive in a phrase put before its clause's subject points ahead to that subject when the subject
    names a person ('In her reply, Ruiz said' -> Ruiz; 'After his arrest, the lawyer for Diaz' names nobody
    here); the events stage reads the same shape (``nlp.tree.fronted_subject``)."""
    subject = fronted_subject(pronoun)
    if subject is None:
        return None
    found = {a for a in (doc.actor_of_token(t) for t in _named_by(subject)) if a}
    return next(iter(found)) if len(found) == 1 else None


def _quotation_at(quoted: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    return quoted[bisect_right(quoted, (offset, float("inf"))) - 1]


def first_person_in_quotes(doc: Document, in_quote) -> None:
    """'I', 'me', 'myself' inside a quotation are its speaker when the words around it name one person as the
    speaker (``quote_speakers``, read once the he/she outside quotations are known: '"I ...," he said'),
    recorded as mentions of that person. A quotation told by several actors, by a body or a group, or by
    nobody the text names gives its 'I' to nobody. The possessive 'my' is left to the events stage, which reads
    the speaker for it where the owner is the party ('my home'), not where the owned person is ('my client')."""
    quoted = quoted_spans(doc)
    tokens = doc.tokens()
    for i in doc.token_numbers("LOWER", _FIRST_PERSON):  # (the array first: a Token per word is slow)
        tok = tokens[i]
        if doc.actor_of_token(tok) or not in_quote(tok.idx):
            continue
        speakers = quote_speakers(doc, tok.idx)
        if len(speakers) != 1:
            continue
        actor = doc.actor(next(iter(speakers)))
        if actor is None or actor.kind != "person":
            continue
        start, end = _quotation_at(quoted, tok.idx)
        if any(start <= m.start < end and m.text.lower() not in PERSON_PRONOUNS | _FIRST_PERSON for m in actor.mentions):
            continue  # '"Prompted, I think, by the Cruise video ..."': who is named in it is not who says it
        doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))


def _gender_said(doc: Document, span, words_g: dict[str, str], sentence, here: int) -> str | None:
    """The gender a word of the name's own phrase says: a title or gendered noun just before the name
    that the parse ties to it ('Ms. Lee', 'his wife Ana Ruiz', 'the spokeswoman, Ana Ruiz'), or the head
    of an apposition after it ('Ana Ruiz, a mother of three'). A gendered noun of another phrase
    that merely stands near is not the name's ('to speak with his mother, Ruiz was put through': Ruiz is
    not the mother)."""
    # (read off the parse's arrays by token index: no Token is made for the words looked at)
    sdoc = span.doc
    lows, pos, deps = strings_of(sdoc, "LOWER"), strings_of(sdoc, "POS"), strings_of(sdoc, "DEP")
    heads, kids = heads_of(sdoc), children_of(sdoc)
    inside_span = range(span.start, span.end)
    for i in range(max(0, span.start - 3), span.start):
        g = words_g.get(lows[i].rstrip("."))
        if g and pos[i] != "VERB" and (pos[i] == "NOUN" or strings_of(sdoc, "ORTH")[i][:1].isupper()) \
                and sentence(tokens_of(sdoc)[i].idx) == here \
                and (heads[i] in inside_span or any(heads[t] == i for t in inside_span)):
            # a title or a gendered noun ('Ms.', 'his sister'), not a verb ('you cannot miss')
            return g
    for t in inside_span:
        for appos in kids[t]:
            if deps[appos] == "appos" and appos >= span.end and pos[appos] == "NOUN":
                g = words_g.get(lows[appos])
                if g:
                    return g
    return None


class _QuoteSpeakers:
    """Who speaks each quotation, read from the words around it before the quotes stage runs: the
    subject of a speech verb (speech_cues.tsv) in the same sentence before the quotation ('Ruiz said:
    "..."') or after it ('"...," Ruiz said'); a quotation without one continues the quotation before it
    when that one ended at most QUOTE_RUN sentences earlier ('"...," Ruiz said. "..."'), or else is told
    by the speaker of the sentence just before it ('Two passengers described the attack. "..."')."""

    def __init__(self, doc: Document, quoted: list[tuple[int, int]]):
        self.doc, self.quoted, self.found = doc, quoted, {}

    def of(self, offset: int) -> frozenset[str]:
        i = bisect_right(self.quoted, (offset, float("inf"))) - 1
        return self._speakers(i) if i >= 0 and offset < self.quoted[i][1] else frozenset()

    def _speakers(self, i: int) -> frozenset[str]:
        if i not in self.found:
            self.found[i] = frozenset()  # no loop through a run of quotations
            start, end = self.quoted[i]
            ids = self._around(start, end)
            if not ids and self._told_by_nobody_named(start, end):
                return self.found[i]  # '"...," the poster wrote': not the speaker of the quotation before
            sentence = sentence_finder(self.doc)
            if not ids and i > 0 and sentence(start) - sentence(max(0, self.quoted[i - 1][1] - 1)) <= QUOTE_RUN:
                ids = self._speakers(i - 1)
            if not ids and sentence(start) > 0:  # 'Two passengers described the attack. "They shot ..."'
                starts = self.doc.sentence_starts()
                before = starts[sentence(start) - 1]
                if not inside(self.quoted, before):
                    ids = self._around(before, before)
            self.found[i] = ids
        return self.found[i]

    def _around(self, start: int, end: int, anyone: bool = False) -> frozenset[str]:
        """The actors named by the subjects of speech verbs outside the quotation in its sentences; with
        ``anyone``, a mark ('') when such a subject is there but names no actor ('One reader wrote')."""
        doc = self.doc
        starts = doc.sentence_starts()
        first = starts[bisect_right(starts, start) - 1]
        k = bisect_right(starts, max(start, end - 1))
        last = starts[k] if k < len(starts) else len(doc.text)
        ids = set()
        span = doc.nlp.char_span(first, last, alignment_mode="expand") if doc.nlp is not None else None
        if span is None:
            return frozenset(ids)
        # (the subjects and their verbs read off the parse's arrays, the Tokens taken from its one list of them)
        tokens, heads = tokens_of(doc.nlp), heads_of(doc.nlp)
        deps, lemmas, said = doc.token_strings("DEP"), doc.token_strings("LEMMA", lower=True), speech_lemmas()
        for i in range(span.start, span.end):
            if deps[i] != "nsubj" or lemmas[heads[i]] not in said:
                continue
            tok = tokens[i]
            if start <= tok.idx < end or inside(self.quoted, tokens[heads[i]].idx):
                continue
            named = {a for a in (doc.actor_of_token(t) for t in _named_by(tok)) if a}
            ids.update(named or ({""} if anyone and tok.pos_ in ("NOUN", "PROPN") and not _definite(tok) else ()))
        return frozenset(ids)

    def _told_by_nobody_named(self, start: int, end: int) -> bool:
        """Whether the quotation's own sentence gives it a new speaker that is no actor: an indefinite noun
        subject of a speech verb ('one poster wrote', 'a witness said', 'residents say') that names nobody the
        text made an actor ('the spokesperson added' may be the one who spoke before)."""
        return self._around(start, end, anyone=True) == frozenset({""})


def _definite(noun: Token) -> bool:
    """A noun with 'the', 'this', 'that' or an owner before it: somebody the text may have named before."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _named_by(subject: Token) -> list[Token]:
    """The words of a speaking subject that name the speaker: the head, its compounds and the subjects
    joined to it ('Ruiz and Diaz'), the counted noun of 'two of the passengers' — not its modifiers,
    owners and clauses ('the French minister', 'the fact that Indonesia's results ... indicates')."""
    heads = [subject, *subject.conjuncts]
    heads += [g for h in heads if h.pos_ in ("NUM", "ADJ", "PRON", "DET") for p in h.children if p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.children) if t is h or t.dep_ in ("compound", "flat")]


def quote_speakers(doc: Document, offset: int) -> frozenset[str]:
    """The actors who speak the quotation around ``offset`` (none outside quotations), as
    ``_QuoteSpeakers`` reads them, kept on the document."""
    speakers = doc.cached("quote_speakers") or doc.cached("quote_speakers", _QuoteSpeakers(doc, quoted_spans(doc)))
    return speakers.of(offset)


QUOTE_RUN = 1  # sentences between two quotations for the second, unattributed, to continue the first


def earliest_sentence(doc: Document, here: int, reach: int, quoted: list[tuple[int, int]]) -> int:
    """The first sentence a pronoun outside quotations looks back to: ``reach`` sentences before its own,
    not counting sentences wholly inside a quotation (a long quote between 'Linda Ruiz told VOA' and
    '..., she said' holds no antecedent and does not push the speaker out of reach)."""
    starts = doc.sentence_starts()
    n, counted = here, 0
    while n > 0 and counted < reach:
        n -= 1
        end = (starts[n + 1] if n + 1 < len(starts) else len(doc.text)) - 1
        while end > starts[n] and doc.text[end].isspace():
            end -= 1
        if not (inside(quoted, starts[n]) and inside(quoted, end - 1)):
            counted += 1
    return n


def _subject(span) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ in
               ("compound", "flat") for t in span)

PRONOUN_REACH = 2  # sentences before its own that it/they/he/she look back over


def pronoun_antecedent(doc: Document, pronoun: Token, person: bool = False) -> str | None:
    """The actor a pronoun most likely stands for: the one coreference gave it (he/she), else by number
    and kind: a person for he/she, an organisation, country, outlet or group for it/its/they/their
    (news says 'the authorities ... it' and 'the ministry ... they' alike). The candidates are the actors mentioned
    before it in its sentence and the PRONOUN_REACH before, outside quotations when the pronoun is
    outside them; the subject of a clause wins, then a group for 'they', then the nearest. The subject
    of the pronoun's own clause is skipped for an object pronoun ('Putin invited him'). With ``person``
    any word is read as he/she would be (a definite description of a person that names nobody itself),
    whatever actor the description was made into on its own.

    By class of pronoun: he/she skips a person known as the other gender (a title, a gendered word or a
    pronoun resolved before, as ``resolve_person_pronouns`` read them); they/them/their never stand for
    one country named by its name outside quotations (news writes 'it' for a country: 'they' after 'Cuba
    ... migrants' is the people; a speaker's '"China ... they"' may be); it/its is nobody when it is a dummy subject ('it is time', 'when it comes to') or when a
    singular noun that names no body stands nearer ('the Iranian ship ... it', 'the book ... it'), as a
    plural noun does for 'they'; a news outlet is only what 'it said' or 'its report' points back to."""
    resolved = doc.actor_of_token(pronoun)
    if resolved and not person:
        return resolved
    if pronoun.i in (doc.cached("ambiguous_pronouns") or ()):
        return None  # two joined people fit it equally (``_joined_twin``)
    low = pronoun.lower_
    if low in SINGULAR_THING and not person and _dummy_it(pronoun):
        return None
    other = None  # the gender a he/she rules out: a person known as the other one is nobody it names
    if low in PERSON_PRONOUNS or person:  # person: a word that stands for a person ('the official' said)
        kinds = {"person": 1}
        other = "f" if low in _MALE and not person else "m" if low in _FEMALE and not person else None
    elif low in _PRONOUNS_GROUP:
        kinds = {"group": 1, "organization": 1, "country": 1, "media": 1}
    else:
        return None
    assert doc.nlp is not None
    here = sentence_finder(doc)(pronoun.idx)
    own_subjects = _clause_subjects(doc, pronoun)
    quoted = quoted_spans(doc)
    outside = not inside(quoted, pronoun.idx)  # '..., they wrote' after a quote: nobody the quote names
    window_start = doc.sentence_starts()[earliest_sentence(doc, here, PRONOUN_REACH, quoted) if outside
                                         else max(0, here - PRONOUN_REACH)]
    plural = low in PLURAL_PRONOUNS and not person
    # an outlet is in a story as a teller ('told VOA', 'as the Times reported'): a pronoun stands for it
    # only as its owner ('its report') or as the subject of a speech verb ('it said', 'they wrote')
    outlet_ok = pronoun.dep_ == "poss" or pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in speech_lemmas()
    best: tuple[int, int, int, str] | None = None
    gender = (doc.cached("person_gender") or {}) if other else {}
    for actor in doc.actors:
        if actor.kind not in kinds or actor.id in own_subjects or other and gender.get(actor.id) == other:
            continue
        if actor.kind == "media" and (not outlet_ok or plural):
            continue  # (an outlet is 'it': 'told VOA ... their ordeal' is somebody else's)
        for m in actor.mentions:
            if window_start <= m.start < pronoun.idx and m.end <= pronoun.idx and not (
                    outside and inside(quoted, m.start)):
                if plural and outside and actor.kind == "country" and _named_by_name(doc, m, alone=True):
                    continue  # 'Cuba ... they': a reporter writes 'it' for a country (a speaker may not)
                rank = (int(_is_subject_at(doc, m.start)), kinds[actor.kind], m.start)
                if best is None or rank > best[:3]:
                    best = (*rank, actor.id)
    if best is not None and low in PLURAL_PRONOUNS:
        for noun in _plural_nouns(doc, window_start, pronoun, quoted if outside else None):
            if (1, 1, noun.idx) > best[:3]:
                return None  # 'visa holders may be sent home if they break the rules': no actor
    if best is not None and low in SINGULAR_THING and not person:
        for noun, subject in _singular_things(doc, window_start, pronoun, quoted if outside else None):
            if not subject and best[3] in _subject_actors(doc, noun.head):
                continue  # 'The UNHCR shares that concern. It said ...': the subject stays the topic
            if (subject, 1, noun.idx) > best[:3]:
                return None  # 'the Iranian ship ... when it arrived': the ship, no actor
    return best[3] if best else None


PLURAL_PRONOUNS = frozenset({"they", "them", "their"})  # (read by the events stage's pronoun check too)

SINGULAR_THING = frozenset({"it", "its"})

@lru_cache(maxsize=1)
def _dummy_words() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in table("coref_dummy_it.tsv")}


def _dummy_it(pronoun: Token) -> bool:
    """'It is urgent that ...', 'it's a gift to', 'when it comes to', 'It comes as':
    a subject 'it' of a verb or of a copula's noun or adjective in coref_dummy_it.tsv names nothing ('it
    said' does, and so does 'it is ready to')."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return False
    head = pronoun.head
    kind = _dummy_words().get(head.lemma_.lower())
    if head.lemma_.lower() == "come":  # 'when it comes to' ('it came under fire' names the train)
        return any(c.lower_ in ("when", "if") for c in head.children) and any(c.lower_ == "to" for c in head.children)
    if pronoun.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" and c.i > head.i for c in head.children):
        return True  # 'it was decided that ...', 'it is believed that ...'
    if kind == "verb":
        return True
    if head.lemma_.lower() == "be":  # 'It is urgent', 'it's a gift': what follows the copula
        after = [c for c in head.children if c.dep_ in ("attr", "acomp") and c.i > pronoun.i]
        return any(c.pos_ in ("NOUN", "NUM") or _dummy_words().get(c.lemma_.lower()) == "adjective"
                   or _extraposed(head, c) for c in after)
    if not any(c.dep_ == "cop" for c in head.children):
        return False
    return head.pos_ in ("NOUN", "NUM") or kind == "adjective"


def _extraposed(copula: Token, adjective: Token) -> bool:
    """'it is crucial that ...', 'it is cheaper to ...': an adjective after the copula with a clause after it
    (on the copula or on the adjective) puts the real subject in that clause, unless the adjective is one a
    body can be of itself ('it is ready to talk', 'it is confident that'; kind 'agent' in coref_dummy_it.tsv)."""
    if adjective.pos_ != "ADJ" or _dummy_words().get(adjective.lemma_.lower()) == "agent":
        return False
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > adjective.i
               for c in (*copula.children, *adjective.children))


def _named_by_name(doc: Document, mention, alone: bool = False) -> bool:
    """Whether a mention is the proper name itself ('Cuba', 'the United States'), not 'the government';
    with ``alone``, not one of several joined ('levies on Brazil, Chile and Peru to press them')."""
    assert doc.nlp is not None
    span = doc.char_span(mention.start, mention.end)
    if span is None or not len(span) or span.root.pos_ != "PROPN":
        return False
    return not (alone and (span.root.conjuncts or span.root.dep_ == "conj"))


def _subject_actors(doc: Document, verb: Token) -> set[str]:
    """The actors named in the subject of ``verb``."""
    return {a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
            for a in (doc.actor_of_token(t),) if a}


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Singular nouns that may name a body ('the outfit', 'the ministry'): these do not stand between
    'it' and the body named before."""
    return frozenset(words("coref_body_nouns.txt") | {r["noun"] for r in table("coref_nouns.tsv")})


_THING_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _singular_things(doc: Document, start: int, pronoun: Token, quoted) -> list[tuple[Token, int]]:
    """Singular common nouns with a determiner or owner heading a subject (1) or an object (0) between
    ``start`` and the pronoun that name no actor and no body ('the ship', 'the constitution', 'her book'):
    what 'it' may stand for instead of an actor. Nouns in quotations are left out when ``quoted`` is given."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(start, pronoun.idx, alignment_mode="expand")
    found = []
    bodies = body_nouns()
    for tok in span if span is not None else ():
        if tok.tag_ != "NN" or tok.i >= pronoun.i or tok.dep_ not in _THING_DEPS:
            continue
        if tok.lemma_.lower() in bodies or quoted is not None and inside(quoted, tok.idx):
            continue
        if not any(c.dep_ in ("det", "poss") for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # 'Chinese investment', 'a lot of', 'the burden of proof': nothing pointed back to
        if _names_actor(doc, tok) or doc.referents(tok):
            continue
        found.append((tok, int(tok.dep_ in ("nsubj", "nsubjpass"))))
    return found


def _plural_nouns(doc: Document, start: int, pronoun: Token, quoted) -> list[Token]:
    """Plural common nouns heading a subject or object between ``start`` and the pronoun that name no
    actor ('migrants', 'green card holders', 'the curbs'): what 'they' may stand for instead of an
    actor ('Guantanamo ... migrants ... as they await'). Nouns in quotations are left out when
    ``quoted`` is given."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(start, pronoun.idx, alignment_mode="expand")
    found = []
    for tok in span if span is not None else ():
        if tok.tag_ != "NNS" or tok.i >= pronoun.i or quoted is not None and inside(quoted, tok.idx):
            continue
        if not _quantity_subject(tok.head if tok.dep_ == "conj" else tok):
            continue
        if _names_actor(doc, tok, plural=True) or doc.referents(tok):
            continue
        if _counted_actor(doc, tok):
            continue  # 'Tens of thousands of Kenyans protested. They ...': the count is the Kenyans
        found.append(tok)
    return found


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    return words("member_nouns.txt")


def _names_actor(doc: Document, noun: Token, plural: bool = False) -> bool:
    """Whether a common noun's phrase up to the noun names an actor: the noun itself, its compounds, owner or
    words before it ('the Trump administration', "Iran's navy"), but not a demonym adjective of its own,
    which tells whose thing it is ('the Iranian vessel', 'Chinese investment' are a vessel and investment);
    with ``plural``, not a body named before the noun either when the noun itself is no actor's word ('EU
    member states', 'Hamas hostages' are people, not the body)."""
    if plural and not doc.actor_of_token(noun) and noun.lemma_.lower() not in _member_nouns():
        # ('Scientology officials' do speak for the body: member_nouns.txt)
        return any(doc.actor_of_token(t) for t in noun.subtree if t.i < noun.i
                   and not (t.dep_ in ("amod", "compound") and t.head.i == noun.i))
    return any(doc.actor_of_token(t) for t in noun.subtree if t.i <= noun.i
               and not (t.dep_ == "amod" and t.head.i == noun.i and t.pos_ == "ADJ" and not noun.tag_.startswith("NNP")))


def object_clause(pronoun: Token) -> Token:
    """The word heading the clause an object pronoun sits in: its verb, the verb of the preposition it
    follows ('fired at them'), and through a part or a quantity it counts, the verb taking that part ('police
    detained dozens of them', 'freed some of them', 'shot three of them': round 19, evparty19). An object
    pronoun never stands for that clause's subject (else 'themselves')."""
    head = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" and head.dep_ in ("dobj", "dative") \
            and head.pos_ in ("NOUN", "NUM", "PRON", "DET", "ADJ"):
        head = head.head
    return head


def _clause_subjects(doc: Document, pronoun: Token) -> set[str]:
    """Actors that are the subject of the clause an object pronoun sits in: 'Putin ... inviting him'
    cannot mean Putin himself. Only the words that name the subject count (its head, compounds, joined
    subjects and appositions), not an owner or a phrase of it: 'Ruiz's lawyer asked him' may mean Ruiz."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative", "iobj") or pronoun.lower_ in ("his", "her", "its", "their"):
        return set()
    head = object_clause(pronoun)
    subjects = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and head.dep_ in ("xcomp", "advcl", "acl", "ccomp", "conj"):
        subjects = [t for t in head.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    found = set()
    for subject in subjects:  # the subject's own names, not its owner's ("Ruiz's sister urged him": Ruiz may be him)
        for head in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            found.update(a for a in (doc.actor_of_token(t) for t in _named_by(head)) if a)
    return found


def _is_subject_at(doc: Document, offset: int) -> bool:
    """Whether the mention at ``offset`` is a subject, or what a subject that counts it stands for ('thousands
    of Kenyans protested', 'hundreds of students': a quantity noun of event_status.tsv, ``_counter``)."""
    assert doc.nlp is not None
    tok = doc.nlp.char_span(offset, offset + 1, alignment_mode="expand")
    return bool(tok) and any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")
                             or _counter(t).dep_ in ("nsubj", "nsubjpass") for t in tok)


def _quantity_nouns() -> frozenset[str]:
    """The nouns that count people ('thousands', 'tens', 'hundreds', 'a crowd of'): event_status.tsv's
    quantity cues, read through the events stage's one reader of that table (``eventcoding.words.cues``), the
    list it reads 'thousands of X' as X by too."""
    return cues("quantity")


def _counter(tok: Token) -> Token:
    """The outermost quantity noun that counts ``tok`` through 'of' ('[tens] of thousands of Kenyans' ->
    'tens'), else ``tok`` itself."""
    t = tok
    for _ in range(4):
        of = t.head
        if t.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in _quantity_nouns():
            break
        t = of.head
    return t


def _counted_actor(doc: Document, noun: Token) -> bool:
    """Whether a quantity noun counts an actor named in its 'of' phrase ('tens of thousands of Kenyans',
    'hundreds of students'): 'they' after it stands for that actor, the count is no rival of it."""
    if noun.lower_ not in _quantity_nouns():
        return False
    t = noun
    for _ in range(4):
        objs = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if not objs:
            return False
        t = objs[0]
        if doc.actor_of_token(t):
            return True
        if t.lower_ not in _quantity_nouns():
            return False
    return False


def _quantity_subject(tok: Token) -> bool:
    """A subject, or the noun a quantity subject counts ('many of the students', 'two of the men')."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("ADJ", "NUM", "PRON", "DET"):
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass")
