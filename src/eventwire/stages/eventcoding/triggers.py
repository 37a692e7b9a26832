"""Trigger words: verbs and nouns of the event lexicons, matched with their patterns and participants."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Token

from ...document import Document, read_once, sentence_of
from ...lexicon import singular_forms, words
from ..actors.mentions import working_sector
from ..timex.words import units, until_words
from . import judged_frames
from . import participants as who
from .clauses import agreeing_main_verb, main_clause_verb
# (``negated`` lives in tree, which judged_frames reads; the stage's other readers still import it from here)
from .tree import (RELATIVE, chain, child, children, cued_subtrees, has_child, is_passive, marked_clauses, negated,
                   nested_objects, passive_conjunct, prep_objects, subject)
from .forces import moved_forces
from .words import MEASURE_TYPES, Entry, cues, noun_entries, nouns, patient_noun, verbs, word_class

# a word this short is matched whole, never as a plural ("bus", "gas", "its": see _forms)
PLURAL_SHORTEST = 3

INTENT_AGREE = "036"  # CAMEO: express intent to meet or negotiate


@dataclass
class Candidate:
    """One event mention before status and setting: the trigger, its lexicon entry and participants."""

    trigger: Token
    entry: Entry
    sources: list[str]
    targets: list[str]
    how: str = ""
    anchor: Token | None = None  # the verb whose clause carries time and place (a light verb, a governor)
    confidence: float = 0.7
    extra_targets: list[str] = field(default_factory=list)

    @property
    def nominal(self) -> bool:
        return self.entry.pos == "noun"

    @property
    def rule(self) -> str:
        return self.entry.rule + (f"/{self.how}" if self.how else "")


# ---- patterns -------------------------------------------------------------------------------------

def _forms(word: str) -> tuple[str, ...]:
    """A word as the lexicons' cells match it: itself and, when plural, its singulars ("troops" meets "troop",
    "duties" meets "duty"), by the project's one plural reading (lexicon.singular_forms). A cell's words and
    a token are both read so (a cell may list a plural: "talks"); a word of three letters stays whole."""
    return singular_forms(word, shortest=PLURAL_SHORTEST)


@lru_cache(maxsize=4096)
def _wanted(words: str) -> frozenset[str]:
    """The words of a row's "a|b|c" cell with their singulars (made once per cell); a token matches when
    its own forms meet them (``_matches``)."""
    return frozenset().union(*(_forms(w) for w in words.split("|")))


def _matches(word: str, wanted: frozenset[str]) -> bool:
    return not wanted.isdisjoint(_forms(word))


def _objects(objs: list[Token]) -> list[Token]:
    """The objects with what a partitive, a quantity or a number among them takes part of: "relaxed some of its
    restrictions", "took dozens of hostages", "freed two of the prisoners" (cue kinds partitive, quantity)."""
    return objs + [m for o in objs if who.counts_part(o) for m in prep_objects(o, "of")] \
        + [m for o in objs if _sum_of_money(o) for m in prep_objects(o, "in")]


def _sum_of_money(tok: Token) -> bool:
    """Whether an object is a sum of money, whose "in" phrase names what the sum is given as: "provided $12
    billion in aid", "sent 2 billion euros in military assistance" (round 20, evcoop20; word class money_amounts
    of event_word_classes.tsv, or the parser's money entity)."""
    return tok.ent_type_ == "MONEY" \
        or _matches(tok.lemma_.lower(), _money_forms())


@lru_cache(maxsize=1)
def _money_forms() -> frozenset[str]:
    """The forms (``_wanted``) of the money_amounts word class, made once."""
    return _wanted("|".join(sorted(word_class("money_amounts"))))


# entity labels of a named party in a "named:P" requirement: a state or place, a nationality or people, a body
NAMED_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def _dates(prep: Token) -> bool:
    """Whether a preposition's object is a date or a time ("on Friday", "on March 3"): it places the deed in time."""
    objs = children(prep, "pobj")
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def requirement_holds(tok: Token, need: str) -> bool:
    """Whether one requirement of a lexicon reading (``event_verbs.tsv``'s ``requires``: 'prep:on', 'obj:@aid',
    'tocomp', ...) holds for a trigger word; the one test of it, read also by the actors stage's groups
    (``actors.groups.codes_event``)."""
    kind, _, arg = need.partition(":")
    if kind == "prep":  # after the word: "called on Iran", not a fronted "On Wednesday, X called ...", nor one
        # that only dates the deed: "called Putin on Friday" (its object a date or a time, evaid19)
        return any(c.lower_ == arg and c.i > tok.i and not _dates(c) for h in (tok, *light_participles(tok))
                   for c in children(h, "prep", "dative", "agent")) \
            or bool(marked_clauses(tok, arg))  # (children: tree's index, not a walk of Token.children)
    if kind == "noprep":  # "worked as an inspector with the ministry": a job held, no work done with a party
        return not any(c.lower_ in arg.split("|") for c in children(tok, "prep"))
    if kind == "asks":  # "a proposal for the Council to act" (also on its light participle: "put forward last week for")
        return any(who.role_tokens(h, "asked") for h in (tok, *light_participles(tok)))
    if kind == "held":  # "has been in custody since", "remains in detention": see nominal.held_in
        from .nominal import holding_verb
        return holding_verb(tok) is not None
    if kind == "light":  # "made concessions", "stepped up coordination with": a noun read only as the object of
        # a light verb (event_status.tsv kind light), not "an oil concession", "the coordination of aid"
        from .nominal import taken_by_light_verb
        return taken_by_light_verb(tok)
    if kind == "faced":  # "faces two charges", "is awaiting trial": see courts.faced
        from .courts import facing_verb
        return facing_verb(tok) is not None
    if kind == "tocomp":  # object control: "ordered the schools to admit them", "instructed X not to print"
        return child(tok, "dobj") is not None and any(
            any(a.lower_ == "to" for a in children(x, "aux")) for x in children(tok, "xcomp"))
    if kind == "deadline":  # an ultimatum: "gave the rebels 48 hours to leave", "gave the court until Friday to
        # rule": a span of time (time_units.tsv) or an "until" phrase given, with a "to" infinitive of what is due
        return deadline_given(tok)
    if kind == "thatcomp":  # an addressee and what is told him: "promised Kabul that it would reopen the road"
        return child(tok, "dobj") is not None and any(
            m.lower_ == "that" for c in children(tok, "ccomp") for m in children(c, "mark"))
    if kind == "intrans":
        return not children(tok, "dobj", "ccomp", "xcomp")
    if kind == "affirm":
        return not negated(tok)
    if kind == "negated":  # "does not support the plan", "will not back the law": withheld support is a rejection
        return negated(tok)
    if kind == "undergoer":  # "met the march with force", "were met with tear gas": someone undergoes it (evmiss22)
        return child(tok, "dobj") is not None or is_passive(tok)
    if kind == "outcome":  # "an operation ... that left nine gunmen dead": a harmful one
        from .agents import harm_outcomes
        return bool(harm_outcomes(tok))
    if kind == "prt":  # the parser may label a particle an adverb: "go [along]advmod/RP with the plan", and tags
        # "back" an adverb even then: "troops pulled [back]advmod/RB from the town" (cue kind back), and "aside":
        # "brushed [aside]advmod/RB the criticism" (cue kind adverb_particle)
        return any((c.dep_ == "prt" or c.tag_ == "RP" or c.lower_ in cues("back") or c.lower_ in cues("adverb_particle"))
                   and c.lower_ == arg
                   for c in children(tok, "prt", "advmod"))
    if kind == "obj":
        return not _wanted(arg).isdisjoint(read_once(tok.doc, ("triggers.object forms", tok.i), _object_forms, tok))
    if kind == "as":  # also a phrase the parser left without an object: "described it as [baseless]amod"
        phrases = [c for c in children(tok, "prep") if c.lower_ == "as"]
        return _cued(prep_objects(tok, "as") + phrases, cues(arg))
    if kind == "pobj":
        prep, _, words = arg.partition(":")
        back = [o for h in (tok, *children(tok, "dobj")) for a in children(h, "advmod") if a.lower_ in cues("back")
                for o in prep_objects(a, prep)]  # the parser may hang "back" on the object
        return _lemma_in(nested_objects(tok, prep, cues("part")) + back, words)  # "ordered X back to prison"
    if kind == "named":  # "measures against Turkey", "against Moscow": the phrase names a state, a people or a body
        return any(o.pos_ == "PROPN" or o.ent_type_ in NAMED_PARTY_ENTITIES for o in nested_objects(tok, arg))
    if kind == "objcue":  # "highlighted the regime's abuses", "pointed to China's coercion": an object of a cue class
        prep, _, kind_of = arg.rpartition(":")
        objs = nested_objects(tok, prep) if prep else children(tok, "dobj")
        return _lemma_in(objs, "|".join(cues(kind_of)))
    if kind == "intj":  # "said [no]intj to the plan" (verbal26): an interjection the verb takes as its word
        return any(c.lower_ in arg.split("|") for c in children(tok, "intj"))
    if kind == "mod":
        return _lemma_in(children(tok, "amod", "compound", "nmod"), arg)
    if kind == "notobj":  # "requesting comment": what a reporter asks for is no political request
        wanted = _wanted(arg)
        objs = children(tok, "dobj") + prep_objects(tok, "for")
        return not any(_matches(o.lemma_.lower(), wanted) for o in objs)
    if kind == "notsubj":  # "German tourists visited Morocco", "the Express was traveling to Peshawar"
        subj, _ = subject(tok)
        member = who.quantity_member(subj) if subj is not None else None  # "thousands of tourists"
        return subj is None or not _lemma_in([subj] + ([member] if member is not None else []), arg)
    if kind == "subj":  # "peacekeepers arrived": the verb's sense is kept for subjects of one class
        subj, _ = subject(tok)
        member = who.quantity_member(subj) if subj is not None else None  # "hundreds of protesters gathered"
        return subj is not None and _lemma_in([subj] + ([member] if member is not None else []), arg)
    if kind == "doer":  # "forces backed by foreign troops", "the army supported the militias": who does it
        return _lemma_in(_doers(tok), arg)
    if kind == "judges":  # "said the EU is hostile": a copular clause under the verb judges its subject
        return _judged_clause(tok, arg) is not None
    if kind == "guards":  # "troops were deployed to protect civilians" (evtype20): the verb of the "to" infinitive
        # of purpose the deed is done for (participants.purpose_infinitives), its first one: "sent to drive off
        # the militia and shield the villagers" is a deployment against the militia, not a guard of civilians
        # (guards:VERBS:OBJECTS, the purpose's verb and its object: civilians, refugees, not a border or a town)
        verbs, _, objects = arg.partition(":")
        aims = [c for c in who.purpose_infinitives(tok)[:1] if _lemma_in([c], verbs)]
        return any(_lemma_in(_objects(children(c, "dobj")), objects) for c in aims)
    if kind == "future":  # "will organize protests", "would mobilize supporters": a deed foretold (word class
        # future_auxiliaries; also "is going to")
        future = word_class("future_auxiliaries")
        return any(a.lower_.replace("\u2019", "'") in future for a in children(tok, "aux")) \
            or tok.dep_ == "xcomp" and tok.head.lower_ == "going"
    if kind == "purpose":  # "... protests to push the president out of office" (evreject28): the verb of the first
        # "to" infinitive of purpose the deed is done for (participants.purpose_infinitives)
        return _lemma_in(who.purpose_infinitives(tok)[:1], arg)
    if kind == "aim":  # "vowed to retaliate against Israel": the verb of its "to" complement (evaccuse19)
        return _lemma_in([x for x in children(tok, "xcomp") if any(a.lower_ == "to" for a in children(x, "aux"))],
                         arg)
    if kind == "notaim":  # "refused to comment": declining to speak to the press is no political refusal
        return not _lemma_in(children(tok, "xcomp"), arg)
    if kind == "exhort":
        return exhorted(tok)
    if kind == "plea":  # "pleaded not guilty", "pleaded innocent" (denied); "pleaded guilty" (admitted)
        pleas = [c for c in children(tok, "acomp", "oprd", "attr", "advmod", "dobj") if c.lower_ in cues("plea")]
        denied = any(c.lower_ == "innocent" or negated(c) for c in pleas)
        return bool(pleas) and denied == (arg == "denied")
    if kind == "calls":  # the parser may make the complement a second object or the object's apposition
        # without a comma: "designated [the group]dobj [a terrorist organization]dobj", "designated [BLA [a
        # terrorist group]appos]dobj" (not "called Kenya, a close ally, ..."), or the first object a dative:
        # "designated [the Houthis]dative [a terrorist organization]appos"
        objs = children(tok, "dobj") or children(tok, "dative")
        unmarked = [a for o in objs[:1] for a in children(o, "appos") if not tok.doc[a.left_edge.i - 1].is_punct]
        return _cued(children(tok, "oprd", "xcomp", "ccomp", "attr", "acomp") + stranded_complements(tok)
                     + objs[1:] + unmarked, cues(arg))
    return False


def deadline_given(tok: Token) -> bool:
    """Whether a verb of giving gives a time limit for a deed (requirement ``deadline``, evaccuse19): its object
    or adverbial noun is a unit of time ("48 hours", "14 days", "one month") or it has an "until" phrase, and a
    "to" infinitive says what must be done by then, on the verb or on the span ("two weeks to draw up a plan");
    an addressee stands as its indirect or direct object. "gave his players two days off" has no such infinitive."""
    spans = [c for c in children(tok, "dobj", "npadvmod") if c.lower_ in units() or c.lemma_.lower() in units()]
    spans += [c for c in children(tok, "prep") if c.lower_ in until_words()]
    if not spans:
        return False
    to_inf = [x for x in children(tok, "xcomp", "advcl") + [a for s in spans for a in children(s, "acl", "relcl")]
              if any(a.lower_ == "to" for a in children(x, "aux"))]
    addressee = [c for c in children(tok, "dative", "dobj") if c not in spans]
    return bool(to_inf) and bool(addressee)


def light_participles(tok: Token) -> list[Token]:
    """A light verb's participle after an event noun, which carries the noun's own phrases: "a plan made last
    week for the Council to act", "a rally held on Sunday against the decree" (cue kind light)."""
    if tok.pos_ != "NOUN":
        return []
    return [c for c in children(tok, "acl") if c.tag_ == "VBN" and c.lemma_.lower() in cues("light")]


def stranded_complements(tok: Token) -> list[Token]:
    """The complement of "called X ..." that the parser hung on a "to" clause of the object or of the verb:
    "called the Thai plan to curb rice sales 'deeply unfair'" (the adjective under "curb", "curb" under
    "plan" or under "called"); a verb that takes an object complement of its own keeps it ("called the
    decision to name him envoy ...")."""
    objs = children(tok, "dobj") or called_objects(tok)
    if not objs:
        return []
    clauses = [c for o in objs for c in children(o, "acl", "relcl")]
    clauses += [c for c in children(tok, "advcl", "xcomp") if c.i > objs[0].i]
    out = []
    for clause in clauses:
        if clause.lemma_.lower() in word_class("complement_verbs") \
                or not any(a.lower_ == "to" for a in children(clause, "aux")):
            continue
        out += [c for c in children(clause, "oprd", "acomp") if c.pos_ in ("ADJ", "NOUN")]
    return out


def called_objects(tok: Token) -> list[Token]:
    """The object of "call" that the parser took for its complement when the real complement came later
    ("called [the Thai plan]oprd [to curb rice sales]advcl 'unfair'"): an oprd noun followed by a "to"
    clause of the verb."""
    if tok.lemma_.lower() != "call" or children(tok, "dobj"):
        return []
    later = [c for c in children(tok, "advcl", "xcomp") if any(a.lower_ == "to" for a in children(c, "aux"))]
    return [o for o in children(tok, "oprd") if o.pos_ in ("NOUN", "PROPN") and any(c.i > o.i for c in later)]


def exhorted(tok: Token) -> bool:
    """Whether a verb is asked for rather than told: under "must"/"should", after "need to", "have to",
    "it is time to", or an imperative ("Stop the attacks")."""
    if has_child(tok, _AUX, word_class("deontic_aux")):  # (the parse's tables: see tree.has_child)
        return True
    if tok.tag_ == "VB" and tok.dep_ == "ROOT" and child(tok, "nsubj", "aux") is None:
        return True  # an imperative
    to = has_child(tok, _AUX, _TO)
    return to and tok.dep_ in ("xcomp", "acl", "relcl", "advcl") \
        and tok.head.lemma_.lower() in word_class("deontic_heads")


_AUX = ("aux",)
_TO = ("to",)


def _lemma_in(toks: list[Token], words: str) -> bool:
    wanted = _wanted(words)
    return any(_matches(t.lemma_.lower(), wanted) or _matches(t.lower_, wanted) for t in toks)


def _cued(heads: list[Token], words: frozenset[str]) -> bool:
    """Whether a phrase under one of the heads carries a cue word: "as a dictator", "a fairy tale"."""
    return cued_subtrees(heads, words)  # (the parse's tables: no Token per word of the phrases)


def _doers(tok: Token) -> list[Token]:
    """Who does what a verb tells: the objects of its "by" phrase when it is passive (also a participle after
    its noun: "forces backed by soldiers and the army"), else its subject; with their conjuncts."""
    if is_passive(tok) or tok.dep_ == "acl" and tok.tag_ == "VBN":
        heads = prep_objects(tok, "by")
    else:
        heads = [s for s in subject(tok)[:1] if s is not None]
    return heads + [c for h in heads for c in h.conjuncts]


def _object_forms(tok: Token) -> frozenset[str]:
    """Every form (``_forms``) of the lemmas and words of a verb's objects, with what they take part of
    (``_objects``): an "obj:" requirement holds when its cell's words meet them (as when any object's lemma or
    word matched). Read once per verb (``read_once``) for the dozen "obj:" rows a verb's lemma may have."""
    objs = children(tok, "dobj", "nsubjpass") if tok.pos_ in ("VERB", "AUX") else []
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):  # "the accord (which) Uruguay signed",
        # a named one too: "the Joint Planning Group that Japan and the US set up" (evaid19)
        objs = [o for o in objs if o.lower_ not in RELATIVE] or [tok.head]  # "the sanctions imposed by"
    return frozenset(f for o in _objects(objs) for word in (o.lemma_.lower(), o.lower_) for f in _forms(word))


def match(entries: tuple[Entry, ...], tok: Token) -> Entry | None:
    """The first of ``entries`` whose requirements all hold for ``tok``. Worked out once per parse, word and
    tuple of entries (several readers ask about the same verb: the trigger reader, the claims reader's
    misdeeds); the tuple is kept beside the answer, so its identity can not be taken by another one."""
    kept = read_once(tok.doc, ("triggers.match", tok.i, id(entries)), _match, entries, tok)
    if kept[0] is not entries:  # (never so while the tuple is held: a guard, not a path taken)
        return _match(entries, tok)[1]
    return kept[1]


def _match(entries: tuple[Entry, ...], tok: Token) -> tuple[tuple[Entry, ...], Entry | None]:
    return entries, next((e for e in entries if all(requirement_holds(tok, r) for r in e.requires)), None)


# prepositions of the time or setting of a clause: an event noun under one is told beside its verb, not as what
# the verb is about ("after talks with X, Y agreed to ...", "in a call with X"; with_intent, nominal._adjunct_verb).
# Of time, whose event is the clause subject's own ("After talks with Kim, Putin said"; not "before", which mostly
# orders two happenings: "it could come before a summit with the US"); of a setting only a meeting takes ("assured
# Lula in a phone call", "said at a meeting with publishers"; not "killed in an attack", no party to it)
TIME_PREPOSITIONS = frozenset({"after", "following", "during", "upon"})
MEETING_PREPOSITIONS = frozenset({"in", "at"})
SETTING_PREPOSITIONS = TIME_PREPOSITIONS | MEETING_PREPOSITIONS


def with_intent(entry: Entry, tok: Token) -> Entry:
    """A meeting someone is willing, ready or interested to hold is an expressed intent (AGREE 036)."""
    if entry.type != "CONSULT":
        return entry
    intent = cues("intent")
    for t, crossed in chain(tok, limit=4):
        if crossed or _setting_of(t, intent):
            break
        if t.i != tok.i and t.lemma_.lower() in intent:
            return replace(entry, type="AGREE", mode=None, cameo=INTENT_AGREE)
    return entry


def _setting_of(prep: Token, intent: frozenset[str]) -> bool:
    """Whether a preposition of setting hangs a noun on a verb of intent, or on its subject as the parser may
    ("Ruto, in a conversation with Abiy, agreed to ..."): the setting of the agreeing, not what it agrees to
    ("willing to meet him at a summit" keeps its intent: that setting is the meeting's)."""
    if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPOSITIONS:
        return False
    head = prep.head
    if head.dep_ in ("nsubj", "nsubjpass", "appos") and prep.i > head.i:
        head = head.head
    return head.lemma_.lower() in intent


# ---- verbs ----------------------------------------------------------------------------------------

# ---- a deed done "for allegedly ..." accuses whom it is done to -------------------------------------------

_ALLEGED = frozenset({"allegedly", "alleged", "reportedly"})
_ALLEGED_RELATIONS = ("advmod", "amod")
_REASON_PREPOSITIONS = frozenset({"for", "over"})
ALLEGED_REACH = 4  # heads climbed from the reason phrase to the verb of the deed it gives the reason of
_ACCUSATION = Entry(pos="verb", lemma="", requires=(), type="ACCUSE", mode=None, cameo="112", target=(),
                    flags=frozenset())


def alleged_reason(doc: Document, tok: Token) -> Candidate | None:
    """A deed done to someone "for allegedly V-ing" (or "over alleged N") accuses them of it: "cut ties with
    Kenya for allegedly meddling in its affairs" -> ACCUSE Somalia -> Kenya, "expelled two diplomats for
    allegedly spying" -> ACCUSE the expelling side -> the diplomats. The trigger is the alleged act; the
    source the doer of the deed, the target who it was done to (its object, or its "with"/"against" phrase)."""
    if tok.pos_ not in ("VERB", "NOUN") or tok.dep_ not in ("pcomp", "pobj"):
        return None
    if not has_child(tok, _ALLEGED_RELATIONS, _ALLEGED):  # (the parse's tables: see tree.has_child)
        return None
    prep = tok.head
    if prep.lower_ not in _REASON_PREPOSITIONS:
        return None
    deed = prep.head
    for _ in range(ALLEGED_REACH):
        if deed.pos_ in ("VERB", "AUX") and (deed.tag_ != "VBG" or child(deed, "aux") is not None):
            break  # a finite deed, or "was cutting ties": not a gerund the reason phrase sits inside
        deed = deed.head
    else:
        return None
    if deed.pos_ not in ("VERB", "AUX") or deed.lemma_.lower() in cues("speech"):
        return None
    reason = {t.i for t in prep.subtree}
    if is_passive(deed):
        sources = [a for o in prep_objects(deed, "by") for a in who.actors(doc, o)]
        done_to = children(deed, "nsubjpass")
    else:
        subj, _ = subject(deed)
        sources = who.actors(doc, subj) if subj is not None else []
        done_to = children(deed, "dobj", "dative")
    done_to += [o for h in [deed] + children(deed, "dobj") for w in ("with", "against", "on") for o in prep_objects(h, w)]
    targets = []
    for holder in done_to:
        for t in holder.subtree:
            if t.i in reason or t.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            found = [a for a in who.actors(doc, t) if a not in sources]
            if found:
                targets = found[:1]
                break
        if targets:
            break
    if not sources or not targets:
        return None
    return Candidate(tok, replace(_ACCUSATION, lemma=tok.lemma_.lower()), sources, targets, "alleged", deed, 0.6)


def verbal(doc: Document, tok: Token) -> Candidate | None:
    felt = _concern(tok) if tok.tag_ in ("JJ", "VBN") else None
    if felt is not None:
        return _active(doc, tok, felt)
    work = _critical_work(doc, tok)
    if work is not None:
        return work
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound") or _nominal_use(tok) or ringing_show(tok):
        return None
    entries = verbs().get(tok.lemma_.lower())
    entry = match(entries, tok) if entries else None
    if entry is None or "neg" in entry.flags and not negated(tok) or reports_speech(tok) or to_blame(tok):
        return None
    entry = with_intent(entry, tok)
    if "exhort" in entry.flags:
        return _exhortation(doc, tok, entry)
    if "judges" in entry.flags:
        return _judgement(doc, tok, entry)
    if is_passive(tok) or _stative(tok) or passive_conjunct(tok):
        cand = _passive(doc, tok, entry)
    else:
        cand = _active(doc, tok, entry)
    if "people" in entry.flags and not _people(doc, cand.targets) and not _nationals(tok):
        return None  # "released a report", "freed up funds": only people are released (RETREAT 0841)
    return cand


def _nationals(tok: Token) -> bool:
    """Whether the verb's object names people by their nation ("released six Americans", "freed 18
    Lithuanians"): a plural nationality noun, which the actors stage reads as the country (round 17, evtypes)."""
    objs = _objects(children(tok, "dobj", "nsubjpass"))
    return any(o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS") for o in objs)


def _people(doc: Document, actor_ids: list[str]) -> bool:
    found = [doc.actor(a) for a in actor_ids]
    return bool(found) and all(a is not None and a.kind in _PEOPLE for a in found)


def _concern(tok: Token) -> Entry | None:
    """A predicate adjective of concern or dismay with what it is about: "we are deeply concerned about
    the actions of Dodik", "Kenya is alarmed by Somalia's moves" (the verb lexicon's adjective rows)."""
    felt = tok.dep_ == "acomp" or tok.tag_ == "VBN" and child(tok, "auxpass") is not None  # "were alarmed by"
    if not felt or tok.tag_ not in ("JJ", "VBN") or negated(tok) or tok.dep_ == "acomp" and negated(tok.head):
        return None
    entries = verbs().get(tok.lower_)
    return match(entries, tok) if entries and all(e.pos == "verb" and "adjective" in e.flags for e in entries) else None


def _critical_work(doc: Document, tok: Token) -> Candidate | None:
    """A work said to judge someone, by the adjective of a verb lexicon's adjective row modifying it ("posted
    videos critical of the city's handling of the crisis", "a book critical of the church, written by X", "her
    report critical of the police"; works: word class said_works): the work's maker judges. The maker is the
    work's possessor, its "by" agent (on the noun or its participle: "written by X"), else the active subject of
    the verb whose object the work is, or whose object the work is a series or number of ("X posted (a series
    of) videos ..."); no maker named, no event. Negated adjectives
    ("not critical of") code nothing."""
    if tok.tag_ != "JJ" or tok.dep_ not in ("amod", "acl") or negated(tok):
        return None
    work = tok.head
    if work.pos_ != "NOUN" or work.lemma_.lower() not in word_class("said_works") \
            and work.lower_ not in word_class("said_works"):
        return None
    entries = verbs().get(tok.lower_)
    entry = match(entries, tok) if entries else None
    if entry is None or entry.pos != "verb" or "adjective" not in entry.flags:
        return None
    makers = children(work, "poss") + prep_objects(work, "by") \
        + [o for p in children(work, "acl") if p.tag_ == "VBN" for o in prep_objects(p, "by")]
    held = work.head.head if work.dep_ == "pobj" and work.head.lower_ == "of" else work  # "a series of videos"
    verb = held.head if held.dep_ == "dobj" else None
    if not makers and verb is not None and verb.pos_ == "VERB" and not is_passive(verb):
        subj, _ = subject(verb)
        makers = [subj] if subj is not None else []
    sources = [a for m in makers if m.pos_ != "PRON" for a in who.actors(doc, m)]
    if not sources:
        return None
    targets = _targets(doc, tok, entry, sources)
    return Candidate(tok, entry, sources, targets, "work", verb, 0.6)


def _judged_clause(tok: Token, kind: str) -> Token | None:
    """The subject of a reported copular clause whose complement carries a cue word of ``kind`` and which
    is not negated: "contended that the EU is one of the most hostile authorities" -> EU."""
    for clause in children(tok, "ccomp"):
        if clause.lemma_.lower() != "be" or negated(clause):
            continue
        subj = child(clause, "nsubj")
        if subj is not None and (_cued(children(clause, "attr", "acomp", "prep"), cues(kind))
                                 or kind == "blame" and any(to_blame(x) and not negated(x) for x in children(clause, "xcomp"))):
            return subj
    return None


def to_blame(tok: Token) -> bool:
    """Whether a verb "blame" is the idiom "X is to blame (for ...)" (evaccuse19): X is the one blamed, by
    whoever says so ("Israel said Hamas was to blame": Israel accuses Hamas, read by the reporting verb's
    judges:blame row), never the blamer."""
    return tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" \
        and any(a.lower_ == "to" for a in children(tok, "aux"))


def _judgement(doc: Document, tok: Token, entry: Entry) -> Candidate:
    """A speaker judging someone in a reported copular clause: the speaker disapproves of (or praises)
    whoever the clause's subject names."""
    subj, carrier = subject(tok)
    sources = who.actors(doc, subj)
    judged = next((c for r in entry.requires if r.startswith("judges:")
                   for c in [_judged_clause(tok, r.partition(":")[2])] if c is not None), None)
    targets = [a for a in who.actors(doc, judged) if a not in sources] if judged is not None else []
    return Candidate(tok, entry, sources, targets, "", carrier if carrier.i != tok.i else None, 0.6)


def _exhortation(doc: Document, tok: Token, entry: Entry) -> Candidate:
    """A call in the speaker's own words: "Israel must stop the attacks", "It is time to end Russia's
    war": the speaker asks it of the verb's subject, else of whoever does the deed named as its object, else
    of whom the words were said to ("'It is time to stop the shelling,' the minister told Russia")."""
    speaker = who.speaker_at(doc, tok.idx)
    sources = [speaker] if speaker else []
    subj = child(tok, "nsubj")
    targets = [a for a in who.actors(doc, subj) if a not in sources] if subj is not None else []
    for obj in [] if targets else children(tok, "dobj"):
        targets = [a for a in who.actors(doc, obj) + who.owner(doc, obj, of=True) if a not in sources]
    if subj is None and not targets:
        targets = [a for a in _told_to(doc, tok.idx) if a not in sources]
    return Candidate(tok, entry, sources, targets[:1] if subj is None else targets, "", None, 0.6)


def _told_to(doc: Document, offset: int) -> list[str]:
    """Whom the words at ``offset`` were said to: the object of their reporting verb ("..., the French
    minister told Russia"), as the quotes stage attributes them."""
    from .reporting import attributions  # (reporting reads the trigger modules)

    for a in attributions(doc):
        if a.content_start <= offset < a.content_end and a.cue_start is not None:
            cue = doc.nlp.char_span(a.cue_start, a.cue_end, alignment_mode="expand")
            if cue is not None:
                return [x for c in children(cue.root, "dobj", "dative") for x in who.actors(doc, c)
                        if (found := doc.actor(x)) is not None and found.kind != "media" and found.sector != "MED"]
    return []  # (not the press the words were told to: "told reporters")


def reports_speech(tok: Token) -> bool:
    """A verb used to report words before it, with nothing it acts on: "'the danger is not over,' agreed
    the activist", "'talks will go on,' conceded the minister"."""
    fronted = any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children)
    return fronted and not children(tok, "dobj", "dative", "prep", "xcomp")


def ringing_show(tok: Token) -> bool:
    """A verb of ringing a place told of a show of force ("drills encircling Taiwan", "exercises that surrounded
    the island"): the drill's MOBILIZE event names the place's state (target role ringed), no assault (evreject28)."""
    return tok.dep_ in ("acl", "relcl") and tok.lemma_.lower() in word_class("ringing_verbs") \
        and any(e.type == "MOBILIZE" and "ringed" in e.target for e in noun_entries(tok.head))


def _nominal_use(tok: Token) -> bool:
    """A participle standing as a noun: "evacuated the wounded" (a determiner, no subject of its own), or a
    gerund the noun lexicon names (gerund_noun)."""
    return tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and child(tok, "det") is not None \
        and child(tok, "nsubj", "nsubjpass") is None or gerund_noun(tok)


def gerund_noun(tok: Token) -> bool:
    """A gerund the parser tagged a verb standing where a noun stands, with neither subject nor object of its
    own, whose form the noun lexicon names: "displaced by fighting between rebels and the army", "Fighting
    between the army and the RSF continued" (not "fighting the rebels", "began fighting"); also where the parser
    makes it the clause a preposition takes (pcomp: "displaced by fighting between ...", "after fighting
    between ..."), only with what marks a noun there, a "between"/"among" phrase or a determiner, adjective or
    possessor ("interested in meeting with Kim" stays the verb meet)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "pcomp", "dobj"):
        return False
    if tok.dep_ == "pcomp" and not any(c.dep_ in ("det", "amod", "poss") or c.dep_ == "prep" and c.lower_ in
                                       ("between", "among") for c in tok.children):
        return False
    if child(tok, "nsubj", "nsubjpass", "dobj", "aux") is not None:
        return False
    return bool(nouns().get(tok.lower_))


def _stative(tok: Token) -> bool:
    """A participle describing its subject is passive in sense: "Lai stands accused of collusion"."""
    return tok.tag_ == "VBN" and tok.dep_ in ("acomp", "oprd", "xcomp") and child(tok, "dobj") is None


def _head_actor(doc: Document, tok: Token) -> list[str]:
    """The actor a phrase's head names, else its appositive's ("the ... Mission, or MINUSCA"), else any
    actor within it: "forces of the UN mission" belong to the mission, not to the UN named inside."""
    for t in (tok, *children(tok, "appos")):
        found = doc.actor_of_token(t)
        if found:
            return [found]
    return who.actors(doc, tok)


# words a "by" phrase may hang on below a passive verb the parser did not give it to: the nouns and
# prepositions of its complements, and a gerund under a preposition ("banned from holding rallies by ...")
_STRANDED_PATH = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "NUM"})


def stranded_agent(doc: Document, tok: Token) -> list[Token]:
    """The agent of a passive the parser hung lower, on a word of the verb's own complements after it:
    "was designated as a terrorist group by the United States", "were threatened with sanctions by China",
    "was banned from holding rallies at the square by the ministry". Only an actor's phrase, only after
    the verb, never through another clause, a reason or a work ("banned over remarks by its leader",
    "arrested for a post by his brother": the remarks' and the post's makers)."""
    end = sentence_of(tok).end
    if tok.i + 3 >= end:
        return []
    for t in doc.tokens()[tok.i + 1:end]:
        if t.lower_ != "by" or t.dep_ != "prep":
            continue
        head = t.head
        steps = 0
        while head.i != tok.i and steps < 8:
            if head.pos_ not in _STRANDED_PATH and not (head.tag_ == "VBG" and head.dep_ == "pcomp"):
                break
            if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in word_class("said_works"):
                break
            if head.pos_ == "ADP" and head.lower_ in _REASONS:
                break
            head, steps = head.head, steps + 1
        if head.i != tok.i:
            continue
        objs = [o for o in children(t, "pobj") if doc.actor_of_token(o) or who.actors(doc, o)]
        if objs:
            return objs[:1]
    return []


_REASONS = frozenset({"for", "over", "after", "because", "despite", "about"})
def _passive(doc: Document, tok: Token, entry: Entry) -> Candidate:
    agents = prep_objects(tok, "by")
    stranded = [] if agents else stranded_agent(doc, tok)
    agents = agents or stranded
    sources = who.actors(doc, agents[0]) if agents else _enforcer_speaker(doc, tok, entry)
    patient = child(tok, "nsubjpass") or (tok.head if tok.dep_ == "acl" else None)
    if patient is None and passive_conjunct(tok):
        patient = child(tok.head, "nsubjpass")
    if patient is None and tok.dep_ == "pcomp" and tok.head.lower_ in ORDERING_PREPOSITIONS:
        patient, _ = subject(tok.head.head)  # "spoke to reporters after being freed from jail"
    if patient is not None and patient.lower_ in RELATIVE and tok.dep_ == "relcl":
        patient = tok.head  # "Diaz, who was blacklisted by the EU": the noun the clause describes
    how = "stranded" if stranded and sources else "passive"
    if not sources and patient is not None and (entry.type == "MOBILIZE" or "forces" in entry.flags
                                                or entry.type == "RETREAT"
                                                and moved_forces(patient)):  # "troops were pulled out of Chad"
        owners = [a for o in prep_objects(patient, "of") for a in _head_actor(doc, o)][:1]  # "forces of the AU"
        sources = owners or [a for a in who.actors(doc, patient) if may_fight(doc, a)]  # "troops were deployed"
        how = "forces" if sources else how
    targets = [] if how == "forces" else who.actors(doc, patient, "place" in entry.flags)
    if not targets and patient is not None and patient.lower_ not in RELATIVE \
            and ("owned" in entry.flags or "dobj" in entry.target):
        # "the paper's accounts were frozen by prosecutors", "the ministry's website was attacked by hackers": the
        # passive's patient names its owner as the active's object does (_targets reads an object's owner for a
        # dobj role; round 19, evparty19)
        targets = [a for a in who.owner(doc, patient, _judged(entry, patient) or _owned_of(entry, patient),
                                        every=entry.type in MEASURE_TYPES) if a not in sources]
    if not targets and how != "forces" and patient is not None and patient.dep_ == "attr" \
            and patient.head.lemma_.lower() in word_class("copulas") and tok.dep_ == "relcl":
        # "HTS is a group that is listed as ...": the noun the clause describes is what the copula's subject is
        copula_subject = child(patient.head, "nsubj")
        targets = who.actors(doc, copula_subject) if copula_subject is not None else []
    if not targets:  # "the sanctions imposed on Iran": the patient is a thing, the target in a phrase
        targets = _targets(doc, tok, replace(entry, target=tuple(r for r in entry.target if r != "dobj")), sources)
    if not sources and targets and _in_custody(tok):
        from .agents import state_doer  # agents reads this module's candidates

        if tok.lemma_.lower() in word_class("state_acts"):
            sources = state_doer(doc, Candidate(tok, entry, [], targets, how))
            how = "state" if sources else how
    return Candidate(tok, entry, sources, targets, how)


_PEOPLE = frozenset({"person", "group"})
RELEASES = frozenset({"release", "free"})  # verbs of a release from custody (read by agents.releaser too)
def _in_custody(tok: Token) -> bool:
    """A release is the state's only when it is from custody: "released on bail", "freed from prison" (not
    "passengers were freed", whom a rescue freed from their captors)."""
    if tok.lemma_.lower() not in RELEASES:
        return True
    return any(o.lemma_.lower() in word_class("custody") for p in children(tok, "prep") for o in children(p, "pobj"))


ORDERING_PREPOSITIONS = frozenset({"after", "since", "before", "upon", "following", "until"})  # of time, read by setting too
_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})
_ENFORCERS = frozenset({"COP", "MIL"})


def _enforcer_speaker(doc: Document, tok: Token, entry: Entry) -> list[str]:
    """An arrest told without its agent by the police or army that made it: "police said 23 people were
    arrested" -> the police arrested them."""
    if entry.type != "COERCE":
        return []
    speaker = who.speaker_at(doc, tok.idx)
    found = doc.actor(speaker) if speaker else None
    return [speaker] if found is not None and working_sector(found) in _ENFORCERS else []


def _guest(doc: Document, tok: Token, entry: Entry) -> Candidate:
    """A guest participle's visit ("hosted visiting Premier Li"): the guest visits the host, the subject of
    the verb the participle hangs on (participants.guest_participle)."""
    subj, carrier = subject(tok.head)
    guests = [a for o in children(tok, "dobj") for a in who.actors(doc, o)]
    hosts = [a for a in who.actors(doc, subj) if a not in guests]
    return Candidate(tok, entry, guests, hosts, "guest", carrier, 0.7)


def _active(doc: Document, tok: Token, entry: Entry) -> Candidate:
    if who.guest_participle(tok):
        return _guest(doc, tok, entry)
    misparsed = tok.dep_ == "pcomp" and tok.head.pos_ == "ADP" and child(tok, "nsubj") is not None \
        and not judged_frames.free_relative(tok) \
        and not (tok.head.lower_ in word_class("absolute_prepositions") and child(tok, "nsubj").pos_ in ("NOUN", "PROPN"))
    # "in what X called a crime": X's own words, not the main clause's; "with both rivals accusing the other": an
    # absolute clause's own subject accuses
    main = main_clause_verb(tok)  # "found that the ban is unlawful and ordered ...": the finder ordered
    main = main if main is not None else agreeing_main_verb(tok)  # "argue X has ... and object to": plural
    subj, carrier = subject(tok.head.head if misparsed else main if main is not None else tok)
    sources = who.actors(doc, subj)
    doers = _participle_doers(doc, tok)
    if doers:
        subj, carrier, sources = tok.head, tok, doers
    speaker = _speaker_of_conjoined(tok) if not sources else None
    if speaker is not None:
        subj, carrier = subject(speaker)
        sources = who.actors(doc, subj)
    entry = _verbal_attack(doc, entry, sources, tok)
    if entry.type == "ASSAULT" and subj is not None and subj.pos_ == "PRON":
        sources = [a for a in sources if may_fight(doc, a)]  # "They stormed the market": not the villagers quoted
    targets = _targets(doc, tok, entry, sources)
    if entry.type in JUDGING and judged_frames.free_relative(tok):  # "in what X called a war crime": the act's doer
        targets = [a for a in judged_frames.free_relative_judged(doc, tok) if a not in sources
                   and not who.own_side(doc, a, set(sources))]
    if not targets and (tok.tag_ in ("VBG", "VBN") or misparsed) and tok.dep_ != "ROOT":
        targets = [t for t in who.participle_recipient(doc, tok) if t not in sources]
    anchor = carrier if carrier.i != tok.i else None
    conf = 0.75 - (0.1 if subj is not None and subj.pos_ == "PRON" else 0.0)
    return Candidate(tok, entry, sources, targets, "", anchor, conf)


_FIGHTERS = frozenset({"MIL", "REB", "CRM", "COP"})


def may_fight(doc: Document, actor_id: str) -> bool:
    """Whether an actor a pronoun was resolved to can be the doer of armed violence: a country or an
    armed, rebel, criminal or police actor (a guess that lands on elders or officials is dropped)."""
    found = doc.actor(actor_id)
    return found is not None and (found.kind == "country" or working_sector(found) in _FIGHTERS)


def _participle_doers(doc: Document, tok: Token) -> list[str]:
    """The actors an -ing participle describes do its deed: "aiding rebels fighting Gbagbo" -> the rebels
    fight (the sender of "a letter inviting him" is found through the verb instead)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return who.actors(doc, tok.head)


def _speaker_of_conjoined(tok: Token) -> Token | None:
    """The speech verb whose subject a verb hung on its reported clause shares: "the minister said the talks
    were useful but urged Iran to ..." (the parser joins "urged" to "were"; the minister urged)."""
    if tok.dep_ != "conj" or child(tok, "nsubj", "nsubjpass") is not None:
        return None
    said = tok.head.head
    if tok.head.dep_ != "ccomp" or said.lemma_.lower() not in cues("speech"):
        return None
    return said if tok.head.lemma_.lower() in word_class("copulas") else None  # not "some write and insult ..."


def own_possessed(doc: Document, noun: Token, sources: list[str] | set[str]) -> bool:
    """Whether a noun of a refused or threatened deed is the doer's own by a possessive pronoun: one resolved to
    a source, or an unresolved one on a word of armed force (armed_body_words.txt: "refused to withdraw his
    troops from Kuwait", "its forces": not a refusal aimed at the troops); "refused to enroll her daughter"
    is read through coreference only (verbal26)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            owners = who.actors(doc, c)
            if set(owners) & set(sources) or not owners and noun.lower_ in words("armed_body_words.txt"):
                return True
    return False


def _targets(doc: Document, tok: Token, entry: Entry, sources: list[str]) -> list[str]:
    place = "place" in entry.flags
    objects = children(tok, "dobj") + [o for p in children(tok, "prep") for o in nested_objects(tok, p.lower_)]
    for role in entry.target:
        for obj in who.role_tokens(tok, role) or _on_object(objects, role):
            if entry.type == "REJECT" and obj.lower_ in _THING_PRONOUNS:
                continue  # "will not accept it": a thing refused, not an actor
            if role == "aim" and entry.type in ("REJECT", "THREATEN") and own_possessed(doc, obj, sources):
                continue  # "refused to withdraw his troops": the refusing side's own, not whom it is aimed at
            if "named" in entry.flags and obj.pos_ == "PRON" and not doc.referents(obj):
                continue  # "helping them build businesses": a guess at "them" is too loose for so common a verb
            found = _addressee(doc, tok, obj, sources)
            found = found or [a for a in who.actors(doc, obj, place) if a not in sources]
            if entry.type == "REJECT" and obj.pos_ == "PRON":  # "Thailand turned them down": a pronoun read as the
                # rejecting side's own is a misreading, not whom it turns down (verbal26)
                found = [a for a in found if not who.own_side(doc, a, set(sources))]
            if role == "sought":
                found = who.sought_found(doc, obj, found)
            if not found and role == "dobj" and entry.type == "COERCE" and patient_noun(obj):
                # "revoked Zamora's house arrest", "extended the journalist's detention": the possessor of a
                # custody noun (flag patient of event_nouns.tsv) is whom the coercion is done to (evdropped21)
                found = [a for h in children(obj, "poss") for a in who.actors(doc, h) if a not in sources]
            if not found and (role in ("dobj", "aim", "called", "small") or "owned" in entry.flags):
                found = [a for a in who.owner(doc, obj, _judged(entry, obj) or _owned_of(entry, obj),
                                              every=entry.type in MEASURE_TYPES) if a not in sources]
            if not found and role == "dobj" and entry.type == "SUPPORT":
                found = [a for a in who.first_actor_within(doc, obj) if a not in sources]
            if found:
                return found
    return []


# types whose object is a deed judged, and whose target is who did it: "condemned the brutality of the army"
# (context.maker reads the doer from earlier in the article when the object does not name it)
JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def _judged(entry: Entry, obj: Token) -> bool:
    """Whether an "of" phrase under the object names its doer: a judgement of a deed ("the actions of
    Iran"), unless the object is itself an event noun whose "of" is its patient ("the arrest of Lai"); an
    event noun whose target stands elsewhere has its doer there ("the withdrawal of French troops from X")."""
    return entry.type in JUDGING and (not _event_noun(obj) or _doer_of(obj))


def _doer_of(obj: Token) -> bool:
    """An event noun whose target is named under another preposition, not "of" (event_nouns.tsv: a
    withdrawal 'from' a place): its "of" phrase names who does the deed."""
    entries = noun_entries(obj)
    return bool(entries) and all(e.target and "of" not in e.target and "patient" not in e.flags for e in entries)


def _owned_of(entry: Entry, obj: Token) -> bool:
    """Whether an "of" phrase under the object of an `owned` row names its owner: "critical of the plans of
    Castillo", "opposed to the policies of the junta" (not an event noun's patient: "the arrest of Lai")."""
    return "owned" in entry.flags and not _event_noun(obj)


def _event_noun(obj: Token) -> bool:
    """A noun of the event lexicon whose "of" is its patient; not a charge or a trial, an event only where
    someone faces it (courts.faced): "rejected the charges of the prosecutors" names their maker; nor a
    proposal, an event only where it asks someone to act (requires asks): "rejected the proposal of Kim"."""
    entries = noun_entries(obj)
    return any("faced" not in e.requires and "asks" not in e.requires for e in entries)


def _on_object(objects: list[Token], role: str) -> list[Token]:
    """A preposition the parser hung on the object, or on a noun under it: "cut ties with Lithuania",
    "release $50 million in funding for Malawi", "walked out of talks with Egypt"."""
    if role in ("dobj", "dative"):
        return []
    holders = list(objects)
    for _ in range(2):
        holders += [o for h in holders for p in children(h, "prep") for o in children(p, "pobj")
                    if o not in holders and p.lower_ != role]
    return [o for h in holders for o in prep_objects(h, role)] + (aimed_at(objects) if role in AIMED_ROLES else [])


# the target roles an aiming participle on the object (or on an event noun) fills: "shells fired aimed at a
# post", "imposed tariffs targeting Brazil", "sanctions aimed at Russian banks" (evsrc22)
AIMED_ROLES = frozenset({"on", "against", "at"})


def aimed_at(objects: list[Token]) -> list[Token]:
    """What a thing fired or sent is pointed at, told by a participle on it (round 21, evdropped21; word class
    aiming_participles): "shells fired aimed at a border post", "missiles directed at the capital" ->
    the "at" object; "drones targeting its cities" -> the participle's object."""
    aiming = word_class("aiming_participles")
    out = []
    for obj in objects:
        for part in children(obj, "acl"):
            if part.lemma_.lower() not in aiming or part.tag_ not in ("VBN", "VBG"):
                continue
            out += prep_objects(part, "at") if part.tag_ == "VBN" else children(part, "dobj")
    return out


def _addressee(doc: Document, tok: Token, obj: Token, sources: list[str]) -> list[str]:
    """A pronoun object of a participle names whom the letter went to: "sent a letter to Rubio, urging
    him" -> Rubio (an object pronoun never stands for the clause's own subject)."""
    if obj.pos_ != "PRON" or obj.lower_ in who.FIRST_PERSON:
        return []
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "pcomp", "advcl", "xcomp"):
        return []
    return [a for a in who.participle_recipient(doc, tok, pronoun=True) if a not in sources]


def _verbal_attack(doc: Document, entry: Entry, sources: list[str], tok: Token | None = None) -> Entry:
    """A politician who "attacks" or "slams" someone does it in words: ACCUSE 111; not one who pays or hires
    others to attack (commissioning_verbs: "paid a militia to attack the village" is force)."""
    if "verbal" not in entry.flags or not sources:
        return entry
    if tok is not None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in word_class("commissioning_verbs"):
        return entry
    first = doc.actor(sources[0])
    if first is None or first.kind != "person" or first.sector in ("MIL", "REB", "CRM"):
        return entry
    return replace(entry, type="ACCUSE", mode="disapprove", cameo="111")


# ---- a word coded from outside the lexicons (the learned event-sentence model) --------------------------

def read_with(doc: Document, tok: Token, entry: Entry) -> Candidate:
    """The participants of a verb or noun read with a given entry, as for a lexicon word of that reading."""
    if tok.pos_ == "VERB":
        passive = is_passive(tok) or _stative(tok) or passive_conjunct(tok)
        return _passive(doc, tok, entry) if passive else _active(doc, tok, entry)
    from .nominal import noun_participants, noun_targets  # nominal builds on this module

    sources, targets, how, anchor = noun_participants(doc, tok, entry)
    if not targets:
        targets = noun_targets(doc, tok, anchor, entry, sources)
    return Candidate(tok, entry, sources, targets, how, anchor, 0.6)
