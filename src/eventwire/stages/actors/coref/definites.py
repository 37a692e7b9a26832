"""Definite nouns that point back to a body or country: 'the bloc', 'the court', 'the company', 'the
country' (coref_nouns.tsv), 'the trade body', 'the world body' (coref_body_modifiers.tsv), 'the rebel group'."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table, words
from ....lookahead import THE, opening
from ..sector import STATE_SECTORS
from ..words import ActorWords, group_head, holds_a_word, norm
from .common import count_before, last_before, sentence_finder


@lru_cache(maxsize=1)
def _definite_nouns() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """coref_nouns.tsv: noun -> (kinds, sectors, name words)."""
    def cells(value: str) -> frozenset[str]:
        return frozenset(x for x in value.lower().split("|") if x and x != "-")
    return {r["noun"]: (cells(r["kinds"]), cells(r["sectors"]), cells(r["name words"])) for r in table("coref_nouns.tsv")}


@lru_cache(maxsize=1)
def _kind_only_nouns() -> frozenset[str]:
    """The nouns of coref_nouns.tsv marked 'alone': nouns that say only what kind of body ('the agency', 'the
    outlet', 'the newspaper'), so a body that fits by its sector alone is taken only when it is the one such
    body in reach."""
    return frozenset(r["noun"] for r in table("coref_nouns.tsv") if r.get("alone") == "y")


def country_nouns() -> frozenset[str]:
    """The nouns of coref_nouns.tsv that may stand for a country ('the country', 'the government', 'the
    administration', which may also be a government body named after its head)."""
    return frozenset(n for n, (kinds, _, _) in _definite_nouns().items() if "country" in kinds)


DEFINITE_REACH = 3  # sentences before its own that a definite noun looks back over


def definite_references(doc: Document, w: ActorWords, home: str | None) -> None:
    """'the commission', 'the bloc', 'the court', 'the company', 'the country': a definite noun that
    points back to an actor named before. An organisation whose name ends in the noun, when there is one
    such; else the actor of a kind and sector (or name word) the noun fits (coref_nouns.tsv), the one
    mentioned last within DEFINITE_REACH sentences, or the only one named before at all. Country nouns
    ('the country', 'the government', 'the regime') prefer the story's own country when it was named in
    reach. 'the X of ...' describes something new and is left alone."""
    assert doc.nlp is not None
    nouns = _definite_nouns()
    sentence = sentence_finder(doc)
    own = doc.setting or home
    for m in _definites(doc.text):
        if doc.actor_in(m.start("noun"), m.end()):
            continue
        noun = m.group("noun").lower()
        modifier = m.group("mod").strip() if m.group("mod") else None
        if noun == "outfit" and modifier is None or noun not in nouns and noun not in _ARMED_NOUNS or \
                doc.text.startswith("-", m.end()):
            continue  # 'the government-appointed judges'
        head = doc.nlp.char_span(m.start("noun"), m.end(), alignment_mode="expand")
        if head is None or head.root.dep_ in ("compound", "amod"):
            continue  # 'the government hospital', 'the military drills': a modifier, not a reference
        after = doc.nlp[head.end] if head.end < len(doc.nlp) else None
        if after is not None and after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME"):
            continue  # 'the firm Norvo', 'the group Hamas': a title before a name, read as the name
        if noun in nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.root.rights):
            continue  # 'the court of appeal' is named by its 'of' (not 'accused the government of lying')
        actor = _referent(doc, w, noun, m.start(), sentence, own, modifier)
        if actor is not None:
            doc.add_mention(actor, m.start(), m.end())

# up to three words that say what kind of body ('the rebel group', 'the banned separatist militant outfit')
_DEFINITE = re.compile(THE + r"\s+(?P<mod>(?:(?:paramilitary|rebel|armed|militant|opposition|electoral|ruling|"
                r"separatist|insurgent|terror|terrorist|extremist|jihadist|guerrilla|banned|outlawed|"
                r"proscribed)\s+){1,3})?(?P<noun>[a-z]+)\b")

# 'this country', 'this government' (mostly in quotations): the nouns that name nothing but a country
_THIS = re.compile(opening("[Tt]") + r"his\s+(?P<mod>)(?P<noun>[a-z]+)\b")


@lru_cache(maxsize=1)
def _only_country_nouns() -> frozenset[str]:
    """The nouns of coref_nouns.tsv whose one kind is a country ('country', 'government'; not
    'administration', which may be a body of a state named before, or another state's)."""
    return frozenset(n for n, (kinds, _, _) in _definite_nouns().items() if kinds == {"country"})


def _definites(text: str):
    """The matches of _DEFINITE, and those of _THIS whose noun names only a country, in the order of the
    text."""
    this = [m for m in _THIS.finditer(text) if m.group("noun") in _only_country_nouns()]
    if not this:
        yield from _DEFINITE.finditer(text)
        return
    yield from sorted([*_DEFINITE.finditer(text), *this], key=lambda m: m.start())


_ARMED_NOUNS = ("group", "outfit")  # 'outfit' only with such a word: 'the militant outfit'


_DESCRIBED_BODY = re.compile(THE + r"\s+(?P<mod>[a-z]+)\s+(?P<noun>body|organization|organisation|watchdog|agency|"
                      r"group|bloc|alliance)\b(?!\s+of\b)")


def _common_plural(doc: Document, actor) -> bool:
    """A group named by one plural common noun, capitalised only because a sentence opens with it."""
    if actor.kind != "group" or len(actor.name.split()) != 1:
        return False
    span = doc.char_span(actor.mentions[0].start, actor.mentions[0].end)
    return span is not None and len(span) == 1 and span[0].is_sent_start and span[0].tag_ == "NNS"


def described_bodies(doc: Document) -> None:
    """'the trade body', 'the world body', 'the rights group', 'the regional bloc': a generic body noun
    with a word before it that says which body: of the bodies mentioned within DEFINITE_REACH sentences
    whose name has that word ('World Trade Organization') or whose sector the word gives
    (coref_body_modifiers.tsv: world/international bodies are IGO, rights and aid groups CVL), the one
    mentioned last."""
    sectors = {r["modifier"]: r["sector"] for r in table("coref_body_modifiers.tsv")}
    sentence = sentence_finder(doc)
    # a body has a name: people described in the plural ('humanitarian workers') are no 'aid group', nor are
    # they when a sentence opens with them ('Volunteers and relief workers handed out ...': a common noun)
    bodies = [a for a in doc.actors if a.kind in ("organization", "group", "media") and a.mentions
              and any(x[:1].isupper() for x in a.name.split()) and not _common_plural(doc, a)]
    for m in _DESCRIBED_BODY.finditer(doc.text):
        if doc.actor_in(m.start(), m.end()):
            continue
        mod, here = m.group("mod"), sentence(m.start())
        near = [a for a in bodies if 0 <= here - sentence(max(last_before(a, m.start()), 0)) <= DEFINITE_REACH
                and last_before(a, m.start()) >= 0]
        fits = [a for a in near if any(x.startswith(mod) for x in a.name.lower().split())
                or mod in sectors and a.sector == sectors[mod]]
        if fits:
            doc.add_mention(max(fits, key=lambda a: last_before(a, m.start())), m.start(), m.end())


# a company's common nouns ('the Canadian chipmaker'), each a word of its own in a match: a text holding none of
# them is not scanned (``holds_a_word``)
_COMPANY_NOUNS = ("company", "firm", "giant", "carmaker", "automaker", "chipmaker", "drugmaker", "retailer",
                  "conglomerate", "lender", "insurer", "airline", "startup", "manufacturer", "producer")
_DESCRIBED_COMPANY = re.compile(THE + r"\s+(?P<mods>(?:[\w-]+\s+){1,2}?)(?P<noun>" + "|".join(_COMPANY_NOUNS)
                                + r")\b(?!['’]s\b|-)")

_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")

# verbs whose own 'of' phrase follows their object ('accused the firm of fraud', 'cleared the firm of blame')
_OF_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "warn", "rob", "strip", "deprive",
                       "inform", "notify", "remind", "absolve", "cure", "relieve"})


def described_companies(doc: Document, w: ActorWords) -> None:
    """'the oil giant', 'the software company', 'the Spanish firm': a company noun with words before it
    that say its trade (coref_business_fields.txt) or its country (a demonym) -> of the businesses
    (organisations of sector BUS) mentioned within DEFINITE_REACH sentences before
    it as a party rather than as the modifier or owner of something else ('Apple's iPhone'), and of the
    demonym's country when one is given, the one mentioned last. A description with a name after it is
    that name's title ('the Canadian company D-Wave'); any other word ('the rival company', 'the first
    firm', 'the parent company') describes another company, and it is left alone."""
    assert doc.nlp is not None
    if not holds_a_word(frozenset(_COMPANY_NOUNS), doc.text):
        return
    found = list(_DESCRIBED_COMPANY.finditer(doc.text))
    if not found:
        return
    fields = _business_fields()
    firms = [a for a in doc.actors if a.kind == "organization" and a.sector == "BUS" and a.mentions]
    if not firms:
        return
    sentence = sentence_finder(doc)
    for m in found:
        if doc.actor_in(m.start("noun"), m.end()) or re.match(r",?\s+[A-Z]", doc.text[m.end():m.end() + 3]):
            continue  # (a demonym before the noun is the country's mention: 'the Spanish company')
        country = None
        for word in m.group("mods").split():
            if word.lower() in fields:
                continue
            country = w.demonym_of.get(norm(word)) if word[:1].isupper() else None
            if country is None:
                break
        else:
            head = doc.nlp.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
            if head is None or head.root.dep_ in _MODIFIER_DEPS:
                continue  # 'the oil company shares': a modifier, not a reference
            if head.root.head.lemma_.lower() not in _OF_VERBS and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in head.root.rights):
                continue  # 'the oil firm of the state' is somebody new ('accused the oil firm of hiding
                # debts' is the verb's 'of', whatever the parse hangs it on)
            here, best = sentence(m.start()), None
            for a in firms:
                if country is not None and a.country != country:
                    continue
                last = _last_as_party(doc, a, m.start())
                if last >= 0 and here - sentence(last) <= DEFINITE_REACH and (best is None or last > best[0]):
                    best = (last, a)
            if best is not None:
                doc.add_mention(best[1], m.start(), m.end())


@lru_cache(maxsize=1)
def _business_fields() -> frozenset[str]:
    return frozenset(words("coref_business_fields.txt"))


def _last_as_party(doc: Document, actor, offset: int) -> int:
    """Where ``actor`` was last mentioned before ``offset`` as a party, not as the owner or modifier of
    something else (-1: never)."""
    assert doc.nlp is not None
    for x in reversed(actor.mentions):
        if x.start >= offset:
            continue
        span = doc.char_span(x.start, x.end)
        if span is not None and len(span) and span.root.dep_ not in _MODIFIER_DEPS:
            return x.start
    return -1


def _described(actor, w: ActorWords) -> bool:
    """An actor named only by a plural group noun ('attackers', 'Islamist militants'), not by a name."""
    words = actor.name.lower().split()
    last = words[-1] if words else ""
    return actor.kind == "group" and any(last in (n + "s", n + "es", n) for n in w.group_nouns) and not any(
        x[:1].isupper() for x in actor.name.split()[1:])


def named_with_noun(actors, noun: str, kinds: tuple[str, ...] = ("organization", "group", "media")) -> list:
    """The bodies of ``kinds`` among ``actors`` whose name ends in a noun (lower-cased): what a definite noun
    names when one body's name ends in it ('the party' -> the National Congress Party, 'the commission' -> the
    European Commission). The one reading of it, for ``definite_references`` and eventcoding's
    targets.owned_body."""
    return [a for a in actors if a.kind in kinds and a.name and group_head(a) == noun]


def _referent(doc: Document, w: ActorWords, noun: str, before: int, sentence, own: str | None,
              modifier: str | None = None):
    earlier = [a for a in doc.actors if a.mentions and a.mentions[0].start < before]
    named = named_with_noun(earlier, noun)
    if noun in _ARMED_NOUNS:
        # 'the rebel group', 'the separatist group': an armed body named before; 'the paramilitary group',
        # 'the armed group' may also be a state's force
        armed = ("REB", "MIL") if set((modifier or "").split()) & {"paramilitary", "armed"} else ("REB",)
        groups = [a for a in earlier if a.kind == "group" and a.sector in ("REB", "OPP")
                  or a.kind == "organization" and a.sector in armed
                  or a.kind in ("group", "organization") and a.sector not in STATE_SECTORS and
                  a.sector != "IGO" and _names_armed_members(doc, w, a, before)]
        # a group with a name ('the BLA', 'al-Shabab') before people described by what they do
        # ('attackers', 'militants'), who are that group's members rather than a group of their own
        groups = [a for a in groups if not _described(a, w)] or groups
        if len(named) == 1 and modifier is None:
            # a body whose name ends in 'Group' is 'the group' unless an armed group the story is about
            # (mentioned more often before) is in play: 'the BLA ... commandos of the Special Services
            # Group ... The group also opposes'
            told = [a for a in groups if count_before(a, before) > count_before(named[0], before)]
            return max(told, key=lambda a: count_before(a, before)) if told else named[0]
        if groups:
            return _last_armed_party(doc, groups, before, sentence)
        return _one_civil_body(doc, earlier, before, sentence) if modifier is None else None
    if len(named) == 1 and modifier is None:
        return named[0]
    kinds, sectors, name_words = _definite_nouns()[noun]
    if noun in _kind_only_nouns():
        return _only_of_kind(doc, earlier, noun, before, sentence)
    fits = [a for a in earlier if a.kind in kinds and (
        "country" in kinds or a.sector in sectors or "*" in sectors or
        any(x in name_words for x in a.name.lower().replace(".", "").split()) or _written_with(doc, a, noun))]
    if not fits and "?" in sectors:  # 'Iberdrola ... the company': a body whose sector is not read yet
        fits = [a for a in earlier if a.kind in kinds and a.sector is None]
    here = sentence(before)
    if not fits and noun == "government" and own is not None and _state_body_in_reach(doc, own, before, here,
                                                                                      sentence):
        return state_of(doc, w, own)  # ('KAMPALA — ... ambushed Ugandan troops, and the government ...')
    if not fits:
        return None
    near = [a for a in fits if here - sentence(last_before(a, before)) <= DEFINITE_REACH]
    if "country" in kinds:
        near = [a for a in near if a.country == own or _names_itself(doc, a, before, here, sentence)]
        if own is not None and any(a.country == own for a in near):
            return next(a for a in near if a.country == own)
        if noun == "government" and own is not None and _state_body_in_reach(doc, own, before, here, sentence):
            # 'rebels ambushed Ugandan troops last year, and the government then sent more': the story's own
            # state, whose forces or officials were just named (not 'the regime', often another state's)
            return next((a for a in fits if a.country == own), None) or state_of(doc, w, own)
        if near:
            return max(near, key=lambda a: last_before(a, before))
        return next((a for a in fits if a.country == own), None) if noun == "government" or own else None
    if near and "*" in sectors:  # 'the organization' says no kind of body: the one the story is about
        return max(near, key=lambda a: (sum(m.start < before for m in a.mentions), last_before(a, before)))
    if near:
        return max(near, key=lambda a: last_before(a, before))
    return fits[0] if len(fits) == 1 else None


def _one_civil_body(doc: Document, earlier: list, before: int, sentence):
    """'the group' with no armed group in the story: the one body of no state named by a name within
    DEFINITE_REACH sentences ('the Committee to Protect Journalists ... The group urged'), a rights group, a
    press freedom group, a union; two such bodies compete and neither is taken."""
    here = sentence(before)
    bodies = [a for a in earlier if a.kind == "organization" and a.sector not in STATE_SECTORS
              and a.sector not in ("IGO", "MED") and any(c.isupper() for c in a.name)
              and here - sentence(last_before(a, before)) <= DEFINITE_REACH]
    return bodies[0] if len(bodies) == 1 else None


def _names_armed_members(doc: Document, w: ActorWords, actor, before: int) -> bool:
    """A body or group of no state's, whose sector is not read yet or only guessed from its name's words ('Union
    for ...' a trade union), named before ``before`` as the modifier of a plural noun of armed people ('3R rebels attacked', 'M23
    fighters', 'UPC rebels'; the REB nouns of group_nouns.tsv): an armed group, as 'the rebel group' may stand
    for."""
    for x in actor.mentions:
        if x.start >= before:
            break
        span = doc.char_span(x.start, x.end)
        if span is None or not len(span) or span.end >= len(span.doc):
            continue
        after = span.doc[span.end]
        if after.tag_ in ("NNS", "NNPS") and w.group_nouns.get(after.lemma_.lower()) == "REB" and \
                span.root.head.i == after.i and span.root.dep_ in ("compound", "nmod", "amod"):
            return True
    return False


def _last_armed_party(doc: Document, groups: list, before: int, sentence):
    """Of the armed groups 'the rebel group' may stand for, the one last named as the subject, object or
    passive agent of a clause ('M23 has held the town', '3R rebels claim', 'troops killed ISWAP fighters',
    'was attacked by M23') within DEFINITE_REACH sentences; else the one last named as a party at all (not
    only as the modifier of other people); else, none named so, the one mentioned last. A group named only
    in another prepositional phrase ('battles with ISWAP fighters', 'attacks by anti-Balaka militias') is
    what the sentence tells of, not who acts in it."""
    here = sentence(before)
    for last_of in (_last_as_argument, _last_as_party):
        best = None
        for a in groups:
            last = last_of(doc, a, before)
            if last >= 0 and here - sentence(last) <= DEFINITE_REACH and (best is None or last > best[0]):
                best = (last, a)
        if best is not None:
            return best[1]
    return max(groups, key=lambda a: last_before(a, before))


_PHRASE_DEPS = ("compound", "amod", "nmod", "poss", "conj", "appos")  # words inside a noun phrase


def _last_as_argument(doc: Document, actor, offset: int) -> int:
    """Where ``actor`` was last mentioned before ``offset`` as (a word of) the subject, direct object or
    passive agent of a clause (-1: never)."""
    for x in reversed(actor.mentions):
        if x.start >= offset:
            continue
        span = doc.char_span(x.start, x.end)
        if span is None or not len(span):
            continue
        tok = span.root
        while tok.dep_ in _PHRASE_DEPS and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") or tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            return x.start
    return -1


def _written_with(doc: Document, actor, noun: str) -> bool:
    """Whether the text writes one of the actor's mentions right before the noun as a word of its own: 'the
    Zanu PF party ... the party', 'the Baath party ... the party' (a body the text names as of the noun's
    kind though its name does not say so)."""
    text, n = doc.text, len(noun)
    return any(text[m.end:m.end + n + 1].lower() == " " + noun and not text[m.end + n + 1:m.end + n + 2].isalpha()
               for m in actor.mentions)


def _only_of_kind(doc: Document, earlier: list, noun: str, before: int, sentence):
    """A kind noun ('the agency', 'the newspaper', 'the outlet'): of the bodies of its kinds named within
    DEFINITE_REACH sentences, the nearest whose name has one of the noun's words ('Reuters ... the agency'),
    else the one named body of one of its sectors ('the Federal Aviation Administration ... the agency'); two
    such bodies compete and neither is taken, nor a body named only by a common noun ('state media'); else
    the one body named before whose name has the noun's word."""
    kinds, sectors, name_words = _definite_nouns()[noun]

    def by_name(a) -> bool:
        return any(x in name_words for x in a.name.lower().replace(".", "").split())
    here = sentence(before)
    fits = [a for a in earlier if a.kind in kinds]
    near = [a for a in fits if here - sentence(last_before(a, before)) <= DEFINITE_REACH]
    named = [a for a in near if by_name(a)]
    if named:
        return max(named, key=lambda a: last_before(a, before))
    # (an outlet's sector is read after coreference: an outlet is of the press; the story's own outlet,
    # 'told VOA', is the one reporting, not one the story tells of)
    from ...attribution import own_outlets  # (attribution reads the actors stage: imported when used)
    own = own_outlets(doc) if any(a.kind == "media" for a in near) else set()
    bodies = [a for a in near if (a.sector or ("MED" if a.kind == "media" else "")).lower() in sectors
              and any(c.isupper() for c in a.name) and a.id not in own]  # ('elPeriódico': a name)
    if len(bodies) == 1:
        return bodies[0]
    named = [a for a in fits if by_name(a)]
    return named[0] if len(named) == 1 else None


# sectors of the bodies and groups that act for their state ('Kenyan troops', 'Chinese officials')
_STATE_SECTORS = ("GOV", "MIL", "JUD", "LEG")


def state_of(doc: Document, w: ActorWords, country: str):
    """The country actor of ``country``, made when the story has none yet (its forces were named, not it)."""
    found = next((a for a in doc.actors if a.kind == "country" and a.country == country), None)
    if found is None and country in w.countries:
        found = doc.new_actor(w.countries[country].name, "country", country, None, country)
    return found


def _state_body_in_reach(doc: Document, country: str, before: int, here: int, sentence) -> bool:
    """Whether a body or group of ``country``'s state ('Kenyan troops', 'Chinese officials') is named within
    DEFINITE_REACH sentences before ``before``: it brings its state into reach as its name once did."""
    for a in doc.actors:
        if a.kind in ("group", "organization") and a.country == country and a.sector in _STATE_SECTORS:
            last = last_before(a, before)
            if last >= 0 and here - sentence(last) <= DEFINITE_REACH:
                return True
    return False


def _names_itself(doc: Document, actor, before: int, here: int, sentence) -> bool:
    """Whether a country is named in reach as a country ('Kenya', 'Kenya's'), not only as the modifier
    of something else ('U.S. troops', 'Chinese investment')."""
    assert doc.nlp is not None
    for m in reversed(actor.mentions):
        if m.start >= before:
            continue
        if here - sentence(m.start) > DEFINITE_REACH:
            return False
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span) or span.root.dep_ in ("amod", "compound"):
            continue
        if _listed(span.root) >= 3:
            continue  # one of a list ('from Libya, Syria and Yemen'): 'the country' is not one of several
        return True
    return False


def _listed(token) -> int:
    """How many items the coordination ``token`` stands in has (1: none)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    count, todo = 1, [token]
    while todo:
        items = [c for c in todo.pop().children if c.dep_ == "conj"]
        count += len(items)
        todo += items
    return count
