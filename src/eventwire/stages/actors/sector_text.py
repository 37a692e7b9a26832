"""An actor's sector read from the words the story puts around it, once every actor is built.

Run after countries and coreference, before ``sector.settle_sectors``; each step only fills what the
actor's own name, title and the knowledge base left open:

- ``described_bodies``: an organisation with no sector takes the one the story's description of it
  gives: a noun in apposition or before the name ("energy giant X", "X, a political risk consultancy",
  "X, an outlet covering mining news", "the X consultancy", "companies such as X"; ``body_descriptors.tsv``,
  then the head-noun lexicons), else the body it is a unit of ("VOA's Swahili Service" MED, "NASA's X
  Center" GOV), else the knowledge base's firms by their short name; a 'person' named like a body ('...
  Company') becomes that body (``bodies_read_as_people``);
- ``staff_of_bodies``: a person whose title any body can give (spokesman, chief, director, founder) or
  who has no title, and who speaks for a body named in their own phrase ("X spokesman Y", "X's public
  affairs chief Y") or advises one ("senior adviser to the X Museum"), takes the body's sector once known;
- ``leaders_of_bodies``: a person named as leading a body or group ("the cabinet headed by X")
  takes its sector;
- ``former_international_officials``: a person whose title names an international office held no more
  ("former NATO Secretary General X") is a civilian, like any former office but a head of state's;
- ``credited_reporters``: a person named in a credit line ("X and Y contributed to this report") is a
  journalist (MED);
- ``opposition_people``: a person whose own words place them in the opposition ("opposition politician
  X", "the opposition party of former Prime Minister X") is OPP, also a former office holder: the office
  is no longer held, the opposition is; a member of a legislature ("X, an opposition lawmaker") is LEG
  on either side of it (``opposition_sector``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ...document import Document, children_of, heads_of, read_once, sentence_of, span_text, strings_of, tokens_of
from ...lexicon import singular_forms, table, words
from ...lookahead import led
from ...record import Actor
from ..nlp.tree import leaders
from .country import before_name, body_spoken_for
from .knowledge import base_firms
from .sector import (FORMER_TITLE, NO_SECTOR, descriptor_sector, head_sector, is_legislator, leader_roles,
                     listed_descriptor, set_sector, title_sector)
from .words import FORMER_TOKENS, FORMER_WORDS, LEAD_VERBS, ActorWords, Anchor, alternation, norm, title_kinds

_DESCRIBING_DEPS = ("compound", "amod", "nmod")


def describer_phrase(tok: Token) -> str:
    """The describing noun with the words that modify it right before it ('political risk consultancy')."""
    # (read off the parse's arrays: no Token is made for the words before it)
    doc, i = tok.doc, tok.i
    deps, pos, ents = strings_of(doc, "DEP"), strings_of(doc, "POS"), strings_of(doc, "ENT_TYPE")
    heads = heads_of(doc)
    start = i
    while start > 0:
        prev = start - 1
        if deps[prev] in _DESCRIBING_DEPS and start <= heads[prev] <= i and pos[prev] in ("NOUN", "ADJ", "PROPN") \
                and not ents[prev]:
            start = prev
            continue
        break
    return span_text(doc[start:i + 1])


def describers(span: Span) -> list[Token]:
    """``_describers`` of a name, read once per parse and name: the entity readers (things, not bodies) and
    the sector readers ask about the same names."""
    return list(read_once(span.doc, ("describers", span.start, span.end), _describers, span))


def _describers(span: Span) -> list[Token]:
    """Lower-case nouns that say what the body named by ``span`` is: a noun it is in apposition to or
    that it modifies ('trade association X', 'the X consultancy'), a noun in apposition after
    it ('X, a company that ...'), a noun before it in its own phrase ('energy giant X'), the
    complement of 'X is a ...', or armed people it is 'of' ('commandos of the X')."""
    # (the words' relations, heads and strings read off the parse's arrays, the tokens found taken from the
    # parse's one list of them: this runs for every name of a body, and a Token walk made a Token per word read)
    doc = span.doc
    tokens, heads, kids = tokens_of(doc), heads_of(doc), children_of(doc)
    deps, pos = strings_of(doc, "DEP"), strings_of(doc, "POS")
    words, lows = strings_of(doc, "ORTH"), strings_of(doc, "LOWER")
    root = span.root.i
    found: list[Token] = []
    head = heads[root]
    if head != root and not span.start <= head < span.end and pos[head] == "NOUN" and words[head].islower():
        # 'the X consultancy', 'the X news website' name one body; 'AI companies' are many bodies of a kind
        if deps[root] == "appos" or deps[root] == "compound" and span.end <= head <= span.end + 2 and all(
                deps[t] == "compound" and words[t].islower() for t in range(span.end, head)) \
                and strings_of(doc, "TAG")[head] != "NNS":
            found.append(tokens[head])
    if deps[root] == "pobj" and lows[head] in ("as", "like", "including"):  # 'companies such as X', 'groups like Y'
        noun = heads[heads[head]] if lows[heads[head]] == "such" else heads[head]
        if pos[noun] == "NOUN" and not strings_of(doc, "ENT_TYPE")[noun]:  # ('Companies such as X' may open the sentence)
            found.append(tokens[noun])
    for child in kids[root]:
        text = words[child]
        if deps[child] == "appos" and child >= span.end and text.isupper() and listed_descriptor(text):
            found.append(tokens[child])  # 'X, an NGO that ...': a describing noun written in capitals
            continue
        if not text.islower() or pos[child] != "NOUN" and not (pos[child] == "ADJ" and listed_descriptor(text)):
            continue  # the parser tags some describing nouns as adjectives ('engineering giant X')
        if deps[child] == "appos" and child >= span.end:
            found.append(tokens[child])
        elif deps[child] in _DESCRIBING_DEPS and child < span.start and child == span.start - 1:
            found.append(tokens[child])
    if deps[root] == "nsubj" and strings_of(doc, "LEMMA")[head] == "be":
        found.extend(tokens[c] for c in kids[head] if deps[c] == "attr" and pos[c] == "NOUN" and words[c].islower())
    if deps[root] == "pobj" and lows[head] == "of" and head > 0 and _armed_members(tokens[head - 1]):
        # 'commandos of the X', 'fighters of the X': the body they serve in is armed (read from the noun right
        # before 'of', to which the parser may not hang it: 'the air force and commandos of the X')
        found.append(tokens[head - 1])
    return found


_ARMED_MEMBERS = ("MIL", "REB", "COP", "CRM")


def _armed_members(tok: Token) -> bool:
    """A plural common noun for armed or criminal people ('commandos', 'soldiers', 'fighters', 'gangsters'): the
    body it is 'of' is the body they serve in, and of their sector."""
    if tok.tag_ != "NNS" or not (tok.text.islower() or tok.is_sent_start):
        return False
    sector, known = head_sector(tok.text)
    return known and sector in _ARMED_MEMBERS


def _shared_describers(span: Span) -> list[Token]:
    """``describers`` of the name, or of the first name of its list ('online retailers X and Y')."""
    found = describers(span)
    root = span.root
    if not found and root.dep_ == "conj" and root.head.i < span.start:
        found = describers(root.doc[root.head.i:root.head.i + 1])
    return found


def _possessor(doc: Document, span: Span, actor: Actor) -> Actor | None:
    """The organisation or outlet a body belongs to, named as its possessor ("VOA's Swahili Service")."""
    for child in span.root.children:
        if child.dep_ == "poss" and child.i < span.start + 1:
            other = doc.actor(doc.actor_of_token(child))
            if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
                return other
    first = span[0]
    if first.i >= 2 and first.doc[first.i - 1].tag_ == "POS":  # the parse hung "'s" elsewhere
        other = doc.actor(doc.actor_of_token(first.doc[first.i - 2]))
        if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
            return other
    return None


def _spans(doc: Document, actor: Actor, limit: int = 3) -> list[Span]:
    assert doc.nlp is not None
    spans = []
    for m in actor.mentions[:limit]:
        span = doc.char_span(m.start, m.end)
        if span is not None and len(span):
            spans.append(span)
    return spans


_LEGAL_SUFFIX = re.compile(r"[,\s]+(?:inc|incorporated|ltd|limited|corp|corporation|co|plc|llc|s\.?a|ag|n\.?v|"
                           r"b\.?v|gmbh|s\.?p\.?a|holdings?)\.?$", re.I)


@lru_cache(maxsize=1)
def known_companies() -> dict[str, str]:
    """Firms by the name they go by in news, with their home country (empty when unknown): those of
    ``firms.tsv`` (large firms the base lacks) and the knowledge base's (PETRARCH2's Phoenix actors,
    ``knowledge_actors.tsv``, sector BUS) without the legal form the base writes ('ACME, Inc' -> 'acme').
    Of the base only names that change when the legal form is dropped are taken: the whole names are the
    base's own."""
    names = {norm(n): row["country"] or "" for row in table("firms.tsv")
             for n in [row["name"], *(row["aliases"] or "").split("|")] if n}
    for row in base_firms():
        short = _LEGAL_SUFFIX.sub("", row["name"]).strip()
        if short != row["name"] and len(short) >= 3:
            names.setdefault(norm(short), row.get("country") or "")
    return names


def firm_countries(doc: Document) -> None:
    """A firm the lists know by its name ('Huawei', 'Tencent', 'Meta') is of its home country however its
    sector was found ('companies such as Huawei'): a firm's country is where it is based."""
    for actor in doc.actors:
        if actor.kind == "organization" and actor.country is None and actor.sector in (None, "BUS"):
            country = known_companies().get(norm(actor.name))
            if country:
                actor.country = country
                actor.code = f"{country}{actor.sector or ''}"


def described_bodies(doc: Document) -> set[str]:
    """Give organisations without a sector the one the story's words about them give. Returns the ids
    of the bodies given one."""
    given: set[str] = set()
    for actor in doc.actors:
        if actor.kind == "person" and actor.role is None and actor.sector in (None, "CVL"):
            _misread_body(doc, actor, given)  # 'online retailers X and Y' read as people
            continue
        if actor.kind != "organization" or actor.sector is not None:
            continue
        sector = None
        spans = _spans(doc, actor)
        for span in spans:
            sector = next((s for s in map(descriptor_sector, map(describer_phrase, _shared_describers(span))) if s), None)
            if sector:
                break
        if sector is None:
            owner = next((o for o in (_possessor(doc, span, actor) for span in spans) if o is not None), None)
            if owner is not None:
                sector = "MED" if owner.kind == "media" else owner.sector
        if sector is None and norm(actor.name) in known_companies():
            sector = "BUS"  # the base writes firms with their legal form
        if sector:
            set_sector(actor, sector)
            given.add(actor.id)
    return given


def trade_bodies(doc: Document) -> set[str]:
    """'the Kenya Association of Manufacturers', 'the Exporters Council', 'the Federation of Employers': a body
    whose members join it (``membership_body_heads.txt``) named with the plural of a trade's people is
    that trade's group, a business body (BUS), over the sector its head word alone gives. Returns their ids."""
    found: set[str] = set()
    for actor in doc.actors:
        if actor.kind != "organization" or actor.sector not in (None, "CVL", "GOV"):
            continue
        low = [w.strip(".,'’").lower() for w in actor.name.split()]
        if not any(w in words("membership_body_heads.txt") for w in low):
            continue
        if any(w.endswith("s") and w != form and form in words("trade_people.txt")
               for w in low for form in singular_forms(w)):
            set_sector(actor, "BUS")
            found.add(actor.id)
    return found


def _misread_body(doc: Document, actor: Actor, given: set[str]) -> None:
    """A 'person' the story describes with a noun for a body ('engineering giant X', 'X, a consultancy',
    'online retailers X and Y') is a body the parser took for a person: it becomes an organisation with
    the description's sector. Only the nouns of ``body_descriptors.tsv`` count here, not role words."""
    for span in _spans(doc, actor):
        for tok in _shared_describers(span):
            phrase = describer_phrase(tok)
            if descriptor_sector(phrase) and listed_descriptor(phrase):
                actor.kind = "organization"
                set_sector(actor, descriptor_sector(phrase))
                given.add(actor.id)
                return


def staff_of_bodies(doc: Document, bodies: set[str]) -> None:
    """People with a title any body can give (spokesman, chief, president, adviser) or none, who speak for
    a body whose sector ``described_bodies`` found ('X spokesman Y', 'Y, founder of the X
    consultancy'), or who advise or serve a civil or business body named after 'to' ('senior adviser to
    the X Museum'), take that body's sector instead of the civilian or government default; a title held
    no more ('former director of X') keeps the civilian reading."""
    titles = words("titles_any_body.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "GOV", "BUS") or actor.role and actor.role not in titles:
            continue
        if actor.sector == "BUS" and not actor.role:
            continue  # in business by other words ('businessman X')
        if actor.sector == "GOV" and not actor.role:
            continue  # a government office told by other words ('Minister X' read from a lexicon)
        body = body_spoken_for(doc, actor)
        sector = _served_sector(body, bodies, titled=bool(actor.role)) if body is not None else None
        if sector is None:
            body = _body_served_to(doc, actor)
            sector = body.sector if body is not None else None
        if body is None or sector in (None, "IGO") or actor.sector == "GOV" and sector == "GOV":
            continue
        first = actor.mentions[0]
        lo, hi = min(first.start, body.mentions[0].start), max(first.end, body.mentions[0].end)
        between = doc.text[max(0, lo - 40):hi]
        if re.search(rf"\b{FORMER_WORDS}", between, re.I) or FORMER_TITLE.search(
                doc.text[max(0, first.start - 40):first.start]):
            continue
        set_sector(actor, sector)


def _served_sector(body: Actor, bodies: set[str], titled: bool = False) -> str | None:
    """The sector of a body a person serves, when it is known: told by the story or the knowledge
    (``bodies``), else when the last word of the body's own name says what it is ('the X Foundation',
    'the Y Museum' CVL; ``body_descriptors.tsv``). For a person with a title any body can give
    (``titled``: the body is the one the title is held in) the name's head word is read before a
    'for/of/on ...' tail ('chief financial officer of the Z Foundation for the Arts' CVL); a person with
    no title may have met the body only in a relative clause ('X, who sued the ministry of health')."""
    if body.id in bodies:
        return body.sector
    # 'the X Foundation for the Visual Arts' is a foundation
    head = _NAME_TAIL.sub("", body.name) if titled else body.name
    if body.kind == "organization" and listed_descriptor(head):
        return body.sector or descriptor_sector(head, lexicons=False)
    return None


_NAME_TAIL = re.compile(r"\s(?:for|of|on)\s.*$")  # the part of a body's name after its head word


def _body_served_to(doc: Document, actor: Actor) -> Actor | None:
    """The organisation named after 'to' in a person's apposition: 'X, senior adviser to the Y Museum'."""
    for span in _spans(doc, actor, limit=2):
        for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "to"):
                for tok in prep.subtree:
                    other = doc.actor(doc.actor_of_token(tok))
                    if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
                        return other
    return None


# A credit line: 'X and Y contributed to this report', 'X reported from Z; Y contributed from W', and a
# broadcast's lead-in 'X has more from Z' (the reporter whose piece follows).
_CREDIT = re.compile(r"\bcontribut(?:ed|es|ing)\b[^.\n]{0,30}\b(?:report|reporting|story|article)\b|"
                     r"\b(?:contribut(?:ed|es)|report(?:ed|s))\s+(?:reporting\s+)?from\b|\bhas\s+more\s+from\b", re.I)
_CREDIT_WORD = re.compile(r"contribut|reported from|reports from|more from", re.I)  # (a story without it has none)


_NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound")


def credited_reporters(doc: Document) -> None:
    """'X and Y contributed to this report', 'X reported from Z; Y and W contributed from V': the people
    named in a credit line, each before its credit verb with no other verb between the credit before it
    (or the sentence's start) and the name, are journalists."""
    assert doc.nlp is not None
    if not _CREDIT_WORD.search(doc.text):  # one scan of the text instead of one per person's sentences
        return
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor, limit=4):
            sent = sentence_of(span)
            credits = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in _CREDIT.finditer(doc.text_of(sent))]
            after = [c for c in credits if c[0] >= span.end_char]
            if not after:
                continue
            opened = max((end for start, end in credits if end <= span.start_char), default=sent.start_char)
            if not any(t.pos_ == "VERB" and t.dep_ not in _NOMINAL_DEPS and opened <= t.idx < span.start_char
                       for t in sent):  # (a noun the tagger took for a verb, 'stringers X and Y', is none)
                set_sector(actor, "MED")
                break


def descriptions_elsewhere(doc: Document, w: ActorWords) -> None:
    """A person the first mention left a civilian with no title, whom another mention or a shared title
    describes: a later mention's apposition ('Police held Li Wei on Monday. Li, a reporter for the Star, ...'),
    a plural title before names joined by 'and' ('Journalists X and Y', 'Opposition lawmakers X and Y'), or a
    plural apposition after them ('X and Y, both journalists with the Star'). The description is read as a
    title is (``title_sector``: its head, a former office no office now); the opposition named in it gives
    OPP as in a person's own phrase."""
    from .mentions import Title

    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor, limit=3):
            for phrase in _descriptions(span):
                role, sector = title_sector(w, Title(phrase.text, "", [phrase.text], ""))
                if role is None and sector is None or role in words("titles_any_body.txt") and sector == "GOV":
                    continue  # ('the association's executive director': the body served decides, staff_of_bodies)
                side = next((t for t in phrase if _OPPOSITION.match(t.text) and _opposition_member(t)), None)
                if side is not None:
                    sector = opposition_sector(side) if not FORMER_TITLE.search(phrase.text) else sector
                if sector and sector not in NO_SECTOR and sector != "CVL":
                    set_sector(actor, sector)
                    break
            else:
                continue
            break


def _descriptions(span: Span) -> list[Span]:
    """Descriptions of the person named by ``span`` other than the first mention's own title: its own
    appositions (read here for any mention), and, for a name joined to others by 'and', a plural title before
    the first name or a plural apposition after any of them."""
    doc, root = span.doc, span.root
    found = [doc[c.left_edge.i:c.right_edge.i + 1] for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == root.i and not any(c.dep_ == "conj" for c in root.children):
        return found
    names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    for name in names:
        for c in name.children:
            if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > name.i:
                found.append(doc[c.left_edge.i:c.right_edge.i + 1])  # 'X and Y, both journalists'
    title = [c for c in first.children if c.dep_ in ("compound", "amod", "nmod") and c.i < first.i
             and c.tag_ == "NNS" and c.pos_ == "NOUN"]
    if first.dep_ == "appos" and first.head.i < first.i and first.head.tag_ == "NNS":
        title.append(first.head)  # (the parse sets the first name beside the plural title)
    if title and first.i != root.i:
        found.append(doc[title[0].left_edge.i:title[0].i + 1])  # 'Journalists X and Y'
    return found


def peers_of_people(doc: Document) -> None:
    """'X and his colleague Y', 'Y, a colleague of X', 'X's co-worker Y' (``peer_nouns.txt``): a person with no
    title and no sector but the civilian default, named as the peer of a person whose work gives a sector
    (a journalist MED, a judge JUD), does that work too. The peer's owner is read from the noun's possessor
    (a pronoun as coreference tied it) or its 'of' object; a civilian peer gives nothing new."""
    peers = words("peer_nouns.txt")
    low = doc.text.lower()  # (once: not once per peer noun)
    if not any(p in low for p in peers):
        return
    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor, limit=3):
            owner = _peer_owner(doc, span, actor, peers)
            if owner is not None and owner.sector not in (None, "CVL") and owner.sector not in NO_SECTOR:
                set_sector(actor, owner.sector)
                break


def _peer_owner(doc: Document, span: Span, actor: Actor, peers: frozenset[str]) -> Actor | None:
    """The person whose peer the name is set beside: 'his colleague Y' (Y in apposition to the noun, or the
    noun a compound before Y), 'Y, a colleague of X' (the noun in apposition after Y)."""
    root = span.root
    nouns = [root.head] if root.dep_ in ("appos", "compound") and root.head.i < span.start else []
    nouns += [c for c in root.children if c.dep_ in ("appos", "compound", "nmod") and not span.start <= c.i < span.end]
    for noun in nouns:
        if noun.lower_ not in peers:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        owners += [c for o in owners for c in o.children if c.dep_ == "appos"]  # 'of the journalist X'
        for tok in owners:
            other = doc.actor(doc.actor_of_token(tok))
            if other is not None and other.id != actor.id and other.kind == "person":
                return other
    return None


def leaders_of_bodies(doc: Document) -> None:
    """'the cabinet headed by X', 'eight senators led by X and Y', 'militants headed by X': people
    the story gives no title but names as leading a body or group (``nlp.tree.leaders``) take its sector (the
    body's actor's, else what its head noun gives)."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor):
            root = span.root
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head  # 'led by X and Y': Y hangs on X
            body = root.head.head.head
            if not (root.dep_ == "pobj" and body.pos_ in ("NOUN", "PROPN") and root in leaders(body)):
                continue
            of = [c for p in body.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                  if c.dep_ == "pobj"]
            sector = next(filter(None, (_sector_of(doc, t, actor) for t in [body, *of])), None)  # 'a group of militants'
            if sector:
                set_sector(actor, sector)
                break


def _sector_of(doc: Document, tok: Token, actor: Actor) -> str | None:
    """The sector of the body or group a word names: its actor's, else its description's or head noun's."""
    other = doc.actor(doc.actor_of_token(tok))
    if other is not None and other.id != actor.id:
        return other.sector if other.kind != "country" else None
    if tok.pos_ != "NOUN":
        return None
    phrase = describer_phrase(tok)
    sector, known = head_sector(phrase)
    return descriptor_sector(phrase) or (sector if known and sector not in NO_SECTOR else None)



# Verbs (lemmas) by which a person's own clause names the body they are part of now: 'X runs a hedge fund',
# 'X, who heads the Y Agency', 'X founded Z Corporation', 'X works for the W Company'. Leading and working
# are read in the present tense only (a body served once gives no office now); founding in any tense (a
# founder stays one).
_WORK_VERBS = frozenset({"work"})
_WORK_PREPS = frozenset({"at", "for", "with"})
_FOUND_VERBS = frozenset({"found", "co-found", "cofound", "establish"})
_NOW_VERBS = LEAD_VERBS | {"own", "manage", "direct"}
_CLAUSE_VERBS = _WORK_VERBS | _FOUND_VERBS | _NOW_VERBS
# The verbs' inflected forms, in lower case (the verb follows its subject): one pass of this pattern over the text
# finds the few words whose token is then read ('found' as the past of 'find' is dropped by its lemma)
_CLAUSE_WORDS = led(
    r"\b(?:(?:work|found|co-?found|establish|head|chair|command|own|direct|appoint|elect|re-?elect|confirm|install)"
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
        actor = _subject_person(doc, verb)
        if actor is None or actor.id in done or actor.sector not in (None, "CVL") or (
                actor.role and actor.role not in titles):
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
        if sector and sector not in NO_SECTOR and sector not in ("COP", "CRM"):
            set_sector(actor, sector)
            done.add(actor.id)


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
    for tok in (subject, *(c for c in subject.children if c.dep_ == "compound")):
        actor = doc.actor(doc.actor_of_token(tok))
        if actor is not None:
            return actor if actor.kind == "person" else None
    return None


_BODY_HEADS = frozenset({"company", "corporation", "corp", "inc", "ltd", "holdings", "group", "institute", "university",
                         "association", "foundation", "agency", "ministry", "council", "bank", "society", "fund",
                         "commission", "committee", "authority", "organization", "organisation"})


def bodies_read_as_people(doc: Document, w: ActorWords) -> set[str]:
    """'president of Wan Hai Trading Company', 'analyst of X Risk Group': a 'person' whose name ends in a
    word only a body's name ends in is that body; its sector is what the words of its name say. The title
    read with it belongs to the person who holds it. Returns the ids of the bodies so repaired."""
    repaired: set[str] = set()
    for actor in doc.actors:
        words_ = actor.name.split()
        if actor.kind != "person" or actor.role and actor.name.lower().startswith(actor.role + " "):
            continue  # 'head of the World Health Organization': the holder a body's name describes
        if not actor.role and norm(actor.name) in known_companies():  # 'SpaceX said ...' read as a person
            kind, sector = "organization", "BUS"
        elif len(words_) >= 2 and words_[-1].lower().strip(".,") in _BODY_HEADS:
            kind, sector = w.org_kind(actor.name)
        else:
            continue
        actor.kind, actor.role = kind, None
        set_sector(actor, sector)
        repaired.add(actor.id)
    return repaired


_HELD_BEFORE = re.compile(r"\b(?:former|ex-|erstwhile|retired|onetime|one-time)\s*(?:[\w.'’-]+\s+){0,5}$", re.I)


def former_international_officials(doc: Document) -> None:
    """'Former NATO Secretary General X', 'former top EU official X', 'X, a former economist at the IMF': an
    international office held no more is no office now (CVL, the convention for every former office but a head of state's), also when the
    international body named in the title was found after the title was read. No longer serving that
    body, the person is again of the country the knowledge base gives ('Anders Fogh Rasmussen' DNK)."""
    from .knowledge import knowledge

    assert doc.nlp is not None
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "IGO":
            continue
        span = next(iter(_spans(doc, actor, limit=1)), None)
        if span is None:
            continue
        before = doc.text[max(sentence_of(span).start_char, span.start_char - 80):span.start_char]
        if _HELD_BEFORE.search(before) or _former_in_apposition(span):
            facts = knowledge().facts(actor.name, None) if len(actor.name.split()) >= 2 else None
            actor.country = actor.country or (facts.country if facts is not None else None)
            set_sector(actor, "CVL")


_NOW_WORDS = frozenset({"now", "currently", "still"})


def _former_in_apposition(span: Span) -> bool:
    """'X, a former adviser at the International Monetary Fund', 'X, an ex-U.N. official': the
    apposition right after the name calls the office one held no more (a former-office word among the
    words before its head noun), and says of no office held now ('X, a former minister now U.N. envoy')."""
    for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        words_ = list(appos.subtree)
        if any(t.lower_ in _NOW_WORDS for t in words_):
            return False
        return any(t.lower_ in FORMER_TOKENS for t in words_ if t.i < appos.i)
    return False


def _known_firms(doc: Document, w: ActorWords) -> set[str]:
    """Organisations the knowledge (the base, ``firms.tsv``) knows as firms: their people follow them too."""
    found = set()
    for actor in doc.actors:
        if actor.kind == "organization" and actor.sector == "BUS":
            known = w.known.get(norm(actor.name))
            if norm(actor.name) in known_companies() or known is not None and known.sector == "BUS":
                found.add(actor.id)
    return found


def _firms(doc: Document) -> set[str]:
    """Organisations already read as firms (BUS), whatever told it (a firm's word in the name, 'Labs', 'Corp';
    the knowledge base): a founder, owner or chief officer of one is in business. A sector read from a word
    any body may bear ('Council', 'Commission') is no such sign, and an outlet's staff are read by
    ``country._outlet_of`` (an outlet named in the sentence is not always the person's employer)."""
    return {a.id for a in doc.actors if a.kind == "organization" and a.sector == "BUS"}


_OPPOSITION = re.compile(r"^opposition$", re.I)
_PARTY_NOUNS = frozenset({"party", "parties", "alliance", "coalition", "bloc", "camp", "movement", "front"})
_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp")


def _own_phrase(span: Span) -> list[Token]:
    """The words that say what a named person is, read from the name's own phrase: the title and
    modifiers before it, its appositions (without their relative clauses and 'for/to/with/against ...'
    briefs: 'X, who met opposition leaders', 'X, envoy to the opposition'), and the noun the name
    belongs to as its owner or 'of' object when that noun is a party ('the opposition party of X')."""
    root = span.root
    found = [t for t in before_name(span)]
    for appos in (c for c in root.children if c.dep_ == "appos" and c.i >= span.end):
        skip = {t.i for c in appos.subtree if c.dep_ in _CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ in _BRIEF
                and not _for_party(c) for t in c.subtree}
        found.extend(t for t in appos.subtree if t.i not in skip)
    owner = root.head if root.dep_ == "poss" else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" \
        else None
    if owner is not None and owner.lower_ in _PARTY_NOUNS:
        found.extend(t for t in owner.lefts)
    return found


def _title_set_beside(span: Span) -> list[Token]:
    """The words of a title the name is set beside, before it ('Opposition lawmakers X and Y', 'the
    opposition leader, X')."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # 'Opposition lawmakers X and Y': Y hangs on X
        root = root.head
    if root.dep_ == "appos" and root.head.i < root.i:
        return [t for t in root.head.subtree if t.i < root.left_edge.i or t.i < root.i and t.dep_ != "compound"
                and t.head.i != root.i]
    return []


def _led_now(span: Span) -> list[Token]:
    """The words of what a person's own 'who' clause says they lead now: 'X, who leads the opposition Unity
    Party', 'X, who heads the main opposition coalition' (present tense; 'who led ...' tells of the past)."""
    return [t for c in span.root.children if c.dep_ == "relcl" and c.lemma_.lower() in LEAD_VERBS and present_tense(c)
            for o in c.children if o.dep_ == "dobj" for t in o.subtree]


def _for_party(prep: Token) -> bool:
    """'a lawmaker for the opposition party', 'an MP for the opposition Democratic Alliance': a 'for' whose
    object is a party names the side the person sits for, not a brief ('envoy for the opposition')."""
    return prep.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in _PARTY_NOUNS for o in prep.children)


_MEMBER_NOUNS = frozenset({"politician", "figure", "member", "candidate", "activist", "supporter", "lawmaker", "mp",
                           "legislator", "senator", "deputy", "leader", "chief", "head", "spokesman", "spokeswoman",
                           "spokesperson", "chairman", "chairperson", "chair", "president", "secretary", "official"})


def _opposition_member(tok: Token) -> bool:
    """'opposition' names the side the person is on: it modifies the person's own noun or party
    ('opposition lawmaker', 'the opposition's candidate', 'the opposition party of X'), or follows 'of'
    after such a noun ('leader of the opposition'); not 'a critic of the opposition'."""
    return _opposition_head(tok) is not None


def _opposition_head(tok: Token) -> Token | None:
    """The person's or party's noun that 'opposition' modifies (``_opposition_member``), or None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ not in ("compound", "amod", "nmod", "poss"):
        return None
    while head.dep_ == "compound" and head.head.i > head.i:  # 'opposition-MP-turned-presidential candidate'
        if head.lower_ in _MEMBER_NOUNS:
            break
        head = head.head
    member = any(f in _MEMBER_NOUNS | _PARTY_NOUNS for f in singular_forms(head.lower_)) or head.text.upper() in ("MP", "MPS")
    return head if member else None


def opposition_sector(tok: Token) -> str:
    """The sector an opposition word gives the person it describes: a member of a legislature is LEG on
    whichever side of it he sits ('an opposition lawmaker', 'opposition MPs'; the maintainers' gold codes
    them so), any other opposition figure, leader, candidate or party OPP."""
    head = _opposition_head(tok)
    return "LEG" if head is not None and is_legislator(head.lower_) else "OPP"


_BRIEF = frozenset({"for", "to", "on", "about", "against", "with", "toward", "towards", "over", "by"})


def opposition_people(doc: Document) -> None:
    """'South African opposition politician X', 'X, a singer-turned-opposition-MP', 'X, an opposition
    lawmaker', 'the opposition party of the imprisoned ex-premier X': a person whose own phrase names
    the opposition is OPP (the gold's sector for opposition politicians), or LEG when the phrase makes the
    person a member of a legislature (``opposition_sector``: the maintainers' gold codes an opposition
    lawmaker LEG). A present office told by a title before the name keeps its sector ('Prime Minister X, a former
    opposition leader'), and so does an opposition held no more ('former opposition leader X')."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "LEG", "GOV"):
            continue
        for span in _spans(doc, actor, limit=3):
            words_ = _own_phrase(span) + _led_now(span) + _title_set_beside(span)
            hit = next((t for t in words_ if _OPPOSITION.match(t.text) and _opposition_member(t)), None)
            if hit is None and actor.sector in (None, "CVL") and _politician_against_government(span):
                set_sector(actor, "OPP")
                break
            if hit is None:
                continue
            if FORMER_TITLE.search(doc.text[max(0, hit.idx - 30):hit.idx]):
                continue  # 'former opposition leader X'
            if actor.sector == "GOV" and not FORMER_TITLE.search(doc.text[max(0, span.start_char - 60):span.start_char]):
                continue  # a government office now, named before the name
            set_sector(actor, opposition_sector(hit))
            break


@lru_cache(maxsize=1)
def _party_people() -> frozenset[str]:
    """Nouns for a party's people (PETRARCH2's agents coded PTY: 'politician', 'party member')."""
    return frozenset(r["phrase"].split()[-1] for r in table("agent_sectors.tsv") if r["code"].startswith("PTY")
                     and r["phrase"].split()[-1] not in ("party", "parties", "alliance", "leader", "president"))


@lru_cache(maxsize=1)
def _disapproving_verbs() -> frozenset[str]:
    """Verbs of criticising (the event lexicon's CAMEO 111 rows that need no object of their own:
    criticize, condemn, denounce, slam ...)."""
    return frozenset(r["lemma"] for r in table("event_verbs.tsv") if r["cameo"] == "111" and not r["requires"]
                     and r["type"] == "ACCUSE")


def _politician_against_government(span: Span) -> bool:
    """'X, a politician who has criticized the president', 'X, a veteran-turned-politician who denounced the
    government': a party's person whose own apposition says they criticise the head of state or
    government, or the government itself, is in the opposition; a title of theirs is read by
    ``title_sector`` (a lawmaker stays LEG, a minister GOV: only a person left a civilian is read here)."""
    for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        nouns = [appos, *(c for c in appos.children if c.dep_ == "appos")]  # 'a veteran-turned-politician'
        if not any(n.lower_ in _party_people() or n.lemma_.lower() in _party_people() for n in nouns):
            continue
        for verb in (c for n in nouns for c in n.children
                     if c.dep_ == "relcl" and c.lemma_.lower() in _disapproving_verbs()):
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if obj.lower_ in leader_roles() or obj.pos_ == "NOUN" and head_sector(obj.lower_)[0] == "GOV":
                    return True
    return False


@lru_cache(maxsize=1)
def _title_kind_anchor() -> Anchor:
    return Anchor(alternation(list(title_kinds())))


_MODIFIER_DEPS = ("compound", "amod", "nmod")
_NEAR_BEFORE, _NEAR_AFTER = 160, 240  # characters around a name within which its own phrase lies


def _kind_of_title(tokens: list[Token]) -> tuple[Token, str] | None:
    """(word, sector) of a kind word that modifies the head of a person's title among ``tokens``: 'gang'
    in 'gang leader', 'shadow' in 'Labour's shadow home secretary' (climbing other modifiers to the
    head), 'club' in 'club president'. The head must be a title word (``title_kind_heads.txt``)."""
    heads = words("title_kind_heads.txt")
    blockers = words("title_kind_blockers.txt")
    for tok in tokens:
        sector = title_kinds().get(tok.lower_)
        if sector is None or _against(tok):
            continue  # ('anti-drug chief', 'counter-gang unit': what the person fights)
        if tok.dep_ == "pobj" and tok.text.islower() and tok.head.lower_ in _SERVED_PREPS \
                and tok.head.head.lower_ in heads and tok.head.head.i < tok.i \
                and not (sector == "CVL" and tok.head.head.lower_ in _OFFICES):  # ('minister of sports')
            if any(c.lower_ in _body_modifiers() for c in tok.children if c.dep_ in _MODIFIER_DEPS):
                continue  # 'the leader of the government team': the word before the body says whose it is
            return tok, sector  # 'the leader of the gang', 'director of the film', 'leader of his legal team'
        if tok.dep_ not in _MODIFIER_DEPS or tok.pos_ == "PROPN" and tok.lower_ != "shadow":
            continue  # ('Paris Club chairman': a body's own name; 'Shadow Home Secretary' is still a title)
        head, path = tok.head, []
        while head.lower_ not in heads and head.dep_ in _MODIFIER_DEPS and head.head.i > head.i:
            path.append(head)
            head = head.head  # 'shadow home secretary', 'drug cartel boss'
        if head.lower_ not in heads or head.i < tok.i:
            continue
        if sector == "CVL" and head.lower_ in _OFFICES:
            continue  # 'sports minister', 'film secretary': a government's office for that field
        beside = [c for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i]
        if any(t.lower_ in blockers for t in path + beside):
            continue  # 'drug squad chief', 'anti-gang police commander': a state unit's officer
        return tok, sector
    return None


def _against(tok: Token) -> bool:
    """'anti-drug', 'counter-gang', 'antidrug': the word names what is fought."""
    doc = tok.doc
    if tok.lower_.startswith(("anti", "counter")):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "counter")


_SERVED_PREPS = frozenset({"of", "for", "at"})
_OFFICES = frozenset({"minister", "secretary", "chancellor", "commissioner"})


@lru_cache(maxsize=1)
def _body_modifiers() -> frozenset[str]:
    return frozenset(r["word"] for r in table("group_modifiers.tsv"))


def _title_tokens(span: Span) -> list[Token]:
    """The person's own phrase (``_own_phrase``) and, when the name is set in apposition to a title
    before it ('cartel boss X', 'the ship's captain, X'), that title's words."""
    found = _own_phrase(span)
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start:
        found.extend(t for t in root.head.subtree if t.i < span.start)
    return found


def titles_of_kinds(doc: Document) -> None:
    """'gang leader X', 'cartel boss Y', 'Z, the shadow foreign secretary', 'club president W': a word
    before the head of the person's own title says what the person leads or serves (a criminal group REB,
    the opposition's shadow cabinet LEG, whose members sit in parliament, a sports team CVL;
    ``title_kinds.tsv``), over the sector the head word alone gives (a leader GOV, a boss BUS, a secretary GOV). A title held no more ('former gang
    leader') is no office now (CVL). Unnamed people ('the gang leader') are read from
    their own words."""
    assert doc.nlp is not None
    found_at = [start for start, _ in _title_kind_anchor().spans(doc.text)]
    if not found_at:
        return  # (one scan of the text; a tree is walked only in a sentence that has such a word)
    for actor in doc.actors:
        if actor.kind != "person" or not any(m.start - _NEAR_BEFORE <= i < m.end + _NEAR_AFTER
                                             for m in actor.mentions[:3] for i in found_at):
            continue  # no such word near the name: its own phrase has none
        for span in _spans(doc, actor, limit=3):
            tokens = _title_tokens(span) + (list(span) if actor.name[:1].islower() else [])
            found = _kind_of_title(tokens)
            if found is None:
                continue
            tok, sector = found
            if FORMER_TITLE.search(doc.text[max(0, tok.idx - 30):tok.idx]):
                sector = "CVL"  # 'a former gang leader', 'a former shadow minister': no such office now
            set_sector(actor, sector)
            break


def ranks_outside_service(doc: Document) -> None:
    """'England captain X', 'Swedish captain Y', 'the ship's captain, Z': a rank that names an armed
    service's officer only beside the service's name (``service_ranks.txt``), written in lower case with
    no armed body's word (``armed_body_words.txt``) in the person's own phrase, names the captain of a
    team or a ship: a civilian, not MIL. 'Army captain X', 'a captain in the navy' and the honorific
    'Captain X' stay MIL."""
    ranks, armed = words("service_ranks.txt"), words("armed_body_words.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "MIL":
            continue
        spans = _spans(doc, actor, limit=3)
        own = [t for span in spans for t in _title_tokens(span)]
        said = [t for t in own if t.lower_ in ranks]
        if not said or any(t.text != t.lower_ for t in said):
            continue  # no rank, or the honorific 'Captain X'
        if any(t.lower_ in armed or t.lower_ not in ranks and head_sector(t.lower_)[0] in ("MIL", "COP", "REB")
               for t in own if t.pos_ in ("NOUN", "PROPN", "ADJ")):
            continue  # 'army captain', 'a captain in the navy', 'a retired general and captain'
        set_sector(actor, "CVL")




def writers_of_outlets(doc: Document) -> None:
    """'X, a staff writer at The Y Post', 'Z, a writer for W', 'a Reuters photographer': a writer or photographer
    (outlet_trades.txt) is a civilian (books, art) unless
    the person's own phrase names the outlet written for; then a journalist (MED)."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.role not in words("outlet_trades.txt") or actor.sector not in (None, "CVL"):
            continue
        body = body_spoken_for(doc, actor)
        if body is not None and body.kind == "media":
            set_sector(actor, "MED")


def sectors_from_text(doc: Document, w: ActorWords) -> None:
    """The steps above, in order (bodies first, so that their people follow them)."""
    former_international_officials(doc)
    repaired = bodies_read_as_people(doc, w)
    bodies = described_bodies(doc) | trade_bodies(doc) | {i for i in repaired if doc.actor(i).sector} | \
        _known_firms(doc, w) | _firms(doc)
    firm_countries(doc)
    staff_of_bodies(doc, bodies)
    leaders_of_bodies(doc)
    people_of_bodies_in_clause(doc, w)
    credited_reporters(doc)
    descriptions_elsewhere(doc, w)
    opposition_people(doc)
    peers_of_people(doc)
    titles_of_kinds(doc)
    ranks_outside_service(doc)
    writers_of_outlets(doc)
