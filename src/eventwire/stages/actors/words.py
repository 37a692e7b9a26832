"""The actors stage's view of its data files: countries, demonyms, roles, institutions, outlets, people.

Everything here is read from ``eventwire/lexicons/`` once per process and turned into lookups and
compiled patterns; no word list lives in code.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain

from ... import settings
from ...lexicon import table, words
from ...lookahead import THE, first_chars, led


# One word of a person's name as written: capitalised letters, hyphenated parts allowed ('Maxwell', 'Jean-Pierre',
# 'al-Bashir' after a capital), no digits, dots or capitals inside ('UNHCR', 'U.S.'). Read by broken_names (two
# PERSON spans that are one name) and mentions (a body's name that reads as a person's).
PERSON_NAME_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'’]+(?:-[A-Z]?[a-z\u00e0-\u00ff]+)*")

# the first preposition of a body's name that joins its head to the field it works in ('Bureau of International
# Narcotics ...', 'Commission on Human Rights', 'Centre for Strategic Studies'): read by ``ActorWords.org_kind``
_NAME_FIELD = re.compile(r"\s(?:of|for|on)\s")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# Words that say an office is held no more ("former", "ex-", "the late", "then-President"): the one
# definition read by sector (a title held once gives no sector now), coref.roles ('the president' is not a
# former one) and sector_text (a former officer does not follow the body).
FORMER_WORDS = r"(?:(?:former|erstwhile|retired|onetime|one-time|late)\b|ex-|then-)"
# The same words as the parser's tokens, for rules that read the parse ('ex-minister' is 'ex', '-',
# 'minister'); 'then' is left out: alone, as a token, it is mostly 'and then'.
FORMER_TOKENS = frozenset({"former", "erstwhile", "retired", "onetime", "one-time", "late", "ex", "ex-"})


def word_char_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a character ``\\w`` matches (False outside the text): the one test of where a word ends
    for readers that find names with string tests instead of a pattern made per story (round 28's speed work)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def determined_nouns(text: str, opener: re.Pattern[str], fillers: list[re.Pattern[str]],
                     noun_at: Callable[[str, int], int | None]) -> Iterator[tuple[re.Match[str], int, int]]:
    """(the opener's match, the noun's start, its end) of each phrase of ``text``, in text order and not overlapping:
    an ``opener`` ('the ', 'a '), the fewest filler words that do (``fillers``: patterns of none, one, two ...
    words), then a noun whose length ``noun_at(text, at)`` gives (None: no noun there). What ``re.finditer`` finds
    with the nouns written into one pattern, read with fixed patterns and string tests (a pattern made of each
    story's nouns would be compiled anew each time: round 28's speed work; coref.introduced, coref.epithets)."""
    last = 0
    for opened in opener.finditer(text):
        if opened.start() < last:
            continue
        for filler in fillers:
            m = filler.match(text, opened.end())
            if m is None:
                break
            at = m.end()
            n = noun_at(text, at)
            if n is not None:
                yield opened, at, at + n
                last = at + n
                break


def former_members(tok) -> bool:
    """Whether the words before a member noun (a spaCy token) say its people belong to their body no more:
    'former members', 'retired officials', 'ex-members' (one token, or the parser's 'ex', '-'). Read where
    members act as their body (the actors stage's members of bodies, eventcoding.participants.members_body):
    former ones do not act for it."""
    if any(t.lower_ in FORMER_TOKENS for t in tok.lefts) or tok.lower_.startswith("ex-"):
        return True
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "ex"


# Verbs (lemmas) by which a person leads a body (leading_verbs.txt, which nlp.tree.leaders reads for "the unit
# commanded by X"): "X, who heads the party" (sector_text; coref.relations, which adds founding and owning).
LEAD_VERBS = words("leading_verbs.txt")
# Quotation marks that open and close a quotation or a title ('the book "X"', 'the film ‘X’'), straight and
# curly, as tokens or characters of the text.
OPEN_QUOTES = frozenset({'"', "“", "‘", "'"})
CLOSE_QUOTES = frozenset({'"', "”", "’", "'"})
# The pronouns that stand for one person (coref.pronouns resolves them; not_people reads a name one follows
# as a person's).
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})


@lru_cache(maxsize=8)
def court_words(*kinds: str) -> frozenset[str]:
    """The words of court_words.tsv of the given kinds: 'place' (court, trial), 'person' (the advocates who
    plead in a court), 'adviser' (advocates' words that also name advisers of no court: 'counselor')."""
    return frozenset(r["word"] for r in table("court_words.tsv") if r["kind"] in kinds)


@lru_cache(maxsize=1)
def title_kinds() -> dict[str, str]:
    """The kind words of title_kinds.tsv with the sector each gives the title it modifies ('gang' CRM, 'tribal'
    CVL): the one table of two-word titles of a kind, read for a person (sector_text.titles_of_kinds) and
    a group (mentions: ``title_kind``)."""
    return {r["word"]: r["sector"] for r in table("title_kinds.tsv")}


def title_kind(kind: str, head: str) -> str | None:
    """The sector of a title a kind word makes of a title head ('tribal' 'leader' CVL, 'gang' 'boss' CRM;
    ``title_kind_heads.txt``), None when the head is no such title or the word no kind."""
    return title_kinds().get(kind) if head in words("title_kind_heads.txt") else None


@lru_cache(maxsize=1)
def _role_families() -> dict[str, str]:
    return {r["role"]: r["family"] for r in table("coref_role_families.tsv")}


def role_family(role: str) -> str | None:
    """The family of ``role`` in coref_role_families.tsv ('ambassador' -> 'diplomat'), or None: read by
    coreference (coref.common: same_role, is_spokesperson) and by the mention readers (titles.diplomat_noun),
    here where both read it (coref reads the mention readers)."""
    return _role_families().get(role)


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """The lemmas of the verbs by which somebody says something (every cue of ``speech_cues.tsv``, which
    the quotes stage reads with its uses): the subject of one is a speaker."""
    return frozenset(r["cue"] for r in table("speech_cues.tsv"))


def former_before(between: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for a former-office word followed by ``between`` up to the end of the text searched."""
    return re.compile(rf"(?i:\b{FORMER_WORDS})\s*{between}$", flags)


_POSSESSIVE = re.compile(r"'s$")
_DASHES = re.compile(r"[-–—]")
_PUNCT = re.compile(r"[^\w\s'./]")
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16_384)  # the same names come back again and again within and across articles
def norm(text: str) -> str:
    """A name for comparison: case-folded, curly apostrophes straightened, hyphens as spaces, no 'the'."""
    text = _POSSESSIVE.sub("", text.casefold().translate(_APOSTROPHES))
    text = _PUNCT.sub("", _DASHES.sub(" ", text))
    return _SPACES.sub(" ", _ARTICLE.sub("", text.strip())).strip()


@lru_cache(maxsize=1)
def _place_phrase_prepositions() -> frozenset[str]:
    return frozenset(r["word"] for r in table("group_place_phrase_words.tsv") if r["kind"] == "preposition")


def group_head(actor) -> str:
    """The head noun of a group actor's name, lower case: its last word, or the word before a phrase of where it
    serves ('officials' of 'Officials in the two provinces', 'envoys' of 'envoys from twenty countries':
    ``group_place_phrase_words.tsv``). Of other actors, the name's last word. '' for no name."""
    said = actor.name.lower().split() if actor.name else []
    if actor.kind == "group":
        at = next((i for i, x in enumerate(said) if i and x in _place_phrase_prepositions()), None)
        if at is not None:
            return said[at - 1]
    return said[-1] if said else ""


class Anchor:
    """Words of a list found anywhere in a text whatever their case, as ``(?i:\\b(?:words)\\b)`` finds
    them, but read on the lower-cased text with a case-sensitive pattern: two to three times faster for a
    long word list. ``spans(text)`` gives the (start, end) of each, in order."""

    def __init__(self, alternation: str, phrases: Iterable[str] = ()) -> None:
        self.pattern = re.compile(rf"(?i:\b(?:{alternation})\b)")
        lowered = alternation.lower()
        # lower-casing the list must change nothing but its letters ("\\S" would become "\\s")
        self._lowered = None if re.search(r"\\[A-Za-z]", alternation) else re.compile(rf"\b(?:{lowered})\b")
        # When every word of the list begins with a word character, '\b' before one is 'a character that is
        # not a word character, or none': the list led by '\W' and read in the lower-cased text after one
        # space finds the same words. A pattern led by a character class lets the engine run to the next
        # such character in C instead of trying '\b' at every character (a fifth less CPU over the VOA
        # stories); the match's last character may be the next one's '\W', so each search resumes there.
        first = first_chars(lowered) if self._lowered is not None and "(?<" not in lowered else None
        self._led = re.compile(rf"\W(?:{lowered})\b") if first and re.fullmatch(r"\[\w+\]", first) else None
        # ``phrases``, the words ``alternation`` was written for: the first word of each, lower-cased. Where every
        # phrase begins with a word character a match begins where a word of the text begins, and that word (its
        # whole run of word characters, the phrase's next character being none or '\b' after it) is the
        # phrase's first word: a text holding none of these words holds no match, and the pattern is tried only
        # where one of them stands (``_first_word_spans``) instead of along the whole text.
        self._first_words = first_words(phrases) if self._led is not None else None
        # (the text read last and its spans: several readers of one article ask one anchor, 'state_body_anchor')
        self._last: tuple[str, tuple[tuple[int, int], ...]] | None = None

    def spans(self, text: str) -> list[tuple[int, int]]:
        last = self._last  # (read once: another thread may replace it)
        if last is not None and last[0] is text:
            return list(last[1])
        found = self._spans(text)
        self._last = (text, tuple(found))
        return found

    def _spans(self, text: str) -> list[tuple[int, int]]:
        low, padded = _lower_text(text)
        if self._lowered is None or len(low) != len(text):  # a letter whose lower case is longer ('İ')
            return [m.span() for m in self.pattern.finditer(text)]
        if self._led is None:
            return [m.span() for m in self._lowered.finditer(low)]
        if self._first_words is not None:
            return self._first_word_spans(text, low)
        found, at, search = [], 0, self._led.search
        while (m := search(padded, at)) is not None:
            start, at = m.start(), m.end() - 1  # (padded offsets are one past the text's)
            found.append((start, at))
        return found


    def _first_word_spans(self, text: str, low: str) -> list[tuple[int, int]]:
        """What ``self._lowered.finditer(low)`` finds, tried only where a phrase's first word stands in the
        lower-cased text (``first_word_matches``)."""
        return [m.span() for m in first_word_matches(self._lowered, self._first_words, text, low)]


def first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first words of ``phrases`` (lower-cased runs of word characters, as ``_text_words`` takes them), for
    ``first_word_matches``; None when a phrase begins with no word character (it may begin anywhere)."""
    firsts = [_WORD.match(p.lower()) for p in phrases if p]
    return frozenset(m.group(0) for m in firsts if m) if firsts and all(firsts) else None


def _words_present(words: frozenset[str] | None, text: str) -> frozenset[str] | None:
    """Those of ``words`` (lower-cased runs of word characters) that stand in ``text`` as words of their own
    (``_text_words``); None where the lower-cased text can not tell what a case-blind pattern finds (a letter
    whose lower case is longer, 'İ', or one it keeps that such a pattern takes for an ASCII one, 'ı', 'ſ'),
    and for ``words`` None."""
    lowered, _ = _lower_text(text)
    if words is None or len(lowered) != len(text) or "\u0131" in text or "\u017f" in text:
        return None
    return words & _text_words(text, lowered)


def holds_a_word(words: frozenset[str] | None, text: str) -> bool:
    """Whether ``text`` may hold one of ``words`` (``first_words``) as a word of its own: the pre-test of a
    pattern that can match only where such a word stands; True where the lower-cased text can not tell."""
    present = _words_present(words, text)
    return present is None or bool(present)


def first_word_matches(pattern: re.Pattern[str], words: frozenset[str] | None, text: str,
                       low: str | None = None) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds (or ``finditer(low)``, of the text lower-cased, for a pattern
    written for that), for a pattern whose every match begins where one of ``words`` (``first_words``)
    begins: the pattern is tried only where such a word stands in the lower-cased text (found by
    ``str.find``: the article's word set, ``_text_words``, tells which of them are there at all), each try
    after the last match's end, as ``finditer`` takes them. A word found inside another is tried too (the
    pattern's own '\\b' or look-behind passes over it). Where the lower-cased text can not tell
    (``_words_present``) the whole text is searched instead."""
    read = text if low is None else low
    present = _words_present(words, text)
    if present is None:
        return list(pattern.finditer(read))
    if not present:
        return []
    starts = sorted(chain.from_iterable(map(_word_starts(text).__getitem__, present)))
    found = []
    end, match = 0, pattern.match
    for at in starts:
        if at < end:
            continue  # (inside the last match: finditer goes on from its end)
        m = match(read, at)
        if m is not None:
            end = m.end()
            found.append(m)
    return found


_WORD = re.compile(r"\w+")

# the last text, lower-cased, and lower-cased after one space: the anchors of one article share them
_LOWERED: list[tuple[str, str, str]] = []
# the last text and the set of its words (lower-cased runs of word characters), shared the same way
_WORDS: list[tuple[str, frozenset[str]]] = []


def _text_words(text: str, low: str) -> frozenset[str]:
    if _WORDS and _WORDS[0][0] is text:
        return _WORDS[0][1]
    found = frozenset(_WORD.findall(low))
    _WORDS[:] = [(text, found)]
    return found


# the last text and, for each word asked of it, every offset where the word stands in the lower-cased text
# (inside other words too): the readers that pre-test their patterns by first words ask the same common words
_STARTS: list[tuple[str, dict[str, list[int]]]] = []


class _Starts(dict):
    """word -> every offset where it stands in the lower-cased text (``str.find``), found when first asked."""

    def __init__(self, lowered: str) -> None:
        super().__init__()
        self.lowered = lowered

    def __missing__(self, word: str) -> list[int]:
        found, find = [], self.lowered.find
        at = find(word)
        while at != -1:
            found.append(at)
            at = find(word, at + 1)
        self[word] = found
        return found


def _word_starts(text: str) -> dict[str, list[int]]:
    """The offsets of the words asked of ``text`` (``first_word_matches``), one table per text read last."""
    if _STARTS and _STARTS[0][0] is text:
        return _STARTS[0][1]
    table = _Starts(_lower_text(text)[0])
    _STARTS[:] = [(text, table)]
    return table


def _lower_text(text: str) -> tuple[str, str]:
    if _LOWERED and _LOWERED[0][0] is text:
        return _LOWERED[0][1], _LOWERED[0][2]
    low = text.lower()
    padded = " " + low
    _LOWERED[:] = [(text, low, padded)]
    return low, padded


def near(pattern: re.Pattern[str], anchor: Anchor | re.Pattern[str] | list[tuple[int, int]], text: str,
         before: int = 100, after: int = 80) -> list[re.Match[str]]:
    """Matches of a costly ``pattern`` that contain a match of its cheap, rare ``anchor`` word: the
    pattern is tried only in a small window around each anchor instead of along the whole text.
    ``anchor`` may be the anchor's (start, end) spans in ``text``, found once for several patterns."""
    if isinstance(anchor, Anchor):
        spans = anchor.spans(text)
    elif isinstance(anchor, re.Pattern):
        spans = [m.span() for m in anchor.finditer(text)]
    else:
        spans = anchor
    found: dict[tuple[int, int], re.Match[str]] = {}
    for a_start, a_end in spans:
        for m in pattern.finditer(text, max(0, a_start - before), min(len(text), a_end + after)):
            if m.start() > a_start:
                break  # later matches start later still: none can contain the anchor
            if m.end() >= a_end:
                found.setdefault(m.span(), m)
    return [found[k] for k in sorted(found)]


def family_name_first(tokens: list[str]) -> bool:
    """Whether a name of two or three words (case-folded) starts with a family name of a tradition that
    says it first ('xi jinping', 'nguyen van an'), so that its FIRST word is its short form:
    ``family_name_first.txt``."""
    return 2 <= len(tokens) <= 3 and tokens[0] in words("family_name_first.txt")


_UNDOTTED = re.compile(r"(?<![\w.])(UN|US|EU|UK)(?![\w.])")


def _dotted(name: str) -> str:
    """'UN refugee agency' -> 'U.N. refugee agency': each of these abbreviations as written with full stops."""
    return _UNDOTTED.sub(lambda m: ".".join(m.group(1)) + ".", name)


def _derived_demonyms(name: str) -> list[str]:
    """For a country the table gives no demonym: 'Liberia' -> 'Liberian', 'Guinea' -> 'Guinean'."""
    return [name + "n"] if name.endswith("a") and " " not in name else []


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    capital: str


@dataclass(frozen=True)
class Known:
    """A named institution, outlet or person from the lexicons."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    code: str | None
    role: str | None = None


def alternation(phrases: list[str], ignore_case: bool = False, curly: bool = True) -> str:
    """A pattern matching any of ``phrases`` ("'" also matching "’"; with ``curly`` False, "'" alone), the
    longest first where several fit. ``ignore_case``: the pattern is used under re.I (case variants of a
    phrase are then one branch).

    Written as a prefix tree ('South (?:Korea(?:n)?|Sudan)') rather than one branch per phrase: the regex
    engine then gives up on a position after a character or two instead of trying every phrase in turn
    (the lists run to hundreds of names). It matches what the plain list, longest first, matches: all the
    phrases that fit at one position lie on one path of the tree, which is tried deepest first. Where two
    branches of a node could take the same character ("'" beside "’", a letter whose case re.I pairs
    otherwise) it falls back to the plain list."""
    unique = {p for p in phrases if p}
    trie: dict = {}
    for phrase in unique:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch.lower() if ignore_case else ch, {})
        node[""] = {}
    odd = ignore_case and any(len(ch.lower()) != 1 for p in unique for ch in p)
    if odd or _branches_overlap(trie, ignore_case):
        return "|".join(_literal(p, curly) for p in sorted(unique, key=len, reverse=True))
    return _trie_pattern(trie, curly)


def _literal(text: str, curly: bool = True) -> str:
    return re.escape(text).replace("'", "['’]") if curly else re.escape(text)


def _branches_overlap(node: dict, ignore_case: bool) -> bool:
    if "'" in node and "’" in node:
        return True
    if ignore_case and any(not ch.isascii() and (ch.upper().lower() != ch or ch.lower().upper() != ch.upper())
                           for ch in node if ch):
        return True
    return any(_branches_overlap(child, ignore_case) for child in node.values())


def _trie_pattern(node: dict, curly: bool = True) -> str:
    """Deeper branches come before the end of a phrase, so the longest phrase that fits is tried first."""
    parts = [_literal(ch, curly) + _trie_pattern(child, curly) for ch, child in sorted(node.items()) if ch]
    if not parts:
        return ""
    if "" not in node:
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + "|".join(parts) + ")?"


class ActorWords:
    """Lookups and patterns built from the data files."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.country_by_name: dict[str, str] = {}  # norm(name or demonym) -> alpha3
        self.demonym_of: dict[str, str] = {}
        self.capital_of: dict[str, str] = {}  # norm(capital) -> alpha3
        for row in table("countries.tsv"):
            c = Country(row["alpha3"], row["alpha2"], row["name"], row["capital"])
            self.countries[c.alpha3] = c
            names = [c.name, *row["other names (|)"].split("|")]
            for n in names:
                if n:
                    self.country_by_name.setdefault(norm(n), c.alpha3)
            demonyms = [d for d in row["demonyms (|)"].split("|") if d] or _derived_demonyms(c.name)
            for d in demonyms:
                self.demonym_of.setdefault(norm(d), c.alpha3)
                self.demonym_of.setdefault(norm(d) + "s", c.alpha3)  # 'Liberians', 'Kenyans' 
            if c.capital:
                self.capital_of.setdefault(norm(c.capital), c.alpha3)
        self.alpha3_of = {c.alpha2: c.alpha3 for c in self.countries.values()}
        self.roles = {r["role"]: (r["sector"] or None, r["leader"] == "y") for r in table("roles.tsv")}
        self.known: dict[str, Known] = {}
        for r in table("institutions.tsv"):
            k = Known(r["name"], r["kind"], r["country"] or None, r["sector"] or None, r["code"] or None)
            for n in [r["name"], *r["aliases"].split("|")]:
                if n:
                    self.known.setdefault(norm(n), k)
                    self.known.setdefault(norm(_dotted(n)), k)  # ('U.N. refugee agency': ``institution_names``)
        self.outlet_names: list[str] = []
        for r in table("outlets.tsv"):
            country = r["country"] or None
            k = Known(r["name"], "media", country, "MED", f"{country or ''}MED")
            for n in [r["name"], *r["aliases"].split("|")]:
                if n:
                    self.known.setdefault(norm(n), k)
                    self.outlet_names.append(n)
        self.institution_names = [n for r in table("institutions.tsv") for n in [r["name"], *r["aliases"].split("|")] if n]
        # a name with 'UN', 'US', 'EU', 'UK' as a word is also written with full stops ('U.N. refugee agency'), in
        # the text's patterns and in ``known``
        self.institution_names += [d for d in map(_dotted, self.institution_names) if d not in self.institution_names]
        # people.tsv: a person's country at any date, its offices (sector, role) only between their dates
        self.people: dict[str, Known] = {}
        self.offices: dict[str, list[tuple[Known, date | None, date | None]]] = {}
        for r in table("people.tsv"):
            key = norm(r["name"])
            if key not in self.people or r["country"] and not self.people[key].country:
                # the person's country: the first row that gives one (an international judge's row gives none)
                self.people[key] = Known(r["name"], "person", r["country"] or None, None, None)
            office = Known(r["name"], "person", r["country"] or None, r["sector"] or None, None, r["role"] or None)
            self.offices.setdefault(key, []).append((office, _day(r["from"]), _day(r["until"])))
        alone = words("surnames_alone.txt")
        by_surname: dict[str, list[Known]] = {}
        for known in self.people.values():
            by_surname.setdefault(known.name.split()[-1], []).append(known)
            if family_name_first(known.name.lower().split()) and "-" not in known.name:
                by_surname.setdefault(known.name.split()[0], []).append(known)  # 'Xi' of 'Xi Jinping'
        # a bare surname stands for a figure only when the list says it does and no other figure has it (two
        # spellings of one name, 'JD Vance' and 'J.D. Vance', have the same country and offices: one figure)
        def figure(known: Known) -> tuple:
            return known.country, tuple((o.sector, o.role, a, b) for o, a, b in self.offices[norm(known.name)])
        self.person_by_surname = {s: k[0] for s, k in by_surname.items()
                                  if s.lower() in alone and len({figure(x) for x in k}) == 1}
        # a government or administration named after a surname ('the Sharif government') is of the one
        # country every figure of that surname serves
        # (the name's words as written: a hyphenated given name is one word, so 'Kim Jong-un' gives 'kim' and
        # 'jong un', never 'un', and 'the UN administration' is nobody's)
        countries_of: dict[str, set[str | None]] = {}
        for known in self.people.values():
            tokens = known.name.split()
            ends = (tokens[-1], tokens[0]) if family_name_first([t.lower() for t in tokens]) else (tokens[-1],)
            for surname in {norm(t) for t in ends}:
                countries_of.setdefault(surname, set()).add(known.country)  # 'the Kim regime'
        self.country_by_surname = {s: next(iter(c)) for s, c in countries_of.items() if len(c) == 1 and None not in c}
        self.surname_re = led(rf"(?<![\w-])(?:{alternation(list(self.person_by_surname))})(?![\w-])")
        self.surname_first_words = first_words(self.person_by_surname)  # (``first_word_matches``)
        self.media_heads = {r["phrase"]: r["canonical"] for r in table("media_heads.tsv")}
        self.anonymous = {r["word"]: r["meaning"] for r in table("anonymous_sources.tsv")}
        self.collectives = {r["noun"]: r["sector"] or None for r in table("collectives.tsv")}
        self.group_nouns = {r["noun"]: r["sector"] for r in table("group_nouns.tsv")}
        self.subject_only_groups = {r["noun"] for r in table("group_nouns.tsv") if r.get("only") == "subject"}
        self.named_only_groups = {r["noun"] for r in table("group_nouns.tsv") if r.get("only") == "named"}
        self.acting_only_groups = {r["noun"] for r in table("group_nouns.tsv") if r.get("only") == "acting"}
        self.owned_only_groups = {r["noun"] for r in table("group_nouns.tsv") if r.get("only") == "owned"}
        self.party_only_groups = {r["noun"] for r in table("group_nouns.tsv") if r.get("only") == "party"}
        self.collective_groups = {r["noun"] for r in table("group_nouns.tsv") if r.get("number") == "collective"}
        self.group_modifiers = {r["word"]: r["sector"] for r in table("group_modifiers.tsv")}
        self.org_words = [(re.compile(rf"(?<!\w){re.escape(r['word'])}(?!\w)"), r["kind"], r["sector"] or None)
                          for r in table("org_words.tsv")]
        # (the same words in one pattern: whether a name holds any of them, one scan instead of one per word)
        self._org_word_re = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(r['word']) for r in table('org_words.tsv'))})(?!\w)")
        self._org_kinds: dict[str, tuple[str, str | None]] = {}  # org_kind's answers, by lower-cased name
        self.not_actor_heads = words("not_actors.txt")
        self.not_actor_names = words("not_actor_names.txt")
        self.member_nouns = words("member_nouns.txt")
        self._compile()

    def _compile(self) -> None:
        country_words = [*self._surface("countries.tsv", "name", "other names (|)")]
        demonyms = [d for r in table("countries.tsv") for d in r["demonyms (|)"].split("|") if d]
        self.who = f"(?:{alternation(country_words)})['’]s|(?:{alternation(demonyms)})"
        who_i = f"(?:{alternation(country_words, True)})['’]s|(?:{alternation(demonyms, True)})"  # under re.I
        self.role_re = re.compile(rf"(?<![\w-])(?:{alternation(list(self.roles), True)})(?![\w-])", re.I)
        # a continent's part is no country ('North America', 'Latin American'): 'America' alone is; a
        # demonym before 'American' names an American's origin ('a Chinese American museum', 'Iranian
        # American journalist'): the country is the one 'American' names
        self.country_re = led(rf"(?<![\w-])(?<!North )(?<!South )(?<!Latin )(?<!Central )"
                              rf"(?:{alternation(country_words + demonyms)})(?![\w-])(?!\s+Americans?\b)")
        self.country_first_words = first_words(country_words + demonyms)  # (``first_word_matches``)
        self.outlet_re = led(rf"(?<![\w-])(?:{alternation(self.outlet_names)})(?![\w-])")
        self.institution_re = led(rf"(?<![\w-])(?:{alternation(self.institution_names)})(?![\w-])")
        heads = alternation(list(self.media_heads))
        unnamed = table("unnamed_outlets.tsv")  # 'a local radio station', 'a private news channel'
        owners = [r["word"] for r in unnamed if r["part"] == "owner"]
        outlet_nouns = [r["word"] for r in unnamed if r["part"] == "noun"]
        self.generic_media_re = re.compile(
            rf"\b(?:(?P<quant>[Vv]arious|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Ll]ocal)\s+)?"
            rf"(?P<who>{self.who})\s+(?P<head>{heads})\b"
            rf"|\b(?P<state>(?:[Ss]tate(?:-run)?|[Ss]emi-official|[Oo]fficial|[Gg]overnment-run) (?:media|television|TV|radio|broadcaster|news agency))\b"
            rf"|\b(?P<local>[Ll]ocal (?:news )?(?:media|outlets|newspapers|press))\b"
            rf"|\b(?:[Aa]n?|[Tt]he|[Oo]ne) (?P<unnamed>(?i:{alternation(owners, True)})\s+(?:news\s+)?"
            rf"(?i:{alternation(outlet_nouns, True)}))(?![\w-])")
        self.body_nouns = {r["noun"].lower(): (r["kind"], r["sector"]) for r in table("named_bodies.tsv")}
        body_nouns = alternation(list(self.body_nouns), True)
        # (the patterns ``near`` tries around an anchor's words, and the collectives', behind a look-ahead for
        # their first characters, ``led``: they open with '\b', tested with their first words at every position
        # of a window otherwise)
        self.named_body_re = led(
            rf"\b(?:(?P<who>{self.who})\s+)?(?i:(?:state|state-run|public|private|independent|main)\s+)?"
            rf"(?P<noun>(?i:{body_nouns}))\s+(?P<name>(?:The\s+)?[A-Z][\w’'&-]*(?:\.[A-Z][\w’'&-]*)*"
            rf"(?:\s+(?:[A-Z][\w’'&-]*|of|de|al))*)")
        self.named_body_before_re = re.compile(
            rf"{THE}\s+(?:(?i:state-run|state|private|independent)\s+)?"
            rf"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,3}})\s+(?P<noun>(?i:{body_nouns}))\b")
        self.state_bodies = {r["body"]: r["sector"] for r in table("state_bodies.tsv")}
        # the bodies a state has one of: 'the electoral commission' names the story's state's (state_bodies.tsv 'one')
        self.single_state_bodies = {r["body"]: r["sector"] for r in table("state_bodies.tsv") if r.get("one") == "one"}
        self.single_state_body_re = re.compile(rf"\b(?i:{alternation(list(self.single_state_bodies), True)})\b")
        # (the same words found by an Anchor: read on the lower-cased text the article's other anchors share)
        self.single_state_body_anchor = Anchor(alternation(list(self.single_state_bodies), True), self.single_state_bodies)
        bodies = alternation(list(self.state_bodies), True)
        formed = alternation([r["noun"] for r in table("collectives.tsv") if r.get("formed") == "y"])
        # (a body before a government's noun names the government's form: "Guinea's military government")
        self.state_body_re = led(rf"\b(?P<who>{self.who})\s+(?:(?P<seat>[A-Z][\w.-]*)\s+)??(?P<body>(?i:{bodies}))\b"
                                 rf"(?!\s+(?:{formed})\b)")
        self.state_body_anchor = Anchor(bodies, self.state_bodies)
        self.body_noun_anchor = Anchor(body_nouns, self.body_nouns)
        self.media_head_anchor = Anchor(alternation(list(self.media_heads) + outlet_nouns, True), [*self.media_heads, *outlet_nouns])
        anon = alternation(list(self.anonymous), True)
        nouns = alternation(list(self.roles), True)  # any sector: "a Peruvian judge", "a Ukrainian activist"
        self.anonymous_re = led(
            rf"\b(?P<det>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s+(?P<mods>(?:(?:{anon})\s+)*)"
            rf"(?P<who>(?:{who_i})\s+)?(?P<inst>(?:{alternation(self.institution_names, True)})\s+)?"
            rf"(?P<role>{nouns})\b", re.I)
        self.role_anchor = Anchor(nouns, self.roles)
        self.role_first_words = first_words(self.roles)  # (``first_word_matches`` of a pattern led by a role)
        coll = alternation(list(self.collectives))
        self.collective_anchor = re.compile(rf"\b(?:{coll})\b")
        # (a government's form or tenure between: "Sudan's transitional government", "Peru's new government")
        forms = alternation(sorted(words("government_form_words.txt") | words("office_tenure_words.txt")))
        self.collective_re = led(rf"\b(?:[Tt]he\s+)?(?P<who>{self.who}|[A-Z][\w-]+)\s+"
                                 rf"(?:(?:{forms})\s+(?=(?:{formed})\b))?(?P<noun>{coll})\b")
        leaders = alternation([r for r, (_, lead) in self.roles.items()])
        self.description_re = re.compile(
            rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<who>(?:{alternation(demonyms)})|"
            rf"(?:{alternation(self.institution_names)}))\s+)?(?P<role>{leaders})\b")

    @staticmethod
    def _surface(name: str, *columns: str) -> list[str]:
        out = []
        for r in table(name):
            for col in columns:
                out.extend(x for x in r[col].split("|") if x)
        return out

    # ---- lookups ----------------------------------------------------------------------------------
    def country_in(self, phrase: str) -> str | None:
        """The alpha-3 code of the first country name or demonym in ``phrase``."""
        for m in self.country_re.finditer(phrase):
            code = self.country_of(m.group(0))
            if code:
                return code
        return None

    def country_of(self, word: str) -> str | None:
        key = norm(word)
        return self.country_by_name.get(key) or self.demonym_of.get(key)

    def role_in(self, phrase: str) -> str | None:
        """The last (head-most) role word in ``phrase``, lower case."""
        found = [m.group(0).lower() for m in self.role_re.finditer(phrase)]
        return found[-1] if found else None

    def names_a_body(self, name: str) -> bool:
        """A word of the name says what kind of body it is (a word of ``org_words.tsv``, whatever its case)."""
        return self._org_word_re.search(name.lower()) is not None

    def org_kind(self, name: str) -> tuple[str, str | None]:
        """(kind, sector) of an organisation from the words of its name: 'Ethiopian News Agency' is media."""
        low = name.lower()
        memo = self._org_kinds  # ~100 patterns tried in turn; the same names come back within and across articles
        found = memo.get(low)
        if found is None:
            found = self._org_kind_read(low)
            if len(memo) >= settings.NAME_MEMO_SIZE:
                memo.clear()
            memo[low] = found
        return found

    def _org_kind_read(self, low: str) -> tuple[str, str | None]:
        """``org_kind`` of a lower-cased name: the first row of ``org_words.tsv`` whose word is in it, except
        that a state office's name of the shape 'HEAD of/for/on FIELD' is the kind of body its head says
        (``office_name_heads.txt``) when the row found is a word of the field that tells what the office works
        on (``name_field_words.txt``): the 'Bureau of International Labor Affairs' is a bureau (GOV), not an
        international body, the 'Ministry of Human Rights' a ministry. A council or institute of such a field
        keeps the row found ('Council of Non-Governmental Organisations' CVL), and so does a body of an
        intergovernmental organisation ('Office of the United Nations High Commissioner', whose row is no
        field word)."""
        hit = next(((m, kind, sector) for pattern, kind, sector in self.org_words
                    for m in [pattern.search(low)] if m), None)
        if hit is None:
            parts = low.split()
            if 2 <= len(parts) <= 4 and parts[-1] in words("masthead_last_words.txt"):
                return "media", "MED"  # 'the Toronto Star', 'the Calgary Sun': a newspaper by its masthead word
            return "organization", "GOV" if self._field_and_country(low) else None
        m, kind, sector = hit
        field = _NAME_FIELD.search(low)
        if field and m.start() >= field.end() and m.group(0) in words("name_field_words.txt"):
            head = re.findall(r"[\w-]+", low[:field.start()])
            if head and head[-1] in words("office_name_heads.txt"):
                return next(((k, s) for pattern, k, s in self.org_words if pattern.search(head[-1])),
                            ("organization", None))
        return kind, sector

    def _field_and_country(self, low: str) -> bool:
        """A state's department named by its field and then the country's name, and nothing else ('statistics
        canada', 'health canada', 'statistics south africa'; ``state_field_names.txt``)."""
        parts = low.split()
        return any(" ".join(parts[:-k]) in words("state_field_names.txt") and self.country_of(" ".join(parts[-k:]))
                   is not None for k in range(1, min(3, len(parts) - 1) + 1))

    def body_sector_in(self, phrase: str) -> str | None:
        """The sector of a police, army or similar body named in a title: 'police spokesman' -> COP."""
        words_in = set(re.findall(r"[\w-]+", phrase.lower()))
        return next((sector for word, sector in self.group_modifiers.items()
                     if sector != "GOV" and word in words_in), None)

    def person_on(self, name: str, day: date | None) -> Known | None:
        """A well-known person as of ``day``: country always, sector and role only from an office held that
        day (an undated office holds at any date; a dated one never when the day is unknown)."""
        key = norm(name)
        for office, start, end in self.offices.get(key, ()):
            if start is None and end is None or day is not None and (start is None or start <= day) and (
                    end is None or day <= end):
                return office
        return self.people.get(key)

    def former_office(self, name: str, day: date | None) -> Known | None:
        """The office of a well-known person that ended last before ``day`` (None when the day is unknown,
        when an office is held that day, or when none has ended): 'Joe Biden' in 2025 was a president."""
        offices = self.offices.get(norm(name), ())
        if day is None or any(o is self.person_on(name, day) for o, _, _ in offices):
            return None
        ended = [(end, office) for office, start, end in offices if end is not None and end < day]
        return max(ended, key=lambda e: e[0])[1] if ended else None

    def institution_in(self, phrase: str) -> Known | None:
        m = self.institution_re.search(phrase)
        return self.known.get(norm(m.group(0))) if m else None


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    return ActorWords()
