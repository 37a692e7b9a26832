"""Sentence coding with PETRARCH dictionaries on eventwire's dependency parse.

For each dictionary verb: the best matching pattern gives the code and may place the source (``$``),
target (``+``) or a compound actor (``%``); otherwise the source is the verb's subject (climbing to the
governing verb when the subject names no actor, the agent of a passive when it has one) and the target
the first actor group after the verb within its clause. ``[A:B]`` codes also target->source.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...dictionaries import Dictionaries, Discard, valid_code
from .actors import Group, PhraseIndex, Unit, find_groups
from .verbs import Binding, PatternMatcher, VerbIndex, VerbMatch, bind
from .transform import Transformer
from .words import FirstWordIndex, Stream, stream_of

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp", "oprd"})
NO_ACTOR = "---"


@dataclass
class Coding:
    source: str
    target: str
    code: str
    verb: Token
    sentence: SpacySpan
    source_group: Group | None
    target_group: Group | None
    rule: str

    @property
    def triple(self) -> tuple[str, str, str]:
        return self.source, self.target, self.code


@dataclass
class VerbEvent:
    """A coded verb before its actors are paired: the binding gives the code, source and target are groups."""

    token: Token
    binding: Binding
    source: Group | None
    target: Group | None
    rule: str
    passive: bool = False  # a passive without a "by" agent: its source is its grammatical subject, the patient


class SentenceCoder:
    def __init__(self, dicts: Dictionaries) -> None:
        self.dicts = dicts
        self.phrases = PhraseIndex(dicts)
        self.verbs = VerbIndex(dicts)
        self.transformations = Transformer(dicts, self.verbs) if dicts.transformations else None
        self.discards: FirstWordIndex[Discard] = FirstWordIndex()
        for discard in dicts.discards:
            self.discards.add(discard.words, discard)

    def discards_in(self, stream: Stream) -> tuple[bool, bool]:
        """(a story discard occurs, a sentence discard occurs) in the sentence's words."""
        found = {d.story for d in self.discards.anywhere(stream)}
        return True in found, False in found

    def code(self, sent: SpacySpan, day: date | None, require_dyad: bool = True, stream: Stream | None = None,
             new_actor_length: int = 0) -> list[Coding]:
        stream = stream or stream_of(sent)
        groups = find_groups(self.phrases, stream, day)
        group_at = {i: g for g in groups for i in g.tokens}
        matcher = PatternMatcher(stream, self.dicts.synsets, group_at, day)
        found: list[VerbEvent] = []
        for tok in sent:
            verb = self.verbs.find(stream, tok)
            if verb is not None:
                event = self._verb_event(verb, stream, matcher, new_actor_length)
                if event is not None:
                    found.append(event)
        if self.transformations:
            found = self.transformations.apply(found)
        out: list[Coding] = []
        for event in found:
            out += [Coding(s, t, c, event.token, sent, sg, tg, event.rule)
                    for s, t, c, sg, tg in pairs(event.source, event.target, event.binding, require_dyad)]
        seen: set[tuple[str, str, str]] = set()
        return [c for c in out if not (c.triple in seen or seen.add(c.triple))]

    def _verb_event(self, verb: VerbMatch, stream: Stream, matcher: PatternMatcher, new_actor_length: int
                    ) -> VerbEvent | None:
        before = list(range(0, verb.start))
        after = region_after(verb, stream)
        binding = bind(verb, matcher, before, after, self.verbs)
        if not valid_code(binding.code.split(":")[0]):
            return None
        source, target = participants(verb, binding, matcher.group_at, after, stream)
        if new_actor_length > 0:
            if source is None:
                source = new_actor(subject_token(verb.token), new_actor_length)
            if target is None:
                target = new_actor(object_token(verb.token, after, stream), new_actor_length)
        rule = f"petrarch:{binding.pattern.line if binding.pattern else verb.form.line}"
        passive = (any(c.dep_ == "nsubjpass" for c in subjects_of(verb.token))
                   and not any(c.dep_ == "agent" for c in verb.token.children))
        return VerbEvent(verb.token, binding, source, target, rule, passive)


def subject_token(tok: Token) -> Token | None:
    """The verb's subject, or that of the verb it depends on (as for actor subjects)."""
    for _ in range(8):
        subjects = subjects_of(tok)
        if subjects:
            return subjects[0]
        if not climbs(tok, subjects):
            break
        tok = tok.head
    return None


def object_token(tok: Token, after: list[int], stream: Stream) -> Token | None:
    """The first noun after the verb in its clause that heads an object or a prepositional object."""
    for p in after:
        t = stream.tokens[p]
        if t.dep_ in ("dobj", "pobj", "attr", "oprd", "dative") and t.pos_ in ("NOUN", "PROPN", "PRON"):
            return t
    return None


def new_actor(tok: Token | None, limit: int) -> Group | None:
    """PETRARCH's ``new_actor_length``: a noun phrase no dictionary codes, of at most ``limit`` words
    (possessive endings and punctuation not counted), stands as an actor coded by its quoted text."""
    if tok is None or tok.pos_ == "PRON":
        return None
    words = [t.text.upper() for t in tok.subtree if t.tag_ != "POS" and not t.is_punct]
    if not words or len(words) > limit:
        return None
    return Group([Unit(tok, [], ['"' + " ".join(words) + '"'])])


def region_after(verb: VerbMatch, stream: Stream) -> list[int]:
    """Word positions after the verb inside its clause: its subtree less subjects and coordinated verbs."""
    tok = verb.token
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            skip |= {t.i for t in child.subtree}
        if child.dep_ == "cc":
            skip.add(child.i)
    allowed = {t.i for t in tok.subtree} - skip
    return [p for p in range(verb.end, len(stream)) if stream.tokens[p].i in allowed]


def group_within(tok: Token, group_at: dict[int, Group], exclude: Group | None = None) -> Group | None:
    """The first actor group named in a token's subtree."""
    for t in tok.subtree:
        group = group_at.get(t.i)
        if group is not None and group is not exclude:
            return group
    return None


def subjects_of(tok: Token) -> list[Token]:
    """A verb's subjects, with those the parser hung on one of its auxiliaries ("The Philippines was
    heavily criticized", subject under "was")."""
    out = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    for aux in tok.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < tok.i:
            out += [c for c in aux.children if c.dep_ in SUBJECT_DEPS]
    if not out and tok.tag_ in ("VBP", "VBZ", "VBD"):
        # "Ethiopia act on ...": a finite verb the parser read as a noun's head, its subject as a compound
        out = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ in ("PROPN", "NOUN")]
    return out


def subject_group(tok: Token, group_at: dict[int, Group], exclude: Group | None) -> tuple[Group | None, Group | None]:
    """(source, passive subject) for a verb: its subject's group, climbing to governing verbs; a passive
    with a "by" agent gives the agent as source and the subject as the second value."""
    for _ in range(8):
        subjects = subjects_of(tok)
        agent = next((g for c in tok.children if c.dep_ == "agent"
                      for g in [group_within(c, group_at, exclude)] if g), None)
        passive = next((c for c in subjects if c.dep_ == "nsubjpass"), None)
        if agent is not None:
            return agent, group_within(passive, group_at, exclude) if passive is not None else None
        for subj in subjects:
            group = group_within(subj, group_at, exclude)
            if group is not None:
                return group, None
        if not climbs(tok, [s for s in subjects if group_within(s, group_at) is None]):
            break
        tok = tok.head
    return None, None


def climbs(tok: Token, subjects: list[Token]) -> bool:  # subjects: those naming no actor at all
    """Whether a verb without an actor subject takes the subject of the verb it depends on: complements,
    coordinated and adverbial clauses do ("Arnor wants to attack", "... and attacked", "said it attacked"),
    but not past a subject of their own that is a noun ("said the case highlights"); a verb inside a
    prepositional phrase does not ("after leaving Eriador"), nor a passive without a subject of its own
    ("called on Gondor to be allowed to leave": who allows, and who leaves, is not the caller)."""
    if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
        return False
    if subjects:  # a pronoun subject may stand for the governing clause's actor; a noun is someone else
        return all(s.pos_ == "PRON" for s in subjects)
    return not any(c.dep_ == "auxpass" for c in tok.children)


def first_group(seq: list[int], stream: Stream, group_at: dict[int, Group], exclude: Group | None) -> Group | None:
    for p in seq:
        group = group_at.get(stream.tokens[p].i)
        if group is not None and group is not exclude:
            return group
    return None


def participants(verb: VerbMatch, binding: Binding, group_at: dict[int, Group], after: list[int],
                 stream: Stream) -> tuple[Group | None, Group | None]:
    roles = binding.roles
    if "compound" in roles:
        compound = roles["compound"]
        if compound.tokens and min(compound.tokens) < verb.token.i:
            return compound, roles.get("target")
        source = roles.get("source") or subject_group(verb.token, group_at, compound)[0]
        return source, compound
    target = roles.get("target")
    source = roles.get("source")
    if source is None:
        source, passive_subject = subject_group(verb.token, group_at, target)
        target = target or passive_subject
    if target is None:
        target = first_group(after, stream, group_at, source)
    return source, target


def pairs(source: Group | None, target: Group | None, binding: Binding, require_dyad: bool
          ) -> list[tuple[str, str, str, Group | None, Group | None]]:
    there, back = (binding.code.split(":") + [""])[:2]
    if source is None:
        return []
    if target is None or target is source:
        members = source.codes
        if back and len(members) >= 2 or ("compound" in binding.roles and len(members) >= 2):
            return [(a, b, there if i < j else (back or there), source, source)
                    for i, a in enumerate(members) for j, b in enumerate(members) if a != b]
        return [] if require_dyad else [(s, NO_ACTOR, there, source, None) for s in source.codes]
    out = []
    for s in source.codes:
        for t in target.codes:
            if s == t:
                continue
            out.append((s, t, there, source, target))
            if back and valid_code(back):
                out.append((t, s, back, target, source))
    return out
