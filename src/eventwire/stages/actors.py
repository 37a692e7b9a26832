"""actors stage: who takes part in the story, one actor per real entity, with every mention.

Mentions come from ``actor_mentions`` (named entities and the lexicons). Titles and roles around a name
("Russian President", "Kremlin spokesman") give a person's country and sector. Mentions of one entity
are joined here: "Putin" and "the Russian leader" join "Vladimir Putin"; "Kim" joins "Kim Jong-un" but
"Kim Yong-chol" stays apart; "the commission" joins the commission named before.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..document import Document
from .actor_mentions import (_GPE, Candidate, _code, anonymous_sources, collectives, countries, generic_media, groups,
                             named_bodies, organizations, outlets_and_institutions, people, repeated_names,
                             repeated_surnames, state_bodies)
from .actor_words import ActorWords, actor_words, norm

_PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PRONOUNS_GROUP = {"they", "them", "their", "it", "its"}


def _claim(cands: list[Candidate]) -> list[Candidate]:
    """Keep candidates in priority order, dropping any that overlaps one already kept."""
    taken = bytearray(max((c.end for c in cands), default=0))
    kept = []
    for c in cands:
        if c.end <= c.start or any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _person_key(tokens: list[str]) -> str:
    """'Kim Jong-un', 'Kim Jong Un' and 'KIM JONG-UN' share one key."""
    return "person:" + re.sub(r"[\s-]", "", "".join(tokens))


def _surname_forms(tokens: list[str]) -> set[str]:
    """The words a full name is shortened to: the last one, and the first of hyphenated East Asian names."""
    forms = {tokens[-1], re.sub(r"^(?:al|el|ad|as|ash|at|ar|an|az)-", "", tokens[-1])}
    if any("-" in t for t in tokens[1:]) or len(tokens) == 3 and len(tokens[0]) <= 4:
        forms.add(tokens[0])
    return forms


def _join_people(cands: list[Candidate], w: ActorWords) -> None:
    """Give every person mention the key of its fullest name: 'Kim' -> Kim Jong-un, the one with more
    mentions so far when several full names share the word."""
    seen: dict[str, int] = {}  # key -> mentions so far
    full_names = [c for c in cands if c.kind == "person" and c.key == "person" and len(c.tokens) >= 2]
    for c in cands:
        if c.kind != "person" or c.key != "person":
            continue
        if len(c.tokens) >= 2:
            c.key = _person_key(c.tokens)
        else:
            word = c.tokens[0] if c.tokens else norm(c.name)
            fits = [d for d in full_names if word in _surname_forms(d.tokens)]
            earlier = [d for d in fits if d.start < c.start] or fits
            keys = [_person_key(d.tokens) for d in earlier]
            c.key = max(keys, key=lambda k: seen.get(k, 0)) if keys else _person_key([word])
        seen[c.key] = seen.get(c.key, 0) + 1


def _organisations_named_like_people(cands: list[Candidate]) -> None:
    """An 'organisation' whose name is a known person's surname ('Trump said') is that person."""
    surnames = {form: c.key for c in cands if c.kind == "person" and len(c.tokens) >= 2
                for form in _surname_forms(c.tokens)}
    for c in cands:
        if c.kind == "organization" and c.key.startswith("org:") and len(c.tokens) == 1 and c.tokens[0] in surnames:
            c.kind, c.key, c.sector, c.country, c.code = "person", surnames[c.tokens[0]], None, None, None


def _fullest(cands: list[Candidate]) -> Candidate:
    return max(cands, key=lambda c: (len(c.name.split()), len(c.name), -c.start))


def _build(doc: Document, cands: list[Candidate], w: ActorWords, home: str | None) -> None:
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(c.key, []).append(c)
    for key, members in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        best = _fullest(members)
        country = next((m.country for m in members if m.country), None)
        sector = next((m.sector for m in members if m.sector), None)
        role = next((m.role for m in members if m.role), None)
        name = best.name
        if best.kind == "person":
            known = w.people.get(norm(name))
            country = country or (known.country if known else None)
            sector = sector or (known.sector if known else None)
            role = role or (known.role.lower() if known and known.role else None)
        elif best.kind in ("organization", "media", "group") and not country:
            country = w.country_in(name)  # 'Malawi Electoral Commission', 'Ethiopian News Agency'
        if not country and best.kind != "country" and sector != "IGO":
            country = home  # a minister or court named without a country in a story about one country
        code = best.code if best.key.startswith("known:") else _code(country, sector)
        actor = doc.new_actor(name, best.kind, country, sector, code)
        actor.role = role
        for m in members:
            doc.add_mention(actor, m.start, m.end)


def home_country(doc: Document, cands: list[Candidate], w: ActorWords) -> str | None:
    """The country a story is about, when one clearly leads: at least three mentions that point to it
    (the country itself, its demonym, its bodies and people, its towns) and half of all such mentions."""
    counts: dict[str, int] = {}
    for country in [c.country for c in cands] + _countries_of_towns(doc, w):
        if country:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda k: counts[k])
    return top if counts[top] >= 3 and counts[top] * 2 >= sum(counts.values()) else None


def _countries_of_towns(doc: Document, w: ActorWords) -> list[str]:
    """The countries of the towns named in the text, where the name is a well-known town's own name."""
    from .. import gazetteer

    assert doc.nlp is not None
    found = []
    for ent in doc.nlp.ents:
        if ent.label_ != _GPE or w.country_of(ent.text):
            continue
        towns = [e for e in gazetteer.load().lookup(ent.text) if e.primary and e.population >= 50_000]
        if towns and towns[0].country in w.alpha3_of:
            found.append(w.alpha3_of[towns[0].country])
    return found


def _media_without_country(cands: list[Candidate]) -> None:
    """'state media' alone joins the media actor of that family named before it, when there is one."""
    for i, c in enumerate(cands):
        if c.key.startswith("media:?:"):
            family = c.key.rsplit(":", 1)[1]
            earlier = [d for d in cands[:i] if d.key.startswith("media:") and d.key.endswith(":" + family)
                       and not d.key.startswith("media:?:")]
            if earlier:
                c.key = earlier[-1].key


def _descriptions(doc: Document, w: ActorWords) -> None:
    """'the Russian leader', 'its chairperson': the one person named before with that role (and that
    country, when the description gives one) joins the description."""
    for m in w.description_re.finditer(doc.text):
        if doc.actor_in(m.start("role"), m.end()):
            continue
        who = m.group("who")
        inst = w.known.get(norm(who)) if who else None
        country = (w.country_of(who) or (inst.country if inst else None)) if who else None
        role = m.group("role").lower()
        fits = [a for a in doc.actors if a.kind == "person" and a.mentions and a.mentions[0].start < m.start()
                and (country is None or a.country == country) and _same_role(a.role, role, w)
                and (who or a.role)]
        named = _person_in_apposition(doc, m.end())  # 'Its director, Amelia Nhantumbo, appealed'
        if named is not None:
            doc.add_mention(named, m.start(), m.end())
        elif len(fits) == 1:
            doc.add_mention(fits[0], m.start(), m.end())


def _person_in_apposition(doc: Document, end: int):
    """The person whose name follows a description after a comma: ', Amelia Nhantumbo,'."""
    m = re.match(r",\s+", doc.text[end:end + 3])
    if not m:
        return None
    actor = doc.actor(doc.actor_in(end + m.end(), end + m.end() + 1))
    return actor if actor is not None and actor.kind == "person" else None


def _same_role(held: str | None, described: str, w: ActorWords) -> bool:
    """A role matches itself, its longer forms ('chair', 'chairperson'), and any leader matches 'leader'."""
    if held is None:
        return False
    if held.startswith(described) or described.startswith(held):
        return True
    leads = w.roles.get(described, (None, False))[1] and w.roles.get(held, (None, False))[1]
    return bool(leads) and described in ("leader", "head of state")


def run(doc: Document) -> None:
    """Fill ``doc.actors`` with one actor per entity, each with every mention's offsets."""
    if doc.nlp is None:
        return
    w = actor_words()
    persons = people(doc, w)
    first = _claim(groups(doc, w, of_institutions=True) + outlets_and_institutions(doc, w) + named_bodies(doc, w)
                   + state_bodies(doc, w) + generic_media(doc, w) + anonymous_sources(doc, w) + persons
                   + repeated_surnames(doc, persons, w))
    _join_people(first, w)
    person_country = {form: c.country for c in first if c.kind == "person" and c.country and len(c.tokens) >= 2
                      for form in _surname_forms(c.tokens)}
    person_country.update({k.split()[-1]: v.country for k, v in w.people.items() if v.country})
    organisations = organizations(doc, w)
    cands = _claim(first + collectives(doc, w, person_country) + organisations
                   + repeated_names(doc, first + organisations) + groups(doc, w) + countries(doc, w))
    _organisations_named_like_people(cands)
    _media_without_country(cands)
    home = home_country(doc, cands, w)
    _build(doc, cands, w, home)
    _descriptions(doc, w)
    _definite_references(doc, w, home)
    _members_of_bodies(doc, w)


def _members_of_bodies(doc: Document, w: ActorWords) -> None:
    """'Election observers from the Southern African Development Community urged ...': people named
    only as members of a body, with no actor of their own, act as that body."""
    assert doc.nlp is not None
    for tok in doc.nlp:
        if tok.lemma_.lower() not in w.member_nouns or doc.actor_of_token(tok) or tok.pos_ != "NOUN":
            continue
        body = _body_after(doc, tok)
        if body is not None:
            start = next((t.idx for t in tok.lefts if t.dep_ not in ("det", "predet", "nummod", "quantmod")), tok.idx)
            doc.add_mention(body, start, tok.idx + len(tok.text))


def _body_after(doc: Document, tok: Token):
    """The organisation, group or country named in a 'from/of/for' phrase right after a member noun."""
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "for"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                actor = doc.actor(doc.actor_of_token(obj) or next(
                    (doc.actor_of_token(t) for t in obj.subtree if doc.actor_of_token(t)), None))
                if actor is not None and actor.kind in ("organization", "group", "country", "media"):
                    return actor
    return None


def _definite_references(doc: Document, w: ActorWords, home: str | None) -> None:
    """'the commission', 'the group', 'the government': a definite noun that can only mean an actor
    named before (the one organisation whose name ends in that noun, the last group, the home country)."""
    for m in _DEFINITE.finditer(doc.text):
        if doc.actor_in(m.start("noun"), m.end()):
            continue
        noun = m.group("noun").lower()
        actor = _referent(doc, w, noun, m.start(), home)
        if actor is not None:
            doc.add_mention(actor, m.start(), m.end())


_DEFINITE = re.compile(r"\b[Tt]he\s+(?:(?:paramilitary|rebel|armed|militant|opposition|electoral|ruling)\s+)?"
                       r"(?P<noun>[a-z]+)\b")


def _referent(doc: Document, w: ActorWords, noun: str, before: int, home: str | None):
    earlier = [a for a in doc.actors if a.mentions and a.mentions[0].start < before
               and a.kind in ("organization", "group", "media")]
    named = [a for a in earlier if a.name.lower().split()[-1] == noun]
    if len(named) == 1:
        return named[0]
    if noun == "group":
        groups = [a for a in earlier if a.kind == "group" and a.sector in ("REB", "OPP")]
        return max(groups, key=lambda a: max(m.start for m in a.mentions if m.start < before)) if groups else None
    if noun == "government" and home:
        return next((a for a in doc.actors if a.kind == "country" and a.country == home), None)
    return None


def pronoun_antecedent(doc: Document, pronoun: Token) -> str | None:
    """The actor a pronoun most likely stands for: the nearest person before it for he/she, else the
    nearest group, organisation or country; looks back at most two sentences."""
    low = pronoun.lower_
    if low in _PRONOUNS_PERSON:
        kinds = {"person"}
    elif low in _PRONOUNS_GROUP:
        kinds = {"organization", "country", "group", "media"}
    else:
        return None
    assert doc.nlp is not None
    sent = pronoun.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = doc.nlp[sent.start - 1].sent
    window_start = sent.start_char
    own_subjects = _clause_subjects(doc, pronoun)
    best: tuple[int, int, str] | None = None
    for actor in doc.actors:
        if actor.kind not in kinds or actor.id in own_subjects:
            continue
        for m in actor.mentions:
            if window_start <= m.start < pronoun.idx:
                subject = _is_subject_at(doc, m.start)
                rank = (int(subject), m.start)
                if best is None or rank > best[:2]:
                    best = (*rank, actor.id)
    return best[2] if best else None


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
