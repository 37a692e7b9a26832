"""Faster stand-ins for two spaCy components of the English pipelines, giving the same annotations.

The attribute ruler and the rule lemmatizer are Python loops over every token: on the VOA stories the
attribute ruler took about 9% of the parse (a ``Span`` and a ``set_token_attrs`` call per token and per
matching rule, after a ``Matcher`` pass of its 179 rules), the lemmatizer about 2.5% (a ``Token``, its
``pos_`` and a ``morph.to_dict()`` per token; its own cache skips only part of that). Both read a few of a
token's attributes and write a few; what they write is a function of what they read, so it is worked out
once per distinct reading and written back to the parse as arrays.

* ``FastAttributes`` stands in for an ``AttributeRuler``. Its one-token rules read only ``SINGLE_KEYS``
  attributes of the token (in the English models: the tag, the lower-cased word, the relation, whether it
  is a space), so the rules matching a token, and the attributes they set (later rules winning, as the
  ruler applies them), are found once per distinct combination, by the ruler's own ``Matcher`` run on that
  one token. A word no one-token rule names (most words) is read as "another word" (with its answers to
  the rules' regular expressions, such as ``^n[ou]thin'$``, kept per word), so the table stays small
  (about 560 readings after the VOA stories) and new words seldom miss it. Rules of several tokens (``gon na``, ``there is``) still go through a ``Matcher``, of those rules
  alone, and the tokens they hit are worked out from every rule matching there, in the ruler's order.
* ``FastLemmatizer`` stands in for a rule-mode ``Lemmatizer``: the lemma of a token the ruler left without
  one depends only on its text, part of speech and morphology, so it is kept per such triple.

``speed_up(nlp)`` puts each in its component's place when the component is one they can stand in for
(else the component runs as it is), and keeps the original (disabled) for what reads its tables
(``nlp.get_pipe("lemmatizer").lookups``). tests/test_nlp.py checks the annotations are the same.
"""
from __future__ import annotations

import re
import threading
from typing import Any, Iterable, Iterator

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

# what a one-token rule may read for it to be worked out once per value (the values ``Doc.to_array`` gives
# are the ones the Matcher compares)
SINGLE_KEYS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE"})
# what a one-token rule may test with a regular expression for its answers to be kept per word
REGEX_KEYS = frozenset({"ORTH", "LOWER", "NORM", "LEMMA"})
# what a rule may set: token attributes only (``set_token_attrs`` also sets lexical ones on the vocabulary)
WRITTEN = (TAG, POS, MORPH, LEMMA, DEP)
TABLE_MAX = 50_000  # readings kept (a few MB at most) before a table starts again


def _literals(predicates: list) -> set[str] | None:
    """The strings a key's predicates name, when each is a string or an IN / NOT_IN list of strings
    (then any string not named reads like any other); else None."""
    named: set[str] = set()
    for value in predicates:
        if isinstance(value, str):
            named.add(value)
        elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN"} and all(
                isinstance(v, list) and all(isinstance(s, str) for s in v) for v in value.values()):
            for v in value.values():
                named.update(v)
        else:
            return None
    return named


class FastAttributes:
    """An ``AttributeRuler``'s annotations, worked out once per distinct reading of a token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.strings = vocab.strings
        self.rule_attrs: list[dict[int, int]] = ruler.attrs
        self.single = Matcher(vocab)
        self.several = Matcher(vocab)
        self.rule_of: dict[int, int] = {}
        self.several_patterns: list[tuple[int, list]] = []
        predicates: dict[str, list] = {}
        for n, rule in enumerate(ruler.patterns):
            key = self.strings.add(f"eventwire-attribute-rule-{n}")
            self.rule_of[key] = n
            single, several = [], []
            for pattern in rule["patterns"]:
                if len(pattern) == 1 and "OP" not in pattern[0] and rule["index"] in (0, -1):
                    single.append(pattern)
                    for name, value in pattern[0].items():
                        predicates.setdefault(name.upper(), []).append(value)
                else:
                    several.append(pattern)
            if single:
                self.single.add(key, single)
            if several:
                self.several.add(key, several)
                self.several_patterns.extend((key, pattern) for pattern in several)
        self.keys = sorted(predicates)
        self.key_ids = [IDS[name] for name in self.keys]
        # per key read: the hashes of the values the rules name, or None (every value is its own reading);
        # and the regular expressions the rules test a word's string with ({"LOWER": {"REGEX": ...}}), whose
        # answers for a word not named are part of its reading (each word's answers kept by its hash)
        self.named: list[numpy.ndarray | None] = []
        self.regexes: list[tuple[re.Pattern[str], ...]] = []
        self.answers: list[dict[int, int]] = []
        for name in self.keys:
            regexes = [p["REGEX"] for p in predicates[name] if isinstance(p, dict) and set(p) == {"REGEX"}]
            named = _literals([p for p in predicates[name] if not (isinstance(p, dict) and set(p) == {"REGEX"})])
            if regexes and (name not in REGEX_KEYS or not all(isinstance(r, str) for r in regexes)):
                named = None
            self.named.append(numpy.array(sorted(self.strings.add(s) for s in named), dtype=numpy.uint64)
                              if named is not None else None)
            self.regexes.append(tuple(re.compile(r) for r in regexes) if named is not None else ())
            self.answers.append({})
        self.several_used = len(self.several) > 0
        self.anchors = self._anchors(vocab)
        # reading -> (rules matching, in order; row number in self.set_mask / self.set_value)
        self.table: dict[tuple, tuple[tuple[int, ...], int]] = {}
        self.rows: dict[tuple[int, ...], int] = {}
        self.set_mask: list[list[bool]] = []
        self.set_value: list[list[int]] = []
        self._lock = threading.Lock()  # (a served pipeline may annotate in several threads)
        self._arrays: tuple[numpy.ndarray, numpy.ndarray] = (numpy.zeros((0, len(WRITTEN)), dtype=bool),
                                                             numpy.zeros((0, len(WRITTEN)), dtype=numpy.uint64))
        self._row(())

    def _anchors(self, vocab) -> list[tuple[int, dict[int, list[tuple[Matcher, int, int]]]]] | None:
        """Where a rule of several tokens can match: each such pattern of a fixed length is anchored on the
        token attribute that names the fewest words (``{"LOWER": "gon"}``, ``{"DEP": "expl"}``), and the
        pattern's own ``Matcher`` is run only on the window of its length around a word so named, instead of
        the whole parse (a ``Matcher`` run makes a ``Token`` per word for its list predicates). Per
        attribute read: value -> [(that Matcher, the anchor's place in the pattern, the pattern's length)].
        None when some pattern cannot be anchored (then the rules of several tokens run over the whole
        parse)."""
        anchors: dict[str, dict[int, list]] = {}
        for key, pattern in self.several_patterns:
            best = None
            for j, spec in enumerate(pattern):
                if "OP" in spec:
                    return None
                for name, value in spec.items():
                    named = _literals([value]) if name.upper() in SINGLE_KEYS else None
                    if named and (best is None or len(named) < len(best[2])):
                        best = (j, name.upper(), named)
            if best is None:
                return None
            matcher = Matcher(vocab)
            matcher.add(key, [pattern])
            j, name, named = best
            for word in named:
                anchors.setdefault(name, {}).setdefault(self.strings.add(word), []).append(
                    (matcher, j, len(pattern)))
        return [(IDS[name], by_value) for name, by_value in sorted(anchors.items())]

    def _several(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(key, start, end) of every match of a rule of several tokens, as the ruler's Matcher finds them."""
        if self.anchors is None:
            return self.several(doc, allow_missing=True, as_spans=False)
        n = len(doc)
        found: set[tuple[int, int, int]] = set()
        read = doc.to_array([attr for attr, _ in self.anchors])
        if len(self.anchors) == 1:
            read = read.reshape((n, 1))
        for k, (_, by_value) in enumerate(self.anchors):
            column = read[:, k]
            for i in numpy.isin(column, list(by_value)).nonzero()[0].tolist():
                for matcher, j, length in by_value[int(column[i])]:
                    start = i - j
                    if start >= 0 and start + length <= n:
                        for key, s, e in matcher(doc[start:start + length], allow_missing=True, as_spans=False):
                            found.add((key, start + s, start + e))
        return sorted(found, key=lambda m: (m[1], m[2]))

    @staticmethod
    def supports(ruler: Any) -> bool:
        """Whether ``ruler`` is an ``AttributeRuler`` whose rules this can work out the same way."""
        if type(ruler) is not AttributeRuler:
            return False
        for rule in ruler.patterns:
            if any(k.upper() not in {"TAG", "POS", "MORPH", "LEMMA", "DEP"} for k in rule["attrs"]):
                return False
            for pattern in rule["patterns"]:
                if len(pattern) == 1 and "OP" not in pattern[0] and rule["index"] in (0, -1):
                    if not {k.upper() for k in pattern[0]} <= SINGLE_KEYS:
                        return False
        return True

    def _row(self, rules: tuple[int, ...]) -> int:
        """The row of what ``rules``, applied in order, set: a mask of the attributes set and their values.
        A new row is added, and the arrays made again, under a lock: rows are few (a few hundred)."""
        row = self.rows.get(rules)
        if row is not None:
            return row
        with self._lock:
            row = self.rows.get(rules)
            if row is None:
                merged: dict[int, int] = {}
                for n in rules:
                    merged.update(self.rule_attrs[n])
                self.set_mask.append([attr in merged for attr in WRITTEN])
                self.set_value.append([merged.get(attr, 0) for attr in WRITTEN])
                self._arrays = (numpy.array(self.set_mask, dtype=bool),
                                numpy.array(self.set_value, dtype=numpy.uint64))
                row = self.rows[rules] = len(self.set_mask) - 1
        return row

    def _answers(self, k: int, values: list[int]) -> list[int]:
        """For each value of key ``k``, the answers of the key's regular expressions as bits (what the
        Matcher's REGEX predicate tests: ``re.search`` in the value's string)."""
        answers, regexes, strings = self.answers[k], self.regexes[k], self.strings
        if len(answers) > TABLE_MAX:
            answers.clear()
        found = list(map(answers.get, values))
        for i in _missing(found):
            got = answers.get(values[i])  # (an earlier word of this parse may have the same value)
            if got is None:
                text = strings[values[i]]
                got = answers[values[i]] = sum(1 << n for n, r in enumerate(regexes) if r.search(text))
            found[i] = got
        return found

    def _single_rules(self, doc: Doc, i: int) -> tuple[int, ...]:
        """The one-token rules matching token ``i``, in the ruler's order."""
        found = self.single(doc[i:i + 1], allow_missing=True, as_spans=False)
        return tuple(sorted({self.rule_of[key] for key, _, _ in found}))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        read = doc.to_array(self.key_ids)
        if len(self.key_ids) == 1:
            read = read.reshape((n, 1))
        columns = []
        for k, named in enumerate(self.named):
            if named is None:
                columns.append(read[:, k].tolist())
            else:  # a value no rule names is read as (False, 0): any such value reads alike
                is_named = numpy.isin(read[:, k], named)
                columns.append(is_named.tolist())
                columns.append(numpy.where(is_named, read[:, k], 0).tolist())
                if self.regexes[k]:  # and with the regular expressions' answers for it
                    columns.append(self._answers(k, read[:, k].tolist()))
        readings = list(zip(*columns))
        table = self.table
        if len(table) > TABLE_MAX:
            table.clear()
        found = list(map(table.get, readings))
        for i in _missing(found):
            got = table.get(readings[i])  # (an earlier token of this parse may have filled it)
            if got is None:
                rules = self._single_rules(doc, i)
                got = table[readings[i]] = (rules, self._row(rules))
            found[i] = got
        if self.several_used:
            extra: dict[int, set[int]] = {}
            for key, start, end in self._several(doc):
                rule = self.rule_of[key]
                index = self.ruler.indices[rule]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:  # what the ruler itself refuses (its span[index] check)
                    raise ValueError(f"attribute rule {rule}: index {index} outside the match {start}:{end}")
                extra.setdefault(target, set()).add(rule)
            for i, rules in extra.items():
                every = tuple(sorted(rules.union(found[i][0])))
                found[i] = (every, self._row(every))
        set_mask, set_value = self._arrays  # (read once, after every row this parse needs was made)
        rows = numpy.fromiter((got[1] for got in found), dtype=numpy.intp, count=n)
        mask = set_mask[rows]
        if not mask.any():
            return doc
        before = doc.to_array(list(WRITTEN))
        doc.from_array(list(WRITTEN), numpy.where(mask, set_value[rows], before))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """A rule-mode ``Lemmatizer``'s lemmas, kept per (text, part of speech, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], str] = {}
        self.ready = False

    @staticmethod
    def supports(lemmatizer: Any) -> bool:
        """Whether ``lemmatizer`` is a rule-mode lemmatizer of spaCy's, whose lemma depends on a token's text,
        part of speech and morphology alone, and that keeps lemmas already set."""
        from spacy.lang.en.lemmatizer import EnglishLemmatizer

        return (type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and lemmatizer.mode == "rule"
                and not lemmatizer.overwrite)

    def __getattr__(self, name: str) -> Any:  # the tables and cache of the lemmatizer stood in for
        return getattr(self.lemmatizer, name)

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:  # the first document through the lemmatizer itself: it checks its tables
            self.ready = True
            return self.lemmatizer(doc)
        n = len(doc)
        if not n:
            return doc
        read = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = self.lemmas
        if len(lemmas) > TABLE_MAX:
            lemmas.clear()
        unset = read[:, 3] == 0  # the words the ruler left without a lemma (most of them)
        if not unset.any():
            return doc
        keys = list(zip(*read[unset, :3].T.tolist()))  # their (text, part of speech, morphology), in order
        found = list(map(lemmas.get, keys))  # (looked up in C: no Python step per word)
        lemmatize = self.lemmatizer.lemmatize
        at = unset.nonzero()[0].tolist()
        for k in _missing(found):  # in order: a lemma kept for one word serves a later word of the same key
            got = lemmas.get(keys[k])
            if got is None:
                got = lemmatize(doc[at[k]])[0]
                if keys[k][1]:  # (no part of speech: the lemmatizer warns each time; not kept)
                    lemmas[keys[k]] = got
            found[k] = got
        new = read[:, 3].copy()
        new[unset] = list(map(doc.vocab.strings.add, found))
        doc.from_array([LEMMA], new)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _missing(found: list) -> list[int]:
    """The positions of the words a table did not know (None in ``found``), in order: none at all, the usual
    case once the tables are warm, is found in C, without a Python step per word."""
    if None not in found:
        return []
    return [i for i, got in enumerate(found) if got is None]


# (no annotations on the factories' arguments: spaCy validates them, and this module's are strings)
@Language.factory("eventwire_attributes")
def make_fast_attributes(nlp, name):
    return FastAttributes(nlp.get_pipe("attribute_ruler"))


@Language.factory("eventwire_lemmatizer")
def make_fast_lemmatizer(nlp, name):
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def speed_up(nlp: Language) -> Language:
    """Put ``FastAttributes`` and ``FastLemmatizer`` in place of the pipeline's attribute ruler and
    lemmatizer where they can stand in for them (the originals stay, disabled)."""
    for original, fast, cls in (("attribute_ruler", "eventwire_attributes", FastAttributes),
                                ("lemmatizer", "eventwire_lemmatizer", FastLemmatizer)):
        if original in nlp.pipe_names and cls.supports(nlp.get_pipe(original)):
            nlp.add_pipe(fast, after=original)
            nlp.disable_pipe(original)
    return nlp
