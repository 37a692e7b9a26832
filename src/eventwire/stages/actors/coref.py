"""Coreference: descriptions, definite nouns and pronouns that point back to an actor named before.

"the Russian leader" -> the one Russian leader named earlier; "the commission" -> the one commission;
"he" -> the nearest person before it. Results are recorded on the Document (``add_mention`` for one
actor, ``add_plural_reference`` for several) so later stages get them without knowing coreference.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table
from .words import ActorWords, actor_words, norm

_PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PRONOUNS_GROUP = {"they", "them", "their", "it", "its"}


def bare_groups(cands: list) -> None:
    """'Pakistani officials said ... Officials added': a group noun standing alone joins the nearest group
    named before with the same head noun (and takes its key, so the two are one actor)."""
    latest: dict[str, object] = {}
    for c in cands:
        if c.kind != "group" or not c.key.startswith("group:"):
            continue
        words = c.key[len("group:"):].split()
        if not words:
            continue
        head = words[-1]
        if len(words) == 1 and head in latest:
            c.key, c.country, c.sector = latest[head].key, c.country or latest[head].country, \
                c.sector or latest[head].sector
            continue
        latest[head] = c


_ALIAS_WORD = r"[A-Z][A-Za-z.&-]{1,11}"
_ALIAS = re.compile(
    rf"\s*\(\s*(?P<paren>{_ALIAS_WORD})\s*\)"
    rf"|,?\s+(?:or|(?:also\s+)?known\s+(?:as|by\s+(?:his|her|its|their)\s+(?:[a-z]+\s+)?"
    rf"(?:abbreviation|acronym|initials|nickname))|abbreviated(?:\s+as)?)\s+[\"“]?(?P<said>{_ALIAS_WORD})(?<![.])")


def _acronym(word: str) -> bool:
    """'MINUSCA', 'C.A.R.', 'MBS', 'UNHCR': at least two capitals, and capitals for most of its letters."""
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and caps * 3 >= len(letters) * 2


def aliases(doc: Document, cands: list, w: ActorWords) -> list:
    """'the International Court of Justice (ICJ)', 'the Baloch Liberation Army, or BLA,', 'Mohammed bin
    Salman, known by his initials MBS': the short form names the same actor as the full name before it.
    Mentions of the short form join the full name's key; where no mention covers the short form, every
    whole-word occurrence of it after the full name becomes one. Returns the candidates, added ones
    included, in text order."""
    text = doc.text
    taken = bytearray(len(text) + 1)
    for c in cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    by_name: dict[str, list] = {}
    for c in cands:
        by_name.setdefault(text[c.start:c.end], []).append(c)
    added = []
    for c in list(cands):
        if c.kind == "country" or len(c.name.split()) < 2:
            continue
        m = _ALIAS.match(text, c.end)
        if m is None:
            continue
        alias = m.group("paren") or m.group("said")
        alias_start = m.start("paren") if m.group("paren") else m.start("said")
        if not _acronym(alias) or w.country_of(alias) or norm(alias) == norm(c.name):
            continue
        same = [d for d in by_name.get(alias, ()) if d.kind != "country"]
        if same:
            target = next((d.key for d in same if d.key.startswith("known:")), c.key)
            code = next((d.code for d in same if d.key == target), None)
            old = {c.key} | {d.key for d in same}
            for d in cands:
                if d.key in old:
                    d.key = target
                    if target.startswith("known:") and d.code is None:
                        d.code = code
            continue
        at = text.find(alias, alias_start)
        while at >= 0:
            end = at + len(alias)
            whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-.")) and (
                end >= len(text) or not (text[end].isalnum() or text[end] == "-"))
            if whole and not any(taken[at:end]):
                taken[at:end] = b"\x01" * (end - at)
                added.append(type(c)(at, end, c.kind, c.key, c.name, c.country, c.sector, c.code, c.role,
                                     list(c.tokens)))
            at = text.find(alias, end)
    return sorted(cands + added, key=lambda c: c.start) if added else cands


# determiners and owners before a role that make it a description of somebody named before
_LESSER = ("vice", "deputy", "assistant", "under", "former", "ex")


def _either(phrases) -> str:
    return "|".join(re.escape(p).replace("'", "['’]") for p in sorted({p for p in phrases if p}, key=len, reverse=True))


_NAME_WORDS = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"


@lru_cache(maxsize=1)
def _description_re() -> re.Pattern[str]:
    """'the minister', 'its envoy', 'the Russian envoy', 'Russia's envoy', 'the UN envoy' (built once).
    The owner and the capitalised words before the role are read as any capitalised words here and
    checked against the countries, demonyms and institutions afterwards (``_description_parts``): one
    alternation of every country name would be tried at every word of every article."""
    roles = _either(actor_words().roles)  # atomic: 'the deputy prime minister' never shrinks to 'the deputy'
    return re.compile(
        rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>{_NAME_WORDS})['’]s)\s+(?:(?P<who>{_NAME_WORDS})\s+)?"
        rf"(?P<role>(?>{roles}))\b(?!\s+of\b|\s+(?:{roles})\b)")


def _description_parts(m: re.Match[str], w: ActorWords) -> tuple[int | None, str | None]:
    """(where the description starts, or None when it is none; the country it gives): an owner must end
    in a country ('On Monday Russia's envoy' -> 'Russia's envoy'); capitalised words before the role must
    end in a demonym or a known institution ('the Russian envoy', 'the UN envoy')."""
    start, country = m.start(), None
    if m.group("owner") is not None:
        found = _suffix(m.group("owner"), lambda x: w.country_by_name.get(norm(x)))
        if found is None:
            return None, None
        start, country = m.start("owner") + found[0], found[1]
    if m.group("who") is not None:
        found = _suffix(m.group("who"), lambda x: w.demonym_of.get(norm(x)) or w.known.get(norm(x)))
        if found is None or found[0] > 0:
            return None, None
        country = found[1] if isinstance(found[1], str) else found[1].country or country
    return start, country


def _suffix(words: str, lookup):
    """(offset, value) of the longest run of final words of ``words`` that ``lookup`` knows, or None."""
    cuts = [0] + [i + 1 for i, ch in enumerate(words) if ch.isspace()]
    for cut in cuts:
        value = lookup(words[cut:].strip())
        if value:
            return cut, value
    return None


DESCRIPTION_REACH = 6  # sentences back a description looks for the person it stands for


def descriptions(doc: Document, w: ActorWords) -> None:
    """'the minister said', 'the Russian leader', 'Russia's envoy', 'its chairperson': the person named
    before whose role fits (and whose country, when the description gives one): the only one, or the
    one mentioned last when several fit and that mention lies within DESCRIPTION_REACH sentences. A description with a name right after it is that name's title,
    not a reference; one followed by 'of' describes somebody new ('the president of the court'); a
    'former' holder of a role is not 'the' holder; a role used as an adjective ('its official name') is
    no description."""
    assert doc.nlp is not None
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    roles = {a.id: (a.role or w.role_in(a.name) or "").lower() for a in people}
    former = {a.id for a in people if any(_FORMER.search(doc.text, max(0, m.start - 30), m.start) for m in a.mentions)}
    starts = {a.id: [m.start for m in a.mentions] for a in people}
    sentence = sentence_finder(doc)
    for m in _description_re().finditer(doc.text):
        if doc.actor_in(m.start("role"), m.end()) or _title_before_name(doc, m.end()):
            continue
        head = doc.nlp.char_span(m.start("role"), m.end("role"), alignment_mode="expand")
        if head is None or head[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        start, country = _description_parts(m, w)
        if start is None:
            continue
        who = m.group("who") or m.group("owner")
        role = m.group("role").lower()
        named = _person_in_apposition(doc, m.end())  # 'Its director, Amelia Nhantumbo, appealed'
        if named is not None:
            doc.add_mention(named, start, m.end())
            continue
        here = sentence(start)
        best, latest, fits = None, -1, 0
        for a in people:
            if a.id in former or not _same_role(roles[a.id], role, w) or country is not None and a.country != country:
                continue
            i = bisect_left(starts[a.id], start) - 1
            if i < 0:
                continue
            fits += 1
            if starts[a.id][i] > latest:
                best, latest = a, starts[a.id][i]
        if best is None or fits > 1 and here - sentence(latest) > DESCRIPTION_REACH:
            best = _introduced(doc, w, role, start, here, sentence) if not who else None
            if best is None:
                continue
            people.append(best)
            roles[best.id] = role
        doc.add_mention(best, start, m.end())
        starts[best.id] = [x.start for x in best.mentions]


@lru_cache(maxsize=1)
def _indefinite_re() -> re.Pattern[str]:
    """'a State Department spokesperson', 'an Indian official', 'the country's information minister',
    'Chad's interior minister': a role introduced without a name."""
    roles = _either(actor_words().roles)
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|(?P<owner>[Tt]he\s+(?P<noun>[a-z]+)|{_NAME_WORDS})['’]s)\s+"
                      rf"(?P<mods>(?:[\w.’'-]+\s+){{0,4}}?)(?P<role>(?>{roles}))\b"
                      rf"(?!\s+(?:{roles})\b|['’]s\b|\s+of\b|,?\s+[A-Z])")


def _introduced(doc: Document, w: ActorWords, role: str, before: int, here: int, sentence):
    """'A State Department spokesperson told VOA ... the spokesperson added': the unnamed person a
    definite role points back to, introduced with 'a' in the last DESCRIPTION_REACH sentences and named
    by no actor; becomes an actor of its own (country and sector from the words of the introduction)."""
    found = None
    for m in _indefinite_re().finditer(doc.text, doc.sentence_starts()[max(0, here - DESCRIPTION_REACH)], before):
        if _same_role(m.group("role").lower(), role, w) and sentence(m.start()) == sentence(m.end() - 1):
            found = m
    if found is None or doc.actor_in(found.start("role"), found.end()):
        return None
    head = doc.nlp.char_span(found.start("role"), found.end("role"), alignment_mode="expand")
    if head is None or head.root.pos_ not in ("NOUN", "PROPN") or head.root.dep_ in ("compound", "amod"):
        return None  # 'a criminal justice system': the role word modifies another noun
    start = found.start("mods") if found.group("mods") else found.start("role")
    name = doc.text[start:found.end()]
    inst = w.institution_in(name)
    country = w.country_in(name) or (inst.country if inst else None)
    owner = found.group("owner")
    if owner is not None:  # 'the country's information minister': the story's own country
        country = country or (doc.setting if found.group("noun") in ("country", "nation", "government")
                              else w.country_by_name.get(norm(owner)))
        if found.group("noun") is None and country is None:
            return None  # 'Putin's spokesman' is somebody's aide, not an office of a country
    sector = w.body_sector_in(name) or w.roles.get(role, (None, False))[0] or (inst.sector if inst else None)
    actor = doc.new_actor(name, "person", country, sector, f"{country or ''}{sector or ''}" or None)
    actor.role = found.group("role").lower()
    doc.add_mention(actor, start, found.end())
    return actor


_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Tt]hen-?)\s*(?:[A-Z][\w.-]*\s+){0,4}$")


def sentence_finder(doc: Document):
    """A function from a character offset to the number of its sentence (by bisection)."""
    firsts = doc.sentence_starts()
    return lambda offset: bisect_right(firsts, offset) - 1


def _title_before_name(doc: Document, end: int) -> bool:
    """'the Russian envoy Vassily Nebenzia': a capitalised name right after the role."""
    return bool(re.match(r"\s+[A-Z]", doc.text[end:end + 2])) and doc.actor_in(end, min(len(doc.text), end + 3)) \
        is not None


def _person_in_apposition(doc: Document, end: int):
    """The person whose name follows a description after a comma: ', Amelia Nhantumbo,'."""
    m = re.match(r",\s+", doc.text[end:end + 3])
    if not m:
        return None
    actor = doc.actor(doc.actor_in(end + m.end(), end + m.end() + 1))
    return actor if actor is not None and actor.kind == "person" else None


@lru_cache(maxsize=1)
def _role_families() -> dict[str, str]:
    return {r["role"]: r["family"] for r in table("coref_role_families.tsv")}


def _same_role(held: str | None, described: str, w: ActorWords) -> bool:
    """A role matches itself, its longer forms ('chair', 'chairperson'; 'minister', 'finance minister' but
    not 'deputy minister'), the roles of its family (coref_role_families.tsv: 'envoy' and 'ambassador'),
    and any leader matches 'leader'."""
    if not held:
        return False
    if held == described or held.startswith(described) or described.startswith(held):
        return True
    family = _role_families()
    if described in family and family.get(held) == family[described]:
        return True  # 'the envoy' after 'Ambassador X', 'the spokesperson' after 'spokeswoman X'
    if held.endswith(" " + described):
        return held[:-len(described)].split()[-1] not in _LESSER
    leads = w.roles.get(described, (None, False))[1] and w.roles.get(held, (None, False))[1]
    return bool(leads) and described in ("leader", "head of state")


@lru_cache(maxsize=1)
def _definite_nouns() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """coref_nouns.tsv: noun -> (kinds, sectors, name words)."""
    def cells(value: str) -> frozenset[str]:
        return frozenset(x for x in value.lower().split("|") if x and x != "-")
    return {r["noun"]: (cells(r["kinds"]), cells(r["sectors"]), cells(r["name words"])) for r in table("coref_nouns.tsv")}


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
    for m in _DEFINITE.finditer(doc.text):
        if doc.actor_in(m.start("noun"), m.end()):
            continue
        noun = m.group("noun").lower()
        if noun not in nouns and noun != "group" or doc.text.startswith("-", m.end()):
            continue  # 'the government-appointed judges'
        head = doc.nlp.char_span(m.start("noun"), m.end(), alignment_mode="expand")
        if head is None or head.root.dep_ in ("compound", "amod"):
            continue  # 'the government hospital', 'the military drills': a modifier, not a reference
        if noun in nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.root.rights):
            continue  # 'the court of appeal' is named by its 'of' (not 'accused the government of lying')
        actor = _referent(doc, w, noun, m.start(), sentence, own, m.group("mod"))
        if actor is not None:
            doc.add_mention(actor, m.start(), m.end())


_DEFINITE = re.compile(r"\b[Tt]he\s+(?:(?P<mod>paramilitary|rebel|armed|militant|opposition|electoral|ruling|separatist|"
                       r"insurgent|terror|terrorist|extremist|jihadist|guerrilla)\s+)?(?P<noun>[a-z]+)\b")
_DESCRIBED_BODY = re.compile(r"\b[Tt]he\s+(?P<mod>[a-z]+)\s+(?P<noun>body|organization|organisation|watchdog|agency|"
                             r"group|bloc|alliance)\b(?!\s+of\b)")


def described_bodies(doc: Document) -> None:
    """'the trade body', 'the world body', 'the rights group', 'the regional bloc': a generic body noun
    with a word before it that says which body: of the bodies mentioned within DEFINITE_REACH sentences
    whose name has that word ('World Trade Organization') or whose sector the word gives
    (coref_body_modifiers.tsv: world/international bodies are IGO, rights and aid groups CVL), the one
    mentioned last."""
    sectors = {r["modifier"]: r["sector"] for r in table("coref_body_modifiers.tsv")}
    sentence = sentence_finder(doc)
    bodies = [a for a in doc.actors if a.kind in ("organization", "group", "media") and a.mentions]
    for m in _DESCRIBED_BODY.finditer(doc.text):
        if doc.actor_in(m.start(), m.end()):
            continue
        mod, here = m.group("mod"), sentence(m.start())
        near = [a for a in bodies if 0 <= here - sentence(max(_last_before(a, m.start()), 0)) <= DEFINITE_REACH
                and _last_before(a, m.start()) >= 0]
        fits = [a for a in near if any(x.startswith(mod) for x in a.name.lower().split())
                or mod in sectors and a.sector == sectors[mod]]
        if fits:
            doc.add_mention(max(fits, key=lambda a: _last_before(a, m.start())), m.start(), m.end())


def _referent(doc: Document, w: ActorWords, noun: str, before: int, sentence, own: str | None,
              modifier: str | None = None):
    earlier = [a for a in doc.actors if a.mentions and a.mentions[0].start < before]
    named = [a for a in earlier if a.kind in ("organization", "group", "media") and a.name.lower().split()[-1] == noun]
    if len(named) == 1 and modifier is None:
        return named[0]
    if noun == "group":
        # 'the rebel group', 'the separatist group': an armed body named before; 'the paramilitary group',
        # 'the armed group' may also be a state's force
        armed = ("REB", "MIL") if modifier in ("paramilitary", "armed") else ("REB",) if modifier else ()
        groups = [a for a in earlier if a.kind == "group" and a.sector in ("REB", "OPP")
                  or a.kind == "organization" and a.sector in armed]
        return max(groups, key=lambda a: _last_before(a, before)) if groups else None
    kinds, sectors, name_words = _definite_nouns()[noun]
    fits = [a for a in earlier if a.kind in kinds and (
        "country" in kinds or a.sector in sectors or "*" in sectors or
        any(x in name_words for x in a.name.lower().replace(".", "").split()))]
    if not fits:
        return None
    here = sentence(before)
    near = [a for a in fits if here - sentence(_last_before(a, before)) <= DEFINITE_REACH]
    if "country" in kinds:
        near = [a for a in near if a.country == own or _names_itself(doc, a, before, here, sentence)]
        if own is not None and any(a.country == own for a in near):
            return next(a for a in near if a.country == own)
        if near:
            return max(near, key=lambda a: _last_before(a, before))
        return next((a for a in fits if a.country == own), None) if noun == "government" or own else None
    if near:
        return max(near, key=lambda a: _last_before(a, before))
    return fits[0] if len(fits) == 1 else None


def _last_before(actor, offset: int) -> int:
    """Where ``actor`` was last mentioned before ``offset`` (-1: not before it)."""
    i = bisect_left([m.start for m in actor.mentions], offset) - 1
    return actor.mentions[i].start if i >= 0 else -1


def _names_itself(doc: Document, actor, before: int, here: int, sentence) -> bool:
    """Whether a country is named in reach as a country ('Kenya', 'Kenya's'), not only as the modifier
    of something else ('U.S. troops', 'Chinese investment')."""
    assert doc.nlp is not None
    for m in reversed(actor.mentions):
        if m.start >= before:
            continue
        if here - sentence(m.start) > DEFINITE_REACH:
            return False
        span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ not in ("amod", "compound"):
            return True
    return False


_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


def _gender_words() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in table("gendered_words.tsv")}


def resolve_person_pronouns(doc: Document) -> None:
    """he/she/him/her/his in text order, each to one person named before it, recorded as a mention of
    that person (so quote speakers and events get it from the Document).

    The antecedent is the person mentioned in the latest sentence (this one before the pronoun, or up
    to three before), the subject of its clause first, then the nearest; a person already known as the
    other gender (from a title such as 'Ms.' or 'spokeswoman', or a pronoun resolved before) is
    skipped, and so is the subject of the clause an object pronoun sits in ('Putin invited him')."""
    assert doc.nlp is not None
    gender: dict[str, str] = {}
    words_g = _gender_words()
    people = {a.id for a in doc.actors if a.kind == "person"}
    if not people:
        return
    sentence = sentence_finder(doc)
    by_sentence: dict[int, list[tuple[int, bool, str]]] = {}  # sentence -> (start, subject, actor id)
    for actor in doc.actors:
        if actor.id not in people:
            continue
        for m in actor.mentions:
            span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            here = sentence(m.start)
            by_sentence.setdefault(here, []).append((m.start, _subject(span), actor.id))
            for tok in doc.nlp[max(0, span.start - 3):span.start]:
                g = words_g.get(tok.lower_.rstrip("."))
                if g and sentence(tok.idx) == here:
                    gender.setdefault(actor.id, g)
    quoted = quoted_spans(doc)

    def in_quote(offset: int) -> bool:
        return _inside(quoted, offset)

    for tok in doc.nlp:
        low = tok.lower_
        if low not in _MALE and low not in _FEMALE or doc.actor_of_token(tok):
            continue
        g = "m" if low in _MALE else "f"
        here = sentence(tok.idx)
        own = _clause_subjects(doc, tok)
        outside = not in_quote(tok.idx)  # 'he said' after a quote means no one the quote names
        fits = [(n, *mt) for n in range(max(0, here - 3), here + 1) for mt in by_sentence.get(n, ())
                if mt[0] < tok.idx and mt[2] not in own and gender.get(mt[2], g) == g
                and not (outside and in_quote(mt[0]))]
        if not fits:
            continue
        best = max(fits, key=lambda mt: (mt[0], mt[2], mt[1]))
        actor = doc.actor(best[3])
        assert actor is not None
        doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))
        gender.setdefault(actor.id, g)
        by_sentence.setdefault(here, []).append((tok.idx, tok.dep_ in ("nsubj", "nsubjpass"), actor.id))


def _subject(span) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ in
               ("compound", "flat") for t in span)


PRONOUN_REACH = 2  # sentences before its own that it/they/he/she look back over


def pronoun_antecedent(doc: Document, pronoun: Token) -> str | None:
    """The actor a pronoun most likely stands for: the one coreference gave it (he/she), else by number
    and kind: a person for he/she, an organisation, country, outlet or group for it/its/they/their
    (news says 'the authorities ... it' and 'the ministry ... they' alike). The candidates are the actors mentioned
    before it in its sentence and the PRONOUN_REACH before, outside quotations when the pronoun is
    outside them; the subject of a clause wins, then a group for 'they', then the nearest. The subject
    of the pronoun's own clause is skipped for an object pronoun ('Putin invited him')."""
    resolved = doc.actor_of_token(pronoun)
    if resolved:
        return resolved
    low = pronoun.lower_
    if low in _PRONOUNS_PERSON:
        kinds = {"person": 1}
    elif low in _PRONOUNS_GROUP:
        kinds = {"group": 1, "organization": 1, "country": 1, "media": 1}
    else:
        return None
    assert doc.nlp is not None
    here = sentence_finder(doc)(pronoun.idx)
    window_start = doc.sentence_starts()[max(0, here - PRONOUN_REACH)]
    own_subjects = _clause_subjects(doc, pronoun)
    quoted = quoted_spans(doc)
    outside = not _inside(quoted, pronoun.idx)  # '..., they wrote' after a quote: nobody the quote names
    best: tuple[int, int, int, str] | None = None
    for actor in doc.actors:
        if actor.kind not in kinds or actor.id in own_subjects:
            continue
        for m in actor.mentions:
            if window_start <= m.start < pronoun.idx and m.end <= pronoun.idx and not (
                    outside and _inside(quoted, m.start)):
                rank = (int(_is_subject_at(doc, m.start)), kinds[actor.kind], m.start)
                if best is None or rank > best[:3]:
                    best = (*rank, actor.id)
    return best[3] if best else None


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every outermost quotation in the text, found once per document."""
    spans = doc.cached("quoted")
    if spans is None:
        from ..quotes import find_pieces

        spans = doc.cached("quoted", sorted((p.start, p.end) for p in find_pieces(doc.text) if p.nested_in is None))
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _clause_subjects(doc: Document, pronoun: Token) -> set[str]:
    """Actors that are the subject of the clause an object pronoun sits in: 'Putin ... inviting him'
    cannot mean Putin himself."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative", "iobj") or pronoun.lower_ in ("his", "her", "its", "their"):
        return set()
    head = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and head.dep_ in ("xcomp", "advcl", "acl", "ccomp", "conj"):
        subjects = [t for t in head.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    found = set()
    for subject in subjects:
        for tok in subject.subtree:
            aid = doc.actor_of_token(tok)
            if aid:
                found.add(aid)
    return found


def _is_subject_at(doc: Document, offset: int) -> bool:
    assert doc.nlp is not None
    tok = doc.nlp.char_span(offset, offset + 1, alignment_mode="expand")
    return bool(tok) and any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") for t in tok)


_PLURAL = re.compile(r"\b(?P<det>[Bb]oth|[Tt]he\s+two|[Tt]he)\s+(?P<noun>countries|nations|governments|sides|states|"
                     r"leaders|heads of state|presidents|prime ministers|foreign ministers|defense ministers|"
                     r"defence ministers|ministers|companies|firms|groups|organizations|organisations)\b(?!\s+of\b)")
_PLURAL_KINDS = {"countries": ("country",), "nations": ("country",), "governments": ("country",),
                 "sides": ("country", "group", "organization"), "states": ("country",), "companies": ("organization",),
                 "firms": ("organization",), "groups": ("group", "organization"), "organizations": ("organization",),
                 "organisations": ("organization",)}  # every other noun is a role held by people
_THEY = {"they", "them", "their", "themselves"}  # never antecedents themselves
PLURAL_REACH = 2  # sentences before its own that a plural description looks back over


def plural_references(doc: Document, w: ActorWords | None = None) -> None:
    """'both countries', 'the two leaders', 'the prime ministers' -> the actors of that kind the text just
    paired up (joined by 'and', or subject and object of one verb), else the two last mentioned in this
    sentence and the PLURAL_REACH before it whose kind or role fits ('both' and 'the two': exactly two;
    'the' + a role in the plural: every holder of that role there, at least two). A subject 'they' -> the
    actors joined by 'and' as the subject of the sentence before (or of its own sentence, before the
    pronoun), or else the group that was that subject. Several actors are recorded with
    ``add_plural_reference``, one with ``add_mention``; the actors are listed in the order the text
    first names them."""
    assert doc.nlp is not None
    w = w or actor_words()
    sentence = sentence_finder(doc)
    firsts = [s.start_char for s in doc.nlp.sents]
    quoted = quoted_spans(doc)
    for m in _PLURAL.finditer(doc.text):
        if doc.actor_in(m.start(), m.end()) or doc.text[max(0, m.start() - 3):m.start()].lower() == "on ":
            continue  # 'authorities on both sides': a place, not the two parties
        noun, det = m.group("noun"), m.group("det").lower().split()
        role = None if noun in _PLURAL_KINDS else _singular(noun)
        if role is None and det == ["the"]:
            continue  # 'the countries' alone is any countries
        kinds = _PLURAL_KINDS.get(noun, ("person",))
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        pair = _pair_before(doc, span, kinds) if role is None or det != ["the"] else []
        if role is not None:
            pair = [a for a in pair if _holds(doc.actor(a), role, w)]
        # inside a quote 'both sides' may be anyone's; 'the two leaders' still names the leaders just named
        if len(pair) < 2 and (role is not None or not _inside(quoted, m.start())):
            reach = firsts[max(0, sentence(m.start()) - PLURAL_REACH)]
            pair = _last_mentioned(doc, kinds, role, w, reach, m.start(), 0 if det == ["the"] else 2)
        if len(pair) >= 2:
            order = {a.id: a.mentions[0].start for a in doc.actors if a.mentions}
            doc.add_plural_reference(m.start(), m.end(), sorted(pair, key=lambda a: order.get(a, 0)))
    for tok in doc.nlp:
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or doc.referents(tok):
            continue  # only 'they' as a subject: 'their' and 'them' too often mean somebody else
        ids = _they_antecedent(doc, tok)
        if len(ids) >= 2:
            doc.add_plural_reference(tok.idx, tok.idx + len(tok.text), ids)
        elif len(ids) == 1:
            actor = doc.actor(ids[0])
            if actor is not None and actor.kind == "group":
                doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))


def _singular(noun: str) -> str:
    """'prime ministers' -> 'prime minister', 'heads of state' -> 'head of state'."""
    return "head of state" if noun == "heads of state" else noun[:-1]


def _holds(actor, role: str, w: ActorWords) -> bool:
    """Whether a person holds ``role``: by its own role ('finance minister' is a minister), any leader
    for 'leader' or 'head of state'."""
    if actor is None or actor.kind != "person":
        return False
    held = (actor.role or w.role_in(actor.name) or "").lower()
    if role in ("leader", "head of state"):
        return w.roles.get(held, (None, False))[1]
    return _same_role(held, role, w)


def _last_mentioned(doc: Document, kinds: tuple[str, ...], role: str | None, w: ActorWords, start: int,
                    end: int, count: int) -> list[str]:
    """The actors of ``kinds`` (holding ``role`` when given) mentioned between ``start`` and ``end``, the
    last mentioned first; ``count`` of them (0: all)."""
    latest: list[tuple[int, str]] = []
    for a in doc.actors:
        if a.kind not in kinds or role is not None and not _holds(a, role, w):
            continue
        i = bisect_left([x.start for x in a.mentions], end) - 1
        if i >= 0 and a.mentions[i].start >= start:
            latest.append((a.mentions[i].start, a.id))
    ids = [aid for _, aid in sorted(latest, reverse=True)]
    if count:
        return ids[:count] if len(ids) >= count else []
    return ids


def _pair_before(doc: Document, span, kinds: tuple[str, ...]) -> list[str]:
    """The actors of ``kinds`` that the text just before pairs up: joined by 'and' ('Kenya and Somalia'),
    or subject and object of one verb ('Ruto met Mohamud'); this sentence first, then the one before."""
    assert doc.nlp is not None
    sentences = [span.sent]
    if span.sent.start > 0:
        sentences.append(doc.nlp[span.sent.start - 1].sent)
    for sent in sentences:
        found: list[str] = []
        for tok in sent:
            if tok.i >= span.start:
                break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                group = [tok, *tok.conjuncts] if tok.conjuncts else \
                    [tok, *(c for c in tok.head.children if c.dep_ == "dobj")]
                ids = [doc.actor_of_token(t) for t in group]
                ids = list(dict.fromkeys(i for i in ids if i and (doc.actor(i) is not None and doc.actor(i).kind in kinds)))
                if len(ids) >= 2:
                    found = ids
        if found:
            return found
    return []


def _they_antecedent(doc: Document, tok: Token) -> list[str]:
    assert doc.nlp is not None
    sent = tok.sent
    sentences = [sent]
    if sent.start > 0:
        sentences.append(doc.nlp[sent.start - 1].sent)
    for s in sentences:
        for subj in (t for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.i != tok.i):
            if subj.lower_ in _THEY:
                continue
            ids = [doc.actor_of_token(t) for t in [subj, *(c for c in subj.conjuncts)]]
            ids = list(dict.fromkeys(i for i in ids if i))
            if len(ids) >= 2:
                return ids
            if len(ids) == 1 and subj.tag_ in ("NNS", "NNPS"):
                return ids
    return []
