"""The speaker of a reporting clause: the cue's subject (or the doer of a passive, the author of a document),
resolved to an actor of the story."""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from ..actors.words import actor_words, norm
from ..actors import pronoun_antecedent
from ..actors.country import place_by_setting
from ..actors.mentions import police_as_government
from ..actors.sector import title_sector, titles_any_body
from .cues import Speaker, CLIMB, FIRST_PERSON, NP_INNER, RELATIVE, THIRD_PERSON, cue_words, is_cue, lemma, source_phrase, verb_read_as_noun


def subject_of(cue: Token) -> Token | None:
    """The subject of a cue verb, climbing over 'adding', 'saying' and conjoined verbs."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    if cue.pos_ == "NOUN" and verb_read_as_noun(cue) is not None:
        return verb_read_as_noun(cue)
    phrase = source_phrase(cue)
    if phrase is not None:  # 'in the words of the mayor': the object of the phrase's last word
        return next((c for c in cue.doc[phrase[1]].children if c.dep_ == "pobj"), None)
    tok = cue
    for _ in range(4):
        tok = _host_of_adjunct(tok)
        subjects = [c for c in tok.children
                    if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and lemma(tok) in ("quote", "cite"))]
        if subjects:  # several when the parse joins a quote or an aside to the cue: the nearest not set off
            fronted = _name_before_aside(tok, subjects)
            if fronted is not None:
                return fronted
            c = min(subjects, key=lambda x: (_set_off(x, tok), x.lower_ in FIRST_PERSON, abs(x.i - tok.i)))
            return tok.head if c.lower_ in RELATIVE and tok.dep_ == "relcl" else c
        agent = passive_agent(tok)
        if agent is not None:
            return agent
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            return _subject_in_fronted_phrase(tok)
        tok = _reporter_of_content(tok) or tok.head
    return None


def _name_before_aside(verb: Token, subjects: list[Token]) -> Token | None:
    """'Kim, in an interview with the “Morning Hour” show, said ...': a name that opens the sentence, set
    off by a comma before an aside that opens with a preposition, which the parse left hanging off the
    verb while it took a noun of the aside for the subject. The name is the subject."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ not in ("dep", "npadvmod", "intj") or c.pos_ not in ("PROPN", "INTJ", "NOUN") or \
                not c.text[:1].isupper() or c.i + 2 >= len(doc):
            continue
        if doc[c.i + 1].text != "," or doc[c.i + 2].pos_ != "ADP" or not (c.i == c.sent.start or
                                                                           doc[c.sent.start].is_punct):
            continue
        if all(c.i + 2 < x.i < verb.i and doc[verb.i - 1].text == "," for x in subjects):
            return c
    return None


def passive_agent(verb: Token) -> Token | None:
    """The doer of a passive verb, named in its 'by' phrase: 'was described by the senator as', 'Asked
    by reporters whether', 'was sanctioned by the bloc for': who speaks, asks or gives the grounds."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """The subject the parse hung on a phrase fronted before a verb that has none: 'In an interview with
    reporters, the minister's spokesman, Ana Ruiz, said ...' (the spokesman taken for an apposition of
    'reporters'). An apposition inside a fronted prepositional phrase whose words end right before the
    comma before the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for tok in prep.subtree:
            if tok.dep_ == "appos" and tok.right_edge.i + 2 == verb.i and tok.doc[verb.i - 1].text == "," \
                    and tok.head.dep_ == "pobj":
                return tok
    return None


def _reporter_of_content(verb: Token) -> Token | None:
    """'She said the floods had left her shaken and vowed to rebuild': a speech verb the parse joined to the
    reported clause, whose subject is a thing (things do not vow or warn), belongs to the verb that has
    that clause as its complement ('said', 'rejected the idea ...'), whose subject it shares."""
    content = verb.head
    if verb.dep_ != "conj" or not is_cue(verb, cue_words()):
        return None
    if content.dep_ == "ccomp":
        reporter = content.head
    elif content.dep_ == "acl" and content.head.lemma_.lower() in cue_words().claims:
        reporter = content.head.head  # 'dismissed the claim that tourism can ... and warned'
    else:
        return None
    thing = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if thing is None or reporter.pos_ not in ("VERB", "AUX"):
        return None  # (the verb above may report or judge: 'said the floods ...', 'rejected the idea migration ...')
    doc = thing.doc
    if thing.lower_ in ("it", "there") or (thing.pos_ == "NOUN" and thing.tag_ in ("NN", "NNS")
                                           and thing.lower_ not in cue_words().person_nouns
                                           and not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                                       for t in doc[thing.left_edge.i:thing.i + 1])):
        return reporter
    return None


def _set_off(a: Token, b: Token) -> bool:
    """Whether one of two tokens stands inside quotation marks, dashes or brackets the other is outside
    of: an odd number of quotation marks or dashes between them, or brackets that do not pair up."""
    lo, hi = sorted((a.i, b.i))
    between = [a.doc[i] for i in range(lo + 1, hi)]  # (a list: each token made once for the three counts)
    quotes = sum(t.is_quote for t in between)
    dashes = sum(t.text in ("—", "–", "--") for t in between)
    brackets = sum(t.text == "(" for t in between) != sum(t.text == ")" for t in between)
    return quotes % 2 == 1 or dashes % 2 == 1 or brackets


def _host_of_adjunct(tok: Token) -> Token:
    """'Modi announced that India will help, calling it a gift': a participle set off by a comma after
    reported content belongs to the reporting verb, whose subject it shares, though the parse hangs it on
    the reported clause."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return tok
    host = tok.head
    while host.dep_ == "conj" and host.head.i != host.i:
        host = host.head
    if host.dep_ == "ccomp" and host.head.pos_ in ("VERB", "AUX") and host.head.i < tok.i:
        return host.head
    return tok


def phrase_of(subj: Token) -> tuple[int, int]:
    """The token range [first, last] naming a noun phrase's referent: its modifiers up to the head."""
    doc = subj.doc
    first = subj
    while first.i > subj.left_edge.i:
        prev = doc[first.i - 1]
        hyphened = not prev.whitespace_ and prev.nbor().text == "-"  # 'self' of 'a self-described member'
        if prev.dep_ not in NP_INNER and prev.dep_ not in ("flat", "appos") and not hyphened or not _under(prev, subj):
            break
        first = prev
    while first.i < subj.i and (first.is_punct or first.dep_ == "cc"):
        first = doc[first.i + 1]
    last = subj
    while last.i + 1 < len(doc) and doc[last.i + 1].head.i == subj.i and \
            doc[last.i + 1].dep_ in ("compound", "flat", "appos") and doc[last.i + 1].pos_ == "PROPN":
        last = doc[last.i + 1]
    return first.i, last.i


def _under(tok: Token, head: Token) -> bool:
    for _ in range(6):
        if tok.i == head.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i == head.i


def actor_of_phrase(doc: Document, first: int, last: int) -> str | None:
    """The actor named nearest the head of tokens first..last (the rightmost one)."""
    assert doc.nlp is not None
    for i in range(last, first - 1, -1):
        aid = doc.actor_of_token(doc.nlp[i])
        if aid:
            return aid
    return None


def resolve_speaker(doc: Document, subj: Token, outer: str | None = None) -> Speaker:
    """The actor a subject token stands for; pronouns go to their antecedent ('I'/'we' to ``outer``); a
    plural reference coreference resolved ('both leaders', 'they') to the first actor of it the text named."""
    end = subj.idx + len(subj.text)
    if subj.lower_ in FIRST_PERSON:
        return Speaker(outer, subj.idx, end, subj.text)
    several = doc.referents(subj)
    if len(several) >= 2:  # 'both leaders said', 'they said': the first the text named speaks for them
        first, last = phrase_of(subj)
        start = subj.doc[first].idx
        return Speaker(several[0], start, end, doc.text[start:end])
    if subj.lower_ in THIRD_PERSON:
        return Speaker(pronoun_antecedent(doc, subj), subj.idx, end, subj.text)
    named = _described_name(doc, subj)
    if named is not None:
        subj = named
    first, last = phrase_of(subj)
    assert doc.nlp is not None
    of = _of_phrase(subj) if doc.actor_of_token(doc.nlp[last]) is None else None
    if of is not None:  # "the head of UNICEF" (its object's own words: not "an assessment of attitudes on Chinese media")
        obj = next(g for g in of.children if g.dep_ == "pobj")
        last = max(phrase_of(obj)[1], obj.i)
    start, end = doc.nlp[first].idx, doc.nlp[last].idx + len(doc.nlp[last].text)
    if subj.pos_ == "NOUN" and doc.actor_of_token(subj) is None:
        # 'Guterres' spokesman, Stephane Dujarric, told ...': the apposition names the speaker, and a
        # person named as the owner of a role ('Guterres' spokesman') is not the one who speaks
        aid = _appositive_actor(doc, subj) or _not_owner(doc, subj, first, last)
    else:
        aid = actor_of_phrase(doc, first, last) or _appositive_actor(doc, subj)
    before = _described_before(doc, subj, aid, start, end) if of is None else None
    if before is not None:  # 'A college student ... said. "...," the student said': the one named before
        aid = before
        doc.add_mention(doc.actor(aid), start, end)
    elif of is None and _definite_person(doc, subj, first, last, aid):
        aid = _same_country(doc, pronoun_antecedent(doc, subj, person=True), first, last) or aid
    if aid is None and lemma(subj) in cue_words().document_nouns:
        aid = document_author(doc, subj)
    if aid is None and subj.pos_ in ("NOUN", "VERB"):
        aid = _name_after_descriptor(doc, subj, last)
    kind = doc.actor(aid).kind if aid else None
    if aid is None or (doc.actor_of_token(subj) is None and kind == "country" and
                       subj.lower_ in cue_words().speaker_nouns):
        aid = _describe(doc, subj, start, end) or aid  # "Eight Republican U.S. senators" are not the U.S.
    return Speaker(aid, start, end, doc.text[start:end])


DESCRIPTION_REACH = 4  # sentences back to the description 'the student' points to


def _earlier_description(doc: Document, subj: Token) -> Token | None:
    """'A college student in Accra ... said ... "...," the student told VOA', 'According to police sources,
    ... The sources said': a definite speaker's noun that names nobody ('the' and the noun, maybe a word
    or two before it) points back to the one description with the same noun that the text gave in the
    sentences before ('a'/'an'/'another' and the noun, or the noun alone in the plural): the same speaker, not a new
    one. Not when a word says it is somebody else ('the other teacher') or names another country than
    that description does ('a Kenyan farmer ... the Ugandan farmer'), nor when two such descriptions stand
    in reach (which one is meant is not said)."""
    cw = cue_words()
    if subj.lower_ not in cw.speaker_nouns or not any(c.dep_ == "det" and c.lower_ in ("the", "these")
                                                      for c in subj.children):
        return None
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "nummod") and c.i < subj.i]
    if any(c.lower_ in cw.other_words for c in mods):
        return None
    here = doc.sentence_number(subj.i)
    plural = subj.tag_ == "NNS"
    found: list[Token] = []
    for sent in doc.sentences()[max(0, here - DESCRIPTION_REACH):here + 1]:
        for tok in sent:
            if tok.i >= subj.i or tok.pos_ != "NOUN" or lemma(tok) != lemma(subj) or (tok.tag_ == "NNS") != plural:
                continue
            dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
            if not (dets and dets[0] in ("a", "an", "another") or not dets and plural):
                continue
            if tok.dep_ in ("compound", "amod") or not (tok.dep_ in ("nsubj", "nsubjpass", "pobj", "appos")):
                continue  # a speaker: the subject of a verb, or who something is according to
            found.append(tok)
    if len(found) != 1 or _other_country(doc, subj, mods, found[0]):
        return None
    return found[0]


def _described_before(doc: Document, subj: Token, aid: str | None, start: int, end: int) -> str | None:
    """The actor of the description a definite speaker's noun points back to (``_earlier_description``),
    when the noun's words name nobody else (``aid`` is None, or an actor made of these words alone)."""
    if subj.pos_ != "NOUN" or not (aid is None or _only_here(doc, aid, start, end)):
        return None
    earlier = _earlier_description(doc, subj)
    if earlier is None:
        return None
    before = doc.actor_of_token(earlier) or resolve_speaker(doc, earlier).actor
    return before if before != aid else None


def _only_here(doc: Document, aid: str, start: int, end: int) -> bool:
    """Whether actor ``aid`` is a person or group named by no words but these ('the business owner' made an
    actor of its own)."""
    actor = doc.actor(aid)
    return actor is not None and actor.kind in ("person", "group") and \
        all(start <= m.start and m.end <= end for m in actor.mentions)


def _other_country(doc: Document, subj: Token, mods: list[Token], earlier: Token) -> bool:
    """Whether a country named in the modifiers of ``subj`` is not one named in the phrase of ``earlier``."""
    theirs = {doc.actor_of_token(t) for t in earlier.subtree}
    for m in mods:
        aid = doc.actor_of_token(m)
        actor = doc.actor(aid) if aid else None
        if actor is not None and actor.kind == "country" and aid not in theirs:
            return True
    return False


def _name_after_descriptor(doc: Document, subj: Token, last: int) -> str | None:
    """'Rights monitor Human Rights Watch hailed ...', 'Press freedom group Reporters Without
    Borders ...' parsed with the name cut off from the words before it (taken for a verb and its object):
    a name that an actor's mention starts right after the subject's phrase, with only lower-case
    descriptive words and no comma between, is what those words describe."""
    assert doc.nlp is not None
    if subj.i != last:
        return None
    k = last + 1
    while k < len(doc.nlp) and k - last <= DESCRIPTOR_WORDS and doc.nlp[k].pos_ in ("NOUN", "ADJ") \
            and doc.nlp[k].text.islower() and doc.actor_of_token(doc.nlp[k]) is None:
        k += 1
    if k >= len(doc.nlp) or not doc.nlp[k - 1].whitespace_:
        return None
    nxt = doc.nlp[k]
    aid = doc.actor_of_token(nxt)
    actor = doc.actor(aid) if aid else None
    if actor is None or not nxt.text[:1].isupper() or not any(m.start == nxt.idx for m in actor.mentions):
        return None
    return aid


DESCRIPTOR_WORDS = 3  # lower-case words between a descriptor's first word and the name it describes


DOCUMENT_REACH = 3  # sentences back to the document 'the report' points to


def document_author(doc: Document, noun: Token) -> str | None:
    """Who speaks through a document noun that names nobody in its own words: the actor its 'by'/'from'
    phrase names ('a report by the World Bank', 'an assessment from the health ministry', 'a study
    published by the institute'); for 'the report', 'the study' with none, the author of the same document
    named in the sentences before: by such a phrase, or as the subject of the verb it is the object of
    ('Oxfam issued a report on Monday. According to the report, ...'). None when nobody is named."""
    found = _named_author(doc, noun)
    if found is not None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return found
    sents = list(noun.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
    earlier = [t for s in sents[max(0, here - DOCUMENT_REACH):here + 1] for t in s
               if t.i < noun.i and lemma(t) == lemma(noun) and t.pos_ == "NOUN"]
    for tok in reversed(earlier):
        found = _named_author(doc, tok) or actor_of_phrase(doc, *phrase_of(tok))
        if found is None and tok.dep_ == "dobj":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            found = actor_of_phrase(doc, *phrase_of(subj)) if subj is not None else None
        if found is not None:
            return found
    return None


def _named_author(doc: Document, noun: Token) -> str | None:
    """The actor in a document noun's 'by'/'from' phrase, or in the 'by' phrase of a participle of making
    after it ('issued by', not 'seen by'); or the owner of the place it stands on ('a statement on the
    Amnesty International website', 'posted on the ministry's channel': ``_channel_owner``)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in cue_words().document_verbs:
            obj = passive_agent(c)
            if obj is None:
                owner = _channel_owner(doc, c)
                if owner is not None:
                    return owner
        elif c.dep_ == "prep" and c.lower_ in ("on", "in"):
            obj = None
            owner = _channel_owner(doc, noun)
            if owner is not None:
                return owner
        else:
            continue
        if obj is not None:
            aid = actor_of_phrase(doc, *phrase_of(obj))
            if aid is not None:
                return aid
    return None


def _channel_owner(doc: Document, tok: Token) -> str | None:
    """The actor whose own place ('website', 'channel': quote_channel_nouns.txt) an 'on'/'in' phrase of
    ``tok`` names: by a name before the noun ('the Amnesty International website') or an owner
    ('the ministry's channel', 'its website', read as the pronoun's antecedent)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
        place = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if place is None or lemma(place) not in cue_words().channel_nouns:
            continue
        owner = next((c for c in place.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in THIRD_PERSON | {"its", "their", "his"}:
            return pronoun_antecedent(doc, owner)
        first, last = phrase_of(place)
        aid = actor_of_phrase(doc, first, place.i - 1) if first < place.i else None
        if aid is not None:
            return aid
    return None


def _described_name(doc: Document, subj: Token) -> Token | None:
    """'Family friend and historian Dr Ann Roe', 'said Lagos-based lawyer and activist Tunde Bello': singular
    nouns with no article, joined by 'and' to a person's name, are that one person's descriptions (a
    bare singular noun stands before a name only as its title); the name is the speaker."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or doc.actor_of_token(subj) is not None:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return None
    for c in subj.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > subj.i:
            actor = doc.actor(doc.actor_of_token(c) or "")
            if actor is not None and actor.kind in ("person", "media") and not _set_off(subj, c) and \
                    not any(t.text == "," for t in subj.doc[subj.i + 1:c.i]):
                return c
    return None


def _definite_person(doc: Document, subj: Token, first: int, last: int, aid: str | None) -> bool:
    """'the railway official said', 'said the retired engineer from Tunis': a definite singular noun
    for a person, naming nobody itself, that coreference left alone or made into an actor of its own
    (``aid``, named by these very words); it stands for the person the text has just been talking
    about, as 'he' would."""
    assert doc.nlp is not None
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lower_ not in cue_words().person_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or \
            any(c.lower_ in cue_words().other_words for c in subj.children):
        return False  # ('the other teacher' is not the teacher just named)
    actor = doc.actor(aid) if aid else None
    if actor is not None and actor.kind != "country" and (
            actor.kind != "person" or len(actor.mentions) > 1 or
            norm(actor.name) != norm(doc.text[doc.nlp[first].idx:subj.idx + len(subj.text)])):
        return False  # coreference linked it to somebody
    for t in doc.nlp[first:last + 1]:
        other = doc.actor(doc.actor_of_token(t) or "")
        if t.pos_ == "PROPN" or (other is not None and other.id != aid and other.kind != "country"):
            return False  # 'the Kremlin spokesman', 'the Hamas official': somebody else's
    return True


def _same_country(doc: Document, aid: str | None, first: int, last: int) -> str | None:
    """``aid`` unless its country contradicts a demonym among tokens first..last ('the French minister')."""
    assert doc.nlp is not None
    actor = doc.actor(aid)
    if actor is None:
        return None
    for t in doc.nlp[first:last + 1]:
        place = doc.actor(doc.actor_of_token(t) or "")
        if place is not None and place.kind == "country" and actor.country and place.country != actor.country:
            return None
    return aid


def _not_owner(doc: Document, subj: Token, first: int, last: int) -> str | None:
    """The actor a role noun's phrase names, unless it is a person owning the role ("Putin's aide", "a
    spokesman for Mr Levi": the person the role serves is not the one who speaks)."""
    aid = actor_of_phrase(doc, first, last)
    actor = doc.actor(aid)
    if actor is None or actor.kind != "person" or subj.lower_ not in cue_words().speaker_nouns:
        return aid
    assert doc.nlp is not None
    owners = [t for t in doc.nlp[first:last + 1] if doc.actor_of_token(t) == aid and t.dep_ in ("poss", "nmod")]
    served = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")
              for g in c.children if g.dep_ == "pobj" and doc.actor_of_token(g) == aid]
    if served:  # 'a spokesman for Mr Levi, Tom Reed,': the name set off after the served one (the
        return _appositive_actor(doc, served[0]) or None  # parse hangs it on the nearest noun) is the spokesman
    return None if owners else aid


def _appositive_actor(doc: Document, subj: Token) -> str | None:
    """'A government spokesman, Carlos Sitoe, rejected ...': the person the appositive names."""
    for c in subj.children:
        if c.dep_ == "appos":  # its own words, not a place it hangs on ('Imran Hayat, the superintendent in Quetta')
            first, last = phrase_of(c)
            aid = actor_of_phrase(doc, first, max(last, c.i))
            if aid:
                return aid
    return None


def _of_phrase(subj: Token) -> Token | None:
    """'of UNICEF' in 'the head of UNICEF': the prepositional phrase that says whose the head is."""
    for c in subj.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for") and any(g.dep_ == "pobj" for g in c.children):
            return c
    return None


def _describe(doc: Document, subj: Token, start: int, end: int) -> str | None:
    """A new actor for a speaker named only by a description ('a local resident', 'analysts')."""
    cw = cue_words()
    if subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "ORG"):
        return None
    if subj.pos_ != "PROPN" and subj.lower_ not in cw.speaker_nouns:
        return None
    w = actor_words()
    words_all = doc.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)]
    inst = w.institution_in(words_all)
    country = w.country_in(words_all) or (inst.country if inst else None)
    if subj.pos_ == "PROPN":
        kind = "organization" if subj.ent_type_ == "ORG" else "person"
    else:
        kind = "group" if subj.tag_ == "NNS" else "person"
    name = doc.text[start:_place_end(subj, end)]
    for a in doc.actors:
        if norm(a.name) == norm(name) and a.kind == kind:
            doc.add_mention(a, start, end)
            return a.id
    role = w.role_in(words_all)
    sector = w.body_sector_in(words_all) or (_role_sector(w, words_all, role) if role else None)
    if sector is None:
        sector = _described_sector(w, words_all)
    actor = doc.new_actor(name, kind, country=country, sector=sector,
                          code=f"{country or ''}{sector or ''}" or None)
    doc.add_mention(actor, start, end)
    place_by_setting(doc, actor)  # 'security sources', 'a local resident': the story's country
    police_as_government(actor)
    return actor.id


def _place_end(subj: Token, end: int) -> int:
    """Where a described speaker's name ends: after an 'in' phrase that names a place right after the noun
    ('a college student in Nairobi': where the nameless one is is part of who it is), else ``end``."""
    if subj.pos_ != "NOUN" or subj.i + 2 >= len(subj.doc) or subj.idx + len(subj.text) != end:
        return end
    prep = subj.doc[subj.i + 1]
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.head.i == subj.i and \
        prep.lower_ == "in" else None
    if place is None or place.ent_type_ not in ("GPE", "LOC") or place.i != subj.i + 2 and \
            any(t.ent_type_ not in ("GPE", "LOC") for t in subj.doc[subj.i + 2:place.i]):
        return end
    k = place.i
    while k + 1 < len(subj.doc) and subj.doc[k + 1].ent_iob_ == "I":
        k += 1
    return subj.doc[k].idx + len(subj.doc[k].text)


def _role_sector(w, words_all: str, role: str) -> str | None:
    """The sector of a speaker's role word. A title any body can give ('leader', 'director', 'spokesperson';
    ``sector.titles_any_body``) is read with the body its own words name, as a person's title is
    (``sector.title_sector``): 'the leader of her legal team' and 'the executive director of the city's
    chapter' are civilians, 'a local provincial official' the state's; not by the role's default alone (GOV)."""
    if role in titles_any_body():
        return title_sector(w, words_all)[1]
    return w.roles.get(role, (None, False))[0]


def _described_sector(w, words_all: str) -> str | None:
    """The sector a speaker's description gives when read as a person's title is ('a member of a crime group'
    CRM, 'a member of the upper house' LEG; ``sector.title_sector``): filled only where the role and body
    words above gave none, and never the civilian default (a former office, a head noun of no sector)."""
    from ..actors.mentions import Title
    from ..actors.sector import NO_SECTOR, title_sector

    _, sector = title_sector(w, Title(words_all, "", [words_all], ""))
    return sector if sector and sector not in NO_SECTOR and sector != "CVL" else None


def noun_phrase_after(doc: Document, offset: int) -> Token | None:
    """The head noun of the noun phrase starting at or after ``offset``."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(offset, min(len(doc.text), offset + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    for _ in range(6):
        if tok.dep_ in NP_INNER and tok.head.i > tok.i:
            tok = tok.head
        else:
            break
    return tok
