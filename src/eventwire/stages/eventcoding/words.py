"""The event lexicons: event_verbs.tsv, event_nouns.tsv and event_status.tsv, read once, with the word classes
of event_word_classes.tsv that their `requires` cells name ("obj:@forces")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...cameo import plover_type
from ...lexicon import table


# the types of the measures a state takes against a party (sanctions, tariffs, bans, restrictions,
# expulsions), and the CAMEO codes of their easing (a restriction eased 081, sanctions or tariffs eased 085)
MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})
EASING_CODES = frozenset({"081", "085"})


def measure(entry: "Entry") -> bool:
    """Whether a lexicon entry codes a state's measure or the easing of one."""
    return entry.type in MEASURE_TYPES or entry.cameo in EASING_CODES


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a word (with an optional pattern) that codes one PLOVER event type."""

    pos: str  # "verb" or "noun"
    lemma: str
    requires: tuple[str, ...]
    type: str
    mode: str | None
    cameo: str | None
    target: tuple[str, ...]
    flags: frozenset[str]
    # (requirement as matched, as written) for each requirement that names a word class: the rule shows
    # the class's name ("verb:deploy/@forces"), not its words
    written: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    @property
    def rule(self) -> str:
        shown = [r for r in self.requires if not r.startswith(("notobj:", "notaim:", "notsubj:", "noprep:"))]  # exclusions name no reading
        names = dict(self.written)
        extra = "/" + "+".join(_shown(names.get(r, r)) for r in shown) if shown else ""
        return f"{self.pos}:{self.lemma}{extra}"


def _shown(requirement: str) -> str:
    """A requirement as a rule names it: its argument ("prep:against" -> "against"), a named-party test whole
    ("named:against", which would else read as the preposition test)."""
    if requirement.startswith("named:"):
        return requirement
    return requirement.partition(":")[2] or requirement


_CLASS_NAME = re.compile(r"@([a-z_]+)")


@lru_cache(maxsize=None)
def word_classes() -> dict[str, str]:
    """Each word class of event_word_classes.tsv as the word list it stands for in a requires cell ("a|b|c");
    a class may name one defined above it ("@troops|army|..."); a name is defined once (a second row of the
    same name would silently change every row that names the first)."""
    out: dict[str, str] = {}
    for row in table("event_word_classes.tsv"):
        words = "|".join(w.strip().lower() for w in row["words"].split("|") if w.strip())
        if row["class"].lower() in out:
            raise ValueError(f"word class {row['class']!r} defined twice in event_word_classes.tsv")
        out[row["class"].lower()] = _expand(words, out)
    return out


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """One class of event_word_classes.tsv as a set of its words, for a rule of the event coder that reads a
    class by name in code ("state_acts", "copulas"); its words are compared as written (no plural reading)."""
    return frozenset(word_classes()[name].split("|"))


def _expand(text: str, classes: dict[str, str]) -> str:
    def words_of(m: re.Match) -> str:
        if m.group(1) not in classes:
            raise ValueError(f"unknown word class @{m.group(1)} in {text!r}")
        return classes[m.group(1)]
    return _CLASS_NAME.sub(words_of, text) if "@" in text else text


def expand(requirement: str) -> str:
    """A requirement with each "@class" replaced by the class's words ("obj:@forces|weapons" ->
    "obj:troop|troops|...|weapons"); a class the file does not define is an error of the lexicon."""
    return _expand(requirement, word_classes()) if "@" in requirement else requirement


def _entry(pos: str, row: dict[str, str]) -> Entry:
    """One row; a row with a CAMEO code takes its type from the project's one CAMEO->PLOVER table. Word
    classes in its requirements are expanded here, once (the lexicons are read once)."""
    written = [r.strip() for r in row["requires"].split(",") if r.strip()]
    requires = tuple(expand(r) for r in written)
    return Entry(
        pos=pos, lemma=row["lemma"].lower(),
        requires=requires,
        written=tuple((e, w) for e, w in zip(requires, written) if e != w),
        type=plover_type(row["cameo"]) or row["type"], mode=row["mode"] or None, cameo=row["cameo"] or None,
        target=tuple(t.strip() for t in row["target"].split(",") if t.strip()),
        flags=frozenset(f.strip() for f in row["flags"].split(",") if f.strip()),
    )


def _index(pos: str, name: str) -> dict[str, tuple[Entry, ...]]:
    out: dict[str, list[Entry]] = {}
    for row in table(name):
        e = _entry(pos, row)
        out.setdefault(e.lemma, []).append(e)
    # entries with a pattern are tried before the bare lemma
    return {k: tuple(sorted(v, key=lambda e: not e.requires)) for k, v in out.items()}


@lru_cache(maxsize=None)
def verbs() -> dict[str, tuple[Entry, ...]]:
    return _index("verb", "event_verbs.tsv")


@lru_cache(maxsize=None)
def nouns() -> dict[str, tuple[Entry, ...]]:
    return _index("noun", "event_nouns.tsv")


def noun_entries(tok) -> tuple[Entry, ...]:
    """The event_nouns.tsv readings of a word, by its form first, else its lemma ('talks', then 'talk')."""
    return nouns().get(tok.lower_) or nouns().get(tok.lemma_.lower()) or ()


@lru_cache(maxsize=None)
def cues(kind: str) -> frozenset[str]:
    """The cue words of one kind in event_status.tsv (planned, negated, light, speech ...)."""
    return frozenset(row["cue"].lower() for row in table("event_status.tsv") if row["kind"] == kind)


@lru_cache(maxsize=None)
def cues_and_classes(kinds: tuple[str, ...], classes: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of several cue kinds (``cues``) and word classes (``word_class``) together, made once per
    pair of tuples: the readers that ask for such a union did it anew on every word they tested."""
    return frozenset().union(*map(cues, kinds), *map(word_class, classes))


@lru_cache(maxsize=None)
def deed_verbs() -> dict[str, frozenset[str]]:
    """deed_noun_verbs.tsv: a deed noun's lemma -> the lemmas of the verbs that tell that deed done
    ("decision" -> decide; "delay" -> delay, postpone, defer)."""
    return {row["noun"].lower(): frozenset(v.strip().lower() for v in row["verbs"].split("|") if v.strip())
            for row in table("deed_noun_verbs.tsv")}


def noun_target_role(tok, role: str) -> bool:
    """Whether an event noun names its target under ``role`` alone ('withdrawal' from a place): that phrase
    is where or whom the deed is done to, never who does it or owns it (a 'request from X' may also be
    made to or with somebody: its 'from' is the asker)."""
    entries = noun_entries(tok)
    return bool(entries) and all(e.target == (role,) for e in entries)


def patient_noun(tok) -> bool:
    """An event noun whose possessor is whom it is done to, not who does it ("Lai's arrest", "his release",
    "their deportation"; flag `patient` in event_nouns.tsv), unlike "Iran's attack" or "Russia's invasion"."""
    entries = noun_entries(tok)
    return any("patient" in e.flags for e in entries)


def claim_noun(tok) -> bool:
    """A noun naming a claim or a charge (event_status.tsv claim_noun: "the allegations", "the charges"), by its
    word or its lemma: one reader for the rejections that take it as object, the judgements that leave a claim
    dismissed to them ("baseless allegations") and the rebuttals that call it untrue."""
    claims = cues("claim_noun")
    return tok.lemma_.lower() in claims or tok.lower_ in claims
