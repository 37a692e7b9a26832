"""Events told in speech: what a speaker does by speaking.

A careful coder records what someone does with words, not only the deeds the words report: a demand
("We need more troops now," she said; "the council should act") is a REQUEST by the speaker of whoever
is to act (the subject of the modal verb), and a negative judgement of someone's deed or conduct ("the
arrest was arbitrary", "a betrayal by the government", "the ruling has no basis in law") is an ACCUSE by the
speaker of whoever the thing judged belongs to; a fate foretold for a party by a state or an armed side
("the militia will be crushed", "they will pay a heavy price": speech_threats.tsv) is a THREATEN of that
party. All are read inside the content of the quotes stage's
attributions (``reporting.attributions``), so the source is always the one who says it; a sentence in
which a verb event already has the speaker as its source is not coded again (a verb's accusation, rejection
or demand naming nobody takes the party the quote names instead), and a quote holding neither
a demand nor a judgement is no event. The events are asserted (the saying is the deed) and name no
reporter: the speaker is the source.

Cue words: the modal frames of ``triggers.exhorted`` (must, should, need to, it is time to, imperatives),
judgement words in ``lexicons/speech_judgements.tsv`` and the evaluative words the event lexicons already
keep (event_status.tsv disparage).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import settings
from ...document import Attribution, Document, sentence_of
from ...lexicon import table
from ...record import Event, Span, Trigger
from . import context
from . import judged_frames
from . import participants as who
from . import reporting
from ..actors.words import speech_lemmas
from .tree import child, children, is_passive, names_nobody, nearest_subject, prep_objects, subject
from .triggers import exhorted, negated
from .words import cues, noun_entries, nouns, patient_noun, word_class

# attributions whose content is the speaker's own words or thoughts; "according to" vouches for facts
_SPOKEN = frozenset({"direct", "partial", "indirect"})
_VOUCHES = frozenset({"according to"})
# an adjective or noun judging what its clause's subject is: "the arrest was arbitrary", "it is a betrayal"
_PREDICATIVE = frozenset({"acomp", "attr", "oprd"})
# the marks of a condition or an open question (event_status.tsv condition, open_condition: if, unless, whether);
# the claims rule reads them too
CONDITIONS = cues("condition") | cues("open_condition")
_GENERIC = frozenset({"you", "one"})  # "you have to carry your papers": anyone, not a party
_GENERIC_DETS = frozenset({"every", "each", "any", "all"})
REQUEST_CAMEO, ACCUSE_CAMEO, REJECT_CAMEO, THREATEN_CAMEO = "100", "111", "120", "130"
_FUTURE = frozenset({"will", "shall", "would", "'ll"})  # the auxiliaries of a fate foretold ("will be crushed")
# who can carry out what a threat foretells: a state (its government, forces, lawmakers) or an armed group; an
# analyst's or a company's forecast of someone's fate ("Tesla will pay a price") is no threat
_FORCE_SECTORS = frozenset({"GOV", "MIL", "LEG", "REB", "CRM"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
_STATE_SECTORS = frozenset({"GOV", "MIL"})  # who speaks for a state
_MERELY = frozenset({"just", "only", "simply", "merely", "solely", "longer"})
_DEMONSTRATIVES = frozenset({"this", "that", "it", "these", "those", "which", "everything", "all"})
_COMPLETED = frozenset({"ACCUSE", "REJECT", "REQUEST"})  # a verb's event of these types the speech may complete


@lru_cache(maxsize=None)
def demand_words(kind: str) -> frozenset[str]:
    """The words of one kind in speech_demands.tsv (mind, hedge)."""
    return frozenset(row["word"].lower() for row in table("speech_demands.tsv") if row["kind"] == kind)


@lru_cache(maxsize=None)
def judgements() -> dict[str, str]:
    """word -> reading ("neg" said plainly, "notpos" only negated), speech_judgements.tsv and the
    disparaging words of event_status.tsv."""
    out = {w: "neg" for w in cues("disparage")}
    out.update({row["word"].lower(): row["reading"] for row in table("speech_judgements.tsv")})
    return out


@lru_cache(maxsize=None)
def _deed_judgements() -> frozenset[str]:
    """The judging words of speech_judgements.tsv itself (its nouns judge deeds, not people)."""
    return frozenset(row["word"].lower() for row in table("speech_judgements.tsv"))


def events(doc: Document, earlier: list[Event]) -> list[Event]:
    """The demands and judgements in what speakers say, as events numbered after ``earlier``."""
    if doc.nlp is None:
        return []
    # a verb's judgement or demand that names nobody ("'... the other side broke the deal,' he alleged")
    # leaves its sentence open: what the quote says of whom completes it rather than being coded again
    unnamed = {(s, e.sentence.start, e.type): e for e in earlier for s in e.source
               if not e.target and e.type in _COMPLETED}
    coded = {(s, e.sentence.start) for e in earlier for s in e.source if (s, e.sentence.start, e.type) not in unnamed}
    seen: set[tuple[str, str, int]] = set()
    told: dict[tuple[str, str], set[str]] = {}  # (speaker, type) -> targets coded so far ("": none named)
    for e in earlier:
        for s in e.source:
            told.setdefault((s, e.type), set()).add(e.target[0] if e.target else "")
    out: list[Event] = []
    sents = doc.sentences()
    for att in reporting.attributions(doc):
        if not spoken(att):
            continue
        speaker = att.speaker
        assert speaker is not None
        for sent in sents:
            if sent.end_char <= att.content_start:
                continue
            if sent.start_char >= att.content_end:
                break
            if (speaker, sent.start_char) in coded:
                continue  # the speaker's deed in this sentence is coded by its verb already
            # the Document's own Token objects (walking the Span makes a new one per word, for every
            # attribution that overlaps the sentence)
            toks = [t for t in doc.tokens()[sent.start:sent.end] if att.content_start <= t.idx < att.content_end]
            for kind, tok, targets in readings(doc, toks, speaker, earlier):
                targets = [t for t in targets if not _outlet_unnamed(doc, t, att)]
                if (speaker, kind, sent.start_char) in seen or not targets and not _may_stand_alone(kind, tok):
                    continue
                seen.add((speaker, kind, sent.start_char))
                verbal = unnamed.get((speaker, sent.start_char, kind))
                if verbal is not None:
                    if targets and not verbal.target:  # the verb's event takes the quote's party
                        verbal.target = targets[:1]
                        verbal.rule += "+speech"
                        told.setdefault((speaker, kind), set()).add(targets[0])
                    continue
                for target in targets or [""]:  # one event per party: "Get the cartels out of X and Y"
                    before = told.setdefault((speaker, kind), set())
                    if target in before or not target and before or kind == "REQUEST" and "" in before:
                        continue  # the same stance told again: to the same party, or a demand to one unnamed
                        # (a judgement's target, unlike a demand's, tells one complaint from another)
                    out.append(_event(kind, tok, speaker, target or None, len(earlier) + len(out) + 1))
                before.update(targets or [""])
    return out


def _outlet_unnamed(doc: Document, aid: str, att: Attribution) -> bool:
    """A news outlet the speaker's words do not name: the outlet that interviews or reports the speaker
    ("told Sky News", "VOA examined ...") is no party to what is said, though a pronoun of the quote ("it",
    "its") may be resolved to it; an outlet the speaker names ("VOA's reports are lies") can be."""
    party = doc.actor(aid)
    return party is not None and party.kind == "media" and not any(
        att.content_start <= m.start < att.content_end and m.text[:1].isupper() for m in party.mentions)


def _may_stand_alone(kind: str, tok: Token) -> bool:
    """Whether a demand or judgement naming no party is coded (settings.SPEECH_TARGETLESS_*): a demand the
    speaker's side makes of itself ("we need a surge in defence now") always is."""
    if kind == "ACCUSE":
        return settings.SPEECH_TARGETLESS_JUDGEMENTS
    if kind == "REJECT":
        return settings.SPEECH_TARGETLESS_REBUTTALS
    if kind == "THREATEN":
        return False  # a fate foretold of nobody named is no threat of anyone
    return settings.SPEECH_TARGETLESS_DEMANDS or _we_need(tok)


def spoken(att: Attribution) -> bool:
    return bool(att.speaker) and att.kind in _SPOKEN and not att.negated \
        and (att.cue or "").lower() not in _VOUCHES


def readings(doc: Document, toks: list[Token], speaker: str,
             earlier: list[Event] | None = None) -> list[tuple[str, Token, list[str]]]:
    """(type, cue token, targets) for each demand or judgement among the tokens of one sentence's
    share of what the speaker says; ``earlier``: the events coded already (the doer of a deed judged)."""
    inside = {t.i for t in toks}
    out = []
    words = _cue_words()
    # the words' strings from the parse's arrays (Document.token_strings): reading a Token's strings costs
    # some ten times more, and most words of what is said fail the cheap test
    poses, lowers, lemmas = doc.token_strings("POS"), doc.token_strings("LOWER"), doc.token_strings("LEMMA", lower=True)
    for tok in toks:
        i = tok.i
        if not settings.SPEECH_CONTESTED_ACCOUNTS and poses[i] not in ("VERB", "AUX") and (
                poses[i] not in ("ADJ", "NOUN", "PRON") or lowers[i] not in words and lemmas[i] not in words):
            continue  # the cheap test first: a demand is a verb, a judgement or rebuttal a cue word
        asked = demand(doc, tok, speaker, inside)
        if asked is not None:
            out.append(("REQUEST", tok, asked))
            continue
        threatened = threat(doc, tok, speaker, inside)
        if threatened:
            out.append(("THREATEN", tok, threatened))
            continue
        judged = judgement(doc, tok, speaker, inside, earlier or [])
        if judged is None:  # "X appears more interested in A than in B" (judged_frames.priorities)
            ranked = judged_frames.priorities(doc, tok)
            judged = None if ranked is None else _others(doc, ranked, speaker)
        if judged is not None:
            out.append(("ACCUSE", tok, judged))
        rebutted = rebuttal(doc, tok, speaker, inside, earlier or [])
        if rebutted is not None:
            out.append(("REJECT", tok, rebutted))
    return out


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word a judgement or a rebuttal can turn on (an adjective, noun or pronoun that is none is skipped: the
    pronoun "nothing" of a disowning rebuttal since round 17)."""
    return frozenset(judgements()) | rebuttal_words("truth") | rebuttal_words("valid") | rebuttal_words("yield") \
        | rebuttal_words("disown") | cues("dismiss") | word_class("priority_adjectives")


# ---- demands ---------------------------------------------------------------------------------------

def demand(doc: Document, tok: Token, speaker: str, inside: set[int]) -> list[str] | None:
    """Whom a verb the speaker asks for is asked of: the modal verb's subject when it is a party other
    than the speaker ("the commission should continue" -> the commission); nobody for the speaker's own
    side or a thing ("we need a surge now", "immigration should stop"); None (no demand) when the verb is
    not asked for, is a guess about the past ("must have ordered"), hangs on a condition, or is asked of
    the speaker alone ("I have to take pills"), of the public, or of someone unnamed ("they must check")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VB", "VBN") and tok.lemma_.lower() != "need":
        return None  # asked for is a bare verb (or a participle under "must be"), or the speaker's "we need"
    imperative = _imperative(tok, inside)
    asked = imperative or exhorted(tok)
    if not asked and not _we_need(tok) or _perfect(tok) or under_condition(tok) or not _asked_now(tok):
        return None
    if not imperative and _relayed(tok, inside):
        return None  # "'The minister said the army must leave,' he said": the minister's demand, told on
    if imperative:  # "Get the cartels out of X and Y": of whoever it names
        return _first_other(doc, sorted(t.i for t in tok.subtree if t.i in inside), speaker)
    if not asked:  # "we need a surge in defence now"
        return []
    subj, _ = subject(tok)
    if subj is None:  # "there should be an inquiry"; else a verb whose subject the parse lost: no reading
        if child(tok, "expl") is None or _of_nobody(tok):
            return None
        return _first_other(doc, sorted(inside), speaker)
    low = subj.lower_
    if low in who.FIRST_PERSON | _GENERIC or subj.i not in inside or _generic(subj) or names_nobody(subj):
        return None  # (of nobody: "no child should be turned away", "nobody should be jailed for a post": a norm)
    if low == "it":
        return _first_other(doc, sorted(inside), speaker) if _impersonal(tok) else None
    if low in who.SPEAKER_PLURAL or _with_own_side(subj):
        return []  # "we must ...", "Japan and our partners must ...": the speaker's side asks itself
    named = who.actors(doc, subj)
    found = [a for a in named if not _speaks_for(doc, speaker, a)]
    if named and not found:
        return []  # the speaker's own country is asked: her side's course, nobody else's
    public = subj.lemma_.lower() in cues("public") or low in cues("public")
    if public and not (found and child(subj, "amod", "compound") is not None) or subj.ent_type_ == "NORP":
        return None  # "people should stay home"; but "the international community should respond" is a party
    if subj.pos_ == "PRON" and not found:
        return None  # "they must go and check": asked of people nobody names
    # a party the subject names, else the party the clause names ("its border with X should be moved")
    return _others(doc, found, speaker) or _first_other(doc, sorted(inside), speaker)


def _imperative(tok: Token, inside: set[int]) -> bool:
    """The bare verb heading the speaker's words, with no subject: "Stop the shelling," he said (the parser
    hangs a fronted quote's verb on "said", outside the words)."""
    return tok.tag_ == "VB" and child(tok, "nsubj", "nsubjpass", "aux", "auxpass", "mark") is None and \
        (tok.dep_ == "ROOT" or tok.dep_ in ("ccomp", "parataxis") and tok.head.i not in inside)


def _relayed(tok: Token, inside: set[int]) -> bool:
    """Whether the demand is a third party's, told inside the speaker's words (round 21): the modal clause is
    what someone the words name says ("'The minister said the army must leave,' he said") or the content of an
    order or decree someone the words name gives ("'The president issued a decree that the army should leave,'
    the agency said"). The teller, not the speaker, asks it, and the speaker's words hold no demand of their
    own; the speaker's own "I think they must leave", "we made it clear that they should go" stay."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_lemmas():
        gov = clause.head
    elif clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.dep_ == "dobj" \
            and child(clause, "mark") is not None:
        gov = clause.head.head  # "issued an order that ...": the verb that gives the order
    elif clause.dep_ == "ccomp" and child(clause, "mark") is not None and any(
            o.pos_ == "NOUN" and o.lemma_.lower() in cues("deed_noun") for o in children(clause.head, "dobj")):
        gov = clause.head  # the same, with the order's "that" clause hung on the verb by the parser
    else:
        return False
    teller = nearest_subject(gov)
    if teller is None or teller.i not in inside or gov.i not in inside:
        return False
    if teller.pos_ in ("PROPN", "NOUN"):
        return True
    # a pronoun of a third party ("he", "she", "they"), not the speaker's, the hearer's or an "it"
    morph = teller.morph
    return teller.pos_ == "PRON" and morph.get("Person") == ["3"] and "Neut" not in morph.get("Gender")


def _generic(subj: Token) -> bool:
    """"every farmer has to ...", "each company must ...": a rule or a habit, asked of nobody."""
    return any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in subj.children)


def _of_nobody(be: Token) -> bool:
    """"There should not be anyone left hungry", "there should be nobody in jail for a post": a norm of what
    should be so for people, asked of no party (`nobody_words`, `anyone_words` of event_word_classes.tsv);
    "there should be no more raids" asks for an end of deeds, and stays."""
    found = child(be, "attr")
    if found is None:
        return False
    return found.lower_ in word_class("nobody_words") or negated(be) and found.lower_ in word_class("anyone_words")


def _asked_now(tok: Token) -> bool:
    """Whether a verb under a demand frame asks for a deed now: not a verb of knowing ("we must realize"),
    not a description inside a noun phrase ("refugees who must be treated well"), not an expectation
    ("should be growing"), and not under a negated, past, hedged or possessive need ("don't have to",
    "had to have surgery", "might have to think about", "a need will arise to", "has a record of ... to")."""
    if tok.lemma_.lower() in demand_words("mind") or tok.dep_ == "relcl" or tok.tag_ == "VBG":
        return False
    frame = tok.head if tok.dep_ in ("xcomp", "acl", "advcl") else tok
    for t in {frame, frame.head} if frame.dep_ in ("attr", "acomp", "nsubj") else {frame}:
        if negated(t) and t.i != tok.i or t.tag_ == "VBD":
            return False
        if any(c.dep_ == "aux" and c.lower_ in demand_words("hedge") for c in t.children):
            return False
    return not (frame.lemma_.lower() == "have" and frame.i != tok.i and child(frame, "dobj") is not None)


def _we_need(tok: Token) -> bool:
    """"We need a surge in defence": what the speaker's side says it needs now is asked for."""
    subj = child(tok, "nsubj")
    return tok.lemma_.lower() == "need" and subj is not None and subj.lower_ == "we" \
        and child(tok, "dobj") is not None and not negated(tok) and tok.tag_ in ("VBP", "VB")


def _impersonal(tok: Token) -> bool:
    return tok.head.lemma_.lower() in word_class("impersonal_heads") or any(
        c.lemma_.lower() in word_class("impersonal_heads") for c in tok.head.children if c.dep_ in _PREDICATIVE)


def _perfect(tok: Token) -> bool:
    """"must have given the orders", "should have stopped it": a guess or a reproach about the past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) and tok.tag_ == "VBN"


def under_condition(tok: Token) -> bool:
    """A word inside (or under) an "if", "unless" or "whether" clause: a condition, not a demand, a judgement or
    a claim of a deed done (read by the claims rule too)."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _with_own_side(subj: Token) -> bool:
    """A subject that joins the speaker's side to others: "Japan and our partners", "we and our friends"."""
    joined = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    return any(t.lower_ in who.SPEAKER_PLURAL or any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children)
               for t in joined)


def _speaks_for(doc: Document, speaker: str, aid: str) -> bool:
    """Whether a party is the speaker's own side, whom the speaker's words cannot demand of or blame: the
    country a member of its government, forces or police speaks for, or that a media outlet of that country
    reports for (a minister saying "China must stay calm" states her side's course; a state agency's "they
    perpetrated" is not aimed at its own state); the body a spokesperson is named after ("a DHS
    spokesperson" -> DHS). An opposition leader or a citizen saying his country must act does ask it, and
    one state body may blame another ("the case pursued by the Public Ministry", said by the president)."""
    party, who_speaks = doc.actor(aid), doc.actor(speaker)
    if party is None or who_speaks is None:
        return False
    if party.kind == "country" and party.country is not None and party.country == who_speaks.country \
            and (who_speaks.sector in _STATE_SECTORS or who_speaks.kind == "media"):
        return True
    return who_speaks.kind == "person" and party.kind != "person" and _named_after(who_speaks.name, party)


def _named_after(name: str, party) -> bool:
    """Whether a person's name (a title the actors stage kept as a name: "DHS spokesperson", "State
    Department spokesperson") holds the name of a body or one of its short mentions."""
    words = f" {name.lower()} "
    said = {party.name} | {m.text for m in party.mentions if m.text[:1].isupper()}
    return any(f" {w.lower()} " in words for w in said if w and w.lower() != name.lower())


def _others(doc: Document, found: list[str], speaker: str) -> list[str]:
    """The parties other than the speaker and the speaker's own side (``_speaks_for``)."""
    return [a for a in found if a != speaker and not _speaks_for(doc, speaker, a)]


def _first_other(doc: Document, indices: list[int], speaker: str) -> list[str]:
    """The first party other than the speaker named among the tokens (with those coordinated with it)."""
    assert doc.nlp is not None
    for i in indices:
        found = _others(doc, _named(doc, doc.nlp[i]), speaker)
        if found:
            return found
    return []


# ---- judgements ------------------------------------------------------------------------------------

def judgement(doc: Document, tok: Token, speaker: str, inside: set[int],
              earlier: list[Event]) -> list[str] | None:
    """Whom a judging word blames: None when the token judges nobody (not a judgement word; a word of
    approval not negated; a negative word negated; a name-calling noun that is not said of anything:
    "the gunmen will not be spared" is no judgement by the speaker)."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    reading = judgements().get(word) or judgements().get(lemma)
    if reading is None or tok.pos_ not in ("ADJ", "NOUN", "VERB") or under_condition(tok):
        return None
    denied = _negated(tok)
    if reading == "neg" and denied or reading == "notpos" and (not denied or tok.dep_ not in _PREDICATIVE):
        return None
    if tok.pos_ == "NOUN" and lemma in cues("disparage") and lemma not in _deed_judgements() \
            and tok.dep_ not in ("attr", "appos") and not _as_complement(tok):
        return None  # an epithet names its bearer only when said of it: "he is a tyrant"
    if tok.dep_ == "amod" and tok.pos_ == "ADJ" and scare_quoted(tok) and who.actors(doc, tok.head):
        # "the 'illegal' government": the speaker's own word for a party, set apart by quote marks, judges a
        # party in power; before a people ("'illegal' migrants") or after "so-called" it is a word held up
        return None if _so_called(tok) else _ruling(doc, who.actors(doc, tok.head), speaker) or None
    carrier = _carrier(tok)
    if tok.dep_ == "amod" and (not _deed_or_party(doc, tok.head) and (carrier is None or not _deed(carrier))
                               and tok.head.dep_ not in _PREDICATIVE or doc.actor_of_token(tok)):
        return None  # "illegal aliens", "criminal groups", "terrorist networks": a description, not a verdict
        # (unless said of something: "this is a baseless case", "called it an illegal move")
    claims = cues("claim_noun")
    if tok.dep_ == "amod" and (tok.head.lemma_.lower() in claims or tok.head.lower_ in claims):
        return None  # "baseless allegations": a claim dismissed is rejected, which the verb lexicons read
    return judged(doc, tok, speaker, inside, earlier)


def _ruling(doc: Document, found: list[str], speaker: str) -> list[str]:
    """The parties among ``found`` that hold power (a state, its government or forces, an armed group: the
    speakers a threat needs, ``_FORCE_SECTORS``) other than the speaker's side: a word of the speaker's set in
    quote marks before a people ("'illegal' migrants") may be someone else's word held up, not a verdict."""
    out = []
    for aid in _others(doc, found, speaker):
        party = doc.actor(aid)
        if party is not None and (party.kind == "country" or party.sector in _FORCE_SECTORS):
            out.append(aid)
    return out


def scare_quoted(tok: Token) -> bool:
    """A single word set in quote marks of its own: "the 'illegal' government" (the speaker's word, quoted)."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in _QUOTE_MARKS and doc[tok.i + 1].text in _QUOTE_MARKS


def _so_called(tok: Token) -> bool:
    """"the so-called 'illegal' ...": the word is someone else's, held up."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 4):tok.i]]
    return "called" in before and "so" in before


# ---- threats ---------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def threat_shapes() -> dict[str, tuple[str, ...]]:
    """verb lemma -> its shapes in speech_threats.tsv (passive, active, object:..., advmod:...)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in table("speech_threats.tsv"):
        out[row["word"].lower()] = out.get(row["word"].lower(), ()) + (row["shape"],)
    return out


def threat(doc: Document, tok: Token, speaker: str, inside: set[int]) -> list[str]:
    """Whom a fate foretold in the speaker's words threatens (speech_threats.tsv): the subject of a future,
    unnegated verb of the list in one of its shapes ("the militia will be crushed", "Norway will pay a heavy
    price", "they will regret it"), when the subject names a party other than the speaker's own side; else
    nobody (no threat). A condition does not undo it: "if they cross the line, they will pay dearly"; a passive's
    "by" phrase must name the speaker's own side ("will be crushed by our army"), not a thing or another party."""
    shapes = threat_shapes().get(tok.lemma_.lower())
    if not shapes or tok.pos_ != "VERB":
        return []
    denied = negated(tok)  # "X will not be spared" (shape notpassive) threatens; "will not be crushed" does not
    shapes = tuple(sh for sh in shapes if (sh == "notpassive") == denied)
    if not shapes:
        return []
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    going = tok.dep_ == "xcomp" and tok.head.lower_ == "going" and "to" in auxes  # "is going to pay"
    if not going and not _FUTURE & set(auxes):
        return []
    passive = is_passive(tok)
    fits = False
    for shape in shapes:
        kind, _, words = shape.partition(":")
        wanted = set(words.split("|")) if words else set()
        if kind in ("passive", "notpassive") and passive or kind == "active" and not passive:
            fits = True
        elif kind == "object" and not passive:
            fits = fits or any(o.lemma_.lower() in wanted for o in children(tok, "dobj"))
        elif kind == "advmod" and not passive:
            fits = fits or any(a.lower_ in wanted for a in children(tok, "advmod"))
    if not fits:
        return []
    agents = prep_objects(tok, "by") if passive else []
    if any(not [a for a in who.actors(doc, g) if who.own_side(doc, a, {speaker}, compatriots=True)] for g in agents):
        return []  # "farmers will be punished by the tax", "... by the rebels": a fate not at the speaker's hands
    if not _ruling(doc, [speaker], ""):
        return []
    verb = tok.head if going else tok
    subj, _ = subject(verb)
    if subj is None or subj.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL | _GENERIC:
        return []
    if subj.pos_ == "PRON" and not doc.referents(subj):  # "if X attacks us, it will regret it": the doer
        subj = next((s for c in verb.children if c.dep_ == "advcl" and under_condition(c)  # of the condition
                     for s in [subject(c)[0]] if s is not None and s.pos_ != "PRON"), None)
        if subj is None:
            return []
    # the party the subject names, else one named within it (the parser may split "the X militants")
    found = who.actors(doc, subj) or next((a for t in subj.subtree for a in [who.actors(doc, t)] if a), [])
    return _others(doc, found, speaker)


def _as_complement(tok: Token) -> bool:
    """"described the plan as a disaster", "sees it as a betrayal": what the verb's object is called."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB"


def _carrier(tok: Token) -> Token | None:
    """What a judged object comes from: "the arrest sent a chilling message", "the ban had a chilling
    effect" (the subject of the verb whose object the judging word modifies)."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subj, _ = subject(noun.head)
    return subj


def _deed_or_party(doc: Document, noun: Token) -> bool:
    """A noun naming an act ("the arbitrary shuttling of people", "illegal sanctions", "a brutal
    crackdown": an event noun, a gerund or a word for a deed) or a party ("the repressive regime of X")."""
    return _deed(noun) or bool(who.actors(doc, noun))


def _deed(noun: Token) -> bool:
    """A word naming an act: an event noun, a word for a deed, a gerund."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    return low in nouns() or lemma in nouns() or lemma in cues("deed_noun") or noun.tag_ == "VBG" \
        or low.endswith("ing")


def _negated(tok: Token) -> bool:
    """"not legal", "was not arbitrary", "is no betrayal": the word's own or its copula's negation."""
    if negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    return tok.dep_ in _PREDICATIVE and negated(tok.head)


def judged(doc: Document, tok: Token, speaker: str, inside: set[int], earlier: list[Event]) -> list[str]:
    """Whose the thing judged is: the doer of a deed the judged phrase names that is coded already ("the
    detention of the students was arbitrary" -> who detained them); the actor a judged phrase names or
    owns ("Dodik's actions", "the government is corrupt"; not whom an act was done to: "the students'
    arrest"); else the doer of the act the judged noun names, told before (``context.doer_of``: "the
    revocation was unfair" after "a judge revoked his bail"); else the first other party the speaker's
    sentence names; else nobody."""
    deeds = {e.trigger.start: e.source for e in earlier if e.source}  # trigger offset -> its doers
    heads: list[Token] = []
    if tok.dep_ == "amod" and tok.head.dep_ in _PREDICATIVE:  # "this is a baseless case": what "this" is
        tok = tok.head
    if tok.dep_ == "oprd" or tok.dep_ in _PREDICATIVE and tok.head.lemma_.lower() in cues("speech") \
            or _as_complement(tok):
        verb = tok.head.head if _as_complement(tok) else tok.head  # "called the ruling arbitrary", "a move (that) she called inhumane": the object
        heads += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which")]
        heads += [verb.head] if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" else []  # (the
        # parser may take "a move that X called ..." for a clause the noun takes: acl)
    elif tok.dep_ in _PREDICATIVE:
        subj, _ = subject(tok.head)
        heads += [subj] if subj is not None else []
    if tok.dep_ == "amod":
        heads.append(tok.head)
        carrier = _carrier(tok)
        heads += [carrier] if carrier is not None and _deed(carrier) else []
    ground = judged_frames.grounded(tok)  # "the indictment is based on rumour": the indictment is judged
    heads += [ground] if ground is not None else []
    if tok.pos_ == "NOUN":
        heads.append(tok)
    if tok.pos_ == "VERB" and is_passive(tok):  # "they are being persecuted": the subject suffers the deed
        heads += prep_objects(tok, "by")
        if not heads and child(tok, "nsubjpass") is not None:
            return []  # the victims named are not blamed, and whom the speaker blames is not told here
    elif tok.pos_ == "VERB":
        subj, _ = subject(tok)
        heads += [subj] if subj is not None else []
    for head in heads:
        if head.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL:
            continue
        if patient_noun(head) and not _doers(head, deeds) and not context.doer_of(doc, head, {speaker}, earlier):
            return []  # an act done to someone whose doer is not told: blaming its victim would be wrong
        found = _others(doc, _doers(head, deeds), speaker)
        found = found or _others(doc, judged_frames.move_doers(doc, head), speaker)  # "in a move X called ..."
        aimed = _aimed_at(head)  # (the "of" of "the shelling of X's cities" names whom it is done to, no owner)
        of_owner = not patient_noun(head) and not any(p.i in aimed for p in children(head, "prep"))
        found = found or _others(doc, who.actors(doc, head) or who.owner(doc, head, of=of_owner), speaker)
        if not found and head.pos_ == "NOUN":
            found = _others(doc, context.doer_of(doc, head, {speaker}, earlier), speaker)
        if not found and not patient_noun(head):  # "his client's arrest": the client is no doer
            found = _others(doc, _named_within(doc, head, inside, aimed), speaker)
        if found:
            return found
        if any(_named(doc, head.doc[i]) for i in sorted(aimed) if i in inside):
            return []  # "the brutal attack on X": X suffered it, and who did it is not told here
    return _first_other(doc, sorted(inside), speaker)


def _doers(head: Token, deeds: dict[int, list[str]]) -> list[str]:
    """The sources of an event whose trigger is the judged word or a word of its phrase."""
    for t in head.subtree:
        if t.idx in deeds:
            return deeds[t.idx]
    return []


def _named_within(doc: Document, head: Token, inside: set[int], aimed: frozenset[int] = frozenset()) -> list[str]:
    """The first actor a name or noun inside the phrase refers to (not a first-person pronoun), passing over the
    words of the phrase's target role (``aimed``)."""
    for t in head.subtree:
        found = _named(doc, t) if t.i in inside and t.i not in aimed else []
        if found:
            return found
    return []


def _aimed_at(head: Token) -> frozenset[int]:
    """The words of a judged deed noun's target role: the phrases of the prepositions its event_nouns.tsv rows take
    the target from ("the brutal attack on X", "such reckless shelling of X's cities", "a cowardly assault on
    X's soldiers"; round 21). Whoever they name suffered the deed: a judgement of it does not blame them."""
    if head.pos_ != "NOUN":
        return frozenset()
    roles = {r for e in noun_entries(head) for r in e.target}
    return frozenset(t.i for p in children(head, "prep") if p.lower_ in roles for t in p.subtree)


def _named(doc: Document, t: Token) -> list[str]:
    if t.pos_ not in ("PROPN", "NOUN", "PRON") or t.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL:
        return []
    if _held_owner(t):
        return []  # "the cancellation of his bail is cruel": the one held is no doer to blame
    return who.actors(doc, t)


def _held_owner(t: Token) -> bool:
    """The possessor of an act done to someone or of a custody ("his arrest", "her bail", "his house arrest
    terms"): whom it is done to (words.patient_noun, the custody class of event_word_classes.tsv)."""
    if t.dep_ != "poss":
        return False
    held = [t.head] + children(t.head, "compound")
    return any(patient_noun(h) or h.lemma_.lower() in word_class("custody") for h in held)


# ---- rebuttals -------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def rebuttal_words(kind: str) -> frozenset[str]:
    """The words of one kind in speech_rebuttals.tsv (truth, valid, yield, disown)."""
    return frozenset(row["word"].lower() for row in table("speech_rebuttals.tsv") if row["kind"] == kind)


def rebuttal(doc: Document, tok: Token, speaker: str, inside: set[int],
             earlier: list[Event]) -> list[str] | None:
    """Whom the speaker rebuts or refuses with this token: None when it is no rebuttal. Three shapes: a
    claim called untrue ("the allegations are false", "called the charges baseless", "that is not true":
    event_status dismiss words and the truth words) -> the claim's maker, else the maker of the latest
    accusation of the speaker's side, else nobody; a plan or case said not to be valid ("this order by
    Uganda is not legal", "Norway's plan is not an option") -> whose the thing is, and no event when that
    is unknown; the speaker's own side refusing to give way ("his government will never succumb to
    pressure from X") -> the party the refused deed names, else nobody."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    if word in rebuttal_words("disown"):  # "Tehran had nothing to do with it": the speaker's side denies a part
        return _accuser(doc, tok, speaker, earlier) if _disowned(doc, tok, speaker) else None
    if settings.SPEECH_CONTESTED_ACCOUNTS and _contested(doc, tok):
        return None if under_condition(tok) else _others(doc, _named_within(doc, tok, inside), speaker)
    kinds = {k for k in ("truth", "valid", "yield") if word in rebuttal_words(k) or lemma in rebuttal_words(k)}
    dismissed = word in cues("dismiss") or lemma in cues("dismiss")
    if not kinds and not dismissed or tok.pos_ not in ("ADJ", "NOUN", "VERB") or under_condition(tok):
        return None  # the cheap tests first: most tokens are no cue word
    said_of = _said_of(tok)
    untrue = dismissed and not _negated(tok) or "truth" in kinds and tok.dep_ in _PREDICATIVE and _negated(tok) \
        and not _fits(tok)
    if said_of is not None and untrue:
        if said_of.pos_ != "PRON" and not _claim(said_of):
            return None  # "false papers", "a fake passport" said of a thing is no rebuttal of anyone
        found = _others(doc, _maker(doc, said_of, inside), speaker) or _accuser(doc, tok, speaker, earlier)
        if said_of.pos_ != "PRON" and not found:  # "a baseless case ... being pursued by the prosecutors"
            found = _others(doc, _owner_of(doc, said_of, earlier), speaker) or _first_other(doc, sorted(inside), speaker)
        return found
    if said_of is not None and "valid" in kinds \
            and (tok.dep_ in _PREDICATIVE and _negated(tok) or _coordinated_predicate(tok) and _negated(tok.head)):
        if said_of.pos_ == "PRON" or doc.actor_of_token(said_of):
            return None  # "we are not legal", "it is not the time", "the plan is not workable": no plan of anyone's
        owners = _others(doc, _owner_of(doc, said_of, earlier), speaker)
        return owners or None  # whose plan or case is unknown: a REJECT of nobody would miss the party meant
    if "yield" in kinds and tok.pos_ == "VERB" and negated(tok) and _own_side(doc, tok, speaker):
        return _first_other(doc, sorted(t.i for t in tok.subtree if t.i in inside and t.i != tok.i), speaker)
    return None


_DISOWN_VERB, _DISOWN_DEED, _DISOWN_PREP = "have", "do", "with"


def _disowned(doc: Document, tok: Token, speaker: str) -> bool:
    """"[the speaker's side] had nothing to do with ...": the word is the object of an unnegated "have" whose
    subject is the speaker's own side, and carries a "to do with" clause; not under a condition or in a
    question ("if we had nothing to do with it ...")."""
    have = tok.head
    if tok.dep_ != "dobj" or have.lemma_.lower() != _DISOWN_VERB or negated(have) or under_condition(have) \
            or doc.text_of(sentence_of(tok)).rstrip(" \"'”’").endswith("?"):
        return False
    if not any(c.lemma_.lower() == _DISOWN_DEED and any(p.dep_ == "prep" and p.lower_ == _DISOWN_PREP for p in c.children)
               for c in tok.children if c.dep_ in ("relcl", "acl", "xcomp")):
        return False
    subj = child(have, "nsubj")
    theirs = who.actors(doc, subj) if subj is not None and subj.pos_ != "PRON" else []
    return _own_side(doc, have, speaker) or _pronoun_of_speaker(have) \
        or any(who.own_side(doc, a, {speaker}, compatriots=True) for a in theirs)  # "the ministry said Tehran had ..."


def _pronoun_of_speaker(verb: Token) -> bool:
    """A third-person subject pronoun in reported words, which stands for the speaker's side ("the ministry said
    it had nothing to do with ..."): the reported clause's own subject under the saying verb."""
    subj = child(verb, "nsubj")
    return subj is not None and subj.lower_ in ("it", "he", "she", "they") and verb.dep_ == "ccomp"


# "true of", "true for", "accurate for": with such a phrase a word of truth says whom a description fits ("this
# is not true of all of them", "that was not true for the smaller firms"), not that a claim is false
_FITS = frozenset({"of", "for"})


def _fits(tok: Token) -> bool:
    """Whether a word of truth has its own "of"/"for" phrase, or its copula one right after it (the parser's
    attachment): what is said fits or not someone (round 14)."""
    after = [c for c in tok.head.children if c.i > tok.i] if tok.head.lemma_ == "be" else []
    return any(c.dep_ == "prep" and c.lower_ in _FITS for c in [*tok.children, *after])


def _contested(doc: Document, tok: Token) -> bool:
    """An account of a deed or case contradicted: "the raid says nothing about the rule of law", "the
    trial is not about his columns" (a negated "be" whose subject names a deed, a case or a claim and whose
    predicate is a noun or "about"); not a word of validity (read above), not "not just/only".
    """
    if not (tok.dep_ == "attr" and tok.pos_ == "NOUN" or tok.dep_ == "prep" and tok.lower_ == "about"):
        return False
    be = tok.head
    if be.lemma_ != "be" or not negated(be) or tok.lower_ in rebuttal_words("valid") or tok.lemma_.lower() in \
            rebuttal_words("valid") or any(c.lower_ in _MERELY for t in (tok, be) for c in t.children):
        return False
    subj, _ = subject(be)
    return subj is not None and subj.pos_ == "NOUN" and not doc.actor_of_token(subj) and (_deed(subj) or _claim(subj))


def _coordinated_predicate(tok: Token) -> bool:
    """"is not fair, not workable": the parser hangs the first of two predicate adjectives on the
    second as a modifier."""
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.pos_ == "ADJ" and tok.head.dep_ in _PREDICATIVE


def _said_of(tok: Token) -> Token | None:
    """What a predicate word is said of: the subject of its copula ("the claims are false", "that is not
    true"), the object it is called ("called the charges baseless", "described them as lies"), what is said
    to rest on it ("the claims are based on lies")."""
    ground = judged_frames.grounded(tok)
    if ground is not None:
        return ground
    if tok.dep_ == "amod" and tok.head.dep_ in _PREDICATIVE:  # "this is a baseless case"
        tok = tok.head
    if tok.dep_ == "oprd" or _as_complement(tok):
        verb = tok.head.head if _as_complement(tok) else tok.head
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if tok.dep_ in _PREDICATIVE:
        subj, _ = subject(tok.head)
        if subj is not None and subj.lower_ in _DEMONSTRATIVES and tok.pos_ == "NOUN" and tok.dep_ == "attr" \
                and not (tok.lower_ in cues("dismiss") or tok.lemma_.lower() in cues("dismiss")):
            return tok  # "this is a baseless case": the case is what is judged; but "this is a lie", "that is
            # propaganda": the dismissing noun is the verdict on what the demonstrative points to (evaccuse21)
        return subj
    return None


def _owner_of(doc: Document, noun: Token, earlier: list[Event]) -> list[str]:
    """Whose plan, case or deed a noun names: the doer of an event coded on it, its possessor, a party in
    its prepositional phrase ("this order by Uganda", "the plan of the ministry"), else the doer of the
    deed it names told before (``context.doer_of``). Not a name inside the noun itself ("Cherry picking")."""
    deeds = {e.trigger.start: e.source for e in earlier if e.source}
    found = _doers(noun, deeds) or who.owner(doc, noun, of=not patient_noun(noun))
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")):
        found = found or [a for t in prep.subtree for a in _named(doc, t)][:1]
    return found or context.doer_of(doc, noun, set(), earlier)


def _claim(noun: Token) -> bool:
    """A noun naming something said or brought: a claim, charge, report, case, story, account."""
    claims = cues("claim_noun")
    return noun.lemma_.lower() in claims or noun.lower_ in claims or noun.lemma_.lower() in word_class("accounts")


def _maker(doc: Document, noun: Token, inside: set[int]) -> list[str]:
    """Who made a claim the phrase names: its owner or the party named inside it ("Pakistan's allegations",
    "the charges by the prosecutors"); nobody for a bare pronoun."""
    if noun.pos_ == "PRON":
        return []
    return who.owner(doc, noun) or _named_within(doc, noun, inside)


def _accuser(doc: Document, tok: Token, speaker: str, earlier: list[Event]) -> list[str]:
    """The maker of the latest accusation of the speaker or the speaker's side ("Ghana accused Togo ...
    'That is not true,' Togo's minister said") coded in this or the previous sentence."""
    sent = sentence_of(tok)
    lo = sentence_of(sent[0].nbor(-1)).start_char if sent.start > 0 else sent.start_char
    for e in reversed(earlier):
        if e.type == "ACCUSE" and lo <= e.sentence.start < sent.end_char and any(
                t == speaker or who.own_side(doc, t, {speaker}, compatriots=True) for t in e.target):
            found = _others(doc, e.source, speaker)
            if found:
                return found[:1]
    return []


def _own_side(doc: Document, verb: Token, speaker: str) -> bool:
    """Whether a verb's active subject is the speaker's own side: I or we, a noun the speaker owns ("my
    government", "his administration" in reported speech) or the speaker named."""
    subj = child(verb, "nsubj")
    if subj is None and verb.dep_ in ("xcomp",):  # "we are not going to bend": the subject of "going"
        subj = child(verb.head, "nsubj")
    if subj is None:
        return False
    low = subj.lower_
    if low in who.FIRST_PERSON | who.SPEAKER_PLURAL:
        return True
    if any(c.dep_ == "poss" and c.lower_ in word_class("speaker_possessives") for c in subj.children):
        return True
    return speaker in who.actors(doc, subj)


_RULES = {"REQUEST": "demand", "ACCUSE": "judge", "REJECT": "rebut", "THREATEN": "threat"}
_CAMEOS = {"REQUEST": REQUEST_CAMEO, "ACCUSE": ACCUSE_CAMEO, "REJECT": REJECT_CAMEO, "THREATEN": THREATEN_CAMEO}


def _event(kind: str, tok: Token, speaker: str, target: str | None, number: int) -> Event:
    sent = sentence_of(tok)
    word = tok.lemma_.lower()
    return Event(
        id=f"e{number}", type=kind, source=[speaker], target=[target] if target else [],
        sentence=Span(sent.start_char, sent.end_char), trigger=Trigger(tok.text, tok.idx, tok.idx + len(tok)),
        rule=f"speech:{_RULES[kind]}/{word}",
        mode="disapprove" if kind == "ACCUSE" else None,
        cameo=_CAMEOS[kind],
        status="asserted", according_to=[], confidence=0.5,
    )
