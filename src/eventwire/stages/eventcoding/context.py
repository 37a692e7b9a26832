"""What an event takes from around it: denials that only carry another event's status, and who made the
claim that an event rejects."""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document, sentence_of
from ...record import Event
from ..actors.mentions import working_sector
from ..nlp.tree import FINITE_TAGS
from . import judged_frames
from .alleged import accused, alleged
from . import participants as who
from . import reporting
from .clauses import joined_addressee
from .tree import RELATIVE, child, children, described, is_passive, marked_clauses, negated, prep_objects, previous_sentence_start, ranked_subject, \
    subject
from .targets import aided, asked_acts, barred_people, deed_doers, owned_body, seat_hosts, told_owner, told_possessor
from .triggers import JUDGING, Candidate, match
from .words import claim_noun, cues, cues_and_classes, deed_verbs, measure, noun_entries, nouns, patient_noun, verbs, word_class

_FINITE = FINITE_TAGS
_COMPLEMENTS = frozenset({"ccomp", "acl", "relcl"})
_ARMED_PEOPLE = frozenset({"MIL", "REB", "CRM", "COP"})


def covering(cand: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The candidates a denial or rejection holds in its complement: "denied that Russia attacked Ukraine",
    "rejected reports that Iran had attacked Israel". The denial is that happening's status, not an event of
    its own (events.run), unless it answers somebody named: the claim's owner ("rejected India's claim
    that ...") or an accuser just before (``accuser``); a careful coder records both then."""
    if "cover" not in cand.entry.flags:
        return []
    return [o for o in found if o is not cand and (_under_clause(o.trigger, cand.trigger)
                                                   or _told_in_claim(o.trigger, cand.trigger))]


def _told_in_claim(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is the happening a claim noun the denial answers tells (event_status.tsv
    denied_subject, the nouns the status reads as denied): "denied reports of a meeting between X and Y"
    (an event noun under 'of' or 'about' its object), "reports that X attacked Y were denied" (the claim
    the passive subject of the denial, its finite clause before it)."""
    claims = cues("denied_subject")
    for noun in (c for c in top.children if c.dep_ in ("dobj", "nsubjpass")):
        if noun.lemma_.lower() not in claims and noun.lower_ not in claims or noun not in tok.ancestors:
            continue
        t = tok
        while t.head.i != noun.i:
            if t.dep_ in ("conj", "advcl", "parataxis", "relcl"):
                break  # another clause beside it, or one that says something of a word inside the claim
            t = t.head
        else:
            if t.dep_ == "prep" and t.lower_ in ("of", "about") and tok.dep_ == "pobj" and tok.head.i == t.i:
                return True
            if t.dep_ in _COMPLEMENTS and noun.dep_ == "nsubjpass" and _finite(t):
                return True
    return False


def covered(cand: Candidate, found: list[Candidate]) -> bool:
    """A refusal or a wish whose complement holds another event: "refused to lower its tariffs", "urged
    Germany to send tanks" (the deed asked for or refused has not happened)."""
    if not cand.nominal and any(o is not cand and "refusal" in o.entry.flags and _wished(cand.trigger, o.trigger)
                                for o in found):
        return True  # "refused to lower its tariffs": the lowering did not happen
    told = alleged(cand)  # "accused X of killing civilians": the killing is coded (eventcoding/alleged.py)
    return any(o is not cand and "wish" in o.entry.flags and (told is None or o.trigger.i != told.i)
               and _wished(cand.trigger, o.trigger) for o in found)


def _wished(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is what ``top`` asks for or threatens: "urged Germany to send tanks", "called for
    the release of prisoners" (the request is the event; the deed asked for has not happened)."""
    if tok.i <= top.i or top not in tok.ancestors:
        return False
    t = tok
    while t.i != top.i:
        if _own_clause(t) and not _asked_infinitive(t, top):
            return False
        t = t.head
    return True


def _asked_infinitive(t: Token, top: Token) -> bool:
    """A "to" infinitive the parser hung on the asking verb as an adverbial clause: "calling on the
    authorities [to loosen the restrictions]advcl" says what is asked for, as an xcomp would."""
    return t.dep_ == "advcl" and t.head.i == top.i and t.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _own_clause(t: Token) -> bool:
    """A clause of its own, or a past fact ("the return of property seized by ..."); not a clause that
    says what is asked for ("called for the junta to free the prisoners")."""
    if t.dep_ == "advcl" and t in marked_clauses(t.head, "for"):
        return False
    return t.dep_ in ("conj", "advcl", "parataxis", "relcl") or t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")


def _under_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` lies after ``top`` inside a finite clause that ``top`` governs."""
    if tok.i <= top.i or top not in tok.ancestors:
        return False
    t = tok
    while t.i != top.i:
        if t.dep_ in ("conj", "advcl", "parataxis"):
            return False  # another clause beside it: "rejected the plan and said they opposed ..."
        if t.dep_ == "relcl" and t.head.head.i == top.i:
            return False  # a relative clause tells of the object, not what is denied: "rejected a resolution
            # that condemned the strikes" (the condemnation stands)
        if t.dep_ in _COMPLEMENTS and _finite(t) and (t.head.i == top.i or t.head.head.i == top.i
                                                      and t.head.pos_ in ("NOUN", "PROPN")):
            return True  # its own complement, or that of its object ("rejected reports that ..."), not that
            # of a participle beside it ("denied any part in it, saying it deplores the bombing")
        t = t.head
    return False


def _finite(verb: Token) -> bool:
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)


def may_stand_alone(doc: Document, cand: Candidate) -> bool:
    """An event without a target needs a sure source: a verb of its own clause ("shelled the road", not
    "its involvement in killing" nor "a charge X rejected") whose subject is named, not a pronoun ("they
    killed them") unless coreference resolved it ("He rejects the charges" after "Lai"); nouns take
    theirs from a possessor, "by" or a light verb, not a compound."""
    trigger = cand.trigger
    if cand.nominal:  # "the Pakistan train attack": a place, not who attacked; "after calls for sanctions,
        # the leaders met": a request in a time adjunct is someone else's, not the clause subject's
        return cand.how != "compound" and not (cand.how == "adjunct" and cand.entry.type == "REQUEST")
    if cand.how == "passive" and not prep_objects(trigger, "by"):
        return False  # "23 people were arrested, police said": the doer is only inferred
    if cand.how == "passive" and trigger.dep_ in ("acl", "relcl") and cand.sources and measure(cand.entry):
        return True  # a measure's reduced relative names its doer: "curbs imposed by Canada", "books
        # banned by the Taliban", "sanctions lifted by the EU" (not a gift: "a collection donated by a fund")
    if trigger.dep_ in ("pcomp", "pobj", "nsubj", "csubj", "amod", "compound", "relcl", "acl"):
        subj = child(trigger, "nsubj")
        if subj is not None and subj.lower_ in RELATIVE and trigger.dep_ == "relcl" \
                and described(trigger.head).i != trigger.head.i:
            subj = described(trigger.head)  # "Norway is among the states that outlawed it": Norway
        if subj is None and trigger.dep_ == "relcl":  # "Peru was the first to turn down the offer": the ranked
            subj = ranked_subject(trigger.head)  # infinitive has no subject of its own; the copula's is its doer
        return subj is not None and _sure(doc, subj)
    subj, _ = subject(trigger)
    return subj is None or _sure(doc, subj) or _quoted_speaker(cand, subj)


# the roles of a request verb that name whom it is addressed to: "urged the residents to", "called on X to"
_ADDRESSEE_ROLES = frozenset({"dobj", "on", "to", "with"})


def addressed_to_nobody_coded(cand: Candidate) -> bool:
    """A request addressed to the public at large: "urged people to seek medical attention", "urged the
    population to remain calm", "appealed to residents to stay home" (event_status.tsv public). It asks
    nothing of a party of the story, and a careful coder does not record it; a request with no addressee
    named ("called for fresh elections") or to an unnamed party ("urged both sides") may stand
    alone."""
    if cand.entry.type != "REQUEST" or cand.targets or cand.nominal or not cand.entry.target:
        return False
    role, tok = cand.entry.target[0], cand.trigger
    addressees = who.role_tokens(tok, role) if role in _ADDRESSEE_ROLES else []
    if not any(a.lemma_.lower() in cues("public") or a.lower_ in cues("public") for a in addressees):
        return False  # "urged both sides to return to talks": a party of the story, if unnamed, stays
    # an object is the addressee only when told what to do ("urged people to seek"), not when it is the
    # thing asked for ("urging the full investigation of claims")
    return role != "dobj" or any(any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                                 for x in tok.children if x.dep_ == "xcomp")


def _sure(doc: Document, subj: Token) -> bool:
    """A named subject, or a pronoun the actors stage's coreference made a mention of an actor."""
    return subj.pos_ != "PRON" or bool(doc.referents(subj))


def _quoted_speaker(cand: Candidate, subj: Token) -> bool:
    """A first-person subject inside a quote is its speaker, a sure source: "We will not accept it"."""
    return subj.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL and bool(cand.sources)


def armed_source(doc: Document, source: str) -> bool:
    """An attack may be coded without a target unless its source is a civilian person."""
    found = doc.actor(source)
    return found is not None and (found.kind != "person" or working_sector(found) in _ARMED_PEOPLE)


def rejects_claim(cand: Candidate) -> bool:
    """The trigger's object is a claim: "denied the claim", "called the accusations a fairy tale"."""
    trigger = cand.trigger
    if _claim_told_on(trigger) is not None:
        return True  # "a charge New Delhi rejected"
    return any(c.dep_ == "dobj" and claim_noun(c) for c in trigger.children) or denies_deed(trigger)


def _claim_told_on(trigger: Token) -> Token | None:
    """The claim noun a rejecting verb's clause hangs on, the verb taking no object of its own: "a charge New
    Delhi rejected", "..., charges the board denied" (the parser may make the clause the noun's complement; a
    content clause with its "that" is what the claim says, not who rejects it)."""
    if trigger.dep_ not in ("relcl", "ccomp") or child(trigger, "dobj") is not None or not claim_noun(trigger.head):
        return None
    if trigger.dep_ == "ccomp" and child(trigger, "mark") is not None:
        return None
    return trigger.head


# links from a claim noun summing up a clause to the verb of that clause ("X alleged that ..., charges Y
# denied": the noun in apposition to the clause, or the parser's adverbial noun, object or complement)
_SUMMING = frozenset({"appos", "npadvmod", "dobj", "ccomp", "conj", "attr", "advcl"})
_TELLING = frozenset({"ccomp", "conj", "advcl", "ROOT"})
# links inside the clause a claim noun sums up, climbed from a noun the parser put in apposition to its last word
_INSIDE_CLAIM = frozenset({"pobj", "prep", "acl", "agent", "dobj", "nsubjpass", "advmod"})


def claim_teller(doc: Document, cand: Candidate) -> str | None:
    """Who made the claim a rejection hanging on the claim noun answers, told in the same sentence by the clause
    the noun sums up (evparty24): "Ukraine says Russian troops shelled a hospital, a claim Moscow denies" ->
    Ukraine; "rights groups have alleged that police beat detainees, charges the ministry denied" -> the rights
    groups. The noun's head verbs are climbed (a clause's content verb up to the verb that tells it; a noun the
    parser made the head, down to its clause before it) to a verb of speech or of accusing whose subject is an
    actor, never the rejecting side's own. None when the sentence tells no such teller."""
    noun = _claim_told_on(cand.trigger)
    if noun is None:
        return None
    mine = set(cand.sources)
    steps: list[Token] = [c for c in noun.children if c.dep_ in ("ccomp", "advcl") and c.i < noun.i]
    up = noun
    inner = noun.dep_ == "appos"  # the parser may hang the noun on the last word of the clause it sums up:
    # "claimed that the bombing was planned in [Venezuela, [a charge]appos]pobj Caracas rejected" (verbal26)
    for _ in range(8 if inner else 4):
        if up.dep_ not in _SUMMING and not (inner and up.dep_ in _INSIDE_CLAIM) or up.head.i == up.i:
            break
        up = up.head
        steps.append(up)
    tellers = cues("speech")
    for verb in steps:
        while verb.pos_ in ("VERB", "AUX"):
            lemma = verb.lemma_.lower()
            if lemma in tellers or any(e.type == "ACCUSE" for e in verbs().get(lemma, ())) \
                    or any(c.dep_ == "dobj" and claim_noun(c) and c.i < noun.i for c in verb.children):
                # (or a verb whose object is the claim the noun sums up: "reiterated the claim that ...")
                subj, _ = subject(verb)
                found = [a for a in who.actors(doc, subj) if not who.own_side(doc, a, mine)] if subj is not None \
                    else []
                if found:
                    return found[0]
            if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
                break
            verb = verb.head
    return None


# determiners that point a claim noun back at the claim just told ("those claims", "such allegations"); a claim
# noun with "the" points back only at an accusation ("X accused the army of ... The army denied the charges")
_POINTING = frozenset({"this", "that", "these", "those", "such"})


def _pointed_claim(tok: Token) -> str | None:
    """'pointing' for a claim noun with a demonstrative, 'the' for one with the article, None for any other
    or for one that names its maker (a possessor, "by", "from", "of")."""
    if not claim_noun(tok) or any(d.dep_ == "poss" or d.dep_ == "prep" and d.lower_ in ("by", "from", "of")
                                  for d in tok.children):
        return None
    dets = {d.lower_ for d in tok.children if d.dep_ in ("det", "amod", "predet")}
    return "pointing" if dets & _POINTING else "the" if "the" in dets else None


def pointed_claim_teller(doc: Document, cand: Candidate, earlier: list[Event]) -> str | None:
    """Who made the claim a rejection points back at (evtarget27): "Lee's lawyers have voiced concern about his
    health in custody. Prison officials denied those claims" -> the lawyers; "The union accused the mine's owners
    of hiding the spill. The regulator denied the charges" -> the union. The claim noun is the rejecting verb's
    object and names no maker of its own; the teller is, in the previous sentence or in the rejection's own
    before the claim noun, the latest maker of an accusation coded there (an ACCUSE event, not a verdict, aimed
    at anybody) or, for a demonstrative ("those", "such") only, the subject of a verb of speech (an active verb,
    not negated: a speaker just before need not have made "the" claims); never the rejecting side's own. None
    when nothing there tells a claim."""
    objs = [(c, kind) for c in cand.trigger.children if c.dep_ == "dobj" and (kind := _pointed_claim(c))]
    if not objs:
        return None
    obj, kind = objs[0]
    mine = set(cand.sources)
    lo = previous_sentence_start(cand.trigger)
    told: list[tuple[int, str]] = []
    for ev in earlier:
        if ev.type == "ACCUSE" and ev.cameo != VERDICT and lo <= ev.trigger.start < obj.idx:
            told += [(ev.trigger.start, a) for a in ev.source[:1] if not who.own_side(doc, a, mine)]
    tellers = cues("speech") if kind == "pointing" else frozenset()
    for verb in reversed(cand.trigger.doc[:obj.i]):
        if verb.idx < lo:
            break
        if verb.pos_ not in ("VERB", "AUX") or verb.i == cand.trigger.i or negated(verb) or is_passive(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma in tellers or (found := match(verbs().get(lemma, ()), verb)) is not None and found.type == "ACCUSE":
            # a verb of speech, or one that accuses as the lexicon reads it ("voiced concern", "accused",
            # not "held a rally"), coded or not (an accusation aimed at nothing named is left out of the events)
            subj, _ = subject(verb)
            told += [(verb.idx, a) for a in (who.actors(doc, subj) if subj is not None else [])[:1]
                     if not who.own_side(doc, a, mine)]
    return max(told)[1] if told else None


def denies_deed(trigger: Token) -> bool:
    """A denial of having done something answers whoever said it was done: "deny providing sanctuary to
    the fighters", "denied involvement in the attack" (a gerund without a subject of its own, or a word
    for taking part, as the object of a verb of denying)."""
    if trigger.lemma_.lower() not in cues("denied_verb"):
        return False
    for c in trigger.children:
        if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and child(c, "nsubj") is None:
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in cues("deed_denied"):
            return True
    return False


# a court's finding of guilt (CAMEO 116: "convicted", "sentenced"): a verdict on the charges, not a charge a
# rejection answers ("A court sentenced X ... X rejected all the accusations" answers whoever brought them)
VERDICT = "116"


def accuser(doc: Document, cand: Candidate, earlier: list[Event], deed: bool = False) -> str | None:
    """Who accused the rejecting side just before (an ACCUSE coded in the same or the previous sentence, or
    one sentence further back when aimed at the rejecting side): its maker; with ``deed`` (or a denial of
    having done something, ``denies_deed``) an accusation aimed at anybody, else one aimed at nobody named
    or at the rejecting side ("Ukraine accused Russia of shelling a hospital. Russia denied that its forces
    had shelled it": Ukraine)."""
    sent = sentence_of(cand.trigger)
    lo = previous_sentence_start(cand.trigger)
    farther = previous_sentence_start(cand.trigger.doc[sent.start - 1]) if sent.start > 0 else lo
    mine = set(cand.sources)

    def ours(aid: str) -> bool:
        return who.own_side(doc, aid, mine, compatriots=True)

    def at_us(ev: Event) -> bool:  # aimed at the rejecting side, or its state ("filed suits against the
        return any(who.own_side(doc, t, mine) for t in ev.target)  # government ... the ministry dismissed")

    window = [e for e in earlier if e.type == "ACCUSE" and e.cameo != VERDICT and e.sentence.start < sent.end_char
              and (lo <= e.sentence.start or farther <= e.sentence.start and at_us(e))]

    if not (deed or denies_deed(cand.trigger)):  # a deed denied answers any accusation just before
        window = [e for e in window if not e.target or any(ours(t) for t in e.target)]
    for ev in sorted(window, key=lambda e: not at_us(e)):
        aimed = at_us(ev)  # an accusation aimed at the rejecting side: its maker, whoever
        found = next((s for s in ev.source if s not in mine and (aimed or not ours(s))), None)
        if found:
            return found
    return None


def claimant(doc: Document, cand: Candidate, earlier: list[Event]) -> str | None:
    """Who made the claim a rejection answers, in the same or the previous sentence (an accusation aimed at
    the rejecting side itself, one sentence further back as well): an accuser of the rejecting side first,
    then any accuser, then who coerced the side a claim is "against" (``_coercer``), then a reporting
    speaker unless the claim is a charge against a side the state acted against (``charging_state``, read
    after ``maker``); None when there is none."""
    sent = sentence_of(cand.trigger)
    lo = previous_sentence_start(cand.trigger)
    mine = set(cand.sources)

    def ours(aid: str) -> bool:
        return who.own_side(doc, aid, mine, compatriots=True)

    found = claim_teller(doc, cand)
    if found:
        _named(cand, "teller")  # (the rule names this reading: "verb:deny+teller")
        return found
    found = accuser(doc, cand, earlier)
    if found:
        return found
    found = pointed_claim_teller(doc, cand, earlier)
    if found:
        _named(cand, "those")  # (the rule names this reading: "verb:reject+those")
        return found
    found = _coercer(doc, cand, earlier, mine)
    if found:
        return found
    if charging_state(doc, cand, earlier):
        return None  # the state that acted against the side answers, not a speaker nearby (complete reads it)
    said = [a for a in reporting.attributions(doc) if lo <= a.content_start < sent.start_char
            and not _denial(a.cue) and a.speaker and not ours(a.speaker)]
    return said[-1].speaker if said else None


def _coercer(doc: Document, cand: Candidate, earlier: list[Event], mine: set[str]) -> str | None:
    """A claim made against the rejecting side ("denies the charges against him") answers whoever acted
    against it by force of law before in the article (arrested, detained or charged it: the latest COERCE
    event aimed at it), not a speaker who happens to be quoted nearby."""
    for obj in (c for c in cand.trigger.children if c.dep_ == "dobj"):
        if not any(set(who.actors(doc, a)) & mine for a in prep_objects(obj, "against")):
            continue
        for ev in charged_before(earlier, cand.trigger.idx, mine):
            found = next((s for s in ev.source if s not in mine), None)
            if found:
                return found
    return None


def charged_before(earlier: list[Event], before: int, charged,
                   types: frozenset[str] | None = frozenset({"COERCE"})):
    """Who charged a person (the one reading of it, for ``_coercer``, ``charging_state``, targets.holders and
    agents' custody and release readings): the events coded before offset ``before`` (their trigger's start),
    latest first, of the charging ``types`` (a coercion: an arrest, a detention, a charge; with ACCUSE also an
    accusation; None: any type) aimed at the person: ``charged`` is a set of actor ids (any of them among the
    event's targets) or a test of an event. The caller chooses the doer among each event's sources (never the
    charged side itself)."""
    aimed = charged if callable(charged) else (lambda ev: bool(set(ev.target) & charged))
    return (ev for ev in reversed(earlier)
            if (types is None or ev.type in types) and ev.trigger.start < before and aimed(ev))


def charging_state(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """Whom a rejection of a charge of wrongdoing answers when neither a claimant nor the charge's maker
    was found (``claimant``, ``maker``): the doer of the latest coercion coded earlier against the rejecting
    side, when that side is a person or a group and the charge names no maker of its own ("rejected all
    the accusations", event_status.tsv charge_noun): "A court sentenced Ortiz ... Ortiz's lawyers rejected
    the accusations" -> the court. A court judged the charge that others brought: when someone else acted
    against the side before (arrested or charged it: "police arrested X ... a court sentenced X ... X rejected
    the accusations"), the charge is theirs; the court answers only when it alone acted."""
    if cand.targets or cand.entry.type != "REJECT" or cand.nominal or not cand.sources:
        return []
    mine = set(cand.sources)
    if not any(_charge_on_people(doc, obj, mine) for obj in cand.trigger.children if obj.dep_ == "dobj"):
        return []
    subj, _ = subject(cand.trigger)
    owner = child(subj, "poss") if subj is not None else None
    if owner is not None and doc.actor_of_token(owner):  # "Ortiz's legal team rejected ...": charges on Ortiz
        mine.add(doc.actor_of_token(owner))
    doers = [doer for ev in charged_before(earlier, cand.trigger.idx, mine)
             if (doer := next((s for s in ev.source if s not in mine), None))]
    return next(([s] for s in doers if (actor := doc.actor(s)) is None or actor.sector != "JUD"), doers[:1])


def _charge_on_people(doc: Document, obj: Token, mine: set[str]) -> bool:
    """A charge of wrongdoing ("the accusations", "these allegations") that names no maker of its own (a
    possessor, "by", "from" or "of"), denied by people (a person or a group), not a state or a body."""
    if obj.lemma_.lower() not in cues("charge_noun") and obj.lower_ not in cues("charge_noun"):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in obj.children):
        return False
    return all((found := doc.actor(a)) is not None and found.kind in ("person", "group") for a in mine)


def _denial(cue: str | None) -> bool:
    """A denying cue in any inflection: "denied", "dismisses"."""
    low = (cue or "").lower()
    return any(low.startswith(d[:-1]) for d in cues("denied") if len(d) > 3)


# coercion a source says it could or will carry out is a threat (CAMEO 13): "Beijing hinted it could
# retaliate with tariffs", "Russia warned it would strike the ports"
_COERCIVE = frozenset({"COERCE", "SANCTION", "ASSAULT"})
THREAT_CODES = {"ASSAULT": "138", "SANCTION": "1313", "COERCE": "1312"}


def own_threat(doc: Document, cand: Candidate, state: str) -> bool:
    """Whether a coercive deed not (yet) done is announced by its own doer: the deed lies in the
    complement clause of a verb of saying or warning whose subject is the deed's source."""
    if cand.entry.type not in _COERCIVE or state not in ("hypothetical", "planned") or not cand.sources:
        return False
    t = cand.anchor if cand.anchor is not None else cand.trigger
    for _ in range(6):
        if t.dep_ == "ccomp":
            break
        if _threat_noun_clause(t):  # "issued a warning that it would expel the traders" (verbal26)
            return bool(set(_threat_noun_tellers(doc, t.head)) & set(cand.sources))
        if t.dep_ in ("advcl", "relcl", "parataxis", "conj") or t.head.i == t.i:
            return False
        t = t.head
    else:
        return False
    verb = t.head
    if verb.lemma_.lower() not in cues_and_classes(("speech",), ("threat_verbs",)):
        return False
    subj, _ = subject(verb)
    return bool(set(who.actors(doc, subj)) & set(cand.sources))


def _threat_noun_clause(t: Token) -> bool:
    """A "that" clause told of a noun of warning or threat (word class threat_nouns): "a warning that it would
    strike", "Russia's threat that it would cut gas"."""
    return t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in word_class("threat_nouns") \
        and any(m.lower_ == "that" for m in children(t, "mark"))


def _threat_noun_tellers(doc: Document, noun: Token) -> list[str]:
    """Who makes a warning or threat told by its noun: its possessor ("Russia's threat"), else the subject of the
    verb it is the object of ("Ghana issued a warning", "Ethiopia repeated its warning")."""
    owners = [a for p in children(noun, "poss") for a in who.actors(doc, p)]
    if owners:
        return owners
    if noun.dep_ == "dobj":
        subj, _ = subject(noun.head)
        return who.actors(doc, subj) if subj is not None else []
    return []


# ---- whom a threat's condition binds (evaccuse19) -----------------------------------------------------------

# a threat with a condition, "... if the state does not free our men", "unless France apologizes", is made to
# the party the condition names: it must comply or bear the deed ("the rebels warned they would kill the
# hostages if the government did not free their fighters": a threat to the government, not to the hostages
# alone); the clause hangs on the deed, on the verb of threatening or on a clause between them (its marks: cue
# kind condition of event_status.tsv)
_CONDITION_REACH = 4  # heads climbed from the deed towards the verb of threatening
# deeds of force and threats: with no party named, the condition's party is whom they are aimed at
CONDITIONED_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "THREATEN"})


def condition_parties(doc: Document, cand: Candidate) -> list[str]:
    """The actors named as subject of an "if"/"unless" clause of a threat's deed or of the verbs it hangs
    under (not its own sources): whom the threat's condition binds."""
    t = cand.anchor if cand.anchor is not None else cand.trigger
    found: list[str] = []
    marks = cues("condition")
    # the "to" complement of a verb of threatening or vowing holds the deed, and the parser may hang the
    # condition there: "vowed to [retaliate [if Somalia seized its ships]advcl]xcomp" (verbal26)
    aims = [x for x in children(t, "xcomp") if any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)] \
        if cand.entry.type == "THREATEN" and not cand.nominal else []
    for x in aims:
        for c in children(x, "advcl"):
            if any(m.lower_ in marks for m in children(c, "mark")):
                subj, _ = subject(c)
                if subj is not None:
                    found += [a for a in who.actors(doc, subj) if a not in cand.sources and a not in found]
    for _ in range(_CONDITION_REACH):
        for c in children(t, "advcl"):
            if not any(m.lower_ in marks for m in children(c, "mark")):
                continue
            subj, _ = subject(c)
            if subj is not None:
                found += [a for a in who.actors(doc, subj) if a not in cand.sources and a not in found]
        if t.head.i == t.i:
            break
        t = t.head
    # not the threatener's own state, which a pronoun of the condition may have been read as: "Jordan's king
    # warned Israel of consequences if it annexed the valley" binds Israel, not Jordan (verbal26)
    return [a for a in found if not who.own_side(doc, a, set(cand.sources))]


# ---- force used by those who enforce the law ------------------------------------------------------------

# a raid (flag `enforce` in the event lexicons) made by the police, a court, an agency or officials of the
# state on people, a body or their offices is coercion by law enforcement (CAMEO 17, COERCE: a search, a
# bust), not armed force; one made by an army, a rebel or criminal group or a country named as a whole
# ("Israel raided the ship"), or one on an armed group ("the agency raided an al-Shabab hideout"), stays an
# assault (190)
ENFORCEMENT_CODE = "170"
_ENFORCERS = frozenset({"COP", "JUD", "GOV", "SPY"})


def law_enforcer(doc: Document, source: str, target: str | None) -> bool:
    """Whether a raid is law enforcement's: its source acts for the state's law enforcement (the police, a
    court or prosecutor, an intelligence or security agency, officials or bodies of government; not a
    country named whole) and its target, when known, is no armed group nor a country."""
    found = doc.actor(source)
    if found is None or found.kind == "country" or working_sector(found) not in _ENFORCERS:
        return False
    aimed = doc.actor(target) if target else None
    return aimed is None or aimed.kind != "country" and working_sector(aimed) not in _ARMED_PEOPLE


# ---- the maker of a thing judged ----------------------------------------------------------------------

# a judgement (triggers.JUDGING: ACCUSE, REJECT, SUPPORT) whose object is a deed or a measure targets
# whoever made it: "refused the detention order" (the judges who issued it), "condemned the
# bombing" (who bombed), "condemned the move" (whoever acted just before)
_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "es", "ed", "s", "e")
_STEM_MIN = 4  # shorter stems ("rul", "ord") must be equal, longer ones may be a prefix of the other
MAKER_REACH = 5  # sentences back that the act a judgement answers may be told in
# a word that names a deed without saying which ("the move", "the decision") answers only the latest one
# told, in its own sentence or the one before, and only for reactions that may stand without a target
_REACTIONS = frozenset({"REJECT", "ACCUSE"})


def _stem(word: str) -> str:
    w = word.lower()
    for end in _SUFFIXES:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return len(a) >= 3
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _STEM_MIN + 1 and long_.startswith(short)


def judged_objects(cand: Candidate) -> list[Token]:
    """The thing a judging verb acts on: its object noun, or the object of the verb it refuses or agrees
    to carry out ("refused to attend a hearing"); never an actor's own name or a pronoun."""
    trigger = cand.trigger
    if not cand.nominal and "adjective" in cand.entry.flags:  # "critical of the agreement", "concerned about the
        # plan" (evaccuse21): what the adjective row's own phrase names
        return [o for p in cand.entry.target for o in prep_objects(trigger, p) if o.pos_ == "NOUN"]
    if cand.nominal or trigger.pos_ not in ("VERB", "AUX"):
        return []
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    if child(trigger, "auxpass") is not None:  # the passive's subject is the thing judged: "a plan drafted by
        # Qatar was rejected by Israel", "the proposal was welcomed by the bloc" (evparty24)
        objs += [c for c in trigger.children if c.dep_ == "nsubjpass"]
    for x in (c for c in trigger.children if c.dep_ == "xcomp"):
        objs += [c for c in x.children if c.dep_ == "dobj"]
    objs += judged_frames.small_clause_subjects(trigger)  # "considers [the sanctions imposed by X illegal]"
    found = [o for o in objs if o.pos_ == "NOUN"]
    if not objs:  # "called the ruling 'arbitrary'": the parser may read the court's act as a modifier of the
        # complement ([the ruling]amod [arbitrary]oprd) or as the complement itself, tagged ADJ or VERB
        found = [t for c in trigger.children if c.dep_ == "oprd" for t in (c, *c.lefts)
                 if t.lower_ in cues("court_act") and t.i > trigger.i]
    return found


def maker(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """Who made the thing a judgement is about, never the judge's own side (participants.own_side): the
    agent its own phrase names ("condemned an attack carried out by the rebels"); else the doer of the act
    it is named after, told earlier in the article ("refused the detention order" after "judges
    ordered the arrest of Dodik"; "condemned the attack" after "militants attacked a hotel"; a claim by the
    thing it was made in, "denied the charges in the complaint" after "rights groups filed
    a complaint"); else the maker of a thing put forward just before (``put_forward_maker``: "Israel unveiled a
    plan ... Egypt rejected the plan"); else, for a
    word naming a deed without saying which ("condemned the move", "rejected the resolution"), the source
    of the latest event coded in the same or the previous sentence. Empty when none is found. The object's
    own owner ("the court's ruling") is found with the trigger."""
    if cand.entry.type not in JUDGING or cand.targets:
        return []
    judges = set(cand.sources)
    if cand.trigger.dep_ in ("relcl", "acl") and not cand.nominal:  # "passed the law, in a step (that) X called unjust"
        moved = [a for a in judged_frames.move_doers(doc, cand.trigger.head) if not who.own_side(doc, a, judges)]
        if moved:
            return moved[:1]
    for obj in judged_objects(cand):
        if doc.actor_of_token(obj) or who.owner(doc, obj, of=False):
            continue
        told = [a for part in obj.children if part.dep_ == "acl" and part.tag_ == "VBN"
                for agent in prep_objects(part, "by") for a in who.actors(doc, agent)]
        told += [a for agent in _thing_by(cand.trigger, obj) for a in who.actors(doc, agent)]  # "rejected the
        # decree by the junta" (evauthor28)
        told = [a for a in told if not who.own_side(doc, a, judges)]
        if told:  # "condemned an attack carried out by the rebels"
            return told[:1]
        told = [a for a in _clause_makers(doc, obj) if not _own_or_state(doc, a, judges)]
        if told:  # "condemned the law the parliament passed last week"
            return told[:1]
        told = deed_doers.adjective_body(doc, obj, judges, MAKER_REACH)
        if told:  # "criticizing the parliamentary vote": the legislature named last
            return told
        stems = {_stem(obj.lemma_)} | {_stem(c.lemma_) for c in obj.children if c.dep_ == "compound"}
        if obj.lemma_.lower() in cues("claim_noun"):  # "the charges in the complaint": who filed it
            stems |= {_stem(o.lemma_) for o in prep_objects(obj, "in") if o.pos_ == "NOUN"}
        found = _earlier_doer(doc, cand.trigger, obj, stems, judges) or put_forward_maker(doc, obj, judges)
        if found:
            return found
        if obj.lemma_.lower() in cues("court_act") or obj.lower_ in cues("court_act"):
            found = court_near(doc, obj, judges)
            if found:  # "called the ruling arbitrary", "refused to attend the hearing": the court's
                return found
    return _latest_doer(doc, cand, earlier)


_COURT_WORDS = ("court", "tribunal")
_JUDGE_WORDS = ("judge", "justice", "magistrate")


def _court_or_judge(found) -> bool:
    """A court (a judicial body named a court or tribunal) or a judge (a judicial person told as one)."""
    if found is None or working_sector(found) != "JUD":
        return False
    if found.kind == "organization":
        return any(w in found.name.lower() for w in _COURT_WORDS)
    told = [(found.role or "").lower()] + [m.text.lower() for m in found.mentions]
    return found.kind == "person" and any(w in t for t in told for w in _JUDGE_WORDS)


def court_near(doc: Document, obj: Token, judges: set[str]) -> list[str]:
    """The court or judge whose act (a ruling, a hearing, a sentence: event_status.tsv court_act) a
    judgement names without saying whose: the one court or judge mentioned last before it within
    MAKER_REACH sentences, else the first named after it in its own sentence or the next ("Kenya refused to
    attend the hearing. In a letter to the ICJ, ..."); a country's own court too ("the government rejected the
    ruling" of its High Court), never the judging actor itself. Empty when none is named."""
    sents = doc.sentences()
    here = doc.sentence_number(obj.i)
    lo, hi = sents[max(0, here - MAKER_REACH)].start_char, sents[min(here + 1, len(sents) - 1)].end_char
    at = obj.idx
    before, after = [], []
    for found in doc.actors:
        if found.id in judges or not _court_or_judge(found):  # a country's own court judges it too
            continue
        for m in found.mentions:
            if lo <= m.start < at:
                before.append((m.start, found.id))
            elif at <= m.start < hi:
                after.append((m.start, found.id))
    if before:
        return [max(before)[1]]
    return [min(after)[1]] if after else []


def _latest_doer(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """The doer a reaction answers when its object is a word for some deed (event_status.tsv deed_noun)
    that neither names its doer ("Britain's move", "the move by Iran") nor shares a stem with an act told
    before: the source of the latest event coded in the same or the previous sentence, if not the
    reacting side's nor a compatriot's ("Uganda arrested two activists. Kenya condemned the move." ->
    Uganda): with no word linking the two, a deed told just before by one's own country's lawmakers,
    ministers or police is as likely another part of the story as the one answered."""
    tok = cand.trigger
    if cand.entry.type not in _REACTIONS or "notarget" not in cand.entry.flags:
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in cues("deed_noun")]
    if not objs or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in objs[0].children):
        return []
    if any(_names_party(doc, o) for o in prep_objects(objs[0], "against")):  # "the moves against its leader";
        # not against a bare word for a state of things ("against corruption"): read as any other deed word
        return _acted_against(doc, cand, earlier)
    lo = previous_sentence_start(tok)
    for ev in reversed(earlier):
        if ev.sentence.start < lo:
            break
        if ev.sentence.start <= tok.idx and ev.source and not who.own_side(doc, ev.source[0], set(cand.sources),
                                                                          compatriots=True):
            return ev.source[:1]
    return []


# deeds done against someone ("the moves against X" points back at one of these)
_DONE_AGAINST = frozenset({"COERCE", "SANCTION", "ASSAULT"})


def _names_party(doc: Document, tok: Token) -> bool:
    """A phrase that names a party: an actor's mention, a proper name, or a noun with a determiner or a
    possessor ("the republic", "its leader"); not a bare common noun ("corruption", "inflation")."""
    if doc.actor_of_token(tok) or tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in tok.children)


def _acted_against(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """Who made "the moves against X" a reaction names (evauthor28): "prosecutors ordered the arrest of the
    leader ... a court sentenced him ... his ally denounced the moves against the region" -> the court: the
    source of the latest coercion, sanction or attack aimed at someone coded before it in the article ("the
    moves" presupposes they were told, however many sentences of comment came between), never the reacting
    side's own (a compatriot may be: the state's own court or police acting against its people). Empty when
    none is coded before."""
    mine = set(cand.sources)
    for ev in reversed(earlier):
        if ev.trigger.start >= cand.trigger.idx or ev.type not in _DONE_AGAINST or not ev.target:
            continue
        found = [s for s in ev.source if not who.own_side(doc, s, mine)]
        if found:
            return found[:1]
    return []


def received_maker(doc: Document, cand: Candidate, earlier: list[Event]) -> list[str]:
    """Whom a judgement told as received is aimed at when the receiver is a thing with no owner named: "France
    proposed a tax. The plan met with opposition from Germany" -> France. The thing is the subject of the
    receiving verb the noun hangs on (nominal: "faced opposition from", "drew criticism from", "met with a
    rebuke from"); its maker is the doer of the deed the thing is named after (``doer_of``: the nearest earlier
    act sharing its stem, or for a word naming a deed without saying which, the source of the latest event of
    its own or the previous sentence), never the judges' side. Empty when nothing names one."""
    anchor = cand.anchor
    if not cand.nominal or cand.entry.type not in _REACTIONS or cand.targets or anchor is None \
            or not cand.how.startswith("from"):
        return []
    subj, _ = subject(anchor)
    if subj is None or subj.pos_ != "NOUN" or doc.actor_of_token(subj) or who.owner(doc, subj) \
            or patient_noun(subj):
        return []  # an actor or an owned thing is the nominal reader's; "his arrest drew criticism": not him
    judges = set(cand.sources)
    return [a for a in doer_of(doc, subj, judges, earlier) if not who.own_side(doc, a, judges)]


def doer_of(doc: Document, noun: Token, judges: set[str], earlier: list[Event]) -> list[str]:
    """Who did the deed a noun in someone's words names, never the judges' side: the doer of the nearest
    earlier act sharing its stem ("the revocation was unfair" after "a judge revoked his bail"); for a
    word naming a deed without saying which ("the move", "the decision"), the source of the latest event
    told in its own sentence or the one before (as ``_latest_doer``), a deed and not words about one.
    Empty when none is found."""
    stems = {_stem(noun.lemma_)} | {_stem(c.lemma_) for c in noun.children if c.dep_ == "compound"}
    found = _earlier_doer(doc, noun, noun, stems, judges) or put_forward_maker(doc, noun, judges)
    if found or noun.lemma_.lower() not in cues("deed_noun"):
        return found
    lo = previous_sentence_start(noun)
    for ev in reversed(earlier):
        if ev.sentence.start < lo:
            break
        if ev.type in JUDGING or ev.type == "REQUEST":
            continue  # words said about a deed are not the deed: "X denies the charges. ... the arrest"
        if ev.sentence.start <= noun.idx and ev.source and not who.own_side(doc, ev.source[0], judges,
                                                                           compatriots=True):
            return ev.source[:1]
    return []


def put_forward_maker(doc: Document, obj: Token, judges: set[str]) -> list[str]:
    """Who put forward the thing a judgement names, told in the same or the previous sentence as the object of a
    verb of putting forward or bringing in (word class putting_forward_verbs): "Israel unveiled a plan for Gaza.
    Egypt rejected the plan" -> Israel; "parliament passed a law ... the EU condemned the law" -> parliament. The
    earlier object has the judged noun's lemma; the maker is that verb's active subject or its passive's "by"
    agent, never the judges themselves nor a country and its own (``_own_or_state``); the nearest such verb
    first. Two sentences back, a thing told as standing for the judged one (``_serves_as``: "signed a charter
    that will serve as the constitution"), evauthor28. Not for an act done to someone
    (words.patient_noun) nor a negated verb ("did not sign the deal"). Empty when nothing names one."""
    if obj.pos_ != "NOUN" or patient_noun(obj):
        return []
    lemma = obj.lemma_.lower()
    lo = previous_sentence_start(obj)
    farther = previous_sentence_start(obj.doc[sentence_of(obj).start - 1]) if sentence_of(obj).start > 0 else lo
    makers = word_class("putting_forward_verbs")
    own = {t.i for t in obj.subtree}
    for t in reversed(doc.tokens()[:obj.i]):
        if t.idx < farther:
            break
        if t.i in own or t.pos_ != "NOUN" or t.lemma_.lower() != lemma and not _serves_as(t, lemma):
            continue
        if t.idx < lo and not _serves_as(t, lemma):
            continue  # two sentences back only a thing told as standing for the judged one (evauthor28)
        verb = t.head
        if t.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in makers \
                or negated(verb):
            continue
        subj, _ = subject(verb)
        if not is_passive(verb) and subj is not None and not _sure(doc, subj):
            continue  # "it passed a law": a pronoun no mention stands for
        doers = [a for a in judged_frames.act_doers(doc, verb) if not _own_or_state(doc, a, judges)]
        if doers:
            return doers[:1]
    return []


def _own_or_state(doc: Document, aid: str, judges: set[str]) -> bool:
    """The judges themselves, or a country and its own people or bodies; not two bodies of one state, whose
    acts the verb that made the thing tells apart (evauthor28: "the interim president signed a declaration
    that will serve as the constitution ... the regional administration rejected the constitution")."""
    if aid in judges:
        return True
    found = doc.actor(aid)
    others = [doc.actor(j) for j in judges]
    return found is not None and bool(found.country) and any(
        o is not None and o.country == found.country and "country" in (found.kind, o.kind) for o in others)


def _thing_by(trigger: Token, thing: Token) -> list[Token]:
    """The "by" phrase of a judged thing (evauthor28): its own ("the decree by the junta") or, the parser hanging
    it on the judging verb, the active verb's whose object the thing is ("rejected [the decree] [by the junta]":
    an active verb has no agent of its own). Only phrases naming an actor count (the caller reads them): "by
    July", "by a wide margin" name none."""
    found = prep_objects(thing, "by")
    if thing.dep_ == "dobj" and thing.head.i == trigger.i and not is_passive(trigger):
        found += [o for o in prep_objects(trigger, "by") if o.i > thing.i]
    return found


def _clause_makers(doc: Document, thing: Token) -> list[str]:
    """Who made a thing, told by a relative clause on it whose verb puts such things forward (word class
    putting_forward_verbs) and whose object is the thing itself (evauthor28): "the law (that) parliament
    passed", "the plan the ministry unveiled" -> the active subject; not a negated verb ("the deal Iran did not
    sign"), not a clause with an object of its own ("the law that gave police powers")."""
    makers = word_class("putting_forward_verbs")
    for c in thing.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or c.lemma_.lower() not in makers or negated(c) or is_passive(c):
            continue
        if any(d.dep_ == "dobj" and d.lower_ not in RELATIVE for d in c.children):
            continue
        subj, _ = subject(c)
        if subj is not None and subj.lower_ not in RELATIVE and _sure(doc, subj):
            return who.actors(doc, subj)
    return []


def _serves_as(thing: Token, lemma: str) -> bool:
    """A thing told, in a clause of its own, as standing for the judged one (evauthor28): "signed a
    declaration that will serve as the constitution ... rejected the constitution" (the judged noun's lemma
    the object of "as" in a relative clause or participle on the thing)."""
    return any(d.dep_ == "pobj" and d.lemma_.lower() == lemma and d.head.lower_ == "as"
               for c in thing.children if c.dep_ in ("relcl", "acl") for d in c.subtree)


def _earlier_doer(doc: Document, trigger: Token, obj: Token, stems: set[str], judges: set[str]) -> list[str]:
    """The doer of the nearest earlier verb or event noun sharing a stem with the object, or a verb that tells
    the deed the object names (deed_noun_verbs.tsv: "decided" ... "the decision"); a mention of
    the thing that someone else judged too ("Lai denied the charges") names no maker. Where no act of the
    same stem is told, the nearest verb of the object noun's own CAMEO code ("apologized" ... "accepted the
    apology"); not for a claim, whose maker is whoever made that claim (the accuser readings), nor for an act
    done to someone (words.patient_noun: "criticized the detention of Wine" is aimed at the state holding him,
    see agents.custodian, not at the police who detained him)."""
    assert doc.nlp is not None
    own = {t.i for t in obj.subtree} | {trigger.i}
    sents = doc.sentences()
    here = doc.sentence_number(obj.i)
    first = sents[max(0, here - MAKER_REACH)].start
    told = frozenset() if patient_noun(obj) else deed_verbs().get(obj.lemma_.lower(), frozenset())  # "the
    # decision" told by "decided"; not a deed done to someone (see below)
    acts = [t for t in reversed(doc.tokens()[first:obj.i])  # no maker is looked for further back
            if t.pos_ in ("VERB", "NOUN") and t.i not in own and not _judgement_of(t)
            and (_event_word(t) or t.pos_ == "VERB" and t.lemma_.lower() in told)]
    found = _first_doers(doc, [t for t in acts if any(_same_stem(_stem(t.lemma_), s) for s in stems)
                               or t.pos_ == "VERB" and t.lemma_.lower() in told], judges)
    if found or obj.lemma_.lower() in cues("claim_noun") or patient_noun(obj):
        return found  # an act done to someone ("the detention of Wine") answers the state holding them
    codes = _noun_codes(obj)
    return _first_doers(doc, [t for t in acts if _same_act(t, codes)], judges) if codes else []


def _first_doers(doc: Document, acts: list[Token], judges: set[str]) -> list[str]:
    """The doer of the first of these acts that names one outside the judges' side."""
    for t in acts:
        doers = [a for a in _doers(doc, t) if not who.own_side(doc, a, judges)]
        if doers:
            return doers[:1]
    return []


def _noun_codes(noun: Token) -> frozenset[str]:
    """The CAMEO codes the noun lexicon gives a noun ("apology" 055): the act a verb of the same code names
    is the one the noun refers back to, where the two share no stem ("apologized" ... "the apology")."""
    entries = noun_entries(noun)
    return frozenset(e.cameo for e in entries if e.cameo and len(e.cameo) >= 3)


def _same_act(tok: Token, codes: frozenset[str]) -> bool:
    """Whether a verb is a reading of the verb lexicon with one of these CAMEO codes, a code ending in 0 standing
    for its whole family, as CAMEO's own general codes do ("attack" 190 covers "shelled" 194, "bombed" 195)."""
    if not codes or tok.pos_ != "VERB":
        return False
    families = {c[:2] for c in codes if len(c) == 3 and c.endswith("0")}
    return any(e.cameo in codes or (e.cameo or "")[:2] in families for e in verbs().get(tok.lemma_.lower(), ()))


def _event_word(tok: Token) -> bool:
    """A word the event lexicons know as an act, or the thing such a verb acts on ("proposed a plan"):
    only an act has a maker ("failures" has none)."""
    table = verbs() if tok.pos_ == "VERB" else nouns()
    if tok.lemma_.lower() in table or tok.lower_ in table:
        return True
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs()


def _judgement_of(tok: Token) -> bool:
    """A noun that is itself the object of a judging verb: "denied the charges", "welcomed the plan"; not
    the accusation an accusing verb makes ("filed lawsuits")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return any(e.type in JUDGING and not _made_claim(e, tok) for e in verbs().get(tok.head.lemma_.lower(), ()))


def _made_claim(entry, tok: Token) -> bool:
    """The noun is the accusation its verb makes ("filed lawsuits", "brought charges": a row whose object
    requirement names it), so the verb's subject made it."""
    lemma = tok.lemma_.lower()
    return entry.type == "ACCUSE" and any(r.startswith("obj:") and lemma in r[4:].split("|") for r in entry.requires)


def _doers(doc: Document, tok: Token) -> list[str]:
    """Who did what a verb or an event noun says: a verb's subject (a passive's agent); a noun's owner,
    or the subject of the verb it is the object of ("ordered the arrest" -> who ordered)."""
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() in cues("speech"):
            return []
        agents = prep_objects(tok, "by")
        if agents:
            return who.actors(doc, agents[0])
        if is_passive(tok) or tok.tag_ == "VBN" and not any(c.lemma_ == "have" for c in tok.children):
            return []  # "Lai stands accused", "the arrested men": the doer is not the subject
        subj, _ = subject(tok)
        return who.actors(doc, subj) if subj is not None and _sure(doc, subj) else []
    owned = who.owner(doc, tok)
    if owned:
        return owned
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in cues("speech"):
        subj, _ = subject(tok.head)
        return who.actors(doc, subj) if subj is not None and _sure(doc, subj) else []
    return []


# relations a judged thing's phrase climbs through up to the clause that tells it ("a ban on plastic bags,
# which ...": bags -> on -> ban -> announced)
_THING_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "nsubjpass"})
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "advcl", "conj", "parataxis"})


def relative_maker(doc: Document, cand: Candidate) -> list[str]:
    """The maker of a thing a judgement is told of in a relative clause hanging on it: "Kenya announced a ban
    on plastic bags, which Uganda criticized" -> Kenya; "a judge ordered him back to prison in a move that his
    lawyer called inhumane" -> the judge; "kept a policy of turning boats away, which the UN criticized". The
    clause's noun is no actor (an actor is the target itself); its phrase is climbed through objects and
    prepositions up to the verb of its clause, whose subject made it ("announced a ban" makes one; a verb
    of speech with a clause, "said it would ...", tells no deed done), never the judge's own side."""
    tok = cand.trigger
    if cand.entry.type not in JUDGING or cand.targets or cand.nominal or tok.dep_ not in ("relcl", "acl"):
        return []
    judges = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
    pronoun = [c for c in tok.children if c.lower_ in ("which", "that") and (
        c.dep_ in ("dobj", "mark", "nsubjpass") or c.dep_ == "nsubj" and judges)]  # (the parser may make the
    # pronoun a second subject: "a curfew on traders which, say local papers, the bloc has condemned")
    noun = tok.head
    if not pronoun or noun.pos_ != "NOUN" or doc.actor_of_token(noun):
        return []  # (a word for some deed, "a law that X called unjust", is climbed as well once ``maker``, which
    # reads an act told before, found none: "Hungary passed a law that X called discriminatory" -> Hungary)
    up = noun
    for _ in range(6):
        if up.dep_ in _CLAUSE_HEADS or up.dep_ not in _THING_PATH:
            break
        up = up.head
    if up.pos_ not in ("VERB", "AUX") or up.dep_ not in _CLAUSE_HEADS:
        return []
    if up.lemma_.lower() in cues("speech") and any(c.dep_ in ("ccomp", "xcomp") for c in up.children):
        return []  # "Kenya said it would reopen the border, a plan that ...": what is said is no deed yet
    subj, _ = subject(up)
    return [a for a in who.actors(doc, subj) if not who.own_side(doc, a, set(cand.sources))]


def complete(doc: Document, cand: Candidate, earlier: list[Event]) -> None:
    """Participants the trigger's own phrase did not give, read from around it (``earlier``: the events
    already coded before it); each reading found is named in the candidate's rule ("verb:kill/passive+fight")."""
    from . import agents, courts, happening
    from .targets import holders  # (in here: holders reads agents, which imports this module)

    told = alleged(cand)
    doers = accused(doc, told) if told is not None and not (cand.nominal and cand.sources) else []
    if doers:  # "Ukraine accused Russia of shelling the port": the one accused does it, not the accuser
        cand.sources = doers
        _named(cand, "accused")
    name, found = _first_reading(doc, cand, (
        ("fight", agents.passive_doers), ("with", agents.coordinated_doers), ("when", happening.when_clause_doers), ("root", agents.nominal_root_subject),
        ("agent", agents.reduced_relative_doers), ("enforcer", agents.enforcer_in_reach), ("unnamed", agents.unnamed_enforcer),
        ("released", lambda d, c: agents.releaser(d, c, earlier)), ("case", lambda d, c: agents.crime_accuser(d, c, earlier)),
        ("effort", agents.purpose_subject), ("attack", lambda d, c: agents.attacker_in_reach(d, c, earlier)),
        ("story_captor", lambda d, c: agents.story_captor(d, c, earlier)), ("story_sides", agents.meeting_sides),
        ("story_sides", agents.signed_sides)))
    if found:
        cand.sources = found
        _named(cand, name)
    own = [] if cand.nominal else who.own_side_doers(doc, subject(cand.trigger)[0], cand.entry.type, cand.sources)
    if own:  # "'We arrested them,' the interior minister said": the state, not its minister
        cand.sources = own
        _named(cand, "we")
    group = [] if cand.nominal else who.speaking_group(doc, subject(cand.trigger)[0], cand.trigger,
                                                       cand.entry.type, cand.sources)
    if group:  # "'We urge the authorities to free him,' the groups said": the groups
        cand.sources = group
        _named(cand, "we")
    head = [] if cand.nominal else who.heads_own_government(doc, subject(cand.trigger)[0], cand.entry.type,
                                                            cand.sources)
    if head:  # "the president said her government would not give way": the president, not the state
        cand.sources = head
        _named(cand, "head")
    if len(cand.sources) >= 2 and not cand.nominal and who.reciprocal(cand.trigger):
        _named(cand, "each")  # "Ethiopia and Eritrea accused each other": each the other's target (events.pairs)
        return
    name, found = _first_reading(doc, cand, (
        ("maker", lambda d, c: maker(d, c, earlier)), ("relative", relative_maker),
        ("received", lambda d, c: received_maker(d, c, earlier)),
        ("charged", lambda d, c: charging_state(d, c, earlier)),
        ("holder", lambda d, c: holders.holder(d, c, earlier)), ("doer", asked_acts.asked_doer),
        ("told", told_owner.told_owner), ("possessor", told_possessor.told_possessor),
        ("body", owned_body.owned_body),
        ("held", lambda d, c: agents.custodian(d, c, earlier)), ("outcome", agents.outcome_victims), ("struck", agents.struck),
        ("located", agents.struck_country),
        ("owner", agents.restricted_owner), ("barred", barred_people.barred_group), ("clause", agents.clause_subject), ("for", agents.offered_for),
        ("answered", agents.answered_accuser), ("aided", aided.aided), ("addressee", request_addressee),
        ("refused", agents.refused_party), ("prosecution", agents.plea_answerer),
        ("punished", lambda d, c: courts.punished_before(d, c, earlier)),
        ("joined", lambda d, c: [] if c.targets else joined_addressee(c.trigger, c.entry.type, c.sources, earlier))))
    if found:
        cand.targets = found
        _named(cand, name)
    seat_hosts.seat_host(doc, cand)  # "a visit to the White House": the president it houses


def _first_reading(doc: Document, cand: Candidate, readings) -> tuple[str | None, list[str]]:
    """The first reading, in order, that finds participants, and what it found."""
    for name, reading in readings:
        found = reading(doc, cand)
        if found:
            return name, found
    return None, []


def _named(cand: Candidate, reading: str) -> None:
    cand.how = f"{cand.how}+{reading}" if cand.how else reading


def request_addressee(doc: Document, cand: Candidate) -> list[str]:
    """Whom a request told by a noun was made of, when its own phrase names nobody: the one who decides
    on it ("the court rejected Kenya's request to delay" -> the court; "Kenya's request was turned down by
    the judge"), a verb of the answers class (event_status.tsv) taking the noun as its object; the one
    who answers it in a "to" or "with" phrase ("the ministry responded to the union's demands", "YouTube
    complied with the church's requests": answers_to)."""
    tok = cand.trigger
    if not cand.nominal or cand.entry.type != "REQUEST" or cand.targets:
        return []
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("to", "with") and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in cues("answers_to"):
        subj, _ = subject(verb.head)  # "YouTube complied with the church's requests"
        deciders = who.actors(doc, subj) if subj is not None else []
        return [a for a in deciders if a not in cand.sources]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues("answers"):
        return []
    if tok.dep_ == "dobj":
        subj, _ = subject(verb)
        deciders = who.actors(doc, subj) if subj is not None else []
    elif tok.dep_ == "nsubjpass":
        deciders = [a for o in prep_objects(verb, "by") for a in who.actors(doc, o)]
    else:
        return []
    return [a for a in deciders if a not in cand.sources]
