"""events stage: who did what to whom, coded as PLOVER events with CAMEO codes.

Triggers come from the event lexicons (event_verbs.tsv, event_nouns.tsv); participants from the parse
(subjects, objects, "with"/"to"/"against" phrases, passive agents, participle and infinitive clauses),
mapped to the actors stage's actors. Reporting clauses are unwrapped rather than coded: the event inside
"X said that Y attacked Z" is Y -> Z, reported, according to X. Status, time and place follow the
predicate (see ``eventcoding``).
"""
from __future__ import annotations

from .. import settings
from ..document import Document, sentence_of
from ..record import Event, Span, Trigger
from .eventcoding import answered, claims, context, dictionary_verbs, filters, grievances, learned, merge, nominal, reactions, \
    received, setting, speech, status, triggers, vows, wire
from .eventcoding.triggers import Candidate
from .eventcoding import participants as who
from .eventcoding.words import nouns as lexicon_nouns, verbs as lexicon_verbs, word_class


def run(doc: Document) -> None:
    """Fill Document.events."""
    if doc.nlp is None:
        return
    events: list[Event] = []
    nominal: set[str] = set()
    dated: dict[str, str] = {}  # event id -> the time value attached to its predicate itself
    unaddressed: set[str] = set()  # events that need a target and have none (filters.addressed)
    found = candidates(doc)
    for cand in found:
        if any(_coded(doc, o, found) for o in context.covering(cand, found)):
            # "denied that Russia attacked Ukraine": the attack, denied, and
            answered = cand.targets or list(filter(None, [context.accuser(doc, cand, events)]))
            if not answered:  # a REJECT only of whoever the denial answers: the claim's owner ("rejected
                continue  # India's claim that ..."), an accuser just before ("Ukraine accused Russia ...")
            cand.targets = answered
        if context.covered(cand, found) or filters.drop(doc, cand):
            continue  # filters: a contest's result, a loose reading's thing (eventcoding/filters.py)
        if "claim" in cand.entry.flags and not cand.targets and context.rejects_claim(cand):
            claimed = context.claimant(doc, cand, events)
            cand.targets = [claimed] if claimed else []
        elif cand.entry.type == "REJECT" and not cand.targets:
            cand.targets = reactions.asker(cand, events)
        context.complete(doc, cand, events)
        if not cand.targets and cand.entry.type in context.CONDITIONED_TYPES:  # "would execute the hostages
            cand.targets = context.condition_parties(doc, cand)  # if the state did not free them": the state
        for ev, value in code(doc, cand, len(events)):
            events.append(ev)
            if not ev.target and filters.addressed(cand):
                unaddressed.add(ev.id)
            if cand.nominal:
                nominal.add(ev.id)
            if value:
                dated[ev.id] = value
    if unaddressed:  # kept until now as context for later readings (the maker of a claim rejected)
        events, nominal, dated = _without(events, unaddressed, nominal, dated)
    if settings.SPEECH_EVENTS:  # demands and judgements in what speakers say (the eventcoding/speech package)
        events += speech.events(doc, events)
    if settings.CLAIM_EVENTS:  # accusations told as claims: "X claimed the army rigged the vote" (eventcoding/claims.py)
        events += claims.events(doc, events)
    if settings.GRIEVANCE_EVENTS:  # doubts raised, displeasure voiced at a party's deed (eventcoding/grievances.py)
        events += grievances.events(doc, events)
    for ev, value in learned.events(doc, events, code):  # sentences no rule coded (settings.LEARNED_EVENTS)
        events.append(ev)
        if value:
            dated[ev.id] = value
    events = merge.within_sentences(doc, events, dated)
    events = merge.repeats(doc, events, nominal, dated)
    # a commentator's targetless judgement, a contact that did not take place (eventcoding/filters.py); once
    # repeats are merged, so that a later mention of the contact goes with it
    left_out = {ev.id for ev in events if filters.unrecorded(doc, ev)}
    if left_out:
        events, nominal, dated = _without(events, left_out, nominal, dated)
    merge.inherit_times(doc, events, dated)
    for i, ev in enumerate(events, 1):
        ev.id = f"e{i}"
    doc.events = events


def _coded(doc: Document, cand: Candidate, found: list[Candidate]) -> bool:
    """Whether a candidate a denial holds would be coded as an event of its own: not asked for or refused, not
    a reading dropped, with a pair of actors ("denied that it had arrested the opposition leader" holds an
    arrest of nobody the stage names, so the denial stays the event, as when its clause holds no event word:
    "denied that it had supplied the drones"). The tests ``run`` and ``code`` make of it."""
    if context.covered(cand, found) or filters.drop(doc, cand):
        return False
    found_pairs = filters.political_pairs(doc, cand, pairs(doc, cand))
    return any(t for _, t in found_pairs) or bool(found_pairs) and not filters.addressed(cand)


def _without(events: list[Event], dropped: set[str], nominal: set[str],
             dated: dict[str, str]) -> tuple[list[Event], set[str], dict[str, str]]:
    """The events less the dropped ones, numbered again from e1 (later readings number theirs after them),
    with the nominal and dated records following the new numbers."""
    kept = [ev for ev in events if ev.id not in dropped]
    renamed = {}
    for i, ev in enumerate(kept, 1):
        renamed[ev.id] = f"e{i}"
        ev.id = renamed[ev.id]
    return kept, {renamed[k] for k in nominal if k in renamed}, {renamed[k]: v for k, v in dated.items() if k in renamed}


# the parts of speech a trigger can be: verbs, nouns, adjectives ("critical of"), auxiliaries, participles
# tagged otherwise; a trigger row of another part of speech would need its tag added here
_TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN", "ADV", "ADP"})


def candidates(doc: Document) -> list[Candidate]:
    assert doc.nlp is not None
    found = []
    verb_rows, noun_rows = lexicon_verbs(), lexicon_nouns()
    support_nouns = received.nouns()  # support received by a noun's frame (eventcoding/received.py)
    tokens = doc.tokens()
    # the words' strings read once from the parse's arrays: most words are passed over on these alone
    poses, lemmas = doc.token_strings("POS"), doc.token_strings("LEMMA", lower=True)
    lowers, tags, deps = doc.token_strings("LOWER"), doc.token_strings("TAG"), doc.token_strings("DEP")
    # no row, alleged act or dictionary verb starts on a determiner, a name, a number ...: the words of the
    # parts of speech a trigger can be, in order, off the article's index of its words (Document.token_numbers)
    for i in doc.token_numbers("POS", _TRIGGER_POS):
        pos, lemma, lower = poses[i], lemmas[i], lowers[i]
        if pos == "VERB" and lemma in answered.verbs():  # "said it would retaliate if ...", "would be met with
            cand = answered.candidate(doc, tokens[i])  # force": a threat before the verb's rows (eventcoding/answered.py)
            if cand is not None:
                found.append(cand)
                continue
        if lemma in verb_rows or lemma in noun_rows or lower in noun_rows or lemma in support_nouns \
                or tags[i] in ("JJ", "VBN") and lower in verb_rows:  # an adjective row: "alarmed", "concerned"
            tok = tokens[i]
            cand = triggers.verbal(doc, tok) or received.given(doc, tok) or nominal.nominal(doc, tok) \
                or triggers.alleged_reason(doc, tok)
        elif pos in ("VERB", "NOUN") and deps[i] in ("pcomp", "pobj"):
            # no lexicon row can start here; an alleged act needs none, only a verb or noun under a preposition
            tok = tokens[i]
            cand = triggers.alleged_reason(doc, tok)
        else:
            cand = None
        if cand is None and pos == "VERB" and lemma in wire.ordering_verbs():  # "was ordered to leave Niger"
            cand = wire.ordered_out(doc, tokens[i])
        if cand is None and pos == "VERB" and lemma in dictionary_verbs.entries():
            cand = dictionary_verbs.candidate(doc, tokens[i])  # verbs no hand row has (settings.DICTIONARY_VERBS)
        if cand is not None:
            if not cand.sources or not cand.targets:  # wire and Wikinews style: a title's appositive name, an
                cand = wire.fill(doc, cand)  # amount "in aid", a refusal of entry ... (eventcoding/wire.py)
            found.append(cand)
    return found


def pairs(doc: Document, cand: Candidate) -> list[tuple[str, str | None]]:
    """One (source, target) per pair of actors; an event without a source is not coded."""
    flags = cand.entry.flags
    sources = cand.sources
    targets = [t for t in cand.targets if t not in sources]
    if cand.entry.type == "CONSULT":  # "spoke with VOA", "told Reuters": an interview, not a consultation
        sources = [s for s in sources if not _media(doc, s)]
        targets = [t for t in targets if not _media(doc, t)]
        if not sources or not targets and cand.targets:
            return []
    if len(sources) >= 2 and who.reciprocal(cand.trigger) and not cand.nominal:
        # "Ethiopia and Eritrea accused each other": each side's deed to the other (one per pair when symmetric)
        if "sym" in flags:
            return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        return [(a, b) for a in sources for b in sources if a != b]
    if targets:
        return [(s, t) for s in sources for t in targets]
    if "sym" in flags and len(sources) >= 2:
        return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
    # a request whose "that" clause asks it of no particular party stands without an addressee: "recommends
    # that every state should ban the pesticide" (not "that he be released": someone the coder would name)
    asked = cand.entry.type == "REQUEST" and not cand.nominal and filters.that_clause(cand.trigger)
    if not ({"notarget", "armed"} & flags or asked) or not context.may_stand_alone(doc, cand):
        return []
    if context.addressed_to_nobody_coded(cand):
        return []
    if "notarget" in flags or asked:
        return [(s, None) for s in sources]
    return [(s, None) for s in sources if context.armed_source(doc, s)]


def _media(doc: Document, actor_id: str) -> bool:
    found = doc.actor(actor_id)
    return found is not None and found.kind == "media"


def code(doc: Document, cand: Candidate, numbered: int) -> list[tuple[Event, str | None]]:
    """The events of one candidate, with status, reporters, time and place; each with the time value
    attached to its predicate itself (None when the time is only the sentence's)."""
    found = filters.political_pairs(doc, cand, pairs(doc, cand))  # not a dealing between private parties
    if not found:
        return []
    time_id, direct = setting.attach(doc.times, cand)
    place_id, _ = setting.attach(doc.places, cand)
    value = next((t.value for t in doc.times if t.id == time_id), None) if direct else None
    state, according = status.status(doc, cand, value)
    kind, cameo, mode, rule = cand.entry.type, cand.entry.cameo, cand.entry.mode, cand.rule
    if cand.how == answered.HOW:  # "said it would retaliate if ...": the threat is made, the answer is not done
        state, according = "asserted", [a for a in according if a not in cand.sources]
    elif context.own_threat(doc, cand, state):  # "Ottawa signalled it may answer with duties on ..."
        kind, cameo, mode, rule = "THREATEN", context.THREAT_CODES[kind], None, rule + "/threat"
        state, according = "asserted", [a for a in according if a not in cand.sources]
    elif kind in context.THREAT_CODES and vows.vowed(cand):  # "vowed to kill the hostages" (eventcoding/vows.py)
        kind, cameo, mode, rule = "THREATEN", context.THREAT_CODES[kind], None, rule + "/vowed"
        state = "asserted" if state == "planned" else state
    elif vows.promised(cand):  # "promised to free the hostages": the promise, not the release (eventcoding/vows.py)
        kind, cameo, mode, rule = "AGREE", vows.PROMISE_CODE, None, rule + "/promised"
        state = "asserted" if state == "planned" else state
    elif "enforce" in cand.entry.flags and context.law_enforcer(doc, *found[0]):  # "police raided the offices"
        kind, cameo, mode, rule = "COERCE", context.ENFORCEMENT_CODE, "raid", rule + "/enforce"
    if kind == "THREATEN":  # "... if the state does not free our men": the party the condition binds
        bound = context.condition_parties(doc, cand)
        if bound:
            found = [(s, t) for s, t in found if t is not None] + [
                (s, b) for s in dict.fromkeys(s for s, _ in found) for b in bound
                if (s, b) not in found and b != s]
    tok, sent = cand.trigger, sentence_of(cand.trigger)
    readings = [(kind, cameo, mode, rule)]
    if kind == "COERCE" and not cand.nominal and tok.lemma_.lower() in word_class("guilt_finding_verbs"):
        readings.append(GUILT + (rule + "/guilty",))  # "sentenced X to six years": X also found guilty
    out = []
    pairs_read = [(pair, reading) for pair in found for reading in readings]
    for i, ((source, target), (kind, cameo, mode, rule)) in enumerate(pairs_read, numbered + 1):
        out.append((Event(
            id=f"e{i}", type=kind, source=[source], target=[target] if target else [],
            sentence=Span(sent.start_char, sent.end_char), trigger=Trigger(tok.text, tok.idx, tok.idx + len(tok)),
            rule=rule, mode=mode, cameo=cameo, time=time_id, place=place_id,
            status=state, according_to=list(according), confidence=round(cand.confidence, 2),
        ), value))
    return out


# a court's finding of guilt (CAMEO 116) told by the verb of the punishment it rests on (word class guilt_finding_verbs)
GUILT = ("ACCUSE", context.VERDICT, "disapprove")
