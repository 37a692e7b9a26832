"""Accusations carried by what is claimed: a misdeed told in the content of a verb of saying or claiming.

A careful coder records an accusation where no judging verb carries it: "the opposition claimed the army
rigged the vote" is the opposition accusing the army; "Caracas argues that Guyana illegally seized the
land" is Venezuela accusing Guyana. The rule (``claim:misdeed/<verb>``) reads the parse: a verb of
saying or claiming (event_status.tsv speech, event_word_classes.tsv contest_verbs) whose "that" clause
(the clause, its coordinated verbs and the verbs they try or seek to do) tells a misdeed - a verb of
``misdeed_verbs`` or of the lexicons' ASSAULT rows, any verb done in a wrongful manner
(``misdeed_manners``: "illegally forced"), a verb whose object is a wrong (event_status.tsv wrongdoing:
"committed abuses") - with a named doer: the active subject or the passive's "by" phrase. The speaker
(the subject of the saying verb) accuses the doer: ACCUSE, CAMEO 112, asserted (the saying is the deed).

Not coded: a deed told as possible, planned, asked for or denied ("could attack", "should not lie",
"had not violated"), a saying verb negated, the speaker's own deed or own side's ("said it had killed"), news
passed on (``relaying_verbs``: "confirmed", "reported"; a news outlet's plain "said"), and,
under a plain reporting verb ("said", "told"), a deed the lexicons code as an event of its own: "officials
said rebels attacked the villages" is the attack, reported by the officials, as the gold codes it; only a
contest verb ("claimed", "argued", "insisted") makes such an account an accusation as well.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Token

from ...document import Document, sentence_of, starts_of
from ...record import Event, Span, Trigger
from . import participants as who
from . import reporting, speech
from .filters import doubted, unshown
from .tree import child, children, has_child, is_passive, passive_conjunct, prep_objects, subject
from .triggers import exhorted, match, negated, to_blame
from .words import cues, cues_and_classes, nouns, verbs, word_class

ACCUSE_CAMEO = "112"
_CLAUSE_DEPS = ("ccomp",)  # the content of a saying verb ("claimed (that) the army rigged the vote")
_ATTEMPTS = ("xcomp",)  # "tried to rig", "sought to interfere": the verbs a clause's verb tries to do


def events(doc: Document, earlier: list[Event]) -> list[Event]:
    """The accusations told as claims, numbered after ``earlier``; none where an ACCUSE of the same pair is
    coded in the article already (as the speech module tells one stance once per party)."""
    if doc.nlp is None:
        return []
    coded_deeds = {e.trigger.start for e in earlier}
    accused = {(s, t) for e in earlier if e.type == "ACCUSE" for s in e.source for t in e.target}
    out: list[Event] = []

    def add(lemma: str, speakers: list[str], found: list[tuple[Token, list[str]]]) -> None:
        contest = lemma in word_class("contest_verbs") or lemma in word_class("charging_statements") \
            or lemma in word_class("suspecting_verbs")  # (a wrong suspected is charged, even one coded as done)
        if lemma in word_class("relaying_verbs"):
            return  # "police confirmed", "the paper reported": news passed on, no charge by the teller
        if not contest:  # a news outlet saying what happened reports it; only a contest verb makes it a charge
            speakers = [s for s in speakers if (a := doc.actor(s)) is None or a.kind != "media"]
        for deed, doers in found:
            if set(doers) & set(speakers):
                continue  # the speakers among the doers: their own deed told ("said they had seized"), or a misparse
            if not contest and deed.idx in coded_deeds and not _asked_to_stop(deed):
                continue  # "said rebels attacked": the attack itself, reported (but "X must stop its attacks" blames X)
            if deed.idx in coded_deeds and lemma in word_class("suspecting_verbs") and _planned(deed) \
                    and not _wrong_in_itself(deed):
                continue  # "fears the army will attack": the attack, coded as planned, is no charge ("will illegally
                # seize", "will rig" still are)
            for source in speakers:
                for target in doers:
                    if target == source or who.judges_own_side(doc, target, source) \
                            or (source, target) in accused:
                        continue
                    accused.add((source, target))
                    out.append(_event(deed, lemma, source, target, len(earlier) + len(out) + 1))

    saying = cues_and_classes(("speech",), ("contest_verbs", "voicing", "suspecting_verbs"))
    tokens = doc.tokens()
    for i in doc.token_numbers("LEMMA", saying, lower=True):  # the parse: a saying verb and its "that" clause
        tok = tokens[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or negated(tok) or is_passive(tok):
            continue
        speakers = _speakers(doc, tok)
        if speakers:
            add(lemma, speakers, misdeeds(doc, tok, feared=lemma in word_class("suspecting_verbs")))
            for clause in _voiced_clauses(tok):  # accscan26: "repeated the claim that X rigged the vote": the
                add(clause.head.lemma_.lower(), speakers, misdeeds(doc, clause, own=True))  # noun's clause
    starts = starts_of(doc.nlp)  # (every token's offset, off the parse's array: no step per Token)
    for att in reporting.attributions(doc):  # the quotes stage: what a speaker says, over several sentences
        if not speech.spoken(att):
            continue
        toks = tokens[bisect_left(starts, att.content_start):bisect_left(starts, att.content_end)]
        at = bisect_left(starts, att.cue_start) if att.cue_start is not None else len(starts)
        cue = tokens[at] if at < len(starts) and starts[at] == att.cue_start else None
        add(cue.lemma_.lower() if cue is not None else (att.cue or "").lower(), [att.speaker], told(doc, toks))
    return out


def _speakers(doc: Document, tok: Token) -> list[str]:
    """Who says or claims: the saying verb's subject (through a participle: "..., claiming that ...")."""
    subj, _ = subject(tok)
    if subj is None or subj.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL and not who.actors(doc, subj):
        return []
    return who.actors(doc, subj)


def _voiced_clauses(verb: Token) -> list[Token]:
    """The "that" clauses of the statement nouns a voicing verb puts forward ("reiterated the claim that ...",
    "voiced fears that ..."; _voiced), not those of a saying verb's own content."""
    return [c for o in children(verb, "dobj") for c in children(o, "acl") if _voiced(c)]


def misdeeds(doc: Document, tok: Token, own: bool = False, feared: bool = False) -> list[tuple[Token, list[str]]]:
    """(the misdeed's verb, its doers) for each misdeed told in a saying verb's content clause (``own``: in
    the clause ``tok`` itself, a statement noun's "that" clause; ``feared``: the clause of a verb of fear or
    suspicion, where a wrong told as coming is charged too)."""
    out = []
    for clause in [tok] if own else children(tok, *_CLAUSE_DEPS):
        if clause.pos_ not in ("VERB", "AUX") or _conditional(clause):
            continue
        # a coordinated verb shares the clause's subject ("rigged the vote and jailed critics"); one with a
        # subject of its own may be the writer's own sentence run on after the quotation
        preds = [clause, *(c for c in clause.conjuncts if c.pos_ == "VERB" and c.i > clause.i
                           and child(c, "nsubj", "nsubjpass") is None)]
        preds += [x for p in list(preds) for x in children(p, *_ATTEMPTS) if x.pos_ == "VERB"]
        for pred in preds:
            if not _misdeed(pred) or not _told_as_done(pred, coming=feared):
                continue
            doers = _doers(doc, pred)
            if doers:
                out.append((pred, doers))
        out += [(noun, owners) for noun, owners in _owned_wrongs(doc, clause) if not any(noun.i == d.i for d, _ in out)]
    return out


def _owned_wrongs(doc: Document, clause: Token) -> list[tuple[Token, list[str]]]:
    """A wrong (event_status.tsv wrongdoing) named with its doer inside the content: "Russia's aggression",
    "the junta's crackdown", "interference by Beijing", "repression at the hands of the police" (not "of": "the persecution of Uyghurs" names the
    wronged); not denied ("there was no interference by X", "X's meddling is not the cause"; "X's meddling will
    not be tolerated" still blames X)."""
    kept = doc.cached("claims.owned_wrongs") or doc.cached("claims.owned_wrongs", {})
    if clause.i not in kept:  # (a sentence's root is asked again for each attribution that covers it)
        kept[clause.i] = _owned_wrongs_of(doc, clause)
    return kept[clause.i]


def _owned_wrongs_of(doc: Document, clause: Token) -> list[tuple[Token, list[str]]]:
    out = []
    tokens = doc.tokens()
    lo, hi = clause.left_edge.i, clause.right_edge.i
    for i in _wrong_nouns(doc):  # (the clause's subtree, in order, as far as it holds words of a wrong)
        t = tokens[i]
        if not lo <= i <= hi or i != clause.i and not clause.is_ancestor(t) or _described(t, clause):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) or _conditional(t.head) \
                or t.head.lemma_ == "be" and negated(t.head):
            continue
        heads = [c for c in t.children if c.dep_ == "poss"] + prep_objects(t, "by") + who.wrong_hands(t) \
            + _hung_by(tokens, t) + _framing_owners(t)
        linked = [a for h in heads if h.pos_ == "PRON" for a in who.linked_pronoun(doc, h)]  # "their aggression":
        heads = [h for h in heads if h.pos_ != "PRON"]  # only what the actors stage linked the pronoun to (evcoref27)
        heads += _state_modifiers(doc, t)
        if not heads and _asked_to_stop(t) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            subj, _ = subject(t.head)  # "Russia must stop its attacks": its = the one asked to stop them
            heads = [subj] if subj is not None and subj.pos_ != "PRON" else []
        doers = [a for h in heads for a in who.actors(doc, h)] or linked
        if doers:
            out.append((t, doers))
    return out


def _state_modifiers(doc: Document, noun: Token) -> list[Token]:
    """A state named by a word before a wrong of conduct (event_status.tsv wrongdoing, grievance_words.tsv
    failing; not an attack noun, which is a deed of its own): "Russian aggression", "Chinese lawfare", "Iranian
    meddling" (evspeech27). Only a country: a people or a group before the noun is as often the wronged
    ("Uyghur persecution"); not after "anti" ("anti-Chinese discrimination")."""
    if noun.lemma_.lower() not in _conduct_words() and noun.lower_ not in _conduct_words():
        return []
    out = []
    for mod in noun.children:
        if mod.dep_ not in ("amod", "compound") or mod.i > noun.i or mod.pos_ not in ("ADJ", "PROPN", "NOUN") \
                or any(t.lower_ in ("anti", "anti-") for t in noun.doc[max(0, mod.i - 2):mod.i]) \
                or mod.lower_.startswith("anti"):
            continue
        if any((x := doc.actor(a)) is not None and x.kind == "country" for a in who.actors(doc, mod)):
            out.append(mod)
    return out


@lru_cache(maxsize=1)
def _conduct_words() -> frozenset[str]:
    from .grievances import words
    return cues("wrongdoing") | words("failing")


def _hung_by(tokens, noun: Token) -> list[Token]:
    """The "by" phrase right after a wrong's noun that the parser hung higher up, on a word the noun stands
    under: the active verb it is the object of ("faces coercion by Beijing"), the noun it is the "of" object
    of ("in the face of coercion by China") or the verb above that ("will not yield in the face of coercion by
    China"). Not past a passive verb (its "by" is its own agent) nor a noun of saying ("accusations of
    coercion by Taiwan": the "by" names who accuses), nor a "by" of means ("by mobilizing its reserves")."""
    after = noun.right_edge.i + 1
    if after >= len(tokens) or tokens[after].lower_ != "by" or tokens[after].dep_ != "prep":
        return []
    by, t = tokens[after], noun
    saying = cues_and_classes(("claim_noun",), ("statements",))
    while t.head.i != t.i and t.i != by.head.i:
        t = t.head
        if t.pos_ == "VERB" and is_passive(t) or t.pos_ == "NOUN" and {t.lemma_.lower(), t.lower_} & saying:
            return []
    if t.i != by.head.i or t.i == noun.i:
        return []
    return [o for o in children(by, "pobj") if o.pos_ != "VERB"]


def _framing_owners(noun: Token) -> list[Token]:
    """The owner of a course of action a wrong is the "of" object of (word class wrong_frames): "Moscow's
    policy of blackmail", "a campaign of intimidation by the junta"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    frame = noun.head.head
    if frame.pos_ != "NOUN" or frame.lemma_.lower() not in word_class("wrong_frames") \
            and frame.lower_ not in word_class("wrong_frames"):
        return []
    return [c for c in frame.children if c.dep_ == "poss"] + prep_objects(frame, "by")


def told(doc: Document, toks: list[Token]) -> list[tuple[Token, list[str]]]:
    """(the misdeed's word, its doers) for each misdeed told among a speaker's words (an attribution's
    content, a run of the parse's tokens in order): any verb of a misdeed told as done, not under a condition nor in a question, and the wrongs
    named with their doers."""
    out = []
    inside = {t.i for t in toks}
    poses = doc.token_strings("POS")  # (the parse's array: a Token's pos_ costs some ten times more)
    for pred in toks:
        if poses[pred.i] != "VERB" or not _misdeed(pred) or not _told_as_done(pred) or speech.under_condition(pred) \
                or doc.text_of(sentence_of(pred)).rstrip(" \"'”’").endswith("?"):
            continue
        doers = _doers(doc, pred)
        if doers:
            out.append((pred, doers))
    # the sentences the words run over, in order: ``toks`` is a run of the parse's tokens (an attribution's
    # content), so they are the sentences of its first word to its last, read off the sentence table
    out += [(cue, doers) for cue, doers in _blamed(doc, toks) if not any(cue.i == d.i for d, _ in out)]
    sents = doc.sentences()
    within = sents[doc.sentence_number(toks[0].i):doc.sentence_number(toks[-1].i) + 1] if toks else ()
    for clause in (sent.root for sent in within):
        out += [(noun, owners) for noun, owners in _owned_wrongs(doc, clause)
                if noun.i in inside and not any(noun.i == d.i for d, _ in out)]
    return out


def _blamed(doc: Document, toks: list[Token]) -> list[tuple[Token, list[str]]]:
    """(the word of blame, the party blamed) for each wrong a speaker's words lay on a named party with a word of
    blame (event_status.tsv blame) on a copula: "the army was behind the rigging", "Iran is responsible for the
    attacks", "Moscow is guilty of war crimes", "X is complicit in the killings", "X is to blame for the attack".
    The wrong must be named (``_wrong_object``: "responsible for the security of our citizens" blames no one);
    not negated, foretold, under a condition nor asked ("who was behind the attack?")."""
    blame = cues("blame")
    out = []
    # each word's lower case and lemma read off the parse's arrays (``to_blame`` holds only of the lemma
    # "blame"): no Token string read for every word of the speaker's
    lowers, lemmas = doc.token_strings("LOWER"), doc.token_strings("LEMMA", lower=True)
    for cue in toks:
        i = cue.i
        if lowers[i] not in blame and (lemmas[i] != "blame" or not to_blame(cue)):
            continue
        be = cue.head
        if cue.dep_ not in ("acomp", "attr", "prep", "xcomp") or be.lemma_ != "be" or not _told_as_done(be) \
                or speech.under_condition(be) or doc.text_of(sentence_of(be)).rstrip(" \"'”’").endswith("?"):
            continue
        wrongs = [o for w in word_class("blame_prepositions") for o in prep_objects(cue, w)] if cue.dep_ != "prep" \
            else children(cue, "pobj")
        if not any(_wrong_object(w) for w in wrongs):
            continue
        subj, _ = subject(be)
        if subj is not None and speech.owned_by_speaker(subj):
            continue  # "our forces were behind the operation": the speaker's own side, owned up to
        doers = _doers(doc, be)
        if doers:
            out.append((cue, doers))
    return out


def _wrong_object(noun: Token) -> bool:
    """A noun naming a wrong (``_wrong_words``) or the deed of a misdeed verb ("the rigging", "sabotage")."""
    if noun.pos_ != "NOUN":
        return False
    low, lemma, misdeeds = noun.lower_, noun.lemma_.lower(), word_class("misdeed_verbs")
    if low in _wrong_words() or lemma in _wrong_words() or lemma in misdeeds:
        return True
    stem = low[:-3] if low.endswith("ing") else ""  # "rigging", "meddling", "abusing": the verb's deed
    return bool(stem) and (stem in misdeeds or stem[:-1] in misdeeds or stem + "e" in misdeeds)


def _misdeed(pred: Token) -> bool:
    """A verb telling a wrong: a misdeed verb or an ASSAULT row's, one done in a wrongful manner, or one
    whose object is a wrong."""
    lemma = pred.lemma_.lower()
    if lemma in word_class("misdeed_verbs") or lemma in _grievance_misdeeds():  # (+ grievance_words.tsv, accuse25)
        return True
    entry = match(verbs().get(lemma, ()), pred)  # the verb's reading here ("took over the ship", not "took steps")
    if entry is not None and entry.type == "ASSAULT" and not {"sym", "enforce"} & entry.flags:
        return True  # not a fight between two sides nor a police raid: an attack, a killing
    manners = word_class("misdeed_manners")
    if has_child(pred, ("advmod",), manners):  # (the parse's tables: see tree.has_child)
        return True
    wrongs = cues("wrongdoing")
    return any(o.lemma_.lower() in wrongs or o.lower_ in wrongs for o in children(pred, "dobj"))


def _grievance_misdeeds() -> frozenset[str]:
    from .grievances import words  # (grievances reads the speech package, as this module does: imported when asked)
    return words("misdeed")


def _wrong_nouns(doc: Document) -> list[int]:
    """The numbers of the article's nouns that name a wrong (``_wrong_words``), found once per article."""
    kept = doc.cached("claims.wrong_nouns")
    if kept is None:  # (the words' strings from the parse's arrays: no Token is made for a noun of no wrong)
        lowers, lemmas, wrongs = doc.token_strings("LOWER"), doc.token_strings("LEMMA", lower=True), _wrong_words()
        kept = doc.cached("claims.wrong_nouns", [i for i in doc.token_numbers("POS", {"NOUN"})
                                                 if lemmas[i] in wrongs or lowers[i] in wrongs])
    return kept


@lru_cache(maxsize=1)
def _wrong_words() -> frozenset[str]:
    """The words of a noun naming a wrong, as it is written or as its lemma: event_status.tsv wrongdoing
    ("aggression", "meddling") and the words of an ASSAULT row of the noun lexicon ("attacks by X")."""
    from .grievances import words  # a failing owned by a party (grievance_words.tsv failing, accuse25)
    return cues("wrongdoing") | words("failing") | frozenset(word for word, rows in nouns().items() if any(
        e.type == "ASSAULT" and not {"sym", "enforce"} & e.flags for e in rows))


def _described(noun: Token, clause: Token) -> bool:
    """A noun inside a description of someone the claim names ("X, a critic of Tehran's abuses", "X, who
    fled the junta's crackdown"): the writer's words, not the speaker's claim."""
    t = noun
    while t.i != clause.i and t.head.i != t.i:
        if t.dep_ in ("appos", "relcl", "acl") and not _voiced(t) and not exhorted(t):
            return True  # (not "it is time to stop X's attacks": the parser's clause of "time" is the demand)
        t = t.head
    return False


def _voiced(clause: Token) -> bool:
    """A "that" clause of a noun of a view (word class voiced_views) a speaker voices (word class voicing:
    "expressed concern that", "voiced fears that"): what the speaker says, not a description."""
    noun = clause.head
    return clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and noun.dep_ == "dobj" and not negated(noun.head) \
        and {noun.lemma_.lower(), noun.lower_} & word_class("voiced_views") \
        and noun.head.lemma_.lower() in word_class("voicing")


def _told_as_done(pred: Token, coming: bool = False) -> bool:
    """Whether the claim tells the deed as done or being done: not negated, not under a modal or a
    future ("could attack", "will rig"), not asked for, not a bare infinitive of a plan, not in the clause of
    a negated verb of showing ("the photographs do not prove that the army shelled it": filters.unshown), not
    said not to come ("we don't think the army is going to attack": filters.doubted). ``coming``: under a verb
    of fear or suspicion, a deed told as planned ("fears the ministry will seize the land") is charged too."""
    if negated(pred) or unshown(pred) or doubted(pred, done_too=True):
        return False
    if _asked_to_stop(pred):
        return True  # "they must stop killing civilians": the killing goes on
    modal = cues_and_classes(("hypothetical",) if coming else ("hypothetical", "planned"))
    for t in (pred, pred.head) if pred.dep_ in _ATTEMPTS else (pred,):
        if negated(t) or any(c.dep_ == "aux" and c.lower_ in modal for c in t.children):
            return False
    return True


def _planned(deed: Token) -> bool:
    """A deed told as coming ("will attack", "is to strike"): an auxiliary of event_status.tsv planned on it or on
    the verb it is tried with."""
    planned = cues("planned")
    return any(c.dep_ == "aux" and c.lower_ in planned for t in (deed, deed.head) for c in t.children)


def _wrong_in_itself(deed: Token) -> bool:
    """A deed that is a wrong by its verb (misdeed_verbs, grievance_words.tsv misdeed) or its manner ("illegally"),
    not only as an attack of the lexicons."""
    return deed.lemma_.lower() in word_class("misdeed_verbs") or deed.lemma_.lower() in _grievance_misdeeds() \
        or has_child(deed, ("advmod",), word_class("misdeed_manners"))


def _asked_to_stop(deed: Token) -> bool:
    """A deed someone is asked to stop (word class ceasing_verbs under a demand: "must stop its attacks", "it is time
    to end the shelling", "stop killing civilians"): told as going on, so its doer is blamed by whoever asks."""
    stop = deed.head
    return deed.dep_ in ("dobj", "xcomp") and stop.pos_ == "VERB" and stop.lemma_.lower() in word_class("ceasing_verbs") \
        and not negated(stop) and exhorted(stop)


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in speech.CONDITIONS for c in clause.children)


def _doers(doc: Document, pred: Token) -> list[str]:
    """Who does the misdeed: the passive's "by" phrase (or the ruler it is done under, participants.ruled_by),
    else the active subject (through "tried to"). A
    participle joined to a passive one is passive too ("reporters were blocked or harassed": the
    reporters are harassed, they harass no one)."""
    if is_passive(pred) or passive_conjunct(pred):
        heads = [h for h in prep_objects(pred, "by") or (prep_objects(pred.head, "by") if is_passive(pred.head) else [])
                 if h.pos_ != "PRON"]
        return [a for h in heads for a in who.actors(doc, h)] or who.ruled_by(doc, pred)
    subj, _ = subject(pred)
    if subj is None or subj.pos_ == "PRON":
        return []  # "we": the speaker's own side; "they" in someone's words: a guess too loose to accuse on
    return who.actors(doc, subj)


def _kind(deed: Token) -> str:
    """The rule's kind: a wrong laid on a party with a word of blame, a wrong asked to stop, or a misdeed told."""
    if deed.lower_ in cues("blame") or to_blame(deed):
        return "blame"
    return "stop" if _asked_to_stop(deed) else "misdeed"


def _event(deed: Token, lemma: str, source: str, target: str, number: int) -> Event:
    sent = sentence_of(deed)
    return Event(
        id=f"e{number}", type="ACCUSE", source=[source], target=[target],
        sentence=Span(sent.start_char, sent.end_char), trigger=Trigger(deed.text, deed.idx, deed.idx + len(deed)),
        rule=f"claim:{_kind(deed)}/{lemma or 'said'}",
        mode="allege", cameo=ACCUSE_CAMEO,
        status="asserted", according_to=[], confidence=0.5,
    )
