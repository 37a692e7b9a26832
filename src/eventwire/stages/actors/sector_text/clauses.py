"""A person's own clause names the body they run, founded or work for, or the office they entered or hold now
('X runs a hedge fund', 'X was sworn in as trade minister', 'X, who represents Z in parliament'); the
tense and mood tests (``present_tense``, ``not_told_as_fact``) other readers share."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....lexicon import words
from ....lookahead import led
from ....record import Actor
from ..sector import NO_SECTOR, STATE_SECTORS, set_sector, title_sector
from ..words import ActorWords, FORMER_TOKENS, LEAD_VERBS
from .body_leaders import _sector_of


# Verbs (lemmas) by which a person's own clause names the body they are part of now: 'X runs a hedge fund',
# 'X, who heads the Y Agency', 'X founded Z Corporation', 'X works for the W Company'. Leading and working
# are read in the present tense only (a body served once gives no office now); founding in any tense (a
# founder stays one).
_WORK_VERBS = frozenset({"work"})
_WORK_PREPS = frozenset({"at", "for", "with"})
_FOUND_VERBS = frozenset({"found", "co-found", "cofound", "establish", "open"})
# founding verbs read for a firm only: 'X opened grocery stores and restaurants' BUS (not 'X opened a school',
# 'X opened the talks', 'X opened fire')
_FIRM_ONLY_VERBS = frozenset({"open"})
_NOW_VERBS = LEAD_VERBS | {"own", "manage", "direct"}
_CLAUSE_VERBS = _WORK_VERBS | _FOUND_VERBS | _NOW_VERBS
# The verbs' inflected forms, in lower case (the verb follows its subject): one pass of this pattern over the text
# finds the few words whose token is then read ('found' as the past of 'find' is dropped by its lemma)
_CLAUSE_WORDS = led(
    r"\b(?:(?:work|found|co-?found|establish|open|head|chair|command|own|direct|appoint|elect|re-?elect|confirm|install)"
    r"(?:s|es|ed|ing)?|runs?|running|ran|leads?|leading|led|manag(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|"
    r"nominat(?:e|es|ed|ing)|sworn|swore|swears?|serv(?:e|es|ed|ing)|becom(?:e|es|ing)|became|represents?|"
    r"representing|(?<=who )(?:is|are))\b")
_PRESENT = ("VBZ", "VBP")


def _body_in_clause(verb: Token) -> Token | None:
    """The body a clause's verb names: the object of leading, owning or founding, or what one works at,
    for or with; None for a tense that tells a past tie ('X worked for the ministry', 'X ran the firm')."""
    lemma = verb.lemma_.lower()
    if lemma not in _CLAUSE_VERBS or not_told_as_fact(verb):
        return None
    now = verb.tag_ in _PRESENT or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)
    if lemma not in _FOUND_VERBS and not now:
        return None
    if any(c.lower_ in FORMER_TOKENS for c in verb.children):
        return None
    if lemma in _WORK_VERBS:
        body = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in _WORK_PREPS
                     for o in p.children if o.dep_ == "pobj"), None)
        if body is not None and body.pos_ == "NOUN" and body.lower_ in _SEAT_NOUNS:
            # 'has a job in the office of the mayor': the office is the one whose 'of' phrase names
            body = next((o for p in body.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), None)
        return body
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


_SEAT_NOUNS = frozenset({"office", "offices", "headquarters", "secretariat"})
# Verbs by which a person enters an office, told with 'as' ('X was sworn in as trade minister',
# 'X, who was appointed as ambassador'): the office is held from then on; 'serve as' only in the present.
_AS_VERBS = frozenset({"appoint", "name", "elect", "confirm", "nominate", "swear", "install", "reelect", "re-elect"})
# Verbs by which a person holds an office or does a job now, told with 'as' in the present ('now serves as
# mayor', 'X, who works as a reporter for Y', 'is working as a presenter'); a past tense tells no job now.
_NOW_AS_VERBS = frozenset({"serve", "work"})
_ALL_CLAUSE_VERBS = _CLAUSE_VERBS | _AS_VERBS | _NOW_AS_VERBS | {"become", "be", "represent"}


def present_tense(verb: Token) -> bool:
    """The verb is in the present: 'works', 'serve', 'is working', and the present perfect of what still
    goes on ('has worked as a reporter for 20 years', 'who has led the party since 2010')."""
    return verb.tag_ in _PRESENT or verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "aux" and c.tag_ in _PRESENT and (verb.tag_ == "VBG" or c.lemma_ == "have") for c in verb.children)


def not_told_as_fact(verb: Token) -> bool:
    """A clause of a condition, a wish or a future ('if he is elected prime minister', 'who would become
    president', 'who hopes to run the firm' is no clause of these verbs): no office or body now."""
    return any(c.dep_ == "mark" or c.tag_ == "MD" for c in verb.children) or verb.dep_ == "xcomp"


def _office_in_clause(w: ActorWords, verb: Token) -> str | None:
    """The office a clause of the person's own names, as ``title_sector`` reads it: an 'as' phrase ('was
    sworn in as the new trade minister', 'now serves as mayor'), the office one is elected or
    appointed to ('was elected president'), becomes ('who became prime minister') or is now ('who is the
    country's foreign minister'); None for a past service or state ('served as the special envoy', 'who
    was the envoy'), a 'former' office, or words that name no role."""
    lemma = verb.lemma_.lower()
    if not_told_as_fact(verb):
        return None
    if lemma in _AS_VERBS or lemma in _NOW_AS_VERBS and present_tense(verb):
        offices = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                   for o in p.children if o.dep_ == "pobj"]
        if lemma not in _NOW_AS_VERBS:
            offices += [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ in ("NOUN", "PROPN")]
    elif lemma == "become" or lemma == "be" and verb.tag_ in _PRESENT:
        offices = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    else:
        return None
    for office in offices[:1]:
        if any(t.lower_ in FORMER_TOKENS for t in office.subtree):
            return None
        role, sector = title_sector(w, office.doc[office.left_edge.i:office.right_edge.i + 1].text)
        if lemma == "work" and role in words("titles_any_body.txt") and sector == "GOV":
            return None  # 'works as an adviser at a bank': a job any body gives, not an office of state
        return sector if role else None
    return None


def _seat_in_clause(verb: Token) -> str | None:
    """'X, who represents the northern district in parliament', 'X represents Kisumu in the Senate': one
    who represents a place in a legislature now sits in it (LEG); a lawyer who represents a client does not."""
    if verb.lemma_.lower() != "represent" or not present_tense(verb):
        return None
    seats = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return "LEG" if any(o.lower_ in words("legislature_words.txt") or o.lower_ == "assembly" for o in seats) else None


def people_of_bodies_in_clause(doc: Document, w: ActorWords) -> None:
    """A person with no title, or a title any body can give, whose own clause says which body they run,
    founded or work for ('X runs a hedge fund', 'X, who heads the Y Agency', 'X founded Z Corporation', 'X
    works for the W Company') takes that body's sector (its actor's, else what its describing noun says);
    a body with no sector ('X founded the party', 'X works at a bar') changes nothing. A title that gives a
    sector of its own ('analyst', 'lawyer') keeps it. Read from the verbs (their words found by one
    pattern over the text, then the token's lemma in a set), then their subjects, so that no person's
    mentions are parsed again."""
    assert doc.nlp is not None
    titles = words("titles_any_body.txt")
    done: set[str] = set()
    for m in _CLAUSE_WORDS.finditer(doc.text):  # the verbs' words found in the text, not token by token
        found = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        verb = found[0] if found is not None and len(found) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ALL_CLAUSE_VERBS:
            continue
        if verb.lemma_.lower() in _FOUND_VERBS and verb.tag_ == "VBN":
            _founders_by(doc, verb, titles, done)  # 'Y was founded by X', 'Y, founded in 2016 by X and Z'
        actor = _subject_person(doc, verb)
        if actor is None or actor.id in done or actor.sector in STATE_SECTORS:
            continue
        if actor.role and actor.role not in titles or actor.sector not in (None, "CVL"):
            # a trade the person has, and an office their clause says they hold now: 'X, a lawyer by training who
            # now serves as justice minister' GOV, 'X, a journalist who became information minister' GOV; the
            # trade's own sector otherwise ('a lawyer who runs a firm')
            office = _office_in_clause(w, verb) if _apposition_told(verb) is not None and verb.lemma_.lower() != "be" \
                else None  # (not 'a businesswoman who is the president's niece')
            if office and office not in NO_SECTOR and office != "CVL":
                set_sector(actor, office)
                done.add(actor.id)
            continue
        office = _office_in_clause(w, verb) or _seat_in_clause(verb)
        if office and office not in NO_SECTOR:
            set_sector(actor, office)
            done.add(actor.id)
            continue
        body = _body_in_clause(verb)
        other = doc.actor(doc.actor_of_token(body)) if body is not None else None
        if other is not None and other.kind == "person":
            continue  # 'X works for Y': somebody's aide, not a body's
        sector = _sector_of(doc, body, actor) if body is not None else None
        if verb.lemma_.lower() in _FIRM_ONLY_VERBS and sector != "BUS":
            continue
        if sector and sector not in NO_SECTOR and sector not in ("COP", "CRM"):
            set_sector(actor, sector)
            done.add(actor.id)


def founders_of_firms(doc: Document, firms: set[str]) -> None:
    """The founders of the bodies read as firms only after ``people_of_bodies_in_clause`` ran (``body_sectors``:
    a brand's name, a firm's name shorter or longer, the head word of its name): 'Y, founded in 2016 by X and
    his partner, Z' and 'X founded Y' give X and Z the firm's sector now, as they give it for a firm read
    before; no other clause is read again."""
    assert doc.nlp is not None
    titles = words("titles_any_body.txt")
    done: set[str] = set()
    for m in _CLAUSE_WORDS.finditer(doc.text):
        found = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        verb = found[0] if found is not None and len(found) else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _FOUND_VERBS:
            continue
        if verb.tag_ == "VBN":
            _founders_by(doc, verb, titles, done, firms)
            continue
        actor = _subject_person(doc, verb)
        body = _body_in_clause(verb)
        aid = doc.actor_of_token(body) if body is not None else None
        if actor is None or actor.id in done or aid not in firms or not_told_as_fact(verb):
            continue
        if actor.sector in (None, "CVL") and (not actor.role or actor.role in titles):
            set_sector(actor, "BUS")
            done.add(actor.id)


def _founders_by(doc: Document, verb: Token, titles: frozenset[str], done: set[str],
                 bodies: set[str] | None = None) -> None:
    """'Y was founded by X', 'Y, founded in 2016 by X and his partner, Z': the people a founding verb's 'by'
    names (each of a coordination, and the name set beside a noun: 'his partner, Z') take the sector of the
    body founded, the verb's passive subject or the noun its participle hangs on (its actor's, else what its
    describing noun says), as 'X founded Y' gives it; a body with no sector changes nothing."""
    body = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if body is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        body = verb.head
    if body is None or not_told_as_fact(verb):
        return
    other = doc.actor(doc.actor_of_token(body))
    if other is not None and other.kind == "person" or bodies is not None and (other is None or other.id not in bodies):
        return  # (``bodies``: the founders of these bodies only)
    if other is not None:
        sector = other.sector if other.kind != "country" else None
    else:
        sector = _sector_of(doc, body, None)  # (no actor of its own: its description's or head noun's)
    if not sector or sector in NO_SECTOR or sector in ("COP", "CRM") or \
            verb.lemma_.lower() in _FIRM_ONLY_VERBS and sector != "BUS":
        return
    agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    named = list(agents)  # each of a coordination, and the name set beside a noun by a comma: 'X and his partner,
    for tok in named:     # Z', 'engineer X and his partner, Z' (the coordination hung on the apposition's name)
        named += [c for c in tok.children if c.dep_ in ("compound", "appos", "conj") and c not in named]
    for tok in named:
        actor = doc.actor(doc.actor_of_token(tok))
        if actor is None or actor.kind != "person" or actor.id in done:
            continue
        if actor.sector in (None, "CVL") and (not actor.role or actor.role in titles):
            set_sector(actor, sector)
            done.add(actor.id)


def _apposition_told(verb: Token) -> Token | None:
    """The noun of a name's apposition that a 'who' clause hangs on: 'X, a lawyer who ...', or the 'by' phrase
    after it the parse hangs the clause on ('X, a lawyer by training who ...'); None for any other clause."""
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "by":
        noun = noun.head.head
    return noun if noun.dep_ == "appos" and noun.head.i < noun.i else None


def _subject_person(doc: Document, verb: Token) -> Actor | None:
    """The person actor a verb's subject names: 'X founded ...', 'X was confirmed as ...', or the noun a
    'who' clause hangs on ('X, who runs ...'); a name's first word may hang on its last ('Chin Wei')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in ("who", "that"):
        if verb.dep_ != "relcl" or verb.head.i > verb.i:
            return None
        subject = verb.head
        described = _apposition_told(verb)
        if described is not None and doc.actor(doc.actor_of_token(described)) is None:
            subject = described.head  # 'X, a lawyer (by training) who now serves as minister': the clause tells of X
    for tok in (subject, *(c for c in subject.children if c.dep_ == "compound")):
        actor = doc.actor(doc.actor_of_token(tok))
        if actor is not None:
            return actor if actor.kind == "person" else None
    return None
