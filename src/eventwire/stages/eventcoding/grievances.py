"""Grievances a speaker voices against a party where no judging verb carries them (round 25, accuse25).

A careful coder records an ACCUSE (CAMEO 111) where a speaker puts a party's conduct in doubt or is displeased
with what it did, though no verb of accusing is used:

- ``doubted``: a noun of doubt raised about a party or its thing ("raised questions about the ministry's
  competence", "cast doubt on Kenya's commitment"), or a verb of doubt taking a party's thing ("questioned the
  agency's independence"); the party is the phrase's own actor or its owner (possessor, "of", "by", "from").
- ``felt``: an adjective of displeasure or of condemnation with a "that" clause telling what a party did or did
  not do ("was dismayed that the ministry cut the grants", "it is unacceptable that the ministry has not
  paid"); the party is the clause's subject (not a victim: a passive's subject; not the speaker's own side).
- ``published_criticism``: an adjective of criticism on a work someone put out ("posted videos critical of the
  mayor's policies") -> ACCUSE whoever put it out -> the party of its "of" phrase.
- ``critics``: a noun for who criticizes a party ("critics of the governor's policies", "X, a critic of the
  junta") -> ACCUSE the critics, or whom the noun describes -> the party.
- ``directed_from``: who directs a deed from afar placed by a speaker in a country ("the bombers were in touch
  with handlers in X") -> ACCUSE speaker -> the country.
- ``filed_claim`` (round 26, accscan26): a legal filing alleging what a party did ("the lawsuit alleges the
  ministry blocked lawyers", "a complaint filed by X claims that ...") -> ACCUSE whoever brought it (the filing's
  own "by" agent or possessor, else the latest lawsuit filed or suit brought earlier in the article; an
  indictment's, the prosecution named before) -> the party the clause or object names.
  (A party accused with no accuser named, "were accused of planning to kidnap", is left: the development gold
  codes the deed told, not an accusation by the prosecution; tried and taken back in accscan26.)
- ``shown_attitude`` (round 28, evaccuse28): a party's conduct said by a speaker to show a bad attitude ("the
  junta's actions show contempt for the courts", "the ban reveals fear of dissent") -> ACCUSE speaker -> the party.
- ``disputed_proof``: the proof brought against a side dismissed ("the evidence is flimsy", "the testimony will
  not prove that ...") -> REJECT (CAMEO 120) speaker -> whoever put the proof forward, else the prosecution.

The speaker is the subject of the clause the word stands in when that names an actor ("the senator raised
questions about ..."); when it is the speaker's own "I"/"we", or a thing ("the audit raises questions ..."),
the speaker of the quote or report the word stands in (``participants.speaker_at``, the quotes stage's
attributions). Words: lexicons/grievance_words.tsv, one class per reader (its judging, failing and misdeed
classes are read by the speech judgements and the claims reader). Not coded: a word negated,
under a condition or in a question; a party of the speaker's side; a pair already accused in the article (one
stance per pair, as the claims reader codes it).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import Document, sentence_of
from ...lexicon import table
from ...record import Event, Span, Trigger
from ..actors.words import group_head
from . import participants as who
from . import context
from .speech import CONDITIONS, under_condition
from .tree import child, children, is_passive, negated, subject

ACCUSE_CAMEO, REJECT_CAMEO = "111", "120"
_DOUBT_PREPS = frozenset({"about", "over", "on", "regarding", "concerning"})
_DOUBT_VERBS = frozenset({"raise", "pose", "cast", "have", "voice", "express", "throw"})
_OWNER_PREPS = frozenset({"of", "by", "from"})
_AIM_PREPS = frozenset({"toward", "towards", "against"})  # a party's attitude aimed at someone (owned_attitude)
_COPULAS = frozenset({"be", "feel", "remain", "seem", "become", "appear"})
_FIRST = who.FIRST_PERSON | who.SPEAKER_PLURAL


@lru_cache(maxsize=None)
def words(kind: str) -> frozenset[str]:
    """The words of one class of grievance_words.tsv (judging, failing, misdeed, doubt, doubting, feeling, critical,
    publication, critic, directing, proof, weak_proof, proving, prosecuting)."""
    return frozenset(row["word"].lower() for row in table("grievance_words.tsv") if row["class"] == kind)


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    return words("doubt") | words("doubting") | words("feeling") | words("feeling_noun") | words("critical") | words("directing") \
        | words("proof") | words("critic") | words("perpetrator") | words("alleging") | words("attitude") | {"those"}


def events(doc: Document, earlier: list[Event]) -> list[Event]:
    """The grievances of the article, numbered after ``earlier``; none for a pair an ACCUSE already holds."""
    if doc.nlp is None:
        return []
    accused = {(s, t) for e in earlier if e.type == "ACCUSE" for s in e.source for t in e.target}
    rejected = {(s, t) for e in earlier if e.type == "REJECT" for s in e.source for t in e.target}
    triggers = {e.trigger.start for e in earlier}  # a word another rule codes already ("questioned the
    # findings" is a verb row's REJECT)
    lowers, lemmas, poses = doc.token_strings("LOWER"), doc.token_strings("LEMMA", lower=True), doc.token_strings("POS")
    cues = _cues()
    tokens = doc.tokens()
    out: list[Event] = []
    for i in range(len(tokens)):
        if lowers[i] not in cues and lemmas[i] not in cues:
            continue  # the cheap test: most words are no cue
        tok = tokens[i]
        if tok.idx in triggers:
            continue
        if poses[i] == "NOUN" and lemmas[i] in words("doubt"):
            name, found = "doubt", doubted(doc, tok)
        elif poses[i] == "VERB" and lemmas[i] in words("doubting"):
            name, found = "doubting", questioned(doc, tok)
        elif poses[i] in ("ADJ", "VERB") and (lowers[i] in words("feeling") or lemmas[i] in words("feeling")):
            name, found = "feeling", felt(doc, tok)
        elif poses[i] == "NOUN" and lemmas[i] in words("feeling_noun") and tok.dep_ == "attr":
            name, found = "feeling_noun", felt(doc, tok)  # "it is a shame that the council closed it"
        elif poses[i] == "ADJ" and lowers[i] in words("critical"):
            name, found = "critical", published_criticism(doc, tok)
        elif poses[i] == "NOUN" and lemmas[i] in words("directing"):
            name, found = "directing", directed_from(doc, tok)
        elif poses[i] in ("NOUN", "PRON") and (lemmas[i] in words("perpetrator")
                                                or lowers[i] == "those" and _involved(tok)):
            name, found = "directing", directed_from(doc, tok, own_phrase=False)
        elif poses[i] == "NOUN" and lemmas[i] in words("attitude") and tok.dep_ == "dobj":
            name, found = "attitude", shown_attitude(doc, tok)  # "X's actions show contempt for Y"
        elif poses[i] == "NOUN" and lemmas[i] in words("attitude"):
            name, found = "attitude", owned_attitude(doc, tok)  # "their hostility is directed at women"
        elif poses[i] == "NOUN" and lemmas[i] in words("critic"):
            name, found = "critic", critics(doc, tok)
        elif poses[i] in ("VERB", "ADJ") and lemmas[i] in words("alleging"):
            name, found = "filing", filed_claim(doc, tok, earlier)
        elif poses[i] == "NOUN" and (lowers[i] in words("proof") or lemmas[i] in words("proof")):
            found = disputed_proof(doc, tok, earlier)
            if found is not None and (found[0], found[1][0]) not in rejected:
                rejected.add((found[0], found[1][0]))
                out.append(_event(found[2], "proof", found[0], found[1][0], len(earlier) + len(out) + 1, "REJECT"))
            continue
        else:
            continue
        if found is None:
            continue
        source, targets = found
        for target in targets:
            if target == source or who.judges_own_side(doc, target, source) or (source, target) in accused:
                continue
            accused.add((source, target))
            out.append(_event(tok, name, source, target, len(earlier) + len(out) + 1))
    return out


def _open(tok: Token) -> bool:
    """A word told plainly: not negated, not under a condition, not in a question."""
    sent = sentence_of(tok)
    return not negated(tok) and not under_condition(tok) and not _conditioned(tok) \
        and not sent.text.rstrip(" \"'”’").endswith("?")


def _conditioned(tok: Token) -> bool:
    """A predicate with an "if"/"unless" clause of its own: "if the figures are wrong, X will raise questions"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
               for c in tok.children)


def doubted(doc: Document, noun: Token) -> tuple[str, list[str]] | None:
    """(speaker, parties) of a noun of doubt raised about a party's thing: the noun the object of a verb of
    raising ("raise questions about", "cast doubt on"), its about/over/on phrase on the noun or on that verb."""
    verb = noun.head
    if verb.lemma_.lower() == "have" and noun.lemma_.lower() != "doubt":
        return None  # "reporters had questions about the president's health": asked, not raised against him
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _DOUBT_VERBS or not _open(verb) \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    objects = [o for p in (*children(noun, "prep"), *children(verb, "prep")) if p.lower_ in _DOUBT_PREPS
               for o in children(p, "pobj")]
    parties = [a for o in objects for a in _party_of(doc, o)]
    if not parties:
        return None
    speaker = _voice(doc, verb)
    return (speaker, parties) if speaker else None


def questioned(doc: Document, verb: Token) -> tuple[str, list[str]] | None:
    """(speaker, parties) of a verb of doubt whose object is a party's thing ("questioned the agency's
    independence", "question the Gallup poll": a name in the object's compound); not a party itself ("questioned
    the suspect": an interrogation) nor a passive. (A disputed account, "questioned the figures", is a verb row's
    REJECT, read first.)"""
    obj = child(verb, "dobj")
    if obj is None or obj.pos_ != "NOUN" or is_passive(verb) or not _open(verb) or doc.actor_of_token(obj):
        return None
    named = [a for c in children(obj, "compound") for a in who.actors(doc, c)]  # "the Gallup poll"
    if who.actors(doc, obj) and (not named or set(who.actors(doc, obj)) - set(named)):
        return None  # the object is a party itself; a nationality word before it names no thing's owner:
        # "arrested and questioned the Ugandan activist X" is an interrogation (reqscan26)
    parties = _owners(doc, obj) or named
    if not parties:
        return None
    speaker = _voice(doc, verb)
    return (speaker, parties) if speaker else None


def felt(doc: Document, adj: Token) -> tuple[str, list[str]] | None:
    """(speaker, parties) of an adjective of displeasure with a "that" clause telling a party's deed: "was
    dismayed that the ministry cut the grants", "it is unacceptable that the ministry has not paid"; or a noun
    of the same said by a copula ("it is a shame that the council closed the clinic": grievance_words.tsv
    feeling_noun)."""
    if adj.dep_ in ("acomp", "attr") and adj.head.lemma_.lower() in _COPULAS:
        head = adj.head
    elif any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in adj.children):
        head = adj  # the parser's verb of the adjective: "I'm disappointed that ...", "it was damning that ..."
    else:
        return None
    if not _open(head) or negated(adj):
        return None
    clauses = [c for c in {*children(adj, "ccomp"), *children(head, "ccomp")} if c.i > adj.i]
    if adj.pos_ == "NOUN":  # "a shame that the council closed it": the parser hangs the content on the noun
        clauses += [c for c in children(adj, "acl", "relcl")  # (a relative "that" is the clause's subject or object)
                    if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    parties: list[str] = []
    for clause in clauses:
        if is_passive(clause):
            continue  # "outraged that protesters were beaten": the subject suffered it
        subj, _ = subject(clause)
        if subj is None or subj.pos_ == "PRON" or subj.lower_ in _FIRST:
            continue
        parties += who.actors(doc, subj)
    if not parties:
        return None
    speaker = _voice(doc, head)
    return (speaker, parties) if speaker else None


def published_criticism(doc: Document, adj: Token) -> tuple[str, list[str]] | None:
    """(who put the work out, parties) of an adjective of criticism on a work ("posting videos critical of the
    mayor's handling of X", "published an article critical of Beijing"): the work the object of an active verb
    (through "a series of", "a number of") whose subject names an actor; the party the adjective's "of" phrase
    names or owns."""
    work = adj.head
    if adj.dep_ not in ("amod", "acl") or work.pos_ != "NOUN" or work.lemma_.lower() not in words("publication") \
            or negated(adj):
        return None
    parties = [a for p in children(adj, "prep") if p.lower_ == "of" for o in children(p, "pobj")
               for a in _party_of(doc, o)]
    t = work
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "a series of videos critical of ...": the series is what is posted
    if not parties or t.dep_ != "dobj" or is_passive(t.head) or not _open(t.head):
        return None
    subj, _ = subject(t.head)
    makers = who.actors(doc, subj) if subj is not None and subj.lower_ not in _FIRST else []
    return (makers[0], parties) if makers else None


def shown_attitude(doc: Document, noun: Token) -> tuple[str, list[str]] | None:
    """(speaker, parties) of a noun of a bad attitude (grievance_words.tsv attitude) a party's conduct is said to
    show (revealing: "the junta's actions show contempt for the courts", "the ban reveals fear of dissent", "the
    police have shown disregard for the law"): the party the subject of the verb of showing names, else the
    subject's owner, else the noun's own owner ("the decree reveals the council's fear of dissent"); the speaker
    the one whose words hold it (participants.speaker_at: the writer's own sentence accuses no one). Not negated,
    not under a condition or in a question."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("revealing") or is_passive(verb) or not _open(verb):
        return None
    subj, _ = subject(verb)
    if subj is None or subj.pos_ == "PRON" and not who.linked_pronoun(doc, subj):
        return None
    parties = (who.linked_pronoun(doc, subj) if subj.pos_ == "PRON" else who.actors(doc, subj) or _owners(doc, subj)) \
        or [a for p in children(noun, "poss") if p.pos_ != "PRON" for a in who.actors(doc, p)]
    speaker = _teller(doc, verb)
    if not parties or not speaker:
        return None
    return speaker, [p for p in parties if p != speaker]


def owned_attitude(doc: Document, noun: Token) -> tuple[str, list[str]] | None:
    """(speaker, parties) of a party's own bad attitude (grievance_words.tsv attitude) said in a speaker's words to be
    aimed at someone: the noun's possessor a party (a pronoun by the actors stage's link), the noun the subject of
    a verb of aiming ("their hostility is directed at women": aiming) or with a "toward"/"against" phrase ("Iran's
    hostility toward its minority"). The writer's own sentence accuses no one (participants.speaker_at)."""
    aimed = noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in words("aiming") and _open(noun.head)
    if not aimed and not any(p.lower_ in _AIM_PREPS for p in children(noun, "prep")):
        return None
    if noun.dep_ == "dobj" or negated(noun) or not _open(noun.head):
        return None
    parties = [a for p in children(noun, "poss") for a in (who.linked_pronoun(doc, p) if p.pos_ == "PRON"
                                                          else who.actors(doc, p))]
    speaker = _teller(doc, noun.head if noun.dep_ == "nsubjpass" else noun)
    parties = [p for p in parties if p != speaker]
    return (speaker, parties) if speaker and parties else None


def _teller(doc: Document, pred: Token) -> str | None:
    """Who tells a clause: the subject of the verb of saying it is the content of ("X told VOA (that) ...", "X
    believes ..."), read off the parse; else the speaker of the quote or report it stands in."""
    head = pred.head if pred.dep_ == "ccomp" else None
    if head is not None and head.pos_ == "VERB" and head.lemma_.lower() in _telling() and not negated(head):
        subj, _ = subject(head)
        named = who.actors(doc, subj) if subj is not None and subj.lower_ not in _FIRST else []
        if named:
            return named[0]
    return who.speaker_at(doc, pred.idx)


@lru_cache(maxsize=1)
def _telling() -> frozenset[str]:
    from .words import cues, word_class
    return cues("speech") | word_class("contest_verbs") | word_class("suspecting_verbs")


def critics(doc: Document, noun: Token) -> tuple[str, list[str]] | None:
    """(critic, parties) of a noun for who criticizes, with an "of" phrase naming the party or owned by it
    ("critics of the governor's policies", "a critic of the junta"): the critic the actor the noun names, or
    whom it describes (an apposition's head, a copula's subject: "X, a critic of Y", "X is a critic of Y")."""
    parties = [a for p in children(noun, "prep") if p.lower_ == "of" for o in children(p, "pobj")
               for a in _party_of(doc, o)]
    if not parties:
        return None
    named = [a for a in who.actors(doc, noun) if a not in parties]
    if not named and noun.dep_ == "appos":
        named = who.actors(doc, noun.head)
    elif not named and noun.dep_ == "attr" and noun.head.lemma_ == "be" and not negated(noun.head):
        subj, _ = subject(noun.head)
        named = who.actors(doc, subj) if subj is not None and subj.lower_ not in _FIRST else []
    named = [a for a in named if a not in parties]
    return (named[0], parties) if named else None


_LOCATING = frozenset({"be", "base", "locate", "hide", "operate", "sit", "live", "shelter"})
_LOCATING_PREPS = frozenset({"in", "from", "inside"})


def _involved(tok: Token) -> bool:
    """"those involved in the attack", "those behind it", "those responsible for it"."""
    return any(c.lemma_.lower() in words("involved") or c.lower_ in words("involved")
               for c in tok.children if c.dep_ in ("acl", "prep", "amod", "relcl"))


def directed_from(doc: Document, noun: Token, own_phrase: bool = True) -> tuple[str, list[str]] | None:
    """(speaker, countries) of a noun for who directs a deed from afar, placed by a speaker's words in a country:
    "the attackers were in contact with handlers in X", "the plot's masterminds are based in X", "X-based
    handlers"; with ``own_phrase`` off (the doers themselves: "the attackers", "those involved in the attack") only
    by the verb that places them ("are based in X"). Only in what a speaker says (the quotes stage's spoken
    attributions): the writer's own account
    names no accuser."""
    speaker = who.speaker_at(doc, noun.idx, spoken_only=True)
    if speaker is None or not _open(noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun) \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # (denied: "the bombers had no handlers in X")
    preps = [p for p in children(noun, "prep") if p.lower_ in _LOCATING_PREPS] if own_phrase else []
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _LOCATING:
        preps += [p for p in children(noun.head, "prep") if p.lower_ in _LOCATING_PREPS]
    places = [o for p in preps for o in children(p, "pobj")]
    places += children(noun, "amod", "compound") if own_phrase else []
    countries = [a for o in places for a in who.actors(doc, o)
                 if (x := doc.actor(a)) is not None and x.kind == "country"]
    return (speaker, countries) if countries else None


def disputed_proof(doc: Document, noun: Token, earlier: list[Event]) -> tuple[str, list[str], Token] | None:
    """(speaker, [whoever brought the proof], the judging word) of a speaker's dismissal of a proof: the proof noun
    the subject of a weak-proof word on a copula ("the evidence was circumstantial") or of a proving verb negated
    ("the evidence would not show that ..."); in a spoken attribution, not under a condition nor asked."""
    speaker = who.speaker_at(doc, noun.idx, spoken_only=True)
    head = noun.head
    if speaker is None or noun.dep_ != "nsubj" or under_condition(head) or _conditioned(head):
        return None
    if head.lemma_ == "be" and not negated(head):
        cue = next((c for c in children(head, "acomp", "attr")
                    if c.lower_ in words("weak_proof") and not negated(c)), None)
    elif head.pos_ == "VERB" and head.lemma_.lower() in words("proving") and negated(head):
        cue = head
    else:
        return None
    if cue is None or sentence_of(noun).text.rstrip(" \"'”’").endswith("?"):
        return None
    maker = [a for a in context.put_forward_maker(doc, noun, {speaker}) if not who.own_side(doc, a, {speaker})]
    maker = maker or _prosecution(doc, noun, speaker)
    return (speaker, maker[:1], cue) if maker else None


def filed_claim(doc: Document, verb: Token, earlier: list[Event]) -> tuple[str, list[str]] | None:
    """(filer, parties) of a verb of alleging whose subject is a legal filing (grievance_words.tsv filing:
    "the lawsuit alleged the ministry had blocked lawyers", "one suit ..., alleging the transfers break the
    law"); the parties are the subject of its "that" clause (not a passive's: those are the victims) or its
    object ("the complaint accuses the mayor of ..."). Told plainly only."""
    if not _open(verb):
        return None
    subj, carrier = subject(verb)
    if subj is None and verb.dep_ == "advcl":
        subj, carrier = subject(verb.head)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in words("filing"):
        return None
    filer = _filer(doc, subj, earlier)
    if filer is None:
        return None
    parties: list[str] = []
    for clause in children(verb, "ccomp"):
        inner = child(clause, "nsubj")
        if inner is not None and not is_passive(clause) and inner.pos_ != "PRON":
            parties += who.actors(doc, inner)
    if not parties:
        parties = [a for o in children(verb, "dobj") if o.pos_ != "PRON" for a in who.actors(doc, o)]
    return (filer, parties) if parties else None


def _filer(doc: Document, filing: Token, earlier: list[Event]) -> str | None:
    """Who brought a legal filing: its own "by" agent ("a suit filed by X") or possessor ("X's lawsuit"), else
    (an indictment) the prosecution named before, else the source of the latest lawsuit brought earlier in the
    article (an event of a verb of suing or filing, event_verbs.tsv sue / file)."""
    for verb in children(filing, "acl"):
        for agent in children(verb, "agent"):
            found = [a for o in children(agent, "pobj") for a in who.actors(doc, o)]
            if found:
                return found[0]
    found = [a for p in children(filing, "poss") if p.pos_ != "PRON" for a in who.actors(doc, p)]
    if found:
        return found[0]
    if filing.lemma_.lower() in words("prosecuting_filing"):
        found = _prosecution(doc, filing, "")
        return found[0] if found else None
    suits = [e for e in earlier if e.source and e.trigger.start < filing.idx
             and (e.rule == "verb:sue" or e.rule.startswith("verb:file/"))]
    return max(suits, key=lambda e: e.trigger.start).source[0] if suits else None


def _prosecution(doc: Document, noun: Token, speaker: str, later: bool = False) -> list[str]:
    """The prosecution named latest before the noun in the article: an actor whose name ends in a prosecuting word
    ("prosecutors", "the state prosecutor", "the prosecution", "the Crown"), not the speaker's side; ``later``
    (a trial or charges told before the story names who brings them, agents.state_doer): else the one named
    first after it."""
    best: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for actor in doc.actors:
        last = group_head(actor)
        if last not in words("prosecuting") or who.own_side(doc, actor.id, {speaker}):
            continue
        before = [m.start for m in actor.mentions if m.start < noun.idx]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), actor.id)
        since = [m.start for m in actor.mentions if m.start > noun.idx]
        if since and (after is None or min(since) < after[0]):
            after = (min(since), actor.id)
    if best is None and later and after is not None:
        return [after[1]]
    return [best[1]] if best else []


def prosecution(doc: Document, deed: Token) -> list[str]:
    """Who brings a trial or charges told with no doer (agents.state_doer): the prosecution the story names
    (_prosecution, before the deed, else after it)."""
    return _prosecution(doc, deed, "", later=True)


def _party_of(doc: Document, obj: Token) -> list[str]:
    """The actor a doubted phrase names ("questions about Kenya"), else its owner ("about the government's
    ability", "about the conduct of the police")."""
    if obj.pos_ == "PRON":
        return []
    return who.actors(doc, obj) or _owners(doc, obj)


def _owners(doc: Document, noun: Token) -> list[str]:
    """Whose thing a noun is: its possessor (a pronoun only by the actors stage's link, participants.linked_pronoun:
    the events stage's own guess at "their figures" in someone's words is too loose; evcoref27), else the actor of
    its "of"/"by"/"from" phrase."""
    found = [a for p in children(noun, "poss") for a in (who.linked_pronoun(doc, p) if p.pos_ == "PRON"
                                                          else who.actors(doc, p))]
    for prep in children(noun, "prep"):
        if not found and prep.lower_ in _OWNER_PREPS:
            found = [a for o in children(prep, "pobj") if o.pos_ != "PRON" for a in who.actors(doc, o)]
    return found


def _voice(doc: Document, pred: Token) -> str | None:
    """Who voices the grievance: the predicate's subject when it names an actor; the speaker of the quote or
    report it stands in when the subject is the speaker's own "I"/"we", a thing, or a pronoun no actor stands for."""
    subj, _ = subject(pred)
    if subj is not None and subj.lower_ not in _FIRST and subj.lower_ != "it":
        named = who.actors(doc, subj)
        if named:
            return named[0]
        if subj.pos_ == "PROPN" or doc.actor_of_token(subj):
            return None
    return who.speaker_at(doc, pred.idx)


def _event(tok: Token, name: str, source: str, target: str, number: int, kind: str = "ACCUSE") -> Event:
    sent = sentence_of(tok)
    word = tok.lower_ if tok.lower_ in words(name) or kind != "ACCUSE" else tok.lemma_.lower()
    return Event(
        id=f"e{number}", type=kind, source=[source], target=[target],
        sentence=Span(sent.start_char, sent.end_char), trigger=Trigger(tok.text, tok.idx, tok.idx + len(tok)),
        rule=f"grievance:{name}/{word}",
        mode="disapprove" if kind == "ACCUSE" else None, cameo=ACCUSE_CAMEO if kind == "ACCUSE" else REJECT_CAMEO,
        status="asserted", according_to=[], confidence=0.5,
    )
