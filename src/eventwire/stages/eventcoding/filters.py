"""Trigger readings that are no political event, found by class before a candidate is coded (issue 15,
precision).

Each check starts on a cheap condition (the trigger's lemma in a small set, the entry's type or origin)
before it looks at the parse, so it costs nothing on the words it does not concern:

- a contest's result: "defeated South Korea 1-0", "beat the incumbent by 424 votes", "conceded a penalty"
  (a verb of winning or losing with a score, a margin or a contest noun in its clause: `contest_verb`,
  `sport_verb`, `contest`, `sport` and `contest_unit` in event_status.tsv) is sport or an election, not
  force nor a concession;
- the dictionary fallback's object: a PETRARCH verb read loosely codes an event only on an actor that is
  the object itself or its possessor ("destroyed Ivory Coast's air force"), not one named inside a thing
  ("take down the Cruise video", "abused the frailty of X");
- private dealings: a meeting, an offer, a gift, a cooperation or a word of support none of whose parties is a state, an
  official body, a party, an armed group or an international body ("vendors offered products", "a student's
  visit to Google", "the foundation donated the photographs", "a curator met the climber", "a lawyer defended
  his client", "a trust gave the college its archive": a school or university is a private party, evprec20) is
  no political event (`political_pairs`);
- a request or a threat without its addressee: made with a verb that takes whom it is made to as its object
  or "from" phrase ("urged X to", "asked X for", "requested X from Y", "threatened X"), it names someone a
  coder reads from the story; where the stage found nobody, the event without a target is scored false
  whatever else is right (`addressed`); not when someone is asked to do something ("urged both sides to
  return to talks": an addressee is there, unnamed). Requests told as calls or needs ("called for", "stressed the
  need") keep their targetless events, and so do rejections of a thing ("rejected the idea") and
  accusations of a deed ("denounced the delay"). An accusation whose object names someone the stage could
  not link ("accused the Spanish company"), and a refusal to do something, which turns down whoever asked,
  are not kept without a target.
- a deed only weighed: a gerund that is what a verb of deliberation takes up ("discuss upgrading ties",
  "consider offering relief", "debated sending troops", "talked about lifting sanctions":
  `deliberation_verbs` of event_word_classes.tsv) names the topic of the talk or the thought, not a deed done,
  planned or asked for; the talk itself ("discuss") is coded by its own reading;
- a hire, not an offer: an offer, pledge or promise to pay someone to do a deed ("offered to pay two men to
  follow the reporter", "promised to reward the guards to let him go": `hiring_verbs` of event_word_classes.tsv
  with an infinitive of its own) buys the deed from those paid; it is no offer of cooperation to them ("offered
  to pay compensation to the families" stays an offer);
- a deed only feared: an event noun in the "of" phrase of a noun of risk ("the threat of terrorist attacks",
  "the risk of new sanctions", "fear of arrest": `risk_nouns` of event_word_classes.tsv) is what may come, not
  what was done;
- what a coder leaves out once every reading is done (`unrecorded`): a commentator's judgement or demand
  made of no one ("critics blame years of mismanagement", "the analysts called for drastic changes", a
  professor's "that is clearly false"), where analysts, experts and critics only comment on the story, and
  a contact said not to take place ("did not invite the envoys", "does not want to meet Kim", "has not
  traveled to Kabul"): a meeting, visit, invitation, talk or offer that did not happen is no event of
  the story (the coders of A, C and D record a negated event only as optional), nor is a judgement or a
  request not made ("has never condemned the invasion", "did not ask Sudan to close the border"); a negated
  rejection, pact or act of force stays.
- a question put, not a request (`inquiry`): a verb of asking whose clause opens with a question word and
  has no modal of a deed ("asked the officials how the files went missing", "asked him if he had seen it";
  `asking_verbs`, `question_words`, `willing_modals` of event_word_classes.tsv); "asked Germany if it could
  send tanks" stays a request;
- a deed not shown (`unshown`): an event in the clause of a negated verb of showing or meaning ("the report
  does not show that the police arrested him", "does not mean that he will stand trial": `showing_verbs`) or
  of a finding said not to be there ("there is no evidence that the troops attacked", "offered no proof that
  Belarus sent soldiers": `evidence_nouns`);
- a deed said not to come (`doubted`, evprec18): a deed in the clause of a verb of belief or expectation negated
  in the present ("the mayor does not believe there will be any raids", "we don't think the army will attack":
  `belief_verbs`)
  or of a word of doubt ("diplomats doubt that Hungary will sanction the banks", "Russia is unlikely to invade":
  `doubt_words`) is a forecast that it will not happen; the coders of A, C, D and G record such a deed as an
  optional negated event at most;
- a deed only asked about (`asked_about`, evprec18): a "whether" clause no verb of asking takes ("the question is
  whether Israel will strike") or a direct question of whether it is so or what is to come ("Will Beijing attack
  Taiwan?", "When will the army withdraw?"); "Why did Russia attack the convoy?" takes the deed as done;
- a heading's word (`in_subheading`, evprec19): a subheading the text runs into the next sentence with no stop
  ("... in 2023. EU backing vital Amina Bello, speaking Friday, said ...") names the paragraph's topic; a deed
  its words seem to tell is none of the story's (the paragraph tells it, when there is one);
- a deed bought (`bought`): the deed an offer to pay someone pays for ("offered to pay her relatives to
  invite her to Turkey") is neither done nor offered by the payer; the offer is a hire (above).
- a deed only wished for (`desired`, evprec23): a verb in the "to" clause of a verb of desire ("they want to kill
  the judge", "he wanted to donate the maps to Poland", "hopes to start a firm helping migrants rent flats":
  `desire_verbs`) is neither done nor planned; a meeting wanted is an intent to meet (triggers.with_intent) and stays;
  so is a dealing only tried ("tried to set up a joint body with China", "sought to give aid": `attempt_verbs`,
  for the cooperative types; a deed of force tried stays, coded as the deed);
- a deed only conditioned (`conditioned`, evprec23): a deed in the "for" phrase of a noun of condition ("gave two
  conditions for restoring ties with Israel", "the preconditions for lifting sanctions": `condition_nouns`) is
  what may come once they are met, not a deed done.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...document import Document, parse_text, sentence_of, span_text
from ...ingest.dates import published_day
from ...lexicon import table, words
from ...record import Event
from .participants import is_person
from .tree import CLAUSE_EDGES, child, children, has_child, infinitive, prep_objects
from .triggers import Candidate
from .words import cues, cues_and_classes, word_class

# a match score: "1-0", "3 – 2" (one or two digits each side, so years and ranges of years are not scores)
_SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s?[-\u2013\u2014]\s?\d{1,2}(?![\d.,%])")


def drop(doc: Document, cand: Candidate) -> bool:
    """Whether a candidate reads a trigger in a sense that is no event."""
    lemma = cand.trigger.lemma_.lower()
    if lemma in cues("contest_verb") and contest(cand.trigger, elections=True) \
            or lemma in cues("sport_verb") and contest(cand.trigger, elections=False):
        return True
    if weighed(cand.trigger) or lemma in word_class("pledging_verbs") and hire(cand.trigger) or feared(cand.trigger):
        return True
    if lemma in word_class("asking_verbs") and inquiry(cand.trigger) or bought(cand.trigger) \
            or _article_has(doc, cand.trigger, "showing_verbs", "evidence_nouns") and unshown(cand.trigger):
        return True
    if _article_has(doc, cand.trigger, "belief_verbs", "doubt_words") and doubted(cand.trigger) \
            or asked_about(cand.trigger) or in_subheading(cand.trigger):
        return True
    if desired(cand) or conditioned(cand.trigger) or lemma in word_class("contest_exit_verbs") and left_contest(cand.trigger):
        return True
    return cand.entry.pos == "dict" and not _object_actor(doc, cand)


DESIRE_REACH = 5  # heads climbed from a deed to the verb of desire whose "to" clause holds it


_TRIED_DEALINGS = frozenset({"AGREE", "AID", "COOPERATE", "SUPPORT"})  # (talks tried are mostly held: not CONSULT)


def desired(cand: Candidate) -> bool:
    """Whether a verbal trigger is a deed only wished for: it sits, with no clause edge crossed, under an
    open "to" clause (xcomp) of a verb of desire ("they want to kill the judge", "hoped to start a firm
    helping migrants rent flats"), or a dealing under one of attempt ("tried to set up a joint body"). Meetings and
    agreements wanted are left to their intent reading."""
    tok = cand.trigger
    if tok.pos_ != "VERB" or cand.entry.type == "CONSULT":
        return False
    desire = word_class("attempt_verbs") if cand.entry.type in _TRIED_DEALINGS else frozenset()
    if cand.entry.type != "AGREE":
        desire |= word_class("desire_verbs")
    t = tok
    for _ in range(DESIRE_REACH):
        if t.head.i == t.i or t.dep_ in CLAUSE_EDGES and not _bare_gerund(t):
            return False
        if t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in desire:
            return True
        t = t.head
    return False


def _bare_gerund(tok: Token) -> bool:
    """A gerund adjunct with no subject nor conjunction of its own ("start a firm helping migrants rent flats"):
    its deed is in the scope of the clause it hangs on."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not children(tok, "nsubj", "nsubjpass", "mark")


# a subheading run into the next sentence: at most this many words, none of them punctuation
_HEADING_WORDS = 6
# tags of a capitalised word that opens a clause after a heading ("... crucial During a visit", "Rebel attacks
# Since", "International reaction A spokesperson"): a determiner, a preposition or subordinator, a wh-adverb (and
# after a noun a capitalised adjective, a people's name: "Egypt rejects dam deal Egyptian officials said"; not
# after a verb: "the movement opposes Turkish investment")
_CLAUSE_OPENERS = frozenset({"DT", "IN", "WRB"})
# tags of a heading's last word before a name that opens the next clause ("EU backing vital Amina Bello said",
# "Close allies Kenya's former president"): an adjective or a plural noun (not a singular noun of a
# title run into a name, "political analyst Ali Omar said", nor a verb, "police said Monday")
_HEADING_ENDS = frozenset({"JJ", "NNS"})


def in_subheading(tok: Token) -> bool:
    """Whether a word is in a subheading run into the sentence after it ("... in 2023. EU backing vital
    Amina Bello, speaking Friday, dismissed ...", "Rebel attacks Since January, ..."): the
    parse's sentence opens with at most six words, no punctuation among them, the last one in lower case and
    no function word, followed by a capitalised word that opens a clause (a determiner, a preposition or
    subordinator, a wh-adverb, a people's adjective; or a name after an adjective or a plural noun), no past
    tense, participle, modal or auxiliary among them (a sentence's own opening: "police said Monday", "talks
    have resumed Tuesday"), and the word is among those
    first words. A heading names the paragraph's topic; its words tell no deed of their own (the paragraph
    after it tells it, when there is one)."""
    sent = sentence_of(tok)
    if sent.start == 0 or tok.i - sent.start >= _HEADING_WORDS:
        return False
    before = parse_text(tok.doc)[:sent.start_char].rstrip()
    if not before or before[-1] not in ".!?\"\u201d\u2019'":
        return False
    for j in range(sent.start + 1, min(sent.start + _HEADING_WORDS + 1, sent.end - 1)):
        last, nxt = tok.doc[j - 1], tok.doc[j]
        if last.is_punct or not last.whitespace_:
            return False
        if not (last.is_alpha and last.text.islower()) or last.tag_ in ("IN", "DT", "TO", "CC", "PRP$", "MD") \
                or not nxt.text[:1].isupper() or nxt.text == "I" or nxt.ent_type_ in ("DATE", "TIME"):
            continue  # ("rebels fired rockets Monday": a day named after the verb's object)
        if nxt.tag_ in _CLAUSE_OPENERS or nxt.tag_ == "JJ" and last.tag_ in ("NN", "NNS") \
                or nxt.pos_ == "PROPN" and last.tag_ in _HEADING_ENDS:
            return tok.i < j and not any(t.tag_ in ("VBD", "VBN", "MD") or t.dep_ == "aux"
                                         for t in tok.doc[sent.start:j])
        return False
    return False


def weighed(tok: Token) -> bool:
    """Whether a verb is a gerund a verb of deliberation takes up as its object or its "about"/"on" phrase:
    "expected to discuss upgrading ties", "to consider offering relief", "talked about lifting sanctions"."""
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ in _TOPIC_PREPOSITIONS:
        head = head.head
    elif tok.dep_ not in ("dobj", "xcomp"):
        return False
    return head.i != tok.i and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in word_class("deliberation_verbs")


_TOPIC_PREPOSITIONS = frozenset({"about", "on", "over"})


def feared(tok: Token) -> bool:
    """Whether an event noun is what a noun of risk's "of" phrase names: "the ongoing threat of attacks"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in word_class("risk_nouns")


def conditioned(tok: Token) -> bool:
    """Whether an event word is what a noun of condition's "for" phrase names: "two conditions for restoring
    ties", "preconditions for a withdrawal", "requirements for resuming talks" (the object of a light verb)."""
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG":
        tok = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "for":
        return False
    noun = tok.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_class("condition_nouns")


def hire(tok: Token) -> bool:
    """Whether what a verb of offering offers is to pay (or bribe, hire) someone to do something: the offered
    verb has an infinitive of its own ("offered to pay them to plan the murder")."""
    return any(x.lemma_.lower() in word_class("hiring_verbs") and _paid_deeds(x) for x in children(tok, "xcomp"))


def _paid_deeds(pay: Token) -> list[Token]:
    """The infinitives that tell what a verb of paying pays for ("pay them to follow him")."""
    return [c for c in children(pay, "xcomp", "advcl") if infinitive(c)]


def bought(tok: Token) -> bool:
    """Whether a verb is the deed an offer to pay someone pays for ("offered to pay her relatives to invite
    her to Turkey", "offered to pay them to attack the convoy"): the deed is bought from those paid, not done
    nor offered; the offer itself is a hire (``hire``)."""
    if tok.dep_ not in ("xcomp", "advcl") or not infinitive(tok):
        return False
    pay = tok.head
    return pay.lemma_.lower() in word_class("hiring_verbs") and pay.dep_ == "xcomp" \
        and pay.head.lemma_.lower() in word_class("pledging_verbs")


def inquiry(tok: Token) -> bool:
    """Whether a verb of asking puts a question rather than asks for something: a clause of its opens with a
    question word and has no modal that asks for a deed ("asked the officials how the files went missing",
    "asked him if he had seen the video"; not "asked Germany if it could send tanks", "whether it would help"),
    and it asks for nothing else (no "to" infinitive, no "for" phrase: "asked them to leave", "asked for aid")."""
    if any(infinitive(x) for x in children(tok, "xcomp")) or any(p.lower_ == "for" for p in children(tok, "prep")):
        return False
    words, modals = word_class("question_words"), word_class("willing_modals")
    clauses = children(tok, "ccomp", "advcl")
    if not clauses and any(p.lower_ in word_class("question_topic_prepositions") for p in children(tok, "prep")):
        return True  # "asked the minister about the budget": a question on a matter, nothing asked for (evprec26)
    if not clauses and (put := _question_before(tok)) is not None:  # '"Did the police arrest them?" she asked'
        return _question(put, words, modals)  # (the parser ends the quoted question's sentence at its mark)
    return any(_question(x, words, modals) for x in clauses)


def _question_before(tok: Token) -> Token | None:
    """The verb of a quoted question that ends just before the sentence of a verb of asking near its start
    ('"Did the police arrest them?" the reporter asked the minister'), or None."""
    start = tok.sent.start
    if start == 0 or tok.i - start > 4:
        return None
    prev = tok.doc[start - 1]
    while prev.is_quote and prev.i > 0:
        prev = tok.doc[prev.i - 1]
    return prev.sent.root if prev.text == "?" else None


def _question(clause: Token, words: frozenset[str], modals: frozenset[str]) -> bool:
    """A clause that opens with a question word, or a quoted question with its auxiliary before its subject
    ("'Did the police arrest them?' the reporter asked"), and has no modal of a deed asked for."""
    first = next(t for t in clause.subtree if not t.is_punct)  # past an opening quotation mark
    quoted = any(t.text == "?" for t in clause.subtree) and _asks_if_or_what_comes(clause)
    return (first.lower_ in words or quoted) and not any(a.lower_ in modals for a in children(clause, "aux"))


def _article_has(doc: Document, tok: Token, *classes: str) -> bool:
    """Whether the article has a lemma of the word classes at all, read once per Document from the parse's lemmas:
    most articles have none, and ``drop`` asks the readers that need one (``unshown``: showing verbs and evidence
    nouns; ``doubted``: belief verbs and doubt words) of every candidate. A word outside the article's parse is
    read as if the article had one."""
    if tok.doc is not doc.nlp:
        return True
    key = "article has " + " ".join(classes)
    found = doc.cached(key)
    if found is None:
        lemmas = frozenset().union(*(word_class(c) for c in classes))
        found = doc.cached(key, bool(doc.token_numbers("LEMMA", lemmas, lower=True)))
    return found


def unshown(tok: Token) -> bool:
    """Whether a word is in the clause of a negated verb of showing or meaning ("the report does not show that
    the police arrested him", "the ruling does not mean he will stand trial", "the photographs do not prove that
    the army shelled the village"): what is not shown is no event of the story. The climb goes up clause
    complements, infinitives and conjuncts only, after an event noun's own verb ("stand trial", "face
    charges")."""
    t = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    while t.dep_ in ("ccomp", "xcomp", "conj", "acl") and t.head.i != t.i:
        head = t.head
        if t.dep_ == "ccomp" and head.lemma_.lower() in word_class("showing_verbs") and children(head, "neg"):
            return True
        if t.dep_ in ("acl", "ccomp") and _no_evidence(head):
            return True
        if t.dep_ == "acl":
            return False  # a clause on another noun: "the claim that", "reports that" (their own readings)
        t = head
    return False


def doubted(tok: Token, done_too: bool = False) -> bool:
    """Whether a deed is one its speaker says will not come: in the clause of a verb of belief or expectation
    negated in the present ("the mayor does not believe there will be any raids", "we don't think the army will attack",
    "does not expect Russia to invade": `belief_verbs`), or of a word that doubts by itself ("diplomats doubt that
    Hungary will sanction the banks", "Russia is unlikely to invade", "it is unlikely that X will return to talks":
    `doubt_words`). A past "did not expect the army to attack" is left alone: the deed may have come. An event noun
    climbs from its verb or from an existential "there will be" first. The climb goes up clause complements and
    infinitives only (a conjoined clause of its own is outside the doubt)."""
    t = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "dobj" or tok.dep_ in ("attr", "nsubj") and child(tok.head, "expl") is not None:
            t = tok.head  # "will face charges", "there will be an arrest"
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("attr", "nsubj") \
                and child(tok.head.head.head, "expl") is not None:
            t = tok.head.head.head  # "there will be no end of the raids"
    if not done_too and (t.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)):
        return False  # "does not believe the police tortured them": a deed told as done is disputed, not forecast
        # (its event stays; ``done_too`` asks only whether the clause is doubted: no accusation is made of it)
    believed, doubts = word_class("belief_verbs"), word_class("doubt_words")
    for _ in range(4):
        if t.dep_ not in ("ccomp", "xcomp") or t.head.i == t.i:
            return False
        head = t.head
        lemma = head.lemma_.lower()
        if lemma in believed and _negated_now(head) or lemma in doubts and head.pos_ == "VERB":
            return True
        if lemma in doubts or any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in doubts for c in head.children):
            return True  # "is unlikely to invade" (the infinitive on "unlikely"), "it is unlikely that ..."
        t = head
    return False


def asked_about(tok: Token) -> bool:
    """Whether a deed is only asked about: its clause is a "whether" clause not taken by a verb of asking ("the
    question is whether Israel will strike", "it is unclear whether Putin will meet him"; a verb of asking is
    ``inquiry``'s), or a direct question that asks whether it is so or what is to come ("Will Beijing attack Taiwan
    before the election?", "Could Russia invade Moldova next?", "When will the army withdraw?"). A question about a
    deed done, "Why did Russia attack the convoy?", takes the deed as known and is left alone. An event noun
    climbs from its verb first; the climb goes up infinitives and conjuncts to the clause's own verb."""
    t = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else tok
    for _ in range(4):
        if has_child(t, ("mark",), ("whether",)) \
                and t.head.lemma_.lower() not in word_class("asking_verbs"):
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "ROOT" and _question_mark(t) and _asks_if_or_what_comes(t)


def _question_mark(root: Token) -> bool:
    """Whether a sentence ends in a question mark (before any closing quotation mark)."""
    # (the sentence kept per parse and its words cut from the text: ``Token.sent`` and ``Span.text`` make a Token
    # per word of the sentence on every ask; only the closing marks are read, which both texts share)
    return span_text(sentence_of(root)).rstrip().rstrip("\"\u201d\u2019'").rstrip().endswith("?")


def _asks_if_or_what_comes(root: Token) -> bool:
    """A question with an auxiliary before its subject and no question word ("Did the army attack?", "Will
    Beijing attack?"), or one whose verb has a modal or "will" ("When will the army withdraw?")."""
    modals = cues_and_classes(("hypothetical", "planned"))
    auxes = children(root, "aux", "auxpass")
    first = next(root.subtree) if root.dep_ != "ROOT" else root.sent[0]
    if first.is_punct:
        first = first.nbor()  # an opening quotation mark
    if any(a.lower_ in modals for a in auxes):
        return True
    subjects = children(root, "nsubj", "nsubjpass", "expl")
    return bool(auxes and subjects) and auxes[0].i < subjects[0].i and first.lower_ not in word_class("question_words")


def _negated_now(verb: Token) -> bool:
    """A verb negated in the present: "do not believe", "doesn't expect", "never thinks" (not "did not expect")."""
    if not children(verb, "neg"):
        return False
    return verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VB" and any(
        a.lower_ in ("do", "does") for a in children(verb, "aux"))


def _no_evidence(noun: Token) -> bool:
    """A noun of a finding said not to be there: "no evidence", "no sign", "without proof", "did not find
    evidence" (`evidence_nouns`)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_class("evidence_nouns"):
        return False
    return any(d.lower_ == "no" for d in children(noun, "det")) or noun.dep_ == "pobj" and noun.head.lower_ == "without" \
        or noun.dep_ in ("dobj", "attr") and bool(children(noun.head, "neg"))


def left_contest(tok: Token) -> bool:
    """A verb of leaving whose "from" or "out of" object is a contest noun ("withdrew from the presidential race",
    "pulled out of the tournament": the contest and sport cues): a candidate or a team quits, no retreat."""
    contests = cues("contest") | cues("sport")
    return any(o.lemma_.lower() in contests for p in children(tok, "prep") if p.lower_ in ("from", "of")
               for o in children(p, "pobj")) \
        or any(o.lemma_.lower() in contests for p in children(tok, "prep", "prt") if p.lower_ == "out"
               for q in children(p, "prep") if q.lower_ == "of" for o in children(q, "pobj"))


def contest(tok: Token, elections: bool) -> bool:
    """A verb of winning or losing told of a contest: a score in its sentence ("defeated Panama 3-0"), a
    margin ("by 424 votes", "by two goals"), or a contest noun in its clause ("won the seat", "conceded a
    penalty", "defeated him in the runoff"); with ``elections`` False only sport's nouns count ("conceded
    the election to X" is a concession)."""
    if _SCORE.search(sentence_of(tok).text):
        return True
    nouns, units = cues("sport") | (cues("contest") if elections else frozenset()), cues("contest_unit")
    heads = [c for c in tok.children if c.dep_ in _CONTEST_ROLES]
    heads += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in _CONTEST_PREPOSITIONS
              for o in c.children if o.dep_ == "pobj"]
    for t in heads + [c for h in heads for c in h.children if c.dep_ in ("conj", "compound")]:
        lemma = t.lemma_.lower()
        if lemma in nouns or lemma in units and t.dep_ == "pobj" and t.head.lower_ == "by":
            return True
    return False


# the words of a contest verb's own phrase that name the contest: its object or subject ("conceded a
# penalty", "the match ended"), or the head of a phrase of place or margin ("in the runoff", "by 424 votes");
# a noun deeper in a phrase ("crushed protests in the election's aftermath") names no contest
_CONTEST_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "npadvmod"})
# phrases that tell where or by how much a contest was won: "in the runoff", "at the Olympics", "by 424 votes"
_CONTEST_PREPOSITIONS = frozenset({"in", "at", "by", "for"})


def _object_actor(doc: Document, cand: Candidate) -> bool:
    """Whether one of a dictionary reading's targets is named by an object's head itself (or its
    apposition or conjunct), by the head's possessor or adjective ("Palestinian families"), or by the body a
    noun for its people names ("Kenya police officers"): not by a name used as a modifier of a thing ("the
    Cruise video") nor inside an "of" phrase of one ("the frailty of X")."""
    if not cand.targets:
        return True
    wanted = set(cand.targets)
    tok = cand.trigger
    heads = children(tok, "dobj", "nsubjpass", "dative") + [o for p in children(tok, "prep", "agent")
                                                            for o in children(p, "pobj")]
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        heads.append(tok.head)
    roles = set(cand.entry.target) - {"dobj", "dative", "of"}  # "launched an assault on the army": a role's
    heads += [o for d in children(tok, "dobj") for p in children(d, "prep")  # phrase hung on the object
              if p.lower_ in roles for o in children(p, "pobj")]
    for head in heads:
        named = [head, *children(head, "appos", "conj", "poss", "amod")]  # "evicted Palestinian families"
        if head.lemma_.lower() in _people_nouns():  # "Kenya police officers", "members of the militia"
            named += children(head, "compound") + prep_objects(head, "of")
        if any(wanted & set(doc.referents(t)) for t in named):
            return True
    return False


@lru_cache(maxsize=None)
def _people_nouns() -> frozenset[str]:
    """Nouns for people who act for a body (the actors stage's group nouns, member nouns and roles)."""
    return frozenset(r["noun"] for r in table("group_nouns.tsv")) | words("member_nouns.txt") \
        | frozenset(r["role"] for r in table("roles.tsv"))


# the cooperative types whose events between private parties are no political event (SUPPORT too, when a
# person gives it: a lawyer defending a client, a curator praising a climber) (a private sector, a
# person of no known sector, or the press; the state, officials, courts, lawmakers, parties, armed groups
# and international bodies are parties of politics); force, coercion, demands and accusations between private parties stay events (a crime,
# a lawsuit, a protest's demand)
_DEALINGS = frozenset({"AID", "AGREE", "COOPERATE", "CONSULT", "SUPPORT"})
_PRIVATE_SECTORS = frozenset({"CVL", "BUS", "MED", "EDU"})  # (a school or university deals as a firm does: evprec20)


def political_pairs(doc: Document, cand: Candidate, found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The (source, target) pairs of a candidate, less those of a dealing between private parties only."""
    if cand.entry.type not in _DEALINGS or not found:
        return found
    return [(s, t) for s, t in found if not (_private(doc, s) and (t is None or _private(doc, t))
                                             and (cand.entry.type != "SUPPORT" or is_person(doc, s)))]


def _private(doc: Document, actor_id: str) -> bool:
    """A party of private dealings: a person or a body of a private sector (or the press), a person no role
    or office is told of (a body of unknown sector is not one), a group of firms or traders, or commentators ("analysts agree that ...", `commentator_nouns.txt`); not the
    groups of civil society a story follows (protesters, unions, refugees, aid agencies, villagers) nor a
    body coded as an NGO ("the Red Cross")."""
    found = doc.actor(actor_id)
    if found is None or found.kind == "country":
        return False
    if found.sector is None:  # a person no role or office is told of is a private one; a body of unknown
        return found.kind == "person"  # sector is unknown, not private ("APEC agreed to ...")
    if found.sector not in _PRIVATE_SECTORS:
        return False
    if found.kind == "group":
        from ..actors.country import comments_from_outside

        return found.sector == "BUS" or comments_from_outside(doc, found)
    return not (found.code or "").startswith("NGO")


# the types whose verbs take their addressee as object, and the roles that hold it
_ADDRESSES = frozenset({"REQUEST", "THREATEN"})
_ADDRESSEE_ROLES = frozenset({"dobj", "dative", "from"})


_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _party(tok: Token) -> bool:
    """Whether a verb's object names someone rather than something: a personal pronoun, a name of a
    person, body or place, or a noun for people or a body the actors stage knows ("the company", "the
    contractors", "the ministry")."""
    from ..actors.sector import head_sector

    if tok.lower_ in _PARTY_PRONOUNS or tok.ent_type_ in _PARTY_ENTITIES:
        return True
    return tok.pos_ == "NOUN" and head_sector(tok.lower_)[1]


def addressed(cand: Candidate) -> bool:
    """Whether the candidate's event needs a target (events.run drops its targetless events once every
    candidate is coded: until then they are there for later readings, the maker of a claim rejected): a
    verb's request or threat whose first target role is its object or a "from" phrase, unless the verb has
    someone it asks to do something ("urged both sides to return to talks": an addressee the stage could not
    name is still there, and a coder may leave it unnamed too); an accusation whose object names someone
    the stage could not make an actor of ("accused the Spanish company", "blamed the contractors"): the one
    blamed is there, and the event without a target is scored false and a miss (an accusation of a deed,
    "denounced the delay", may be left without a target); a refusal to do something ("refused to attend
    the hearing", "declined to take part"), which turns down whoever asked."""
    entry = cand.entry
    if entry.type == "ACCUSE":
        return entry.pos == "verb" and cand.trigger.pos_ == "VERB" and \
            any(_party(o) for o in children(cand.trigger, "dobj", "nsubjpass"))  # "the firm was accused by"
    if entry.type == "REJECT" and entry.pos == "verb" and cand.trigger.pos_ == "VERB":
        return any(a.dep_ == "aux" and a.lower_ == "to" for x in children(cand.trigger, "xcomp") for a in x.children)
    if entry.type not in _ADDRESSES or entry.pos != "verb" or "neg" in entry.flags or not entry.target \
            or entry.target[0] not in _ADDRESSEE_ROLES:
        return False
    tok = cand.trigger
    if entry.type == "REQUEST" and that_clause(tok):
        return False  # "recommends that every country should ban it": what is asked stands in its own
        # clause, of no particular party, as "urged both sides to return to talks" asks it of an unnamed one
    return not (children(tok, "dobj") and any(a.lower_ == "to" for x in children(tok, "xcomp")
                                              for a in children(x, "aux")))


def that_clause(tok: Token) -> bool:
    """Whether a verb's complement clause, opening with "that" or with no word before its subject, asks
    something of no particular party: its subject a common noun quantified or in the bare plural ("recommends
    that every country should ...", "urged that all states ban ...", "demanded that governments act"). A
    particular party ("that the court free her", "that he be released", "they be lifted") is someone the
    coder names, and the event without it is no reading; so is a passive's ("that jailed activists be freed":
    asked of their jailers); a question ("asked whether the loans were repaid",
    "asked how the files got out") asks for no deed."""
    for x in children(tok, "ccomp"):
        if any(m.lower_ != "that" for m in children(x, "mark")) or any(w.tag_ in _WH_TAGS for w in x.children):
            continue
        if any(_anyone(s) for s in children(x, "nsubj")):  # the doer, not who undergoes a passive's deed
            return True
    return False


_WH_TAGS = frozenset({"WRB", "WP", "WDT"})
_ANY_DETERMINERS = frozenset({"every", "all", "each", "any"})


def _anyone(subj: Token) -> bool:
    """A subject naming no particular party: "every country", "all governments", "states" (a noun for a
    party, _party: not "all parts of the accord be carried out")."""
    if subj.pos_ != "NOUN" or not (_party(subj) or subj.lemma_.lower() in words("state_nouns.txt")):
        return False
    dets = [d.lower_ for d in subj.children if d.dep_ in ("det", "predet")]
    return any(d in _ANY_DETERMINERS for d in dets) or not dets and subj.tag_ == "NNS" \
        and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in subj.children)


# the contacts whose negated events are not recorded: meetings, visits and talks (CONSULT), invitations
# and offers (AGREE), working together (COOPERATE)
_CONTACTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# the words whose negated events are not recorded either (evprec2, r16): a judgement or a request not made
# ("has never condemned the invasion", "did not ask Sudan to close the border"); the coders of A, C, D and G list
# every negated event as optional only. A rejection or a pact not made ("did not reject the conditions", "did
# not sign the agreement") keeps its negated event (tests/test_probeev_r11.py pins them)
_WORDS = frozenset({"ACCUSE", "REQUEST"})


# the readings that guess who did a deed told without its doer: the state for an arrest, a detention, a sentence or
# a charge ("he was arrested", "has been in custody": triggers.verbal, nominal, courts), the one who held a person
# for a release ("he was released", agents.releaser), the accuser of a case (agents.crime_accuser)
_GUESSED_DOERS = frozenset({"state", "released", "case"})
# how many calendar years before the story's a dated deed is background (evprec28): "he was arrested in 2011",
# "he was released in May 2017" in a story of 2021; a deed of the year before ("arrested last December") is news
BACKGROUND_YEARS = 2


def _background_guess(doc: Document, ev: Event) -> bool:
    """Whether an event whose doer the stage guessed (`_GUESSED_DOERS`: "was arrested" -> the state) is dated to a
    year `BACKGROUND_YEARS` or more before the article's: a person's past told as background ("he had been arrested
    and sentenced in 2011", "he was released in May 2017", "he was arrested in July 2022" in a story of 2025),
    which the coders of C, D and G do not record (or record as optional) with a doer nobody names; a dated deed
    whose doer the sentence names ("was sanctioned by the EU in 2024", "police arrested him in 2019") stays, and so
    does a holding that goes on ("has been in custody since 2020", "held since 2019": the "since" of its date)."""
    if ev.time is None:
        return False
    how = set(re.split(r"[/+]", ev.rule)[1:])
    if not _GUESSED_DOERS & how or "held" in how:
        return False
    day = published_day(doc.article.published)
    time = next((t for t in doc.times if t.id == ev.time), None)
    value = (time.value or "") if time is not None else ""
    if day is None or not value[:4].isdigit() or int(value[:4]) > day.year - BACKGROUND_YEARS:
        return False
    return not doc.text[max(0, time.start - 6):time.start].lower().rstrip().endswith("since")


# the sector of courts and judges (a REJECT of theirs without a party named is not recorded: unrecorded)
_COURTS = "JUD"


def _own_state(doc: Document, source: str, target: str) -> bool:
    """Whether ``source`` speaks for the country ``target`` names as a whole (actors.sector.speaks_for_state: its
    government, forces or outlets; "Americans" warned by the State Department); rebels or an opposition
    threatening their own state do threaten it."""
    from ..actors.sector import speaks_for_state

    a, b = doc.actor(source), doc.actor(target)
    return a is not None and b is not None and speaks_for_state(a, b)


def unrecorded(doc: Document, ev: Event) -> bool:
    """Whether a coded event is one a coder leaves out (see the module): a negated contact, a court's REJECT
    without a target (a motion or request of nobody named turned down), or an event without a target all of
    whose sources comment from outside the story (``comments_from_outside``)."""
    from ..actors.country import comments_from_outside
    from ..actors.mentions import working_sector

    if ev.status == "negated" and (ev.type in _CONTACTS or ev.type in _WORDS):
        return True
    if _background_guess(doc, ev):
        return True
    if ev.type == "THREATEN" and ev.target and all(_own_state(doc, s, t) for s in ev.source for t in ev.target):
        return True  # a state's body warning its own state's people is an advisory ("the State Department warned
        # Americans against travel to Haiti"; verbal26)
    if ev.target or not ev.source:
        return False
    if ev.type == "REJECT" and all((a := doc.actor(s)) is not None and working_sector(a) == _COURTS for s in ev.source):
        return True  # a court turning down a motion, a request or an appeal of nobody named is procedure, not a
        # rejection of a party ("the judge rejected the defense's request for a delay"; verbal26)
    return all((a := doc.actor(s)) is not None and comments_from_outside(doc, a) for s in ev.source)
