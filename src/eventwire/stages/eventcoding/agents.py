"""Participants the trigger's own phrase does not name, read from the clause and the story around it.

Doers:
- a passive victim of violence with no "by" agent: the other side of the fighting it happened in ("was
  killed in a gun battle with police"), the doer of the attack it happened in ("wounded in an attack by
  militants"), or the subject of a violent clause it is coordinated with ("police returned fire and the
  gang leader was killed");
- an agentless arrest, sentence or deportation: the one police force, court or government in reach
  (lexicons/event_enforcers.tsv);
- an agentless abduction: the one actor of the story named as the people's captors or kidnappers in a
  sentence that names them too (agents.story_captor, rule "+story_captor");
- talks told by a noun with no party: the two countries named as parties in its sentence before it or the one
  before (meeting_sides, rule "/story_sides"); so too an accord told signed or reached in an agentless
  passive (signed_sides, rule "+story_sides");
- a verb the parser hung under its own subject as if that were the root noun ("Trump at first imposed
  tariffs" parsed as a noun phrase "Trump" with a clause under it);
- a purpose under "in an effort / a bid / an attempt to ...": the clause subject's purpose;
- an event noun's reduced relative ("an operation conducted by the agency").
Targets:
- the victims an attack's outcome names ("that left nine gunmen dead");
- the owner inside a restriction's phrase ("tariffs on $20 billion worth of U.S. exports");
- the named subject of a demand's or accusation's complement clause ("urged that Russia withdraw");
- whom a proposal, offer or pledge is for, named in its object's purpose ("proposed a plan for rebuilding
  Syria", "pledged a fund to support Ukraine").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table, words
from ..actors.words import group_head
from . import participants as who
from .context import charged_before
from .tree import child, children, conjuncts, is_passive, names_nobody, prep_objects, subject
from .triggers import RELEASES, Candidate, aimed_at, may_fight, own_possessed
from .words import cues, measure, noun_entries, nouns, verbs, word_class

_HARM = frozenset({"ASSAULT", "COERCE"})
_SETTING_PREPOSITIONS = frozenset({"in", "during", "amid", "after"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _fighting(tok: Token) -> bool:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in words("event_fighting_nouns.txt") or lemma in words("event_fighting_nouns.txt"):
        return True
    return any(e.type == "ASSAULT" for e in nouns().get(low, ()) + nouns().get(lemma, ()))


def passive_doers(doc: Document, cand: Candidate) -> list[str]:
    """Who harmed the victim of an agentless passive of violence or coercion, read from the fighting it
    happened in or from a violent clause coordinated with it; empty when the clause names nobody."""
    tok = cand.trigger
    if cand.nominal or cand.sources or cand.entry.type not in _HARM or not is_passive(tok):
        return []
    if prep_objects(tok, "by"):
        return []
    victims = set(cand.targets)
    ruler = [a for a in who.ruled_by(doc, tok) if a not in victims]  # "jailed under military rule"
    if ruler:
        return ruler
    for prep in children(tok, "prep"):
        if prep.lower_ not in _SETTING_PREPOSITIONS:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for n in conjuncts(noun):
                found = [a for a in _fight_doers(doc, n) if a not in victims]
                if found:
                    return found
    return []


def coordinated_doers(doc: Document, cand: Candidate) -> list[str]:
    """The doer of an agentless passive of violence told right after a violent clause it is coordinated
    with ("police returned fire and the gang leader was killed")."""
    tok = cand.trigger
    if cand.nominal or cand.sources or cand.entry.type not in _HARM or not is_passive(tok):
        return []
    if prep_objects(tok, "by"):
        return []
    return [a for a in _coordinated_violence(doc, tok) if a not in set(cand.targets)]


def _fight_doers(doc: Document, noun: Token) -> list[str]:
    if not _fighting(noun):
        return []
    for word in ("with", "by"):  # not "against": "fighting against X" names the victim's own foe
        for obj in prep_objects(noun, word):
            found = who.actors(doc, obj)
            if found:
                return found
    owner = [a for c in children(noun, "poss", "compound", "amod") for a in who.actors(doc, c)]
    return owner[:1]


def _coordinated_violence(doc: Document, tok: Token) -> list[str]:
    """"The police returned fire and Joseph was killed": the subject of the violent verb the passive is
    coordinated with (a verb of the lexicons' ASSAULT type, or one with "fire" as object)."""
    other = tok.head if tok.dep_ == "conj" else None
    if other is None or other.pos_ != "VERB" or other.i > tok.i:
        return []
    violent = any(e.type == "ASSAULT" for e in verbs().get(other.lemma_.lower(), ()))
    violent = violent or any(o.lemma_.lower() == "fire" for o in children(other, "dobj"))
    if not violent or is_passive(other):
        return []
    subj, _ = subject(other)
    return who.actors(doc, subj) if subj is not None and subj.pos_ != "PRON" else []


def nominal_root_subject(doc: Document, cand: Candidate) -> list[str]:
    """A finite verb the parser hung as a clause under a noun standing as the sentence root: that noun
    is its subject ("the president first imposed 10% duties" with "president" as root)."""
    tok = cand.trigger
    if cand.nominal or cand.sources or tok.dep_ not in ("ccomp", "acl", "relcl"):
        return []
    if tok.tag_ not in _FINITE and not (tok.tag_ == "VBN" and children(tok, "dobj")):
        return []  # "the tariffs imposed on Canada": a reduced relative, passive; "Trump imposed tariffs"
    head = tok.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > tok.i:
        return []
    if children(tok, "nsubj", "nsubjpass") or any(c.lower_ in ("who", "which", "that") for c in tok.children):
        return []
    return who.actors(doc, head)


def purpose_subject(doc: Document, cand: Candidate) -> list[str]:
    """The subject of the clause an "in an effort to ..." phrase hangs from does what the effort aims at."""
    tok = cand.trigger
    if cand.nominal or cand.sources or tok.dep_ != "acl" or tok.head.lower_ not in word_class("efforts"):
        return []
    effort = tok.head
    prep = effort.head
    if effort.dep_ != "pobj" or prep.lower_ not in ("in", "as", "of"):
        return []
    while prep.dep_ == "pobj" or prep.lower_ == "of":  # "as part of efforts to"
        prep = prep.head
        if prep.head.i == prep.i:
            break
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subj, _ = subject(verb)
    if subj is None or subj.pos_ == "PRON" and not doc.referents(subj):
        return []
    return who.actors(doc, subj)


def reduced_relative_doers(doc: Document, cand: Candidate) -> list[str]:
    """The agent of a light verb's participle under an event noun: "an operation conducted by the
    intelligence agency", "an attack carried out by the rebels", "sanctions imposed by Washington"."""
    tok = cand.trigger
    if not cand.nominal or cand.sources:
        return []
    for part in children(tok, "acl"):
        if part.tag_ != "VBN" or part.lemma_.lower() not in cues("light"):
            continue
        for agent in prep_objects(part, "by"):
            found = [a for a in who.actors(doc, agent) if a not in cand.targets]
            if found:
                return found
    return []


def harm_outcomes(tok: Token) -> list[Token]:
    """The harm nouns a word's own phrase, or the verb it is the subject of, tells as its outcome: "an
    operation ..., that left nine gunmen dead", "a raid that led to the arrest of two gang
    leaders", "the operation left 12 fighters dead" is not read (no harm noun) -> deaths, arrest."""
    out = []
    told = [t for t in tok.subtree if t.i > tok.i]
    if tok.dep_ == "nsubj":  # "an operation by the army resulted in the deaths of ..."
        told.append(tok.head)
    for verb in told:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class("outcome_verbs"):
            continue
        harms = children(verb, "dobj") + [o for p in children(verb, "prep") for o in children(p, "pobj")]
        out += [h for h in harms if h.lower_ in word_class("harms") or h.lemma_.lower() in word_class("harms")]
    return out


def outcome_victims(doc: Document, cand: Candidate) -> list[str]:
    """Whom an attack harmed, told as its outcome: "an operation ..., which resulted in the deaths of 16
    al-Shabab militants", "a raid that led to the arrest of two gang leaders"."""
    if cand.targets or cand.entry.type != "ASSAULT":
        return []
    for harm in harm_outcomes(cand.trigger):
        found = [a for o in prep_objects(harm, "of") for a in who.actors(doc, o) if a not in cand.sources]
        if found:
            return found
    return []


def restricted_owner(doc: Document, cand: Candidate) -> list[str]:
    """Whom a restriction falls on when no actor heads its target phrase: the owner named anywhere inside its
    "on"/"against"/"from" phrase (or another target role of its row: "a blockade of Yemeni ports"), on the
    trigger, its object, the anchor verb (a light verb, or the verb a restriction noun is the instrument
    of, nominal.nominal) or the noun it is "of" ("imposed tariffs on $20 billion worth of U.S. exports",
    "hit back with its own levies on U.S. farm goods", "the imposition of sanctions on Iranian banks"), the
    source's own side excepted ("imports into Canada from 20 states, among them Japan" for U.S. tariffs
    names the EU). The easing of one falls on whom the measure fell on ("delayed the tariffs on Mexican goods")."""
    tok = cand.trigger
    if cand.targets or not cand.sources or not measure(cand.entry):
        return []
    holders = [tok] + children(tok, "dobj")  # "levied tariffs on steel exports from 35 countries"
    if cand.anchor is not None:
        holders.append(cand.anchor)
    holders += prep_objects(tok, "of")
    # "from": the goods' origin, not what a ban bars people from ("barred women from workplaces, including the U.N.")
    roles = dict.fromkeys(("on", "against", *(() if cand.entry.mode == "ban" else ("from",)), *cand.entry.target))
    for holder in holders:
        for word in roles:
            for obj in prep_objects(holder, word):
                for t in obj.subtree:
                    if t.pos_ not in ("PROPN", "NOUN", "ADJ"):
                        continue
                    found = [a for a in who.actors(doc, t) if not who.own_side(doc, a, set(cand.sources))
                             and not (t.dep_ in ("compound", "poss") and who.founder_of_body(doc, t.head, a))]
                    if found:  # the owner and those coordinated with it: "travel from India, Bangladesh and
                        return found  # Sri Lanka" (who.actors reads the conjuncts of the first one found)
    return []


ENFORCER_REACH = 1  # sentences before the deed's own that its doer may be named in


@lru_cache(maxsize=None)
def _enforcers() -> dict[str, frozenset[str]]:
    return {row["lemma"]: frozenset(s.strip() for s in row["sectors"].split(",")) for row in
            table("event_enforcers.tsv")}


def _working(actor) -> str | None:
    """What an actor does: police (coded ...GOVCOP) and courts (...JUD) apart from the rest of government."""
    code = actor.code or ""
    if code.endswith("COP"):
        return "COP"
    if code.endswith("JUD"):
        return "JUD"
    return actor.sector


def enforcer_in_reach(doc: Document, cand: Candidate) -> list[str]:
    """The doer of an agentless passive of coercion, by what kind of body does such a deed: the one actor of
    that kind named in the deed's sentence or the one before ("Police raided the camp on Monday. Twelve men
    were arrested."; "The High Court heard the case. Moyo was sentenced to two years."); with two or none,
    nobody. "Expelled from the party", "expelled from Poland": the organisation or the country expels."""
    tok = cand.trigger
    # an expulsion codes SANCTION (CAMEO 166) yet is done by whom event_enforcers.tsv names, as an arrest is
    if cand.nominal or cand.sources or not is_passive(tok) or \
            cand.entry.type not in _HARM and tok.lemma_.lower() not in _enforcers():
        return []
    if prep_objects(tok, "by"):
        return []
    if any(c.dep_ == "neg" for c in tok.children):
        return []  # "why they were never charged": no deed, no doer
    lemma = tok.lemma_.lower()
    if lemma == "expel":
        body = [a for o in prep_objects(tok, "from") for t in o.subtree for a in who.actors(doc, t)
                if (found := doc.actor(a)) is not None and found.kind in ("organization", "country")]
        if body:
            return body[:1]
    victims = set(cand.targets)
    for t in tok.subtree:  # "held over the killing of two guards": the deed's own phrase names no doer
        aid = doc.actor_of_token(t)
        if aid and t.i != tok.i:
            victims.add(aid)
    return enforcer_near(doc, tok, victims)


def releaser(doc: Document, cand: Candidate, earlier) -> list[str]:
    """Who released people told released without an agent and without the custody they left ("Moyo was
    arrested in March ... He was released in May"): the doer of the latest arrest, detention, charge or
    sentence coded earlier against the same people, or of their release told before ("freed from prison
    ... she was released after ..."); with none coded, nobody (hostages are freed by their captors,
    passengers by their rescuers)."""
    tok = cand.trigger
    if cand.nominal or cand.sources or not cand.targets or tok.lemma_.lower() not in RELEASES \
            or not is_passive(tok) or prep_objects(tok, "by") or any(c.dep_ == "neg" for c in tok.children):
        return []
    people = {t for t in cand.targets if (found := doc.actor(t)) is not None and found.kind in _PEOPLE}
    if not people:
        return []
    found = next(charged_before(earlier, tok.idx, lambda ev: ev.mode in ("arrest", "release") and bool(
        set(ev.target) & people) and bool(ev.source) and ev.source[0] not in people, types=None), None)
    return [found.source[0]] if found is not None else []


def enforcer_near(doc: Document, tok: Token, victims: set[str] | list[str], whole: bool = False) -> list[str]:
    """The one actor of the kind that does the deed ``tok`` names (event_enforcers.tsv) in its sentence or
    the one before (``whole``: anywhere in the story), never one it was done to; with two or none, nobody."""
    sectors = _enforcers().get(tok.lemma_.lower())
    if not sectors:
        return []
    assert doc.nlp is not None
    if whole:
        named = [a.id for a in doc.actors]
    else:
        sents = doc.sentences()
        here = doc.sentence_number(tok.i)
        named = doc.actors_in_span(doc.nlp[sents[max(0, here - ENFORCER_REACH)].start: sents[here].end])
    found = []
    for aid in named:
        actor = doc.actor(aid)
        if aid not in victims and actor is not None and _working(actor) in sectors and aid not in found \
                and not _speaks_for_others(actor):
            found.append(aid)
    return found if len(found) == 1 else []


def _speaks_for_others(actor) -> bool:
    """A spokesperson (coref_role_families.tsv) speaks for a body and does none of its deeds: no arrest,
    charge or sentence is his ("an ICE spokesperson declined comment ... the crimes they are charged with")."""
    from ..actors.coref.common import is_spokesperson
    return actor.kind == "person" and is_spokesperson(actor.role)


def plea_answerer(doc: Document, cand: Candidate) -> list[str]:
    """Whom a plea in court answers ("the two men pleaded not guilty", "pleaded guilty to fraud"): the one body
    or officer of the justice sector named in its sentence or the one before (prosecutors, a court, a district
    attorney: event_enforcers.tsv plead), never the one pleading; nobody where none or two are named."""
    tok = cand.trigger
    if cand.nominal or cand.targets or tok.lemma_.lower() != "plead" or cand.entry.type not in ("REJECT", "CONCEDE"):
        return []
    return enforcer_near(doc, tok, set(cand.sources))


def prosecution_of(doc: Document, deed: Token, accused: list[str]) -> list[str]:
    """Who brings a trial or charges (event_word_classes.tsv prosecuted_deeds) told with no doer: the
    prosecution the story names ("prosecutors", "the state prosecutor", "the Crown": grievances.prosecution),
    never one of the accused (evsource27)."""
    if deed.lemma_.lower() not in word_class("prosecuted_deeds"):
        return []
    from .grievances import prosecution  # grievances reads context, which reads this module
    return [a for a in prosecution(doc, deed) if a not in accused]


def state_doer(doc: Document, cand: Candidate) -> list[str]:
    """Who arrested, charged, deported or released people when the phrase names nobody: the one body of the
    kind that does it named nearby (police arrest, courts sentence), else the state of the place the act is
    told in ("detained in North Korea"), else the country of the people it was done to ("the Zimbabwean
    journalist was arrested"), else the country the article names most (a trial or charges with no enforcer
    near, event_word_classes.tsv prosecuted_deeds, are first the prosecution's the story names: evsource27);
    only a country the article has as an actor, and only for people (a country or a body acted on has its own
    story). A story with no such country takes the one body of the kind named anywhere in it ("Police searched the house ... [later]
    The man was arrested on Friday": the police)."""
    from . import setting  # setting reads candidates of the trigger modules

    targets = cand.targets
    patients = [doc.actor(t) for t in targets]
    if not patients or any(p is None or p.kind not in ("person", "group") for p in patients):
        return []
    # the deed's own phrase names whom it was done to and why, never its doer: "arrested and sentenced for
    # the murder of several policemen" (as enforcer_in_reach)
    named_in = {a for t in cand.trigger.subtree if t.i != cand.trigger.i and (a := doc.actor_of_token(t))}
    near = enforcer_near(doc, cand.trigger, set(targets) | named_in)
    if near:
        return near
    brings = prosecution_of(doc, cand.trigger, targets)
    if brings:  # "X was charged with fraud ... the prosecutors said": the prosecution, not the state
        return brings
    place_id, _ = setting.attach(doc.places, cand)
    place = next((p for p in doc.places if p.id == place_id), None)
    code = who.alpha3_of().get(place.country.upper()) if place is not None and place.country else None
    code = code or next((p.country for p in patients if p is not None and p.country), None)
    state = next((a.id for a in doc.actors if a.kind == "country" and code and a.country == code), None)
    if not code:  # nothing places it: the country the article is most about, when one leads
        counts = sorted(((len(a.mentions), a.id) for a in doc.actors if a.kind == "country"), reverse=True)
        if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            state = counts[0][1]
    if not state:  # no state to hold it: the one body of the kind that does the deed the story names
        return enforcer_near(doc, cand.trigger, set(targets) | named_in, whole=True)
    return [state] if state not in targets else []


def crime_accuser(doc: Document, cand: Candidate, earlier) -> list[str]:
    """Who accuses someone told accused of a crime without an accuser ("He was accused of incitement", "X, who
    is accused of smuggling weapons"): the state that holds or tries them, as for their custody:
    the state of the latest custody coded earlier against them (_as_state: "Moyo was detained in May. He
    was accused of spreading false news"); else, for a crime told by a noun in a sentence that tells a
    case or custody ("detainees such as X, who is accused of fraud"), state_doer. A deed told by a gerund
    of someone no state holds ("accused of killing civilians") is a deed reported, which A+C code as the
    deed itself; never a country, a firm or a body accused (their accusers have their own story)."""
    tok = cand.trigger
    if cand.nominal or cand.sources or not cand.targets or cand.entry.type != "ACCUSE" \
            or tok.lemma_.lower() != "accuse" or not is_passive(tok) or prep_objects(tok, "by") or negated_deed(tok):
        return []
    of = [p for p in children(tok, "prep") if p.lower_ == "of"]
    crimes = [c for p in of for c in p.children if c.dep_ in ("pobj", "pcomp")]
    if not crimes:
        return []
    people = [t for t in cand.targets if (found := doc.actor(t)) is not None and found.kind in _PEOPLE]
    if len(people) != len(cand.targets):
        return []
    custody = _custody_before(earlier, people, tok.idx, arrest_only=True)
    if custody is not None:  # held by a state already: its accusation, told by a noun or a gerund
        state = _as_state(doc, custody.source[0])
        return [state] if state not in people else []
    if any(c.pos_ != "NOUN" or c.tag_ == "VBG" for c in crimes):
        return []  # "accused of killing civilians" by nobody: the deed reported, coded as itself
    if any(t.lemma_.lower() in words("case_words.txt") for t in tok.sent if t.pos_ == "NOUN"):
        return state_doer(doc, cand)
    return []


def unnamed_enforcer(doc: Document, cand: Candidate) -> list[str]:
    """The state behind a coercive deed whose subject is a body told without a name and not an actor of its
    own ("a court later sentenced him to six years", "law enforcement charged him with robbery"): as for an
    agentless arrest, state_doer (an enforcer named nearby, else the state of the place, else of the people
    it was done to). Only for deeds done to people (state_doer's condition)."""
    tok = cand.trigger
    if cand.nominal or cand.sources or cand.entry.type != "COERCE" or tok.pos_ != "VERB" or is_passive(tok):
        return []
    subj, _ = subject(tok)
    if subj is None or doc.actor_of_token(subj) or subj.lemma_.lower() not in words("event_unnamed_enforcers.txt"):
        return []
    return state_doer(doc, cand)


# a warning's clause names what is feared as often as whom it threatens ("warned that Sudan faces
# famine"), so only demands and accusations read it
_CLAUSE_TYPES = frozenset({"ACCUSE", "REQUEST"})


def clause_subject(doc: Document, cand: Candidate) -> list[str]:
    """Whom a demand or accusation told with a complement clause after it is aimed at: that clause's
    subject when it names an actor itself ("urged that Moscow withdraw its troops"), never the speaker's
    own side, a thing with an actor's adjective ("Russian opinions") or a fronted quotation; of an agentless
    passive clause, the ruler it is done under (participants.ruled_by)."""
    tok = cand.trigger
    if cand.nominal or cand.targets or not cand.sources or cand.entry.type not in _CLAUSE_TYPES:
        return []
    if tok.pos_ != "VERB":
        return []
    for clause in children(tok, "ccomp"):
        if clause.i > tok.i and is_passive(clause) and not prep_objects(clause, "by"):
            found = [a for a in who.ruled_by(doc, clause) if not who.own_side(doc, a, set(cand.sources))]
            if found:  # "alleged that women under the junta's rule are persecuted": the ruler
                return found
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.i < tok.i or subj is None or not doc.referents(subj):
            continue
        found = [a for a in who.actors(doc, subj) if not who.own_side(doc, a, set(cand.sources))]
        if found:
            return found
    return []


_OFFERS = frozenset({"AGREE"})


def offered_for(doc: Document, cand: Candidate) -> list[str]:
    """Whom a proposal, offer or pledge is for when it names no addressee: the actor its object's purpose
    acts on ("proposed a plan for rebuilding Syria", "pledged a fund to support Ukraine and Moldova",
    "offered a package for Gaza", "offered a loan to help Malawi rebuild its roads"), or whom a giving verb under it hands something to ("offered to
    pay the two men", giving_verbs); never the offering side itself ("a plan to rearm Europe" by the EU)."""
    tok = cand.trigger
    if cand.nominal or cand.targets or not cand.sources or cand.entry.type not in _OFFERS or tok.pos_ != "VERB":
        return []
    for given in children(tok, "xcomp"):  # "offered to pay the two men", "promised to send Kenya vaccines"
        if given.lemma_.lower() not in word_class("giving_verbs") or not any(a.lower_ == "to" for a in children(given, "aux")):
            continue
        for t in children(given, "dative") + children(given, "dobj"):
            found = [a for part in conjuncts(t) for a in who.actors(doc, part)
                     if not who.own_side(doc, a, set(cand.sources))]
            if found:
                return list(dict.fromkeys(found))
    for obj in children(tok, "dobj"):
        aims: list[Token] = []
        for c in children(obj, "acl", "relcl") + [c for c in children(tok, "advcl") if c.i > obj.i]:
            if any(a.lower_ == "to" for a in children(c, "aux")):  # the parser hangs the purpose on either
                aims.append(c)
        for prep in children(obj, "prep"):
            if prep.lower_ == "for":
                aims += [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
        for aim in aims:
            for part in conjuncts(aim):
                held = children(part, "dobj") + who.role_tokens(part, "helped") if part.pos_ == "VERB" else [part]
                for t in held:
                    found = [a for a in who.actors(doc, t, place=True) if not who.own_side(doc, a, set(cand.sources))]
                    if found:
                        return found
    return []


ATTACK_REACH = 2  # sentences before a victim's own that the attack it fell in may be told in


def attacker_in_reach(doc: Document, cand: Candidate, earlier) -> list[str]:
    """The doer of an attack whose victim is told in an agentless passive, when the attack itself was told
    just before: "Gunmen stormed a police post on Monday. Two officers were killed." -> the gunmen. The
    latest armed attack coded in the victim's sentence or the ATTACK_REACH before it, by a side that may
    fight and is not the victim's own (participants.own_side); nobody when there is none. An active clause
    with a doer of its own ("a roadside bomb killed four soldiers") and an attack noun ("an attack on the
    base") may tell another attack, and are left alone."""
    from .triggers import may_fight

    tok = cand.trigger
    if cand.sources or not cand.targets or cand.entry.type != "ASSAULT" or "armed" not in cand.entry.flags:
        return []
    if cand.nominal or not is_passive(tok):
        return []
    if prep_objects(tok, "by") or negated_deed(tok):
        return []
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(tok.i)
    lo = sents[max(0, here - ATTACK_REACH)].start_char
    victims = set(cand.targets)
    for ev in reversed(earlier):
        if ev.sentence.start < lo:
            break
        if ev.type != "ASSAULT" or not ev.source or ev.sentence.start > tok.idx:
            continue
        doer = ev.source[0]
        if doer in victims or not may_fight(doc, doer) or who.own_side(doc, doer, victims, compatriots=True):
            continue
        return [doer]
    return []


def story_captor(doc: Document, cand: Candidate, earlier) -> list[str]:
    """The doer of an agentless abduction ("forty pupils taken from a boarding school were set free by their
    captors", "the pupils, who were abducted last week, ..."): the one actor of the story named by a noun that means
    the people who took them (word class ``captors``: captors, kidnappers, abductors), wherever in the story
    it is named. Such a noun names its group by this very deed, so its reach is the whole story, unlike an
    arrest's police (one sentence back: police do many deeds); two such actors, or an abduction coded
    earlier in the story with another doer, -> nobody. Only people taken (a person or a group), never the
    captors themselves."""
    tok = cand.trigger
    if cand.sources or not cand.targets or cand.entry.type != "ASSAULT" or cand.entry.mode != "abduct":
        return []
    if cand.nominal or not is_passive(tok) or prep_objects(tok, "by") or negated_deed(tok):
        return []
    victims = set(cand.targets)
    if any((found := doc.actor(t)) is None or found.kind not in _PEOPLE for t in victims):
        return []
    nouns = word_class("captors")
    captors = [a for a in doc.actors if a.id not in victims and a.kind in _PEOPLE
               and group_head(a) in nouns]
    if len(captors) != 1:
        return []
    # told as these people's captors: named in a sentence that names them too ("the pupils ... were set free
    # by their captors"), not the captors of another case in the same story
    if not _sentences_of(doc, captors[0].mentions) & _sentences_of(doc, [m for t in victims if (a := doc.actor(t))
                                                                      for m in a.mentions]):
        return []
    captors = [captors[0].id]
    if any(ev.mode == "abduct" and ev.source and ev.source[0] not in captors for ev in earlier):
        return []  # "bandits abducted 30 pupils ... the kidnappers freed them": told with its own doer before
    return captors


_NEW_OR_ANY = frozenset({"a", "an", "another", "any", "no", "every", "each", "some", "future", "new", "more"})


def _setting_words() -> frozenset[str]:
    """The prepositions whose object is a setting, not a side ("talks in Geneva", "flew to Oslo"): where one is
    or goes (event_word_classes.tsv located_near, moved_to)."""
    return word_class("located_near") | word_class("moved_to")


def meeting_sides(doc: Document, cand: Candidate) -> list[str]:
    """The two sides of talks told by a noun with no party of its own ("the talks collapsed on Friday",
    "negotiations resumed in Lima"): the two countries the story names as parties in the noun's sentence before
    it or in the sentence before ("Peru's claim to the waters and Chile's refusal to share them ..."),
    exactly two, each named otherwise than as a place ("in Geneva", "flew to Oslo": the setting, not a side).
    Talks told as new, any or future ("a summit", "another meeting", "any talks") are no talks held and take
    no sides; three countries or one -> nobody."""
    tok = cand.trigger
    if not cand.nominal or cand.sources or cand.targets or cand.entry.type != "CONSULT" or "sym" not in cand.entry.flags:
        return []
    if any(c.dep_ in ("poss", "nummod") or c.lower_ in _NEW_OR_ANY for c in tok.children):
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to"):
        return []  # "called for talks", "return to talks": asked for, not held
    return _two_sides(doc, tok)


def signed_sides(doc: Document, cand: Candidate) -> list[str]:
    """The two sides of an accord told signed or reached in an agentless passive ("Peru and Chile ended their
    dispute on Monday. The accord was signed in Lima."): as for talks (meeting_sides), the two countries named
    as parties just before; only a deed of two sides (a row flagged ``sym``), never one told as not done, and
    never an accord told as new or any ("a new agreement was reached": which, and whose, the story has not
    said)."""
    tok = cand.trigger
    if cand.nominal or cand.sources or cand.targets or "sym" not in cand.entry.flags or not is_passive(tok):
        return []
    if prep_objects(tok, "by") or prep_objects(tok, "with") or negated_deed(tok):
        return []
    subj = next(iter(children(tok, "nsubjpass")), None)
    if subj is None or any(c.dep_ == "poss" or c.lower_ in _NEW_OR_ANY for c in subj.children):
        return []
    return _two_sides(doc, tok)


def _two_sides(doc: Document, tok: Token) -> list[str]:
    """The two countries named as parties (not as a place: the object of in/at/to/from ...) in ``tok``'s sentence
    before it and in the sentence before; exactly two, else none. In reach: where a story names the sides
    and then tells what they did together; further back, other pairs come and go."""
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(tok.i)
    sides: list[str] = []
    for t in doc.nlp[sents[max(0, here - 1)].start: tok.i]:
        aid = doc.actor_of_token(t)
        found = doc.actor(aid) if aid else None
        if found is None or found.kind != "country" or aid in sides:
            continue
        head = t
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in _setting_words():
            continue
        sides.append(aid)
    return sides if len(sides) == 2 else []


def _sentences_of(doc: Document, mentions) -> set[int]:
    """The numbers of the sentences that hold the mentions (by their first character)."""
    from ..actors.coref.common import sentence_finder

    number = sentence_finder(doc)
    return {number(m.start) for m in mentions}


def negated_deed(tok: Token) -> bool:
    """"No workers were injured", "nobody was hurt": a harm told as not done."""
    from .triggers import negated

    subj = next(iter(children(tok, "nsubjpass", "nsubj", "dobj")), None)
    return negated(tok) or subj is not None and names_nobody(subj)


_ANSWERING = frozenset({"respond", "react", "reply", "answer"})


def answered_accuser(doc: Document, cand: Candidate) -> list[str]:
    """Whom a rejection of claims answers, named by an adjunct of the rejecting verb itself: "dismissed the
    charges while replying to a report by the monitors" -> the monitors; "denied the claims while
    attacking the critics who made them" -> the critics. Only a claim rejected
    (its object a claim noun, event_status.tsv claim_noun); never the rejecting side's own."""
    from .context import rejects_claim

    tok = cand.trigger
    if cand.targets or not cand.sources or cand.entry.type != "REJECT" or not rejects_claim(cand):
        return []
    mine = set(cand.sources)
    for clause in children(tok, "advcl"):
        if clause.tag_ != "VBG":
            continue
        lemma = clause.lemma_.lower()
        if lemma in _ANSWERING:
            said = prep_objects(clause, "to")
            found = [a for s in said for a in who.actors(doc, s) + who.owner(doc, s)]
        elif any(e.type == "ACCUSE" for e in verbs().get(lemma, ())):
            found = [a for o in children(clause, "dobj") for a in who.actors(doc, o)]
        else:
            continue
        found = [a for a in found if not who.own_side(doc, a, mine)]
        if found:
            return found[:1]
    return []


# a judgement or a demand about an act of custody done to someone: "condemned Mhlanga's arrest", "called
# for the release of the activist", "protested against his deportation"
_ABOUT_CUSTODY = frozenset({"ACCUSE", "REQUEST", "REJECT", "PROTEST"})
_CUSTODY_TYPES = frozenset({"COERCE", "SANCTION"})
_PEOPLE = frozenset({"person", "group"})
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL"})


def _custody_acts(cand: Candidate) -> list[Token]:
    """The nouns of an act of custody a trigger judges or asks about: its object ("condemned his arrest"),
    a "for"/"against"/"over" phrase's object ("called for her release", "protested against the
    deportation of"), or, for a noun trigger, its own "for"/"of"/"over" phrase ("calls for his release").
    A noun of custody is one whose possessor is whom it is done to (event_nouns.tsv flag patient) and that
    codes coercion, an expulsion or a release."""
    tok = cand.trigger
    heads = [] if cand.nominal else children(tok, "dobj")
    for word in ("for", "against", "over", "of") if cand.nominal else ("for", "against", "over"):
        heads += prep_objects(tok, word)
    out = []
    for head in heads:
        for n in conjuncts(head):
            entries = noun_entries(n)
            if any("patient" in e.flags and (e.type in _CUSTODY_TYPES or e.mode == "release") for e in entries):
                out.append(n)
    return out


def custodian(doc: Document, cand: Candidate, earlier) -> list[str]:
    """Whom a judgement or demand about someone's arrest, detention, deportation or release is aimed at
    when its phrase names nobody: the state that holds the person. The doer of the latest coercion coded
    earlier against that person (as the state: its country when the article has it as an actor, the body
    itself otherwise: "police arrested Lai ... rights groups condemned Lai's arrest"); with none coded, for
    an arrest, detention or deportation (not a release: hostages are freed by their captors), the state of
    the person's own country when the article has it as an actor. Never the judging side itself."""
    if cand.targets or not cand.sources or cand.entry.type not in _ABOUT_CUSTODY:
        return []
    acts = _custody_acts(cand)
    if not acts:
        return []
    mine = set(cand.sources)
    for act in acts:
        held = [t for h in children(act, "poss") + prep_objects(act, "of") for t in who.actors(doc, h)]
        people = [a for a in held if (found := doc.actor(a)) is not None and found.kind in _PEOPLE and a not in mine]
        if not people:
            continue
        custody = _custody_before(earlier, people, cand.trigger.idx)
        if custody is not None:
            state = _as_state(doc, custody.source[0])
            return [state] if state not in mine and state not in people else []
        entries = noun_entries(act)
        if any(e.mode == "release" for e in entries) and not _told_held(doc, people):
            continue  # hostages are freed by their captors; a person told as jailed, by the state
        person = doc.actor(people[0])
        state = next((a.id for a in doc.actors if a.kind == "country" and person is not None and person.country
                      and a.country == person.country), None)
        if state and state not in mine:
            return [state]
    return []


def _told_held(doc: Document, people: list[str]) -> bool:
    """Whether the article describes one of these people as held by a state, by an adjective on a mention of
    them (word class held_describers: "jailed journalist Ana Ruiz", "the imprisoned publisher"; evparty24), so a
    call for their release is made of the state that holds them, as for an arrest coded before."""
    tokens = doc.tokens()
    for i in doc.token_numbers("lower", word_class("held_describers"), lower=True):
        if tokens[i].dep_ not in ("amod", "compound"):
            continue  # "police detained X": a verb, read as an arrest
        for tok in tokens[i + 1:i + 6]:  # the name in the same noun phrase ("jailed Guatemalan journalist X"),
            # read by position: the parser may hang the adjective on a title it makes a modifier of the next noun
            if doc.actor_of_token(tok) in people:
                return True
            if tok.pos_ not in _NAME_PHRASE:
                break
    return False


_NAME_PHRASE = frozenset({"ADJ", "PROPN", "NOUN"})


def _custody_before(earlier, people: list[str], before: int, arrest_only: bool = False):
    """The latest coercion or sanction coded earlier (its trigger before offset ``before``) against any of
    ``people`` whose doer is told (with ``arrest_only``, an arrest or detention only), else None."""
    return next(charged_before(earlier, before, lambda ev: (not arrest_only or ev.mode == "arrest") and bool(
        set(ev.target) & set(people)) and bool(ev.source), _CUSTODY_TYPES), None)


def _as_state(doc: Document, aid: str) -> str:
    """A body of the state (police, a court, the government, the army) as its country, when the article
    has that country as an actor; any other actor as itself."""
    found = doc.actor(aid)
    if found is None or found.kind == "country" or found.sector not in _STATE_SECTORS or not found.country:
        return aid
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == found.country), aid)


# ---- whom an attack struck, told around its object or its outcome --------------------------------------

_HARM_ADJUNCTS = frozenset({"kill", "wound", "injure", "inflict"})  # "..., killing six soldiers"
_DIED_IN = frozenset({"die", "kill", "wound", "injure", "hurt"})  # "six soldiers died in the attack"
_LEFT_AS = frozenset({"dead", "wounded", "injured"})  # "the raid left six soldiers dead"


def struck(doc: Document, cand: Candidate) -> list[str]:
    """Whom an armed attack was done to when its own phrase names no actor: the people its object holds or
    is named for ("ambushed a convoy carrying Nigerian soldiers", "attacked a checkpoint manned by police",
    "fired on two police patrols", "attacked a passenger train" where the article has the police or the
    passengers as an actor); the victims a harming adjunct names ("stepped up attacks, inflicting heavy
    losses on Somali troops", "shelled the town, killing six soldiers"); the people told as dying in it
    ("six soldiers died in an attack by the rebels"); or left dead by it ("the raid left nine soldiers
    dead"). Never the attacking side's own."""
    tok = cand.trigger
    if cand.targets or not cand.sources or cand.entry.type != "ASSAULT":
        return []
    mine = set(cand.sources)
    for found in _held_by_object(doc, cand), _harmed_by_adjunct(doc, cand), _dead_in(doc, tok):
        found = [a for a in found if not who.own_side(doc, a, mine)]
        if found:
            return found[:2]
    return []


def struck_country(doc: Document, cand: Candidate) -> list[str]:
    """The country an attack told by a verb is done in, when nothing else names whom it struck (target role
    `located` of event_verbs.tsv, as for the nouns): "drones struck the power grid in Kharkiv", "shelled villages
    across the region" -> the country of the place under the verb or its object (who.located_countries: never
    the doer's own state at home). Only force by a side that can fight (triggers.may_fight: a state, armed men,
    rebels, police): "dockworkers strike in Rotterdam" is a walkout, no attack on the Netherlands. Aid a row reads
    with role `located` goes to the country of the work it pays for, as gold codes a funded port: "the World Bank
    funded a dam in Mali" -> Mali (evaid19)."""
    if cand.targets or not cand.sources or cand.nominal or cand.entry.type not in ("ASSAULT", "AID") \
            or "located" not in cand.entry.target:
        return []
    if cand.entry.type == "ASSAULT" and not all(may_fight(doc, s) for s in cand.sources):
        return []
    obj = child(cand.trigger, "dobj")
    found = who.located_countries(doc, cand.trigger, obj, cand.sources)
    # the place of what the object is aimed at: "fired rounds aimed at a post in Ukraine" (triggers.aimed_at)
    for aim in ([] if found or obj is None else aimed_at([obj])):
        found = who.located_countries(doc, aim, None, cand.sources)
        if found:
            break
    return found


def _struck_objects(cand: Candidate) -> list[Token]:
    tok = cand.trigger
    roles = [r for r in cand.entry.target if r not in ("dobj", "dative")]
    objs = [] if cand.nominal else children(tok, "dobj")
    for word in dict.fromkeys(roles + ["on", "at", "against"]):
        objs += prep_objects(tok, word)
    return [o for o in objs if o.pos_ == "NOUN"]


def _held_by_object(doc: Document, cand: Candidate) -> list[str]:
    """The people a thing attacked carries, is manned by, or is named for: "a convoy carrying soldiers",
    "a post manned by police", "a police patrol" (the noun naming a group the article has as an actor)."""
    out: list[str] = []
    for obj in _struck_objects(cand):
        if doc.actor_of_token(obj):
            continue  # an actor itself: the trigger's own reading had it
        for c in obj.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN":
                out += who.actors(doc, c) or _group_named(doc, c)
            elif c.dep_ == "acl" and c.pos_ == "VERB":
                for held in children(c, "dobj") + prep_objects(c, "by"):
                    out += who.actors(doc, held)
    return list(dict.fromkeys(out))


def _group_named(doc: Document, noun: Token) -> list[str]:
    """The one group actor of the article named by the noun alone ("police" -> the group "police",
    "passenger" -> "passengers"), else none."""
    forms = {noun.lower_, noun.lemma_.lower(), noun.lemma_.lower() + "s"}
    found = [a.id for a in doc.actors if a.kind == "group" and a.name.lower().removeprefix("the ") in forms]
    return found if len(found) == 1 else []


def _harmed_by_adjunct(doc: Document, cand: Candidate) -> list[str]:
    """Victims an attack's participle adjunct names: "..., killing six soldiers", "..., inflicting losses on
    the army"; a noun trigger's adjunct hangs on the verb that brings it in ("stepped up attacks, ...")."""
    tok = cand.trigger
    holder = tok.head if cand.nominal and tok.dep_ == "dobj" else tok
    if holder.pos_ != "VERB":
        return []
    out: list[str] = []
    for part in children(holder, "advcl", "conj", "xcomp"):
        lemma = part.lemma_.lower()
        if part.tag_ != "VBG" or lemma not in _HARM_ADJUNCTS:
            continue
        if lemma == "inflict":
            out += [a for o in prep_objects(part, "on") for a in who.actors(doc, o)]
            out += [a for d in children(part, "dobj") for o in prep_objects(d, "on") for a in who.actors(doc, o)]
        else:
            out += [a for o in children(part, "dobj") for a in who.actors(doc, o)]
    return out


def _dead_in(doc: Document, tok: Token) -> list[str]:
    """The people told as dying, killed or hurt in an attack told by a noun ("six soldiers died in an attack
    by the rebels", "two guards were wounded in the raid"), or left dead by it ("the raid left nine soldiers
    dead")."""
    if tok.pos_ != "NOUN":
        return []
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in _DIED_IN:
        return [a for s in children(head.head, "nsubj", "nsubjpass") for a in who.actors(doc, s)]
    if tok.dep_ == "nsubj" and head.lemma_.lower() == "leave":
        return [a for o in children(head, "dobj") if any(c.lower_ in _LEFT_AS for c in o.children)
                or any(c.lower_ in _LEFT_AS for c in children(head, "oprd", "ccomp", "acomp"))
                for a in who.actors(doc, o)]
    return []


def _defied_askers(doc: Document, tok: Token, mine: set[str]) -> list[str]:
    """Who asked for what a side refuses, told in a concessive phrase on the refusing verb (verbal26): "despite
    calls from the African Union, Chad refused to release him", "refused to lift the ban despite protests and
    lobbying by traders" -> the askers: the "from"/"by" phrase of a noun of asking or protest (word class
    defied_askings, prepositions word class concessive_prepositions) or of its conjunct, else its possessor."""
    for p in children(tok, "prep"):
        if p.lower_ not in word_class("concessive_prepositions"):
            continue
        for noun in children(p, "pobj"):
            nouns = [noun, *(c for c in noun.children if c.dep_ == "conj")]
            if not any(n.lemma_.lower() in word_class("defied_askings") for n in nouns):
                continue
            heads = [o for n in nouns for q in ("from", "by") for o in prep_objects(n, q)] \
                + [h for n in nouns for h in children(n, "poss")]
            found = [a for h in heads for a in who.actors(doc, h) if not who.own_side(doc, a, mine)]
            if found:
                return list(dict.fromkeys(found))[:1]
    return []


def refused_party(doc: Document, cand: Candidate) -> list[str]:
    """Whom a refusal to do something is aimed at when its own roles name nobody: an actor the refused act
    takes as its object, its subject's object or a phrase of either ("refused to attend talks hosted by
    the African Union", "refused to deploy troops in Iraq", "refused to commit assistance to the
    U.S.-led war": a modifier of such a word, "refused to allow U.N. planes to land"), never the refusing
    side's own, nor the owner of a body ("a hearing by the U.N.'s highest court"); not one
    named deeper in a phrase of a phrase ("a hearing by the court over a dispute with Somalia"). With
    none named, the event has no target and is not kept (filters.addressed)."""
    tok = cand.trigger
    if cand.targets or not cand.sources or cand.entry.type != "REJECT" or cand.nominal or tok.pos_ != "VERB":
        return []
    mine = set(cand.sources)
    askers = _defied_askers(doc, tok, mine)
    if askers:
        return askers
    for clause in children(tok, "xcomp"):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        parts = children(clause, "dobj") + [s for c in children(clause, "ccomp", "xcomp") for s in
                                            children(c, "nsubj")]
        phrases = [o for p in children(clause, "prep") for o in children(p, "pobj")]
        held = parts + phrases + [o for h in parts + phrases for p in children(h, "prep", "acl")
                                  for o in children(p, "pobj") + prep_objects(p, "by")]
        for t in held:
            if own_possessed(doc, t, mine):
                continue  # the refusing side's own: "refused to hand over its soldiers" (verbal26)
            named = who.actors(doc, t) or [a for m in children(t, "amod", "compound", "nmod") if m.i < t.i
                                           for x in m.subtree for a in who.actors(doc, x)]  # "the U.S.-led war"
            found = [a for a in named if not who.own_side(doc, a, mine)]
            if found:
                return found[:1]
    return []

